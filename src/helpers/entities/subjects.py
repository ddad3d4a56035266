"""Subjects the small model's parse leaves out, so that a later "he said" can find them.

The parse often hangs a sentence's subject somewhere else when a long phrase stands
before it or beside it: "At a campaign event in St. Clairsville, Ohio, 62-year-old Brenda
Johnson also railed against immigrants" makes Brenda Johnson the object of "At", and
"At Boca West, …, Jay DiPietro, the club's president, suggested that …" an apposition of
"Boca West", leaving "railed" and "suggested" with no subject. A sentence's main verb with
no subject of its own is the person's named just before it, when no verb stands between
them: that person is the sentence's subject for the pronouns after it.

A surname the model tags as no entity at all ("Cruz openly admitted …") is a person when
it speaks: a bare capitalised singular proper noun, not "Democrats" or "a senior Democrat".
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Doc, Token

SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}


def unparsed_subjects(doc: Doc, people: set[int], quoted: set[int]) -> list[Token]:
    """The last token of the person named right before each subjectless main verb (module
    docstring); `people`: token indices of the paragraph's person mentions."""
    found = []
    for sentence in doc.sents:
        verb = sentence.root
        if verb.pos_ not in ("VERB", "AUX") or verb.i in quoted:
            continue
        if any(c.dep_ in SUBJECTS for c in verb.children):
            continue
        named = [i for i in range(sentence.start, verb.i) if i in people and i not in quoted]
        if not named or any(t.pos_ in ("VERB", "AUX") for t in doc[named[-1] + 1 : verb.i]):
            continue
        found.append(doc[named[-1]])
    return found


def untagged_name(token: Token, row: int, tagged: Container[tuple[int, int]]) -> bool:
    """A bare capitalised singular proper noun (module docstring) none of whose words is at a
    (row, token index) position in `tagged`, the article's entity mentions."""
    if any(c.dep_ in ("det", "amod", "nummod", "poss", "quantmod") for c in token.children):
        return False
    run = [token, *(c for c in token.children if c.dep_ == "compound")]
    return all(t.tag_ == "NNP" and t.is_title and (row, t.i) not in tagged for t in run)
