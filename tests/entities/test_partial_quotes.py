"""Partial quotations (issue 15, round 3): quoted words set into reported speech are of
`kind` partial, with the same speaker as a direct quote; quotations that only the
attribution precedes stay direct; scare quotes and titles are no rows at all. Every kind
and speaker below was decided by reading the sentence, not by running the code."""

from __future__ import annotations

import pytest

COLUMNS = ["file", "outlet", "paragraph", "line", "text"]
INTRODUCTION = "Senator Ana Ruiz and Mayor Tom Hale met voters in Dayton on Monday."


@pytest.fixture(scope="module")
def extract(quotes_of):
    def run(text: str) -> list[tuple[str, str, str]]:
        """(kind, speaker, quote) of each quotation of the paragraph after the introduction."""
        found = quotes_of([INTRODUCTION, text])
        found = found[found["kind"] != "indirect"]
        return list(zip(found["kind"], found["speaker"], found["quote"], strict=True))

    return run


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Ruiz said the bill was "a betrayal of working families."', "Ana Ruiz"),
        ('Hale called the decision "reckless."', "Tom Hale"),
        ('Ruiz says that "the bill will not pass this year."', "Ana Ruiz"),
        ('The plan, Hale said, "will cost far more than anyone admits."', "Tom Hale"),
        ('Hale described the plan as "a giveaway to developers."', "Tom Hale"),
        ('The budget is "completely unrealistic," according to Ruiz.', "Ana Ruiz"),
    ],
)
def test_quoted_words_inside_reported_speech_are_partial(extract, text, speaker):
    found = extract(text)
    assert [(kind, who) for kind, who, _ in found] == [("partial", speaker)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Ruiz said, "The bill will not pass this year."', "Ana Ruiz"),
        ('Ruiz told reporters: "The bill will not pass this year."', "Ana Ruiz"),
        ('"The bill will not pass this year," Ruiz said.', "Ana Ruiz"),
        ('According to Ruiz, "the bill will not pass this year."', "Ana Ruiz"),
        ('"The bill," Hale said, "will not pass this year."', "Tom Hale"),
    ],
)
def test_quotations_only_the_attribution_precedes_are_direct(extract, text, speaker):
    found = extract(text)
    assert [(kind, who) for kind, who, _ in found] == [("direct", speaker)]


def test_two_quoted_phrases_of_one_speech_verb_are_one_row(extract):
    found = extract('Hale said the plan was "reckless" and "a waste of money."')
    assert found == [("partial", "Tom Hale", "reckless … a waste of money.")]


@pytest.mark.parametrize(
    "text",
    [
        'The so-called "reform caucus" met on Tuesday.',
        'Ruiz watched the film "Brave New World" with her staff on Friday.',
    ],
)
def test_scare_quotes_and_titles_are_no_quotations(extract, text):
    assert extract(text) == []
