"""Readers' comments signed "Name, Town" on a line of their own, with no prompt above them:
two signatures or more, each under a few lines of prose, are a comment section and go; a
list of places, a listing of houses by town and a story's subheadings that look like
signatures stay. Expected labels decided by reading each text."""

from __future__ import annotations

import pytest

from helpers.cleaning.signed_comments import signature

P1 = "The cruise ship left Southampton on Tuesday with 2,000 passengers on board, the company said."
P2 = "Officials said 78 passengers had fallen ill with a stomach bug during the first week at sea."
P3 = "The company said the ship would be cleaned thoroughly before its next voyage in March."
C1 = "I caught the same bug on a cruise two years ago and I will never go on another one."
C2 = "It has nothing to do with luck and everything to do with how the ship is cleaned."
C3 = "The crew did their best for us, but the cabins were far too small for a week."


@pytest.mark.parametrize(
    "line",
    [
        "Jean Booth, Hague, Netherlands",
        "- Louise, Lancaster, UK",
        "tom, Southampton,",
        "John McIlray, Scottsdale, Arizona, USA",
        "James Parker, Kensington, U.S.A.",
    ],
)
def test_a_name_and_a_place_is_a_signature(line):
    assert signature(line)


@pytest.mark.parametrize(
    "line",
    [
        "Finally, he got it.",
        "Can't render, error",
        "Seattle at Green Bay, 4:30 p.m. (Fox)",
        "Jean Booth",
        "Our verdict: a bold, clever film",
        "Where next, and who pays?",
    ],
)
def test_a_sentence_a_clause_a_time_or_a_lone_name_is_no_signature(line):
    assert not signature(line)


def test_signed_comments_under_a_story_go(rules, clean):
    text = (
        f"{P1}\n\n{P2}\n\n{P3}\n\n{C1}\n\nBlake B, Los Angeles\n\n{C2}\n\n"
        f"Jean Booth, Hague, Netherlands\n\n{C3}\nJohn, Dundee, UK"
    )
    found = clean(text, rules)
    assert [found[n][0] for n in (1, 3, 5)] == ["content"] * 3
    assert [found[n] for n in (7, 9, 11, 13, 15)] == [("boilerplate", "comment-prompt")] * 5
    # The last signature, a short line after the last paragraph, went before (outside-story).
    assert found[16][0] == "boilerplate"


def test_one_signed_comment_is_not_a_section(rules, clean):
    # A lone "Name, Town" line under the last paragraph may be a dateline, a caption's place
    # or an author's: the paragraph above it stays.
    found = clean(f"{P1}\n\n{P2}\n\n{C1}\n\nBlake B, Los Angeles\n\nShare this article", rules)
    assert [found[n][0] for n in (1, 3, 5)] == ["content"] * 3


def test_subheadings_shaped_like_signatures_with_the_story_going_on_stay(rules, clean):
    text = (
        f"{P1}\n\nBigger Photos, Faster Loading\n\n{P2}\n\nCleaner Cabins, Fewer Bugs\n\n"
        f"{P3}\n\nBetter Food, Longer Trips\n\n{C3}"
    )
    found = clean(text, rules)
    assert all(found[n][0] == "content" for n in (1, 3, 5, 7, 9, 11, 13))


def test_a_listing_with_an_address_and_a_price_between_towns_stays(rules, clean):
    # Houses for sale, each under its town: the town is shaped like a signature and prose
    # stands between two towns, but so do an address and a price, which no comment holds.
    text = (
        f"{P1}\n\nTucson, AZ\n1855 N Camino De Oeste, Tucson AZ\nFor sale: $599,000\n{C2}\n"
        f"Memphis, TN\n2256 Court Ave, Memphis TN\nFor sale: $599,900\n{C3}\n"
        "Erie, PA\n\nShare this article"
    )
    found = clean(text, rules)
    assert [found[n][0] for n in (3, 6, 7, 10)] == ["content"] * 4


@pytest.mark.parametrize(
    "line",
    [
        "by Gianluca on November 13, 2010 at 11:42 pm.",
        "by randfish on 13 November 2010 at 23:42",
        "Erik on Nov 14, 2010 at 10:25 pm",
    ],
)
def test_a_name_and_the_time_of_posting_is_a_signature(line):
    assert signature(line)


@pytest.mark.parametrize(
    "line",
    [
        "The polls closed on May 3, 2016 at 8:00 pm.",
        "Trump spoke on March 1, 2016 at 9:30 pm.",
        "by randfish on November 13, 2010",  # a byline: no time
    ],
)
def test_a_story_sentence_with_a_date_and_time_is_no_signature(line):
    assert not signature(line)


def test_comments_stamped_with_the_time_of_posting_go_however_short(rules, clean):
    # Found on a blog in public news: comments of a word or two ("Simple.") between
    # signatures stamped "by NAME on DATE at TIME", with prose after the last one (a
    # comment whose signature no pattern reads); 842 lines of 9 articles were kept as story.
    text = (
        f"{P1}\n{P2}\n{P3}\n{C1}\nby Dana on May 2, 2016 at 9:15 am.\nSimple.\n"
        f"by Tom on May 2, 2016 at 9:40 am.\n{C2}\n{C3}\nby Jane Roe on May 3, 2016 at 1:02 pm.\n"
        f"{C1}"
    )
    found = clean(text, rules)
    assert [found[n][0] for n in (1, 2, 3)] == ["content"] * 3
    assert [found[n] for n in range(5, 11)] == [("boilerplate", "comment-prompt")] * 6


@pytest.mark.parametrize(
    "line",
    [
        "margherita July 29, 2012 at 12:51 pm",
        "trish j \u2014 July 16th, 2012, 2:44 am",
        "On October 3, 2012 at 7:39 am Koren said:",
        "Response to bannedgunner, 1 November 2012 11:52PM",
        "Harriet May on November 5, 2012 at 8:37 am",
        "Kathleen @ksugarandspice October 25, 2012 at 1:00 pm",
    ],
)
def test_a_name_around_the_time_of_posting_in_other_shapes_is_a_signature(line):
    # Shapes blogs print in public news: a lower-case handle, a dash, an ordinal day, the
    # name after the stamp ("... Koren said:"), a reply's "Response to", a name that is
    # also a verb ("May").
    assert signature(line)


@pytest.mark.parametrize(
    "line",
    [
        "Updated July 23, 2012, 7:10 p.m. ET",  # an article's stamp: no name
        "New Delhi, News Nation Bureau | Updated : 19 November 2019, 09:01 AM",
        "First Published: Tuesday, November 19, 2019 08:38 AM",
        "Posted October 29, 2012 at 9:26 am",
        "Voting ended on May 3, 2016 at 8:00 pm.",  # a lower-case verb: a sentence
        "The mayor and the council on May 3, 2016 at 8:00 pm",  # two function words
    ],
)
def test_a_bare_stamp_or_a_clause_around_a_time_is_no_signature(line):
    assert not signature(line)


def test_comments_under_a_name_and_a_dash_stamp_go(rules, clean):
    # Found on blogs in public news: each comment under its writer's stamp, "NAME - DATE,
    # TIME", no blank lines, were kept as story.
    text = (
        f"{P1}\n{P2}\n{P3}\nErin \u2014 June 25th, 2012, 12:21 am\n{C1}\n"
        f"holly b \u2014 June 25th, 2012, 3:57 am\n{C2}\n{C3}\n"
        f"Gary \u2014 June 26th, 2012, 1:05 pm\nThanks!"
    )
    found = clean(text, rules)
    assert [found[n][0] for n in (1, 2, 3)] == ["content"] * 3
    assert all(found[n][0] == "boilerplate" for n in range(4, 10))


LETTER = [
    "Dear Tim,",
    "I have read every one of your books and I wanted to tell you how much they helped me.",
    "Two years ago I could not walk up the stairs to my flat without stopping twice.",
    "My doctor told me that I had to lose weight or I would not see my children grow up.",
    "I started the diet the week after that visit and I have not stopped since then.",
    "The first month was hard, and I missed bread more than I thought I would.",
    "By the summer I had lost forty pounds and I was running three times a week.",
    "Last month I ran my first half marathon with my daughter beside me.",
    "I still have a long way to go, but I know now that I will get there.",
    "Thank you for everything you do.",
]


def test_a_long_comment_between_two_stamps_after_the_first_two_goes(rules, clean):
    # Found on blogs in public news: a reader's letter of ten lines or more between two
    # stamps, once the section has shown itself, was kept as story.
    text = "\n".join(
        [P1, P2, P3, "Erin \u2014 June 25th, 2012, 12:21 am", C1]
        + ["holly b \u2014 June 25th, 2012, 3:57 am", C2]
        + ["Gary \u2014 June 26th, 2012, 1:05 pm", *LETTER, "Dan \u2014 June 27th, 2012, 9:02 am"]
        + [C3]
    )
    found = clean(text, rules)
    assert [found[n][0] for n in (1, 2, 3)] == ["content"] * 3
    assert all(found[n][0] == "boilerplate" for n in range(9, 19))


def test_a_story_under_a_stamped_byline_above_stamped_comments_stays(rules, clean):
    # A blog's byline stamped with the time of posting, a story of ten lines, then comments
    # stamped the same way: the story is no long comment between the first two stamps.
    story = [f"{line[:-1]}, the minister said." for line in LETTER[1:]] + [P1]
    text = "\n".join(
        ["by Dana Smith on May 2, 2016 at 9:15 am.", *story]
        + ["by Erin on May 3, 2016 at 8:00 am.", C1, "by Gary on May 3, 2016 at 9:05 am.", C2]
    )
    found = clean(text, rules)
    assert all(found[n][0] == "content" for n in range(2, 12))


def test_a_post_stamped_unlike_its_comments_keeps_its_last_paragraph(rules, clean):
    # A whole blog page: the post's own stamp under its last paragraph, then comments whose
    # stamps are printed another way; the paragraph above the post's stamp is the story's.
    text = (
        f"{P1}\n\n{P2}\n\n{P3}\n\nPosted By: Edward M. Gomez (Email) | December 13 2007 at 07:52 AM"
        f"\n\n{C1}\n\nPosted By: blackzappy | December 13 2007 at 11:25 AM\n\n{C2}\n\n"
        "Posted By: clarry | December 14 2007 at 08:28 AM"
    )
    found = clean(text, rules)
    assert [found[n][0] for n in (1, 3, 5)] == ["content"] * 3
    assert found[9][0] == "boilerplate"


def test_a_post_under_its_own_stamp_above_comments_stamped_another_way_stays(rules, clean):
    # A whole page: a post's stamp above it, then the comments' stamps printed another way;
    # the post between the first two stamps is no comment.
    text = (
        f"| Jan 09 2008 07:48 PM PST By JHOHL27\nTopics: tj nba ford raptors\n{P1}\nArticle:\n"
        f"{P2}\nMilwaukeeBaller32 Jan 09 2008 07:52 PM PST |\n{C1}\n"
        f"dan77 Jan 09 2008 08:10 PM PST |\n{C2}"
    )
    found = clean(text, rules)
    assert [found[n][0] for n in (3, 5)] == ["content"] * 2


def test_a_byline_stamp_a_live_blog_and_updates_are_no_comment_section(rules, clean):
    # A post whose byline is stamped like a comment, then its paragraphs, then comments:
    # the byline signs no comment, and the story above the first comment stays.
    byline = (
        f"by Erik on November 8, 2016 at 8:00 pm.\n{P1}\n{P2}\n{P3}\n"
        f"{C1}\nby Dana on November 8, 2016 at 9:15 pm.\n{C2}\n"
        f"by Tom on November 8, 2016 at 9:40 pm.\n{C3}\nby Jane Roe on November 9, 2016 at 1:02 pm."
    )
    found = clean(byline, rules)
    assert [found[n][0] for n in (2, 3, 4)] == ["content"] * 3
    assert [found[n] for n in (6, 7, 8, 9, 10)] == [("boilerplate", "comment-prompt")] * 5
    # A live blog's entries stamped by its two reporters, and a story's update stamps.
    live = (
        f"{P1}\nby Dana Ruiz on May 2, 2016 at 9:15 am.\n{P2}\n"
        f"by Tom Hale on May 2, 2016 at 9:40 am.\n{P3}\nby Dana Ruiz on May 2, 2016 at 10:05 am.\n{C2}"
    )
    found = clean(live, rules)
    assert [found[n][0] for n in (1, 3, 5, 7)] == ["content"] * 4
    updates = f"{P1}\n{P2}\nUPDATE on Nov 8, 2016 at 9:00 pm\n{P3}\nUPDATE on Nov 8, 2016 at 10:00 pm\n{C2}"
    found = clean(updates, rules)
    assert [found[n][0] for n in (1, 2, 4, 6)] == ["content"] * 4
