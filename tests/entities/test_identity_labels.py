"""Who a name is across a corpus, on hand-written articles whose answers a person decided
by reading them: a lone surname the model tags ORG, a first name that is someone's surname."""

from __future__ import annotations

import dataclasses

import pandas as pd

from helpers.base import paths
from helpers.entities import identities, parsing, quotes

COLUMNS = ["file", "outlet", "paragraph", "line", "text"]


def _corpus(articles: dict[str, list[str]]) -> pd.DataFrame:
    rows = [
        (file, "Outlet", n, n, text)
        for file, paragraphs in articles.items()
        for n, text in enumerate(paragraphs, start=1)
    ]
    return pd.DataFrame(rows, columns=COLUMNS)


def test_a_surname_written_with_a_title_is_a_person_where_untitled(spacy_pipeline, aliases):
    frame = _corpus(
        {
            "a.txt": ["“The plan will fail,” Kasich said.", "Kasich said the plan would fail."],
            "b.txt": ["Kasich said the budget was a mistake."],
            "c.txt": ["Kasich said the vote was close."],
            "f.txt": ["Kasich said the road would open in May."],
            "g.txt": ["Kasich said the tax would go."],
            "d.txt": ["Gov. Kasich spoke in Columbus on Monday."],
            "e.txt": ["Mr. Kasich did not answer."],
        }
    )
    docs = list(parsing.parse_texts(spacy_pipeline, frame["text"]))
    mentions = identities.extract_mentions(frame, docs, aliases)
    assert set(mentions["label"]) == {"PERSON", "GPE"}
    assert set(mentions.loc[mentions["label"] == "PERSON", "entity"]) == {"Kasich"}
    verbs = quotes.load_speech_verbs(paths.DATA_DIR / "speech_verbs.txt")
    found = quotes.extract_quotes(frame, docs, mentions, verbs)
    direct = found[found["kind"] == "direct"]
    assert list(zip(direct["speaker"], direct["speaker_type"], strict=True)) == [
        ("Kasich", "person")
    ]


def test_a_first_name_that_is_another_persons_surname(spacy_pipeline, aliases):
    frame = _corpus(
        {
            "a.txt": ["The comedian Larry David joked about the race on Sunday."],
            "b.txt": [
                "“We are not out of the idea business,” said David Madden, president of "
                "entertainment at the network.",
                "Madden said the network would try again next year.",
            ],
            "c.txt": ["Megan Madden, a reporter at the paper, wrote the story."],
        }
    )
    docs = list(parsing.parse_texts(spacy_pipeline, frame["text"]))
    mentions = identities.extract_mentions(frame, docs, aliases)
    in_b = mentions[(mentions["file"] == "b.txt") & mentions["text"].str.contains("Madden")]
    assert list(in_b["entity"]) == ["David Madden", "David Madden"]


def _named(file: str, text: str, person: str) -> tuple:
    """One name of `article_mentions`: a PERSON in paragraph 1, resolved to `person`."""
    return (file, "Outlet", 1, 1, 0, len(text), text, "PERSON", person, False, False, False, "")


def test_a_lone_first_name_does_not_join_a_name_that_merely_ends_with_it(aliases):
    # Found on 400 PolNeAR articles: 68 lone "Hillary" went to "Stop Hillary" (a PAC the
    # model took for a person), the one full name ending with "Hillary", while Hillary
    # Clinton was named 1,449 times. A lone surname still joins its one full name.
    names = pd.DataFrame(
        [
            _named("a.txt", "Hillary Clinton", "hillary clinton"),
            _named("a.txt", "Sergei Lavrov", "sergei lavrov"),
            _named("b.txt", "Stop Hillary", "stop hillary"),
            _named("c.txt", "Hillary", ""),
            _named("c.txt", "Lavrov", ""),
        ],
        columns=identities.ARTICLE_COLUMNS,
    )
    merged = identities.merge_identities(names, aliases)
    assert list(merged.loc[merged["file"] == "c.txt", "entity"]) == ["Hillary", "Sergei Lavrov"]
    assert list(merged.loc[merged["file"] == "b.txt", "entity"]) == ["Stop Hillary"]


def _org(file: str, paragraph: int, start: int, text: str) -> tuple:
    """One organisation name of `article_mentions`, at `start` in its paragraph."""
    end = start + len(text)
    return (file, "Outlet", paragraph, 1, start, end, text, "ORG", "", False, False, False, "")


def test_an_acronym_joins_only_the_name_the_text_defines_it_for(aliases):
    # a.txt: "The Federal Bureau of Investigation (FBI) opened a case." and "The FBI declined."
    # b.txt: "He called it the Clown News Network on Monday." and "CNN did not reply."
    # Only "FBI" is defined; the jibe's initials spelling CNN make it no name of CNN's.
    names = pd.DataFrame(
        [
            _org("a.txt", 1, 4, "Federal Bureau of Investigation"),
            _org("a.txt", 1, 37, "FBI"),
            _org("a.txt", 2, 4, "FBI"),
            _org("b.txt", 1, 17, "Clown News Network"),
            _org("b.txt", 2, 0, "CNN"),
        ],
        columns=identities.ARTICLE_COLUMNS,
    )
    merged = identities.merge_identities(names, aliases)
    assert list(merged["entity"]) == [
        "Federal Bureau of Investigation",
        "Federal Bureau of Investigation",
        "Federal Bureau of Investigation",
        "Clown News Network",
        "CNN",
    ]


def test_a_lone_surname_is_the_person_named_in_ten_times_as_many_articles_or_no_one(aliases):
    # Barack Obama named in 10 articles, Michelle Obama in one: "Obama" alone in an article
    # naming neither is Barack's. Hillary Clinton in 5 articles, Bill Clinton in one:
    # "Clinton" alone is left on its own, as a reader could not tell either.
    names = pd.DataFrame(
        [
            *[_named(f"a{n}.txt", "Barack Obama", "barack obama") for n in range(10)],
            _named("b.txt", "Michelle Obama", "michelle obama"),
            *[_named(f"a{n}.txt", "Hillary Clinton", "hillary clinton") for n in range(5)],
            _named("b.txt", "Bill Clinton", "bill clinton"),
            _named("c.txt", "Obama", ""),
            _named("c.txt", "Clinton", ""),
        ],
        columns=identities.ARTICLE_COLUMNS,
    )
    merged = identities.merge_identities(names, aliases)
    assert list(merged.loc[merged["file"] == "c.txt", "entity"]) == ["Barack Obama", "Clinton"]


def test_a_lone_surname_is_the_person_named_ten_times_as_often_in_fewer_articles(aliases):
    # Ronald Reagan named 12 times in two articles, Nancy Reagan once in a third: "Reagan"
    # alone is Ronald's, though two articles against one are not ten times as many.
    names = pd.DataFrame(
        [
            *[_named("a.txt", "Ronald Reagan", "ronald reagan")] * 6,
            *[_named("b.txt", "Ronald Reagan", "ronald reagan")] * 6,
            _named("c.txt", "Nancy Reagan", "nancy reagan"),
            _named("d.txt", "Reagan", ""),
        ],
        columns=identities.ARTICLE_COLUMNS,
    )
    merged = identities.merge_identities(names, aliases)
    assert list(merged.loc[merged["file"] == "d.txt", "entity"]) == ["Ronald Reagan"]


def test_a_lone_name_listed_in_the_aliases_is_what_the_list_says(aliases):
    # The corpus names Barack Obama far more often, but the researcher listed "Obama" as
    # Michelle Obama's: the list wins over the corpus's guess. Facebook, listed as an
    # organisation, is not the "person" the model once made of "Jolley via Facebook".
    listed = dataclasses.replace(
        aliases, canonical={**aliases.canonical, "obama": "Michelle Obama"}
    )
    names = pd.DataFrame(
        [
            *[_named("a.txt", "Barack Obama", "barack obama")] * 10,
            _named("b.txt", "Jolleyvia Facebook", "jolleyvia facebook"),
            _named("c.txt", "Obama", ""),
            _named("c.txt", "Facebook", ""),
        ],
        columns=identities.ARTICLE_COLUMNS,
    )
    merged = identities.merge_identities(names, listed)
    assert list(merged.loc[merged["file"] == "c.txt", "entity"]) == ["Michelle Obama", "Facebook"]
    assert merged.loc[merged["text"] == "Facebook", "label"].item() == "ORG"


def test_a_first_name_and_a_shared_surname_within_an_article(spacy_pipeline, aliases):
    frame = _corpus(
        {
            "a.txt": [
                "Bernie Sanders told supporters in Burlington that the campaign would go on.",
                "Sanders said the primaries were not over.",
                "His wife, Jane, said the movement would continue.",
                "Bernie Sanders has won eight of the last nine contests.",
                "Jane Sanders spoke to reporters after the rally.",
                "Sanders later thanked the volunteers.",
            ]
        }
    )
    docs = list(parsing.parse_texts(spacy_pipeline, frame["text"]))
    mentions = identities.extract_mentions(frame, docs, aliases)
    people = mentions[mentions["label"] == "PERSON"]
    assert list(zip(people["paragraph"], people["text"], people["entity"], strict=True)) == [
        (1, "Bernie Sanders", "Bernie Sanders"),
        (2, "Sanders", "Bernie Sanders"),
        (3, "Jane", "Jane Sanders"),  # the one full name of the article beginning "Jane"
        (4, "Bernie Sanders", "Bernie Sanders"),
        (5, "Jane Sanders", "Jane Sanders"),
        (6, "Sanders", "Bernie Sanders"),  # named in full twice, his wife once
    ]
