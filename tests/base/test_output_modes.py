"""Files of a run folder get the mode the user's umask gives, not the temporary file's 0600."""

from __future__ import annotations

import stat
import subprocess
import sys
from pathlib import Path

WRITE = (
    "import os, sys; from pathlib import Path; os.umask(int(sys.argv[2], 8)); "
    "from helpers.base import outputs; "
    "outputs.atomic_write_text(Path(sys.argv[1]) / 'run' / 'tables' / 'a.csv', 'x\\n')"
)


def _modes(tmp_path: Path, umask: str) -> tuple[int, int]:
    subprocess.run([sys.executable, "-c", WRITE, str(tmp_path), umask], check=True)
    written = tmp_path / "run" / "tables" / "a.csv"
    return stat.S_IMODE(written.stat().st_mode), stat.S_IMODE(written.parent.stat().st_mode)


def test_files_are_0644_and_folders_0755_under_the_usual_umask(tmp_path):
    assert _modes(tmp_path, "022") == (0o644, 0o755)


def test_a_stricter_umask_is_kept(tmp_path):
    assert _modes(tmp_path, "077") == (0o600, 0o700)


def test_the_write_leaves_no_temporary_file(tmp_path):
    _modes(tmp_path, "022")
    assert [p.name for p in (tmp_path / "run" / "tables").iterdir()] == ["a.csv"]
