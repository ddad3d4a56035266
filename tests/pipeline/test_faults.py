"""One line per fault: the cause, the place and what to do, from exceptions and their text."""

from __future__ import annotations

import errno
import json
from pathlib import Path

from nbclient.exceptions import DeadKernelError
from papermill import PapermillExecutionError

from helpers.pipeline import faults

SETTINGS_02 = {"batch_size": 256, "n_jobs": 0, "engine": "local", "spacy_model": ""}


def test_byte_counts_read_as_people_write_them():
    assert faults.size_text(812) == "812 bytes"
    assert faults.size_text(3_400) == "3.4 KB"
    assert faults.size_text(1_234_567) == "1.2 MB"
    assert faults.size_text(2_000_000_000) == "2.0 GB"


def test_errno_text_from_a_notebook_gives_code_reason_and_path():
    assert faults.parse_errno_text(
        "[Errno 28] No space left on device (writing 1,234 bytes): '/r/tables/lines.csv'"
    ) == (28, "No space left on device (writing 1,234 bytes)", Path("/r/tables/lines.csv"))
    assert faults.parse_errno_text("[Errno 30] Read-only file system: '/a' -> '/b'") == (
        30,
        "Read-only file system",
        Path("/a"),
    )
    assert faults.parse_errno_text("[Errno 28] No space left on device") == (
        28,
        "No space left on device",
        None,
    )
    assert faults.parse_errno_text("ValueError: nothing like it") is None


def test_no_space_names_the_file_the_bytes_the_free_space_and_the_fix(tmp_path):
    run_dir = tmp_path / "run"
    fault = faults.os_fault(
        errno.ENOSPC,
        "No space left on device (writing 1,234,567 bytes)",
        run_dir / "tables" / "lines.csv",
        run_dir,
    )
    assert fault.kind == "no-space"
    assert fault.message.startswith(
        f"no space left on the device writing {run_dir}/tables/lines.csv (1.2 MB to write, "
    )
    assert " free there); free some space or choose an --output folder on another disk" in (
        fault.message
    )


def test_the_fix_names_cache_dir_for_the_cache_and_output_for_the_run(tmp_path):
    cache = tmp_path / "cache"
    fault = faults.os_fault(errno.EROFS, "Read-only", cache / "parses.sqlite", tmp_path, cache)
    assert fault.message == (
        f"{cache}/parses.sqlite is on a read-only file system; set cache_dir to a folder "
        "on another disk"
    )
    denied = faults.os_fault(errno.EACCES, "Permission denied", tmp_path / "x.csv", tmp_path)
    assert denied.kind == "permission"
    assert denied.message == (
        f"permission denied writing {tmp_path}/x.csv; make its folder writable for this user "
        "or choose an --output folder on another disk"
    )


def test_a_dead_kernel_names_the_parameters_that_lower_memory_with_their_values():
    message = faults.kernel_died(SETTINGS_02).message
    assert message == (
        "the notebook's kernel died, most likely out of memory; lower batch_size (now 256) or "
        "n_jobs (now 0, one per core), or set engine=dask with a dask_scheduler on larger "
        "machines"
    )
    framing = faults.kernel_died({"bootstrap_iterations": 1000}).message
    assert framing.endswith(
        "free memory on this machine (close other programs) or run on a larger one"
    )


def test_cell_errors_read_os_errors_from_their_text_and_keep_others_as_raised(tmp_path):
    full = faults.from_cell_error(
        "OSError",
        f"[Errno 28] No space left on device (writing 10 bytes): '{tmp_path}/run/x.csv'",
        SETTINGS_02,
        tmp_path / "run",
    )
    assert full.kind == "no-space" and f"writing {tmp_path}/run/x.csv (10 bytes to write" in (
        full.message
    )
    other = faults.from_cell_error("KeyError", "'file'\nmore lines", SETTINGS_02)
    assert (other.kind, other.message) == ("cell-error", "KeyError: 'file'")
    missing = faults.from_cell_error("FileNotFoundError", "[Errno 2] No such file: '/x'", {})
    assert missing.message == "FileNotFoundError: [Errno 2] No such file: '/x'"
    memory = faults.from_cell_error("MemoryError", "", SETTINGS_02)
    assert memory.message.startswith("out of memory (MemoryError); lower batch_size (now 256)")


def _executed_notebook(path, started):
    cells = [
        {"cell_type": "code", "metadata": {"papermill": {"start_time": "t" if s else None}}}
        for s in started
    ]
    path.write_text(json.dumps({"cells": cells}), encoding="utf-8")
    return path


def test_a_dead_kernel_is_placed_at_the_last_cell_that_started(tmp_path):
    executed = _executed_notebook(tmp_path / "02.ipynb", [True, True, True, False, False])
    failure = faults.notebook_failure(
        DeadKernelError("Kernel died"), "02_entities.ipynb", executed, SETTINGS_02, tmp_path
    )
    assert failure["notebook"] == "02_entities.ipynb"
    assert failure["cell"] == 3
    assert failure["error"] == "DeadKernelError: Kernel died"
    assert failure["kind"] == "kernel-died"
    (tmp_path / "cut.ipynb").write_text('{"cells": [', encoding="utf-8")
    cut = faults.notebook_failure(
        DeadKernelError("Kernel died"), "02.ipynb", tmp_path / "cut.ipynb", {}, tmp_path
    )
    assert cut["cell"] is None


def test_a_cell_error_keeps_papermills_place_and_the_raised_text(tmp_path):
    error = PapermillExecutionError(
        cell_index=4,
        exec_count=3,
        source="x",
        ename="ModelNotInstalledError",
        evalue="spaCy model 'x' is not installed: install it",
        traceback=["\x1b[0;31mTraceback\x1b[0m", "ModelNotInstalledError: ..."],
    )
    failure = faults.notebook_failure(error, "02.ipynb", tmp_path / "none.ipynb", {}, tmp_path)
    assert (failure["cell"], failure["execution_count"]) == (5, 3)
    assert failure["message"] == (
        "ModelNotInstalledError: spaCy model 'x' is not installed: install it"
    )
    assert faults.traceback_text(error) == "Traceback\nModelNotInstalledError: ..."


def test_an_os_error_of_the_runner_without_a_file_name_names_the_notebook_being_written(
    tmp_path,
):
    executed = tmp_path / "run" / "notebooks" / "01_clean.ipynb"
    failure = faults.notebook_failure(
        OSError(errno.ENOSPC, "No space left on device"),
        "01_clean.ipynb",
        executed,
        {},
        tmp_path / "run",
    )
    assert failure["kind"] == "no-space"
    assert failure["message"].startswith(f"no space left on the device writing {executed} (")
