"""Throughput of the workbook beside bare spaCy on the same articles. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/throughput.py --articles 2000
    .venv/bin/python benchmarks/throughput.py --input path/to/articles
    .venv/bin/python benchmarks/throughput.py --articles 2000 --memory-sizes 500,2000

(a) is `nlp.pipe` over the raw texts with the model and components the workbook loads and
`n_process` equal to the number of cores; (b) is `workbook run` over the same folder with a
cold parse cache, and its notebooks separately. The NLP model is the physical limit: the
goal is b/a >= 0.85 in words per second. (a) runs again after (b), since a shared machine's
speed drifts, and (b) runs again with the cache it filled, as after a change to a chart, a
codebook or a threshold. Peak RSS is that of the largest single process of a run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from helpers.base import corpus, paths
from helpers.entities import parsing
from helpers.pipeline import synthetic


def raw_texts(folder: Path) -> list[str]:
    return ["\n".join(a.lines) for a in corpus.read_corpus(folder).articles]


def bare_spacy(texts: list[str], model: str, cores: int) -> dict[str, float]:
    """(a): parse every raw text once, in a child process so its peak memory is its own."""
    code = (
        "import json, resource, sys, time\n"
        "from helpers.entities import parsing\n"
        "texts = json.load(sys.stdin)\n"
        f"pipeline = parsing.load_pipeline({model!r})\n"
        "start = time.perf_counter()\n"
        f"for _ in pipeline.pipe(texts, batch_size=64, n_process={cores}): pass\n"
        "seconds = time.perf_counter() - start\n"
        "peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,"
        " resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
        "print(json.dumps({'seconds': seconds, 'peak_mib': peak / 1024}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def workbook_run(folder: Path, output: Path, cache: Path, cores: int) -> dict:
    """(b): `workbook run` with a parse cache of its own, so nothing is cached beforehand."""
    environment = os.environ | {"WORKBOOK_REPORTS_DIR": str(output.parent)}
    command = [
        str(Path(sys.executable).with_name("workbook")),
        "run",
        "--quiet",
        "--input",
        str(folder),
        "--output",
        str(output),
        "-p",
        f"cache_dir={cache}",
        "-p",
        f"n_jobs={cores}",
    ]
    # A wrapper process per run, so each peak RSS counts that run's processes alone.
    wrapper = (
        "import resource, subprocess, sys\n"
        "code = subprocess.run(sys.argv[1:]).returncode\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
        "sys.exit(code)\n"
    )
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", wrapper, *command], env=environment, capture_output=True, text=True
    )
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"workbook run failed ({done.returncode}):\n{done.stderr}")
    peak = int(done.stdout.strip().splitlines()[-1]) / 1024
    record = json.loads((output / "run.json").read_text())
    return {"seconds": seconds, "peak_mib": peak, "notebooks": record["notebooks"]}


def measure(folder: Path, work: Path, cores: int, model: str, thorough: bool = True) -> dict:
    """(a), (b) and, when `thorough`, (a) again after (b) and a re-run of (b) with its cache.

    (a) runs before and after (b) because a shared machine's speed drifts between runs; the
    ratio uses the mean of the two, and both are printed so the drift shows.
    """
    texts = raw_texts(folder)
    words = sum(len(t.split()) for t in texts)
    bare = [bare_spacy(texts, model, cores)]
    full = workbook_run(folder, work / "report", work / "cache", cores)
    figures = {"articles": len(texts), "words": words, "workbook": full}
    if thorough:
        bare.append(bare_spacy(texts, model, cores))
        figures["rerun"] = workbook_run(folder, work / "report-again", work / "cache", cores)
    seconds = sum(b["seconds"] for b in bare) / len(bare)
    return figures | {
        "bare": bare,
        "bare_wps": words / seconds,
        "workbook_wps": words / full["seconds"],
    }


def report(figures: dict) -> None:
    print(f"articles: {figures['articles']}, words (raw): {figures['words']:,}")
    for when, bare in zip(("before (b)", "after (b)"), figures["bare"], strict=False):
        print(
            f"(a) bare spaCy nlp.pipe, {when}: {bare['seconds']:.1f} s, "
            f"{figures['words'] / bare['seconds']:,.0f} words/s, peak RSS {bare['peak_mib']:.0f} MiB"
        )
    print(
        f"(b) workbook run:        {figures['workbook']['seconds']:.1f} s, "
        f"{figures['workbook_wps']:,.0f} words/s, peak RSS {figures['workbook']['peak_mib']:.0f} MiB"
    )
    for notebook in figures["workbook"]["notebooks"]:
        print(f"    {notebook['notebook']}: {notebook['seconds']:.1f} s")
    print(
        f"b/a = {figures['workbook_wps'] / figures['bare_wps']:.2f} (a: mean words/s of its runs)"
    )
    cold, warm = figures["workbook"], figures["rerun"]
    print(
        f"re-run with the parse cache filled: {warm['seconds']:.1f} s "
        f"({cold['seconds'] / warm['seconds']:.1f}x faster than the first run)"
    )
    for first, second in zip(cold["notebooks"], warm["notebooks"], strict=True):
        print(
            f"    {second['notebook']}: {second['seconds']:.1f} s (first run {first['seconds']:.1f} s)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000, help="generated corpus size")
    parser.add_argument("--input", type=Path, help="measure this folder instead of a generated one")
    parser.add_argument("--cores", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--model", default="", help="spaCy model (default: the workbook's)")
    parser.add_argument(
        "--memory-sizes",
        default="",
        help="comma-separated corpus sizes at which to print peak RSS as well",
    )
    args = parser.parse_args()
    model = args.model or parsing.default_model_name()
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, model {model}")
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        folder = args.input
        if folder is None:
            folder = work / "corpus"
            synthetic.write_synthetic_corpus(paths.SEEDS_DIR, folder, args.articles)
        report(measure(folder, work / "main", args.cores, model))
        for size in [int(s) for s in args.memory_sizes.split(",") if s]:
            sized = work / f"corpus-{size}"
            synthetic.write_synthetic_corpus(paths.SEEDS_DIR, sized, size)
            figures = measure(sized, work / f"run-{size}", args.cores, model, thorough=False)
            print(
                f"N={size}: workbook peak RSS {figures['workbook']['peak_mib']:.0f} MiB, "
                f"bare spaCy peak RSS {figures['bare'][0]['peak_mib']:.0f} MiB"
            )


if __name__ == "__main__":
    main()
