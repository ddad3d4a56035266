"""Imports flow one way: pipeline, report, the three stages (never each other), base.

The contract is in pyproject.toml (`[tool.importlinter]`); `make lint` runs the same check.
"""

from __future__ import annotations

from importlinter import cli

from helpers.base import paths


def test_imports_flow_one_way(capsys):
    code = cli.lint_imports(
        config_filename=str(paths.PROJECT_ROOT / "pyproject.toml"), no_cache=True
    )
    assert code == 0, capsys.readouterr().out
