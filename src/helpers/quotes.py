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
verbs); a pronoun is the last person who was a main subject before it, skipping anyone an
honorific ("Mr", "Ms") gives the other gender; a description ("the Russian minister") is the
person named before with the closest title ("Russian Foreign Minister Sergei Lavrov"); an
organisation speaks as itself ("the State Department said"); an unnamed source keeps its
description ("senior official"). A quotation with no frame of its own continues the
previous quotation of its paragraph, else its speaker is `unattributed` and its cue empty.
Speakers are the canonical entities of the mentions table.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from spacy.tokens import Doc, Token

from helpers.entities import DataFileError, count_words, data_lines

QUOTE_COLUMNS = ["file", "outlet", "paragraph", "line", "quote", "speaker", "cue", "words"]
VOICE_COLUMNS = ["outlet", "speaker", "quotes", "words", "quote_share", "word_share"]
UNATTRIBUTED = "unattributed"
ACCORDING_TO = "according to"
_OPENING = {'"': "“„«", "'": "‘"}
_CLOSING = {'"': "”»", "'": "’"}
_OPENERS = tuple("\"“„«'‘")
_PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
# Honorifics tell a person's gender, so that "she said" skips a "Mr Bridges"
_HONORIFIC_GENDER = {
    **dict.fromkeys(("mr", "mr.", "sir", "lord", "king", "prince"), "m"),
    **dict.fromkeys(("ms", "ms.", "mrs", "mrs.", "miss", "dame", "lady", "queen", "princess"), "f"),
}
_MODIFIERS = {"compound", "amod", "nmod"}
Position = tuple[int, int]  # (row, token index)


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
    for i, char in enumerate(text):
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


@dataclass
class _Article:
    """What speaker resolution knows about one article while reading it in order."""

    entity_at: dict[Position, tuple[str, str]] = field(default_factory=dict)
    roles: list[tuple[Position, str, set[str]]] = field(default_factory=list)
    subjects: list[tuple[Position, str]] = field(default_factory=list)
    gender: dict[str, str] = field(default_factory=dict)


def extract_quotes(
    paragraphs: pd.DataFrame,
    docs: Sequence[Doc],
    mentions: pd.DataFrame,
    speech_verbs: frozenset[str],
) -> pd.DataFrame:
    """Every direct quotation with its speaker and cue (`QUOTE_COLUMNS`).

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
    by_article = {
        file: dict(iter(group.groupby("paragraph"))) for file, group in body.groupby("file")
    }
    rows = []
    for file, indices in frame.groupby("file", sort=False).indices.items():
        rows += _article_quotes(frame, docs, list(indices), by_article.get(file, {}), speech_verbs)
    return pd.DataFrame(rows, columns=QUOTE_COLUMNS)


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
    return table[VOICE_COLUMNS].reset_index(drop=True)


@dataclass
class _Quote:
    place: tuple  # file, outlet, paragraph, line
    text: str
    speaker: str
    cue: str

    def row(self) -> tuple:
        return (*self.place, self.text, self.speaker, self.cue, count_words(self.text))


def _article_quotes(
    frame: pd.DataFrame,
    docs: list[Doc],
    rows: list[int],
    by_paragraph: dict[int, pd.DataFrame],
    verbs: frozenset[str],
) -> list[tuple]:
    """An article's quotations, read paragraph by paragraph so pronouns see what came before."""
    article = _Article()
    for row in rows:
        _index_mentions(article, row, docs[row], by_paragraph.get(frame.at[row, "paragraph"]))
    quotes: list[_Quote] = []
    left_open: _Quote | None = None  # a quotation the previous paragraph ended without closing
    for row in rows:
        meta, doc = frame.loc[row], docs[row]
        spans = find_quote_spans(doc.text)
        inside = {t.i for s in spans for t in _tokens(doc, s)}
        _add_subjects(article, row, doc, inside)
        if not doc.text.lstrip().startswith(_OPENERS):
            left_open = None
        last, previous = None, None  # previous: the paragraph's last (speaker, cue)
        for span in spans:
            text = doc.text[span.start : span.end].strip()
            found = _frame(article, row, doc, span, inside, verbs)
            if left_open is not None:  # the convention: this paragraph's first quote goes on
                last, left_open = left_open, None
                last.text += " " + text
                if last.speaker == UNATTRIBUTED and found is not None:
                    last.speaker, last.cue = found
                continue
            if found is None and _is_clause(_tokens(doc, span)):
                found = previous or (UNATTRIBUTED, "")
            last = None
            if found is not None:
                place = (meta["file"], meta["outlet"], meta["paragraph"], meta["line"])
                last = _Quote(place, text, *found)
                quotes.append(last)
                previous = found if found[0] != UNATTRIBUTED else previous
        left_open = last if spans and not spans[-1].closed else None
    return [q.row() for q in quotes]


def _tokens(doc: Doc, span: QuoteSpan) -> list[Token]:
    return [t for t in doc if span.start <= t.idx < span.end and not (t.is_punct or t.is_space)]


def _index_mentions(article: _Article, row: int, doc: Doc, found: pd.DataFrame | None) -> None:
    """Token -> entity of a paragraph's mentions, and the title words of its people."""
    if found is None:
        return
    for m in found.itertuples(index=False):
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        for token in span:
            article.entity_at[(row, token.i)] = (m.entity, m.label)
        if m.label == "PERSON":
            article.roles.append(((row, span.start), m.entity, _role_words(span)))
            before = doc[span.start - 1].lower_ if span.start else ""
            if before in _HONORIFIC_GENDER:
                article.gender[m.entity] = _HONORIFIC_GENDER[before]


def _role_words(span) -> set[str]:
    """Lemmas of the title around a name: "Russian Foreign Minister", "the former ambassador"."""
    root = span.root
    words = [
        t for c in root.children if c.i < span.start and c.dep_ in _MODIFIERS for t in c.subtree
    ]
    appositions = [c for c in root.children if c.dep_ == "appos"]
    appositions += [root.head] if root.dep_ == "appos" else []
    words += [
        t for a in appositions for t in a.subtree if t.i <= a.i and not span.start <= t.i < span.end
    ]
    return {t.lemma_.lower() for t in words if t.is_alpha}


def _add_subjects(article: _Article, row: int, doc: Doc, inside: set[int]) -> None:
    """Record, in order, the people who are subjects of a paragraph's main or reported clauses."""
    for subject in (t for t in doc if t.dep_ == "nsubj" and t.i not in inside):
        chain = [subject.head, *subject.head.ancestors]
        if all(t.dep_ in ("ROOT", "conj", "ccomp") for t in chain):
            name, is_person = _name(article, row, subject)
            if is_person:
                article.subjects.append(((row, subject.i), name))


def _frame(
    article: _Article, row: int, doc: Doc, span: QuoteSpan, inside: set[int], verbs: frozenset[str]
) -> tuple[str, str] | None:
    """(speaker, cue) of a quoted passage, or None when no speech frame governs it."""
    tokens = _tokens(doc, span)
    own = {t.i for t in tokens}
    if not tokens or re.search(r"so-called\W*$", doc.text[: span.start], re.IGNORECASE):
        return None
    cue = _governing_verb(tokens, own, verbs)
    if cue is None or _is_term(tokens, own, cue):
        cue = _adjacent_verb(doc, tokens, inside, verbs)
    if cue is not None:
        subject = _subject(cue, own)
        speaker = _name(article, row, subject)[0] if subject is not None else UNATTRIBUTED
        return speaker, cue.lemma_.lower()
    source = _according_to(doc, tokens, inside)
    if source is not None:
        return _name(article, row, source)[0], ACCORDING_TO
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
        subject = _subject(verb, inside)
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
    noun = root.head if root.dep_ in _MODIFIERS else root
    embedded = noun.i != root.i or any(
        c.i not in own and c.i < root.i and c.dep_ in ("det", "poss", *_MODIFIERS)
        for c in root.children
    )
    return embedded and noun.head.i == cue.i and noun.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")


def _subject(verb: Token, quoted: set[int]) -> Token | None:
    """Who does the speaking: the subject, a passive's agent, or up through "who"/participles.

    Never a word of the quotation itself, whatever the parse says.
    """
    for _ in range(6):
        for child in (c for c in verb.children if c.i not in quoted):
            if child.dep_ == "nsubj":
                return child
            if child.dep_ == "agent":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
        objects = [c for c in verb.head.children if c.dep_ == "dobj"]
        if verb.dep_ == "xcomp" and objects:  # "led Lavrov to declare"
            return objects[0]
        if verb.dep_ == "relcl":
            return verb.head
        if (
            verb.dep_ not in ("advcl", "xcomp", "conj", "pcomp", "prep", "pobj", "acl")
            or verb.head.i == verb.i
        ):
            return None
        verb = verb.head
    return None


def _according_to(doc: Doc, tokens: list[Token], inside: set[int]) -> Token | None:
    """The source named by "according to X" in the quote's sentences, outside any quote."""
    sentences = {t.sent.start for t in tokens}
    for token in doc:
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.sent.start in sentences and token.lower_ == "according" and token.i not in inside:
            if following is not None and following.lower_ == "to":
                return next((c for c in following.children if c.dep_ == "pobj"), None)
    return None


def _name(article: _Article, row: int, token: Token) -> tuple[str, bool]:
    """The canonical name a subject token stands for, and whether it is a person."""
    if token.tag_ in ("WP", "WDT") and token.head.dep_ == "relcl":
        token = token.head.head
    if (row, token.i) in article.entity_at:
        entity, label = article.entity_at[(row, token.i)]
        return entity, label == "PERSON"
    for child in (c for c in token.children if c.dep_ == "appos"):
        entity, label = article.entity_at.get((row, child.i), ("", ""))
        if entity:
            return entity, label == "PERSON"
    if token.lower_ in _PRONOUN_GENDER:
        name = _antecedent(article, (row, token.i), _PRONOUN_GENDER[token.lower_])
        return (name, True) if name else (UNATTRIBUTED, False)
    if token.pos_ == "PRON":
        return UNATTRIBUTED, False
    modifiers = [
        t for c in token.children if c.i < token.i and c.dep_ in _MODIFIERS for t in c.subtree
    ]
    titled = _titled(
        article, (row, token.i), token.lemma_.lower(), {t.lemma_.lower() for t in modifiers}
    )
    if titled:
        return titled, True
    for left in modifiers:
        entity, label = article.entity_at.get((row, left.i), ("", ""))
        if label == "ORG":
            return entity, False
    return " ".join(t.text for t in sorted([*modifiers, token], key=lambda t: t.i)), False


def _antecedent(article: _Article, position: Position, gender: str) -> str:
    """The last person who was a main subject before a pronoun, skipping the other gender;
    a person known (by an honorific) to have the pronoun's gender comes first."""
    earlier = [
        n for p, n in article.subjects if p < position and article.gender.get(n, gender) == gender
    ]
    known = [n for n in earlier if article.gender.get(n) == gender]
    return (known or earlier or [""])[-1]


def _titled(article: _Article, position: Position, word: str, modifiers: set[str]) -> str:
    """The person a description ("the Russian minister") stands for: one named before with that
    title word; the closest title (most shared words, fewest others) wins, then the latest."""
    scored = [
        (len(roles & modifiers), -len(roles - modifiers - {word}), p, name)
        for p, name, roles in article.roles
        if word in roles and p < position
    ]
    return max(scored)[3] if scored else ""
