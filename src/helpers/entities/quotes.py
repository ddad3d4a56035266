"""Direct quotations and who said them.

Marks: curly or straight double quotes, or single quotes in a paragraph with no double
ones (as British outlets write). A quote left open at the end of a paragraph continues when
the next paragraph opens with a quote mark (the journalistic convention); left open
otherwise, it runs to the paragraph's end; a stray closing mark is ignored.

A quoted passage is a quotation when a speech verb (`data/speech_verbs.txt`) governs it in
the dependency parse: it lies in the verb's clause ("Lavrov said", "called the expulsion
'pitiful'", "described as 'very, very good'"); or when "according to X" stands in its
sentence; or when it is a clause of its own (it has a verb). A quoted phrase under no such
frame is a term ("de-escalation zones", a "reset" button), and so is one that is the
verb's own object ("tweeted a mocking 'correction'") or follows "so-called".

Speaker: the verb's subject outside the quote (through "who", participles and control
verbs), read as `speakers` says: a name is its canonical entity in the mentions table, a
pronoun or description the person it stands for. A quotation with no frame of its own
continues the previous quotation of its paragraph, else its speaker is `unattributed` and
its cue empty. An article's quotes need only its own paragraphs, parses and mentions, so
`extract_quotes` of partitions of whole articles, concatenated in order, is the whole table.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from spacy.tokens import Doc, Token

from helpers.base import catalogue
from helpers.base.columns import column_lists
from helpers.base.text import word_count
from helpers.entities.names import DataFileError, data_lines
from helpers.entities.speakers import (
    MODIFIERS,
    UNATTRIBUTED,
    Article,
    according_to,
    add_subjects,
    index_mentions,
    stands_for,
    subject_of,
)

ACCORDING_TO = "according to"
_OPENING = {'"': "“„«", "'": "‘"}
_CLOSING = {'"': "”»", "'": "’"}
_OPENERS = tuple("\"“„«'‘")
_MARK_CHARACTERS = {
    kind: re.compile(f"[{re.escape(kind + _OPENING[kind] + _CLOSING[kind])}]") for kind in "\"'"
}


@dataclass(frozen=True)
class QuoteSpan:
    """Character range of the words between a pair of quote marks in one paragraph."""

    start: int
    end: int
    closed: bool


def load_speech_verbs(path: Path) -> frozenset[str]:
    """Speech-verb lemmas from speech_verbs.txt, one lower-case word per line."""
    verbs = set()
    for number, text in data_lines(path):
        if not re.fullmatch(r"[a-z]+(?:-[a-z]+)*", text):
            raise DataFileError(
                f"{path}, line {number}: {text!r} is not one lower-case verb lemma (e.g. 'say')"
            )
        verbs.add(text)
    if not verbs:
        raise DataFileError(f"{path}: no speech verbs listed")
    return frozenset(verbs)


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Quoted passages of a paragraph, in order; never fails on unbalanced marks."""
    marks = _marks(text, '"') or _marks(text, "'")
    spans, opened = [], None
    for index, is_open in marks:
        if is_open and opened is not None:  # an unclosed quote ends where the next one opens
            spans.append(QuoteSpan(opened, index, False))
        if is_open:
            opened = index + 1
        elif opened is not None:
            spans.append(QuoteSpan(opened, index, True))
            opened = None
    if opened is not None:
        spans.append(QuoteSpan(opened, len(text), False))
    return [s for s in spans if any(c.isalnum() for c in text[s.start : s.end])]


def _marks(text: str, kind: str) -> list[tuple[int, bool]]:
    """(index, opens?) of the quote marks of one kind; apostrophes are not marks."""
    found = []
    for mark in _MARK_CHARACTERS[kind].finditer(text):
        i, char = mark.start(), mark.group()
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if kind == "'" and before.isalnum() and after.isalnum():
            continue  # an apostrophe: don't, Russia's
        if char in _OPENING[kind]:
            found.append((i, True))
        elif char in _CLOSING[kind]:
            found.append((i, False))
        elif char == kind:
            found.append((i, before.isspace() or before in "([{—–-/" or i == 0))
    return found


def extract_quotes(
    paragraphs: pd.DataFrame,
    docs: Sequence[Doc],
    mentions: pd.DataFrame,
    speech_verbs: frozenset[str],
) -> pd.DataFrame:
    """Every direct quotation with its speaker and cue (columns: the `quotes` table in the catalogue).

    Args:
        paragraphs: file, outlet, paragraph, line, text, as given to `extract_mentions`.
        docs: the paragraphs' parses, one per row, in order.
        mentions: `entities.extract_mentions(...)`; speakers take its canonical names.
        speech_verbs: `load_speech_verbs(...)`.
    """
    frame = paragraphs.reset_index(drop=True)
    docs = list(docs)
    if len(docs) != len(frame):
        raise ValueError(f"got {len(docs)} parsed docs for {len(frame)} paragraph rows")
    body = mentions[mentions["paragraph"] > 0]
    # Lists, not a DataFrame per paragraph: pandas' cost per small frame was most of the time
    by_article: dict[str, dict[int, list[tuple[int, int, str, str]]]] = {}
    columns = ("file", "paragraph", "start", "end", "entity", "label")
    for file, paragraph, *mention in zip(*column_lists(body, columns), strict=True):
        by_article.setdefault(file, {}).setdefault(paragraph, []).append(tuple(mention))
    places = list(zip(*column_lists(frame, ("file", "outlet", "paragraph", "line")), strict=True))
    rows = []
    for file, indices in frame.groupby("file", sort=False).indices.items():
        found = by_article.get(file, {})
        rows += _article_quotes(places, docs, list(indices), found, speech_verbs)
    table = pd.DataFrame(rows, columns=catalogue.columns("quotes"))
    return table if rows else catalogue.table("quotes").empty()


def voice_share(quotes: pd.DataFrame) -> pd.DataFrame:
    """Quotations and quoted words per speaker per outlet, with shares of the outlet's totals."""
    table = quotes.groupby(["outlet", "speaker"]).agg(
        quotes=("quote", "size"), words=("words", "sum")
    )
    table = table.reset_index()
    for column in ("quotes", "words"):
        total = table.groupby("outlet")[column].transform("sum")
        table[f"{column[:-1]}_share"] = table[column] / total.where(total > 0)
    table = table.sort_values(["outlet", "words", "speaker"], ascending=[True, False, True])
    return table[catalogue.columns("voice_share")].reset_index(drop=True)


@dataclass
class _Quote:
    place: tuple  # file, outlet, paragraph, line
    text: str
    speaker: str
    cue: str

    def row(self) -> tuple:
        return (*self.place, self.text, self.speaker, self.cue, word_count(self.text))


def _article_quotes(
    places: list[tuple],
    docs: list[Doc],
    rows: list[int],
    by_paragraph: dict[int, list[tuple[int, int, str, str]]],
    verbs: frozenset[str],
) -> list[tuple]:
    """An article's quotations, read paragraph by paragraph so pronouns see what came before.

    `places`: (file, outlet, paragraph, line) of every paragraph row; `by_paragraph`: the
    article's mentions (start, end, entity, label) by paragraph number."""
    article = Article()
    for row in rows:
        index_mentions(article, row, docs[row], by_paragraph.get(places[row][2], []))
    quotes: list[_Quote] = []
    left_open: _Quote | None = None  # a quotation the previous paragraph ended without closing
    for row in rows:
        doc = docs[row]
        text = doc.text  # a Doc joins its tokens' texts anew on every `.text`
        spans = find_quote_spans(text)
        inside = {t.i for s in spans for t in _tokens(doc, s)}
        add_subjects(article, row, doc, inside)
        if not text.lstrip().startswith(_OPENERS):
            left_open = None
        last, previous = None, None  # previous: the paragraph's last (speaker, cue)
        for span in spans:
            quoted = text[span.start : span.end].strip()
            found = _frame(article, row, doc, text, span, inside, verbs)
            if left_open is not None:  # the convention: this paragraph's first quote goes on
                last, left_open = left_open, None
                last.text += " " + quoted
                if last.speaker == UNATTRIBUTED and found is not None:
                    last.speaker, last.cue = found
                continue
            if found is None and _is_clause(_tokens(doc, span)):
                found = previous or (UNATTRIBUTED, "")
            last = None
            if found is not None:
                last = _Quote(places[row], quoted, *found)
                quotes.append(last)
                previous = found if found[0] != UNATTRIBUTED else previous
        left_open = last if spans and not spans[-1].closed else None
    return [q.row() for q in quotes]


def _tokens(doc: Doc, span: QuoteSpan) -> list[Token]:
    """The words that start inside the quote's characters (tokens are in character order)."""
    first = bisect_left(doc, span.start, key=_character_offset)
    end = bisect_left(doc, span.end, key=_character_offset)
    return [t for t in doc[first:end] if not (t.is_punct or t.is_space)]


def _character_offset(token: Token) -> int:
    return token.idx


def _frame(
    article: Article,
    row: int,
    doc: Doc,
    text: str,
    span: QuoteSpan,
    inside: set[int],
    verbs: frozenset[str],
) -> tuple[str, str] | None:
    """(speaker, cue) of a quoted passage of `text` (the paragraph, `doc.text`), or None when
    no speech frame governs it."""
    tokens = _tokens(doc, span)
    own = {t.i for t in tokens}
    if not tokens or re.search(r"so-called\W*$", text[: span.start], re.IGNORECASE):
        return None
    cue = _governing_verb(tokens, own, verbs)
    if cue is None or _is_term(tokens, own, cue):
        cue = _adjacent_verb(doc, tokens, inside, verbs)
    if cue is not None:
        subject = subject_of(cue, own)
        speaker = stands_for(article, row, subject)[0] if subject is not None else UNATTRIBUTED
        return speaker, cue.lemma_.lower()
    source = according_to(doc, tokens, inside)
    if source is not None:
        return stands_for(article, row, source)[0], ACCORDING_TO
    return None


def _is_speech(token: Token, verbs: frozenset[str]) -> bool:
    """An active speech verb, or a passive one that names its agent ("was called 'X' by Y")."""
    deps = {c.dep_ for c in token.children}
    active = "auxpass" not in deps or "agent" in deps
    return token.pos_ == "VERB" and token.lemma_.lower() in verbs and active


def _governing_verb(tokens: list[Token], own: set[int], verbs: frozenset[str]) -> Token | None:
    """The speech verb whose clause holds the quote, one hanging off the quote's words, or
    one set into the clause holding it ("The era, one trader said, was marked by '...'")."""
    roots = [t for t in tokens if t.head.i not in own or t.head.i == t.i]
    for token in roots:
        for ancestor in token.ancestors:
            if _is_speech(ancestor, verbs):
                return ancestor
    for token in tokens:
        for child in token.children:
            hangs = child.dep_ in ("parataxis", "ccomp", "advcl", "conj")
            if child.i not in own and hangs and _is_speech(child, verbs):
                return child
    for ancestor in (a for t in roots for a in t.ancestors):
        for child in ancestor.children:
            if child.dep_ == "parataxis" and child.i not in own and _is_speech(child, verbs):
                return child
    return None


def _adjacent_verb(
    doc: Doc, tokens: list[Token], inside: set[int], verbs: frozenset[str]
) -> Token | None:
    """A speech verb right after the quote with its subject ('"...", Lavrov said') or before it."""
    after = [t for t in doc[tokens[-1].i + 1 :] if not t.is_punct][:4]
    for verb in (t for t in after if _is_speech(t, verbs) and t.i not in inside):
        subject = subject_of(verb, inside)
        between = {t.i for t in after if t.i < verb.i}
        if subject is not None and between <= {t.i for t in subject.subtree} | {verb.i}:
            return verb
    before = [t for t in doc[: tokens[0].i] if not t.is_punct][-3:]
    for verb in (t for t in reversed(before) if _is_speech(t, verbs) and t.i not in inside):
        if doc[verb.i + 1 : tokens[0].i].text.rstrip().endswith((":", ",")):
            return verb
    return None


def _is_clause(tokens: list[Token]) -> bool:
    return len(tokens) >= 3 and any(t.pos_ in ("VERB", "AUX") for t in tokens)


def _is_term(tokens: list[Token], own: set[int], cue: Token) -> bool:
    """A quoted noun phrase that is the speech verb's own object: 'tweeted a "correction"'."""
    if _is_clause(tokens):
        return False
    root = next(t for t in tokens if t.head.i not in own or t.head.i == t.i)
    noun = root.head if root.dep_ in MODIFIERS else root
    embedded = noun.i != root.i or any(
        c.i not in own and c.i < root.i and c.dep_ in ("det", "poss", *MODIFIERS)
        for c in root.children
    )
    return embedded and noun.head.i == cue.i and noun.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")
