"""Names the model did not tag PERSON that their sentence shows to be a person's: an age
after the name, an apposition with a noun for a person, an organisation's possessive
before a full name never written in lower case. Hand-written sentences; the span's label
is set by hand where the model's own tag could change with the model."""

from __future__ import annotations

from collections import Counter

import pytest
from spacy.tokens import Span

from helpers.base import paths
from helpers.entities import name_spans, names
from helpers.entities.corpus_names import NameEvidence
from helpers.entities.person_signs import shows_person

NOTHING = NameEvidence(Counter())


def name_span(doc, name: str, label: str = "ORG") -> Span:
    start = doc.text.index(name)
    span = doc.char_span(start, start + len(name))
    return Span(doc, span.start, span.end, label=label)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an age set off by commas, at the sentence's end or mid-sentence
        ("“The water came up fast,” said Dale Pruitt, 54. “We lost everything.”", "Dale Pruitt"),
        ("Dale Pruitt, 54, said the water came up fast.", "Dale Pruitt"),
        # apposition with a kin noun, either way round
        ("Pruitt's daughter, Hazel, wrote on Facebook that the farm would reopen.", "Hazel"),
        ("Hazel, his daughter, wrote that the farm would reopen.", "Hazel"),
        # a newspaper's writer
        ("As the Chicago Tribune's Ossian Varga reported, the mayor left early.", "Ossian Varga"),
    ],
)
def test_the_sentence_shows_a_person(spacy_pipeline, text, name):
    assert shows_person(name_span(spacy_pipeline(text), name), NOTHING)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a tally after one word, or after names in a list: no age
        ("By Friday the virus had reached Tessaly, 41, and Florida, 30.", "Tessaly"),
        ("Complaints rose at Verimark Holdings, 44, and Comcast, 31.", "Verimark Holdings"),
        ("Complaints rose sharply this year at Verimark, 44.", "Verimark"),
        # a year, a count: no age
        ("The flood reached Tessaly, 2015 was the worst year.", "Tessaly"),
        ("The flood reached Tessaly, 54 homes in all.", "Tessaly"),
        # an apposition with a noun for no person
        ("Its parent company, Tessaly, said it would grow.", "Tessaly"),
        # a possessed name the corpus writes in lower case: a board, not a writer
        (
            "As the Chicago Tribune's Editorial Board wrote, the mayor left early.",
            "Editorial Board",
        ),
        # a possessive before a one-word name says nothing
        ("As the Chicago Tribune's Varga reported, the mayor left early.", "Varga"),
    ],
)
def test_nothing_shows_a_person(spacy_pipeline, text, name):
    evidence = NameEvidence(Counter(), lower=Counter({"editorial": 3, "board": 9}))
    assert not shows_person(name_span(spacy_pipeline(text), name), evidence)


def test_paragraph_names_read_the_sign_over_the_model_tag(spacy_pipeline):
    titles = names.load_aliases(paths.DATA_DIR / "aliases.yml").titles
    docs = [spacy_pipeline("The company's founder, Tessaly, said it would grow.")]
    found = name_spans.paragraph_names(docs, NOTHING, titles)
    # the model tags "Tessaly" a place; "the company's founder" says it is a person
    assert [(m.text, m.label) for ms in found for m in ms] == [("Tessaly", "PERSON")]


@pytest.mark.parametrize(
    ("text", "name", "shown"),
    [
        # found in review 19a: a country, a team or a company can be "the winner"
        ("The winner, Tessaly, celebrated in the capital.", "Tessaly", False),
        # a venue an organisation owns, not one of its people
        ("Crowds returned to Disney's Magic Kingdom on Saturday.", "Magic Kingdom", False),
        # a noun that is someone's is a person's, whatever the model's tag
        ("Schilling's son, Tessaly, defended his father.", "Tessaly", True),
        # found in review 20a: "the" and a relative clause introduce as "a" does
        ("Sydney, the teacher who found the boy, was the first to arrive.", "Sydney", True),
    ],
)
def test_a_name_tagged_as_a_place_needs_a_noun_that_is_someones(spacy_pipeline, text, name, shown):
    assert shows_person(name_span(spacy_pipeline(text), name), NOTHING, "GPE") == shown
