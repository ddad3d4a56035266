"""Re-execute the notebooks on the seeds and store the outputs that nbval compares.

Run by `make refresh-notebooks` after an intended change in results. Only cells marked
`# NBVAL_CHECK_OUTPUT` keep their outputs: nbval in lax mode compares just those, and
stripping the rest (charts, progress bars) keeps the committed notebooks small and their
diffs readable.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from helpers.base import paths
from helpers.pipeline.run import KERNEL_CONFIG

CHECK_MARK = "NBVAL_CHECK_OUTPUT"


def keep_checked_outputs(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Clear outputs and execution counts of every code cell not marked for comparison.

    nbval skips a marked cell whose execution count is empty, so those keep theirs. Timing
    metadata is dropped so that a refresh with unchanged results leaves no diff.
    """
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)
        if cell.cell_type == "code" and CHECK_MARK not in cell.source:
            cell.execution_count = None
            cell.outputs = []
    return notebook


def refresh(notebook_dir: Path) -> list[Path]:
    """Execute each notebook of the folder in name order, in place, with its default parameters."""
    refreshed = []
    for path in sorted(notebook_dir.glob("[0-9][0-9]_*.ipynb")):
        notebook = nbformat.read(path, as_version=4)
        NotebookClient(
            notebook,
            timeout=1800,
            kernel_name="python3",
            resources={"metadata": {"path": str(notebook_dir)}},
            config=KERNEL_CONFIG,
        ).execute()
        nbformat.write(keep_checked_outputs(notebook), path)
        refreshed.append(path)
        print(f"refreshed {path.name}")
    return refreshed


if __name__ == "__main__":
    refresh(Path(sys.argv[1]) if len(sys.argv) > 1 else paths.NOTEBOOKS_DIR)
