"""Fixtures the entities tests share: the aliases, and the seeds parsed and their mentions."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.base import paths
from helpers.entities import identities, names, parsing


@pytest.fixture(scope="session")
def aliases() -> identities.Aliases:
    return names.load_aliases(paths.DATA_DIR / "aliases.yml")


@pytest.fixture(scope="session")
def seed_docs(seed_paragraphs, spacy_pipeline):
    return list(parsing.parse_texts(spacy_pipeline, seed_paragraphs["text"]))


@pytest.fixture(scope="session")
def mentions(seed_paragraphs, seed_docs, aliases, seed_headlines) -> pd.DataFrame:
    return identities.extract_mentions(
        seed_paragraphs, seed_docs, aliases, headlines=seed_headlines
    )
