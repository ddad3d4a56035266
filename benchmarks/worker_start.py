"""What starting two parse workers costs, spawned or forked from a fork server. Prints figures.

    .venv/bin/python benchmarks/process_memory.py -- .venv/bin/python benchmarks/worker_start.py spawn
    .venv/bin/python benchmarks/process_memory.py -- .venv/bin/python benchmarks/worker_start.py forkserver

Starts a pool of two worker processes as `runners.ProcessPool` does (`spawn`: each worker
imports the entities stage itself; `forkserver`: as `runners.worker_context` makes them, a
fork server imports it once and each worker is forked from it), and has each worker load the
spaCy model as it does on its first part. `process_memory.py` prints the CPU seconds of
every process (the fork server and the workers): their sum is what the start costs.
"""

from __future__ import annotations

import argparse
import os
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context

from helpers.base import runners


def _load_model(_: int) -> int:
    from helpers.entities import parsing

    parsing.shared_pipeline("")
    time.sleep(0.5)  # so that each of the two workers takes a part
    return os.getpid()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("method", choices=["spawn", "forkserver"])
    method = parser.parse_args().method
    context = (
        get_context("spawn")
        if method == "spawn"
        else runners.worker_context("helpers.entities.passes")
    )
    started = time.monotonic()
    with ProcessPoolExecutor(2, mp_context=context) as pool:
        workers = set(pool.map(_load_model, range(4)))
    print(f"{method}: {len(workers)} workers ready in {time.monotonic() - started:.1f} s")


if __name__ == "__main__":
    main()
