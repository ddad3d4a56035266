"""Writing a run's files: never half-written, and a failed write names the file, not a temporary."""

from __future__ import annotations

import errno
import os

import pytest

from helpers import outputs


def test_a_full_disk_names_the_file_and_the_bytes_and_leaves_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "tables" / "lines.csv"
    outputs.atomic_write_text(target, "old,table\n")

    class FullDisk:
        def __init__(self, handle, mode):
            os.close(handle)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fdopen", FullDisk)
    with pytest.raises(OSError) as raised:
        outputs.atomic_write_text(target, "x" * 1234)
    assert raised.value.errno == errno.ENOSPC
    assert raised.value.filename == str(target)
    assert raised.value.strerror == "No space left on device (writing 1,234 bytes)"
    assert target.read_text() == "old,table\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["lines.csv"]


def test_a_read_only_folder_names_the_file_not_its_temporary(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system", str(tmp_path / ".x.csv.abc.tmp"))

    monkeypatch.setattr(outputs.tempfile, "mkstemp", refuse)
    with pytest.raises(OSError) as raised:
        outputs.atomic_write_text(tmp_path / "x.csv", "a\n")
    assert (raised.value.errno, raised.value.filename) == (errno.EROFS, str(tmp_path / "x.csv"))
