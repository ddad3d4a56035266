"""Direct quotations and who said them.

Marks: curly or straight double quotes (or two apostrophes, as some archives write them),
or single quotes in a paragraph with no double ones (as British outlets write). A quote left open at the end of a paragraph continues when
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
pronoun or description the person it stands for; `speaker_type` says person, organisation,
anonymous or unattributed. A quotation interrupted by its attribution (“…,” she said, “…”)
is one quotation (`quote_context`). A quotation with no frame of its own opening a paragraph
after "X said:" is X's; one signed by a dash line after it ("— Maria Lopez") is hers;
otherwise it continues the previous quotation of its paragraph, or of the paragraph before
when it opens its own, else its speaker is `unattributed` and its cue empty. Reported speech ("X said that …", `reported`) comes as
rows of `kind` indirect beside the direct quotations. An article's quotes need only its own
paragraphs, parses and mentions, so `extract_quotes` of partitions of whole articles,
concatenated in order, is the whole table.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from spacy.tokens import Doc, Token

from helpers.base import catalogue
from helpers.base.columns import column_lists
from helpers.base.datafiles import DataFileError, read_list
from helpers.base.text import word_count
from helpers.entities.quote_context import (
    OPENING_MARKS,
    UNATTRIBUTED_FRAME,
    Frame,
    colon_frame,
    interrupts,
    introduction,
    is_speech,
    signature,
    verb_frame,
)
from helpers.entities.reported import ACCORDING_TO, reported_speech
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
from helpers.entities.word_order import after_quote

_OPENING = {'"': "“„«``", "'": "‘"}
_CLOSING = {'"': "”»", "'": "’"}
_OPENERS = tuple("\"“„«'‘`")
_MARK_CHARACTERS = {
    '"': re.compile("''|``|[\"“„«”»]"),  # two apostrophes or backticks stand for one mark
    "'": re.compile("['‘’]"),
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
    for number, text in read_list(path):
        if not re.fullmatch(r"[a-z]+(?:-[a-z]+)*", text):
            message = f"{text!r} is not one lower-case verb lemma (e.g. 'say')"
            raise DataFileError(path, message, number)
        verbs.add(text)
    if not verbs:
        raise DataFileError(path, "no speech verbs listed")
    return frozenset(verbs)


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Quoted passages of a paragraph, in order; never fails on unbalanced marks."""
    marks = _marks(text, '"') or _marks(text, "'")
    spans, opened = [], None
    for index, is_open, width in marks:
        if is_open and opened is not None:  # an unclosed quote ends where the next one opens
            spans.append(QuoteSpan(opened, index, False))
        if is_open:
            opened = index + width
        elif opened is not None:
            spans.append(QuoteSpan(opened, index, True))
            opened = None
    if opened is not None:
        spans.append(QuoteSpan(opened, len(text), False))
    return [s for s in spans if any(c.isalnum() for c in text[s.start : s.end])]


def _marks(text: str, kind: str) -> list[tuple[int, bool, int]]:
    """(index, opens?, width) of the quote marks of one kind; apostrophes are not marks."""
    found = []
    for mark in _MARK_CHARACTERS[kind].finditer(text):
        i, char = mark.start(), mark.group()
        before = text[i - 1] if i else " "
        after = text[mark.end()] if mark.end() < len(text) else " "
        if kind == "'" and before.isalnum() and after.isalnum():
            continue  # an apostrophe: don't, Russia's
        if char in _OPENING[kind]:
            found.append((i, True, len(char)))
        elif char in _CLOSING[kind]:
            found.append((i, False, len(char)))
        else:  # a straight mark opens after a space, a bracket or a dash
            found.append((i, before.isspace() or before in "([{—–-/" or i == 0, len(char)))
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
        mentions: `identities.extract_mentions(...)`; speakers take its canonical names.
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


@dataclass
class _Quote:
    place: tuple  # file, outlet, paragraph, line
    start: int  # character offset in the paragraph, for the order of a paragraph's rows
    text: str
    frame: Frame
    kind: str = "direct"

    def row(self) -> tuple:
        speaker, speaker_type, cue = self.frame.speaker, self.frame.kind, self.frame.cue
        return (
            *self.place,
            self.text,
            speaker,
            speaker_type,
            self.kind,
            cue,
            word_count(self.text),
        )


def _article_quotes(
    places: list[tuple],
    docs: list[Doc],
    rows: list[int],
    by_paragraph: dict[int, list[tuple[int, int, str, str]]],
    verbs: frozenset[str],
) -> list[tuple]:
    """An article's quotations and reported speech, read paragraph by paragraph so pronouns
    see what came before.

    `places`: (file, outlet, paragraph, line) of every paragraph row; `by_paragraph`: the
    article's mentions (start, end, entity, label) by paragraph number."""
    article = Article()
    for row in rows:
        index_mentions(article, row, docs[row], by_paragraph.get(places[row][2], []))
    found: list[_Quote] = []
    left_open: _Quote | None = None  # a quotation the previous paragraph ended without closing
    introduced: Frame | None = None  # the previous paragraph ended "X said:"
    carried: Frame | None = None  # the previous paragraph's last attributed quotation
    unsigned: list[_Quote] = []  # the previous paragraph's unattributed quotations
    for row in rows:
        doc = docs[row]
        text = doc.text  # a Doc joins its tokens' texts anew on every `.text`
        spans = find_quote_spans(text)
        inside = {t.i for s in spans for t in _tokens(doc, s)}
        add_subjects(article, row, doc, inside, verbs)
        signed = signature(article, row, doc) if unsigned and not spans else None
        for quote in unsigned if signed else []:
            quote.frame = signed
        opens = text.lstrip().startswith(_OPENERS)
        if not opens:
            left_open = introduced = carried = None
        place = places[row]
        before = (introduced, carried)
        quotes = _paragraph_quotes(article, row, doc, spans, inside, verbs, left_open, before)
        for quote in quotes:
            if quote is not left_open:
                quote.place = place
                found.append(quote)
        left_open = quotes[-1] if quotes and not spans[-1].closed else None
        unsigned = _signed_after(unsigned, quotes) if opens else _unattributed(quotes)
        # Their verbs are this paragraph's words: no use to the next one's interruptions.
        introduced = _elsewhere(introduction(article, row, doc, inside, verbs))
        said = [q.frame for q in quotes if q.frame.speaker != UNATTRIBUTED]
        carried = _elsewhere(said[-1]) if said else None
        found += [
            _Quote(place, start, words, said, "indirect")
            for start, words, said in reported_speech(article, row, doc, inside, verbs)
        ]
    return [q.row() for q in sorted(found, key=lambda q: (q.place[2], q.start))]


def _signed_after(unsigned: list[_Quote], quotes: list[_Quote]) -> list[_Quote]:
    """Paragraphs of one speaker's quotations may name the speaker only in a later one
    (“…” | “…,” Viguerie notes.): the first quotation of a paragraph that opens with one, when
    its own verb attributes it, gives its speaker to the unattributed ones before; the
    quotations still unattributed wait for the next paragraph."""
    first = quotes[0].frame if quotes else UNATTRIBUTED_FRAME
    if first.speaker == UNATTRIBUTED or first.verb is None:
        return unsigned + _unattributed(quotes)
    for quote in unsigned:
        quote.frame = _elsewhere(first)
    return _unattributed(quotes)


def _unattributed(quotes: list[_Quote]) -> list[_Quote]:
    return [q for q in quotes if q.frame.speaker == UNATTRIBUTED]


def _elsewhere(frame: Frame | None) -> Frame | None:
    return dataclasses.replace(frame, verb=None) if frame is not None else None


def _paragraph_quotes(
    article: Article,
    row: int,
    doc: Doc,
    spans: list[QuoteSpan],
    inside: set[int],
    verbs: frozenset[str],
    left_open: _Quote | None,
    before: tuple[Frame | None, Frame | None],
) -> list[_Quote]:
    """A paragraph's quotations in order; the first is `left_open` when it goes on here.

    `before`: the frame of a previous paragraph ending "X said:", and that of the previous
    paragraph's last attributed quotation, which a quotation opening this one continues.
    """
    text = doc.text
    quotes: list[_Quote] = []
    introduced, previous = before  # previous: the last attributed frame
    last, last_tokens, last_frame = left_open, None, None
    for n, span in enumerate(spans):
        quoted = text[span.start : span.end].strip()
        tokens = _tokens(doc, span)
        found = _frame(article, row, doc, text, span, inside, verbs)
        joins = n == 0 and left_open is not None  # the convention: the first quote goes on
        if not joins and last is not None and last_tokens and tokens:
            joins = interrupts(doc, last_tokens, tokens, (last_frame, found))
        if joins:
            last.text += " " + quoted
            if last.frame.speaker == UNATTRIBUTED and found is not None:
                last.frame = found
            quotes += [last] if not quotes else []
            last_tokens, last_frame = tokens or last_tokens, found or last_frame
            continue
        if found is None and n == 0 and introduced is not None:
            found = introduced
        if found is None and _is_clause(tokens):
            found = previous or UNATTRIBUTED_FRAME
        last, last_tokens, last_frame = None, tokens, found
        if found is not None:
            last = _Quote((), span.start, quoted, found)
            quotes.append(last)
            previous = found if found.speaker != UNATTRIBUTED else previous
    return quotes


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
) -> Frame | None:
    """Who speaks a quoted passage of `text` (the paragraph, `doc.text`), or None when no
    speech frame governs it."""
    tokens = _tokens(doc, span)
    own = {t.i for t in tokens}
    if not tokens or re.search(r"so-called\W*$", text[: span.start], re.IGNORECASE):
        return None
    cue = _governing_verb(tokens, own, verbs)
    if cue is None or _is_term(tokens, own, cue):
        cue = _adjacent_verb(doc, tokens, inside, verbs)
    found = verb_frame(article, row, cue, own) if cue is not None else None
    if found is None:
        source = according_to(doc, tokens, inside)
        if source is not None:
            return Frame(*stands_for(article, row, source), ACCORDING_TO)
        found = colon_frame(article, row, doc, tokens[0], inside)
    if (found is None and _is_clause(tokens)) or (found and found.speaker == UNATTRIBUTED):
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
    before = [t for t in doc[: tokens[0].i] if not t.is_punct][-3:]
    for verb in (t for t in reversed(before) if is_speech(t, verbs) and t.i not in inside):
        if doc[verb.i + 1 : tokens[0].i].text.rstrip().rstrip(OPENING_MARKS).endswith((":", ",")):
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
