"""Lines no kind names, classed by their place around the story: what a reader keeps (a
one-sentence lead, a subheading, a list inside the story) and what goes (a section label
before the story, a name after it, short lines between boilerplate, a list under a
"Related" heading, a comment section). Expected labels decided by reading each text."""

from __future__ import annotations

P1 = "The council approved the budget on Tuesday after a debate that lasted six hours."
P2 = "Officials said the new spending plan would protect libraries and bus routes in the town."
P3 = "Opposition members said the plan relied on optimistic forecasts for business rates."


def test_a_label_before_the_story_goes_and_a_one_sentence_lead_stays(rules, clean):
    found = clean(
        f"Budget vote\n\nCouncil watch\n\nThe council has a new budget.\n\n{P1}\n\n{P2}", rules
    )
    assert found[1] == ("headline", "")
    assert found[3] == ("boilerplate", "outside-story")
    assert found[5] == ("content", "")


def test_a_subheading_a_quote_and_a_list_inside_the_story_stay(rules, clean):
    text = f'{P1}\n\nWhat changes\n\n{P2}\n\n"It is a fair budget"\n\nLibraries\nBus routes\nParks\n\n{P3}'
    found = clean(text, rules)
    assert [found[n][0] for n in (3, 5, 7, 9, 10, 11, 13)] == ["content"] * 7


def test_a_short_line_between_boilerplate_lines_goes(rules, clean):
    found = clean(f"{P1}\n\nAdvertisement\nAcme Widgets\nAdvertisement\n\n{P2}", rules)
    assert found[4] == ("boilerplate", "advertisement")


def test_a_name_after_the_story_goes_and_figures_joined_to_it_stay(rules, clean):
    text = f"{P1}\n\n{P2}\n\nResults by ward:\nNorth 412\nSouth 388\n\nAdvertisement\n\nJane Doe"
    found = clean(text, rules)
    assert [found[n][0] for n in (5, 6, 7)] == ["content"] * 3
    assert found[11] == ("boilerplate", "outside-story")


def test_a_list_under_a_related_heading_goes_until_a_subheading(rules, clean):
    text = (
        f"{P1}\n\nRelated stories\nMayor defends tax rise\nLibrary hours cut\n\nNext steps\n\n{P2}"
    )
    found = clean(text, rules)
    assert [found[n] for n in (3, 4, 5)] == [("boilerplate", "related-link")] * 3
    assert found[7] == ("content", "")


def test_a_comment_section_goes_with_its_comments(rules, clean):
    text = (
        f"{P1}\n\n{P2}\n\nComments (2)\nsam_lee\n5 April 2024 10:31\n"
        "I think the council got this one right, for once.\nReport abuse\nReply"
    )
    found = clean(text, rules)
    assert all(found[n] == ("boilerplate", "comment-prompt") for n in (5, 6, 8, 9, 10))
    assert found[7] == ("boilerplate", "dateline-stamp")


def test_a_related_title_ending_with_a_question_mark_stays_in_the_list(rules, clean):
    text = (
        f"{P1}\n\nRelated stories\nCan the council balance its books?\nLibrary hours cut\n\n"
        f"The council will vote again in May.\n\n{P2}"
    )
    found = clean(text, rules)
    assert [found[n] for n in (3, 4, 5)] == [("boilerplate", "related-link")] * 3
    assert found[7] == ("content", "")


def test_a_related_title_touching_the_one_above_it_stays_in_the_list(rules, clean):
    # Printed with no blank line between them, the second title is the list's last item,
    # not a subheading of the paragraph under it; apart from the list, it would be one.
    text = f"{P1}\n\nRelated articles\nMayor defends tax rise\nLibrary hours cut\n{P2}\n\n{P3}"
    found = clean(text, rules)
    assert [found[n] for n in (3, 4, 5)] == [("boilerplate", "related-link")] * 3
    assert found[6] == found[8] == ("content", "")


def test_a_row_of_links_parted_by_bars_goes_wherever_it_stands(rules, clean):
    text = f"{P1}\n\nLocal news | Schools | Weather\n\n{P2}\n\nPosted in Politics | Permalink"
    found = clean(text, rules)
    assert found[3] == ("boilerplate", "navigation")
    assert found[7][0] == "boilerplate"
    assert found[1] == found[5] == ("content", "")


def test_a_long_comment_under_a_prompt_and_its_commenter_goes(rules, clean):
    # The comment runs past the window in which comment furniture is looked for, but the
    # prompt's next line is a commenter's stamp, and more furniture follows the comment.
    comment = "\n".join(
        f"Point {n}: the council should have listened to the residents." for n in range(14)
    )
    text = f"{P1}\n\n{P2}\n\nAdd Comment\nPosted by: sam_lee on 4:05pm Tue 1 Jan 08\n{comment}\nReport this post"
    found = clean(text, rules)
    assert found[1] == found[3] == ("content", "")
    assert [found[n][0] for n in range(5, 22)] == ["boilerplate"] * 17


def test_a_prompt_inside_the_story_with_a_stamp_far_below_does_not_end_it(rules, clean):
    text = f"{P1}\n\nReport\n\n{P2}\n\n{P3}\n\nUpdated 5 April 2024 10:31"
    found = clean(text, rules)
    assert found[5] == found[7] == ("content", "")


RELEASE = (
    "Acme opens a lighting plant in Ohio\n\n"
    "COLUMBUS, Ohio, March 3 - Acme Corp. said on Monday that it will open a\n"
    "new assembly plant near Columbus next year, adding about 400 jobs to the\n"
    "region and doubling the output of its lighting division.\n\n"
    "Acme Corp. makes lamps, switches and lighting controls for homes and offices\n"
    "in more than forty countries, and helps its customers use energy to its full\n"
)


def test_the_last_line_of_a_wrapped_paragraph_ending_a_sentence_stays(rules, clean):
    # The page wrapped the paragraph at a fixed width: its last line starts with the word
    # that ends the sentence above, then a short sentence of its own.
    found = clean(RELEASE + "potential. Visit Acme Lamps online: www.acme-example.com.", rules)
    assert [found[n] for n in (7, 8, 9)] == [("content", "")] * 3


def test_a_web_address_ending_a_wrapped_paragraph_is_no_bare_link(rules, clean):
    text = RELEASE + "potential, and for more about the company, please visit its web\n"
    found = clean(text + "site at www.acme-example.com.", rules)
    assert found[10] == ("content", "")


def test_a_link_the_prose_above_runs_into_but_ending_no_sentence_still_goes(rules, clean):
    # Spam under a paragraph reads on from it in lower case, but ends with its link.
    text = RELEASE + "potential, and readers may order its lamps from the shop\n"
    found = clean(
        text + "lamps online http://shop.acme-example.com/lamps-online-cheap-buy-now", rules
    )
    assert found[10] == ("boilerplate", "link-or-handle")


def test_a_list_under_its_colon_line_stays_with_a_box_between_them(rules, clean):
    text = (
        f"{P1}\n\nThe three new board members are:\n\nAdvertisement\n\n"
        f"Jane Doe, Leeds\nJohn Roe, York\nAnn Poe, Hull\n\n{P2}\n\n{P3}"
    )
    found = clean(text, rules)
    assert [found[n] for n in (7, 8, 9)] == [("content", "")] * 3


def test_a_form_under_a_colon_line_and_a_box_still_goes(rules, clean):
    text = (
        f"{P1}\n\nThe council asks residents:\n\nSign up for our newsletter\n\n"
        f"First name:\nLast name:\nPostcode:\n\n{P2}\n\n{P3}"
    )
    found = clean(text, rules)
    assert [found[n][0] for n in (7, 8, 9)] == ["boilerplate"] * 3


def test_a_roster_of_names_after_the_story_stays(rules, clean):
    text = f"{P1}\n\n{P2}\n\nSouthampton: Davis; Thomas, Davies, Bennett, Wright, John.\n\nJane Doe"
    found = clean(text, rules)
    assert found[5] == ("content", "")
    assert found[7] == ("boilerplate", "outside-story")


def test_a_roster_with_accented_names_after_the_story_stays(rules, clean):
    # "Bellerín" and "Özil" are capitalised names too.
    sheet = "Arsenal: Leno; Bellerín, Mustafi, Sokratis, Kolasinac; Özil, Xhaka."
    found = clean(f"{P1}\n\n{P2}\n\n{sheet}\n\nJane Doe", rules)
    assert found[5] == ("content", "")


def test_an_advertisement_marker_does_not_cut_off_what_continues_the_story(rules, clean):
    after = (
        f"{P1}\n\n{P2}\n\nAdvertisement\n\nWatford: Lee; Doyley, Shittu, DeMerit, Stewart.\n\n"
        "Subs: Poom, Ellington, Mariappa, O'Toole."
    )
    found = clean(after, rules)
    assert found[7] == found[9] == ("content", "")
    before = (
        "Insight selling\n\nSmall firms are finding new ways to reach their customers, as our "
        f"reporter found in Washington\n\nContinue reading the main story\n\n{P1}\n\n{P2}"
    )
    assert clean(before, rules)[3] == ("content", "")


def test_a_box_of_sponsored_links_still_cuts_off_what_is_under_it(rules, clean):
    text = (
        f"{P1}\n\n{P2}\n\nSponsored links\n\nMassage therapy benefits\n\n10 Great Outdoorsy Towns"
    )
    found = clean(text, rules)
    assert found[7] == found[9] == ("boilerplate", "outside-story")


def test_sponsored_titles_with_figures_under_an_advertisement_marker_still_go(rules, clean):
    # Titles with figures, no sentence and no full stop: a box of paid links where the
    # advertisement stood, not the story going on below the marker.
    text = (
        f"{P1}\n\n{P2}\n\nAdvertisement\n\n7 Retirement Mistakes That Cost Retirees $100,000\n\n"
        "This 1 Trick Cuts Your Power Bill by 50%"
    )
    found = clean(text, rules)
    assert found[7] == found[9] == ("boilerplate", "outside-story")
