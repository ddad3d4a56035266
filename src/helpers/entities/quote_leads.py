"""Ways news writes a quotation's source right before it that the speech verb's subject
alone does not give.

- A noun of speech owned by its speaker, set before the quotation with a comma or colon
  ("Becerra's statement, “…,” is preposterous"; "Trump's reply: “…”"): the owner speaks
  (`data/speech_nouns.txt`).
- "and I quote" between the speech verb and the quotation ("Trump said, and I quote,
  “…”") is the writer's aside: the verb before it still introduces the quotation.
- A bare title joined by "and" to a titled name as a speech verb's subject ("noted SAF
  founder and Executive Vice President Alan M. Gottlieb"): one person, the name, where the
  parse makes the title the subject and the name its conjunct.
- The subject of an object relative clause the parse broke apart ("Bannon, who Beck on
  Wednesday called “…”", where "Beck" comes out as a clause of its own and "called" as a
  participle of "Bannon"): the name right after the relative pronoun.
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Token

from helpers.base import paths
from helpers.base.datafiles import read_list

_ASIDE = re.compile(r"(?:and\s+)?I\s+quote\s*[,:]?\s*$", re.IGNORECASE)
_RELATIVE = frozenset(("who", "whom", "that"))
_OWNERS = frozenset(("NNP", "NNPS"))  # a named owner: "his statement" is left to the pronouns


@cache
def speech_nouns(path: Path = paths.DATA_DIR / "speech_nouns.txt") -> frozenset[str]:
    """Nouns for what someone said ("statement", "remarks"), lower case, dictionary form."""
    return frozenset(text for _, text in read_list(path))


def aside_start(doc: Doc, first: int) -> int:
    """Where an "and I quote" aside right before token `first` (a quotation's first word)
    begins, else `first`: "Trump said, and I quote, “We love …”" is introduced by "said"."""
    start = doc[first].idx if first < len(doc) else len(doc.text)
    before = doc.text[:start].rstrip().rstrip("\"“'‘`").rstrip()
    matched = _ASIDE.search(before)
    if matched is None:
        return first
    return next((t.i for t in doc[:first] if t.idx >= matched.start()), first)


def speech_owner(doc: Doc, first: int, quoted: set[int]) -> Token | None:
    """The named owner of a noun of speech set right before the quotation that starts at
    token `first`, with a comma or colon between ("Becerra's statement, “…”"), else None."""
    words = [t for t in doc[: aside_start(doc, first)] if not t.is_space]
    while words and not words[-1].text.strip("\"“'‘`"):
        words.pop()  # the opening mark
    if len(words) < 3 or words[-1].text not in (",", ":"):
        return None
    noun = words[-2]
    if noun.i in quoted or noun.pos_ != "NOUN" or noun.lemma_.lower() not in speech_nouns():
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or owner.tag_ not in _OWNERS:
        return None
    return owner


def titled_conjunct(subject: Token, row: int, people: Container[tuple[int, int]]) -> Token:
    """The name a bare title is joined to by "and" ("SAF founder and Executive Vice
    President Alan M. Gottlieb"): one person, whom the title describes too. Not where the
    title has a determiner or is plural ("the senator and Gov. Jones", "officials and
    Mayor Lee" are two sources), nor where the name has no title before it."""
    if subject.pos_ != "NOUN" or subject.tag_ != "NN":
        return subject
    if any(c.dep_ in ("det", "poss") for c in subject.children):
        return subject
    conjuncts = [c for c in subject.children if c.dep_ == "conj" and (row, c.i) in people]
    joined = any(c.dep_ == "cc" and c.lower_ == "and" for c in subject.children)
    if len(conjuncts) != 1 or not joined:
        return subject
    name = conjuncts[0]
    titled = [c for c in name.children if c.dep_ == "compound" and (row, c.i) not in people]
    return name if titled else subject


def relative_subject(verb: Token) -> Token | None:
    """The name right after "who"/"whom"/"that" before a subjectless speech verb that the
    parse hangs on the noun the clause describes ("Bannon, who Beck on Wednesday called
    “…”"), else None."""
    if verb.dep_ not in ("acl", "relcl") or verb.head.i > verb.i:
        return None
    between = [t for t in verb.doc[verb.head.i + 1 : verb.i] if not t.is_punct]
    if len(between) < 2 or between[0].lower_ not in _RELATIVE:
        return None
    name = between[1]
    if name.pos_ != "PROPN" or name.ent_type_ != "PERSON":
        return None
    while name.i + 1 < verb.i and name.nbor().ent_type_ == "PERSON" and name.nbor().pos_ == "PROPN":
        name = name.nbor()
    return name
