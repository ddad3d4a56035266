"""Which words may open reported speech: the lookup that runs on every paragraph."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from helpers.base import paths
from helpers.entities import quotes, reported

VERBS = quotes.load_speech_verbs(paths.DATA_DIR / "speech_verbs.txt")
# English lexical attributes (the lower-case form) without a model
VOCAB = spacy.blank("en").vocab


def test_candidates_are_speech_verbs_by_lemma_or_form_and_according():
    # Lemmas set by hand: "said" and "told" are speech verbs by their lemma, "Warn" by its
    # lower-case form (its lemma left empty), "According" by its lower-case form (its lemma
    # "According", as the model may read a capitalised word); "Says" with the lemma "Says"
    # is no speech verb ("says" is not a lemma of the list), nor are the other words.
    words = ["She", "said", "that", "Says", "told", "them", "Warn", "According", "to", "aides"]
    lemmas = ["she", "say", "that", "Says", "tell", "they", "", "According", "to", "aide"]
    doc = Doc(VOCAB, words=words, lemmas=lemmas)
    assert reported._candidates(doc, VERBS) == [1, 4, 6, 7]


def test_no_candidates_in_an_empty_paragraph():
    assert reported._candidates(Doc(VOCAB, words=[]), VERBS) == []
