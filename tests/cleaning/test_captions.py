"""A photo's caption found by the credit line under it: the lines above a credit in one
short block go, a paragraph a credit stands under in a long block stays, and a caption's
later copies go with it; a caption or a pull quote with its source's name under it, set
between two paragraphs, goes, and a last paragraph signed with a name stays. Expected
labels decided by reading each text."""

from __future__ import annotations

import pytest

from helpers.base.text import word_count
from helpers.cleaning.captions import captions_above_credits, sourced_lines
from helpers.cleaning.line_shape import line_shape

CAPTION = "Councillors in the chamber voted by a show of hands at the end of the debate."
STORY = f"""Council passes budget

The council approved the budget on Tuesday after a debate that lasted six hours.

{CAPTION}
Jane Doe/Getty Images

Officials said the new spending plan would protect libraries and bus routes in the town.
Opposition members said the plan relied on optimistic forecasts for business rates.
The mayor said the vote showed the council could agree when it mattered most.
Jane Doe/Getty Images
The budget takes effect in April, the council's finance officer said on Wednesday.

{CAPTION}"""


def test_the_lines_above_a_credit_in_a_short_block_are_its_caption():
    forms = ["A paragraph.", "", "A caption", "A credit", "", "One", "Two", "Three", "A credit"]
    kinds = ["", "", "", "credit", "", "", "", "", "image-caption"]
    words = [2, 0, 2, 2, 0, 1, 1, 1, 2]
    story = [True] + [False] * 8  # the paragraph outside the caption's block
    assert captions_above_credits(forms, kinds, words, story) == {2: 3}


STANDFIRST = """Council passes budget

The council's new budget protects libraries and bus routes but raises council tax by 4%.
Image: Councillors vote on the budget in the council chamber in the town hall on Tuesday
Jane Doe/Getty Images

The council approved the budget on Tuesday after a debate that lasted six hours."""


def test_a_standfirst_above_a_captioned_photo_stays(rules, clean):
    found = clean(STANDFIRST, rules)
    assert found[3] == ("content", "")
    assert found[4][0] == "boilerplate"


def test_a_caption_above_its_credit_goes_and_a_paragraph_above_a_credit_stays(rules, clean):
    found = clean(STORY, rules)
    assert found[5] == ("boilerplate", "image-caption")
    assert [found[n] for n in (3, 8, 9, 10, 12)] == [("content", "")] * 5


def test_a_caption_printed_again_goes_as_a_repeat(rules, clean):
    assert clean(STORY, rules)[14] == ("duplicate", "exact-duplicate")


SOURCED = """Smog closes schools in Delhi

Schools in Delhi closed on Friday as the city's air quality index passed 900 in some areas.

The government handed out five million masks to children and asked builders to stop work.

Air pollution in Delhi has stayed above safe levels all week.
Berkeley Earth

Doctors said that the number of people who came to them with a cough had doubled.

No one should have to choose between breathing and going to work
Health minister

The minister said the city would ban older diesel lorries from Monday morning.

Officials said the ban would be reviewed after a month, when the winds usually change.
Jane Doe"""


def test_a_source_under_a_line_between_two_paragraphs_is_found():
    lines = [
        "A paragraph of the story, long enough to read as one.",
        "",
        "Smog hung over the city.",
        "Berkeley Earth",
        "",
        "Another paragraph of the story, long enough to read as one.",
    ]
    shapes = [line_shape(f, word_count(f)) if f else None for f in lines]
    found = sourced_lines(lines, shapes, [bool(f) for f in lines])
    assert {i: kind for i, (kind, _) in found.items()} == {2: "image-caption", 3: "credit"}


def test_a_caption_and_a_pull_quote_with_their_sources_go_and_a_signed_paragraph_stays(
    rules, clean
):
    found = clean(SOURCED, rules)
    assert [found[n] for n in (7, 12)] == [("boilerplate", "image-caption")] * 2
    assert [found[n] for n in (8, 13)] == [("boilerplate", "credit")] * 2
    assert [found[n] for n in (3, 5, 10, 15, 17)] == [("content", "")] * 5
    # The last paragraph has no paragraph after it: its signature is not a source's line.
    assert found[18] != ("boilerplate", "credit")


def test_an_article_printed_as_one_short_block_has_no_caption():
    # A headline, the story's one paragraph and its photo's credit, with no blank line: the
    # paragraph is the story, not a caption (there is no story outside the block).
    forms = [
        "The Simple Tip for Matching Your Scarf to Your Coat",
        "The actress wore a green coat and a striped scarf to the gala on Saturday night.",
        "Source: Getty",
    ]
    story = [False, True, False]
    assert captions_above_credits(forms, ["", "", "credit"], [10, 16, 2], story) == {}


ONE_PARAGRAPH = (
    "Council Approves New Budget for Parks\n"
    "The city council voted 7-2 on Tuesday to raise spending on parks by 4 percent.\n"
    "Photo by Jane Doe"
)


@pytest.mark.parametrize(
    "text",
    [
        ONE_PARAGRAPH + "\n\nShare this article",  # a share row in a block of its own
        ONE_PARAGRAPH.replace("\n", "\n\n", 1),  # a blank line under the headline
    ],
)
def test_a_one_paragraph_article_in_two_blocks_keeps_its_paragraph(rules, clean, text):
    # A second block, but no story paragraph outside the one above the credit: the
    # paragraph is the article's own, not a photo's caption.
    found = clean(text, rules)
    labels = [found[n][0] for n in sorted(found) if found[n][0] != "blank"]
    assert labels[:3] == ["headline", "content", "boilerplate"]
