"""Sizes of what a run folder holds for a reader: each figure in pixels, each HTML page in bytes.

    .venv/bin/python benchmarks/report_sizes.py reports/RUN [reports/OTHER_RUN ...]

For each run folder: its outlets (from `tables/articles.csv`), then every `figures/*.png`
with its width and height as saved, the charts replaced by a sentence (`figures/*.txt`),
and the size of `index.html`, of each notebook's HTML and of the largest table page.
The goal it is read against: no figure over 4,000 pixels either way, no HTML over 3 MB.
"""

from __future__ import annotations

import argparse
import csv
import struct
from pathlib import Path


def png_size(path: Path) -> tuple[int, int]:
    width, height = struct.unpack(">II", path.read_bytes()[16:24])
    return width, height


def outlets(run: Path) -> int:
    with (run / "tables" / "articles.csv").open(newline="", encoding="utf-8") as handle:
        return len({row["outlet"] for row in csv.DictReader(handle)})


def report(run: Path) -> None:
    print(f"\n== {run}: {outlets(run)} outlets")
    largest = (0, 0)
    for png in sorted((run / "figures").glob("*.png")):
        width, height = png_size(png)
        largest = max(largest, (height, width))
        print(f"  {png.stem:32s} {width:5d} x {height:5d} px")
    for note in sorted((run / "figures").glob("*.txt")):
        print(f"  {note.stem:32s} (a sentence: {note.read_text().strip()[:70]}...)")
    print(f"  tallest figure: {largest[0]} px")
    pages = [run / "index.html", *sorted((run / "notebooks").glob("*.html"))]
    for page in pages:
        print(f"  {page.relative_to(run)!s:32s} {page.stat().st_size / 1e6:6.2f} MB")
    tables = sorted((run / "tables").glob("*.html"), key=lambda p: p.stat().st_size)
    if tables:
        print(f"  largest table page: {tables[-1].name} {tables[-1].stat().st_size / 1e6:.2f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("runs", type=Path, nargs="+")
    for run in parser.parse_args().runs:
        report(run)


if __name__ == "__main__":
    main()
