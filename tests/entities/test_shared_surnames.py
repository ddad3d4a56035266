"""People who share a surname in one article, on hand-written articles whose answers a person
decided by reading them: an honorific or the mention's own "she said" tells them apart."""

from __future__ import annotations

import pandas as pd

from helpers.entities import identities, parsing

COLUMNS = ["file", "outlet", "paragraph", "line", "text"]


def _mentions(spacy_pipeline, aliases, paragraphs: list[str]) -> pd.DataFrame:
    frame = pd.DataFrame(
        [("a.txt", "Outlet", n, n, text) for n, text in enumerate(paragraphs, start=1)],
        columns=COLUMNS,
    )
    docs = list(parsing.parse_texts(spacy_pipeline, frame["text"]))
    return identities.extract_mentions(frame, docs, aliases)


def _entities_of(mentions: pd.DataFrame, paragraph: int) -> list[tuple[str, str]]:
    rows = mentions[(mentions["paragraph"] == paragraph) & (mentions["label"] == "PERSON")]
    return list(zip(rows["text"], rows["entity"], strict=True))


def test_an_honorific_tells_apart_a_husband_and_wife(spacy_pipeline, aliases):
    # NYT style: each is named in full once, then "Mr." and "Mrs." before the surname.
    mentions = _mentions(
        spacy_pipeline,
        aliases,
        [
            "Hillary Clinton spoke in Ohio on Monday. She said the plan would pass.",
            "Bill Clinton campaigned in Iowa. He said the economy was strong.",
            "Mrs. Clinton later told reporters that the vote was close.",
            "Mr. Clinton did not answer questions after the rally.",
        ],
    )
    assert _entities_of(mentions, 3) == [("Clinton", "Hillary Clinton")]
    assert _entities_of(mentions, 4) == [("Clinton", "Bill Clinton")]


def test_an_honorific_picks_the_daughter_over_the_father_named_more(spacy_pipeline, aliases):
    # "Ms. Trump" is the woman of the article, though it names Donald Trump in full twice.
    mentions = _mentions(
        spacy_pipeline,
        aliases,
        [
            "Donald Trump met the governors at the White House.",
            "Donald Trump said he wanted a deal by Friday.",
            "His daughter Ivanka Trump joined the meeting on Tuesday. She said her plan would help.",
            "Ms. Trump will travel to Detroit next week.",
            "Mr. Trump will stay in Washington.",
        ],
    )
    assert _entities_of(mentions, 4) == [("Trump", "Ivanka Trump")]
    assert _entities_of(mentions, 5) == [("Trump", "Donald Trump")]


def test_without_evidence_the_person_named_most_stays(spacy_pipeline, aliases):
    # No honorific, no pronoun of its own: "Trump" stays the Donald Trump named most.
    mentions = _mentions(
        spacy_pipeline,
        aliases,
        [
            "Donald Trump met the governors at the White House.",
            "Donald Trump said he wanted a deal by Friday.",
            "His daughter Ivanka Trump joined the meeting on Tuesday. She said her plan would help.",
            "Trump will travel to Detroit next week.",
        ],
    )
    assert _entities_of(mentions, 4) == [("Trump", "Donald Trump")]


def test_an_honorific_against_no_gender_shown_changes_nothing(spacy_pipeline, aliases):
    # The article shows neither Clinton's gender: "Mrs." alone cannot tell them apart.
    mentions = _mentions(
        spacy_pipeline,
        aliases,
        [
            "Hillary Clinton and Bill Clinton arrived in Ohio on Monday.",
            "Bill Clinton spoke first at the rally in Toledo.",
            "Mrs. Clinton spoke after the band played.",
        ],
    )
    assert _entities_of(mentions, 3) == [("Clinton", "Bill Clinton")]
