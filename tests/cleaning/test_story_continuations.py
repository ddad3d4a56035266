"""Short lines outside the story's paragraphs that are still the story's: a heading of what
follows the story (tour dates, a man of the match), a line a separator parts from the story.
Expected labels decided by reading each
text."""

from __future__ import annotations

P1 = "The band announced a new tour on Monday, its first in more than ten years."
P2 = "The singer said the shows would cover every album the band has recorded so far."


def test_a_heading_of_a_list_of_dates_after_the_story_stays(rules, clean):
    text = f"{P1}\n\n{P2}\n\nTour Dates\n\nJune 9 - Tampa, FL\nJune 10 - Nashville, TN"
    found = clean(text, rules)
    assert [found[n][0] for n in (5, 7, 8)] == ["content"] * 3


def test_a_heading_above_a_sentence_after_the_story_stays(rules, clean):
    found = clean(f"{P1}\n\n{P2}\n\nELSEWHERE\n\nThe drummer will miss the first week.", rules)
    assert found[5] == ("content", "")


def test_a_heading_after_a_removed_line_goes(rules, clean):
    # The author's name is not the story's, so the teaser heading below it is not either.
    text = f"{P1}\n\n{P2}\n\nJane Doe\n\nFestival line-up\n\nOrganisers add 12 acts"
    found = clean(text, rules)
    assert found[5] == ("boilerplate", "outside-story")
    assert found[7] == ("boilerplate", "outside-story")


def test_a_heading_with_nothing_to_head_goes(rules, clean):
    found = clean(f"{P1}\n\n{P2}\n\nFestival line-up", rules)
    assert found[5] == ("boilerplate", "outside-story")


def test_a_separator_does_not_cut_the_story_from_a_line_that_continues_it(rules, clean):
    text = f"{P1}\n\n{P2}\n\n___\n\nTour details:\nhttp://example.com/tour"
    found = clean(text, rules)
    assert found[7] == ("content", "")
    assert found[8][0] == "boilerplate"


def test_contact_details_a_colon_introduces_after_the_story_stay(rules, clean):
    text = (
        f"{P1}\n\n{P2}\n\nAdvertisement\n\nFor more information contact:\nJane Doe\n"
        "Press Officer\nTel. 020 7946 0958\n\nNewsletter"
    )
    found = clean(text, rules)
    assert found[5] == ("boilerplate", "advertisement")
    assert [found[n][0] for n in (7, 8, 9, 10)] == ["content"] * 4
    assert found[12][0] == "boilerplate"


def test_a_colon_line_without_figures_under_it_goes_when_cut_off(rules, clean):
    text = f"{P1}\n\n{P2}\n\nAdvertisement\n\nYou might also like:\nJane Doe\nTour diaries"
    found = clean(text, rules)
    assert [found[n][0] for n in (7, 8, 9)] == ["boilerplate"] * 3


def test_a_related_link_holding_its_title_heads_no_list(rules, clean):
    text = f"{P1}\n\nRelated post: Our last tour in pictures\n\nWHAT THE SHOWS WILL COST\n\n{P2}"
    found = clean(text, rules)
    assert found[3] == ("boilerplate", "related-link")
    assert found[5] == ("content", "")


def test_a_line_introducing_the_story_s_list_ends_a_related_list(rules, clean):
    text = (
        f"{P1}\n\nMore in Music\n\nBand tours again\n\nHere are the dates so far:\n\n"
        f"June 9 - Tampa, FL\n\n{P2}"
    )
    found = clean(text, rules)
    assert found[5] == ("boilerplate", "related-link")
    assert found[7] == ("content", "")
    assert found[9] == ("content", "")


def test_a_venue_and_its_hours_after_the_story_stay_when_cut_off_from_it(rules, clean):
    # The block with a range of times in it is the story's listing; the name alone is not,
    # nor a related title stamped with the time it was posted.
    text = (
        f"{P1}\n\n{P2}\n\nShare on Facebook\nShare on Twitter\n\n"
        "The Old Mill\n12 Mill Lane, Leeds\n7.30 p.m. - 11 p.m.\n\nJane Doe\n\n"
        "Mayor defends tax rise 3:42 p.m.\nLibrary hours cut 1:15 p.m."
    )
    found = clean(text, rules)
    assert [found[n][0] for n in (5, 6)] == ["boilerplate"] * 2
    assert [found[n] for n in (8, 9, 10)] == [("content", "")] * 3
    assert found[12] == ("boilerplate", "outside-story")
    assert [found[n][0] for n in (14, 15)] == ["boilerplate"] * 2


def test_a_closing_line_with_no_verb_directly_under_the_story_stays(rules, clean):
    found = clean(f"{P1}\n\n{P2}\n\nSo much for a quiet retirement.\n\nAdvertisement", rules)
    assert found[5] == ("content", "")


def test_a_credit_or_a_signature_under_the_story_is_no_closing_line(rules, clean):
    found = clean(f"{P1}\n\n{P2}\n\nContributing: Jane Doe.\n\nAdvertisement", rules)
    assert found[5] == ("boilerplate", "outside-story")
    found = clean(f"{P1}\n\n{P2}\n\nFollow Jane Doe at www.example.com.", rules)
    assert found[5][0] == "boilerplate"
    found = clean(f"{P1}\n\n{P2}\n\nGazette home | We welcome your letters.", rules)
    assert found[5][0] == "boilerplate"


def test_a_closing_line_cut_off_from_the_story_still_goes(rules, clean):
    found = clean(f"{P1}\n\n{P2}\n\nAdvertisement\n\nSo much for a quiet retirement.", rules)
    assert found[7] == ("boilerplate", "outside-story")


def test_a_salutation_above_the_story_s_first_paragraph_stays(rules, clean):
    text = "Thursday, March 5, 2015\nNotes from the allotment\nDear all,\n" + f"{P1}\n{P2}"
    found = clean(text, rules)
    assert found[3] == ("content", "")  # "Dear all,"


def test_a_reader_s_letter_keeps_its_salutation_and_a_byline_still_goes(rules, clean):
    text = f"Letters: the bypass\nDear Editor:\n{P1}\n{P2}\nJane Doe, Features Editor"
    found = clean(text, rules)
    assert found[2] == ("content", "")  # "Dear Editor:"
    assert found[5] == ("boilerplate", "byline")


def test_a_greeting_above_a_removed_line_is_no_salutation(rules, clean):
    text = f"{P1}\n{P2}\n\nHi everyone,\n\nAdvertisement\n\nShare this article"
    found = clean(text, rules)
    assert found[4][0] == "boilerplate"
