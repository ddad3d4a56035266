"""Shared fixtures: the seed corpus, its story paragraphs as a person reads them, the spaCy
model, and the seeds parsed once with their mentions and sentences."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import yaml

from helpers.base import corpus, paths
from helpers.entities import identities, names, parsing, sentences

FIXTURES = Path(__file__).parent / "fixtures"
OTHER_EVENT = FIXTURES / "other_event"


@pytest.fixture(scope="session")
def seed_expectations() -> dict:
    """tests/fixtures/seed_lines.yml: hand-read labels for every seed line."""
    return yaml.safe_load((FIXTURES / "seed_lines.yml").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_corpus() -> corpus.Corpus:
    return corpus.read_corpus(paths.SEEDS_DIR)


@pytest.fixture(scope="session")
def seed_paragraphs(seed_corpus: corpus.Corpus, seed_expectations: dict) -> pd.DataFrame:
    """The seeds' story paragraphs chosen by hand (seed_lines.yml), independent of the cleaning code.

    Columns as in `paragraphs.csv`: file, outlet, paragraph, line, text. Borderline lines
    are left out, glued boilerplate prefixes are cut off; glued sentences are not repaired.
    """
    rows = []
    for article in seed_corpus.articles:
        expected = seed_expectations[article.file]
        skip = {expected["headline"], *expected["boilerplate"], *expected["duplicate"]}
        skip |= set(expected["borderline"])
        paragraph = 0
        for number, text in enumerate(article.lines, start=1):
            if number in skip or not text.strip():
                continue
            prefix = expected["split"].get(number, "")
            paragraph += 1
            rows.append(
                (article.file, article.outlet, paragraph, number, text[len(prefix) :].strip())
            )
    return pd.DataFrame(rows, columns=["file", "outlet", "paragraph", "line", "text"])


@pytest.fixture(scope="session")
def seed_headlines(seed_corpus: corpus.Corpus, seed_expectations: dict) -> dict[str, str]:
    """Headline text per seed file as read by hand ('' where the text has none)."""
    headlines = {}
    for article in seed_corpus.articles:
        number = seed_expectations[article.file]["headline"]
        headlines[article.file] = article.lines[number - 1] if number else ""
    return headlines


@pytest.fixture(scope="session")
def spacy_pipeline():
    """The workbook's default spaCy model, loaded once per test session (the same object the
    stages share in this process)."""
    return parsing.shared_pipeline()


@pytest.fixture(scope="session")
def aliases() -> identities.Aliases:
    """data/aliases.yml as the workbook reads it."""
    return names.load_aliases(paths.DATA_DIR / "aliases.yml")


@pytest.fixture(scope="session")
def seed_docs(seed_paragraphs, spacy_pipeline) -> list:
    """The seed paragraphs parsed once for the whole session."""
    return list(parsing.parse_texts(spacy_pipeline, seed_paragraphs["text"]))


@pytest.fixture(scope="session")
def seed_mentions(seed_paragraphs, seed_docs, aliases, seed_headlines) -> pd.DataFrame:
    """The mentions table of the seed paragraphs and headlines."""
    return identities.extract_mentions(
        seed_paragraphs, seed_docs, aliases, headlines=seed_headlines
    )


@pytest.fixture(scope="session")
def seed_sentences(seed_paragraphs, seed_headlines, seed_docs, spacy_pipeline) -> pd.DataFrame:
    """The sentences table of the hand-chosen seed paragraphs, headlines included."""
    headlines = {f: spacy_pipeline(t) for f, t in seed_headlines.items() if t}
    return sentences.sentence_rows(seed_paragraphs, seed_docs, headlines)


@pytest.fixture(scope="session")
def strike_sentences(spacy_pipeline) -> pd.DataFrame:
    """The hand-written factory-strike corpus: every line after the headline is a paragraph."""
    articles = corpus.read_corpus(OTHER_EVENT).articles
    rows = [
        (a.file, a.outlet, n, n, text)
        for a in articles
        for n, text in enumerate(a.lines, start=1)
        if n > 1 and text.strip()
    ]
    paragraphs = pd.DataFrame(rows, columns=["file", "outlet", "paragraph", "line", "text"])
    return sentences.sentence_rows(paragraphs, list(spacy_pipeline.pipe(paragraphs["text"])))
