"""Writing a run's files: atomic writes, tables checked against the catalogue, figures, warnings."""

from __future__ import annotations

import errno
import os

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from helpers.base import outputs  # noqa: E402


def test_an_atomic_write_leaves_no_temporary_file_and_replaces_the_old_one(tmp_path):
    path = tmp_path / "sub" / "note.txt"
    outputs.atomic_write_text(path, "first")
    outputs.atomic_write_text(path, "second, é")
    assert path.read_text(encoding="utf-8") == "second, é"
    assert os.listdir(path.parent) == ["note.txt"]


def test_a_failed_write_keeps_the_old_file_whole(tmp_path, monkeypatch):
    path = tmp_path / "note.txt"
    outputs.atomic_write_text(path, "old")

    def broken_replace(source, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="No space left"):
        outputs.atomic_write_text(path, "new")
    assert path.read_text() == "old"
    assert os.listdir(tmp_path) == ["note.txt"]


def test_a_table_is_written_with_the_catalogue_columns_and_read_back_typed(tmp_path):
    events = pd.DataFrame(
        [
            ["a.txt", "A", "2017-05-10", "text: May 10", True, "stated"],
            ["b.txt", "B", "", "", False, "none"],
        ],
        columns=["file", "outlet", "event_date", "evidence", "flagged", "date_basis"],
    )
    path = outputs.write_table(events, tmp_path, "events")
    assert path == tmp_path / "tables" / "events.csv"
    assert path.read_text().splitlines()[0] == "file,outlet,event_date,evidence,flagged,date_basis"
    back = outputs.read_table(tmp_path, "events")
    assert back["event_date"].tolist() == ["2017-05-10", ""]  # empty stays text, not NaN
    assert back["flagged"].tolist() == [True, False]


def test_text_that_looks_like_a_number_stays_text(tmp_path):
    findings = pd.DataFrame({"finding": ["2017.", "007"]})
    outputs.write_table(findings, tmp_path, "findings")
    assert outputs.read_table(tmp_path, "findings")["finding"].tolist() == ["2017.", "007"]


def test_a_table_with_other_columns_is_refused(tmp_path):
    with pytest.raises(ValueError, match=r"table findings: columns \['text'\] are not"):
        outputs.write_table(pd.DataFrame({"text": ["x"]}), tmp_path, "findings")
    assert not (tmp_path / "tables" / "findings.csv").exists()


def test_a_missing_table_names_the_notebook_that_writes_it(tmp_path):
    with pytest.raises(FileNotFoundError, match="sentences.csv is missing: run 02_entities"):
        outputs.read_table(tmp_path, "sentences")


def test_each_stage_replaces_only_its_own_warnings(tmp_path):
    outputs.record_warnings(tmp_path, "01_clean", [("a.txt", "no headline")])
    outputs.record_warnings(tmp_path, "02_entities", [("b.txt", "long line")])
    outputs.record_warnings(tmp_path, "01_clean", [("c.txt", "empty")])
    table = outputs.read_table(tmp_path, "warnings")
    assert table.values.tolist() == [
        ["02_entities", "b.txt", "long line"],
        ["01_clean", "c.txt", "empty"],
    ]


def test_a_figure_is_saved_as_png_and_svg_and_shown_at_its_own_size(tmp_path):
    figure, axes = plt.subplots(figsize=(4, 3), dpi=100)
    axes.plot([0, 1], [0, 1])
    saved = outputs.save_figure(figure, tmp_path, "line")
    plt.close(figure)
    assert (tmp_path / "figures" / "line.png").is_file()
    assert (tmp_path / "figures" / "line.svg").read_text().lstrip().startswith("<?xml")
    png, size = saved._repr_png_()
    assert png.startswith(b"\x89PNG")
    # About 4 x 3 inches at the figure's 100 dpi, less what "tight" trims.
    assert 300 <= size["width"] <= 400 and 200 <= size["height"] <= 300
    assert repr(saved) == f"<chart line.png, shown at {size['width']}x{size['height']}>"


def test_a_full_disk_names_the_file_and_the_bytes_and_leaves_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "tables" / "lines.csv"
    outputs.atomic_write_text(target, "old,table\n")

    class FullDisk:
        def __init__(self, handle, mode):
            os.close(handle)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fdopen", FullDisk)
    with pytest.raises(OSError) as raised:
        outputs.atomic_write_text(target, "x" * 1234)
    assert raised.value.errno == errno.ENOSPC
    assert raised.value.filename == str(target)
    assert raised.value.strerror == "No space left on device (writing 1,234 bytes)"
    assert target.read_text() == "old,table\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["lines.csv"]


def test_a_read_only_folder_names_the_file_not_its_temporary(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system", str(tmp_path / ".x.csv.abc.tmp"))

    monkeypatch.setattr(outputs.tempfile, "mkstemp", refuse)
    with pytest.raises(OSError) as raised:
        outputs.atomic_write_text(tmp_path / "x.csv", "a\n")
    assert (raised.value.errno, raised.value.filename) == (errno.EROFS, str(tmp_path / "x.csv"))
