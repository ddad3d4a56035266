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


def test_an_honorific_goes_to_the_corpus_person_of_its_gender(spacy_pipeline, aliases):
    # The article names only the first lady in full and shows no gender of hers but its
    # own "Mr. Obama" (one vote, against the two articles that show her a woman): "Mr.
    # Obama" is not she, but the Obama the corpus shows a man.
    rows = [
        ("a.txt", 1, "Mr. Obama met the governors at the White House on Monday."),
        ("a.txt", 2, "The president and the first lady, Michelle Obama, greeted the guests."),
        ("a.txt", 3, "Mr. Obama left for Chicago on Tuesday."),
        ("b.txt", 1, "Michelle Obama spoke in Ohio. She said she was proud of the volunteers."),
        ("c.txt", 1, "Barack Obama signed the bill. He said it would help families."),
        ("d.txt", 1, "Michelle Obama visited a school in Iowa. She read to the children."),
        ("e.txt", 1, "Barack Obama and Michelle Obama arrived in Hawaii on Friday."),
    ]
    frame = pd.DataFrame(
        [(file, "Outlet", n, n, text) for file, n, text in rows],
        columns=["file", "outlet", "paragraph", "line", "text"],
    )
    docs = list(parsing.parse_texts(spacy_pipeline, frame["text"]))
    mentions = identities.extract_mentions(frame, docs, aliases)
    article = mentions[(mentions["file"] == "a.txt") & (mentions["label"] == "PERSON")]
    said = list(zip(article["paragraph"], article["entity"], strict=True))
    assert said == [(1, "Barack Obama"), (2, "Michelle Obama"), (3, "Barack Obama")]


def test_an_honorific_goes_to_no_one_the_corpus_never_names_with_her(spacy_pipeline, aliases):
    # The councillor's husband is "Mr. Johnson", never named in full; the corpus's man
    # Johnson is the prime minister, whom no article names with her: the quotation is not
    # his. (It stays with the one Johnson the article names, as before the honorific rule.)
    mentions = _mentions(
        spacy_pipeline,
        aliases,
        {
            "a.txt": [
                "Prime Minister Boris Johnson said on Monday that the talks would go on.",
                "Boris Johnson met the French president in Paris. He said the talks went well.",
            ],
            "b.txt": [
                "Boris Johnson will travel to Brussels. He said he would not accept a delay."
            ],
            "c.txt": [
                "Councillor Mary Johnson has lived on Elm Street for 30 years.",
                "Her husband lost his job at the mill in March.",
                '"I look for work every day," Mr. Johnson said.',
            ],
            "d.txt": [
                "Councillor Mary Johnson said she would vote against the budget.",
                "She said the library must stay open.",
            ],
            "e.txt": ["Mary Johnson, who chairs the housing committee, said she had asked."],
        },
    )
    article = mentions[(mentions["file"] == "c.txt") & (mentions["label"] == "PERSON")]
    assert "Boris Johnson" not in set(article["entity"])
