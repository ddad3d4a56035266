"""The reports folder: where a run folder goes, `reports/latest`, old runs pruned, and the
half-written files a killed run left in its folder."""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

from helpers.base import paths
from helpers.pipeline.run_record import RECORD_NAME


def default_run_dir() -> Path:
    """`reports/<UTC timestamp>/`: sortable, and unique to the second."""
    return paths.REPORTS_DIR / datetime.now(UTC).strftime("%Y-%m-%dT%H-%M-%SZ")


def remove_stale_temporaries(run_dir: Path) -> None:
    """Delete the half-written `.NAME.*.tmp` files (see `outputs`) a killed run left behind;
    called with the folder's lock held, so none of them is being written."""
    for folder in (run_dir, *(run_dir / name for name in ("tables", "figures", "notebooks"))):
        for path in folder.glob(".*.tmp"):
            path.unlink(missing_ok=True)


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
                if p.is_dir() and not p.is_symlink() and (p / RECORD_NAME).exists()
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
