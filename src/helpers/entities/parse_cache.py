"""The parse cache: an SQLite file of serialised spaCy `Doc`s, each used whole or not at all.

Every entry carries a checksum of its key and bytes, checked on every read, so a damaged
entry is never used. A damaged file (a full disk or an interrupted copy can leave one cut
short, a failing disk can alter one) is found by `repair` before a run's passes read it:
it is set aside under a new name, never deleted, a new cache is built in its place, and one
warning names both files. Caches written before checksums existed are read as empty for
the entries without one; those are parsed again and stored with a checksum.
"""

from __future__ import annotations

import errno
import hashlib
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

SCHEMA = "CREATE TABLE IF NOT EXISTS docs (key TEXT PRIMARY KEY, doc BLOB, digest BLOB)"
# SQLite's own journal files, which belong to the database file they sit beside.
COMPANIONS = ("-journal", "-wal", "-shm")


class ParseCacheError(RuntimeError):
    """The parse cache file cannot be created, opened, read or written where parsing runs."""


def digest(key: str, doc: bytes) -> bytes:
    """Checksum of one entry: its key and its bytes, so an entry moved to another key fails."""
    return hashlib.blake2b(key.encode() + b"\x00" + doc, digest_size=16).digest()


def is_damage(error: sqlite3.Error) -> bool:
    """Whether SQLite found the file itself damaged (not merely busy, full or read-only)."""
    name = getattr(error, "sqlite_errorname", "")
    return name.startswith("SQLITE_CORRUPT") or name == "SQLITE_NOTADB"


def _failure(path: Path, error: sqlite3.Error) -> Exception:
    """The exception for an SQLite error on the cache: one that names the file and the fix."""
    if getattr(error, "sqlite_errorname", "") == "SQLITE_FULL":
        return OSError(errno.ENOSPC, "No space left on device (the parse cache)", str(path))
    if is_damage(error):
        return ParseCacheError(
            f"the parse cache {path} is damaged ({error}); run again: the entities notebook "
            "sets a damaged cache aside (renamed, not deleted) and builds a new one"
        )
    return ParseCacheError(
        f"cannot use the parse cache {path} on this machine ({error}); set cache_dir to a "
        "folder that every worker can write at the same path"
    )


def _ensure_schema(connection: sqlite3.Connection) -> None:
    connection.execute(SCHEMA)
    columns = {row[1] for row in connection.execute("PRAGMA table_info(docs)")}
    if "digest" not in columns:
        try:
            connection.execute("ALTER TABLE docs ADD COLUMN digest BLOB")
        except sqlite3.OperationalError as error:
            if "duplicate column" not in str(error):  # another worker added it meanwhile
                raise


class ParseCache:
    """An SQLite file of serialised `Doc`s keyed by `nlp.text_key`, with a checksum each."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # Worker processes share the file; a writer waits for another's transaction.
            self._connection = sqlite3.connect(path, timeout=600)
            _ensure_schema(self._connection)
        except OSError as error:
            raise ParseCacheError(
                f"cannot open the parse cache {path} on this machine ({error}); set cache_dir "
                "to a folder that every worker can write at the same path"
            ) from error
        except sqlite3.Error as error:
            raise _failure(path, error) from error

    def get_many(self, keys: list[str]) -> dict[str, bytes]:
        """The stored bytes of those `keys` the cache holds whole; raises ParseCacheError
        for an entry whose checksum fails (it is never returned)."""
        found: dict[str, bytes] = {}
        try:
            for start in range(0, len(keys), 500):
                chunk = keys[start : start + 500]
                marks = ",".join("?" * len(chunk))
                rows = self._connection.execute(
                    f"SELECT key, doc, digest FROM docs WHERE key IN ({marks})", chunk
                )
                for key, doc, stored in rows:
                    if stored is None:
                        continue  # written before checksums: parsed again
                    if stored != digest(key, doc):
                        raise ParseCacheError(
                            f"the parse cache {self.path} holds a damaged entry (its checksum "
                            "fails); run again: the entities notebook sets a damaged cache "
                            "aside (renamed, not deleted) and builds a new one"
                        )
                    found[key] = doc
        except sqlite3.Error as error:
            raise _failure(self.path, error) from error
        return found

    def put_many(self, items: Iterable[tuple[str, bytes]]) -> None:
        # Serialised and checksummed before the write lock is taken, not while holding it
        rows = [(key, doc, digest(key, doc)) for key, doc in items]
        try:
            with self._connection:
                self._connection.executemany("INSERT OR REPLACE INTO docs VALUES (?, ?, ?)", rows)
        except sqlite3.Error as error:
            raise _failure(self.path, error) from error

    def close(self) -> None:
        self._connection.close()


def find_damage(path: Path) -> str:
    """Why the cache file is damaged ('' when it is whole): SQLite's `quick_check` of the
    file, then every entry's checksum. Raises ParseCacheError when it cannot be read at all."""
    try:
        connection = sqlite3.connect(path, timeout=600)
        try:
            checked = connection.execute("PRAGMA quick_check").fetchall()
            if checked != [("ok",)]:
                return f"SQLite's quick_check: {str(checked[0][0]).splitlines()[-1]}"
            tables = connection.execute("SELECT name FROM sqlite_master WHERE name = 'docs'")
            columns = {row[1] for row in connection.execute("PRAGMA table_info(docs)")}
            if not tables.fetchall() or "digest" not in columns:
                return ""
            rows = connection.execute("SELECT key, doc, digest FROM docs WHERE digest NOT NULL")
            bad = sum(stored != digest(key, doc) for key, doc, stored in rows)
        finally:
            connection.close()
    except sqlite3.Error as error:
        if is_damage(error):
            return str(error)
        raise _failure(path, error) from error
    return (
        f"{bad} {'entry fails its' if bad == 1 else 'entries fail their'} checksum" if bad else ""
    )


def set_aside(path: Path) -> Path:
    """Rename a damaged cache (and SQLite's journal beside it) to `NAME.damaged-<UTC time>`;
    returns the new path. Nothing is deleted."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    number = 1
    while aside.exists():
        number += 1
        aside = path.with_name(f"{path.name}.damaged-{stamp}-{number}")
    # The journal first: left behind, it would be replayed into the new cache.
    for suffix in COMPANIONS:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.rename(aside.with_name(aside.name + suffix))
    path.rename(aside)
    return aside


def repair(path: Path | None) -> list[tuple[str, str]]:
    """Check the cache file before a run reads it; a damaged one is set aside and a new one
    will be built. Returns the (file, message) warning that says so, or nothing.

    Called once per run, before parsing starts; not while workers use the file.
    """
    if path is None or not path.exists():
        return []
    problem = find_damage(path)
    if not problem:
        return []
    try:
        aside = set_aside(path)
    except OSError as error:
        raise ParseCacheError(
            f"the parse cache {path} is damaged ({problem}) and cannot be set aside "
            f"({error.strerror}); set cache_dir to a folder this user can write"
        ) from error
    return [
        (
            str(path),
            f"the parse cache was damaged ({problem}); set aside as {aside.name} (not "
            "deleted) and rebuilt, so this run parses every paragraph again",
        )
    ]
