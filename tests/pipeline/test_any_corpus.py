"""A run never fails because of what a corpus contains, and its report stays readable.

Two `workbook run`s: one article (so one outlet), and 500 outlets. Neither corpus has a
manifest, a date, a quotation, a person or anything the sample's event codebook fits, so
every chart that would show those is replaced in the report by a sentence saying why.
The articles were written for these tests (tests/fixtures/any_corpus/ferry.txt) or are
put together here from hand-written phrases.
"""

from __future__ import annotations

import json
import os
import re
import stat
import struct
from pathlib import Path

import pandas as pd
import pytest

from helpers.base import paths
from helpers.pipeline import cli

FIXTURES = Path(__file__).parents[1] / "fixtures" / "any_corpus"
MAX_PIXELS = 4000
MAX_HTML_BYTES = 3_000_000
THINGS = ["the footbridge", "the ferry pier", "the river wall", "the cycle path", "the bus depot",
          "the water main", "the library roof", "the market hall", "the tram line",
          "the harbour crane"]  # fmt: skip
CHANGES = ["will close for repairs", "needs new lighting", "is to be widened",
           "will reopen after the works", "was checked by engineers", "is behind schedule",
           "will cost more than planned", "has been painted", "will be rebuilt",
           "gets a new entrance"]  # fmt: skip
REASONS = ["after the storm damage", "because of rising costs", "after complaints from residents",
           "to cope with more traffic", "as part of the spending plan",
           "while the old one is removed", "before the busy season", "once the money is agreed"]  # fmt: skip


def sentence(n: int) -> str:
    """One of 800 sentences with no name, date or quotation in it."""
    text = f"{THINGS[n % 10]} {CHANGES[n // 10 % 10]} {REASONS[n // 100 % 8]}."
    return text[0].upper() + text[1:]


def write_outlets(folder: Path, count: int) -> None:
    """`count` articles, each in its own outlet (no manifest: the file name is the outlet)."""
    folder.mkdir(parents=True)
    for n in range(count):
        lines = [sentence(7 * n + 3).rstrip("."), *(sentence(13 * n + k) for k in (1, 5, 9, 11))]
        (folder / f"outlet {n:03d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def run(tmp_path_factory, name: str, write) -> tuple[int, Path, dict]:
    base = tmp_path_factory.mktemp(name)
    write(base / "input")
    output = base / "reports" / name
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(paths, "REPORTS_DIR", base / "reports")
        code = cli.main(["run", "--input", str(base / "input"), "--output", str(output), "--quiet"])
    return code, output, json.loads((output / "run.json").read_text())


@pytest.fixture(scope="module")
def one_article(tmp_path_factory):
    def write(folder: Path) -> None:
        folder.mkdir(parents=True)
        (folder / "ferry.txt").write_bytes((FIXTURES / "ferry.txt").read_bytes())

    return run(tmp_path_factory, "one", write)


@pytest.fixture(scope="module")
def many_outlets(tmp_path_factory):
    return run(tmp_path_factory, "many", lambda folder: write_outlets(folder, 500))


def notes(output: Path) -> dict[str, str]:
    return {p.stem: p.read_text().strip() for p in (output / "figures").glob("*.txt")}


def test_one_article_runs_to_the_end_and_says_what_it_cannot_show(one_article):
    code, output, record = one_article
    assert (code, record["status"]) == (0, "ok"), record.get("failure")
    said = notes(output)
    assert said["entity_heatmap"].endswith("no people were found in the story text.")
    assert said["voice_share"].endswith("no quotation was found in the story text.")
    # Every sentence is about a timetable: no generic frame's keyword, all "Other" (residual)
    assert said["lead_frames_generic"].endswith(
        "no article's headline or first paragraphs carry a frame of this codebook."
    )
    entities_page = (output / "notebooks" / "02_entities.html").read_text(encoding="utf-8")
    assert "No person was found in the story text." in entities_page
    assert "No chart of voice share: no quotation was found" in entities_page
    assert "there is no name to show in context" in entities_page
    index = (output / "index.html").read_text(encoding="utf-8")
    assert "No chart of who leads: no people were found in the story text." in index
    findings = pd.read_csv(output / "tables" / "findings.csv")["finding"].tolist()
    assert findings[0] == (
        "1 article(s) name no day for the event and could not be checked: ferry (ferry.txt)."
    )
    assert findings[-1].startswith("The frames are unvalidated: no hand-coded sample was given")
    # At a word's start: the last finding names the models folder, whose path may hold any word
    unexpected = re.compile(r"\b(?:quotes|differ|more space)")
    assert not [f for f in findings if unexpected.search(f)]


def test_500_outlets_run_to_the_end(many_outlets):
    code, output, record = many_outlets
    assert (code, record["status"]) == (0, "ok"), record.get("failure")
    articles = pd.read_csv(output / "tables" / "articles.csv", keep_default_na=False)
    assert articles["outlet"].nunique() == 500
    assert (articles["duplicate_of"] == "").all()


def test_500_outlets_make_figures_and_pages_of_bounded_size(many_outlets):
    _, output, _ = many_outlets
    for png in (output / "figures").glob("*.png"):
        width, height = struct.unpack(">II", png.read_bytes()[16:24])
        assert width <= MAX_PIXELS and height <= MAX_PIXELS, (png.name, width, height)
    pages = [output / "index.html", *(output / "notebooks").glob("*.html")]
    pages += (output / "tables").glob("*.html")
    for page in pages:
        assert page.stat().st_size <= MAX_HTML_BYTES, (page.name, page.stat().st_size)


def test_500_outlets_are_named_up_to_the_top_and_the_rest_pointed_at(many_outlets):
    _, output, _ = many_outlets
    framing = (output / "notebooks" / "03_framing.html").read_text(encoding="utf-8")
    assert (
        "... and 488 more outlets: see tables/frames.html (sortable) or tables/frames.csv"
        in framing
    )
    findings = pd.read_csv(output / "tables" / "findings.csv")["finding"].tolist()
    undated = next(f for f in findings if "name no day" in f)
    assert undated.startswith("500 article(s) name no day") and "and 490 more" in undated
    index = (output / "index.html").read_text(encoding="utf-8")
    # No manifest: one warning says every outlet comes from its file name, not 500.
    assert "<li>manifest.csv: not found: each article&#x27;s outlet is taken from" in index
    assert "not listed in manifest.csv" not in index


def test_the_report_needs_no_network_and_sorts_its_tables(many_outlets):
    _, output, _ = many_outlets
    pages = [output / "index.html", *(output / "notebooks").glob("*.html")]
    pages += (output / "tables").glob("*.html")
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=\"(https?:)?//", html)
        scripts = re.findall(r"<script[^>]*>", html)
        assert scripts in ([], ['<script src="../assets/tables.js">']), page.name
        assert "default-src 'self'" in html or "default-src 'none'" in html, page.name
    assert (output / "assets" / "tables.js").exists()
    framing = (output / "notebooks" / "03_framing.html").read_text(encoding="utf-8")
    linked = re.findall(r'<img[^>]* src="\.\./figures/([^"]+)"', framing)
    assert "tone.png" in linked and "data:image" not in framing  # linked, not embedded
    assert all((output / "figures" / name).exists() for name in linked)
    frames_page = (output / "tables" / "frames.html").read_text(encoding="utf-8")
    assert '<table class="dataframe">' in frames_page


def test_run_files_are_readable_by_others_as_the_umask_allows(many_outlets):
    _, output, _ = many_outlets
    umask = os.umask(0)
    os.umask(umask)
    files = [output / "index.html", output / "run.json", output / "tables" / "frames.csv"]
    files += [output / "notebooks" / "03_framing.html", next((output / "figures").glob("*.png"))]
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask, path.name
    assert stat.S_IMODE((output / "tables").stat().st_mode) == 0o777 & ~umask
