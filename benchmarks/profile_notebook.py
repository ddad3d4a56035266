"""Profile one notebook's code in this process, to see where its time goes. Prints figures.

    .venv/bin/python benchmarks/profile_notebook.py notebooks/03_framing.ipynb \
        -p input_dir=CORPUS -p run_dir=RUN [--html profile.html]

Runs the notebook's code cells in order in one namespace, the parameters cell followed by
the `-p NAME=VALUE` values (parsed as Python literals, else kept as text), under
pyinstrument (`pip install pyinstrument`; not a dependency of the workbook), and prints
the seconds of each cell and pyinstrument's call tree. The run folder must hold the
tables of the notebooks before this one (a `workbook run` into it does that).
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import io
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


def main() -> None:
    from pyinstrument import Profiler

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebook", type=Path)
    parser.add_argument("-p", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument("--html", type=Path, help="also write pyinstrument's HTML view here")
    parser.add_argument("--show-all", action="store_true", help="print every frame")
    args = parser.parse_args()
    parameters = {k: _value(v) for k, _, v in (p.partition("=") for p in args.p)}
    namespace: dict[str, object] = {}
    profiler = Profiler(interval=0.002)
    timings = []
    with profiler:
        for number, source in enumerate(cells(args.notebook, parameters), start=1):
            start = time.perf_counter()
            with contextlib.redirect_stdout(io.StringIO()):
                exec(compile(source, f"<cell {number}>", "exec"), namespace)
            first = next((line for line in source.splitlines() if not line.startswith("#")), "")
            timings.append((number, time.perf_counter() - start, first[:70]))
    for number, seconds, first in timings:
        print(f"cell {number:2d}: {seconds:7.2f} s  {first}")
    print(profiler.output_text(unicode=True, color=False, show_all=args.show_all))
    if args.html:
        args.html.write_text(profiler.output_html(), encoding="utf-8")


if __name__ == "__main__":
    main()
