"""Profile one notebook's code in this process, to see where its time goes. Prints figures.

    .venv/bin/python benchmarks/profile_notebook.py notebooks/03_framing.ipynb \
        -p input_dir=CORPUS -p run_dir=RUN [--html profile.html]
    .venv/bin/python benchmarks/profile_notebook.py notebooks/03_framing.ipynb \
        -p input_dir=CORPUS -p run_dir=RUN --runs 5

Runs the notebook's code cells in order in one namespace, the parameters cell followed by
the `-p NAME=VALUE` values (parsed as Python literals, else kept as text), under
pyinstrument (`pip install pyinstrument`; not a dependency of the workbook), and prints
the seconds of each cell and pyinstrument's call tree. The run folder must hold the
tables of the notebooks before this one (a `workbook run` into it does that).

With `--runs N` it runs the notebook N times instead, each in a fresh process (so no
cache of one run serves the next) and without the profiler, and prints the median CPU
seconds (`time.process_time`: this process's user and system time, which other jobs on a
shared machine move far less than wall-clock time) of each cell, with the lowest and
highest of the N, and of the whole notebook.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import io
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

import nbformat


def _value(text: str) -> object:
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return text


def cells(notebook: Path, parameters: dict[str, object]) -> list[str]:
    """The code cells' sources, the given parameters set right after the parameters cell."""
    sources = []
    for cell in nbformat.read(notebook, as_version=4).cells:
        if cell.cell_type != "code":
            continue
        sources.append(cell.source)
        if "parameters" in cell.metadata.get("tags", []):
            sources.append("\n".join(f"{k} = {v!r}" for k, v in parameters.items()))
    return sources


def _first_line(source: str) -> str:
    return next((line for line in source.splitlines() if not line.startswith("#")), "")[:70]


def cpu_seconds(sources: list[str]) -> list[float]:
    """Each cell's CPU seconds, run in order in one namespace in this process."""
    namespace: dict[str, object] = {}
    seconds = []
    for number, source in enumerate(sources, start=1):
        start = time.process_time()
        with contextlib.redirect_stdout(io.StringIO()):
            exec(compile(source, f"<cell {number}>", "exec"), namespace)
        seconds.append(time.process_time() - start)
    return seconds


def median_runs(arguments: list[str], sources: list[str], runs: int) -> None:
    """Run `cpu_seconds` in `runs` fresh processes; print each cell's median, min and max."""
    measured = []
    for _ in range(runs):
        command = [sys.executable, __file__, *arguments, "--one-run"]
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode:
            sys.exit(f"a run failed:\n{done.stderr}")
        measured.append(json.loads(done.stdout.strip().splitlines()[-1]))
    print(f"CPU seconds per cell, median of {runs} runs (lowest - highest):")
    per_cell = zip(*measured, strict=True)
    for number, (source, values) in enumerate(zip(sources, per_cell, strict=True), start=1):
        print(
            f"cell {number:2d}: {statistics.median(values):7.2f} s"
            f"  ({min(values):.2f} - {max(values):.2f})  {_first_line(source)}"
        )
    totals = [sum(run) for run in measured]
    print(
        f"whole notebook: {statistics.median(totals):.2f} s"
        f" ({min(totals):.2f} - {max(totals):.2f}); runs: {', '.join(f'{t:.2f}' for t in totals)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebook", type=Path)
    parser.add_argument("-p", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument("--html", type=Path, help="also write pyinstrument's HTML view here")
    parser.add_argument("--show-all", action="store_true", help="print every frame")
    parser.add_argument("--runs", type=int, help="median CPU seconds of this many fresh runs")
    parser.add_argument("--one-run", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    parameters = {k: _value(v) for k, _, v in (p.partition("=") for p in args.p)}
    sources = cells(args.notebook, parameters)
    if args.one_run:
        print(json.dumps(cpu_seconds(sources)))
        return
    if args.runs:
        median_runs([str(args.notebook), *(f"-p{p}" for p in args.p)], sources, args.runs)
        return

    from pyinstrument import Profiler

    namespace: dict[str, object] = {}
    profiler = Profiler(interval=0.002)
    timings = []
    with profiler:
        for number, source in enumerate(sources, start=1):
            start = time.perf_counter()
            with contextlib.redirect_stdout(io.StringIO()):
                exec(compile(source, f"<cell {number}>", "exec"), namespace)
            timings.append((number, time.perf_counter() - start, _first_line(source)))
    for number, seconds, first in timings:
        print(f"cell {number:2d}: {seconds:7.2f} s  {first}")
    print(profiler.output_text(unicode=True, color=False, show_all=args.show_all))
    if args.html:
        args.html.write_text(profiler.output_html(), encoding="utf-8")


if __name__ == "__main__":
    main()
