"""Event frames drafted from a corpus: a hand-written flood corpus with two obvious themes.

Four outlets report a flood in Millbrook. Two paragraphs of each article are about the
evacuation (rescue boats, volunteers, the Red Cross shelter), two about the insurance bill
(claims, premiums, payouts, the Insurance Council), two tell the rest of the story in words
no other paragraph repeats; "flood" and "Millbrook" are in nearly every paragraph. Read as a
person reads them, the corpus has two frames, and the event's own words are in neither.
"""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.base import catalogue, paths
from helpers.entities import sentences
from helpers.framing import draft_codebook, event_frames
from helpers.framing.codebooks import load_codebook

EVACUATION = "evacuation"
INSURANCE = "insurance"
STORY = "story"
FLOOD = {
    "Gazette": [
        (STORY, "Rain fell on Millbrook for three days before the river burst its banks and the flood began."),
        (STORY, "The mayor of Millbrook called the flood the worst in living memory."),
        (EVACUATION, "The flood in Millbrook forced hundreds of families to evacuate as rescue boats reached the streets."),
        (EVACUATION, "Volunteers from the Red Cross opened a shelter in a school gym for families from the flood in Millbrook."),
        (INSURANCE, "Insurers expect thousands of claims for damage from the flood in Millbrook, the Insurance Council said."),
        (INSURANCE, "Homeowners in Millbrook fear higher premiums after the flood, and payouts for the damage may take months."),
    ],
    "Herald": [
        (STORY, "Forecasters had warned of heavy storms over the hills above Millbrook a week before the flood."),
        (STORY, "Trains to Millbrook were cancelled while engineers checked bridges after the flood."),
        (EVACUATION, "Rescue boats carried elderly residents out of Millbrook as the flood rose, and volunteers helped others evacuate."),
        (EVACUATION, "The Red Cross said its shelter near Millbrook was full on the first night of the flood."),
        (INSURANCE, "The Insurance Council warned that claims from the flood in Millbrook could break records."),
        (INSURANCE, "Brokers said premiums in Millbrook would rise because insurers face large payouts for flood damage."),
    ],
    "Courier": [
        (STORY, "Water reached the ground floor of the town hall in Millbrook at the height of the flood."),
        (STORY, "Schools in Millbrook will stay closed until the flood water recedes, officials said."),
        (EVACUATION, "Families who had to evacuate Millbrook during the flood slept in a Red Cross shelter."),
        (EVACUATION, "Volunteers in rescue boats searched flooded Millbrook streets for people who could not evacuate."),
        (INSURANCE, "Damage claims after the Millbrook flood will test insurers, the Insurance Council said."),
        (INSURANCE, "Residents of Millbrook asked whether payouts would cover the flood damage and whether premiums would rise."),
    ],
    "Post": [
        (STORY, "The flood is the third to hit Millbrook since the dam upstream was built."),
        (STORY, "Farmers near Millbrook lost livestock and crops to the flood."),
        (EVACUATION, "The Red Cross shelter took in Millbrook residents after rescue boats helped them evacuate from the flood."),
        (EVACUATION, "Volunteers brought blankets to the shelter as the flood kept Millbrook families from their homes."),
        (INSURANCE, "Insurers have received claims for flood damage from half of the homes in Millbrook."),
        (INSURANCE, "The Insurance Council expects premiums to rise in Millbrook once the payouts for the flood are counted."),
    ],
}  # fmt: skip
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


@pytest.fixture(scope="module")
def flood(spacy_pipeline) -> tuple[pd.DataFrame, pd.DataFrame]:
    rows = [
        (f"{outlet.lower()}.txt", outlet, number, number, text)
        for outlet, paragraphs in FLOOD.items()
        for number, (_, text) in enumerate(paragraphs, start=1)
    ]
    paragraphs = pd.DataFrame(rows, columns=["file", "outlet", "paragraph", "line", "text"])
    table = sentences.sentence_rows(paragraphs, list(spacy_pipeline.pipe(paragraphs["text"])))
    return table, _mentions(paragraphs)


@pytest.fixture(scope="module")
def draft(flood) -> draft_codebook.Draft:
    return draft_codebook.draft_event_frames(*flood)


def _theme(text: str) -> str:
    return next(theme for ps in FLOOD.values() for theme, t in ps if t.startswith(text[:40]))


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
        themes = {_theme(row[-1]) for row in frame.evidence}
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
