"""What a corpus says about names (`corpus_names.NameEvidence`), on hand-made counts:
how evidence adds up, and which tagged "persons" are no one's name."""

from __future__ import annotations

from collections import Counter

import pytest

from helpers.entities.corpus_names import NameEvidence


def test_evidence_adds_up_and_ignores_people_of_common_words():
    a = NameEvidence(Counter({("Sergey Lavrov", "PERSON"): 2, ("Lavrov", "ORG"): 1}), frozenset())
    b = NameEvidence(
        Counter({("Lavrov", "ORG"): 2, ("Election Meddling", "PERSON"): 1}),
        frozenset({"election", "meddling"}),
    )
    total = a + b
    assert total.spans[("Lavrov", "ORG")] == 3 and total.lower == {"election", "meddling"}
    assert total.known == {"sergey lavrov": 2, "lavrov": 3}
    assert total.people == {"sergey lavrov"} and total.surnames == {"lavrov"}
    assert not a.is_no_name("Election Meddling", "PERSON")
    assert b.is_no_name("Election Meddling", "PERSON")


@pytest.mark.parametrize(
    ("text", "no_name"),
    [
        # Tagged as persons in 2,000 real articles; no person's name holds "&" or a figure.
        ("mom & dad & 3", True),
        ("CIA & JFK", True),
        ("Q. Windows 8", True),
        ("Joseph R. Biden Jr.", False),
        ("Beto O'Rourke", False),
    ],
)
def test_a_person_with_an_ampersand_or_a_figure_is_no_name(text, no_name):
    assert NameEvidence(Counter(), frozenset()).is_no_name(text, "PERSON") is no_name


@pytest.mark.parametrize(
    ("word", "no_name"),
    [
        ("Email", True),  # "an email", and never as anyone's name
        ("Synod", True),
        ("Flake", False),  # the surname of Jeff Flake, tagged PERSON
        ("Gore", False),  # written after "Al", which begins Al Franken's name
        ("Sessions", False),  # written after a title: "Mr. Sessions"
        ("Francis", False),  # never written in lower case
    ],
)
def test_a_lone_word_written_in_lower_case_is_no_name_unless_written_as_a_name(word, no_name):
    evidence = NameEvidence(
        Counter({("Al Franken", "PERSON"): 3, ("Jeff Flake", "PERSON"): 2}),
        frozenset({"email", "synod", "flake", "gore", "sessions"}),
        after_title=frozenset({"sessions"}),
        capitalised_pairs=frozenset({("al", "gore"), ("the", "synod")}),
    )
    assert evidence.is_no_name(word, "PERSON") is no_name
    assert not evidence.is_no_name(word, "ORG")  # only a "person" is judged
