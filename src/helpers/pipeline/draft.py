"""`workbook codebook draft`: event frames drafted from a folder of articles, as a codebook.

Drafting reads the sentences and mentions tables, so the corpus must be cleaned and parsed
first. The first two notebooks are run into a temporary run folder, as `workbook run` runs
them (the same parameters, the same parse cache, so a corpus already parsed is not parsed
again), rather than their steps being called from here: the notebooks are the one place
that says in which order the stages' functions run and what crosses articles (duplicate
articles, shared passages, one identity per person), and a second copy of that order
would drift from the first.
"""

from __future__ import annotations

import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from helpers.base import outputs, paths
from helpers.framing import draft_event_frames, draft_yaml
from helpers.pipeline import run

PREPARING = run.NOTEBOOKS[:2]  # cleaning and entities: they write the tables drafting reads


class NotebookFailed(RuntimeError):
    """A notebook failed while the tables were being made; the message says which and why."""


def prepare_tables(input_dir: Path, run_dir: Path, values: Mapping[str, Any]) -> None:
    """Run the cleaning and entities notebooks on `input_dir`, writing tables into `run_dir`."""
    import papermill

    for name in PREPARING:
        source = paths.NOTEBOOKS_DIR / name
        given, _ = run.notebook_parameters(source, input_dir, run_dir, values)
        try:
            papermill.execute_notebook(
                str(source),
                str(run_dir / "notebooks" / name),
                parameters=given,
                cwd=str(paths.NOTEBOOKS_DIR),
                kernel_name="python3",
                progress_bar=False,
                log_output=False,
                config=run.KERNEL_CONFIG,
            )
        except papermill.PapermillExecutionError as error:
            raise NotebookFailed(f"{name} failed: {error.ename}: {error.evalue}") from None


def draft_codebook(input_dir: Path, values: Mapping[str, Any], frames: int = 0) -> str:
    """The drafted event frames of the articles in `input_dir`, as codebook YAML."""
    with tempfile.TemporaryDirectory(prefix="workbook-draft-") as folder:
        run_dir = Path(folder)
        (run_dir / "notebooks").mkdir()
        prepare_tables(input_dir, run_dir, values)
        sentences = outputs.read_table(run_dir, "sentences")
        mentions = outputs.read_table(run_dir, "mentions")
    return draft_yaml(draft_event_frames(sentences, mentions, frames), str(input_dir))
