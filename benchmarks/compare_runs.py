"""Compare the tables of two run folders: which are identical, and where the others differ.

    .venv/bin/python benchmarks/compare_runs.py reports/BEFORE reports/AFTER

For each `tables/*.csv` of either run it prints `identical`, `only in ...`, or the columns
whose values differ (how many rows, and the first difference), so a change meant to keep
results can be shown to keep them, and one meant to change a figure shows which it changed.
Exit code 0 when every table is identical, 1 otherwise.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd


def table_difference(before: pd.DataFrame, after: pd.DataFrame) -> str:
    """'identical', or a one-line account of how two versions of a table differ."""
    if list(before.columns) != list(after.columns):
        return f"columns differ: {list(before.columns)} -> {list(after.columns)}"
    if len(before) != len(after):
        return f"rows differ: {len(before)} -> {len(after)}"
    changed = []
    for column in before.columns:
        differs = before[column].astype(str) != after[column].astype(str)
        if differs.any():
            row = int(differs.to_numpy().nonzero()[0][0])
            first = f"{before[column].iloc[row]!r} -> {after[column].iloc[row]!r}"
            changed.append(f"{column} ({int(differs.sum())} rows; row {row + 1}: {first})")
    return "identical" if not changed else "values differ in " + "; ".join(changed)


def compare(before: Path, after: Path) -> dict[str, str]:
    """Table name -> how it compares between the two runs' `tables/` folders."""
    names = sorted({p.stem for run in (before, after) for p in (run / "tables").glob("*.csv")})
    found = {}
    for name in names:
        paths = [run / "tables" / f"{name}.csv" for run in (before, after)]
        missing = [str(p.parent.parent) for p in paths if not p.exists()]
        if missing:
            found[name] = f"only in {paths[0 if missing[0] != str(before) else 1].parents[1]}"
            continue
        tables = [pd.read_csv(p, keep_default_na=False, dtype=str) for p in paths]
        found[name] = table_difference(*tables)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path, help="a run folder")
    parser.add_argument("after", type=Path, help="another run folder")
    args = parser.parse_args(argv)
    found = compare(args.before, args.after)
    for name, verdict in found.items():
        print(f"{name}: {verdict}")
    return 0 if all(v == "identical" for v in found.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
