"""What a run folder says about its run, corrected when the run's process is gone.

`run.json` says `running` from a run's start until it records how it ended. A process that
is killed outright (SIGKILL, the out-of-memory killer, a power cut) records nothing, so
`workbook status` and the next run into the folder check the folder's lock (`runlock`): if
no live process holds it, `workbook status` records the run as `interrupted (process
gone)` in `run.json` and `index.html` alike, and the next run notes it before starting over.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from helpers.pipeline import runlock
from helpers.pipeline.run_record import RECORD_NAME, write_json
from helpers.report import page

PROCESS_GONE = page.PROCESS_GONE
# `workbook status` exit codes: as `workbook run`'s (0 ok, 1 failed or interrupted, 2 not a
# run folder), and 3 for a run still going.
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_RUNNING = 0, 1, 2, 3


def read_record(run_dir: Path) -> dict[str, Any] | None:
    """The folder's `run.json`, or None when there is none or it cannot be read."""
    try:
        record = json.loads((run_dir / RECORD_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return record if isinstance(record, dict) and "status" in record else None


def current_notebook(record: dict[str, Any]) -> str:
    """The notebook a record was last at ('' before the first)."""
    notebooks = record.get("notebooks") or []
    return str(notebooks[-1].get("notebook", "")) if notebooks else ""


def is_process_gone(record: dict[str, Any]) -> bool:
    return str((record.get("failure") or {}).get("error", "")).startswith(PROCESS_GONE)


def process_gone(record: dict[str, Any], holder: runlock.Holder | None) -> dict[str, Any]:
    """The record of a run whose process ended without recording it."""
    notebooks = [dict(n) for n in record.get("notebooks") or []]
    if notebooks and notebooks[-1].get("status") == "running":
        notebooks[-1]["status"] = "interrupted"
    process = record.get("process") or {}
    who = str(holder) if holder else f"pid {process.get('pid', '?')} on {process.get('host', '?')}"
    found = datetime.now(UTC).isoformat(timespec="seconds")
    message = f"{who}, was killed or crashed before it could record why (found {found})"
    return record | {
        "status": "interrupted",
        "notebooks": notebooks,
        "failure": {
            "notebook": current_notebook(record),
            "error": f"{PROCESS_GONE}: {message}",
            "message": message,
        },
    }


def describe(run_dir: Path, record: dict[str, Any]) -> tuple[str, int]:
    """One line about a run and the exit code that goes with it."""
    status = record.get("status")
    failure = record.get("failure") or {}
    where = failure.get("notebook") or current_notebook(record)
    cell = f", cell {failure['cell']}" if failure.get("cell") else ""
    place = f" in {where}{cell}" if where else ""
    if status == "ok":
        return f"{run_dir}: ok, finished {record.get('finished', '?')}", EXIT_OK
    if status == "running":
        holder = runlock.read_holder(run_dir)
        return f"{run_dir}: running{place}{f' ({holder})' if holder else ''}", EXIT_RUNNING
    cause = failure.get("message") or failure.get("error") or "no cause recorded"
    hint = "; run the same command again to start it over" if status == "interrupted" else ""
    return f"{run_dir}: {page.status_label(record)}{place}: {cause}{hint}", EXIT_FAILED


def status(run_dir: Path) -> tuple[str, int]:
    """`workbook status`: one line and an exit code; a `running` record whose process is
    gone is corrected first (in `run.json` and `index.html`)."""
    record = read_record(run_dir)
    if record is None:
        return f"{run_dir}: not a run folder (no readable run.json)", EXIT_USAGE
    if record["status"] != "running":
        return describe(run_dir, record)
    holder = runlock.read_holder(run_dir)
    with runlock.probe(run_dir) as free:
        if not free:
            return describe(run_dir, record)
        record = process_gone(record, holder)
        try:
            write_json(run_dir, record)
            page.write_index(run_dir, record)
        except OSError as error:
            line, code = describe(run_dir, record)
            return f"{line} (run.json could not be corrected: {error.strerror})", code
    return describe(run_dir, record)


def previous_run_note(run_dir: Path, holder: runlock.Holder | None) -> str:
    """The note a run makes when the run before it in the same folder died unrecorded; ''
    otherwise. Called with the folder's lock held, before the new record replaces the old."""
    record = read_record(run_dir)
    if record is None or not (record["status"] == "running" or is_process_gone(record)):
        return ""
    where = current_notebook(record)
    who = f" ({holder})" if holder else ""
    return (
        f"the previous run into {run_dir}{who} was interrupted ({PROCESS_GONE})"
        f"{' in ' + where if where else ''}; this run starts it over"
    )
