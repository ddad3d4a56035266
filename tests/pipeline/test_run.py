"""The runner on its own: the run record, the lock, and how a failed or interrupted notebook
is recorded (papermill replaced by a stand-in; `test_cli.py` makes
real runs)."""

from __future__ import annotations

import json
from pathlib import Path

import papermill
import psutil
import pytest

from helpers.base import paths
from helpers.pipeline import kernels, run, run_record, runlock


def test_input_checksums_cover_every_file_of_the_folder(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"abc")
    (tmp_path / "manifest.csv").write_bytes(b"")
    assert run_record.input_checksums(tmp_path) == {
        # sha256("abc") and sha256(""), as `sha256sum` prints them
        "a.txt": "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        "manifest.csv": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    }


def test_a_second_lock_on_one_run_folder_is_refused(tmp_path):
    with runlock.hold(tmp_path / "run"):
        with pytest.raises(runlock.RunLockedError, match=r"another run \(pid \d+ on "):
            with runlock.hold(tmp_path / "run", retry=0):
                pass
    with runlock.hold(tmp_path / "run"):  # released: a new run may start
        pass


def execute(folder, **options):
    """`run.execute` as `workbook run` calls it: holding the folder's lock."""
    with runlock.hold(folder):
        return run.execute(paths.SEEDS_DIR, folder, {}, log=lambda m: None, warn=lambda m: None)


def fake_papermill(monkeypatch, fail_in: str = "", error: BaseException | None = None):
    """papermill.execute_notebook replaced: copies nothing, fails in the named notebook;
    returns the kernel each notebook was given, by notebook name, as it is given."""
    given = {}

    def execute_notebook(source, target, **options):
        given[Path(source).name] = options["km"]
        if source.endswith(fail_in) and fail_in:
            raise error or papermill.PapermillExecutionError(
                cell_index=4,
                exec_count=5,
                source="x",
                ename="ValueError",
                evalue="bad",
                traceback=[],
            )

    monkeypatch.setattr(papermill, "execute_notebook", execute_notebook)
    return given


def alive(kernel) -> bool:
    return kernel.has_kernel and kernel.provisioner.process.poll() is None


def test_a_kernel_that_cannot_be_started_ahead_leaves_the_notebook_to_start_its_own(
    reports, monkeypatch, caplog
):
    given = fake_papermill(monkeypatch)

    def cannot_start(notebook, config):
        raise RuntimeError("no kernel spec python3")

    monkeypatch.setattr(kernels, "started_ahead", cannot_start)
    folder = reports / "fallback"
    record = execute(folder)
    assert record.status == "ok"
    assert given == dict.fromkeys(["01_clean.ipynb", "02_entities.ipynb", "03_framing.ipynb"])
    assert "02_entities.ipynb's kernel was not started ahead: no kernel spec python3" in (
        caplog.text
    )


def test_a_failed_notebook_is_recorded_with_its_cell_and_latest_stays(reports, monkeypatch):
    given = fake_papermill(monkeypatch, fail_in="02_entities.ipynb")
    folder = reports / "one"
    record = execute(folder)
    assert record.status == "failed"
    assert given["02_entities.ipynb"] is not None and not alive(given["02_entities.ipynb"])
    # 03's, started when 02 began and never used, has ended too.
    assert not [p for p in psutil.Process().children() if "ipykernel_launcher" in p.cmdline()]
    assert record.failure == {
        "notebook": "02_entities.ipynb",
        "cell": 5,
        "execution_count": 5,
        "error": "ValueError: bad",
        "kind": "cell-error",
        "message": "ValueError: bad",
    }
    assert [n["status"] for n in record.notebooks] == ["ok", "failed"]  # 03 never started
    saved = json.loads((folder / "run.json").read_text())
    assert saved["status"] == "failed" and saved["failure"]["cell"] == 5
    assert "This run failed" in (folder / "index.html").read_text()
    assert not (reports / "latest").exists()


def test_a_finished_run_moves_latest_and_records_every_notebook(reports, monkeypatch):
    given = fake_papermill(monkeypatch)
    folder = reports / "two"
    record = execute(folder)
    assert record.status == "ok" and len(record.notebooks) == 3
    # The first in a kernel of papermill's; the others each in one started ahead, now ended.
    assert given["01_clean.ipynb"] is None
    later = [given["02_entities.ipynb"], given["03_framing.ipynb"]]
    assert None not in later and later[0] is not later[1]
    assert not any(alive(kernel) for kernel in later)
    saved = json.loads((folder / "run.json").read_text())
    assert set(saved["inputs"]) == {p.name for p in paths.SEEDS_DIR.iterdir() if p.is_file()}
    assert saved["environment"]["spacy_model"]["name"]
    assert (reports / "latest").resolve() == folder.resolve()


def test_a_report_that_cannot_be_written_fails_the_run_and_says_why(reports, monkeypatch, caplog):
    fake_papermill(monkeypatch)

    def broken_pages(run_dir):
        raise ValueError("field larger than field limit")

    monkeypatch.setattr(run.page, "export_notebooks", broken_pages)
    folder = reports / "three"
    record = execute(folder)
    assert record.status == "failed" and [n["status"] for n in record.notebooks] == ["ok"] * 3
    message = "the report could not be written: ValueError: field larger than field limit"
    assert record.failure["kind"] == "report" and record.failure["message"] == message
    saved = json.loads((folder / "run.json").read_text())
    assert saved["status"] == "failed" and saved["failure"]["message"] == message
    assert "Traceback" in caplog.text  # for run.log
    assert not (reports / "latest").exists()


def test_an_interrupted_run_says_so_and_leaves_latest(reports, monkeypatch):
    fake_papermill(monkeypatch, fail_in="01_clean.ipynb", error=run.Interrupted("SIGTERM"))
    record = execute(reports / "three")
    assert record.status == "interrupted"
    assert record.failure == {
        "notebook": "01_clean.ipynb",
        "error": "interrupted by SIGTERM",
        "message": "interrupted by SIGTERM",
    }
    assert not (reports / "latest").exists()
