"""Readers' comments headed by the commenter's name (a member's number, "said,", a stamp, a
name over a bare stamp): three names or more, each over a short comment, after the story's
first paragraph, are a comment section and go; a story quoting its speakers, a timeline of
dated entries, two commenters and a byline stay. Expected labels decided by reading each
text."""

from __future__ import annotations

import pytest

from helpers.cleaning.headed_comments import member_name, said_name, stamped_name

P1 = "The city council voted on Tuesday to close the old library on Main Street next spring."
P2 = "Council members said the building needed repairs that the city could no longer afford."
P3 = "A new branch will open in the shopping centre on the other side of the river in June."
C1 = "I learned to read in that library and I am sad to see it go after all these years."
C2 = "They should have fixed the roof ten years ago when it was still cheap to do it."
C3 = "The new branch is further away, but at least it will have a car park for visitors."


def _labels(clean, rules, text: str) -> list[tuple[str, str]]:
    found = clean(text, rules)
    return [found[n] for n in sorted(found)]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("by Quakeulf (2650167)", "quakeulf"),
        ("by vlm (69642) on Tuesday July 24, @10:49AM (#40749619)", "vlm"),
        (
            "by Jeremiah Cornelius (137) * on Tuesday July 24, @05:45PM Homepage",
            "jeremiah cornelius",
        ),
    ],
)
def test_a_name_with_a_member_number_heads_a_comment(line, name):
    assert member_name(line) == name


@pytest.mark.parametrize(
    ("line", "name"),
    [("Debbie M said,", "debbie m"), ("Nikos says:", "nikos"), ("dragoncar wrote:", "dragoncar")],
)
def test_a_name_and_a_verb_of_saying_alone_heads_a_comment(line, name):
    assert said_name(line) == name


@pytest.mark.parametrize("line", ["He said,", "The polls closed said:", "by the river (1998) was"])
def test_a_pronoun_a_clause_or_a_work_and_its_year_heads_nothing(line):
    assert not said_name(line) and not member_name(line)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Lora Lee On Thursday, November 1 at 2:57 pm", "lora lee"),
        ("The Keeper - October 26, 2012", "the keeper"),
        ("Posted October 28, 2012 at 10:32 pm", ""),
    ],
)
def test_a_name_before_a_stamp_with_no_year_or_no_time_heads_a_comment(line, name):
    assert stamped_name(line) == name


@pytest.mark.parametrize(
    "line",
    ["June 16, 2015 Trump joins the race.", "Updated November 1, 2012 at 2:57 pm", "At 2:57 pm"],
)
def test_a_timelines_entry_an_articles_stamp_or_a_time_alone_heads_nothing(line):
    assert stamped_name(line) is None


def test_comments_headed_by_members_under_a_story_go(rules, clean):
    text = (
        f"{P1}\n{P2}\n{P3}\nby alice (1234)\n{C1}\nby bob_smith (5678)\n{C2}\n{C1}\n"
        f"by carol (91011) on Tuesday July 24, @10:49AM (#40749619)\n{C3}"
    )
    labels = _labels(clean, rules, text)
    assert [label for label, _ in labels[:3]] == ["content"] * 3
    assert all(label == "boilerplate" for label, _ in labels[3:])
    assert ("boilerplate", "comment-prompt") in labels[4:]


def test_comments_headed_said_or_by_a_name_over_a_bare_stamp_go(rules, clean):
    said = f"{P1}\n{P2}\n{P3}\nDebbie M said,\n{C1}\nslowth said,\n{C2}\nMarlene said,\n{C3}"
    labels = _labels(clean, rules, said)
    assert [label for label, _ in labels[:3]] == ["content"] * 3
    assert labels[4] == labels[6] == labels[8] == ("boilerplate", "comment-prompt")
    stamped = (
        f"{P1}\n{P2}\n{P3}\nhunt\nPosted October 28, 2012 at 10:32 pm\n{C1}\n"
        f"Kate Clancy\nPosted October 28, 2012 at 11:04 pm\n{C2}\n"
        f"RC\n29 October 2012 3:18AM\n{C3}"
    )
    labels = _labels(clean, rules, stamped)
    assert [label for label, _ in labels[:3]] == ["content"] * 3
    assert all(label == "boilerplate" for label, _ in labels[3:])
    assert labels[5] == labels[8] == labels[11] == ("boilerplate", "comment-prompt")


def test_a_story_quoting_its_speakers_a_timeline_and_two_commenters_stay(rules, clean):
    quotes = (
        f'{P1}\nThe mayor said:\n"{C1}"\nThe librarian said:\n"{C2}"\nA student said:\n"{C3}"\n{P2}'
    )
    assert all(label == "content" for label, _ in _labels(clean, rules, quotes))
    timeline = (
        f"{P1}\nMay 2, 2019 The roof leaks.\n{P2}\nJune 16, 2020 The council meets.\n{P3}\n"
        f"July 1, 2021 The vote.\n{C3}"
    )
    assert all(label == "content" for label, _ in _labels(clean, rules, timeline))
    two = f"{P1}\n{P2}\n{P3}\nDebbie M said,\n{C1}\nslowth said,\n{C2}\nDebbie M said,\n{C3}"
    assert all(label != "boilerplate" for label, _ in _labels(clean, rules, two)[4:])


def test_a_header_above_the_first_paragraph_is_a_byline(rules, clean):
    text = f"Library to close\nby alice (1234)\n{P1}\nby bob (5678)\n{P2}\nby carol (91011)\n{P3}"
    labels = _labels(clean, rules, text)
    assert labels[2][0] == labels[4][0] == labels[6][0] == "content"


def test_a_list_the_story_announces_and_statements_without_quote_marks_stay(rules, clean):
    # found in review: a dated list under its colon line, and "The mayor said:" over
    # statements printed without quote marks, went as comments with the paragraph after
    justices = (
        f"{P1}\n{P2}\nThe justices and the dates they were confirmed:\n"
        "John Roberts - September 29, 2005\nChief justice, nominated by George W. Bush.\n"
        "Samuel Alito - January 31, 2006\nNominated by George W. Bush to replace O'Connor.\n"
        "Sonia Sotomayor - August 8, 2009\nThe first Hispanic justice on the court.\n"
        f"{P3}"
    )
    labels = _labels(clean, rules, justices)
    # (a name and a date alone on a line is a dateline-stamp, an older kind: not asserted)
    assert "comment-prompt" not in {rule for _, rule in labels}
    assert [labels[n][0] for n in (4, 6, 8, 9)] == ["content"] * 4  # the notes, then P3
    statements = (
        f"{P1}\n{P2}\nThe mayor said:\n{C1}\nThe librarian said:\n{C2}\nThe union said:\n{C3}\n{P3}"
    )
    assert all(label == "content" for label, _ in _labels(clean, rules, statements))


def test_a_members_lower_case_handle_heads_a_comment():
    assert member_name("by garaged (1234)") == "garaged"
