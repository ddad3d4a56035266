"""Where the story starts and ends, and what a section break inside it does: a paragraph
ending with a colon opens the list under it, a last paragraph keeps its sign-off, a
separator parts two sections of one story. Expected labels decided by reading each text."""

from __future__ import annotations

import pytest

from helpers.base import paths
from helpers.base.corpus import Article
from helpers.cleaning import clean_corpus, load_rules


@pytest.fixture(scope="module")
def rules():
    return load_rules(paths.DATA_DIR / "boilerplate.yml")


def clean(text: str, rules) -> dict[int, tuple[str, str]]:
    result = clean_corpus([Article("a.txt", "Outlet", tuple(text.split("\n")), "utf-8", "")], rules)
    return {row.line: (row.label, row.rule) for row in result.lines.itertuples()}


SECTIONS = """Council passes budget

The council approved the budget on Tuesday after a debate that lasted six hours.

Officials said the new spending plan would protect libraries and bus routes in the town.

* * *

What the opposition says
A plan built on hope

Opposition members said the plan relied on optimistic forecasts for business rates.

The mayor said the vote showed the council could agree when it mattered. (Additional reporting by Sam Lee)

Share this article"""


def test_a_separator_parts_sections_and_the_subheadings_under_it_stay(rules):
    found = clean(SECTIONS, rules)
    assert found[7] == ("boilerplate", "separator")
    assert found[9] == found[10] == ("content", "")


def test_the_last_paragraph_keeps_its_sign_off(rules):
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


def test_a_list_announced_by_the_first_paragraph_stays(rules):
    found = clean(LISTED, rules)
    assert found[3] == ("boilerplate", "dateline-stamp")
    assert [found[n] for n in (5, 7, 8, 9)] == [("content", "")] * 4
