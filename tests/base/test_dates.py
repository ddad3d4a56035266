"""Explicit dates: the forms the seeds and other sites use, and what is not read as a date."""

from __future__ import annotations

import pytest

from helpers.base.dates import find_dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (as written, ISO form, precision, year known)
        (
            "at the White House on May 10, 2017.Russian Foreign Ministry",
            [("May 10, 2017", "2017-05-10", "day", True)],
        ),
        (
            "after a press conference on April 12, 2017 in Moscow",
            [("April 12, 2017", "2017-04-12", "day", True)],
        ),
        (
            "meddled in the 2016 presidential election, Dec. 10. (Video: Reuters)",
            [("Dec. 10", "--12-10", "day", False)],
        ),
        (
            "first trip to Washington since August 2013 — a sign",
            [("August 2013", "2013-08", "month", True)],
        ),
        ("published 10 May 2017", [("10 May 2017", "2017-05-10", "day", True)]),
        ("filed 2017-05-10 at noon", [("2017-05-10", "2017-05-10", "day", True)]),
        ("Wednesday, May 10 2017", [("May 10 2017", "2017-05-10", "day", True)]),
        ("on the 10th of May", [("10th of May", "--05-10", "day", False)]),
        ("the Sept. 11 attacks", [("Sept. 11", "--09-11", "day", False)]),
        ("Feb. 29 without a year is a real day", [("Feb. 29", "--02-29", "day", False)]),
        ("December  10, 2019", [("December  10, 2019", "2019-12-10", "day", True)]),
        ("a Marine detained in March 2019", [("March 2019", "2019-03", "month", True)]),
        (
            "Lavrov visited on May 10, 2017 and again on Dec. 10, 2019.",
            [
                ("May 10, 2017", "2017-05-10", "day", True),
                ("Dec. 10, 2019", "2019-12-10", "day", True),
            ],
        ),
    ],
)
def test_explicit_dates_are_read(text, expected):
    found = find_dates(text)
    assert [(d.text, d.date, d.precision, d.year_known) for d in found] == expected
    assert all(text[d.start : d.end].startswith(d.text) for d in found)


@pytest.mark.parametrize(
    "text",
    [
        "meddling in the 2016 election",  # a bare year
        "during an April visit to Moscow",  # a month alone
        "it may 10 times over",  # "may" the verb
        "on 05/10/2017",  # read differently in the US and in Europe
        "Feb. 30, 2017",  # no such day
        "sending as many as 5,000 more troops",
        "a meeting at Mar-a-Lago in 2017",
        "",
    ],
)
def test_what_is_not_an_explicit_date(text):
    assert find_dates(text) == []


def test_dates_come_back_in_reading_order():
    text = "From 2017-05-10 to Dec. 12, then August 2013 again on 3 June 2018."
    assert [d.date for d in find_dates(text)] == ["2017-05-10", "--12-12", "2013-08", "2018-06-03"]
