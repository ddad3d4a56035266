"""What one notebook's code holds in memory, cell by cell, in this process. Prints figures.

    .venv/bin/python benchmarks/notebook_memory.py notebooks/03_framing.ipynb \
        -p input_dir=CORPUS -p run_dir=RUN [--top 8] [--tracemalloc]

Runs the notebook's code cells in order in one namespace (the parameters cell followed by
the `-p NAME=VALUE` values, as `profile_notebook.py` does) and prints, after each cell, the
process's resident memory (`VmRSS`), its peak during that cell (`VmHWM`, reset before each
cell through /proc/self/clear_refs; Linux only), the CPU seconds of the cell, and the
largest values the namespace then holds: DataFrames by `memory_usage(deep=True)`, other
objects of the notebook's tables (a dataclass of DataFrames) by their DataFrames. With
`--tracemalloc`, also the cell's peak of Python allocations and the lines that hold most
afterwards (slow: about three times the run); `--cells N` stops after N cells. The run folder must hold the tables of the
notebooks before this one (a `workbook run` into it does that).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import io
import time
import tracemalloc
from pathlib import Path

import pandas as pd
from profile_notebook import _first_line, _value, cells

MIB = 1024 * 1024


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    return 0


def _reset_peak() -> None:
    """Set VmHWM back to the current resident memory (Linux 4.0 and later)."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def _frames(value: object) -> list[pd.DataFrame]:
    """The DataFrames a value is or holds (a dataclass's fields, one level down)."""
    if isinstance(value, pd.DataFrame):
        return [value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [v for f in dataclasses.fields(value) for v in _frames(getattr(value, f.name))]
    return []


def held(namespace: dict[str, object]) -> list[tuple[int, str]]:
    """(bytes, name) of every namespace value holding DataFrames, largest first; a frame
    two names share is counted under each."""
    sizes = []
    for name, value in namespace.items():
        if name.startswith("_"):
            continue
        frames = _frames(value)
        if frames:
            total = sum(int(f.memory_usage(deep=True).sum()) for f in frames)
            rows = "+".join(str(len(f)) for f in frames)
            sizes.append((total, f"{name} ({rows} rows)"))
    return sorted(sizes, reverse=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebook", type=Path)
    parser.add_argument("-p", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument("--top", type=int, default=6, help="largest values shown per cell")
    parser.add_argument("--tracemalloc", action="store_true", help="also trace allocations")
    parser.add_argument("--cells", type=int, help="stop after this many code cells")
    args = parser.parse_args()
    parameters = {k: _value(v) for k, _, v in (p.partition("=") for p in args.p)}
    namespace: dict[str, object] = {}
    if args.tracemalloc:
        tracemalloc.start()
    sources = cells(args.notebook, parameters)[: args.cells]
    for number, source in enumerate(sources, start=1):
        _reset_peak()
        if args.tracemalloc:
            tracemalloc.reset_peak()
        start = time.process_time()
        with contextlib.redirect_stdout(io.StringIO()):
            exec(compile(source, f"<cell {number}>", "exec"), namespace)
        seconds = time.process_time() - start
        rss, peak = _status_kib("VmRSS") / 1024, _status_kib("VmHWM") / 1024
        print(
            f"cell {number:2d}: RSS {rss:6.0f} MiB, peak {peak:6.0f} MiB, "
            f"CPU {seconds:5.1f} s  {_first_line(source)}"
        )
        if args.tracemalloc:
            now, top = tracemalloc.get_traced_memory()
            print(f"         traced now {now / MIB:6.0f} MiB, peak in cell {top / MIB:6.0f} MiB")
        for size, name in held(namespace)[: args.top]:
            print(f"         {size / MIB:7.1f} MiB  {name}")
    if args.tracemalloc:
        for stat in tracemalloc.take_snapshot().statistics("lineno")[:15]:
            print(f"{stat.size / MIB:7.1f} MiB  {stat.count:9d} blocks  {stat.traceback}")


if __name__ == "__main__":
    main()
