"""The parse cache: an entry is used whole or not at all; a damaged file is set aside, not lost."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from helpers.entities import parse_cache, parsing

TEXTS = [
    "Mr Lavrov met President Trump in the Oval Office on Wednesday.",
    '"We read it," Lavrov said.',
]


def _entries(count: int) -> list[tuple[str, bytes]]:
    """Keys and 4 KB of bytes that differ from entry to entry."""
    return [
        (f"key{n:03d}", b"".join(hashlib.sha256(f"{n}-{i}".encode()).digest() for i in range(128)))
        for n in range(count)
    ]


@pytest.fixture()
def filled(tmp_path):
    path = tmp_path / "cache" / "parses.sqlite"
    cache = parse_cache.ParseCache(path)
    cache.put_many(_entries(60))
    cache.close()
    return path


def test_whole_entries_come_back_and_unknown_keys_do_not(filled):
    cache = parse_cache.ParseCache(filled)
    found = cache.get_many(["key000", "key059", "nokey"])
    cache.close()
    assert found == {key: doc for key, doc in _entries(60) if key in ("key000", "key059")}
    assert parse_cache.find_damage(filled) == ""
    assert parse_cache.repair(filled) == []
    assert sorted(p.name for p in filled.parent.iterdir()) == ["parses.sqlite"]


def _alter_one_entry(path):
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE docs SET doc = substr(doc, 1, 100) WHERE key = 'key007'")
    connection.close()


def test_an_altered_entry_is_never_returned(filled):
    _alter_one_entry(filled)
    cache = parse_cache.ParseCache(filled)
    assert cache.get_many(["key006"]) == {"key006": _entries(7)[6][1]}
    with pytest.raises(parse_cache.ParseCacheError, match="holds a damaged entry"):
        cache.get_many(["key006", "key007"])
    cache.close()


def test_an_entry_moved_to_another_key_fails_its_checksum(filled):
    with sqlite3.connect(filled) as connection:
        (doc,) = connection.execute("SELECT doc FROM docs WHERE key = 'key001'").fetchone()
        connection.execute("UPDATE docs SET doc = ? WHERE key = 'key002'", (doc,))
    connection.close()
    assert parse_cache.find_damage(filled) == "1 entry fails its checksum"


def _warning_and_aside(path):
    original = path.read_bytes()
    warnings = parse_cache.repair(path)
    (aside,) = path.parent.glob("parses.sqlite.damaged-*")
    return original, warnings, aside


def test_an_altered_entry_sets_the_file_aside_with_one_warning_naming_both(filled):
    _alter_one_entry(filled)
    original, warnings, aside = _warning_and_aside(filled)
    assert aside.read_bytes() == original
    assert not filled.exists()
    assert warnings == [
        (
            str(filled),
            f"the parse cache was damaged (1 entry fails its checksum); set aside as "
            f"{aside.name} (not deleted) and rebuilt, so this run parses every paragraph again",
        )
    ]
    rebuilt = parse_cache.ParseCache(filled)
    assert rebuilt.get_many(["key007"]) == {}
    rebuilt.close()


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda data: data[: len(data) // 2], "database disk image is malformed"),
        (lambda data: b"not a database at all" + data[21:], "file is not a database"),
    ],
    ids=["cut in half", "header overwritten"],
)
def test_a_damaged_file_is_found_set_aside_byte_for_byte_and_rebuilt(filled, damage, reason):
    filled.write_bytes(damage(filled.read_bytes()))
    with pytest.raises(parse_cache.ParseCacheError, match="is damaged"):
        cache = parse_cache.ParseCache(filled)
        cache.get_many([key for key, _ in _entries(60)])
    original, warnings, aside = _warning_and_aside(filled)
    assert aside.read_bytes() == original
    ((file, message),) = warnings
    assert file == str(filled) and f"damaged ({reason})" in message
    cache = parse_cache.ParseCache(filled)
    cache.put_many(_entries(2))
    assert cache.get_many(["key001"]) == dict(_entries(2)[1:])
    cache.close()


def test_a_journal_beside_a_file_set_aside_goes_with_it(filled):
    # (SQLite replays or drops a journal it can read when the file is checked; one it could
    # not must not be replayed into the new cache.)
    journal = filled.with_name("parses.sqlite-journal")
    journal.write_bytes(b"journal of an interrupted write")
    aside = parse_cache.set_aside(filled)
    assert aside.name.startswith("parses.sqlite.damaged-")
    assert not journal.exists() and not filled.exists()
    assert aside.with_name(aside.name + "-journal").read_bytes() == (
        b"journal of an interrupted write"
    )


def test_a_cache_from_before_checksums_is_read_as_missing_and_refilled(tmp_path):
    path = tmp_path / "parses.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE docs (key TEXT PRIMARY KEY, doc BLOB)")
        connection.executemany("INSERT INTO docs VALUES (?, ?)", _entries(3))
    connection.close()
    assert parse_cache.repair(path) == []
    cache = parse_cache.ParseCache(path)
    assert cache.get_many(["key000", "key001"]) == {}
    cache.put_many(_entries(1))
    assert cache.get_many(["key000", "key001"]) == dict(_entries(1))
    cache.close()


def test_a_full_disk_under_the_cache_is_an_os_error_naming_it(tmp_path):
    error = sqlite3.OperationalError("database or disk is full")
    error.sqlite_errorname = "SQLITE_FULL"
    raised = parse_cache._failure(tmp_path / "parses.sqlite", error)
    assert isinstance(raised, OSError)
    assert str(raised) == (
        f"[Errno 28] No space left on device (the parse cache): '{tmp_path}/parses.sqlite'"
    )


def test_parses_after_a_repair_equal_fresh_ones(spacy_pipeline, tmp_path):
    path = tmp_path / "parses.sqlite"
    fresh = list(parsing.parse_texts(spacy_pipeline, TEXTS, path))
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    assert len(parse_cache.repair(path)) == 1
    again = list(parsing.parse_texts(spacy_pipeline, TEXTS, path))
    assert [[(t.lemma_, t.dep_, t.ent_type_) for t in d] for d in again] == [
        [(t.lemma_, t.dep_, t.ent_type_) for t in d] for d in fresh
    ]
