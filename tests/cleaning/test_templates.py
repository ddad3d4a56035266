"""Template lines: a line an outlet prints in several of its articles is boilerplate, a story
sentence it repeats is not, and nothing is counted across outlets or across an article's copy.
Expected labels were decided by reading the small articles below."""

from __future__ import annotations

from helpers.base.corpus import Article
from helpers.cleaning import clean_corpus

STORY_A = (
    "The council approved the budget on Tuesday after a debate that lasted six hours.\n\n"
    "Listen with the Evening Desk\n\n"
    "Officials said the new spending plan would protect libraries and bus routes in the town.\n\n"
    "The mayor has been in office since 2019 and faces re-election in May."
)
STORY_B = (
    "Bus fares will rise by ten pence from June, the transport authority said on Friday.\n\n"
    "Listen with the Evening Desk\n\n"
    "Passenger groups said the rise would hit commuters who had already seen two increases.\n\n"
    "The mayor has been in office since 2019 and faces re-election in May."
)


def article(file: str, text: str, outlet: str) -> Article:
    return Article(file, outlet, tuple(text.split("\n")), "utf-8", "")


def labels(result, file: str) -> dict[int, tuple[str, str]]:
    rows = result.lines[result.lines["file"] == file]
    return {row.line: (row.label, row.rule) for row in rows.itertuples()}


def test_a_line_in_two_articles_of_an_outlet_is_template_and_a_shared_sentence_is_not(rules):
    result = clean_corpus(
        [article("a.txt", STORY_A, "Gazette"), article("b.txt", STORY_B, "Gazette")], rules
    )
    for file in ("a.txt", "b.txt"):
        found = labels(result, file)
        assert found[3] == ("boilerplate", "template")
        assert found[7] == ("content", "")  # the background sentence both stories repeat
    reason = result.lines.set_index(["file", "line"]).loc[("a.txt", 3), "reason"]
    assert reason == "template: the same line is in 2 of 2 articles from Gazette"


def test_lines_are_not_counted_across_outlets(rules):
    result = clean_corpus(
        [article("a.txt", STORY_A, "Gazette"), article("b.txt", STORY_B, "Herald")], rules
    )
    assert labels(result, "a.txt")[3] == ("content", "")


def test_a_second_copy_of_an_article_does_not_make_its_lines_template(rules):
    copies = [article("a.txt", STORY_A, "Gazette"), article("a2.txt", STORY_A, "Gazette")]
    result = clean_corpus(copies, rules)
    assert labels(result, "a.txt")[3] == ("content", "")
    assert labels(result, "a2.txt")[3] == ("duplicate", "duplicate-article")
