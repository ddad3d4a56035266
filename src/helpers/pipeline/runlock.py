"""The lock on a run folder: one writer at a time, and a note of who holds it.

`.run.lock` in the run folder is held with `flock` for the whole run and names the process
that holds it: its id, host and start time. The operating system releases a `flock` when
its process ends, however it ends (a kill, the out-of-memory killer, a power cut), so a
lock that can be taken while `run.json` still says `running` marks a run whose process is
gone. The lock file is removed by the run that held it; one left behind is a dead run's.
"""

from __future__ import annotations

import fcntl
import json
import os
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

LOCK_NAME = ".run.lock"
# A probe by `workbook status` holds the lock for a moment: a starting run retries this long.
RETRY_SECONDS = 2.0


class RunLockedError(RuntimeError):
    """Another run is writing into the same output folder."""


@dataclass(frozen=True)
class Holder:
    """The process that holds (or held) a run folder's lock."""

    pid: int
    host: str
    started: str

    def __str__(self) -> str:
        return f"pid {self.pid} on {self.host}, started {self.started}"


def this_process() -> Holder:
    return Holder(
        os.getpid(), socket.gethostname(), datetime.now(UTC).isoformat(timespec="seconds")
    )


def read_holder(run_dir: Path) -> Holder | None:
    """Who the lock file names, or None when there is none or it cannot be read."""
    try:
        fields = json.loads((run_dir / LOCK_NAME).read_text(encoding="utf-8"))
        return Holder(int(fields["pid"]), str(fields["host"]), str(fields["started"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _try_lock(path: Path, writable: bool = True) -> int | None:
    """An open descriptor of `path` holding its exclusive lock, or None if another holds it.

    The path is checked to still name the locked file: a run that ends removes the lock
    file, and a lock on a removed file would exclude nobody. With `writable` False an
    existing file is locked through a read-only descriptor (a folder on a read-only disk).
    """
    flags = os.O_RDWR | os.O_CREAT if writable else os.O_RDONLY
    descriptor = os.open(path, flags, 0o644)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(descriptor)
        return None
    try:
        same = os.path.samestat(os.fstat(descriptor), os.stat(path))
    except FileNotFoundError:
        same = False
    if not same:
        os.close(descriptor)
        return _try_lock(path, writable)
    return descriptor


def _acquire(path: Path, retry: float) -> int:
    deadline = time.monotonic() + retry
    while (descriptor := _try_lock(path)) is None:
        if time.monotonic() >= deadline:
            holder = read_holder(path.parent)
            by = f" ({holder})" if holder else ""
            raise RunLockedError(
                f"another run{by} is writing into {path.parent}; wait for it to finish, "
                "or choose another --output folder"
            )
        time.sleep(0.1)
    return descriptor


@contextmanager
def hold(run_dir: Path, retry: float = RETRY_SECONDS) -> Iterator[Holder | None]:
    """Hold the run folder's lock, writing this process into it; yields the holder a dead
    run left in the lock file (None after a clean end).

    Raises RunLockedError when another live process holds it, OSError when the folder
    cannot be created or written.
    """
    run_dir.mkdir(parents=True, exist_ok=True)
    path = run_dir / LOCK_NAME
    descriptor = _acquire(path, retry)
    try:
        previous = read_holder(run_dir)
        note = json.dumps(asdict(this_process())).encode()
        os.ftruncate(descriptor, 0)
        os.pwrite(descriptor, note, 0)
        yield previous
    finally:
        # Removed while still held, so a run waiting on this file retries on a fresh one.
        path.unlink(missing_ok=True)
        fcntl.flock(descriptor, fcntl.LOCK_UN)
        os.close(descriptor)


@contextmanager
def probe(run_dir: Path) -> Iterator[bool]:
    """Whether no live process holds the run folder's lock. While free, this process holds
    it for the body of the `with` (to correct a dead run's record), then removes the lock
    file: whatever a dead run left in it is stale."""
    path = run_dir / LOCK_NAME
    try:
        descriptor = _try_lock(path)
    except OSError:
        # A folder this user cannot write: lock the file if there is one, to ask.
        if not path.exists():
            yield True
            return
        descriptor = _try_lock(path, writable=False)
    if descriptor is None:
        yield False
        return
    try:
        yield True
    finally:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass  # left for a run that can write here; it is stale either way
        fcntl.flock(descriptor, fcntl.LOCK_UN)
        os.close(descriptor)
