"""Throughput and memory of the workbook beside bare spaCy on the same articles. Prints figures.

    .venv/bin/python benchmarks/throughput.py CORPUS_DIR
    .venv/bin/python benchmarks/throughput.py CORPUS_DIR --without-manifest --memory-sizes 400,2000
    .venv/bin/python benchmarks/throughput.py --synthetic 2000

CORPUS_DIR is a workbook input folder (`.txt` articles and `manifest.csv`; see
`polnear.py --export` and `public_news.py` for real news). For each variant of the corpus
(as given; with `--without-manifest` also without its manifest, so that every article is
its own outlet), one invocation measures side by side:

- (a) bare spaCy: `nlp.pipe` over the raw texts with the model and components the workbook
  loads and `n_process` = cores, in a child process; run before and after (b), since a
  shared machine's speed drifts, and the ratio uses their mean;
- (b) `workbook run` with an empty parse cache (cold), and its notebooks' seconds;
- (c) `workbook run` again with the cache (b) filled (warm), as after a change to a chart,
  a codebook or a threshold.

Peak memory is the high-water mark (`VmHWM`) of each process, sampled as
`process_memory.py` does: the largest single process and, for the workbook, its kernels
and parse workers. The load average is printed beside every figure: on a shared machine
the ratio, measured within one invocation, is the figure to compare. `--memory-sizes`
runs (b) again on the first N articles of the corpus, for peak memory against corpus
size. `--synthetic N` measures a corpus of N articles generated from the seeds' sentences
instead (a scaling test; its repeated sentences make parsing cheaper than real news).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

from process_memory import run_sampled

from helpers.base import corpus, paths
from helpers.entities import parsing
from helpers.pipeline import synthetic

BARE = """
import json, sys, time
from helpers.entities import parsing
texts = json.load(sys.stdin)
pipeline = parsing.load_pipeline(sys.argv[1])
start = time.perf_counter()
for _ in pipeline.pipe(texts, batch_size=64, n_process=int(sys.argv[2])):
    pass
print(json.dumps({"seconds": time.perf_counter() - start}))
"""


def load() -> str:
    return "load {:.1f} {:.1f} {:.1f}".format(*os.getloadavg())


def cpu_seconds() -> float:
    """User and system CPU seconds of every finished child process (and theirs) so far: the
    work a command did, which a loaded machine spreads over more wall-clock time."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def raw_texts(folder: Path) -> list[str]:
    return ["\n".join(a.lines) for a in corpus.read_corpus(folder).articles]


def bare_spacy(texts: list[str], model: str, cores: int, scratch: Path) -> dict:
    """(a): parse every raw text once in a child process; seconds of the parse alone."""
    source = scratch / "texts.json"
    source.write_text(json.dumps(texts), encoding="utf-8")
    output = scratch / "bare.out"
    before, cpu = load(), cpu_seconds()
    with source.open() as stdin, output.open("w") as stdout:
        code, processes = run_sampled(
            [sys.executable, "-c", BARE, model, str(cores)], stdin=stdin, stdout=stdout
        )
    if code != 0:
        raise SystemExit(f"bare spaCy failed with exit code {code}")
    seconds = json.loads(output.read_text().strip().splitlines()[-1])["seconds"]
    peak = max(p.peak_kib for p in processes) / 1024
    return {
        "seconds": seconds,
        "cpu": cpu_seconds() - cpu,
        "peak_mib": peak,
        "load": f"{before} -> {load()}",
    }


def _kind(line: str) -> str:
    if "ipykernel_launcher" in line:
        return "kernel"
    if "spawn_main" in line or "multiprocessing" in line:
        return "worker"
    return "workbook" if "workbook" in line else "other"


def workbook_run(folder: Path, output: Path, cache: Path, cores: int) -> dict:
    """(b) or (c): `workbook run` into `output` with the parse cache in `cache`."""
    command = [
        str(Path(sys.executable).with_name("workbook")),
        *("run", "--quiet", "--input", str(folder), "--output", str(output)),
        *("-p", f"cache_dir={cache}", "-p", f"n_jobs={cores}"),
    ]
    environment = os.environ | {"WORKBOOK_REPORTS_DIR": str(output.parent)}
    before, cpu = load(), cpu_seconds()
    start = time.perf_counter()
    with (output.parent / f"{output.name}.stderr").open("w") as errors:
        code, processes = run_sampled(command, env=environment, stderr=errors)
    seconds = time.perf_counter() - start
    if code != 0:
        raise SystemExit(f"workbook run failed ({code}); see {output / 'index.html'}")
    record = json.loads((output / "run.json").read_text())
    peaks: dict[str, list[float]] = {}
    cpu_by_kind: dict[str, list[float]] = {}
    for sampled in processes:
        peaks.setdefault(_kind(sampled.command), []).append(sampled.peak_kib / 1024)
        cpu_by_kind.setdefault(_kind(sampled.command), []).append(sampled.cpu_seconds)
    # A worker its pool ends without waiting for is missing from getrusage's children, so
    # the processes' own readings count too (each a lower bound: read every 0.2 s).
    sampled_cpu = sum(sampled.cpu_seconds for sampled in processes)
    return {
        "seconds": seconds,
        "cpu": max(cpu_seconds() - cpu, sampled_cpu),
        "notebooks": [(n["notebook"], n["seconds"]) for n in record["notebooks"]],
        "peak_mib": max(p.peak_kib for p in processes) / 1024,
        "peaks": peaks,
        "cpu_by_kind": cpu_by_kind,
        "load": f"{before} -> {load()}",
    }


def measure(folder: Path, work: Path, cores: int, model: str) -> None:
    """(a), (b), (c), (a) on one folder, printed as they finish."""
    texts = raw_texts(folder)
    words = sum(len(t.split()) for t in texts)
    outlets = len({a.outlet for a in corpus.read_corpus(folder).articles})
    print(f"\n== {folder.name}: {len(texts)} articles, {outlets} outlets, {words:,} raw words")
    bare = [bare_spacy(texts, model, cores, work)]
    print_bare("before", bare[0], words)
    cold = workbook_run(folder, work / "cold", work / "cache", cores)
    print_workbook("(b) workbook, cold cache", cold, words)
    warm = workbook_run(folder, work / "warm", work / "cache", cores)
    print_workbook("(c) workbook, warm cache", warm, words)
    bare.append(bare_spacy(texts, model, cores, work))
    print_bare("after", bare[1], words)
    spacy_rate = words / (sum(b["seconds"] for b in bare) / len(bare))
    print(
        f"ratio b/a = {words / cold['seconds'] / spacy_rate:.2f} (cold), "
        f"c/a = {words / warm['seconds'] / spacy_rate:.2f} (warm); a = mean of its two runs"
    )
    bare_cpu = sum(b["cpu"] for b in bare) / len(bare)
    print(f"CPU seconds a/b = {bare_cpu / cold['cpu']:.2f} (the work done, whatever the load)")


def print_bare(when: str, bare: dict, words: int) -> None:
    print(
        f"(a) bare spaCy, {when}: {bare['seconds']:.1f} s, {words / bare['seconds']:,.0f} "
        f"words/s, CPU {bare['cpu']:.0f} s, peak {bare['peak_mib']:.0f} MiB  [{bare['load']}]"
    )


def print_workbook(title: str, run: dict, words: int) -> None:
    notebooks = ", ".join(f"{name[:2]} {seconds:.1f} s" for name, seconds in run["notebooks"])
    print(
        f"{title}: {run['seconds']:.1f} s, {words / run['seconds']:,.0f} words/s "
        f"({notebooks}), CPU {run['cpu']:.0f} s, peak {run['peak_mib']:.0f} MiB  [{run['load']}]"
    )
    peaks = run["peaks"]
    print(
        "    peak MiB: workbook {:.0f}; kernels {}; workers {}".format(
            max(peaks.get("workbook", [0])),
            " / ".join(f"{p:.0f}" for p in peaks.get("kernel", [])),
            " / ".join(f"{p:.0f}" for p in peaks.get("worker", []) if p > 100) or "none",
        )
    )
    cpu = run["cpu_by_kind"]
    print(
        "    CPU s: workbook {:.1f}; kernels {}; workers {}; other {:.1f}".format(
            sum(cpu.get("workbook", [0])),
            " / ".join(f"{s:.1f}" for s in cpu.get("kernel", [])),
            " / ".join(f"{s:.1f}" for s in cpu.get("worker", []) if s >= 0.5) or "none",
            sum(cpu.get("other", [0])),
        )
    )


def copy_corpus(source: Path, target: Path, manifest: bool, limit: int | None = None) -> Path:
    """Links to the first `limit` articles of `source` in `target`, with or without its manifest."""
    target.mkdir(parents=True)
    files = sorted(p for p in source.iterdir() if p.suffix == ".txt")[:limit]
    for path in files:
        (target / path.name).symlink_to(path.resolve())
    listed = source / corpus.MANIFEST_NAME
    if manifest and listed.exists():
        names = {p.name for p in files}
        with listed.open(newline="", encoding="utf-8") as handle:
            header, *rows = list(csv.reader(handle))
        with (target / corpus.MANIFEST_NAME).open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows([header, *(r for r in rows if r and r[0] in names)])
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, nargs="?", help="a workbook input folder")
    parser.add_argument("--synthetic", type=int, help="measure N articles generated from seeds/")
    parser.add_argument("--without-manifest", action="store_true", help="also without manifest")
    parser.add_argument("--memory-sizes", default="", help="e.g. 400,2000: peak memory per size")
    parser.add_argument("--cores", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--model", default="", help="spaCy model (default: the workbook's)")
    args = parser.parse_args()
    if (args.corpus is None) == (args.synthetic is None):
        parser.error("give a corpus folder or --synthetic N")
    model = args.model or parsing.default_model_name()
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, model {model}")
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        folder = args.corpus
        if folder is None:
            folder = work / f"synthetic-{args.synthetic}"
            synthetic.write_synthetic_corpus(paths.SEEDS_DIR, folder, args.synthetic)
        variants = [copy_corpus(folder, work / "with-manifest" / folder.name, manifest=True)]
        if args.without_manifest:
            variants.append(copy_corpus(folder, work / "no-manifest" / folder.name, False))
        for number, variant in enumerate(variants):
            runs = work / f"runs-{number}"
            runs.mkdir()
            measure(variant, runs, args.cores, model)
            shutil.rmtree(runs)
        for size in [int(s) for s in args.memory_sizes.split(",") if s]:
            sized = copy_corpus(folder, work / f"size-{size}" / folder.name, True, size)
            run = workbook_run(
                sized, work / f"size-{size}" / "run", work / f"cache-{size}", args.cores
            )
            print(f"\nN = {size}:", end=" ")
            print_workbook(
                "(b) workbook, cold cache", run, sum(len(t.split()) for t in raw_texts(sized))
            )


if __name__ == "__main__":
    main()
