"""Undated articles placed by what they share with dated ones, marked inferred.

The small corpus below is written by hand: a dock strike in Harbourtown reported by two
dated outlets, a ferry accident in the same town months earlier, and undated articles
whose right place a reader sees at once. The seeds' case is read off the seeds: The
Independent names no day ("the day before the meeting", "last month") but the people and
places of the 10 May 2017 meeting; The Washington Post reports the December 2019 meeting.
"""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.base import catalogue
from helpers.entities import sentences
from helpers.framing import date_inference, events, findings

STRIKE, FERRY = "2025-03-04", "2024-11-20"
DATED = {"gazette.txt": STRIKE, "radio.txt": STRIKE, "ledger.txt": FERRY}
OUTLETS = {
    "gazette.txt": "Harbour Gazette",
    "radio.txt": "Valley Radio",
    "ledger.txt": "Northern Ledger",
    "weekly.txt": "City Weekly",
    "blog.txt": "Food Blog",
    "digest.txt": "Port Digest",
    "both.txt": "Town Notes",
}
# The people, places and organisations each article names, as a reader marks them.
NAMES = {
    "gazette.txt": ["Harbourtown", "Port Authority", "Dockers Union", "Jane Okafor", "Tom Reyes"],
    "radio.txt": ["Harbourtown", "Port Authority", "Dockers Union", "Jane Okafor", "Mayor Lin"],
    "ledger.txt": ["Harbourtown", "Coast Guard", "Blue Ferry Line", "Sam Patel", "City Hospital"],
    # shares a wire passage with the Gazette, and its people
    "weekly.txt": ["Harbourtown", "Port Authority", "Dockers Union", "Jane Okafor"],
    # a market review: nothing in common
    "blog.txt": ["Green Market", "Maria Lopez"],
    # no passage, but the strike's people
    "digest.txt": ["Harbourtown", "Port Authority", "Dockers Union", "Tom Reyes", "Mayor Lin"],
    # the town and one name from each story
    "both.txt": ["Harbourtown", "Dockers Union", "Coast Guard"],
}
REUSE = pd.DataFrame(
    [
        (
            "gazette.txt", "Harbour Gazette", 4, "weekly.txt", "City Weekly", 3, 0.97,
            "Dock workers walked out at dawn after talks with the Port Authority broke down.",
        )
    ],
    columns=catalogue.columns("reuse"),
)  # fmt: skip


def _mentions(names: dict[str, list[str]]) -> pd.DataFrame:
    rows = [
        (file, OUTLETS[file], 1, 1, 0, len(name), name, "ORG", name, False)
        for file, found in names.items()
        for name in found
    ]
    return pd.DataFrame(rows, columns=catalogue.columns("mentions"))


def _infer(undated: list[str], reuse: pd.DataFrame | None = REUSE) -> date_inference.Inferred:
    return date_inference.infer_dates(DATED, undated, OUTLETS, _mentions(NAMES), reuse)


def test_an_article_sharing_a_passage_gets_that_articles_day():
    placed = _infer(["weekly.txt"]).placements["weekly.txt"]
    assert placed.date == STRIKE
    assert "passages" in placed.evidence and "Harbour Gazette (gazette.txt)" in placed.evidence


def test_an_article_sharing_names_with_one_story_gets_its_day():
    # digest shares 4 of 6 names with the Gazette and the radio (which share 4 of 6 with
    # each other) and 1 of 9 with the Ledger.
    placed = _infer(["digest.txt"]).placements["digest.txt"]
    assert placed.date == STRIKE
    assert placed.evidence.startswith("inferred: shares people, places and organisations")
    assert "Valley Radio (radio.txt) 67%" in placed.evidence
    assert "against at most 11% with articles of other days" in placed.evidence
    # names only the strike's articles use, the most widely named first
    assert "named only by articles of 2025-03-04: Dockers Union, Port Authority" in placed.evidence


def test_an_article_sharing_nothing_stays_undated():
    placed = _infer(["blog.txt"]).placements["blog.txt"]
    assert placed.date == ""
    assert placed.evidence.startswith("not placed by the names it shares with dated articles")


def test_an_article_as_close_to_two_stories_stays_undated():
    # both: 2 of 6 names with the Gazette, the radio and the Ledger alike: less than the
    # strike's articles share with each other, and no closer to one day than to the other.
    assert _infer(["both.txt"]).placements["both.txt"].date == ""


def test_without_two_articles_of_one_day_nothing_is_placed():
    alone = {"gazette.txt": STRIKE, "ledger.txt": FERRY}
    found = date_inference.infer_dates(alone, ["digest.txt"], OUTLETS, _mentions(NAMES))
    assert found.placements["digest.txt"].date == ""
    assert "nothing to measure it against" in found.placements["digest.txt"].evidence


def test_the_table_lists_the_closest_dated_articles_of_each_day():
    table = _infer(["weekly.txt"]).table
    assert list(table.columns) == catalogue.columns("date_inference")
    gazette = table[table["dated_file"] == "gazette.txt"].iloc[0]
    assert (gazette["shared_names"], gazette["shared_passages"]) == (4, 1)
    assert gazette["similarity"] == pytest.approx(4 / 5)
    assert set(table["event_date"]) == {STRIKE, FERRY}


NBC, CNN, ABC, INDEPENDENT, POST = (
    "000_a6b577aae19b0816.txt",
    "001_44f8af7f3a2921b5.txt",
    "002_258131335ec2c961.txt",
    "003_28997a2f9cea958b.txt",
    "004_12127f88660ddda3.txt",
)


def test_the_independent_is_placed_on_10_may_2017(seed_sentences, caption_dates, seed_mentions):
    found = events.event_tables(seed_sentences, caption_dates, mentions=seed_mentions)
    table = found.events.set_index("file")
    assert table.loc[INDEPENDENT, "event_date"] == "2017-05-10"
    assert table.loc[INDEPENDENT, "date_basis"] == "inferred"
    assert not table.loc[INDEPENDENT, "flagged"]
    # Tillerson and Kislyak: named by the three 2017 articles, not by the Post
    assert "Rex Tillerson" in table.loc[INDEPENDENT, "evidence"]
    assert "Kislyak" in table.loc[INDEPENDENT, "evidence"]
    # the dated articles keep their own dates, and the Post is still flagged
    assert table.loc[POST, ["event_date", "date_basis", "flagged"]].tolist() == [
        "2019-12-10",
        "stated",
        True,
    ]
    assert set(found.date_inference["file"]) == {INDEPENDENT}
    stated = findings.event_findings(found.events.reset_index(drop=True))
    assert any("placed on 2017-05-10" in s and "inferred" in s for s in stated)


def test_the_post_would_not_be_placed_on_the_2017_meeting(seed_mentions):
    # Undated, the Post's article would share the town, Lavrov and Trump with the 2017
    # articles, but less than they share with each other: it stays undated, while the
    # Independent is placed.
    dated = {NBC: "2017-05-10", CNN: "2017-05-10", ABC: "2017-05-10"}
    outlets = dict(zip(seed_mentions["file"], seed_mentions["outlet"], strict=True))
    found = date_inference.infer_dates(dated, [INDEPENDENT, POST], outlets, seed_mentions)
    assert found.placements[INDEPENDENT].date == "2017-05-10"
    assert found.placements[POST].date == ""


def test_without_mentions_undated_articles_stay_undated(seed_sentences, caption_dates):
    table = events.event_tables(seed_sentences, caption_dates).events.set_index("file")
    assert table.loc[INDEPENDENT, ["event_date", "date_basis"]].tolist() == ["", "none"]
    assert table.loc[NBC, "date_basis"] == "stated"


def test_no_sentences_no_placement(spacy_pipeline):
    text = "The council met to discuss the budget."
    paragraphs = pd.DataFrame(
        [("a.txt", "A", 1, 1, text)], columns=["file", "outlet", "paragraph", "line", "text"]
    )
    rows = sentences.sentence_rows(paragraphs, [spacy_pipeline(text)])
    found = events.event_tables(rows, mentions=_mentions({}))
    assert found.events["date_basis"].tolist() == ["none"]
    assert "no dated article to compare it with" in found.events["evidence"][0]


def test_resemblance_of_undated_against_dated_only():
    # The rectangle infer_dates reads, by hand: digest shares Harbourtown, Port Authority,
    # Dockers Union and Tom Reyes with the Gazette (4 of 6 names together), those and Mayor
    # Lin with the radio (4 of 6); blog shares nothing; the Ledger has Harbourtown alone.
    found = date_inference.resemblance(
        NAMES, ["digest.txt", "blog.txt"], ["gazette.txt", "radio.txt", "ledger.txt"]
    )
    assert found.shape == (2, 3)
    assert found.ravel().tolist() == pytest.approx([4 / 6, 4 / 6, 1 / 9, 0, 0, 0])
    # the square of one set of files, as the days' own blocks read it
    square = date_inference.resemblance(NAMES, ["gazette.txt", "radio.txt"])
    assert square.ravel().tolist() == pytest.approx([1, 4 / 6, 4 / 6, 1])
