"""Findings from the tests table: only q < 0.05 is stated, largest first; otherwise why not."""

from __future__ import annotations

import pandas as pd

from helpers.base import catalogue
from helpers.framing import tested_findings

MODEL = "share of its articles the model finds the frame in"
KEYWORDS = (
    "share of an article's paragraph sentences carrying the frame (keywords), averaged over "
    "its articles"
)
VOICE = "share of an article's quoted words (none if it quotes no one), averaged over its articles"
WORDS = (
    "uses per 1,000 of an article's terms (its words less stop words, numbers and titles),"
    " averaged over its articles"
)


def _row(kind, outlet, subject, measure, mine, rest, q, articles=(10, 30), needed=40.0):
    return (kind, "generic" if kind == "frame" else "", outlet, subject, measure, mine, rest,
            mine - rest, articles[0], articles[1], q, q, 2000, needed)  # fmt: skip


def test_differences_with_q_under_005_are_stated_largest_first():
    tests = pd.DataFrame(
        [
            _row("frame", "A", "Economic", MODEL, 0.5, 0.2, 0.01),
            _row("frame", "B", "Political", MODEL, 0.9, 0.3, 0.04),
            _row("frame", "C", "Morality", MODEL, 0.6, 0.1, 0.2),  # not stated: q 0.2
            _row("voice", "A", "Lavrov", VOICE, 0.4, 0.1, 0.3),
        ],
        columns=catalogue.columns("tests"),
    )
    found = tested_findings.tested_findings(tests, flagged={"B"})
    # B's +60 points come before A's +30; C is left out; voices get the "none" sentence.
    assert found[0] == (
        "The model finds Political in 90% of B's articles and 30% of the other outlets' (q = "
        "0.040; 10 against 30 articles, outlets shuffled across articles). B has an article "
        "about another event."
    )
    assert found[1].startswith("The model finds Economic in 50% of A's articles and 20%")
    assert len(found) == 3
    assert found[2].startswith(
        "No outlet differs from the other outlets in quoted voices at q below 0.05"
    )
    assert "roughly 40 articles per outlet" in found[2]


def test_with_one_article_per_outlet_the_page_says_no_test_can_succeed():
    # One article against four: five assignments, so no p-value can be below 1/5.
    tests = pd.DataFrame(
        [
            _row("frame", "A", "Syria", KEYWORDS, 0.19, 0.08, 0.49, (1, 4), 10.0),
            _row("word", "A", "mr", WORDS, 37.8, 0.0, 0.49, (1, 4), 12.0),
        ],
        columns=catalogue.columns("tests"),
    ).assign(assignments=5)
    (found,) = tested_findings.tested_findings(tests)
    assert found.startswith(
        "No outlet differs from the other outlets in frames or word use at q below 0.05: 2 "
        "comparison(s)"
    )
    assert "With 1 article(s) per outlet, no test can give a p-value below 0.20" in found
    assert (
        "The most promising difference (A's articles give Syria (generic keywords) 19% of "
        "their paragraph sentences on average, the other outlets' 8%) would need roughly 10 "
        "articles per outlet" in found
    )


def test_stated_words_are_only_those_an_outlet_uses_more():
    tests = pd.DataFrame(
        [
            _row("word", "A", "mr", WORDS, 30.0, 1.0, 0.001),
            _row("word", "A", "the", WORDS, 10.0, 50.0, 0.001),
        ],
        columns=catalogue.columns("tests"),
    )
    assert tested_findings.tested_findings(tests) == [
        "A's articles use 'mr' 30.0 times per 1,000 words on average, the other outlets' 1.0 "
        "(q = 0.001; 10 against 30 articles, outlets shuffled across articles)."
    ]


def test_beyond_the_most_stated_the_rest_are_counted():
    tests = pd.DataFrame(
        [_row("tone", o, "tone", "mean", -0.1 * i, 0.0, 0.01) for i, o in enumerate("ABC", 1)],
        columns=catalogue.columns("tests"),
    )
    found = tested_findings.tested_findings(tests, most=2)
    assert found[0].startswith("C's articles score -0.30 on VADER's compound scale on average")
    assert found[2] == "1 more difference(s) in tone hold at q below 0.05: see the tests table."
