"""A corpus of any size made from the seeds, for benchmarks and scale tests.

Articles are assembled from the seeds' sentences, a few to a paragraph, in random order
with a fixed seed, so every run of a benchmark sees the same text. Whole lines are not
reused, since thousands of copies of one paragraph would turn every article into a
duplicate of every other and measure the duplicate report instead of the pipeline.
"""

from __future__ import annotations

import csv
import random
import re
from pathlib import Path

from helpers.base import corpus

_SENTENCE_END = re.compile(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])")


def seed_sentences(input_dir: Path) -> list[str]:
    """Sentences of the longer lines of every article in a folder (short lines are mostly not story)."""
    sentences = []
    for article in corpus.read_corpus(input_dir).articles:
        for line in article.lines:
            if len(line.split()) >= 12:
                sentences.extend(s.strip() for s in _SENTENCE_END.split(line) if s.strip())
    return sentences


def write_synthetic_corpus(
    source_dir: Path,
    target_dir: Path,
    articles: int,
    outlets: int = 20,
    seed: int = 13,
    paragraphs: tuple[int, int] = (12, 30),
) -> list[Path]:
    """Write `articles` generated `.txt` files and a `manifest.csv` into `target_dir`."""
    rng = random.Random(seed)
    sentences = seed_sentences(source_dir)
    if not sentences:
        raise ValueError(f"{source_dir} has no sentences to build a corpus from")
    target_dir.mkdir(parents=True, exist_ok=True)
    written, rows = [], []
    for number in range(articles):
        body = [
            " ".join(rng.sample(sentences, k=min(len(sentences), rng.randint(1, 3))))
            for _ in range(rng.randint(*paragraphs))
        ]
        headline = rng.choice(sentences).rstrip(".")
        path = target_dir / f"article_{number:05d}.txt"
        path.write_text("\n\n".join([headline, *body]) + "\n", encoding="utf-8")
        written.append(path)
        rows.append((path.name, f"Outlet {number % outlets + 1:02d}", "", "", ""))
    with (target_dir / corpus.MANIFEST_NAME).open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(corpus.MANIFEST_COLUMNS)
        writer.writerows(rows)
    return written
