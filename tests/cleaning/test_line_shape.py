"""Line shapes: a story paragraph, a sentence of prose, and a short line told apart from the
text alone (expected values decided by reading each line)."""

from __future__ import annotations

import pytest

from helpers.base.text import match_form, word_count
from helpers.cleaning.line_shape import line_shape


def shape(text: str):
    form = match_form(text)
    return line_shape(form, word_count(form))


@pytest.mark.parametrize(
    ("line", "story", "sentence"),
    [
        (
            "The council approved the budget on Tuesday after a debate that lasted six hours.",
            True,
            True,
        ),
        ("President Trump met with Russia's top diplomat.", False, True),
        ('"We will not back down," she said.', False, True),
        ('"It was the worst storm in decades"', False, True),
        ("Road repairs", False, False),
        ("Share on Facebook Share on X Email", False, False),
        ("Ferry Service Resumes After Storm Damage Is Repaired", False, False),
        (
            "The minister was not available to comment on the plan on Friday. - Sapa",
            False,
            True,
        ),
        (
            "Talks will resume next week, officials said. (Editing by Jane Doe)",
            False,
            True,
        ),
        (
            "Among the changes the council listed in its report to residents were these:",
            True,
            False,
        ),
        ("Who knew what, and when? Part One", False, False),
    ],
)
def test_story_paragraphs_and_sentences(line, story, sentence):
    assert (shape(line).story, shape(line).sentence) == (story, sentence)


def test_counts_of_a_line():
    found = shape("Mayor O'Neil visits 3 schools in Leeds:")
    assert found.words == 7
    assert found.has_digits and found.ends_colon and not found.ends_sentence
    assert found.function_share == pytest.approx(1 / 7)  # in
    assert not found.has_verb  # "visits" is not among the verbs a list can tell from nouns


@pytest.mark.parametrize(
    "line, times",
    [
        ("9.30 A.M. / 7.00 P.M.", True),
        ("10:00 am – 3:00 pm", True),
        ("Open 9am-5pm, Monday to Saturday", True),
        ("Kick-off 8 p.m. (BBC One)", False),
        ("Posted 21/01/2008 8:29:31 PM", False),
        ("Profits rose 3.5 per cent in 2019", False),
        ("12 Mill Lane, Leeds LS1 4AB", False),
    ],
)
def test_a_range_of_times_of_day(line, times):
    assert shape(line).time_range == times


@pytest.mark.parametrize(
    ("line", "row"),
    [
        ("Posted in Local news | Permalink | 3 Comments", True),
        ("Print | Email | Share", True),
        ("| Read all 12 comments and post your own", True),
        ("« Older story | Main | Newer story »", True),
        ("Road repairs", False),
        # A table's row, scraped with bars between its cells: figures, not links.
        ("Kasich | 38 | 12%", False),
        ("Ohio | 66 delegates", False),
        # A long part is prose or a title, not a link: the line is no row.
        (
            "Officials said the new spending plan would protect libraries and bus routes | News",
            False,
        ),
    ],
)
def test_a_row_of_short_parts_between_bars_is_a_link_row(line, row):
    assert shape(line).link_row is row


@pytest.mark.parametrize(
    ("line", "cut"),
    [
        ("Internet in Kashmir after the local administration feels it is...", True),
        ("The PGA Tour has decided to move the Barclays from Westchester in New ...", True),
        ("Home Minister Amit Shah said connections would return soon…", True),
        ("He paused. And then...", True),
        ("He said the talks would resume in the spring.", False),
        ("Loading...", True),
        ("Prices rose by 2.5...", False),
        ("Read more »", False),
    ],
)
def test_a_line_cut_off_after_a_word(line, cut):
    assert shape(line).cut_off is cut


@pytest.mark.parametrize(
    ("line", "closing"),
    [
        ("So much for the forecasts.", True),
        ("Not bad at all!", True),
        ("Like this story? Share it with a friend!", False),
        ("More news from the council...", False),
        ("Read on", False),
        ("Done.", False),
    ],
)
def test_a_line_that_ends_as_a_statement_and_asks_nothing(line, closing):
    assert shape(line).closing is closing


@pytest.mark.parametrize(
    ("line", "roster"),
    [
        ("Subs: Poom, Ellington, Mariappa, O'Toole.", True),
        ("Southampton: Davis; Thomas, Davies, Bennett, Safri (c), Wright-Phillips, John.", True),
        ("Nevada: Adam Khan, Andres Ramirez, Barbara Buckley, Chuck Muth.", True),
        # Capitals of any alphabet, and a name's lower-case particle before its capital.
        ("Arsenal: Leno; Bellerín, Mustafi, Sokratis, Kolasinac; Özil, Xhaka.", True),
        ("Ajax: Onana; Veltman, de Ligt, Blind, Tagliafico; van de Beek.", True),
        # Lower-case words before no capital are a sentence's, not a particle.
        ("Result: a win, a loss, a draw, a win.", False),
        # A tag line ends with no full stop; three names are no roster.
        ("Tags: Football, Southampton, Watford, Championship", False),
        ("Scorers: Smith, Jones, Brown.", False),
        # A sentence after a label has lower-case words; a sentence before the colon is no label.
        ("Bonus: you can add a card, a case, a cable and more.", False),
        ("The council named four members: Ann, Bob, Carl, Dee.", False),
    ],
)
def test_a_roster_of_names_under_a_label(line, roster):
    assert shape(line).roster is roster
