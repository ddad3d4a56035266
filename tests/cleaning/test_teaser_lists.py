"""Related stories printed as a title and a one-sentence teaser each, under a line that is
boilerplate: the whole box goes; a story whose sections run on under subheadings, or
that resumes under the box, stays. Expected labels decided by reading each text."""

from __future__ import annotations

P1 = "The council approved the budget on Tuesday after a debate that lasted six hours."
P2 = "Officials said the new spending plan would protect libraries and bus routes in the town."
P3 = "Opposition members said the plan relied on optimistic forecasts for business rates."
P4 = "The budget will be reviewed in the autumn, when the figures for the first half are known."
BOX = (
    "Related stories\n"
    "Mayor defends tax rise\n"
    "The mayor said the rise was the smallest in the region for a decade.\n"
    "Library hours cut\n"
    "Three branch libraries will close on Mondays from next month, the council said.\n"
    "Bus route saved\n"
    "The number 12 bus will keep running after villagers raised money to fund it."
)


def test_titles_and_their_teasers_under_a_related_heading_go(rules, clean):
    found = clean(f"{P1}\n\n{P2}\n\n{P3}\n\n{BOX}", rules)
    assert [found[n][0] for n in (1, 3, 5)] == ["content"] * 3
    assert [found[n] for n in range(7, 14)] == [("boilerplate", "related-link")] * 7


def test_a_box_of_teasers_between_two_parts_of_furniture_goes(rules, clean):
    found = clean(f"{P1}\n\n{P2}\n\n{P3}\n\n{BOX}\n\nShare this article", rules)
    assert [found[n][0] for n in range(7, 14)] == ["boilerplate"] * 7


def test_the_story_resuming_under_the_box_stays(rules, clean):
    text = f"{P1}\n\n{BOX}\n{P2}\n\n{P3}"
    found = clean(text, rules)
    assert [found[n][0] for n in (5, 6, 7, 8, 9, 10, 12)] == ["content"] * 7


def test_subheadings_with_one_paragraph_each_but_no_boilerplate_above_stay(rules, clean):
    text = f"{P1}\n\nWhat changes\n{P2}\nWho pays\n{P3}\nWhat next\n{P4}"
    found = clean(text, rules)
    assert all(found[n][0] == "content" for n in (3, 4, 5, 6, 7, 8))


def test_one_title_with_its_teaser_is_not_a_box(rules, clean):
    text = f"{P1}\n\n{P2}\n\nMore\nLibrary hours cut\n{P3}"
    found = clean(text, rules)
    assert found[7] == ("content", "")


def test_a_story_told_as_titled_sections_under_its_byline_stays(rules, clean):
    # No story paragraph stands above the byline's sections: they are the story, not a box
    # (the first title, above the first paragraph, goes as any short line there does).
    text = (
        "Three phones to buy this spring\n\nBy Jane Doe\n\n"
        "Acme One\nThe Acme One has the longest battery life of any phone we tested this year.\n"
        "Bolt Mini\nThe Bolt Mini is the smallest phone on sale and still has a good camera.\n"
        "Crane X\nThe Crane X costs less than half as much as its rivals and feels sturdier."
    )
    found = clean(text, rules)
    assert [found[n][0] for n in range(6, 11)] == ["content"] * 5


def test_a_story_going_on_in_titled_sections_under_an_advertisement_label_stays(rules, clean):
    # An advertisement's label stands inside the story: the sections below it are the
    # story going on ("What changes", then one paragraph), not a box of related stories.
    text = f"{P1}\n\n{P2}\n\nAdvertisement\n\nWhat changes\n{P3}\nWhat next\n{P4}"
    found = clean(text, rules)
    assert found[5][0] == "boilerplate"
    assert [found[n][0] for n in (7, 8, 9, 10)] == ["content"] * 4


def test_a_box_under_a_row_of_links_parted_by_bars_goes(rules, clean):
    # The row ("Print | Email") is named by its shape, not its words: it heads the box too.
    text = f"{P1}\n\n{P2}\n\n{P3}\n\nPrint-friendly version | Email to a friend\n\n{BOX[16:]}"
    found = clean(text, rules)
    assert [found[n][0] for n in (1, 3, 5)] == ["content"] * 3
    assert [found[n][0] for n in range(7, 15) if n != 8] == ["boilerplate"] * 7


CUT = (
    "Mayor defends tax rise The mayor said on Monday the rise was the smallest in the...\n"
    "Library hours cut Three branch libraries will close on Mondays from next month, the...\n"
    "Bus route saved The number 12 bus will keep running after villagers raised money to..."
)


def test_teasers_in_a_row_each_cut_off_after_a_word_go(rules, clean):
    found = clean(f"{P1}\n\n{P2}\n\n{CUT}\n\n{P3}\n\n{P4}", rules)
    assert [found[n] for n in (5, 6, 7)] == [("boilerplate", "related-link")] * 3
    assert [found[n][0] for n in (1, 3, 9, 11)] == ["content"] * 4


def test_two_lines_cut_off_or_a_paragraph_trailing_off_stay(rules, clean):
    two = "\n".join(CUT.split("\n")[:2])
    trailing = "And if the council does not find the money by the spring, then..."
    found = clean(f"{P1}\n\n{two}\n\n{P2}\n\n{trailing}\n\n{P3}", rules)
    assert all(found[n][0] == "content" for n in (1, 3, 4, 6, 8, 10))
