"""Same event? Event dates from the text, with evidence, and the article about another meeting.

The captions' dates below were read off the seeds by hand (`cat -n seeds/FILE`): they stand
in for the cleaning stage's `dates` table, so these tests do not depend on cleaning.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from helpers.base import catalogue, corpus
from helpers.entities import sentences
from helpers.framing import events

OTHER_EVENT = Path(__file__).parents[1] / "fixtures" / "other_event"
NBC, CNN, ABC, INDEPENDENT, POST = (
    "000_a6b577aae19b0816.txt",
    "001_44f8af7f3a2921b5.txt",
    "002_258131335ec2c961.txt",
    "003_28997a2f9cea958b.txt",
    "004_12127f88660ddda3.txt",
)


@pytest.fixture(scope="module")
def seed_events(seed_sentences, caption_dates) -> pd.DataFrame:
    return events.event_tables(seed_sentences, caption_dates).events.set_index("file")


def _one_article(nlp, text: str, published: str = "", file: str = "a.txt") -> tuple:
    paragraphs = pd.DataFrame(
        [(file, "Outlet", 1, 1, text)], columns=["file", "outlet", "paragraph", "line", "text"]
    )
    rows = sentences.sentence_rows(paragraphs, [nlp(text)])
    return rows, {file: published} if published else None


def test_the_washington_post_reports_another_meeting(seed_events):
    post = seed_events.loc[POST]
    # "on Tuesday" (line 8) and "Dec. 10" (line 5); the latest year it names is 2018
    # ("detained ... since 2018"), and 10 December 2019 was a Tuesday.
    assert post["event_date"] == "2019-12-10"
    assert post["flagged"]
    assert "Tuesday" in post["evidence"]


def test_the_other_articles_report_10_may_2017(seed_events):
    for file in (NBC, CNN, ABC):
        assert seed_events.loc[file, "event_date"] == "2017-05-10", file
        assert not seed_events.loc[file, "flagged"], file
    # CNN's "Wednesday" has no date of its own to lean on: it is read against the corpus date.
    assert "corpus date" in seed_events.loc[CNN, "evidence"]


def test_an_article_without_a_day_is_not_flagged(seed_events):
    # The Independent says only "the day before the meeting", "last month", "last week".
    assert seed_events.loc[INDEPENDENT, "event_date"] == ""
    assert not seed_events.loc[INDEPENDENT, "flagged"]


def test_dates_of_other_events_do_not_win(seed_sentences, caption_dates):
    mentions = events.event_tables(seed_sentences, caption_dates).date_evidence
    file_photo = mentions[(mentions["file"] == NBC) & (mentions["mention"] == "April 12, 2017")]
    assert file_photo["weight"].tolist() == [0.0]
    since = mentions[(mentions["file"] == ABC) & (mentions["mention"] == "August 2013")]
    assert since["date"].tolist() == [""]  # a month names no day
    # "Tuesday's firing" dates the firing, not the meeting: it resolves to 9 May at half weight.
    firing = mentions[(mentions["file"] == CNN) & (mentions["mention"] == "Tuesday")]
    assert firing[["date", "weight"]].values.tolist() == [["2017-05-09", 0.5]]


def test_events_table_columns_and_flagged_outlets(seed_sentences, caption_dates):
    table = events.event_tables(seed_sentences, caption_dates).events
    assert list(table.columns) == catalogue.columns("events")
    assert events.flagged_outlets(table) == ["The Washington Post"]


def test_excluding_flagged_articles_drops_their_sentences(seed_sentences, seed_events):
    table = seed_events.reset_index()
    kept = events.select_articles(seed_sentences, table, exclude_flagged=True)
    assert POST not in set(kept["file"])
    others = seed_sentences[seed_sentences["file"] != POST].reset_index(drop=True)
    pd.testing.assert_frame_equal(kept, others)  # headline rows go with their article
    same = events.select_articles(seed_sentences, table)
    assert len(same) == len(seed_sentences)


def test_repeated_lines_in_the_dates_table_are_ignored(seed_sentences, caption_dates):
    repeat = caption_dates.iloc[[0]].assign(line=999, date="2016-01-01", source="duplicate")
    found = events.event_tables(seed_sentences, pd.concat([caption_dates, repeat]))
    table, mentions = found.events, found.date_evidence
    assert "2016-01-01" not in set(mentions["date"])
    assert table.set_index("file").loc[NBC, "event_date"] == "2017-05-10"


def test_weekdays_resolve_against_the_published_date(spacy_pipeline):
    # 5 March 2025 was a Wednesday.
    rows, published = _one_article(spacy_pipeline, "The mayor resigned on Monday.", "2025-03-05")
    assert events.event_tables(rows, published=published).events["event_date"][0] == "2025-03-03"
    rows, published = _one_article(
        spacy_pipeline, "The mayor resigned last Wednesday.", "2025-03-05"
    )
    assert events.event_tables(rows, published=published).events["event_date"][0] == "2025-02-26"


def test_two_dates_one_each_make_no_majority(spacy_pipeline):
    texts = ["The flood struck on March 3, 2025.", "The flood struck on March 9, 2025."]
    paragraphs = pd.DataFrame(
        [(f"{i}.txt", f"Outlet {i}", 1, 1, t) for i, t in enumerate(texts)],
        columns=["file", "outlet", "paragraph", "line", "text"],
    )
    table = events.event_tables(
        sentences.sentence_rows(paragraphs, list(spacy_pipeline.pipe(texts)))
    ).events
    assert table["event_date"].tolist() == ["2025-03-03", "2025-03-09"]
    assert not table["flagged"].any()


def test_the_factory_strike_is_dated_to_tuesday_4_march_2025(strike_sentences):
    articles = corpus.read_corpus(OTHER_EVENT).articles
    rows = strike_sentences
    published = {a.file: a.published for a in articles if a.published}
    table = events.event_tables(rows, published=published).events.set_index("outlet")
    # Gazette: "on Tuesday", published Wed 5 March; Valley Radio: "Tuesday, March 4, 2025",
    # not its "accident on March 12, 2023"; Ledger: "on Tuesday" and "yesterday's walkout",
    # not "again on Thursday".
    assert table["event_date"].tolist() == ["2025-03-04"] * 3
    assert not table["flagged"].any()
    assert "March 4, 2025" in table.loc["Valley Radio", "evidence"]
