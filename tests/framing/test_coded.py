"""Reading a researcher's frame coding from CSV: both layouts, coders merged, errors naming rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.framing import coded
from helpers.framing.frame_training import TrainingDataError


def _write(tmp_path: Path, text: str, name: str = "coded.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_frames_column_lists_names_separated_by_semicolons(tmp_path):
    path = _write(
        tmp_path,
        "text,frames,notes\n"
        '"Taxes went up again.",Economic,clear\n'
        '"Troops crossed; prices rose.", Security ; Economic ,\n'
        '"Nothing to see.",,\n',
    )
    sample = coded.read_coded(path)
    assert sample.frames == ["Economic", "Security"]
    assert sample.labels.tolist() == [[1, 0], [1, 1], [0, 0]]
    assert sample.units[1] == ("", None, "Troops crossed; prices rose.")


def test_one_column_per_frame_and_file_line_units(tmp_path):
    path = _write(tmp_path, "file,line,coder,Economic,Security\na.txt,3,ann,1,0\na.txt,,ann,0,1\n")
    sample = coded.read_coded(path)
    assert sample.frames == ["Economic", "Security"]
    assert sample.units == [("a.txt", 3, ""), ("a.txt", None, "")]
    assert sample.coders == ["ann", "ann"]


def test_coders_are_merged_by_majority_with_ties_counting_as_present(tmp_path):
    # Unit a: 2 of 3 coders say Economic -> present; unit b: 1 of 2 -> present (a tie);
    # unit c: 1 of 3 -> absent.
    path = _write(
        tmp_path,
        "file,coder,frames\na.txt,1,Economic\na.txt,2,Economic\na.txt,3,\n"
        "b.txt,1,Economic\nb.txt,2,\nc.txt,1,Economic\nc.txt,2,\nc.txt,3,\n",
    )
    units, labels = coded.read_coded(path).unit_labels()
    assert [u[0] for u in units] == ["a.txt", "b.txt", "c.txt"]
    assert labels.tolist() == [[1], [1], [0]]


def test_bad_rows_are_named(tmp_path):
    with pytest.raises(TrainingDataError, match=r"coded.csv row 3: frame column 'War' holds 'yes'"):
        coded.read_coded(_write(tmp_path, "text,War\nfine,1\nbad,yes\n"))
    with pytest.raises(TrainingDataError, match=r"row 2: line 'x' is not a line number"):
        coded.read_coded(_write(tmp_path, "file,line,frames\na.txt,x,War\n"))
    with pytest.raises(TrainingDataError, match="needs a 'text' column or a 'file' column"):
        coded.read_coded(_write(tmp_path, "words,frames\nhello,War\n"))
    with pytest.raises(TrainingDataError, match="no frames"):
        coded.read_coded(_write(tmp_path, "text,coder\nhello,ann\n"))
    with pytest.raises(TrainingDataError, match="row 2: no text and no file"):
        coded.read_coded(_write(tmp_path, "text,file,frames\n,,War\n"))


def test_training_texts_read_lines_and_whole_articles_from_the_input_folder(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text("Headline\n\nTaxes rose.\n", encoding="utf-8")
    path = _write(tmp_path, "file,line,frames\na.txt,3,Economic\na.txt,,Economic\n")
    texts = coded.training_texts(coded.read_coded(path), articles)
    assert texts.texts == ["Taxes rose.", "Headline\n\nTaxes rose."]
    assert texts.ids == ["a.txt:3", "a.txt"]
    missing = _write(tmp_path, "file,line,frames\na.txt,7,Economic\n", "missing.csv")
    with pytest.raises(TrainingDataError, match="a.txt has no line 7"):
        coded.training_texts(coded.read_coded(missing), articles)
    with pytest.raises(TrainingDataError, match="give their folder"):
        coded.training_texts(coded.read_coded(missing), None)
