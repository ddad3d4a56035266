"""What a corpus says about names (`corpus_names.NameEvidence`), on hand-made counts:
how evidence adds up, and which tagged "persons" are no one's name."""

from __future__ import annotations

from collections import Counter

import pytest

from helpers.entities.corpus_names import NameEvidence


def test_evidence_adds_up_and_ignores_people_of_common_words():
    a = NameEvidence(Counter({("Sergey Lavrov", "PERSON"): 2, ("Lavrov", "ORG"): 1}))
    b = NameEvidence(
        Counter({("Lavrov", "ORG"): 2, ("Election Meddling", "PERSON"): 1}),
        Counter({"election": 3, "meddling": 2}),
    )
    total = a + b
    assert total.spans[("Lavrov", "ORG")] == 3
    assert total.lower == Counter({"election": 3, "meddling": 2})
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
        ("Trump v. Trump", True),  # a book's title; 38 mentions in one article
        ("Roe vs. Wade", True),
        ("Joseph V. Trump", False),  # an initial, not "versus"
        ("Joseph R. Biden Jr.", False),
        ("Beto O'Rourke", False),
    ],
)
def test_a_person_with_an_ampersand_or_a_figure_is_no_name(text, no_name):
    assert NameEvidence(Counter()).is_no_name(text, "PERSON") is no_name


@pytest.fixture
def evidence() -> NameEvidence:
    """A corpus that writes "Jeff Bezos", "Al Franken" and "Amy Pope" as names tagged PERSON,
    "Jeff Sessions" and "Jeff Flake" too (each of whose words it also writes in lower case
    somewhere: "jeff" in a web address), "Mr. Sessions" and "Lord God" after a title, "Al
    Gore" untagged, and "an email", "the pope", "a god" in lower case, often."""
    return NameEvidence(
        Counter(
            {
                ("Al Franken", "PERSON"): 3,
                ("Jeff Flake", "PERSON"): 2,
                ("Jeff Sessions", "PERSON"): 2,
                ("Amy Pope", "PERSON"): 1,
                ("Jeff Bezos", "PERSON"): 1,
                ("Patriot Coal", "PERSON"): 4,
            }
        ),
        Counter(
            {"jeff": 1, "email": 5, "synod": 2, "flake": 1, "gore": 1}
            | {"sessions": 3, "god": 4, "pope": 6, "patriot": 2, "coal": 5}
        ),
        after_title=Counter({"sessions": 2, "god": 1}),
        capitalised_pairs=Counter(
            {("al", "gore"): 1, ("al", "franken"): 3, ("the", "synod"): 2}
            | {("jeff", "flake"): 2, ("jeff", "sessions"): 2, ("jeff", "bezos"): 1}
        ),
    )


@pytest.mark.parametrize(
    ("word", "no_name"),
    [
        ("Email", True),  # "an email", and never as anyone's name
        ("Synod", True),
        ("God", True),  # after a title once ("Lord God"), in lower case four times
        ("Pope", True),  # one Amy Pope against six "the pope"
        ("Patriot", True),  # only in "Patriot Coal", no name: all its words in lower case
        ("Flake", False),  # written after "Jeff" (Jeff Bezos) twice, in lower case once
        ("Gore", False),  # written after "Al", which begins Al Franken's name
        ("Sessions", False),  # after "Jeff" twice and "Mr." twice, in lower case 3 times
        ("Francis", False),  # never written in lower case
    ],
)
def test_a_lone_word_written_in_lower_case_more_often_than_as_a_name_is_no_name(
    evidence, word, no_name
):
    assert evidence.is_no_name(word, "PERSON") is no_name
    assert not evidence.is_no_name(word, "ORG")  # only a "person" is judged


@pytest.mark.parametrize(
    ("text", "no_name"),
    [
        # Each word is written in lower case somewhere ("jeff" in a web address, "sessions",
        # "flake"), but other names and "Mr. Sessions" write them as names more often.
        ("Jeff Sessions", False),
        ("Jeff Flake", False),
        ("Al Franken", False),  # "al" and "franken" never written in lower case
        # Only its own four tags write "Patriot" and "Coal" as names; the corpus writes
        # "patriot" twice and "coal" five times in lower case.
        ("Patriot Coal", True),
    ],
)
def test_a_full_name_is_no_name_only_where_each_word_is_more_often_lower_case_than_a_name(
    evidence, text, no_name
):
    assert evidence.is_no_name(text, "PERSON") is no_name


def test_a_name_after_a_salutation_is_no_name_but_a_first_name_often_lower_case_is_one():
    # A comment's sign-off "Cheers Tim" tagged once: "cheers" is written in lower case 12
    # times and in no other name. "Al Gore": "al" is written in lower case 90 times (a
    # web address, "al-Qaeda" split) against 35 in other names ("Al Franken"): under ten to
    # one, and "Mr. Gore" names "gore" more often than its one lower-case use.
    evidence = NameEvidence(
        Counter(
            {("Cheers Tim", "PERSON"): 1, ("Tim Kaine", "PERSON"): 3}
            | {("Al Gore", "PERSON"): 13, ("Al Franken", "PERSON"): 35}
        ),
        Counter({"cheers": 12, "tim": 1, "al": 90, "gore": 1}),
        after_title=Counter({"gore": 2}),
    )
    assert evidence.is_no_name("Cheers Tim", "PERSON")
    assert not evidence.is_no_name("Al Gore", "PERSON")
    assert not evidence.is_no_name("Tim Kaine", "PERSON")  # "kaine" never in lower case


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        # Tagged as persons in 2,000 real articles (39 and 18 mentions).
        ("Junge SVP", True),
        ("Indiana GOP", True),
        ("Charles Elliott III", False),  # "III" is tagged no organisation
        ("LK Advani", False),  # initials first: the name ends in a surname
        ("SVP", False),  # the acronym alone is what it is
    ],
)
def test_a_person_ending_in_an_organisations_acronym_is_an_organisation(text, organisation):
    tagged = Counter({("SVP", "ORG"): 5, ("GOP", "ORG"): 40, ("GOP", "PERSON"): 1})
    assert NameEvidence(tagged).ends_in_organisation(text) is organisation
