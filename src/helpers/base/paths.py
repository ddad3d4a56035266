"""Where the workbook's own files live, found from the package, never from the working directory.

The notebooks run under JupyterLab (wherever the user opened it), nbval (in `notebooks/`)
and papermill (wherever it was launched); all of them resolve paths through here.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[3]
DATA_DIR = PROJECT_ROOT / "data"
SEEDS_DIR = PROJECT_ROOT / "seeds"
NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
# Scheduled runs may keep their reports elsewhere (a larger disk, a shared folder).
REPORTS_DIR = Path(os.environ.get("WORKBOOK_REPORTS_DIR") or PROJECT_ROOT / "reports")
INTERACTIVE_RUN_DIR = REPORTS_DIR / "interactive"
CACHE_DIR = PROJECT_ROOT / ".cache"
# Trained frame models live outside the repository: the default one is derived from data
# whose terms forbid redistribution (data/frames/semeval2023.yml), so it is never committed.
MODELS_DIR = Path(
    os.environ.get("WORKBOOK_MODELS_DIR")
    or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    / "outlet-framing-workbook"
    / "models"
)


def input_dir(value: str) -> Path:
    """The article folder a notebook parameter names; empty means the bundled `seeds/`."""
    return Path(value).expanduser().resolve() if value else SEEDS_DIR


def run_dir(value: str) -> Path:
    """The run folder a notebook parameter names; empty means `reports/interactive/`."""
    return Path(value).expanduser().resolve() if value else INTERACTIVE_RUN_DIR


def data_file(value: str) -> Path:
    """A researcher-editable data file: a path as given, or a name relative to `data/`."""
    path = Path(value).expanduser()
    return path if path.is_absolute() else DATA_DIR / path


def cache_file(value: str) -> Path:
    """The parse cache in the folder a notebook parameter names; empty means `.cache/`."""
    folder = Path(value).expanduser().resolve() if value else CACHE_DIR
    return folder / "parses.sqlite"


def model_dir(value: str) -> Path:
    """A frame model's folder: a path as given, or a model name inside `MODELS_DIR`."""
    path = Path(value).expanduser()
    return path if path.is_absolute() or len(path.parts) > 1 else MODELS_DIR / value


def table_path(run: Path, name: str) -> Path:
    """Where a run's table is written and read: `tables/<name>.csv` (the folder is made by
    the write, so that reading a table never makes one)."""
    return run / "tables" / f"{name}.csv"


def figures_dir(run: Path) -> Path:
    """The run's `figures/` folder, created on first use."""
    path = run / "figures"
    path.mkdir(parents=True, exist_ok=True)
    return path
