"""Kernels started one notebook ahead, so that starting them overlaps the notebook before.

Starting a kernel and importing what a notebook needs (pandas, spaCy, matplotlib,
scikit-learn) takes one to three seconds per notebook, in which a run otherwise does
nothing else; a notebook runs on one core, so the other is free. While notebook N runs, the
runner starts notebook N+1's kernel and runs that notebook's first code cell there silently
when the cell holds only imports. The notebook then executes in that kernel from its first
cell as usual: its imports are done again (at no cost) and nothing else was run, so its
results are those of a fresh kernel. One difference: a warning raised while a module is
first imported is printed during that silent run, not under the notebook's first cell
(Python shows such a warning once per process); the modules imported today raise none.
"""

from __future__ import annotations

import ast
import asyncio
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import nbformat
from jupyter_client import AsyncKernelManager
from traitlets.config import Config

from helpers.pipeline import runlog

# As nbclient starts its kernels: no IPython history database written for a run.
KERNEL_ARGUMENTS = ["--HistoryManager.hist_file=:memory:"]


def import_cell(notebook: Path) -> str:
    """The notebook's first code cell when it holds only import statements, else ''."""
    for cell in nbformat.read(notebook, as_version=4).cells:
        if cell.cell_type != "code":
            continue
        try:
            statements = ast.parse(cell.source).body
        except SyntaxError:
            return ""
        imports_only = all(isinstance(s, ast.Import | ast.ImportFrom) for s in statements)
        return cell.source if statements and imports_only else ""
    return ""


class _AheadManager(AsyncKernelManager):
    """A kernel manager that keeps the clients made for it: nbclient leaves the client it
    made open when the kernel manager is not its own, and each open client holds sockets
    and a thread (27 file descriptors per run, which a long-lived process ran out of)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.made: list[Any] = []

    def client(self, **kwargs: Any) -> Any:
        made = super().client(**kwargs)
        self.made.append(made)
        return made


@contextmanager
def started_ahead(notebook: Path, config: Config) -> Iterator[AsyncKernelManager]:
    """A kernel for `notebook`, started now in the notebooks' folder with its import cell
    sent to run; yields its manager (papermill's `km`) and kills the kernel, with its
    process group, on leaving, however the run ends."""
    manager = _AheadManager(kernel_name="python3", config=config)
    # Each on an event loop of its own: on the loop papermill shares, ending this kernel
    # after an interrupt would resume the interrupted notebook's pending cell, which then
    # fails noisily at exit ("Task exception was never retrieved").
    asyncio.run(manager.start_kernel(cwd=str(notebook.parent), extra_arguments=KERNEL_ARGUMENTS))
    try:
        client = manager.blocking_client()
        client.start_channels()
        try:
            imports = import_cell(notebook)
            if imports:
                # Queued until the kernel listens; the client stays open so it is not dropped.
                client.execute(imports, silent=True, store_history=False)
            yield manager
        finally:
            client.stop_channels()
    finally:
        for made in manager.made:
            made.stop_channels()
        asyncio.run(manager.shutdown_kernel(now=True))


def start_ahead(
    notebook: Path, config: Config, unended: ExitStack
) -> tuple[AsyncKernelManager, ExitStack] | None:
    """`notebook`'s kernel started now (`started_ahead`), ended by the returned stack, or
    by `unended` when the run stops first; None when it cannot be started: the notebook
    then starts its own kernel when its turn comes, and a fault there is recorded as any
    notebook's is."""
    stack = unended.enter_context(ExitStack())
    try:
        return stack.enter_context(started_ahead(notebook, config)), stack
    except Exception as error:  # a speed-up only: the notebook's own start says what is wrong
        runlog.LOGGER.warning("%s's kernel was not started ahead: %s", notebook.name, error)
        return None
