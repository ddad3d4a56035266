"""Fixtures the runner's tests share."""

from __future__ import annotations

import pytest

from helpers.base import paths


@pytest.fixture()
def reports(tmp_path, monkeypatch):
    """A private reports/ folder, so tests never touch the user's runs."""
    folder = tmp_path / "reports"
    monkeypatch.setattr(paths, "REPORTS_DIR", folder)
    return folder
