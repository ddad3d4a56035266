"""Where the story starts and ends, and what a section break inside it does: a paragraph
ending with a colon opens the list under it, a last paragraph keeps its sign-off, a
separator parts two sections of one story. Expected labels decided by reading each text."""

from __future__ import annotations

SECTIONS = """Council passes budget

The council approved the budget on Tuesday after a debate that lasted six hours.

Officials said the new spending plan would protect libraries and bus routes in the town.

* * *

What the opposition says
A plan built on hope

Opposition members said the plan relied on optimistic forecasts for business rates.

The mayor said the vote showed the council could agree when it mattered. (Additional reporting by Sam Lee)

Share this article"""


def test_a_separator_parts_sections_and_the_subheadings_under_it_stay(rules, clean):
    found = clean(SECTIONS, rules)
    assert found[7] == ("boilerplate", "separator")
    assert found[9] == found[10] == ("content", "")


def test_the_last_paragraph_keeps_its_sign_off(rules, clean):
    found = clean(SECTIONS, rules)
    assert found[14] == ("content", "")
    assert found[16][0] == "boilerplate"


LISTED = """New hybrid unveiled

Posted 5 April 2024

The carmaker took the wraps off its new hybrid on Monday, and listed what comes as standard:

Leather seats
Heated mirrors
Adaptive cruise control

Prices will be announced at the motor show in June, the company said in a statement.

Dealers expect the first cars to arrive in showrooms before the end of the summer."""


def test_a_list_announced_by_the_first_paragraph_stays(rules, clean):
    found = clean(LISTED, rules)
    assert found[3] == ("boilerplate", "dateline-stamp")
    assert [found[n] for n in (5, 7, 8, 9)] == [("content", "")] * 4


TEASER_AFTER_A_BOX = """Council passes budget

The council approved the budget on Tuesday after a debate that lasted six hours.

Advertisement
Share on Facebook
Share on Twitter
Email this story
Advertisement

Officials said the new spending plan would protect libraries and bus routes in the town.

Opposition members said the plan relied on optimistic forecasts for business rates.

The mayor said the vote showed the council could agree when it mattered most.

Related stories
Mayor defends tax rise
Library hours cut
Advertisement
Share on Facebook

A new bridge over the river will open next spring, the county's engineers have said.

Share on Twitter"""


def test_a_teaser_cut_off_after_the_story_goes_and_a_lead_above_a_box_stays(rules, clean):
    found = clean(TEASER_AFTER_A_BOX, rules)
    assert found[3] == ("content", "")
    assert [found[n] for n in (11, 13, 15)] == [("content", "")] * 3
    assert found[23] == ("boilerplate", "outside-story")


STORY_CONTINUED_AFTER_A_BOX = """Council passes budget

The council approved the budget on Tuesday after a debate that lasted six hours.

Officials said the new spending plan would protect libraries and bus routes in the town.

Related stories
Mayor defends tax rise
Library hours cut
Advertisement
Share on Facebook

Opposition members said the plan relied on optimistic forecasts for business rates.

The mayor said the vote showed the council could agree when it mattered most."""


def test_the_story_goes_on_after_a_box_when_as_long_as_before_it(rules, clean):
    found = clean(STORY_CONTINUED_AFTER_A_BOX, rules)
    assert [found[n] for n in (3, 5, 13, 15)] == [("content", "")] * 4


PULL_QUOTE = """Valley start-ups look east

Start-ups in the valley are opening offices in New York as investors look beyond California.

Advertisement
It's easy in the Valley to get caught in this echo chamber of what's happening in tech
Advertisement

Founders said the city offered talent from finance and media that the valley lacked.

"It's easy in the Valley to get caught in this echo chamber of what's happening in tech right now."

The mayor's office said more than 200 firms had moved to the city in the past year."""


def test_a_paragraph_its_removed_pull_quote_repeats_stays(rules, clean):
    found = clean(PULL_QUOTE, rules)
    assert found[6] == ("boilerplate", "advertisement")
    assert found[11] == ("content", "")


UNFINISHED_LAST_PARAGRAPH = """Council passes budget

The council approved the budget on Tuesday after a debate that lasted six hours.

Officials said the new spending plan would protect libraries and bus routes in the town.

The mayor said the vote showed that the council could still agree when it mattered most to the people of the town Jane Doe
Mayor defends the tax rise in a letter to residents
Share on Facebook"""


def test_a_last_paragraph_that_lost_its_full_stop_stays_and_a_headline_after_it_goes(rules, clean):
    found = clean(UNFINISHED_LAST_PARAGRAPH, rules)
    assert found[7] == ("content", "")
    assert found[8] == ("boilerplate", "outside-story")
    assert found[9][0] == "boilerplate"


PULL_QUOTE_IN_A_BOX = """Inquiry into DNA database

The government has launched an inquiry into the way the national police DNA database is run.

More than four million samples are held and they remain on file even when no one is charged.

The inquiry will help develop broad agreement on the use of DNA in the fight against crime.
Tony Lake
Police officers' association

Critics say the database holds a large share of samples from young men and minorities.

Tony Lake, of the police officers' association, said the system was working well for victims.

"The inquiry will help develop broad agreement on the use of DNA in the fight against crime."

The minister said the government hoped the inquiry would report its findings in the spring."""


def test_of_a_repeated_line_the_copy_in_a_box_goes_and_the_paragraph_stays(rules, clean):
    found = clean(PULL_QUOTE_IN_A_BOX, rules)
    assert found[7] == ("duplicate", "near-duplicate")
    assert found[15] == ("content", "")
    assert [found[n] for n in (3, 5, 11, 13, 17)] == [("content", "")] * 5


COMMENTS_LINK_ABOVE_THE_STORY = """Club recalls its captain
Read comments (2)
By Jane Doe
Posted 2:18pm Tuesday 1st January 2008

The club recalled its captain for the match against the league leaders on Saturday afternoon.

The manager said the team needed experience after three defeats in a row at home.

Comments
Posted by: Dom on 5:19pm Tue 1 Jan 08
Great news for the club, he should have played all season long.
Posted by: Sam on 6:02pm Tue 1 Jan 08
Not before time"""


def test_a_comments_link_above_the_story_does_not_start_the_comment_section(rules, clean):
    found = clean(COMMENTS_LINK_ABOVE_THE_STORY, rules)
    assert [found[n] for n in (6, 8)] == [("content", "")] * 2
    assert found[12] == ("boilerplate", "comment-prompt")
    assert found[14] == ("boilerplate", "comment-prompt")


POLL_ABOVE_THE_BYLINE = """Council passes budget

Readers' poll: do you think the new bus lanes have made the town centre safer?

Share on Facebook
Share on Twitter
Advertisement
By Jane Doe
5 April 2024 10:31

The council approved the budget on Tuesday after a debate that lasted six hours.

Officials said the new spending plan would protect libraries and bus routes in the town.

Opposition members said the plan relied on optimistic forecasts for business rates."""


def test_a_paragraph_cut_off_above_the_byline_goes_and_the_story_below_it_stays(rules, clean):
    found = clean(POLL_ABOVE_THE_BYLINE, rules)
    assert found[3] == ("boilerplate", "outside-story")
    assert [found[n] for n in (11, 13, 15)] == [("content", "")] * 3


CLOSED_COMMENTS_LONGER_THAN_THE_STORY = """Council passes budget

The council approved the budget on Tuesday after a debate that lasted six hours.

Officials said the new spending plan would protect libraries and bus routes in the town.

Thank you for your comments - commenting is now closed

Posted by: Sam, Leeds on 5:19pm Tue 1 Jan 24

I have lived in this town for thirty years and I have never seen the council waste so much of our money on plans that nobody asked for.

Anyone who has tried to catch a bus after six in the evening knows that the routes were cut long ago, whatever the council says now.

Report this post"""


def test_comments_under_a_closed_prompt_go_even_when_longer_than_the_story(rules, clean):
    found = clean(CLOSED_COMMENTS_LONGER_THAN_THE_STORY, rules)
    assert [found[n] for n in (3, 5)] == [("content", "")] * 2
    assert all(found[n][0] == "boilerplate" for n in (7, 9, 11, 13, 15))


STANDFIRST_BETWEEN_SHARE_ROW_AND_PHOTO = """Band announces reunion tour

Share on Facebook
Share on Twitter

The band will reunite with its former singer for a tour celebrating its 50th year.

Photo by Jane Doe/Getty Images

The band will reunite with its former singer for a tour celebrating its 50th year.

The singer said the shows would cover every album the band has recorded so far."""


def test_a_standfirst_repeated_as_the_first_paragraph_goes_and_the_paragraph_stays(rules, clean):
    # The first copy stands between a share row and a photo credit; the second starts the story.
    found = clean(STANDFIRST_BETWEEN_SHARE_ROW_AND_PHOTO, rules)
    assert found[6] == ("duplicate", "exact-duplicate")
    assert found[10] == ("content", "")
    assert found[12] == ("content", "")
