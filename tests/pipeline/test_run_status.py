"""The run folder tells the truth: its lock names who holds it, and a dead run is found out."""

from __future__ import annotations

import errno
import json
import os
import signal
import socket
import subprocess
import sys

import pytest

from helpers.pipeline import cli, run_record, run_status, runlock
from helpers.report import page

HOLD_AND_WAIT = (
    "import sys, time\n"
    "from pathlib import Path\n"
    "from helpers.pipeline import runlock\n"
    "with runlock.hold(Path(sys.argv[1])):\n"
    "    print('held', flush=True)\n"
    "    time.sleep(600)\n"
)


def _record(folder, status="running", **fields):
    record = {
        "status": status,
        "started": "2026-01-01T06:00:00+00:00",
        "finished": "",
        "input_dir": "/in",
        "notebooks": [
            {"notebook": "01_clean.ipynb", "status": "ok", "seconds": 3.0},
            {"notebook": "02_entities.ipynb", "status": "running", "seconds": 0},
        ],
        "failure": {},
        "warnings": [],
    } | fields
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "run.json").write_text(json.dumps(record), encoding="utf-8")
    return record


@pytest.fixture()
def killed_holder(tmp_path):
    """A run folder whose lock was held by a process that was then killed with SIGKILL."""
    folder = tmp_path / "run"
    _record(folder)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_AND_WAIT, str(folder)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout.readline() == "held\n"
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(timeout=30)
    return folder, holder.pid


def test_the_lock_names_its_holder_and_is_gone_after_a_clean_end(tmp_path):
    folder = tmp_path / "run"
    with runlock.hold(folder) as previous:
        assert previous is None
        holder = runlock.read_holder(folder)
        assert (holder.pid, holder.host) == (os.getpid(), socket.gethostname())
        with runlock.probe(folder) as free:
            assert not free
        with pytest.raises(runlock.RunLockedError, match=f"another run \\(pid {os.getpid()} on"):
            with runlock.hold(folder, retry=0.2):
                pass
    assert not (folder / runlock.LOCK_NAME).exists()


def test_a_killed_holder_leaves_a_lock_the_next_run_takes_and_names(killed_holder):
    folder, pid = killed_holder
    with runlock.hold(folder) as previous:
        assert previous.pid == pid
        assert run_status.previous_run_note(folder, previous) == (
            f"the previous run into {folder} ({previous}) was interrupted (process gone) in "
            "02_entities.ipynb; this run starts it over"
        )


def test_status_of_a_dead_run_records_it_in_run_json_and_index(killed_holder, capsys):
    folder, pid = killed_holder
    assert cli.main(["status", str(folder)]) == 1
    line = capsys.readouterr().err.strip()
    assert line.startswith(
        f"{folder}: interrupted (process gone) in 02_entities.ipynb: pid {pid} on "
    )
    assert line.endswith("; run the same command again to start it over")
    record = json.loads((folder / "run.json").read_text())
    assert record["status"] == "interrupted"
    assert record["notebooks"][-1]["status"] == "interrupted"
    assert record["failure"]["notebook"] == "02_entities.ipynb"
    assert record["failure"]["error"].startswith(f"process gone: pid {pid} on ")
    index = (folder / "index.html").read_text()
    assert "status <strong>interrupted (process gone)</strong>" in index
    assert "This run was interrupted (process gone)</strong> in 02_entities.ipynb" in index
    assert not (folder / runlock.LOCK_NAME).exists()
    # Asked again, the same answer from the corrected record.
    assert cli.main(["status", str(folder)]) == 1
    assert capsys.readouterr().err.strip() == line


def test_status_of_a_live_run_ok_run_failed_run_and_no_run(tmp_path, capsys):
    live = tmp_path / "live"
    _record(live)
    with runlock.hold(live):
        assert cli.main(["status", str(live)]) == run_status.EXIT_RUNNING
        out = capsys.readouterr().out
        assert out.startswith(f"{live}: running in 02_entities.ipynb (pid {os.getpid()} on ")
    assert json.loads((live / "run.json").read_text())["status"] == "running"
    done = tmp_path / "done"
    _record(done, "ok", finished="2026-01-01T06:01:00+00:00")
    assert cli.main(["status", str(done)]) == 0
    assert capsys.readouterr().out == f"{done}: ok, finished 2026-01-01T06:01:00+00:00\n"
    failed = tmp_path / "failed"
    failure = {"notebook": "02_entities.ipynb", "cell": 5, "message": "the kernel died"}
    _record(failed, "failed", failure=failure)
    assert cli.main(["status", str(failed)]) == 1
    assert (
        capsys.readouterr().err
        == f"{failed}: failed in 02_entities.ipynb, cell 5: the kernel died\n"
    )
    assert cli.main(["status", str(tmp_path / "nothing")]) == 2
    assert "not a run folder (no readable run.json)" in capsys.readouterr().err


def test_index_of_a_running_run_says_it_has_not_finished(tmp_path):
    record = _record(tmp_path / "run")
    html = page.render_index(tmp_path / "run", record)
    assert "This run has not finished.</strong>" in html
    assert "No findings (the run did not finish)." in html


def test_status_of_a_dead_run_on_a_read_only_disk_still_says_so(killed_holder, monkeypatch):
    folder, pid = killed_holder
    real_open = os.open

    def read_only_open(path, flags, *args):
        if flags & (os.O_CREAT | os.O_RDWR | os.O_WRONLY):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, flags, *args)

    def refuse(path, text):
        raise OSError(errno.EROFS, "Read-only file system", str(path))

    monkeypatch.setattr(runlock.os, "open", read_only_open)
    monkeypatch.setattr(run_record, "atomic_write_text", refuse)  # run.json is written there
    line, code = run_status.status(folder)
    assert code == 1
    assert line.startswith(
        f"{folder}: interrupted (process gone) in 02_entities.ipynb: pid {pid} on "
    )
    assert line.endswith("(run.json could not be corrected: Read-only file system)")
    assert json.loads((folder / "run.json").read_text())["status"] == "running"
