"""What went wrong in a run, said in one line that names the cause, the place and what to do.

The terminal gets that line; the traceback goes to `run.log` in the run folder. An error
raised inside a notebook reaches the runner only as a name and a message (papermill's
`PapermillExecutionError`), so an operating-system error is recognised from its
`[Errno N] ...: 'path'` text as well as from an `OSError` object.
"""

from __future__ import annotations

import ast
import errno
import json
import re
import shutil
import traceback
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# The parameters that lower a notebook's memory: paragraphs held at once per worker, and
# worker processes (each holds its own spaCy model).
MEMORY_PARAMETERS = ("batch_size", "n_jobs")
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
# `[Errno 28] No space left on device: '/x'`, and a rename's `: '/x' -> '/y'`.
_ERRNO_TEXT = re.compile(
    r"^\[Errno (\d+)\] (.*?)(?:: ((['\"]).*?(?<!\\)\4)(?: -> .*)?)?$", re.DOTALL
)
NO_SPACE = (errno.ENOSPC, errno.EDQUOT)


@dataclass(frozen=True)
class Fault:
    """A run's fault: its kind, and the one line that tells a researcher what to do."""

    kind: str
    message: str


def size_text(count: int) -> str:
    """A byte count as people read it: `812 bytes`, `3.4 KB`, `1.2 MB`, `2.0 GB`."""
    if count < 1000:
        return f"{count} bytes"
    for unit in ("KB", "MB", "GB", "TB"):
        count /= 1000
        if count < 1000 or unit == "TB":
            return f"{count:.1f} {unit}"
    raise AssertionError("unreachable")


def free_space(path: Path) -> int | None:
    """Free bytes on the disk holding `path` (or its nearest existing folder), if known."""
    for folder in (path, *path.parents):
        if folder.exists():
            try:
                return shutil.disk_usage(folder).free
            except OSError:
                return None
    return None


def _advice(path: Path, run_dir: Path | None, cache_dir: Path | None) -> str:
    """Where the fix is: the run folder is chosen with --output, the cache with cache_dir."""
    if cache_dir is not None and path.is_relative_to(cache_dir):
        return "or set cache_dir to a folder on another disk"
    if run_dir is not None and path.is_relative_to(run_dir):
        return "or choose an --output folder on another disk"
    return "or move the file to another disk"


def os_fault(
    code: int,
    reason: str,
    path: Path,
    run_dir: Path | None = None,
    cache_dir: Path | None = None,
) -> Fault:
    """The one line for an operating-system error `code` met while writing `path`."""
    where = _advice(path, run_dir, cache_dir)
    if code in NO_SPACE:
        needed = re.search(r"writing ([\d,]+) bytes", reason)
        free = free_space(path)
        sizes = [
            f"{size_text(int(needed.group(1).replace(',', '')))} to write" if needed else "",
            f"{size_text(free)} free there" if free is not None else "",
        ]
        known = ", ".join(s for s in sizes if s)
        return Fault(
            "no-space",
            f"no space left on the device writing {path}{f' ({known})' if known else ''}; "
            f"free some space {where}",
        )
    if code == errno.EROFS:
        return Fault(
            "read-only", f"{path} is on a read-only file system; {where.removeprefix('or ')}"
        )
    if code in (errno.EACCES, errno.EPERM):
        return Fault(
            "permission",
            f"permission denied writing {path}; make its folder writable for this user {where}",
        )
    return Fault("os-error", f"cannot write {path}: {reason}")


def from_os_error(
    error: OSError, fallback: Path, run_dir: Path | None = None, cache_dir: Path | None = None
) -> Fault:
    """`os_fault` of an `OSError`; `fallback` is the path being written when it names none."""
    path = Path(error.filename) if error.filename else fallback
    return os_fault(error.errno or 0, error.strerror or str(error), path, run_dir, cache_dir)


def parse_errno_text(evalue: str) -> tuple[int, str, Path | None] | None:
    """`(errno, reason, path)` from an OSError's text `[Errno 28] No space...: '/x'`."""
    found = _ERRNO_TEXT.match(evalue.strip())
    if not found:
        return None
    path = None
    if found.group(3):
        try:
            path = str(ast.literal_eval(found.group(3)))
        except (ValueError, SyntaxError):
            path = found.group(3)[1:-1]
    return int(found.group(1)), found.group(2), Path(path) if path else None


def memory_advice(settings: Mapping[str, Any]) -> str:
    """What lowers memory, from the memory parameters a notebook declares and their values."""
    levers = [
        f"{name} (now {value}{', one per core' if name == 'n_jobs' and value == 0 else ''})"
        for name, value in settings.items()
        if name in MEMORY_PARAMETERS
    ]
    if not levers:
        return "free memory on this machine (close other programs) or run on a larger one"
    advice = f"lower {' or '.join(levers)}"
    if "engine" in settings:
        advice += ", or set engine=dask with a dask_scheduler on larger machines"
    return advice


def kernel_died(settings: Mapping[str, Any]) -> Fault:
    """The one line for a kernel that died mid-cell.

    `settings` maps the parameters the notebook declares to their values in this run.
    """
    return Fault(
        "kernel-died",
        f"the notebook's kernel died, most likely out of memory; {memory_advice(settings)}",
    )


def from_cell_error(
    ename: str,
    evalue: str,
    settings: Mapping[str, Any],
    run_dir: Path | None = None,
    cache_dir: Path | None = None,
) -> Fault:
    """The one line for an error a notebook cell raised (`ename: evalue`)."""
    parsed = parse_errno_text(evalue)
    if parsed is not None and parsed[2] is not None:
        code, reason, path = parsed
        fault = os_fault(code, reason, path, run_dir, cache_dir)
        if fault.kind != "os-error":
            return fault
    if ename == "MemoryError":
        return Fault("memory", f"out of memory (MemoryError); {memory_advice(settings)}")
    first = evalue.strip().splitlines()[0] if evalue.strip() else ""
    return Fault("cell-error", f"{ename}: {first}" if first else ename)


def failed_cell(executed: Path) -> int | None:
    """Number (from 1) of the last cell that started, read from the notebook papermill saved
    as it went: the cell a kernel was running when it died."""
    try:
        cells = json.loads(executed.read_text(encoding="utf-8"))["cells"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    started = [
        number
        for number, cell in enumerate(cells, start=1)
        if cell.get("metadata", {}).get("papermill", {}).get("start_time")
    ]
    return started[-1] if started else None


def notebook_failure(
    error: Exception,
    notebook: str,
    executed: Path,
    settings: Mapping[str, Any],
    run_dir: Path,
    cache_dir: Path | None = None,
) -> dict[str, Any]:
    """`run.json`'s `failure` for a notebook that did not complete: where, the error as
    raised (`error`), its kind and the one line for people (`message`).

    `executed` is the notebook papermill was writing; `settings` maps the notebook's
    parameters to their values in this run.
    """
    from nbclient.exceptions import DeadKernelError
    from papermill import PapermillExecutionError

    if isinstance(error, PapermillExecutionError):
        fault = from_cell_error(error.ename, error.evalue, settings, run_dir, cache_dir)
        return {
            "notebook": notebook,
            "cell": error.cell_index + 1,
            "execution_count": error.exec_count,
            "error": f"{error.ename}: {error.evalue}",
            "kind": fault.kind,
            "message": fault.message,
        }
    raised = f"{type(error).__name__}: {error}"
    if isinstance(error, DeadKernelError):
        fault = kernel_died(settings)
    elif isinstance(error, OSError):
        fault = from_os_error(error, executed, run_dir, cache_dir)
    else:
        fault = Fault("error", raised.splitlines()[0])
    return {
        "notebook": notebook,
        "cell": failed_cell(executed),
        "error": raised,
        "kind": fault.kind,
        "message": fault.message,
    }


def traceback_text(error: BaseException) -> str:
    """The whole traceback, for `run.log`: the notebook's own for an error in a cell."""
    cell_traceback = getattr(error, "traceback", None)
    if isinstance(cell_traceback, list):
        return plain("\n".join(str(line) for line in cell_traceback))
    return "".join(traceback.format_exception(error))


def plain(text: str) -> str:
    """Text without terminal colour codes (IPython colours its tracebacks)."""
    return _ANSI.sub("", text)
