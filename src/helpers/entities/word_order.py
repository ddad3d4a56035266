"""Speakers read from the order of the words, where the parse misses the speech verb's subject.

After a quotation the attribution has two common shapes, and the small model often parses
them wrong (the name as a conjunct of the quoted clause, or the verb as an apposition):
- “…,” Ramos, 58, told AFP: a noun phrase, then a speech verb;
- “…,” said Edward Leamer, an economist: a speech verb, then a noun phrase (or a long title
  and the name it ends with: "said WHO specialist in infectious diseases Dr. Sylvie Brand");
- “…” ― Maria Lopez, a teacher: a dash and a name signing it, with no verb after the name;
- "… | Former NAACP president Ben Jealous." a pull quote left open at its paragraph's end,
  closed on a line of its own that is only a description ending in a name;
- “…,” read the statement; “…,” reacted Trump: any verb put before its subject right after
  the quotation's closing comma (or question or exclamation mark), which English does only
  with a verb that tells who said the words.
The noun phrase is read from the first words after the quotation (or after the verb) up to
the first punctuation mark, preposition or verb; its last noun, name or pronoun is its head,
read as `speakers` reads any subject ("a senior official", "he", "Murphy").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from helpers.base.catalogue import PERSON
from helpers.entities.quote_context import Attribution, is_speech
from helpers.entities.quote_marks import DOUBLE_CLOSING, DOUBLE_OPENING
from helpers.entities.speakers import UNATTRIBUTED, ArticleContext, stands_for
from helpers.entities.subjects import subject_of

_MAX_GAP = 12  # words between a name and its speech verb: "Murphy, the head of X, tweeted"
_PHRASE_END = {"PUNCT", "ADP", "VERB", "AUX", "SCONJ", "CCONJ", "PART"}
_HEADS = {"NOUN", "PROPN", "PRON"}
_FINITE = {"VBD", "VBZ", "VBP", "MD"}
_SENTENCE_END = {".", "!", "?", ";"}
_QUOTE_END = {*"”\"'’»,.!?", "''"}  # what may stand between a quotation's words and a dash
_ADDRESSED = ("to", "with")  # "a letter to …", "a call with …": whom the words were for
_CLOSING = ('"', "''", *DOUBLE_CLOSING)  # a straight mark closes too, at a line's end


def after_quote(
    article: ArticleContext,
    row: int,
    doc: Doc,
    last: Token,
    inside: set[int],
    verbs: frozenset[str],
) -> Attribution | None:
    """The speaker of a quotation ending at token `last` read from the words after it,
    or None when they are not an attribution."""
    following = [t for t in doc[last.i + 1 : last.i + 2 + _MAX_GAP] if not t.is_space]
    words = [t for t in following if not t.is_punct]
    if not words or words[0].i in inside:
        return None
    # “…,” said Edward Leamer; “…,” read the statement
    if is_speech(words[0], verbs) or _inverted(doc, last, words[0], inside, verbs):
        head = _head(doc[words[0].i + 1 : words[0].i + 1 + _MAX_GAP], inside, verbs)
        found = _attribution(article, row, head, words[0])
        return found or _attribution(article, row, _titled_name(article, row, words[0]), words[0])
    head = _head(following, inside, verbs)
    if head is None:
        return None
    if _signed(following, head):
        name, kind = stands_for(article, row, head)
        return Attribution(name, kind, "signed") if name != UNATTRIBUTED else None
    appositions = [t for c in head.children if c.dep_ == "appos" for t in c.subtree]
    for token in doc[head.i + 1 : head.i + 1 + _MAX_GAP + len(appositions)]:
        if token.i in inside or token.text in _SENTENCE_END:
            return None
        # right after the name, a speech verb the tagger took for a noun: "Viller notes"
        if is_speech(token, verbs) or (token.i == head.i + 1 and token.lemma_.lower() in verbs):
            subject = subject_of(token, inside)  # "South Carolina, he said, was …": not its
            own = subject is None or subject.i <= head.i
            return _attribution(article, row, head, token) if own else None
        if token.i == head.i + 1 and _how_said(token, head, inside):
            return _attribution(article, row, head, token)
    return None


def _titled_name(article: ArticleContext, row: int, verb: Token) -> Token | None:
    """A person's name ending the sentence after an inverted speech verb, after a long title
    with no comma ("“…,” said WHO specialist in infectious diseases Dr. Sylvie Brand."):
    the title's last word, a common noun, comes right before the name (or its honorific),
    so the name is the title's holder, not the object of a preposition ("said a lawyer for
    Michael Brown"), nor one the words were sent or spoken to ("said WHO in a letter to
    health minister Ann Lee", where the parse makes the title part of the name; but "said
    in a statement defense attorney Ann Lee" is hers, though the parse hangs her on "in").
    A name the parse hangs on "with" is taken for one spoken with, which loses "said with
    a smile defense attorney Ann Lee"."""
    sentence = verb.doc[verb.i + 1 : verb.sent.end]
    words = [t for t in sentence if not (t.is_punct and t.i == verb.sent.end - 1)]
    if not words or len(words) > 2 * _MAX_GAP or any(t.is_punct for t in words):
        return None
    name = words[-1]
    if name.dep_ == "pobj" and name.head.lower_ in _ADDRESSED:
        return None  # "said WHO in a letter to health minister Ann Lee": whom it was sent
    entity = article.entity_at.get((row, name.i))
    if entity is None or entity[1] != "PERSON":
        return None
    first = name
    while first.i > verb.i + 1 and article.entity_at.get((row, first.i - 1)) == entity:
        first = verb.doc[first.i - 1]
    before = verb.doc[first.i - 1]
    while before.i > verb.i + 1 and before.text.endswith(".") and before.is_title:  # "Dr."
        before = verb.doc[before.i - 1]
    return name if before.i > verb.i and before.tag_ in ("NN", "NNS") else None


def _inverted(doc: Doc, last: Token, verb: Token, inside: set[int], verbs: frozenset[str]) -> bool:
    """A finite verb with no subject before it, right after a quotation that ends in a comma,
    question or exclamation mark: English puts the verb before its subject there only when it
    tells who said the words, whatever the verb ("“…,” read the statement", "“…,” reads an
    editorial in The Register", "“…?” reacted Trump")."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "VB") or verb.pos_ != "VERB":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children):
        return False
    rest = doc[verb.i + 1 : verb.sent.end]  # "“…,” screenwriter Cole Haddon wrote"
    if any(t.lemma_.lower() in verbs and t.i not in inside for t in rest):
        return False
    gap = doc[last.i + 1 : verb.i]  # only the quotation's last mark and closing quote marks
    return all(t.text in _QUOTE_END for t in gap) and any(t.text in ",?!" for t in [last, *gap])


def _how_said(verb: Token, head: Token, inside: set[int]) -> bool:
    """A finite verb right after the name, with that name as its subject and no object or
    clause of its own, tells how the quotation was said: “…,” Trump went on; “…,” an angry
    Hollande retaliated; “…,” Bennett shot back with a laugh."""
    if verb.tag_ not in ("VBD", "VBZ") or verb.pos_ != "VERB":
        return False
    own = [c for c in verb.children if c.i not in inside]  # the quotation is not its clause
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") for c in own):
        return False
    subject = subject_of(verb, inside)
    return subject is None or subject.i == head.i


def _signed(following: list[Token], head: Token) -> bool:
    """A dash right after the quotation and a name with no clause after it to the end of its
    sentence: “…” ― Maria Lopez, a teacher from Ohio (vox pops, tweets set out as quotes)."""
    first = next((t for t in following if t.text not in _QUOTE_END), None)
    if first is None or first.text.strip("—―–-") or first.i > head.i:
        return False
    rest = head.doc[head.i + 1 : head.sent.end]
    return not any(t.tag_ in _FINITE for t in rest)  # "retired machinist" is no clause


def _head(tokens: Iterable[Token], inside: set[int], verbs: frozenset[str]) -> Token | None:
    """The head of the noun phrase the tokens open with: its last noun, name or pronoun
    before a speech verb, even one the tagger took for a noun ("Viller notes"), or a name it
    took for an adverb ("said Skelly")."""
    phrase = []
    for token in tokens:
        ends = token.pos_ in _PHRASE_END or token.lemma_.lower() in verbs
        ends = ends and token.tag_ != "POS"  # "Clinton's introducer, actress Jamie Lee Curtis"
        if token.i in inside or (ends and (phrase or not token.is_punct)):
            break  # the phrase ends, or the words open with no noun phrase ("asked Dunn")
        if not token.is_punct:
            phrase.append(token)
    # a capitalised word inside the sentence is a name the tagger took for something else
    heads = [t for t in phrase if t.pos_ in _HEADS or (t.is_title and t.i != t.sent.start)]
    if not heads or heads[-1].tag_ == "PRP$":
        return None
    return heads[-1]


def _attribution(
    article: ArticleContext, row: int, head: Token | None, verb: Token
) -> Attribution | None:
    if head is None:
        return None
    name, kind = stands_for(article, row, head)
    return Attribution(name, kind, verb.lemma_.lower(), verb.i) if name != UNATTRIBUTED else None


def closing_signature(article: ArticleContext, row: int, doc: Doc) -> Attribution | None:
    """The person a short line signs a quotation with, where the line closes a quotation the
    paragraph before left open and holds no verb nor quotation of its own: '"… as possible.
    | Former NAACP president Ben Jealous."' (a pull quote). The name must end the line, and
    no comma stand before it: "Happy birthday, Mary Smith." addresses its person, and "And
    to his mother, Gladys Sicknick." names one spoken of; a signature is set off by neither."""
    text = doc.text.rstrip()
    if not text.endswith(_CLOSING) or any(mark in text for mark in DOUBLE_OPENING):
        return None
    words = [t for t in doc if not (t.is_punct or t.is_space)]
    if not words or len(words) > _MAX_GAP or any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    entity = article.entity_at.get((row, words[-1].i))
    if entity is None or entity[1] != "PERSON":
        return None
    first = words[-1]
    while first.i > 0 and article.entity_at.get((row, first.i - 1)) == entity:
        first = doc[first.i - 1]
    if any(t.text == "," for t in doc[: first.i]):
        return None
    name, kind = stands_for(article, row, words[-1])
    return Attribution(name, kind, "signed") if kind == PERSON else None
