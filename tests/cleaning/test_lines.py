"""One raw line on its own: glue repaired, boilerplate split off, each distinct line read once."""

from __future__ import annotations

import pytest

from helpers.cleaning import lines
from helpers.cleaning.lines import LineReader, read_line, repair_glue


@pytest.mark.parametrize(
    ("text", "expected", "restored"),
    [
        ("with Mr Trump.Mr Lavrov called", "with Mr Trump. Mr Lavrov called", 1),
        (
            "on May 10, 2017.Russian Foreign Ministry",
            "on May 10, 2017. Russian Foreign Ministry",
            1,
        ),
        ("“You’re kidding!You’re kidding.”", "“You’re kidding! You’re kidding.”", 1),
        ('he said."Next', 'he said." Next', 1),
        ("improved U.S.-Moscow relations", "improved U.S.-Moscow relations", 0),
        ("the U.S. President", "the U.S. President", 0),
        ("a 3.5 percent rise", "a 3.5 percent rise", 0),
        ("e.g. the zones", "e.g. the zones", 0),
        ("account ??https://t.co/TKMEUwjbDp?? pic.twitter.com/zsJHbjBOh5", None, 0),
        ("see Example.Com/Story or @Foo.Bar", None, 0),
    ],
)
def test_repair_glue_leaves_abbreviations_numbers_and_links_alone(text, expected, restored):
    assert repair_glue(text) == (expected if expected is not None else text, restored)


def test_an_appeal_glued_to_a_story_sentence_is_split_off(rules):
    story = "President Donald Trump met Russian Foreign Minister Sergei Lavrov today."
    line = read_line(f"Your support makes all the difference.{story}", rules)
    assert line.split is not None and line.split.kept == story
    assert line.split.reason == (
        'split: removed prefix "Your support makes all the difference." (donation-appeal)'
    )
    assert (line.repaired, line.restored, line.repaired_words) == (story, 0, 10)


def test_a_split_whose_rest_names_a_kind_keeps_nothing_for_the_story(rules, clean):
    notice = "© 2008 Example Radio Inc. All rights reserved."
    text = f"{notice} Jane Doe contributed to this report."
    line = LineReader(rules).read(text)
    assert line.split is not None and line.split.kept == notice
    assert line.split.rest is not None and line.split.rest.kind == "copyright"
    assert line.split.reason.endswith('; the rest is copyright: starts with "©"')
    story = "The council voted 7-2 to close the library on Sundays, its clerk said."
    assert clean(f"{story}\n\n{text}", rules)[3] == ("boilerplate", "credit")
    # A story sentence left after the cut is the story's, as before.
    kept = LineReader(rules).read(f"{story} Jane Doe contributed to this report.")
    assert kept.split.kept == story and kept.split.rest is None
    assert clean(f"{story} Jane Doe contributed to this report.", rules)[1] == ("content", "credit")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Subscribe to the Example YouTube channel for all of the latest videos and reviews!",
            "subscription-appeal",
        ),
        ("(Additional reporting by Jane MacLellan; Editing by Sam Lee and Ann Jones.)", "credit"),
    ],
)
def test_a_name_written_in_camel_case_is_not_cut_as_glue(rules, text, kind):
    # "YouTube" and "MacLellan" are one word each: cut at their capitals, a split would
    # keep "Tube channel for all ..." or "Lellan; Editing by ..." as the story's.
    line = read_line(text, rules)
    assert line.split is None and line.rule is not None and line.rule.kind == kind


def test_a_label_glued_to_a_story_sentence_is_still_cut(rules):
    story = "The council voted on Tuesday to raise parking fees across the city centre."
    for label in ("Sign up for our newsletter", "Reporting by Jane Doe"):
        line = read_line(f"{label}{story}", rules)
        assert line.split is not None and line.split.kept == story


def test_a_credit_glued_to_a_sentence_that_opens_with_a_name_is_cut(rules):
    # "DoeMayor" changes case inside a capitalised word, as "MacLellan" does, but a sentence
    # of its own follows: a credit run into the story's next paragraph.
    story = "Mayor Tom Smith said the city would appeal the ruling next week."
    line = read_line(f"Reporting by Jane Doe{story}", rules)
    assert line.split is not None and line.split.kept == story
    assert line.split.removed[0][1] == "Reporting by Jane Doe"


def test_a_sentence_after_a_name_prefix_does_not_cut_the_name(rules):
    # "McManus" changes case after "Mc", a name's prefix and no word of its own: the
    # sentence after the case change goes on from the name; nothing was glued there.
    film = "Produced by Sean McManus with a crew of ten, the film follows a family that lost it."
    assert read_line(film, rules).split is None
    study = "Reporting by Anna McKenzie found the fund was spent on travel and meals last year."
    line = read_line(f"The report was published on Monday.{study}", rules)
    pieces = [line.split.kept, *(text for _, text, _ in line.split.removed)]
    assert not any(piece.endswith("Mc") or piece.startswith("Kenzie") for piece in pieces)


def test_a_credit_phrase_opening_a_sentence_keeps_its_camel_case_name(rules):
    # "DreamWorks" changes case inside a capitalised word and a sentence with a verb
    # follows, but the name runs on to the comma that closes the sentence's opening
    # clause: one sentence of the story, nothing glued.
    film = "Produced by DreamWorks Animation, the film opened in 4,000 theaters last weekend."
    assert read_line(film, rules).split is None


def test_a_credit_glued_to_a_paragraph_opening_with_capitalised_words_is_split_off(rules):
    # The case change in "DoeLast" comes after the credited name's first word, so the name
    # was under way: "Last Tuesday," opens the glued paragraph, not the rest of a name.
    story = "Last Tuesday, the mayor said the city would appeal the ruling."
    line = read_line(f"Reporting by Jane Doe{story}", rules)
    assert line.split is not None and line.split.kept == story


def test_a_whole_line_of_boilerplate_is_named_by_its_rule(rules):
    line = read_line("  Sign up for our  newsletter ", rules)
    assert (line.form, line.clean, line.words) == (
        "Sign up for our newsletter",
        "Sign up for our newsletter",
        5,
    )
    assert line.rule.kind == "subscription-appeal" and line.split is None


def test_a_dateline_is_story_text_and_a_blank_line_is_nothing(rules):
    dateline = read_line("Washington CNN -", rules)
    assert dateline.dateline and dateline.rule is None and dateline.split is None
    blank = read_line(" \t", rules)
    assert (blank.form, blank.words, blank.dates, blank.rule) == ("", 0, (), None)


def test_glue_and_dates_are_read_with_the_line(rules):
    line = read_line("The talks ended on May 10, 2017.Russian officials left.", rules)
    assert (line.repaired, line.restored) == (
        "The talks ended on May 10, 2017. Russian officials left.",
        1,
    )
    assert [mention.date for mention in line.dates] == ["2017-05-10"]
    # A left quote for an apostrophe joins "don" and "t" once the form makes it plain.
    odd = read_line("They don\u2018t agree, said the minister of state.", rules)
    assert (odd.words, odd.repaired_words) == (8, 9)


def test_a_reader_reads_each_distinct_line_once_and_forgets_when_full(rules, monkeypatch):
    reader = LineReader(rules)
    first = reader.read("Advertisement")
    assert reader.read("Advertisement") is first
    monkeypatch.setattr(lines, "REMEMBERED_LINES", 1)
    other = reader.read("Comments (3)")
    assert other.rule.kind == "comment-prompt"
    assert reader.read("Advertisement") is not first
    assert reader.read("Advertisement") == first
