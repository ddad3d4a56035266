"""What the quote tests share: hand-written paragraphs taken through notebook 02's steps."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import pytest

from helpers.base import paths
from helpers.entities import identities, names, parsing, quotes

COLUMNS = ["file", "outlet", "paragraph", "line", "text"]


@pytest.fixture(scope="session")
def quotes_of(spacy_pipeline) -> Callable[[list[str]], pd.DataFrame]:
    """The quotes table of one article made of `paragraphs`, found as notebook 02 finds
    them (parse, mentions with the project's aliases, the project's speech verbs)."""
    verbs = quotes.load_speech_verbs(paths.DATA_DIR / "speech_verbs.txt")
    aliases = names.load_aliases(paths.DATA_DIR / "aliases.yml")

    def run(paragraphs: list[str]) -> pd.DataFrame:
        rows = [("a.txt", "Outlet", n, n, text) for n, text in enumerate(paragraphs, start=1)]
        frame = pd.DataFrame(rows, columns=COLUMNS)
        docs = list(parsing.parse_texts(spacy_pipeline, frame["text"]))
        mentions = identities.extract_mentions(frame, docs, aliases)
        return quotes.extract_quotes(frame, docs, mentions, verbs)

    return run


@pytest.fixture(scope="session")
def direct_speakers_of(quotes_of) -> Callable[[list[str]], list[tuple[str, str]]]:
    """(speaker, speaker_type) of each direct quotation of one article made of `paragraphs`."""

    def run(paragraphs: list[str]) -> list[tuple[str, str]]:
        found = quotes_of(paragraphs)
        direct = found[found["kind"] == "direct"]
        return list(zip(direct["speaker"], direct["speaker_type"], strict=True))

    return run
