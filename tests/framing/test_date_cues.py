"""Date cues on small hand-made sentences and captions: kinds, weights, and the day each
names. 5 March 2025 was a Wednesday."""

from __future__ import annotations

from datetime import date

import pytest

from helpers.entities import sentences
from helpers.framing import date_cues
from helpers.framing.date_cues import Mention

WEDNESDAY = date(2025, 3, 5)


@pytest.mark.parametrize(
    ("text", "kind", "weight", "day"),
    [
        ("The mayor resigned on Monday.", "weekday", 1.0, date(2025, 3, 3)),
        ("Tuesday's firing shocked them.", "weekday", 0.5, date(2025, 3, 4)),  # possessive
        ("He left last Wednesday.", "weekday", 1.0, date(2025, 2, 26)),  # a week back
        ("It rained yesterday.", "relative day", 1.0, date(2025, 3, 4)),
        ("They met on Dec. 10.", "text date", 1.0, date(2024, 12, 10)),  # the nearest 10 Dec
    ],
)
def test_text_cues_and_their_days(spacy_pipeline, text, kind, weight, day):
    [cue] = date_cues.text_mentions(3, text, sentences.day_words(spacy_pipeline(text)[:]))
    assert (cue.line, cue.kind, cue.weight, cue.sentence) == (3, kind, weight, text)
    assert cue.resolve(WEDNESDAY) == day


def test_a_month_or_a_year_names_no_day(spacy_pipeline):
    text = "Sanctions grew in 2014 and since August 2013."
    cues = date_cues.text_mentions(1, text, sentences.day_words(spacy_pipeline(text)[:]))
    assert [(c.mention, c.resolve(WEDNESDAY)) for c in cues] == [("August 2013", None)]


def test_relative_cues_need_an_anchor():
    assert Mention(1, "weekday", "Monday", "", 1.0, weekday=0, window=(-5, 1)).resolve(None) is None
    assert Mention(1, "text date", "Dec. 10", "", 1.0, month=12, day=10).resolve(None) is None


def test_captions_weigh_nothing_when_they_show_a_file_photo():
    rows = [  # line, date, text, source
        (7, "2017-04-12", "File photo: Lavrov in Moscow on April 12, 2017.", ""),
        (9, "2017-05-10", "Lavrov and Trump on May 10, 2017.", "image-caption"),
    ]
    cues = date_cues.recorded_mentions(rows)
    assert [(c.line, c.kind, c.mention, c.weight) for c in cues] == [
        (7, "caption", "April 12, 2017", 0.0),
        (9, "image-caption", "May 10, 2017", 1.0),
    ]
    assert cues[1].resolve(None) == date(2017, 5, 10)


def test_the_published_date_and_impossible_days():
    published = date_cues.published_mention("2025-03-05")
    assert (published.kind, published.weight, published.resolve(None)) == (
        "published",
        0.5,
        WEDNESDAY,
    )
    assert date_cues.calendar_day(2025, 2, 30) is None
