"""`workbook codebook draft`: a folder of articles in, a codebook to edit out."""

from __future__ import annotations

from pathlib import Path

from helpers.framing.codebooks import load_codebook
from helpers.pipeline import cli

FLOOD = Path(__file__).parents[1] / "fixtures" / "flood"


def test_the_flood_corpus_drafts_an_evacuation_and_an_insurance_frame(tmp_path, capsys):
    # Read by hand: two paragraphs of each flood article are on the evacuation and the
    # shelter, two on insurance claims and premiums.
    output = tmp_path / "flood_frames.yml"
    assert cli.main(["codebook", "draft", "--input", str(FLOOD), "--output", str(output)]) == 0
    book = load_codebook(output)
    assert book.name == "drafted"
    terms = [{t.lower() for t in frame.terms} for frame in book.frames]
    assert len(terms) == 2
    assert any({"shelter", "evacuate"} <= t for t in terms)
    assert any({"claim", "premium"} <= t for t in terms)
    assert capsys.readouterr().out.strip() == str(output)


def test_a_missing_folder_or_a_bad_parameter_stops_before_any_notebook(tmp_path, capsys):
    assert cli.main(["codebook", "draft", "--input", str(tmp_path / "none")]) == 2
    assert cli.main(["codebook", "draft", "--input", str(FLOOD), "-p", "nope=1"]) == 2
    assert cli.main(["codebook", "draft", "--input", str(FLOOD), "--frames", "99"]) == 2
    assert "unknown parameter 'nope'" in capsys.readouterr().err
