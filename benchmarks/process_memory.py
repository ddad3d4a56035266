"""Peak memory of every process of a command, to see which one grows with the corpus.

    .venv/bin/python benchmarks/process_memory.py -- .venv/bin/workbook run --quiet --input DIR

Runs the command and, every 0.2 s, reads the high-water mark of resident memory (`VmHWM` in
/proc/PID/status, Linux only) and the CPU seconds so far (user and system, /proc/PID/stat)
of the command and each of its descendants. Prints, per process that ever reached 50 MiB,
its peak, its CPU seconds, when it started and its command line: the notebook kernels (in
the order the notebooks run) and the parse workers. A process that ends between two
readings is reported as it was at the last reading, so a short process's CPU seconds are
a lower bound.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

PROC = Path("/proc")
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class Sampled:
    """One process of a command, as last read."""

    peak_kib: int
    cpu_seconds: float
    started: float
    command: str


def _parents() -> dict[int, int]:
    parents = {}
    for entry in PROC.iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents[int(entry.name)] = int(fields[1])
    return parents


def _descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for pid, parent in _parents().items():
        children.setdefault(parent, []).append(pid)
    found, stack = [], [root]
    while stack:
        for child in children.get(stack.pop(), []):
            found.append(child)
            stack.append(child)
    return found


def _peak_kib(pid: int) -> int:
    try:
        for line in (PROC / str(pid) / "status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _cpu_seconds(pid: int) -> float:
    """User and system CPU seconds of the process itself (fields 14 and 15 of its stat)."""
    try:
        fields = (PROC / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def _command(pid: int) -> str:
    try:
        return (PROC / str(pid) / "cmdline").read_bytes().replace(b"\0", b" ").decode().strip()
    except OSError:
        return ""


def run_sampled(command: list[str], **popen: object) -> tuple[int, list[Sampled]]:
    """Run `command` (keyword arguments go to `subprocess.Popen`) and sample its processes
    every 0.2 s; returns its exit code and every process seen, in order of start."""
    start = time.monotonic()
    process = subprocess.Popen(command, **popen)
    seen: dict[int, Sampled] = {}
    while process.poll() is None:
        for pid in [process.pid, *_descendants(process.pid)]:
            first = seen.get(pid) or Sampled(0, 0.0, time.monotonic() - start, _command(pid))
            seen[pid] = Sampled(
                max(first.peak_kib, _peak_kib(pid)),
                max(first.cpu_seconds, _cpu_seconds(pid)),
                first.started,
                first.command,
            )
        time.sleep(0.2)
    return process.returncode, sorted(seen.values(), key=lambda item: item.started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", nargs=argparse.REMAINDER, help="the command, after --")
    args = parser.parse_args()
    code, processes = run_sampled([part for part in args.command if part != "--"])
    for sampled in processes:
        if sampled.peak_kib >= 50 * 1024:
            print(
                f"{sampled.peak_kib / 1024:7.0f} MiB  CPU {sampled.cpu_seconds:6.1f} s  "
                f"started at {sampled.started:6.1f} s  {sampled.command[:100]}"
            )
    raise SystemExit(code)


if __name__ == "__main__":
    main()
