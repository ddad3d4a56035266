"""Peak memory of every process of a command, to see which one grows with the corpus.

    .venv/bin/python benchmarks/process_memory.py -- .venv/bin/workbook run --quiet --input DIR

Runs the command and, every 0.2 s, reads the high-water mark of resident memory (`VmHWM` in
/proc/PID/status, Linux only) of the command and each of its descendants. Prints, per
process that ever reached 50 MiB, its peak, when it started and its command line: the
notebook kernels (in the order the notebooks run) and the parse workers. A process that
ends between two readings is reported with its peak at the last reading.
"""

from __future__ import annotations

import argparse
import subprocess
import time
from pathlib import Path

PROC = Path("/proc")


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


def _command(pid: int) -> str:
    try:
        return (PROC / str(pid) / "cmdline").read_bytes().replace(b"\0", b" ").decode().strip()
    except OSError:
        return ""


def run_sampled(command: list[str], **popen: object) -> tuple[int, list[tuple[int, float, str]]]:
    """Run `command` (keyword arguments go to `subprocess.Popen`) and sample its processes'
    peak memory every 0.2 s; returns its exit code and (peak KiB, start second, command
    line) of every process seen, in order of start."""
    start = time.monotonic()
    process = subprocess.Popen(command, **popen)
    seen: dict[int, tuple[int, float, str]] = {}
    while process.poll() is None:
        for pid in [process.pid, *_descendants(process.pid)]:
            peak = _peak_kib(pid)
            first = seen.get(pid) or (0, time.monotonic() - start, _command(pid))
            seen[pid] = (max(first[0], peak), first[1], first[2])
        time.sleep(0.2)
    return process.returncode, sorted(seen.values(), key=lambda item: item[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", nargs=argparse.REMAINDER, help="the command, after --")
    args = parser.parse_args()
    code, processes = run_sampled([part for part in args.command if part != "--"])
    for peak, started, line in processes:
        if peak >= 50 * 1024:
            print(f"{peak / 1024:7.0f} MiB  started at {started:6.1f} s  {line[:100]}")
    raise SystemExit(code)


if __name__ == "__main__":
    main()
