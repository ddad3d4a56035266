"""Bad input and failure: every case ends in a clear warning and a usable report.

One `workbook run` over a folder of bad files beside two good articles serves most cases:
each test reads what that run left behind (`run.json`, `index.html`, `tables/lines.csv`).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from helpers.base import decoding, paths
from helpers.pipeline import cli, run, run_folders

GOOD = ["000_a6b577aae19b0816.txt", "003_28997a2f9cea958b.txt"]
MARKUP = (
    "Officials met on Wednesday <script>document.title='INJECTED'</script> in Washington.\n"
    "The statement said <img src=x onerror=\"document.title='INJECTED'\"> nothing new </table> at all.\n"
    "Image: <script>document.title='INJECTED'</script> the delegation arrives\n"
)
NON_ENGLISH = (
    "Le ministre russe des affaires étrangères a rencontré le président américain mercredi.\n"
    "Les deux hommes ont discuté de la Syrie et de l'Ukraine pendant une heure.\n"
)


def _lines(text: str) -> int:
    return len(decoding.split_lines(text))


def twenty_megabytes() -> bytes:
    """A 20 MB article: the seeds' lines over and over, each made unique by a number."""
    lines = [
        line
        for path in sorted(paths.SEEDS_DIR.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    parts, size, number = [], 0, 0
    while size < 20_000_000:
        part = f"{lines[number % len(lines)]} ({number})\n\n"
        parts.append(part)
        size += len(part)
        number += 1
    return "".join(parts).encode()


def write_bad_corpus(folder: Path) -> dict[str, bytes]:
    """The seed articles GOOD plus one file per kind of bad input; returns name -> bytes."""
    files: dict[str, bytes] = {name: (paths.SEEDS_DIR / name).read_bytes() for name in GOOD}
    story = "Ministers met in the capital on Tuesday to discuss the ceasefire.\n"
    files |= {
        "empty.txt": b"",
        "whitespace.txt": b"   \n\t\n  \n",
        "only boilerplate.txt": b"IE 11 is not supported. For an optimal experience visit our site on another browser.\nAdvertisement\nJoin our commenting forum\nComments\n",
        "image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10",
        "cp1252.txt": "The minister said \u201cwe will talk\u201d on Tuesday.\n".encode("cp1252"),
        "latin1.txt": "Le caf\u00e9 of the embassy hosted the talks on Tuesday.\n".encode(
            "latin-1"
        ),
        "bom.txt": b"\xef\xbb\xbf" + story.encode(),
        "crlf.txt": story.replace("\n", "\r\n").encode() * 3,
        "lone cr.txt": story.replace("\n", "\r").encode() + b"The talks ended late.",
        "long line.txt": (
            ("The delegation repeated its position on the talks. " * 20000).strip()
        ).encode(),
        "spaces and \u00fcml\u00e4uts \u00e9.txt": story.encode(),
        "non english.txt": NON_ENGLISH.encode(),
        "copy of 000.txt": files[GOOD[0]],
        "markup.txt": MARKUP.encode(),
        "twenty megabytes.txt": twenty_megabytes(),
    }
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    (folder / "manifest.csv").write_text(
        "file,outlet,title,published,url,notes\n"
        f"{GOOD[0]},NBC News,,,,\n"
        f"{GOOD[0]},NBC News again,,,,\n"
        f"{GOOD[1]},The Independent,,not a date,,\n"
        "missing.txt,Ghost Outlet,,,,\n",
        encoding="utf-8",
    )
    return files


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("bad")
    files = write_bad_corpus(base / "input")
    output = base / "reports" / "bad"
    printed = io.StringIO()
    with pytest.MonkeyPatch.context() as patch, contextlib.redirect_stderr(printed):
        patch.setattr(paths, "REPORTS_DIR", base / "reports")
        patch.setattr(run, "PRINTED_WARNINGS", 5)
        code = cli.main(["run", "--input", str(base / "input"), "--output", str(output), "--quiet"])
    record = json.loads((output / "run.json").read_text())
    lines = pd.read_csv(output / "tables" / "lines.csv", keep_default_na=False)
    (base / "printed.txt").write_text(printed.getvalue(), encoding="utf-8")
    return code, files, output, record, lines


def test_quiet_run_prints_the_first_warnings_and_points_to_the_rest(bad_run):
    _, _, output, record, _ = bad_run
    printed = (output.parent.parent / "printed.txt").read_text(encoding="utf-8").splitlines()
    assert len(record["warnings"]) > 5
    first = record["warnings"][0]
    assert printed[0] == f"warning: {first['file']}: {first['message']}"
    assert len(printed) == 7
    # One line per distinct message: the five shown, then how many messages are left.
    messages = len({w["message"] for w in record["warnings"]})
    assert printed[5] == f"warning: ... and {messages - 5} more"
    assert printed[6] == f"warning: every warning, file by file: run.json or index.html in {output}"


def _warnings_for(record: dict, name: str) -> list[str]:
    return [w["message"] for w in record["warnings"] if w["file"] == name]


def test_the_run_completes_for_the_rest_of_the_corpus(bad_run):
    code, _, output, record, _ = bad_run
    assert code == 0, record.get("failure")
    assert record["status"] == "ok"
    paragraphs = pd.read_csv(output / "tables" / "paragraphs.csv", keep_default_na=False)
    assert set(GOOD) <= set(paragraphs["file"])


def test_every_line_of_every_readable_file_is_accounted_for(bad_run):
    _, files, _, _, lines = bad_run
    for name, data in files.items():
        if name == "image.txt":
            continue
        text, _ = decoding.decode_text(data)
        counted = lines[lines["file"] == name]
        assert len(counted) == _lines(text), name
        assert list(counted["line"]) == list(range(1, _lines(text) + 1)), name


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("empty.txt", "has no text"),
        ("whitespace.txt", "has no text"),
        ("only boilerplate.txt", "boilerplate"),
        ("image.txt", "binary"),
        ("cp1252.txt", "decoded as cp1252"),
        ("latin1.txt", "decoded as cp1252"),
        ("long line.txt", "split"),
        ("non english.txt", "English"),
        ("copy of 000.txt", GOOD[0]),
        ("manifest.csv", "line 3 repeats"),
        ("manifest.csv", "published date 'not a date'"),
        ("manifest.csv", "missing.txt, which is not in the folder"),
        ("manifest.csv", "extra column(s) notes"),
        ("cp1252.txt", "not listed in manifest.csv"),
    ],
)
def test_each_bad_input_is_named_with_what_was_done(bad_run, name, fragment):
    _, _, output, record, _ = bad_run
    messages = _warnings_for(record, name)
    assert any(fragment in m for m in messages), (name, messages)
    index = (output / "index.html").read_text(encoding="utf-8")
    assert name.replace("&", "&amp;") in index


def test_good_encodings_and_line_endings_are_read_as_text(bad_run):
    _, _, _, record, lines = bad_run
    cp1252 = lines[lines["file"] == "cp1252.txt"]["text"].iloc[0]
    assert "\u201cwe will talk\u201d" in cp1252
    assert lines[lines["file"] == "bom.txt"]["text"].iloc[0].startswith("Ministers")
    assert len(lines[lines["file"] == "crlf.txt"]) == 3
    assert list(lines[lines["file"] == "lone cr.txt"]["text"]) == [
        "Ministers met in the capital on Tuesday to discuss the ceasefire.",
        "The talks ended late.",
    ]
    assert not _warnings_for(record, "bom.txt") or all(
        "decoded" not in m for m in _warnings_for(record, "bom.txt")
    )


def test_a_20_mb_article_is_cleaned_and_its_repeats_collapsed(bad_run):
    _, files, output, _, lines = bad_run
    assert len(files["twenty megabytes.txt"]) >= 20_000_000
    big = lines[lines["file"] == "twenty megabytes.txt"]
    # Each seed line comes back about 300 times: all but its first copy is a repeat
    # (or boilerplate, for the seeds' captions and appeals).
    removed = big["label"].isin(["duplicate", "boilerplate"]).sum()
    assert removed > 0.95 * (big["label"] != "blank").sum()
    paragraphs = pd.read_csv(output / "tables" / "paragraphs.csv", keep_default_na=False)
    kept = (paragraphs["file"] == "twenty megabytes.txt").sum()
    assert 0 < kept < 0.05 * (big["label"] != "blank").sum()


def test_the_same_article_twice_is_analysed_once(bad_run):
    _, _, output, _, _ = bad_run
    paragraphs = pd.read_csv(output / "tables" / "paragraphs.csv", keep_default_na=False)
    assert "copy of 000.txt" not in set(paragraphs["file"])
    articles = pd.read_csv(output / "tables" / "articles.csv", keep_default_na=False)
    assert articles.set_index("file").loc["copy of 000.txt", "duplicate_of"] == GOOD[0]


def test_article_markup_is_shown_as_text_everywhere(bad_run):
    _, _, output, _, _ = bad_run
    pages = [output / "index.html", *sorted((output / "notebooks").glob("*.html"))]
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert "<script>document.title='INJECTED'" not in html, page.name
        # Escaped, the markup is text ("&lt;img src=x onerror=..."), which no browser runs.
        assert "<img src=x onerror=" not in html, page.name
        assert "</table> at all" not in html, page.name
    cleaning_page = (output / "notebooks" / "01_clean.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;document.title=" in cleaning_page


@pytest.mark.skipif(shutil.which("chromium") is None, reason="Debian's chromium is not installed")
def test_no_article_script_runs_in_a_browser(bad_run, tmp_path):
    _, _, output, _, _ = bad_run
    for page in [output / "index.html", *sorted((output / "notebooks").glob("*.html"))]:
        dom = subprocess.run(
            [
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={tmp_path / 'profile'}",
                "--dump-dom",
                page.as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=120,
        ).stdout
        assert "<title>INJECTED</title>" not in dom, page.name


def test_nothing_usable_left_stops_with_exit_2(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(paths, "REPORTS_DIR", tmp_path / "reports")
    folder = tmp_path / "input"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert cli.main(["run", "--input", str(folder)]) == 2
    err = capsys.readouterr().err
    assert "no usable article" in err and "empty.txt" in err and "image.txt" in err


def test_sigterm_marks_the_run_interrupted_and_keeps_latest(tmp_path):
    reports = tmp_path / "reports"
    good = reports / "good"
    good.mkdir(parents=True)
    (good / "run.json").write_text("{}")
    environment = os.environ | {"WORKBOOK_REPORTS_DIR": str(reports)}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(paths, "REPORTS_DIR", reports)
        run_folders.point_latest(good)
    output = reports / "killed"
    workbook = Path(sys.executable).with_name("workbook")
    process = subprocess.Popen(
        [str(workbook), "run", "--quiet", "--output", str(output)],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        record = output / "run.json"
        if record.exists() and "02_entities" in record.read_text():
            break
        time.sleep(0.2)
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 130
    assert (
        err.decode()
        .splitlines()[-1]
        .startswith(
            "workbook: run interrupted in 02_entities.ipynb: interrupted by SIGTERM; run the same"
        )
    )
    record = json.loads((output / "run.json").read_text())
    assert record["status"] == "interrupted"
    assert record["notebooks"][-1]["status"] == "interrupted"
    assert "interrupted" in (output / "index.html").read_text()
    assert (reports / "latest").resolve() == good.resolve()
    leftovers = (
        [p for p in (output / "tables").glob(".*.tmp")] if (output / "tables").exists() else []
    )
    assert leftovers == []
