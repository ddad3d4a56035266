"""Names the model tags as an organisation or a place that their own sentence shows to be
a person's.

The small model tags a name it does not know ORG as often as PERSON ("said Brett Tolliver,
27", "Schilling's son, Grant, defended his father", "the Washington Post's Ishaan Tharoor
wrote"), and a person so typed is lost to voice share: the quotation goes to an
"organisation". News writing says who is a person in a few fixed ways, and where the
sentence says it, it outweighs the tag: an age set off by commas right after the name, an
apposition with a noun for a person (`data/person_nouns.txt`, `data/epithet_nouns.txt`,
the titles: "his son, Grant", "Grant, his son,"), or a full name an organisation's
possessive introduces ("the Post's Ishaan Tharoor", "CNN's Jake Tapper") whose words the
corpus never writes in lower case ("Google's Android Pay", "the party's Central Committee"
are no persons). The evidence is the sentence and the corpus's words, never a list of
first names.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from helpers.entities.clause_roles import person_noun
from helpers.entities.corpus_names import PLACE_LABELS, NameEvidence
from helpers.entities.names import POSSESSIVE, is_full_name, name_key, name_words

_OLDEST = 120  # an age; a larger number set off after a name is something else


def shows_person(span: Span, evidence: NameEvidence, label: str = "ORG") -> bool:
    """Whether the sentence of a name (`span`, trimmed to the name; `label`, the model's)
    shows it to be a person's: an age after it, an apposition with a noun for a person, or
    an organisation's possessive before a full name of words never written in lower case.
    A name the model tags as a place needs more: the noun in apposition must be someone's
    ("Schilling's son, Jordan,"; not "The winner, France,", where a country, a team or a
    company can be "the winner"), and an organisation's possessive before it names a place
    of its own ("Disney's Magic Kingdom"), no person."""
    head = span.root
    place = label in PLACE_LABELS
    return (
        _has_age(span)
        or person_apposition(head, place)
        or (not place and _possessed_name(span, evidence))
    )


def _has_age(span: Span) -> bool:
    """An age: "Brett Tolliver, 27," or "…, 27.", a whole number up to `_OLDEST` right
    after a comma after a full name, with only punctuation or the sentence's end after it.
    News gives an age after a person's full name; a figure after one word is a tally
    ("Texas, 41, and Florida, 30"; "Comcast, 44; Verizon, 31"), and so is one after any
    name in a list."""
    doc = span.doc
    if not is_full_name(span.text) or _listed(span.root):
        return False
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    number = doc[span.end + 1]
    if not number.text.isdigit() or not 0 < int(number.text) <= _OLDEST:
        return False
    after = doc[number.i + 1] if number.i + 1 < len(doc) else None
    return after is None or after.is_punct or after.is_space


def _listed(head: Token) -> bool:
    """Whether a name is one of coordinated names ("X, 44, and Y, 31")."""
    return head.dep_ == "conj" or any(c.dep_ == "conj" for c in head.children)


def person_apposition(head: Token, place: bool = False) -> bool:
    """The name (`head`, its last word) is in apposition to a noun for a person
    ("Schilling's son, Grant,") or such a noun to it ("Grant, his son,"; "Nefzi, a chemistry
    professor,"). A name the model tags as a place (`place`) needs a noun that is someone's
    ("his son") or one that introduces it ("Nefzi, a chemistry professor"): a country, a team
    or a company can be "the winner"."""
    if head.dep_ == "appos" and _is_person_noun(head.head, place, after=False):
        return True
    return any(c.dep_ == "appos" and _is_person_noun(c, place, after=True) for c in head.children)


def _is_person_noun(token: Token, place: bool = False, after: bool = True) -> bool:
    """A common noun for a person, written in lower case ("son", "professor"); for a place's
    name, one with a possessive before it, or with "a" or "an", or "the" and a relative
    clause ("Sydney, the teacher who found the boy,"), where it comes `after` the name."""
    if not (token.tag_ == "NN" and token.text.islower() and person_noun(token)):
        return False
    if not place:
        return True
    marks = {c.lower_ for c in token.children if c.dep_ in ("det", "poss")}
    owned = any(c.dep_ == "poss" for c in token.children)
    # "Sydney, the teacher who found the boy,": a relative clause makes "the" introduce too
    told = "the" in marks and any(c.dep_ == "relcl" for c in token.children)
    return owned or (after and (bool(marks & {"a", "an"}) or told))


def _possessed_name(span: Span, evidence: NameEvidence) -> bool:
    """A full name right after an organisation's possessive ("the Washington Post's Ishaan
    Tharoor"), none of whose words the corpus writes in lower case."""
    if not is_full_name(span.text) or span.start == 0:
        return False
    mark = span.doc[span.start - 1]
    if mark.text not in POSSESSIVE:
        return False
    owner = mark.head if mark.head.i < span.start else span.doc[mark.i - 1]
    if owner.ent_type_ != "ORG":
        return False
    return not any(evidence.lower[w] for w in name_words(name_key(span.text)))
