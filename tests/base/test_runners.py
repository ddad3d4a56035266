"""Runners: the same tables from this process, local worker processes and a Dask cluster."""

from __future__ import annotations

import operator
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pandas.testing import assert_frame_equal

from helpers import cleaning, entities
from helpers.base import corpus, paths, runners
from helpers.cleaning import corpus_labels
from helpers.entities import passes, quotes
from helpers.pipeline import synthetic


@pytest.fixture(scope="module")
def generated_corpus(tmp_path_factory) -> corpus.Corpus:
    """300 generated articles of 2 to 5 paragraphs (about 1,000 paragraphs to parse)."""
    folder = tmp_path_factory.mktemp("generated")
    synthetic.write_synthetic_corpus(paths.SEEDS_DIR, folder, 300, paragraphs=(2, 5))
    return corpus.read_corpus(folder)


def _stages(articles, cache, runner, batch_size) -> dict:
    """The cleaning and entities stages' tables, as the notebooks make them."""
    rules = cleaning.load_rules(paths.data_file("boilerplate.yml"))
    clean = corpus_labels.clean_corpus(articles, rules, 0.9, runner)
    found = passes.entity_tables(
        clean.paragraphs,
        dict(zip(clean.articles["file"], clean.articles["headline"], strict=True)),
        entities.load_aliases(paths.data_file("aliases.yml")),
        quotes.load_speech_verbs(paths.data_file("speech_verbs.txt")),
        passes.ParseSettings(cache=cache, batch_size=batch_size),
        runner,
    )
    tables = {name: getattr(clean, name) for name in corpus_labels.TABLES}
    return (
        tables
        | {"mentions": found.mentions, "quotes": found.quotes}
        | {"sentences": found.sentences}
    )


def test_unknown_engine_is_an_error_naming_the_engines():
    with pytest.raises(ValueError, match="engine must be one of local, dask, not 'spark'"):
        with runners.open_runner("spark"):
            pass


def test_dask_workers_with_several_threads_are_refused():
    runners.check_single_threaded({"tcp://a:1": 1, "tcp://b:2": 1})
    with pytest.raises(
        ValueError, match=r"workers tcp://b:2 run more than one thread.*--nthreads 1"
    ):
        runners.check_single_threaded({"tcp://a:1": 1, "tcp://b:2": 4})


def test_every_runner_returns_results_in_the_order_of_the_parts():
    parts = list(range(7))
    expected = [part + 10 for part in parts]
    assert runners.InProcess().map(operator.add, parts, 10) == expected
    with runners.open_runner("local", n_jobs=2) as pool:
        assert isinstance(pool, runners.ProcessPool)
        assert pool.map(operator.add, parts, 10) == expected
        assert pool.map(operator.add, [], 10) == []
    with runners.open_runner("dask", n_jobs=2) as bag:
        assert isinstance(bag, runners.DaskBag)
        assert len(bag.client.scheduler_info()["workers"]) == 2
        assert bag.map(operator.add, parts, 10) == expected
        # Shared collections and list parts arrive whole, and a second pass over the same
        # parts does not trip over the first pass's data.
        words = frozenset({"say", "tell"})
        for _ in range(2):
            assert bag.map(operator.or_, [{"a"}, {"b"}], words) == [words | {"a"}, words | {"b"}]
        assert bag.map(operator.add, [[1], [2]], [3]) == [[1, 3], [2, 3]]


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_two_workers_give_the_tables_of_one_process(
    engine, seed_corpus, generated_corpus, tmp_path
):
    for name, articles in [
        ("seeds", seed_corpus.articles),
        ("generated", generated_corpus.articles),
    ]:
        alone = _stages(articles, tmp_path / f"{name}-alone.sqlite", runners.InProcess(), 500)
        with runners.open_runner(engine, n_jobs=2) as runner:
            shared = _stages(articles, tmp_path / f"{name}-{engine}.sqlite", runner, 60)
        for table, expected in alone.items():
            assert_frame_equal(shared[table], expected, obj=f"{name} {table}")
        assert len(alone["quotes"]) > 20 and len(alone["mentions"]) > 100
    # The generated corpus is cut into several parts by both stages.
    assert len(generated_corpus.articles) > 2 * corpus_labels.ARTICLES_PER_PART


OWNER = """
import sys, time
from helpers.base import runners

with runners.open_runner("local", n_jobs=2) as pool:
    pool.map(time.sleep, [0.2] * 4)
    print(*pool._executor._processes, flush=True)  # the pool's worker processes
    sys.stdin.read()  # held open until the test kills this process
"""


def _gone(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True
    return state == "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")
def test_workers_end_when_the_process_that_started_their_pool_is_killed():
    # A kernel killed by the out-of-memory killer cannot stop its workers; they must end
    # by themselves, forked from a fork server or spawned.
    owner = subprocess.Popen(
        [sys.executable, "-c", OWNER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        workers = [int(pid) for pid in owner.stdout.readline().split()]
        assert len(workers) == 2 and not any(_gone(pid) for pid in workers)
    finally:
        owner.kill()
        owner.wait()
    deadline = time.monotonic() + 60
    while not all(_gone(pid) for pid in workers):
        assert time.monotonic() < deadline, "the workers outlived their pool's process"
        time.sleep(0.1)
