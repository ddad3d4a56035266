"""Kernels started one notebook ahead: what is run in them beforehand, and that they end."""

from __future__ import annotations

import os
import time

import nbformat
import psutil
import pytest
from jupyter_core.utils import run_sync

from helpers.pipeline import kernels
from helpers.pipeline.run import KERNEL_CONFIG


def notebook(folder, *sources: str, markdown_first: bool = True):
    """A notebook of the given code cells (after a markdown cell, as ours open)."""
    cells = [nbformat.v4.new_markdown_cell("# A title")] if markdown_first else []
    cells += [nbformat.v4.new_code_cell(source) for source in sources]
    path = folder / "notebook.ipynb"
    nbformat.write(nbformat.v4.new_notebook(cells=cells), path)
    return path


def test_the_import_cell_is_the_first_code_cell_when_it_only_imports(tmp_path):
    imports = "import os\nfrom pathlib import Path  # paths\n"
    assert kernels.import_cell(notebook(tmp_path, imports, "x = 1")) == imports


@pytest.mark.parametrize(
    "first",
    [
        "import os\nprint(os.getcwd())",  # does something besides importing
        "x = 1",
        "import os\nif True",  # not Python
        "",
    ],
)
def test_a_first_cell_that_does_more_than_import_is_not_run_ahead(tmp_path, first):
    assert kernels.import_cell(notebook(tmp_path, first, "import sys")) == ""


def printed_by(client, code: str) -> str:
    """What `code` prints in the kernel of `client`."""
    printed: list[str] = []
    reply = client.execute_interactive(
        code,
        output_hook=lambda message: printed.append(message["content"].get("text", "")),
        timeout=60,
    )
    assert reply["content"]["status"] == "ok"
    return "".join(printed)


def test_a_kernel_started_ahead_has_run_the_imports_in_the_notebooks_folder_and_ends(tmp_path):
    # colorsys: a standard module that neither Python nor IPython imports at start
    path = notebook(tmp_path, "import colorsys", "print(1)")
    probe = "import os, sys\nprint('colorsys' in sys.modules, os.getcwd())"
    with kernels.started_ahead(path, KERNEL_CONFIG) as manager:
        client = manager.blocking_client()
        client.start_channels()
        # Until the kernel answers, its output could go out before this client listens.
        client.wait_for_ready(timeout=60)
        try:
            # Two clients' first requests may reach a starting kernel in either order.
            deadline = time.monotonic() + 30
            while (seen := printed_by(client, probe)).startswith("False"):
                assert time.monotonic() < deadline, "the import cell never ran"
                time.sleep(0.1)
        finally:
            client.stop_channels()
        pid = manager.provisioner.process.pid
        assert psutil.pid_exists(pid)
    assert seen == f"True {os.path.realpath(tmp_path)}\n"
    assert not run_sync(manager.is_alive)()
    assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE


def test_a_kernel_started_for_a_notebook_without_an_import_cell_runs_nothing(tmp_path):
    path = notebook(tmp_path, "import colorsys\nx = 1")
    with kernels.started_ahead(path, KERNEL_CONFIG) as manager:
        client = manager.blocking_client()
        client.start_channels()
        # Until the kernel answers, its output could go out before this client listens.
        client.wait_for_ready(timeout=60)
        try:
            time.sleep(2)  # time enough for a request sent at start to have run
            seen = printed_by(client, "import sys\nprint('colorsys' in sys.modules)")
        finally:
            client.stop_channels()
    assert seen == "False\n"


def test_the_clients_made_for_a_kernel_started_ahead_are_closed_with_it(tmp_path):
    # nbclient makes its client with `manager.client()` and, not owning the manager, leaves
    # it open: each left open held a thread and 27 file descriptors of a long-lived process.
    with kernels.started_ahead(notebook(tmp_path, "import colorsys"), KERNEL_CONFIG) as manager:
        client = manager.client()
        client.start_channels()
        # The channels' threads make their sockets after start_channels returns: wait until
        # the kernel answers, so they are up before they are closed (once in five suites a
        # heartbeat thread failed making its socket, "Too many open files", as a warning).
        run_sync(client.wait_for_ready)(timeout=60)
        assert client.channels_running
    assert not client.channels_running
