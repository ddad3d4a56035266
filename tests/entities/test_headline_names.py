"""Names in a headline, looked up from the article's own names."""

from __future__ import annotations

import pandas as pd

from helpers.base import catalogue
from helpers.entities import headline_names


def test_a_person_named_only_by_a_suffix_is_still_looked_up_in_the_headline():
    # Found in a real corpus: a person entity "Jr." (every word a suffix) has no surname.
    row = ("a.txt", "Alpha", 2, 1, 0, 3, "Jr.", "PERSON", "Jr.", False)
    mentions = pd.DataFrame([row], columns=catalogue.columns("mentions"))
    found = headline_names.headline_mentions(mentions, {"a.txt": "What Jr. said"})
    assert list(found[["paragraph", "start", "end", "entity"]].itertuples(index=False)) == [
        (0, 5, 8, "Jr.")
    ]


def test_a_sons_surname_is_looked_up_with_his_suffix():
    # An article names "Donald Trump Jr." once and the president as "Mr. Trump"; its
    # headline's "Trump" is the president, and "Trump Jr." the son.
    rows = [
        ("a.txt", "Alpha", 2, 1, 4, 9, "Trump", "PERSON", "Donald Trump", False),
        ("a.txt", "Alpha", 3, 1, 0, 16, "Donald Trump Jr.", "PERSON", "Donald Trump Jr.", False),
    ]
    mentions = pd.DataFrame(rows, columns=catalogue.columns("mentions"))
    headlines = {"a.txt": "Trump Jr. backs Trump"}
    found = headline_names.headline_mentions(mentions, headlines)
    assert list(found[["start", "end", "entity"]].itertuples(index=False)) == [
        (0, 9, "Donald Trump Jr."),
        (16, 21, "Donald Trump"),
    ]


def test_a_surname_two_people_share_is_the_most_mentioned_ones_in_the_headline():
    # The story is about Hillary Clinton (three mentions); its last paragraph names "Mr.
    # Clinton" once. The headline's "Clinton" is hers.
    rows = [
        ("a.txt", "Alpha", 1, 1, 0, 15, "Hillary Clinton", "PERSON", "Hillary Clinton", False),
        ("a.txt", "Alpha", 2, 1, 4, 11, "Clinton", "PERSON", "Hillary Clinton", False),
        ("a.txt", "Alpha", 3, 1, 9, 16, "Clinton", "PERSON", "Hillary Clinton", False),
        ("a.txt", "Alpha", 9, 1, 4, 11, "Clinton", "PERSON", "Bill Clinton", False),
    ]
    mentions = pd.DataFrame(rows, columns=catalogue.columns("mentions"))
    found = headline_names.headline_mentions(mentions, {"a.txt": "Clinton tries to reframe"})
    assert list(found[["start", "end", "entity"]].itertuples(index=False)) == [
        (0, 7, "Hillary Clinton")
    ]
