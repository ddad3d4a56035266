"""Where a parse worker's CPU goes, step by step, in one process. Prints figures.

    PYTHONPATH=$PWD/src .venv/bin/python benchmarks/parse_worker_cpu.py RUN --input CORPUS --runs 3

RUN is a run folder whose `paragraphs` and `articles` tables notebook 01 wrote (a
`workbook run` into it does that). The parts are the entities notebook's (`passes.
article_parts`, `batch_size` paragraphs each, headlines parsed with their part) and each
step is what a parse worker does to them, timed with `time.process_time` (this process's
user and system CPU seconds, which other jobs on a shared machine move far less than
wall-clock time). Each step runs `--runs` times; the median and the range are printed:

- `nlp.pipe` over the parts' paragraphs and headlines as `parsing._parse_or_read` does
  (one `Doc` each, `batch_size=64`), with other `nlp.pipe` batch sizes, over the same
  words as whole articles (paragraphs joined by a blank line, one `Doc` each) and, with
  `--input`, over the raw texts of the input folder as bare spaCy in `throughput.py`
  parses them (in this one process, not in `n_process` processes);
- the parse cache's work on a cold run: `Doc.to_bytes`, the SHA-256 keys, the BLAKE2
  checksums, and the SQLite writes of `ParseCache.put_many` (one transaction per part)
  into a fresh file, with SQLite's default journal and with the pragmas named;
- the cache read back (`get_many` and `Doc.from_bytes`), which passes 2 and 3 do on every
  run and all three passes on a warm one;
- the three passes themselves on parsed `Doc`s (`entity_tables` in this process on the
  warm cache, less its reads): name evidence, sentences, mentions and quotes;
- a fresh worker's start in a child process: importing the helpers and loading the model.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc

from helpers.base import corpus, outputs, paths
from helpers.base.runners import InProcess
from helpers.entities import names, parsing, passes, quotes
from helpers.entities.parse_cache import ParseCache, digest

START = """
from helpers.entities import passes, parsing
parsing.shared_pipeline("")
"""


def part_texts(part: passes.ArticlePart) -> list[str]:
    """The texts pass 1 parses for a part: its paragraphs, then its non-empty headlines."""
    return [*part.paragraphs["text"], *(t for t in part.headlines.values() if t)]


def article_texts(part: passes.ArticlePart) -> list[str]:
    """The same words as whole articles: each article's paragraphs joined by a blank line,
    then its headline."""
    grouped = part.paragraphs.groupby("file", sort=False)["text"]
    return [
        *("\n\n".join(texts) for _, texts in grouped),
        *(t for t in part.headlines.values() if t),
    ]


def timed(step: Callable[[], object]) -> tuple[float, float, object]:
    """CPU and wall-clock seconds of one call, and what it returned."""
    cpu, wall = time.process_time(), time.perf_counter()
    result = step()
    return time.process_time() - cpu, time.perf_counter() - wall, result


def pipe_all(nlp: Language, texts: list[list[str]], batch: int) -> list[list[Doc]]:
    return [list(nlp.pipe(part, batch_size=batch)) for part in texts]


def write_cache(path: Path, rows: list[list[tuple[str, bytes]]], pragmas: list[str]) -> None:
    """Every part's entries written as `ParseCache.put_many` does, after the pragmas."""
    path.unlink(missing_ok=True)
    cache = ParseCache(path)
    for pragma in pragmas:
        cache._connection.execute(f"PRAGMA {pragma}")
    for part in rows:
        cache.put_many(part)
    cache.close()


def read_cache(nlp: Language, path: Path, keys: list[list[str]]) -> int:
    """Every part's entries read back and deserialised, as a warm pass does."""
    cache, count = ParseCache(path), 0
    with parsing._msgpack_codecs_frozen():
        for part in keys:
            stored = cache.get_many(part)
            count += len([Doc(nlp.vocab).from_bytes(stored[key]) for key in part])
    cache.close()
    return count


def worker_start() -> float:
    """CPU seconds of a fresh process importing the helpers and loading the model."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-c", START], check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


class PassTimer:
    """CPU seconds spent in the passes' functions and, within them, in `passes._parsed`."""

    def __init__(self) -> None:
        self.seconds = {"pass": 0.0, "parsed": 0.0}

    def wrap(self, name: str, function: Callable) -> Callable:
        def timed_call(*args: object, **kwargs: object) -> object:
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                self.seconds[name] += time.process_time() - start

        return timed_call


def passes_rest(
    paragraphs: pd.DataFrame, headlines: dict[str, str], cache: Path
) -> tuple[float, float]:
    """CPU seconds of the three passes in this process on a warm cache, and of their
    reads from the cache (`passes._parsed`) within them."""
    timer = PassTimer()
    originals = {
        name: getattr(passes, name)
        for name in ("_parsed", "evidence_and_sentences", "part_names", "part_quotes")
    }
    passes._parsed = timer.wrap("parsed", originals["_parsed"])
    for name in ("evidence_and_sentences", "part_names", "part_quotes"):
        setattr(passes, name, timer.wrap("pass", originals[name]))
    try:
        passes.entity_tables(
            paragraphs,
            headlines,
            names.load_aliases(paths.data_file("aliases.yml")),
            quotes.load_speech_verbs(paths.data_file("speech_verbs.txt")),
            passes.ParseSettings(parsing.require_model(""), cache, 256),
            InProcess(),
        )
    finally:
        for name, function in originals.items():
            setattr(passes, name, function)
    return timer.seconds["pass"], timer.seconds["parsed"]


def report(name: str, cpu: list[float], wall: list[float]) -> None:
    print(
        f"{name:<58} CPU {statistics.median(cpu):6.2f} s ({min(cpu):.2f} - {max(cpu):.2f})"
        f"   wall {statistics.median(wall):6.2f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("run", type=Path, help="a run folder with notebook 01's tables")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--batch-sizes", default="16,256", help="other nlp.pipe batch sizes")
    parser.add_argument("--input", type=Path, help="the run's input folder: also its raw texts")
    parser.add_argument("--parts", type=int, help="only the first N parts (a quick check)")
    args = parser.parse_args()
    paragraphs = outputs.read_table(args.run, "paragraphs")
    articles = outputs.read_table(args.run, "articles")
    headlines = dict(zip(articles["file"], articles["headline"], strict=True))
    parts = passes.article_parts(paragraphs, headlines, 256)[: args.parts]
    texts = [part_texts(p) for p in parts]
    joined = [article_texts(p) for p in parts]
    words = sum(len(t.split()) for part in texts for t in part)
    print(
        f"{len(parts)} parts, {sum(map(len, texts)):,} texts "
        f"({sum(len(p.paragraphs) for p in parts):,} paragraphs), "
        f"{sum(map(len, joined)):,} as articles, {words:,} words; median of {args.runs} runs"
    )
    nlp = parsing.shared_pipeline("")
    model = parsing.model_id(nlp)
    steps: dict[str, Callable[[], object]] = {
        "nlp.pipe, paragraphs, batch_size 64 (the workbook)": lambda: pipe_all(nlp, texts, 64),
        "nlp.pipe, same words as whole articles, batch_size 64": lambda: pipe_all(nlp, joined, 64),
    }
    if args.input is not None:
        raw = [["\n".join(a.lines) for a in corpus.read_corpus(args.input).articles]]
        raw_words = sum(len(t.split()) for t in raw[0])
        print(f"raw texts (bare spaCy's, all articles): {len(raw[0])}, {raw_words:,} words")
        steps["nlp.pipe, raw texts as bare spaCy (all), batch_size 64"] = lambda: pipe_all(
            nlp, raw, 64
        )
    for batch in (int(b) for b in args.batch_sizes.split(",") if b):
        steps[f"nlp.pipe, paragraphs, batch_size {batch}"] = lambda b=batch: pipe_all(nlp, texts, b)
    figures: dict[str, tuple[list[float], list[float]]] = {}
    # Once untimed first: the model's first parses fill its vocabulary, which every later
    # step would otherwise find done by the first one.
    docs = pipe_all(nlp, texts, 64)
    for _ in range(args.runs):
        for name, step in steps.items():
            cpu, wall, result = timed(step)
            figures.setdefault(name, ([], []))[0].append(cpu)
            figures[name][1].append(wall)
            if name.endswith("(the workbook)"):
                docs = result
    for name, (cpu, wall) in figures.items():
        report(name, cpu, wall)
    with tempfile.TemporaryDirectory(dir="/tmp") as scratch:
        path = Path(scratch) / "parses.sqlite"
        keys = [[parsing._key(model, t) for t in part] for part in texts]
        with parsing._msgpack_codecs_frozen():
            blobs = [[parsing._to_bytes(d) for d in part] for part in docs]
        rows = [list(zip(k, b, strict=True)) for k, b in zip(keys, blobs, strict=True)]
        cache_steps: dict[str, Callable[[], object]] = {
            "Doc.to_bytes (tensor excluded), srsly codecs frozen": lambda: [
                [parsing._to_bytes(d) for d in part] for part in docs
            ],
            "SHA-256 keys": lambda: [[parsing._key(model, t) for t in part] for part in texts],
            "BLAKE2 checksums": lambda: [[digest(k, b) for k, b in part] for part in rows],
            "SQLite writes, default (journal DELETE, synchronous FULL)": lambda: write_cache(
                path, rows, []
            ),
            "SQLite writes, synchronous OFF": lambda: write_cache(path, rows, ["synchronous=OFF"]),
            "SQLite writes, journal WAL, synchronous NORMAL": lambda: write_cache(
                path, rows, ["journal_mode=WAL", "synchronous=NORMAL"]
            ),
            "cache read back: get_many and Doc.from_bytes": lambda: read_cache(nlp, path, keys),
        }
        figures = {}
        for _ in range(args.runs):
            for name, step in cache_steps.items():
                if name.startswith("Doc.to_bytes"):
                    with parsing._msgpack_codecs_frozen():
                        cpu, wall, _ = timed(step)
                else:
                    cpu, wall, _ = timed(step)
                figures.setdefault(name, ([], []))[0].append(cpu)
                figures[name][1].append(wall)
        for name, (cpu, wall) in figures.items():
            report(name, cpu, wall)
        sizes = sum(len(b) for part in blobs for b in part)
        write_cache(path, rows, [])
        print(f"cache file {path.stat().st_size / 2**20:.1f} MiB ({sizes / 2**20:.1f} MiB of Docs)")
        rest = [
            passes_rest(pd.concat([p.paragraphs for p in parts]), headlines, path)
            for _ in range(args.runs)
        ]
        report("three passes on the warm cache, in all", [r[0] for r in rest], [0.0])
        report("  of which reading the cache (passes._parsed)", [r[1] for r in rest], [0.0])
        report(
            "  the rest: evidence, sentences, mentions, quotes", [r[0] - r[1] for r in rest], [0.0]
        )
    starts = [worker_start() for _ in range(args.runs)]
    report("a worker's start: imports and the model (child process)", starts, [0.0])


if __name__ == "__main__":
    main()
