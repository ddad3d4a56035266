"""The PolNeAR judge (`benchmarks/attribution.py`), on hand-made CoreNLP tokens whose expected
reading a person decided: a pronoun source is no one its own verb names as object or in a
phrase hung on it (round 13); a named source is the workbook's person whose name the gold's
words end."""

from __future__ import annotations

import sys

from helpers.base import paths

sys.path.insert(0, str(paths.PROJECT_ROOT / "benchmarks"))

from attribution import Expected, _object_of_verb, speaker_right  # noqa: E402
from polnear import Token  # noqa: E402


def _tokens(*words: tuple[str, str, str, int, str]) -> list[Token]:
    """(text, pos, ner, head, dep) each, laid out one after another."""
    found, offset = [], 0
    for text, pos, ner, head, dep in words:
        found.append(Token(offset, offset + len(text), text, pos, ner, head, dep))
        offset += len(text) + 1
    return found


def test_he_told_hannity_is_not_hannity():
    # "he told Sean Hannity"
    tokens = _tokens(
        ("he", "PRP", "O", 1, "nsubj"),
        ("told", "VBD", "O", -1, "root"),
        ("Sean", "NNP", "PERSON", 3, "compound"),
        ("Hannity", "NNP", "ORGANIZATION", 1, "dobj"),  # CoreNLP's tag, as in the corpus
    )
    assert _object_of_verb("Sean Hannity", tokens, 0)
    assert not _object_of_verb("Bill O'Reilly", tokens, 0)


def test_he_said_of_trump_and_ryan_is_neither():
    # "he said of Trump and Ryan"
    tokens = _tokens(
        ("he", "PRP", "O", 1, "nsubj"),
        ("said", "VBD", "O", -1, "root"),
        ("of", "IN", "O", 3, "case"),
        ("Trump", "NNP", "PERSON", 1, "nmod:of"),
        ("and", "CC", "O", 3, "cc"),
        ("Ryan", "NNP", "PERSON", 3, "conj:and"),
    )
    assert _object_of_verb("Donald Trump", tokens, 0)
    assert _object_of_verb("Paul Ryan", tokens, 0)


def test_a_person_named_further_down_may_be_the_speaker():
    # "he said after meeting Trump": Trump is the object of "meeting", not of "said"
    tokens = _tokens(
        ("he", "PRP", "O", 1, "nsubj"),
        ("said", "VBD", "O", -1, "root"),
        ("after", "IN", "O", 3, "mark"),
        ("meeting", "VBG", "O", 1, "advcl"),
        ("Trump", "NNP", "PERSON", 3, "dobj"),
    )
    assert not _object_of_verb("Donald Trump", tokens, 0)


def test_a_named_source_is_the_person_whose_name_its_words_end():
    # News names people of two surnames by both: "Vargas Llosa" is Mario Vargas Llosa.
    assert speaker_right("Mario Vargas Llosa", Expected("named", person="Vargas Llosa"))
    assert speaker_right("Bill de Blasio", Expected("named", person="de Blasio"))
    # The same last word after other first words is someone else.
    assert not speaker_right("Mario Vargas Llosa", Expected("named", person="Ann Llosa"))
    assert not speaker_right("Ann Vargas Llosa", Expected("named", person="Ben Vargas Llosa"))
