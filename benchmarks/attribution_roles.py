"""Definite role nouns ("the president said") that CoreNLP's coreference links to no name.

PolNeAR annotates the source as written ("the president"); the benchmark reads whom it
stands for from CoreNLP's coreference, and where that links it to no named person the
expected speaker is the head word ("president"). Issue 15 asks the workbook to resolve such
a role noun to the person the article introduced with that role, so a right resolution
("Barack Obama" for "the president" in an article naming President Barack Obama) would be
judged wrong only because CoreNLP's coreference missed the link. The judge accepts that
person too, from CoreNLP's own reading of the article, when the description is definite
("the", not "a" or "one") and exactly one person of the article is written with its head
word as a title before the name ("President Barack Obama", "Senate Minority Leader Harry
Reid", "Gov." for governor) or in apposition to it ("Joe Scarborough, the host of …"),
counting only those whose title also holds the description's proper-noun modifiers ("the
New Jersey governor" is the one written "New Jersey Gov. …"). Where two people carry the
title, nothing more is accepted than the description as written.
"""

from __future__ import annotations

from polnear import CoreNLP, Token

_TITLE_GAP = 3  # title words between the role noun and the name: "Leader Harry", "Gov. Chris"
_BEFORE = 4  # title words before the role noun: "New Jersey Gov."
_SHORT = {  # titles written short before a name
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "capt": "captain",
    "sgt": "sergeant",
    "adm": "admiral",
    "pres": "president",
    "sec": "secretary",
    "atty": "attorney",
    "amb": "ambassador",
    "prof": "professor",
}


def titled_person(parse: CoreNLP, head: int, name_run, last_word) -> str:
    """The one person the article writes with the definite role noun at `head` as a title
    (module docstring), else ''. `name_run(tokens, i)` is the PERSON name around token i,
    `last_word(name)` the surname the judge compares."""
    tokens = parse.tokens
    if not _definite(tokens, head):
        return ""
    word = tokens[head].text.lower()
    places = {t.text.lower() for t in tokens if t.head == head and t.pos.startswith("NNP")}
    found = {}
    for i, token in enumerate(tokens):
        if _word(token) != word:
            continue
        named = _titled(tokens, i)
        before = {_word(t) for t in tokens[max(0, i - _BEFORE) : i]}
        if named is not None and places <= before | {_word(t) for t in tokens[i:named]}:
            name = name_run(tokens, named)
            found.setdefault(last_word(name), name)
    return next(iter(found.values())) if len(found) == 1 else ""


def _word(token: Token) -> str:
    text = token.text.lower()
    return _SHORT.get(text.rstrip("."), text)


def _definite(tokens: list[Token], head: int) -> bool:
    return any(t.head == head and t.dep == "det" and t.text.lower() == "the" for t in tokens)


def _titled(tokens: list[Token], i: int) -> int | None:
    """The index of a PERSON token that the role noun at i is a title of, or None."""
    for j in range(i + 1, min(i + 1 + _TITLE_GAP, len(tokens))):
        if tokens[j].ner == "PERSON":
            return j
        if tokens[j].pos != "NNP":
            break
    if tokens[i].dep == "appos" and 0 <= tokens[i].head < len(tokens):
        if tokens[tokens[i].head].ner == "PERSON":
            return tokens[i].head
    return None
