"""Where the per-article stages run: in this process, on local worker processes, or on Dask.

A stage cuts the corpus into parts of whole articles and asks a runner for
`function(part, *shared)` of every part. Every runner returns the results in the order of
the parts, so a stage's tables are the same wherever its parts were computed:

- `local` with one job: in this process;
- `local` with more jobs: a pool of worker processes on this machine;
- `dask`: a Dask bag with one partition per part, on the `distributed` scheduler at the
  given address, or on a `LocalCluster` started for the stage when no address is given.

Functions and shared arguments travel to the workers by pickling, so they must be
module-level functions and picklable values; a worker loads the spaCy model once, on its
first part (`parsing.shared_pipeline`).
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import repeat
from multiprocessing import get_all_start_methods, get_context
from multiprocessing.connection import Connection
from multiprocessing.context import BaseContext
from typing import Any, Protocol, TypeVar

# Text bars, not tqdm.auto's widgets: those need ipywidgets, and without it tqdm.auto
# prints a warning (with this machine's paths) into every executed notebook.
from tqdm import tqdm

ENGINES = ("local", "dask")
Result = TypeVar("Result")


class Runner(Protocol):
    """Maps a function over parts and returns the results in the order of the parts."""

    def map(
        self, function: Callable[..., Result], parts: Sequence[Any], *shared: Any, desc: str = ""
    ) -> list[Result]: ...


@dataclass
class InProcess:
    """Runs every part here, one after the other."""

    progress: bool = False

    def map(
        self, function: Callable[..., Result], parts: Sequence[Any], *shared: Any, desc: str = ""
    ) -> list[Result]:
        bar = tqdm(parts, desc=desc, unit="part", disable=not self.progress)
        return [function(part, *shared) for part in bar]


@dataclass
class ProcessPool:
    """Runs parts on worker processes of this machine, started on the first map of two or
    more parts (a single part runs here, where starting workers would cost more than it)."""

    workers: int
    progress: bool = False
    _executor: ProcessPoolExecutor | None = None
    # The workers' lifeline (`exit_with_parent`): its ends, held while the pool lives (a
    # worker may be started on any map, and is given the read end then).
    _lifeline: tuple[Connection, Connection] | None = None

    def map(
        self, function: Callable[..., Result], parts: Sequence[Any], *shared: Any, desc: str = ""
    ) -> list[Result]:
        if len(parts) < 2:
            return InProcess(self.progress).map(function, parts, *shared, desc=desc)
        if self._executor is None:
            context = worker_context(function.__module__)
            self._lifeline = context.Pipe(duplex=False)
            self._executor = ProcessPoolExecutor(
                self.workers,
                mp_context=context,
                initializer=exit_with_parent,
                initargs=(self._lifeline[0],),
            )
        results = self._executor.map(function, parts, *(repeat(value) for value in shared))
        return list(
            tqdm(results, total=len(parts), desc=desc, unit="part", disable=not self.progress)
        )

    def close(self) -> None:
        try:
            if self._executor is not None:
                self._executor.shutdown(cancel_futures=True)
        finally:  # an interrupt while shutting down must still let the workers go
            for end in self._lifeline or ():
                end.close()
            self._executor, self._lifeline = None, None


@dataclass
class DaskBag:
    """Runs parts as the partitions of a Dask bag on a `distributed.Client`."""

    client: Any
    progress: bool = False

    def map(
        self, function: Callable[..., Result], parts: Sequence[Any], *shared: Any, desc: str = ""
    ) -> list[Result]:
        import dask
        import dask.bag
        from distributed import as_completed

        if not parts:
            return []
        # Scattered to the workers, not embedded in the task graph: a corpus's parts would
        # make a graph of tens of MiB that the scheduler holds and warns about. Each shared
        # value goes to every worker once, not once per part, and whole: given a bare set or
        # list, scatter would send its items one by one. Unhashed keys, so that a later pass
        # over the same parts never meets the keys of an earlier one being released.
        on_workers = self.client.scatter(list(parts), hash=False)
        values = [self.client.scatter([value], broadcast=True, hash=False)[0] for value in shared]
        bag = dask.bag.from_delayed([dask.delayed(_partition)(part) for part in on_workers])
        partitions = bag.map_partitions(_apply, function, *values).to_delayed()
        futures = self.client.compute(partitions)
        with tqdm(total=len(parts), desc=desc, unit="part", disable=not self.progress) as bar:
            for _ in as_completed(futures):
                bar.update()
        return [result for partition in self.client.gather(futures) for result in partition]


def worker_context(module: str) -> BaseContext:
    """How a pool starts its workers: on Linux, from a fork server that has imported
    `module` (the module of the function the pool runs); elsewhere spawned.

    Not forked from the kernel: a Jupyter kernel has threads, and forking it can deadlock.
    The fork server is a fresh process with no threads of Python's own, started once per
    process on the first pool, that imports `module` once; each worker is forked from it
    with those imports done. Spawned workers each imported them again (pandas and spaCy:
    about 1.5 CPU seconds a worker). The server's imports are chosen by the first pool of
    the process and it lives as long as that process: code edited in a running kernel
    reaches the workers after a restart of the kernel. Not on macOS, where forking a
    process that has loaded numpy's system libraries is unsafe (why Python spawns there).
    """
    if not sys.platform.startswith("linux") or "forkserver" not in get_all_start_methods():
        return get_context("spawn")
    context = get_context("forkserver")
    context.set_forkserver_preload([module])
    return context


def exit_with_parent(watched: Connection) -> None:
    """Worker initializer: end this worker once the process whose pool started it is gone.

    A kernel killed outright (by the out-of-memory killer, say) cannot stop its workers,
    and they would wait for work forever, holding memory and the run's output pipes. That
    process holds the only write end of `watched`, a pipe on which nothing is sent: the
    worker reads until the end of it, which comes when the process closes the pool or ends,
    however it ends. (A forked worker's parent is the fork server, not that process, and
    the fork server ends only once its workers have, so the parent's id cannot tell.)
    """

    def watch() -> None:
        try:
            watched.recv_bytes()
        except (EOFError, OSError):
            pass
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _partition(part: Any) -> list:
    return [part]


def _apply(partition: Sequence[Any], function: Callable[..., Result], *shared: Any) -> list:
    return [function(part, *shared) for part in partition]


def check_engine(engine: str) -> None:
    """Raise ValueError naming the engines when `engine` is not one of them."""
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")


def check_single_threaded(threads: dict[str, int]) -> None:
    """Raise ValueError naming the Dask workers that run more than one thread.

    A worker shares one spaCy pipeline between its tasks (`parsing.shared_pipeline`), and spaCy
    pipelines are not made to be used by several threads at once.
    """
    crowded = sorted(worker for worker, count in threads.items() if count > 1)
    if crowded:
        raise ValueError(
            f"Dask workers {', '.join(crowded)} run more than one thread each; start the "
            "workers with `dask worker --nthreads 1` (add processes, not threads)"
        )


@contextmanager
def open_runner(
    engine: str = "local", n_jobs: int = 0, dask_scheduler: str = "", progress: bool = False
) -> Iterator[Runner]:
    """The runner for `engine`, closed (workers stopped, cluster shut down) on exit.

    Args:
        engine: `local` or `dask`.
        n_jobs: worker processes for `local`, and workers of the `LocalCluster` that `dask`
            starts when no scheduler is given; 0 means one per core.
        dask_scheduler: address of a running Dask scheduler (`tcp://host:8786`); empty: a
            `LocalCluster` for this runner. Ignored by `local`.
        progress: show a progress bar over parts.
    """
    check_engine(engine)
    workers = n_jobs or os.cpu_count() or 1
    if engine == "local":
        if workers == 1:
            yield InProcess(progress)
            return
        pool = ProcessPool(workers, progress)
        try:
            yield pool
        finally:
            pool.close()
        return
    # Imported here: `distributed` is only needed by the dask engine and is slow to import.
    from distributed import Client, LocalCluster

    if dask_scheduler:
        with Client(dask_scheduler) as client:
            check_single_threaded(client.nthreads())
            yield DaskBag(client, progress)
        return
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            # `None` still binds the scheduler's HTTP server to port 8787 and warns when
            # another cluster holds it; a free port on this machine only never collides.
            dashboard_address="127.0.0.1:0",
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield DaskBag(client, progress)
