"""CPU seconds of each component of the workbook's spaCy pipeline, on a corpus folder.

    .venv/bin/python benchmarks/component_costs.py CORPUS [--limit 150] [--model NAME] [--repeats 2]

Issue 17 asks the workbook to reach 0.85 of bare spaCy's throughput, and the README's
analysis says it can only get there by parsing less than bare spaCy does. Which component
the workbook could run on less text is worth only what that component costs: this runs the
raw texts through the pipeline one component at a time, in one process and one thread, and
prints each component's CPU seconds and share. The first pass pays the components' warm-up;
later passes show the steady cost. Nothing is cached and nothing is written.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one thread, as each of bare spaCy's processes

from spacy.language import Language  # noqa: E402
from throughput import raw_texts  # noqa: E402

from helpers.entities import parsing  # noqa: E402


def component_seconds(nlp: Language, texts: list[str]) -> dict[str, float]:
    """CPU seconds each pipeline component takes over `texts`, in pipeline order."""
    docs = [nlp.make_doc(text) for text in texts]
    seconds = {}
    for name, component in nlp.pipeline:
        started = time.process_time()
        docs = list(component.pipe(docs, batch_size=64))
        seconds[name] = time.process_time() - started
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="a workbook input folder")
    parser.add_argument("--limit", type=int, default=150, help="articles to read (default 150)")
    parser.add_argument("--model", default="", help="spaCy model (default: the workbook's)")
    parser.add_argument("--repeats", type=int, default=2, help="passes over the texts (default 2)")
    args = parser.parse_args()
    texts = raw_texts(args.corpus)[: args.limit]
    nlp = parsing.load_pipeline(args.model)
    words = sum(len(text.split()) for text in texts)
    print(f"{len(texts)} articles, {words:,} words, model {parsing.model_id(nlp)}")
    for number in range(1, args.repeats + 1):
        seconds = component_seconds(nlp, texts)
        total = sum(seconds.values())
        shares = ", ".join(
            f"{name} {cpu:.1f} s ({cpu / total:.0%})" for name, cpu in seconds.items()
        )
        print(f"pass {number}: {total:.1f} CPU s: {shares}")


if __name__ == "__main__":
    main()
