"""What the outlet-versus-rest tests state on a run's tables, and how many articles stand
behind each stated voice difference. Prints figures.

    .venv/bin/workbook run --input CORPUS --output RUN
    .venv/bin/python benchmarks/outlet_tests.py RUN

Runs `framing.run_tests` on the run folder's tables (the article frames, sentences and
quotes notebook 03 read) and prints the CPU seconds it took, the comparisons, the
differences stated at q < 0.05 per kind, how many random assignments the comparisons were
scored on, and, per stated voice difference in the outlet's favour, its articles that quote the speaker:
a difference resting on one article is a sign the test confuses the outlet's volume of
quotes with its choice of speakers. Run it with `PYTHONPATH=OTHER/src` to compare code.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from helpers.base import outputs
from helpers.base.catalogue import QUOTED_KINDS
from helpers.framing import outlet_tests, tone


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("run", type=Path, help="a run folder written by `workbook run`")
    args = parser.parse_args()
    sentences = outputs.read_table(args.run, "sentences")
    quotes = outputs.read_table(args.run, "quotes")
    article_frames = outputs.read_table(args.run, "article_frames")
    started = time.process_time()
    tested = outlet_tests.run_tests(
        article_frames, sentences, quotes, tone.sentence_tone(sentences)
    )
    seconds = time.process_time() - started
    held = tested[tested["q"] < outlet_tests.FALSE_DISCOVERY_RATE]
    print(f"{len(tested):,} comparisons, {seconds:.1f} s of CPU (sentence tone included)")
    print("stated at q < 0.05:", held.groupby("kind").size().to_dict())
    print(
        "assignments scored (most common):", tested["assignments"].value_counts().head(6).to_dict()
    )
    quoted = quotes[quotes["kind"].isin(QUOTED_KINDS)]
    articles = quoted.groupby(["outlet", "speaker"])["file"].nunique()
    voices = held[(held["kind"] == "voice") & (held["difference"] > 0)]
    behind = [
        int(articles.get((o, s), 0))
        for o, s in zip(voices["outlet"], voices["subject"], strict=True)
    ]
    print(
        "voice differences stated in the outlet's favour, by its articles quoting the speaker:",
        dict(sorted((n, behind.count(n)) for n in set(behind))),
    )
    columns = ["kind", "outlet", "subject", "outlet_value", "rest_value", "q"]
    print(held[columns].head(12).to_string(index=False))


if __name__ == "__main__":
    main()
