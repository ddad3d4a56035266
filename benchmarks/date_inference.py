"""How well undated articles are placed: each run folder is one story, each article in turn
is left undated.

    .venv/bin/python benchmarks/date_inference.py RUN_DIR [RUN_DIR ...]

Each RUN_DIR is a `workbook run` folder of one story (its `mentions` and `reuse` tables are
read). The stories stand in for days: every article is placed by `date_inference` with
(a) all other articles of all stories dated by their story, and (b) only one story's other
articles dated, for each story in turn. Printed: in (a), how many articles are placed in
their own story, in another, or not placed; in (b), how often an article is placed when only
its own story is dated (it should be) and when only another story is (it should not be).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import pandas as pd

from helpers.base import outputs
from helpers.framing import date_inference


def pooled(runs: list[Path]) -> tuple[dict[str, str], dict[str, str], pd.DataFrame, pd.DataFrame]:
    """Story and outlet per article (files prefixed with their run's name), mentions, reuse."""
    story, outlets, mentions, reuse = {}, {}, [], []
    for run in runs:
        prefix = f"{run.name}/"
        found = outputs.read_table(run, "mentions")
        found = found.assign(file=prefix + found["file"])
        shared = outputs.read_table(run, "reuse")
        shared = shared.assign(file_a=prefix + shared["file_a"], file_b=prefix + shared["file_b"])
        articles = outputs.read_table(run, "articles")
        for file, outlet in zip(articles["file"], articles["outlet"], strict=True):
            story[prefix + file], outlets[prefix + file] = run.name, outlet
        mentions.append(found)
        reuse.append(shared)
    return story, outlets, pd.concat(mentions), pd.concat(reuse)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("runs", type=Path, nargs="+", help="run folders, one story each")
    args = parser.parse_args()
    story, outlets, mentions, reuse = pooled(args.runs)
    names = sorted(set(story.values()))
    started = time.perf_counter()
    own = other = none = 0
    for file in story:
        dated = {f: s for f, s in story.items() if f != file}
        day = date_inference.infer_dates(dated, [file], outlets, mentions, reuse)
        placed = day.placements[file].date
        own, other, none = own + (placed == story[file]), other + (placed not in ("", story[file])), none + (placed == "")  # fmt: skip
    print(f"(a) all stories dated, {len(story)} articles: placed in their own story {own}, "
          f"in another {other}, not placed {none}")  # fmt: skip
    alone_own = alone_other = tries_own = tries_other = 0
    for file in story:
        for name in names:
            dated = {f: s for f, s in story.items() if s == name and f != file}
            found = date_inference.infer_dates(dated, [file], outlets, mentions, reuse)
            placed = bool(found.placements[file].date)
            if name == story[file]:
                tries_own, alone_own = tries_own + 1, alone_own + placed
            else:
                tries_other, alone_other = tries_other + 1, alone_other + placed
    print(f"(b) one story dated: placed when it is its own story {alone_own} of {tries_own}; "
          f"when it is another story {alone_other} of {tries_other}")  # fmt: skip
    print(f"{time.perf_counter() - started:.1f} s for {len(story) * (1 + len(names))} placements")


if __name__ == "__main__":
    main()
