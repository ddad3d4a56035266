"""Frames per sentence: codebooks read and checked, and matched.

Expectations about the seeds come from reading them (`cat -n seeds/FILE`), not from output.
"""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.base.datafiles import DataFileError
from helpers.entities import sentences
from helpers.framing import codebooks

POLICY_FRAMES = [
    "Economic",
    "Capacity and resources",
    "Morality",
    "Fairness and equality",
    "Legality, constitutionality and jurisprudence",
    "Policy prescription and evaluation",
    "Crime and punishment",
    "Security and defence",
    "Health and safety",
    "Quality of life",
    "Cultural identity",
    "Public opinion",
    "Political",
    "External regulation and reputation",
    "Other",
]


def _frames(text: str, book: codebooks.Codebook, nlp) -> dict[str, list[str]]:
    paragraph = pd.DataFrame(
        [("a.txt", "A", 1, 1, text)], columns=["file", "outlet", "paragraph", "line", "text"]
    )
    [row] = sentences.sentence_rows(paragraph, [nlp(text)]).itertuples()
    return codebooks.match_sentence(row.lemmas, row.forms, book)


# --- codebooks ---------------------------------------------------------------------------


def test_generic_codebook_has_the_fifteen_policy_frames(generic_book):
    assert generic_book.names == POLICY_FRAMES
    assert all(f.description for f in generic_book.frames)
    assert [f.name for f in generic_book.frames if f.residual] == ["Other"]


def test_event_codebook_has_the_story_frames(event_book):
    assert event_book.names == [
        "Comey firing",
        "Election interference",
        "Russia investigation (Kislyak, Flynn)",
        "Diplomacy and relations",
        "Syria",
        "Ukraine",
        "Afghanistan",
        "Press access and photos",
        "Impeachment",
        "Arms control",
    ]


@pytest.mark.parametrize(
    ("frame", "message"),
    [
        ("Bad: {terms: [x]}", "line 4, frames.Bad.description: must be one non-empty line"),
        ("Bad: {description: d, terms: []}", "line 4, frames.Bad.terms: is empty"),
        (
            "Bad: {description: d, terms: [x], colour: red}",
            "line 4, frames.Bad: unknown key(s) colour",
        ),
        ("Bad: {description: d, terms: [x, 3]}", "line 4, frames.Bad.terms: must be a list"),
    ],
)
def test_bad_codebook_names_file_and_frame(tmp_path, frame, message):
    path = tmp_path / "bad.yml"
    path.write_text(f"name: bad\nframes:\n  Good: {{description: d, terms: [x]}}\n  {frame}\n")
    with pytest.raises(DataFileError) as error:
        codebooks.load_codebook(path)
    assert str(path) in str(error.value)
    assert message in str(error.value)


def test_missing_codebook_is_an_error(tmp_path):
    with pytest.raises(DataFileError, match="not found"):
        codebooks.load_codebook(tmp_path / "none.yml")


# --- matching ----------------------------------------------------------------------------


def test_terms_match_lemmas_phrases_and_respect_exclusions(spacy_pipeline, generic_book):
    nlp = spacy_pipeline
    assert _frames("Their wages have not kept up.", generic_book, nlp) == {"Economic": ["wage"]}
    assert "Economic" in _frames("The cost of living keeps rising.", generic_book, nlp)
    assert "Crime and punishment" in _frames("He faces a fraud charge.", generic_book, nlp)
    assert "Crime and punishment" not in _frames(
        "She is in charge of the plant.", generic_book, nlp
    )
    assert "Security and defence" not in _frames(
        "The national security adviser resigned.", generic_book, nlp
    )
    assert _frames("They met for lunch.", generic_book, nlp) == {"Other": []}


def test_hyphenated_and_multiword_event_terms(spacy_pipeline, event_book):
    found = _frames(
        "They discussed de-escalation zones and arms control.", event_book, spacy_pipeline
    )
    assert found["Syria"] == ["de-escalation"]
    assert found["Arms control"] == ["arms control"]


def test_terms_are_found_where_their_words_stand_in_order_outside_exclusions():
    book = codebooks.Codebook(
        "test",
        "",
        (
            codebooks.Frame("Security", "", ("national security", "fired")),
            codebooks.Frame("Legal", "", ("charge",), exclude=("in charge",)),
        ),
    )

    def matched(words: str, written: str) -> dict[str, list[str]]:
        return codebooks.match_sentence(words, written, book)

    # both words present but apart: no "national security"; "charge" only inside "in charge"
    assert (
        matched(
            "national policy be in charge of security", "national policy is in charge of security"
        )
        == {}
    )
    # the phrase a second time, after the excluded one; "fired" as written, not its lemma "fire"
    assert matched(
        "he be in charge and they fire he and charge he over national security",
        "he is in charge and they fired him and charged him over national security",
    ) == {"Security": ["national security", "fired"], "Legal": ["charge"]}


def test_sentences_with_the_same_frames_share_one_stored_result():
    book = codebooks.Codebook("test", "", (codebooks.Frame("Labour", "", ("strike",)),))
    first = codebooks.match_sentence("worker strike today", "workers strike today", book)
    second = codebooks.match_sentence("the strike go on", "the strike goes on", book)
    assert first == second == {"Labour": ["strike"]}
    # two sentences cached, one result kept for both
    assert len(book.matches) == 2 and len(book.results) == 1
    # a caller's copy can be changed without changing what the next caller gets
    first["Labour"].append("changed")
    assert codebooks.match_sentence("the strike go on", "the strike goes on", book) == {
        "Labour": ["strike"]
    }
