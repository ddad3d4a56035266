"""Fixtures the framing tests share: the seeds' caption and embed dates, read by hand, and
the two codebooks of `data/frames/`."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.framing import codebooks

# (file, line, ISO date as `dates` writes it, source): captions and embeds of the seeds.
# Without them NBC's and ABC's "Wednesday" would have no day to lean on.
SEED_CAPTION_DATES = [
    # NBC News: "...in the Oval Office ... on May 10, 2017.", the same caption again, and a
    # file photo from Moscow
    ("000_a6b577aae19b0816.txt", 7, "2017-05-10", "image-caption"),
    ("000_a6b577aae19b0816.txt", 32, "2017-05-10", "image-caption"),
    ("000_a6b577aae19b0816.txt", 47, "2017-04-12", "image-caption"),
    # ABC News: the Russian embassy's tweet
    ("002_258131335ec2c961.txt", 12, "2017-05-10", "social-embed"),
    # The Washington Post: "...clashed over allegations ..., Dec. 10."
    ("004_12127f88660ddda3.txt", 5, "--12-10", "video-label"),
]


@pytest.fixture(scope="session")
def caption_dates(seed_corpus) -> pd.DataFrame:
    """The dates table the cleaning notebook would record for those lines."""
    articles = {a.file: a for a in seed_corpus.articles}
    rows = [
        (file, articles[file].outlet, line, day, articles[file].lines[line - 1], source)
        for file, line, day, source in SEED_CAPTION_DATES
    ]
    return pd.DataFrame(rows, columns=["file", "outlet", "line", "date", "text", "source"])


@pytest.fixture(scope="module")
def event_book():
    """The seeds' hand-written event codebook."""
    return codebooks.load_codebook("frames/event.yml")


@pytest.fixture(scope="module")
def generic_book():
    """The generic codebook (the Policy Frames Codebook's frames)."""
    return codebooks.load_codebook("frames/generic.yml")
