"""What the entities notebook's check of the parse cache costs, on a given cache file.

    .venv/bin/python benchmarks/cache_check.py PATH/TO/parses.sqlite

Before each run's passes, `parse_cache.repair` runs SQLite's `quick_check` on the cache and
verifies every entry's checksum. This prints the file's size, its entries and the seconds
each step takes (three times; the first reads the file from disk, the others from the page
cache). It reads the file only: nothing is set aside.
"""

from __future__ import annotations

import argparse
import sqlite3
import time
from pathlib import Path

from helpers.entities import parse_cache


def timed_quick_check(path: Path) -> float:
    started = time.perf_counter()
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    connection.execute("PRAGMA quick_check").fetchall()
    connection.close()
    return time.perf_counter() - started


def timed_find_damage(path: Path) -> tuple[float, str]:
    started = time.perf_counter()
    problem = parse_cache.find_damage(path)
    return time.perf_counter() - started, problem


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cache", type=Path, help="a parses.sqlite file")
    args = parser.parse_args()
    connection = sqlite3.connect(f"file:{args.cache}?mode=ro", uri=True)
    entries = connection.execute("SELECT count(*) FROM docs").fetchone()[0]
    connection.close()
    print(f"{args.cache}: {args.cache.stat().st_size / 2**20:,.1f} MiB, {entries:,} entries")
    for attempt in range(1, 4):
        quick = timed_quick_check(args.cache)
        whole, problem = timed_find_damage(args.cache)
        print(
            f"run {attempt}: quick_check {quick:.2f} s; quick_check and every checksum "
            f"(what a run does) {whole:.2f} s; damage: {problem or 'none'}"
        )


if __name__ == "__main__":
    main()
