"""Event frames drafted from a corpus: a hand-written flood corpus with two obvious themes.

Four outlets report a flood in Millbrook (tests/fixtures/flood). Two paragraphs of each
article are about the evacuation (rescue boats, volunteers, the Red Cross shelter), two about
the insurance bill (claims, premiums, payouts, the Insurance Council), two tell the rest of
the story in words no other paragraph repeats; "flood" and "Millbrook" are in nearly every
paragraph. Read as a person reads them, the corpus has two frames, and the event's own
words are in neither.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from helpers.base import catalogue, corpus, paths
from helpers.entities import sentences
from helpers.framing import draft_codebook, event_frames
from helpers.framing.codebooks import load_codebook

FLOOD = Path(__file__).parents[1] / "fixtures" / "flood"
# Each article, after its headline: two paragraphs of story, two on the evacuation, two on
# the insurance bill, in that order.
THEMES = ("story", "story", "evacuation", "evacuation", "insurance", "insurance")
NAMES = {"Red Cross": "ORG", "Insurance Council": "ORG", "Millbrook": "GPE"}


def _mentions(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """The mentions table a reader marks by hand: every Red Cross, Insurance Council and
    Millbrook (each paragraph is one sentence)."""
    rows = [
        (p.file, p.outlet, p.paragraph, 1, start, start + len(name), name, label, name, False)
        for p in paragraphs.itertuples(index=False)
        for name, label in NAMES.items()
        if (start := p.text.find(name)) >= 0
    ]
    return pd.DataFrame(rows, columns=catalogue.columns("mentions"))


def flood_paragraphs() -> pd.DataFrame:
    """The flood articles' paragraphs: every non-empty line after the headline."""
    rows = [
        (a.file, a.outlet, number, line, text)
        for a in corpus.read_corpus(FLOOD).articles
        for number, (line, text) in enumerate(
            ((n, t) for n, t in enumerate(a.lines, start=1) if n > 1 and t.strip()), start=1
        )
    ]
    return pd.DataFrame(rows, columns=["file", "outlet", "paragraph", "line", "text"])


@pytest.fixture(scope="module")
def flood(spacy_pipeline) -> tuple[pd.DataFrame, pd.DataFrame]:
    paragraphs = flood_paragraphs()
    table = sentences.sentence_rows(paragraphs, list(spacy_pipeline.pipe(paragraphs["text"])))
    return table, _mentions(paragraphs)


@pytest.fixture(scope="module")
def draft(flood) -> draft_codebook.Draft:
    return draft_codebook.draft_event_frames(*flood)


def _theme(row: tuple) -> str:
    """An evidence row's theme, from its paragraph number."""
    return THEMES[row[2] - 1]


def test_the_draft_has_the_two_themes_and_not_the_events_own_words(draft):
    assert len(draft.frames) == 2
    terms = {frame.name: {t.lower() for t in frame.terms} for frame in draft.frames}
    evacuation = next(n for n, t in terms.items() if "shelter" in t)
    insurance = next(n for n, t in terms.items() if "premium" in t)
    assert evacuation != insurance
    assert {"evacuate", "volunteer", "red cross"} <= terms[evacuation]
    assert {"claim", "payout", "insurance council"} <= terms[insurance]
    every = set().union(*terms.values())
    assert not every & {"flood", "millbrook"}  # in every paragraph: the event, not a frame


def test_evidence_comes_from_each_outlet_and_matches_its_frame(draft):
    for frame in draft.frames:
        themes = {_theme(row) for row in frame.evidence}
        assert len(themes) == 1, frame.name
        assert len({row[1] for row in frame.evidence[:4]}) == 4  # each outlet's best first
        assert all(row[5] for row in frame.evidence)  # the codebook terms it matched


def test_the_draft_is_the_same_on_every_run(flood, draft):
    again = draft_codebook.draft_event_frames(*flood)
    pd.testing.assert_frame_equal(again.table(), draft.table())


def test_the_yaml_draft_reads_back_as_the_codebook(draft, tmp_path):
    path = tmp_path / "event_frames.yml"
    path.write_text(draft_codebook.draft_yaml(draft, "the flood corpus"), encoding="utf-8")
    book = load_codebook(path)
    assert book.name == "drafted"
    assert [(f.name, f.terms) for f in book.frames] == [
        (f.name, f.terms) for f in draft.codebook.frames
    ]
    assert "DRAFTED, NOT CODED" in path.read_text(encoding="utf-8")


def test_the_table_has_the_catalogue_columns(draft):
    table = draft.table()
    assert list(table.columns) == catalogue.columns("event_frames")
    assert set(table["outlets"]) == {4}


def test_a_corpus_without_a_shared_term_gives_an_empty_draft(flood):
    sentences_table, mentions = flood
    one = sentences_table[sentences_table["file"] == "gazette.txt"]
    draft = draft_codebook.draft_event_frames(one.head(1), mentions)
    assert draft.frames == ()
    assert list(draft.table().columns) == catalogue.columns("event_frames")
    assert "frames: {}" in draft_codebook.draft_yaml(draft)


def test_the_sample_gets_its_event_codebook_any_other_corpus_the_draft(draft, tmp_path):
    on_seeds = draft_codebook.default_codebooks(paths.SEEDS_DIR, draft)
    assert [b.name for b in on_seeds] == ["generic", "event"]
    elsewhere = draft_codebook.default_codebooks(tmp_path, draft)
    assert [b.name for b in elsewhere] == ["generic", "drafted"]
    assert draft_codebook.drafted_note(elsewhere, draft)[0].startswith("The event frames")
    assert draft_codebook.drafted_note(on_seeds, draft) == []
    empty = draft_codebook.Draft((), 1, 1)
    assert [b.name for b in draft_codebook.default_codebooks(tmp_path, empty)] == ["generic"]


def test_frame_terms_write_entities_as_mentioned_and_drop_their_words():
    features = [
        ("@James Comey", 1.0),
        ("comey", 0.9),
        ("james", 0.5),
        ("house", 0.4),
        ("@White House", 0.3),
        ("investigation", 0.2),
        ("fbi", 0.05),  # under a tenth of the top weight
    ]
    forms = {"James Comey": "Comey", "White House": "White House"}
    assert draft_codebook.frame_terms(features, forms) == ["Comey", "White House", "investigation"]


def test_an_entity_is_written_as_the_mention_most_of_its_mentions_contain():
    mentions = pd.DataFrame(
        {
            "entity": ["James Comey"] * 6 + ["Islamic State"] * 3,
            "text": ["Comey"] * 3
            + ["James Comey"] * 2
            + ["James B. Comey", "ISIS", "Isis", "ISIS"],
        }
    )
    assert event_frames.entity_forms(mentions) == {"James Comey": "Comey", "Islamic State": "ISIS"}
