"""The runner behind `workbook run`: the notebooks in order with papermill, then the report.

A run folder holds everything one run made: `notebooks/` (executed copies and their HTML),
`tables/`, `figures/`, `index.html`, `run.json` and `run.log`. `reports/latest` points at
the newest run that succeeded; a failed or interrupted run never moves it. `run.json` says
`running` until the run records how it ended, and whatever ends it (a failed cell, a dead
kernel, a full disk, a signal) is recorded there whenever the runner survives it.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

from jupyter_client import AsyncKernelManager
from traitlets.config import Config

from helpers.base import corpus, paths
from helpers.pipeline import faults, kernels, params, run_record, runlog
from helpers.pipeline.run_folders import point_latest, remove_stale_temporaries
from helpers.pipeline.run_record import RunRecord, collected_warnings, write_record
from helpers.report import page

NOTEBOOKS = ("01_clean.ipynb", "02_entities.ipynb", "03_framing.ipynb")
# Warnings printed by `workbook run`; all of them are in run.json and index.html.
PRINTED_WARNINGS = 20
# CurveZMQ between runner and kernel: encrypted, and the kernel stops warning on every start.
KERNEL_CONFIG = Config(
    {
        "KernelManager": {"transport_encryption": "auto"},
        # Killed (with its process group: worker processes too) as soon as it is done with,
        # or interrupted, never left to finish a cell on its own after the run has ended.
        "NotebookClient": {"shutdown_kernel": "immediate"},
    }
)


# Signals that stop a run and are recorded: Ctrl-C, `kill`/systemd, a closed terminal.
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


class Interrupted(KeyboardInterrupt):
    """The run received one of STOP_SIGNALS; the argument is the signal's name.

    A KeyboardInterrupt, so that asyncio (under papermill) passes it on as it does Ctrl-C.
    """


def notebook_paths() -> list[Path]:
    return [paths.NOTEBOOKS_DIR / name for name in NOTEBOOKS]


def preflight(input_dir: Path, values: Mapping[str, Any]) -> dict[str, Any]:
    """Everything that can be checked before a notebook runs; raises InputError or ParameterError."""
    corpus.require_usable(corpus.read_corpus(input_dir), input_dir)
    return params.validate(values, params.collect_parameters(notebook_paths()))


@contextmanager
def interrupts_raise() -> Iterator[None]:
    """Turn STOP_SIGNALS into `Interrupted`, so an interrupted run still records that it was."""

    def handler(signum: int, frame: object) -> None:
        raise Interrupted(signal.Signals(signum).name)

    previous = {number: signal.signal(number, handler) for number in STOP_SIGNALS}
    try:
        yield
    finally:
        for number, action in previous.items():
            signal.signal(number, action)


def end_leftover_kernels() -> None:
    """Kill the process group of every kernel this runner started that is still alive.

    An interrupt can cut a kernel's start or shutdown short, leaving it to run on (and
    write) after the run has recorded its end. A kernel leads a session of its own, and
    its worker processes are in its group, so they end with it.
    """
    import psutil

    for child in psutil.Process().children():
        try:
            if "ipykernel_launcher" in child.cmdline() and os.getpgid(child.pid) == child.pid:
                os.killpg(child.pid, signal.SIGKILL)
        except (psutil.Error, OSError):
            continue


def notebook_parameters(
    source: Path, input_dir: Path, run_dir: Path, values: Mapping[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """What a notebook is given (the values it declares, and the folders), and all its
    parameters' values in this run (defaults included), which a fault's advice quotes."""
    declared = params.read_parameters(source)
    names = {p.name for p in declared}
    given = {k: v for k, v in values.items() if k in names}
    given |= {"input_dir": str(input_dir), "run_dir": str(run_dir)}
    if "show_progress" in names:
        given.setdefault("show_progress", False)
    return given, {p.name: p.default for p in declared} | given


def _run_notebook(
    source: Path,
    record: RunRecord,
    values: Mapping[str, Any],
    progress: bool,
    kernel: AsyncKernelManager | None = None,
) -> None:
    """Execute one notebook into the run folder, recording its status (and the failure);
    in `kernel` when one was started for it, else in a new one."""
    import papermill

    run_dir = record.run_dir
    given, settings = notebook_parameters(source, record.input_dir, run_dir, values)
    target = run_dir / "notebooks" / source.name
    started = time.monotonic()
    entry: dict[str, Any] = {"notebook": source.name, "status": "running", "seconds": 0}
    record.notebooks.append(entry)
    write_record(record)
    try:
        papermill.execute_notebook(
            str(source),
            str(target),
            parameters=given,
            cwd=str(paths.NOTEBOOKS_DIR),
            kernel_name="python3",
            progress_bar=progress,
            log_output=False,
            config=KERNEL_CONFIG,
            km=kernel,
        )
        entry["status"] = "ok"
    except Exception as error:
        end_leftover_kernels()
        entry["status"] = record.status = "failed"
        cache_dir = paths.cache_file(str(values.get("cache_dir", ""))).parent
        record.failure = faults.notebook_failure(
            error, source.name, target, settings, run_dir, cache_dir
        )
        runlog.LOGGER.error(
            "%s failed: %s\n%s",
            source.name,
            record.failure["message"],
            faults.traceback_text(error),
        )
    finally:
        entry["seconds"] = round(time.monotonic() - started, 2)
        runlog.LOGGER.info("%s: %s in %.1f s", source.name, entry["status"], entry["seconds"])


def _run_notebooks(
    record: RunRecord, values: Mapping[str, Any], log: Callable[[str], None], progress: bool
) -> None:
    """Execute the notebooks in order until one fails; each after the first runs in the
    kernel started for it while the one before ran (`kernels`), ended once it is done."""
    sources = notebook_paths()
    with ExitStack() as unended:
        ahead: dict[Path, tuple[AsyncKernelManager, ExitStack] | None] = {}
        for source, following in zip(sources, [*sources[1:], None], strict=True):
            if following is not None:
                ahead[following] = kernels.start_ahead(following, KERNEL_CONFIG, unended)
            kernel, stack = ahead.get(source) or (None, ExitStack())
            _run_notebook(source, record, values, progress, kernel)
            stack.close()
            entry = record.notebooks[-1]
            log(f"{source.name}: {entry['status']} in {entry['seconds']:.1f} s")
            if record.status == "failed":
                return
            write_record(record)
    record.status = "ok"


def _record_fault(record: RunRecord, error: OSError) -> None:
    """Note a fault of the runner's own writes; it fails a run that had not failed."""
    fault = faults.from_os_error(error, record.run_dir, record.run_dir)
    runlog.LOGGER.error("%s\n%s", fault.message, faults.traceback_text(error))
    if record.status in ("ok", "running"):
        record.status = "failed"
        if record.notebooks and record.notebooks[-1]["status"] == "running":
            record.notebooks[-1]["status"] = "failed"
        record.failure = {"notebook": "", "error": str(error), "kind": fault.kind}
        record.failure["message"] = fault.message
    record.unrecorded = fault.message


def _record_report_error(record: RunRecord, error: Exception) -> None:
    """Note a fault in writing the report (HTML, table pages) after the notebooks ran; it
    fails the run, names the error and leaves its traceback in run.log."""
    said = f"{type(error).__name__}: {error}"
    runlog.LOGGER.error(
        "the report could not be written: %s\n%s", said, faults.traceback_text(error)
    )
    if record.status in ("ok", "running"):
        record.status = "failed"
        message = f"the report could not be written: {said}"
        record.failure = {"notebook": "", "error": said, "kind": "report", "message": message}


def _record_interrupt(record: RunRecord, error: KeyboardInterrupt) -> None:
    """Note a stop signal (Ctrl-C, `kill`, a closed terminal), after ending the kernels."""
    end_leftover_kernels()
    record.status = "interrupted"
    if record.notebooks:
        record.notebooks[-1]["status"] = "interrupted"
    message = f"interrupted by {str(error) or 'SIGINT'}"
    record.failure = {"notebook": current_notebook(record), "error": message}
    record.failure["message"] = message
    runlog.LOGGER.warning(message)


def _finish(record: RunRecord, warn: Callable[[str], None]) -> None:
    """Record how the run ended: its warnings, the notebooks' HTML, `index.html` and
    `run.json`, each as far as the disk allows."""
    run_dir = record.run_dir
    record.finished = run_record.now()
    try:
        record.warnings = collected_warnings(run_dir)
    except (OSError, ValueError) as error:
        runlog.LOGGER.error("tables/warnings.csv cannot be read: %s", error)
    printed = run_record.warning_lines(record.warnings, PRINTED_WARNINGS)
    for line in printed:
        warn(line)
    if len(printed) < len(record.warnings):
        warn(f"warning: every warning, file by file: run.json or index.html in {run_dir}")
    for step in (
        lambda: page.export_notebooks(run_dir),
        lambda: run_record.release_space(run_dir),
        lambda: page.write_index(run_dir, record.as_json()),
        lambda: write_record(record),
    ):
        try:
            step()
            record.unrecorded = ""
        except OSError as error:
            _record_fault(record, error)
        except Exception as error:  # the notebooks' work is done: keep run.json truthful
            _record_report_error(record, error)


def execute(
    input_dir: Path,
    run_dir: Path,
    values: Mapping[str, Any],
    log: Callable[[str], None] = print,
    warn: Callable[[str], None] = print,
    progress: bool = False,
    previous_run: str = "",
) -> RunRecord:
    """Run the notebooks into `run_dir` and write the report; returns the run's record.

    `values` must already be validated (see `preflight`). Each notebook receives the input
    folder, the run folder and the parameters it declares. Progress is shown here, one bar
    over each notebook's cells when `progress` is set; the notebooks' own bars would only end
    up in the report, so they are off unless `show_progress` is given explicitly. Call it
    holding the folder's lock (`runlock.hold`) and with `runlog.logging_to` the folder.

    Raises OSError only when the run folder cannot be written at the start, before any
    notebook runs; every later fault is recorded in the returned record.
    """
    record = RunRecord(run_dir, input_dir, dict(values), previous_run=previous_run)
    remove_stale_temporaries(run_dir)
    try:
        run_record.reserve_space(run_dir)
        (run_dir / "notebooks").mkdir(parents=True, exist_ok=True)
        write_record(record)
        page.write_index(run_dir, record.as_json())
    except OSError:
        run_record.release_space(run_dir)
        raise
    runlog.LOGGER.info("run started: input %s, parameters %s", input_dir, dict(values))
    try:
        with interrupts_raise():
            _run_notebooks(record, values, log, progress)
    except KeyboardInterrupt as error:
        _record_interrupt(record, error)
    except OSError as error:
        _record_fault(record, error)
    finally:
        _finish(record, warn)
    if record.status == "ok":
        try:
            point_latest(run_dir)
        except OSError as error:
            latest = paths.REPORTS_DIR / "latest"
            fault = faults.from_os_error(error, latest)
            warn(f"warning: the run succeeded but {latest} was not moved to it: {fault.message}")
    runlog.LOGGER.info("run ended: %s", record.status)
    return record


def current_notebook(record: RunRecord) -> str:
    return record.notebooks[-1]["notebook"] if record.notebooks else ""
