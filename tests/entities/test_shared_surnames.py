"""People who share a surname in one article, on hand-written articles whose answers a person
decided by reading them: an honorific or the mention's own "she said" tells them apart."""

from __future__ import annotations

from collections import Counter

import pandas as pd
import spacy

from helpers.entities import identities, parsing
from helpers.entities.article_names import resolve_article
from helpers.entities.corpus_names import NameEvidence
from helpers.entities.name_spans import NameSpan
from helpers.entities.shared_surnames import tell_apart

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


def test_the_mentions_own_she_said_tells_them_apart(spacy_pipeline, aliases):
    # No honorific: "Clinton said she …" is the woman; a plain "Clinton" stays Bill, named
    # last of the two (each named once).
    mentions = _mentions(
        spacy_pipeline,
        aliases,
        [
            "Hillary Clinton spoke in Ohio on Monday. She said the plan would pass.",
            "Bill Clinton campaigned in Iowa. He said the economy was strong.",
            "Clinton said she would return to Ohio in May.",
            "Clinton described the plan as weak.",
        ],
    )
    assert _entities_of(mentions, 3)[0] == ("Clinton", "Hillary Clinton")
    assert _entities_of(mentions, 4) == [("Clinton", "Bill Clinton")]


def test_a_repeat_the_model_missed_gets_the_person_its_honorific_shows():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    docs = [
        nlp("Hillary Clinton spoke. She smiled."),
        nlp("Bill Clinton spoke. He smiled."),
        nlp("Then Mrs. Clinton left, and then Clinton came back."),
    ]
    names = [
        NameSpan(0, 0, 15, "Hillary Clinton", "PERSON"),
        NameSpan(1, 0, 12, "Bill Clinton", "PERSON"),
    ]
    repeats = [NameSpan(2, 10, 17, "Clinton", "PERSON"), NameSpan(2, 32, 39, "Clinton", "PERSON")]
    resolve_article(names, NameEvidence(Counter((m.text, m.label) for m in names)))
    tell_apart(names, repeats, docs)
    # the second has no honorific: left to the corpus-level rule
    assert [m.person for m in repeats] == ["hillary clinton", ""]


def test_an_honorific_while_one_full_name_was_written_shows_its_gender(spacy_pipeline, aliases):
    # No he/she at all: "Mrs. Clinton" written when only Hillary Clinton was named shows her
    # a woman, so the later "Mrs. Clinton" is her, and "Mr. Clinton" the other one.
    mentions = _mentions(
        spacy_pipeline,
        aliases,
        [
            "Hillary Clinton spoke in Ohio on Monday.",
            "Mrs. Clinton told the crowd that the plan would pass.",
            "Bill Clinton campaigned in Iowa on Tuesday.",
            "Mr. Clinton did not answer questions after the rally.",
            "Mrs. Clinton will speak again on Friday.",
        ],
    )
    assert _entities_of(mentions, 4) == [("Clinton", "Bill Clinton")]
    assert _entities_of(mentions, 5) == [("Clinton", "Hillary Clinton")]


def test_the_one_shown_to_have_the_honorifics_gender_comes_first(spacy_pipeline, aliases):
    # Bill Clinton is shown a man; Hillary and Chelsea Clinton's gender is not shown, and
    # Hillary is named most: "Mr. Clinton" is still Bill.
    mentions = _mentions(
        spacy_pipeline,
        aliases,
        [
            "Bill Clinton campaigned in Iowa. He said the economy was strong.",
            "Hillary Clinton and Chelsea Clinton arrived in Ohio on Monday.",
            "Hillary Clinton spoke first at the rally in Toledo.",
            "Mr. Clinton spoke after the band played.",
        ],
    )
    assert _entities_of(mentions, 4) == [("Clinton", "Bill Clinton")]


def test_an_honorific_written_before_any_full_name_shows_no_gender_of_the_one_after(
    spacy_pipeline, aliases
):
    # "Mr. Alvarez" is the mayor from the first line; his wife is named in full before he
    # is, and the "Mr. Alvarez" between the two full names is still him, not a sign that
    # Rosa Alvarez is a man.
    mentions = _mentions(
        spacy_pipeline,
        aliases,
        [
            "Mr. Alvarez met the mayors at City Hall on Monday.",
            "Mr. Alvarez said the budget would pass.",
            "His wife, Rosa Alvarez, sat in the front row.",
            "Mr. Alvarez thanked the crowd after the vote.",
            "Tomas Alvarez, the mayor, said he would run again.",
            "Mr. Alvarez left early.",
        ],
    )
    assert _entities_of(mentions, 4) == [("Alvarez", "Tomas Alvarez")]
    assert _entities_of(mentions, 6) == [("Alvarez", "Tomas Alvarez")]
