"""Drafted event frames of finished runs: the frames, their evidence, and the time taken.

    .venv/bin/python benchmarks/event_frames.py RUN_DIR [RUN_DIR ...] [--evidence N]

For each `workbook run` folder it drafts the event frames from the `sentences` and
`mentions` tables (as notebook 03 does), twice, and prints the seconds each draft took,
whether the two drafts are identical, and every frame with its terms and first N evidence
sentences, for a person to judge. It also times the event dating with inference of undated
articles (`event_tables` with the mentions and reuse tables).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from helpers.base import corpus, outputs
from helpers.framing import draft_event_frames, event_tables


def report(run: Path, evidence: int) -> None:
    sentences = outputs.read_table(run, "sentences")
    mentions = outputs.read_table(run, "mentions")
    body = sentences[sentences["paragraph"] != 0]
    paragraphs = len(body[["file", "paragraph"]].drop_duplicates())
    timings, drafts = [], []
    for _ in range(2):
        started = time.perf_counter()
        drafts.append(draft_event_frames(sentences, mentions))
        timings.append(time.perf_counter() - started)
    same = drafts[0].table().equals(drafts[1].table())
    print(f"== {run.name}: {body['file'].nunique()} articles, {body['outlet'].nunique()} outlets, "
          f"{paragraphs} paragraphs, {len(body)} sentences")  # fmt: skip
    print(f"drafted in {timings[0]:.2f} s and {timings[1]:.2f} s; identical: {same}")
    record = json.loads((run / "run.json").read_text(encoding="utf-8"))
    rows, _ = corpus.read_manifest(Path(record["input_dir"]))
    published = {file: row["published"] for file, row in rows.items() if row["published"]}
    started = time.perf_counter()
    dated = event_tables(
        sentences, outputs.read_table(run, "dates"), published, mentions,
        outputs.read_table(run, "reuse"),
    )  # fmt: skip
    bases = dated.events["date_basis"].value_counts().to_dict()
    print(f"event dating with inference: {time.perf_counter() - started:.2f} s; {bases}")
    for frame in drafts[0].frames:
        print(f"- {frame.name}  [{frame.paragraphs} paragraphs, {frame.articles} articles, "
              f"{frame.outlets} outlets]\n  terms: {'; '.join(frame.terms)}")  # fmt: skip
        for row in frame.evidence[:evidence]:
            print(f"    {row[1]}: {row[-1][:160]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("runs", type=Path, nargs="+", help="workbook run folders")
    parser.add_argument("--evidence", type=int, default=2, help="evidence sentences per frame")
    args = parser.parse_args()
    for run in args.runs:
        report(run, args.evidence)


if __name__ == "__main__":
    main()
