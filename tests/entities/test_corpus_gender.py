"""Two people who share a surname in an article that shows neither one's gender, told apart
by what the other articles of the corpus show (`corpus_gender`), on hand-written articles
whose answers a person decided by reading them."""

from __future__ import annotations

import pandas as pd

from helpers.entities import identities, parsing

COLUMNS = ["file", "outlet", "paragraph", "line", "text"]

# NYT style: both named in full, then "Mrs." and "Mr." with no he/she of either.
NEITHER_SHOWN = [
    "Hillary Clinton and Bill Clinton arrived in Ohio on Monday.",
    "Bill Clinton spoke first at the rally in Toledo.",
    "Mrs. Clinton spoke after the band played.",
    "Mr. Clinton left the stage early.",
]


def _mentions(spacy_pipeline, aliases, articles: dict[str, list[str]]) -> pd.DataFrame:
    frame = pd.DataFrame(
        [
            (file, "Outlet", n, n, text)
            for file, paragraphs in articles.items()
            for n, text in enumerate(paragraphs, start=1)
        ],
        columns=COLUMNS,
    )
    docs = list(parsing.parse_texts(spacy_pipeline, frame["text"]))
    return identities.extract_mentions(frame, docs, aliases)


def _lone(mentions: pd.DataFrame, file: str) -> list[str]:
    rows = mentions[(mentions["file"] == file) & (mentions["text"] == "Clinton")]
    return list(rows["entity"])


def test_other_articles_show_whom_an_honorific_names(spacy_pipeline, aliases):
    mentions = _mentions(
        spacy_pipeline,
        aliases,
        {
            "a.txt": ["Hillary Clinton said she would return to Ohio in May."],
            "b.txt": ["Bill Clinton said he would campaign in Iowa."],
            "c.txt": NEITHER_SHOWN,
        },
    )
    assert _lone(mentions, "c.txt") == ["Hillary Clinton", "Bill Clinton"]


def test_without_other_evidence_the_person_named_most_stays(spacy_pipeline, aliases):
    # Only this article: "Mrs." cannot tell them apart, both stay the Bill Clinton named last.
    mentions = _mentions(spacy_pipeline, aliases, {"c.txt": NEITHER_SHOWN})
    assert _lone(mentions, "c.txt") == ["Bill Clinton", "Bill Clinton"]


def test_the_articles_own_evidence_comes_before_the_corpus(spacy_pipeline, aliases):
    # The article shows Bill Clinton a man ("he said"), so its own reading decides "Mrs.":
    # not him; the other articles, which (wrongly) show him a woman, are not asked.
    mentions = _mentions(
        spacy_pipeline,
        aliases,
        {
            "a.txt": ["Bill Clinton said she would return to Ohio in May."],
            "b.txt": ["Bill Clinton said she would campaign in Iowa."],
            "c.txt": [
                "Hillary Clinton and Bill Clinton arrived in Ohio on Monday.",
                "Bill Clinton said he would speak first in Toledo.",
                "Mrs. Clinton spoke after the band played.",
            ],
        },
    )
    assert _lone(mentions, "c.txt") == ["Hillary Clinton"]
