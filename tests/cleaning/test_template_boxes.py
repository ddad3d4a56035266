"""Boxes of related stories headed by a template line: titles and teasers printed once go
with the box when a title of the box recurs in another article of the outlet; a box whose
titles are all new, and a story going on under such lines, stay. Expected labels were
decided by reading the small articles below."""

from __future__ import annotations

from helpers.base.corpus import Article
from helpers.cleaning import clean_corpus

STORY_A = (
    "Residents of three villages were moved to higher ground on Sunday as the river rose.\n\n"
    "The water authority said the level would peak on Monday night before falling slowly.\n\n"
    "Volunteers filled sandbags at the town hall through the afternoon and into the evening."
)
STORY_B = (
    "The county council voted on Thursday to close two of its five recycling centres.\n\n"
    "Councillors said the savings would pay for a weekly collection of garden waste.\n\n"
    "Opponents said residents in outlying villages would now have to drive much further."
)
BOX_A = (
    "Region Headlines\n\n"
    "School bus routes change next week\n"
    "The district said drivers would take new roads while the bridge is repaired.\n\n"
    "Hospital opens new maternity wing\n"
    "The wing has twenty beds and was paid for by a local charity.\n\n"
    "Market traders protest parking fees\n"
    "Stallholders say the new charges have cut the number of shoppers by a third."
)
BOX_B = (
    "Region Headlines\n\n"
    "Hospital opens new maternity wing\n"
    "The wing has twenty beds and was paid for by a local charity.\n\n"
    "Library extends its opening hours\n"
    "The central library will now stay open until eight on weekday evenings."
)


def article(file: str, text: str) -> Article:
    return Article(file, "Gazette", tuple(text.split("\n")), "utf-8", "")


def labels(result, file: str) -> dict[int, tuple[str, str]]:
    rows = result.lines[result.lines["file"] == file]
    return {row.line: (row.label, row.rule) for row in rows.itertuples()}


def test_a_box_whose_heading_and_a_title_recur_goes_with_its_new_titles_and_teasers(rules):
    a = article("a.txt", f"{STORY_A}\n\n{BOX_A}")
    b = article("b.txt", f"{STORY_B}\n\n{BOX_B}")
    found = labels(clean_corpus([a, b], rules), "a.txt")
    assert [found[n][0] for n in (1, 3, 5)] == ["content"] * 3  # the story
    assert found[7] == ("boilerplate", "template")  # "Region Headlines"
    assert found[9] == ("boilerplate", "related-link")  # a title printed once
    assert found[10] == ("boilerplate", "related-link")  # its teaser
    assert found[12] == ("boilerplate", "template")  # the title B prints too
    assert found[13][0] == "boilerplate"  # its teaser
    assert found[15] == ("boilerplate", "related-link")
    assert found[16] == ("boilerplate", "related-link")


def test_a_box_whose_titles_are_all_new_stays(rules):
    # Only the heading recurs: nothing across articles says the titles under it are a box.
    box_b = BOX_B.replace("Hospital opens new maternity wing", "Ferry timetable changes")
    a = article("a.txt", f"{STORY_A}\n\n{BOX_A}")
    b = article("b.txt", f"{STORY_B}\n\n{box_b}")
    found = labels(clean_corpus([a, b], rules), "a.txt")
    assert found[7] == ("boilerplate", "template")
    assert found[9] == ("content", "")
    assert found[10] == ("content", "")


def test_a_story_going_on_under_the_titles_stays(rules):
    # Two paragraphs in a row under the last title: the story resumes, this is no box.
    more = (
        "\nEngineers will inspect the flood defences once the water has gone down again.\n\n"
        "The authority said it would publish its findings before the end of the month."
    )
    a = article("a.txt", f"{STORY_A}\n\n{BOX_A}{more}")
    b = article("b.txt", f"{STORY_B}\n\n{BOX_B}")
    found = labels(clean_corpus([a, b], rules), "a.txt")
    assert found[9] == ("content", "")
    assert found[16] == ("content", "")
