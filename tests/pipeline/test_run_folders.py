"""The reports folder: `latest` and pruning old runs."""

from __future__ import annotations

import os

import pytest

from helpers.pipeline import run_folders


def test_stale_temporaries_are_removed_and_finished_files_kept(tmp_path):
    (tmp_path / "tables").mkdir()
    (tmp_path / "tables" / ".lines.csv.abc123.tmp").write_text("half")
    (tmp_path / "tables" / "lines.csv").write_text("whole")
    (tmp_path / ".run.json.x.tmp").write_text("half")
    run_folders.remove_stale_temporaries(tmp_path)
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == ["lines.csv"]


def test_latest_points_at_the_run_by_a_relative_link(reports):
    folder = reports / "2026-12-06T06-00-00Z"
    folder.mkdir(parents=True)
    run_folders.point_latest(folder)
    latest = reports / "latest"
    assert latest.is_symlink() and os.readlink(latest) == folder.name
    assert latest.resolve() == folder.resolve()


def test_prune_keeps_the_newest_and_never_the_one_latest_points_at(reports):
    names = ["2026-01-01T00-00-00Z", "2026-02-01T00-00-00Z", "2026-03-01T00-00-00Z"]
    for name in names:
        (reports / name).mkdir(parents=True)
        (reports / name / "run.json").write_text("{}")
    (reports / "notes").mkdir()  # not a run: no run.json
    run_folders.point_latest(reports / names[0])
    removed = run_folders.prune(1)
    assert [p.name for p in removed] == [names[1]]
    assert sorted(p.name for p in reports.iterdir()) == [*names[:1], names[2], "latest", "notes"]
    with pytest.raises(ValueError, match="at least 1"):
        run_folders.prune(0)
