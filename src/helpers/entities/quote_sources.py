"""Whether a quoted passage is a quotation, and whose: the speech cue that governs it.

A quoted passage is a quotation when a speech verb (`data/speech_verbs.txt`) governs it in
the dependency parse: it lies in the verb's clause ("Lavrov said", "called the expulsion
'pitiful'", "described as 'very, very good'"); or when "according to X" stands in its
sentence; or when it is a clause of its own (it has a verb). A quoted phrase under no such
cue is a term ("de-escalation zones", a "reset" button), and so is one that is the
verb's own object ("tweeted a mocking 'correction'") or follows "so-called".

Speaker: the verb's subject outside the quote (through "who", participles and control
verbs), read as `speakers` says; where the parse gives the verb no subject, the words
after the quotation read in order (`word_order`); after a colon, the name or clause before
it (`quote_context`). A person's name after the quotation says whom a "he" or "she" before
it stands for ("he warned, '…,' Trump told NBC").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from helpers.base.catalogue import PERSON
from helpers.entities.descriptions import MODIFIERS
from helpers.entities.named_bodies import named_body
from helpers.entities.quote_context import (
    OPENING_MARKS,
    Attribution,
    colon_attribution,
    is_mark,
    is_speech,
    verb_attribution,
)
from helpers.entities.quote_leads import aside_start, speech_owner
from helpers.entities.quote_marks import QuoteSpan, quoted_tokens
from helpers.entities.reported import ACCORDING_TO
from helpers.entities.speakers import (
    UNATTRIBUTED,
    ArticleContext,
    according_to,
    stands_for,
)
from helpers.entities.subjects import subject_of
from helpers.entities.word_order import after_quote

_PERSONAL = frozenset(("he", "she"))
_TELLER = frozenset(("me", "us"))  # whom "he" spoke to: the one who tells it after the quote
_HUNG = frozenset(("ccomp", "parataxis", "conj"))


def quote_attribution(
    article: ArticleContext,
    row: int,
    doc: Doc,
    text: str,
    span: QuoteSpan,
    inside: set[int],
    verbs: frozenset[str],
) -> Attribution | None:
    """Who speaks a quoted passage of `text` (the paragraph, `doc.text`), or None when no
    speech cue governs it. A definite organisation noun as the source stands for the
    organisation named before it (`named_bodies.named_body`)."""
    found = _attribution(article, row, doc, text, span, inside, verbs)
    return named_body(article, row, doc, found, inside) if found is not None else None


def _attribution(
    article: ArticleContext,
    row: int,
    doc: Doc,
    text: str,
    span: QuoteSpan,
    inside: set[int],
    verbs: frozenset[str],
) -> Attribution | None:
    """`quote_attribution` as the speech cue gives it."""
    tokens = quoted_tokens(doc, span)
    own = {t.i for t in tokens}
    if not tokens or re.search(r"so-called\W*$", text[: span.start], re.IGNORECASE):
        return None
    cue = _governing_verb(tokens, own, verbs)
    if cue is not None and _nickname(tokens, own, cue):
        return None
    if cue is None or _is_term(tokens, own, cue):
        cue = _adjacent_verb(doc, tokens, inside, verbs)
    found = verb_attribution(article, row, cue, own, own) if cue is not None else None
    named = _named_after(cue, tokens, own, verbs) if found is not None else None
    said = verb_attribution(article, row, named, own, own) if named is not None else None
    if said is not None and said.kind == PERSON:  # the name's; the cue stays the quotation's
        found = dataclasses.replace(found, speaker=said.speaker, kind=said.kind)
    if found is None or found.speaker == UNATTRIBUTED:
        source = according_to(doc, tokens, inside)
        if source is not None:
            return Attribution(*stands_for(article, row, source), ACCORDING_TO)
        owner = speech_owner(doc, tokens[0].i, own)  # "Becerra's statement, '…'"
        owned = Attribution(*stands_for(article, row, owner), "own") if owner else None
        colon = colon_attribution(article, row, doc, tokens[0], inside, verbs)
        introducing = _introducing_verb(doc, tokens, inside)
        introduced = verb_attribution(article, row, introducing, own, own) if introducing else None
        found = _named(owned) or _named(colon) or _named(introduced) or found or colon
    if (found is None and is_clause(tokens)) or (found and found.speaker == UNATTRIBUTED):
        return after_quote(article, row, doc, tokens[-1], inside, verbs) or found
    return found


def _governing_verb(tokens: list[Token], own: set[int], verbs: frozenset[str]) -> Token | None:
    """The first of `_governing_verbs` that has a subject outside the quote, else the first:
    in "Emphasizing the urgency, Trump said, '…'" the quote's speaker is the one who said."""
    first = None
    for verb in _governing_verbs(tokens, own, verbs):
        if subject_of(verb, own) is not None:
            return verb
        first = first or verb
    return first


def _named_after(
    verb: Token, tokens: list[Token], own: set[int], verbs: frozenset[str]
) -> Token | None:
    """A speech verb hung on `verb` (or on which the parse hangs `verb`, whose subject is "he"
    or "she") whose subject, a name, comes right after the quotation: in "he warned, '…,'
    Trump told NBC" the name says who spoke, where "he" could only be guessed. Not where
    "he" spoke to "me" or "us": in "He warned me, '…,' Meyer told a radio show" the name is
    the one he spoke to, telling what he said."""
    pronoun = subject_of(verb, own)
    if pronoun is None or pronoun.lower_ not in _PERSONAL:
        return None
    if any(c.lower_ in _TELLER for c in verb.children if c.i not in own):
        return None
    end = tokens[-1].i
    hung = [c for c in verb.children if c.dep_ in _HUNG]
    hung += [verb.head] if verb.dep_ in _HUNG else []  # the parse may hang it either way
    for child in (c for c in hung if c.i > end):
        subject = subject_of(child, own) if is_speech(child, verbs) else None
        if subject is None or subject.pos_ != "PROPN":
            continue
        gap = verb.doc[end + 1 : subject.left_edge.i]
        if all(t.is_punct or t.is_space for t in gap):
            return child
    return None


def _governing_verbs(tokens: list[Token], own: set[int], verbs: frozenset[str]) -> Iterator[Token]:
    """The speech verbs whose clause holds the quote, those hanging off the quote's words, and
    those set into the clause holding it ("The era, one trader said, was marked by '...'")."""
    roots = [t for t in tokens if t.head.i not in own or t.head.i == t.i]
    for token in roots:
        yield from (a for a in token.ancestors if is_speech(a, verbs))
    for token in tokens:
        for child in token.children:
            hangs = child.dep_ in ("parataxis", "ccomp", "advcl", "conj")
            if child.i not in own and hangs and is_speech(child, verbs):
                yield child
    for ancestor in (a for t in roots for a in t.ancestors):
        for child in ancestor.children:
            if child.dep_ == "parataxis" and child.i not in own and is_speech(child, verbs):
                yield child


def _adjacent_verb(
    doc: Doc, tokens: list[Token], inside: set[int], verbs: frozenset[str]
) -> Token | None:
    """A speech verb right after the quote with its subject ('"...", Lavrov said') or before it."""
    after = [t for t in doc[tokens[-1].i + 1 :] if not t.is_punct][:4]
    for verb in (t for t in after if is_speech(t, verbs) and t.i not in inside):
        subject = subject_of(verb, inside)
        between = {t.i for t in after if t.i < verb.i}
        if subject is not None and between <= {t.i for t in subject.subtree} | {verb.i}:
            return verb
    start = aside_start(doc, tokens[0].i)  # "said, and I quote, '…'"
    before = [t for t in doc[:start] if not t.is_punct][-3:]
    for verb in (t for t in reversed(before) if is_speech(t, verbs) and t.i not in inside):
        if doc[verb.i + 1 : start].text.rstrip().rstrip(OPENING_MARKS).endswith((":", ",")):
            return verb
    return _relative_verb(doc, tokens, inside, verbs)


def _relative_verb(
    doc: Doc, tokens: list[Token], inside: set[int], verbs: frozenset[str]
) -> Token | None:
    """A speech verb of a relative clause whose words run up to a comma or colon right
    before the quote: "from Mike Lee, who declared in the debate spin room, '…'"."""
    words = [t for t in doc[: tokens[0].i] if not (t.is_punct or t.is_space)][-12:]
    gap = doc[words[-1].i + 1 : tokens[0].i].text if words else ""
    if not words or not gap.strip().strip(OPENING_MARKS).strip().endswith((":", ",")):
        return None
    for verb in (t for t in words if t.dep_ == "relcl" and is_speech(t, verbs)):
        clause = {t.i for t in verb.subtree}
        if verb.i not in inside and all(t.i in clause for t in words if t.i >= verb.i):
            return verb
    return None


def _introducing_verb(doc: Doc, tokens: list[Token], inside: set[int]) -> Token | None:
    """A verb with a subject whose clause ends in a comma or colon right before a quoted
    clause, whether or not it is a speech verb: "Hillary shot back, '…'", "telling the
    crowd, '…'", "Rubio fired back forcefully: '…'"."""
    before = [t for t in doc[: tokens[0].i] if not (t.is_space or is_mark(t))]
    if not is_clause(tokens) or len(before) < 2 or before[-1].text not in (",", ":"):
        return None
    for verb in reversed(before[-5:-1]):
        if verb.pos_ != "VERB" or verb.i in inside:
            continue
        clause = {t.i for t in verb.subtree}
        if all(t.i in clause or t.is_punct for t in doc[verb.i : before[-1].i]):
            return verb if subject_of(verb, inside) is not None else None
    return None


def _named(found: Attribution | None) -> Attribution | None:
    return found if found is not None and found.speaker != UNATTRIBUTED else None


def is_clause(tokens: list[Token]) -> bool:
    return len(tokens) >= 3 and any(t.pos_ in ("VERB", "AUX") for t in tokens)


def _nickname(tokens: list[Token], own: set[int], cue: Token) -> bool:
    """A quoted noun phrase that modifies a name after it, the speech verb's subject: a
    nickname ('"Sleepy Joe" Biden said …', '"Pocahontas" Warren said …') is no one's words,
    and no other verb near it makes it one (not '"Disgraceful" Senator Ann Lee said', where
    the quoted word is no modifier of the name, nor '"Disgraceful" Lee said', where it is an
    adjective: a nickname is a noun phrase)."""
    if is_clause(tokens):
        return False
    root = next(t for t in tokens if t.head.i not in own or t.head.i == t.i)
    named = root.head
    return (
        root.dep_ in ("nmod", "compound")  # an adjective is no nickname: "“Disgraceful” Lee"
        and named.i > root.i
        and named.i not in own
        and named.pos_ == "PROPN"
        and named.dep_ in ("nsubj", "nsubjpass")
        and named.head.i == cue.i
    )


def _is_term(tokens: list[Token], own: set[int], cue: Token) -> bool:
    """A quoted noun phrase that is the speech verb's own object ('tweeted a "correction"')
    or part of its subject: a nickname is no one's words ('"Creepy Lawyer" for porn star
    Stormy Daniels claims …' quotes no one)."""
    if is_clause(tokens):
        return False
    root = next(t for t in tokens if t.head.i not in own or t.head.i == t.i)
    subjects = (c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass"))
    if any(s.left_edge.i <= root.i <= s.right_edge.i for s in subjects):
        # not where a comma ends the quotation or follows it: '"…," Trump said', '"the
        # beginning of the end" for the EU, said Geert Wilders' (the parse's subject)
        after = cue.doc[tokens[-1].i : cue.i]
        return not any(t.text == "," for t in after)
    noun = root.head if root.dep_ in MODIFIERS else root
    embedded = noun.i != root.i or any(
        c.i not in own and c.i < root.i and c.dep_ in ("det", "poss", *MODIFIERS)
        for c in root.children
    )
    return embedded and noun.head.i == cue.i and noun.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")
