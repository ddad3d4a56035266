"""Direct quotations and who said them, read article by article.

Quoted passages are found by `quote_marks`; whether each is a quotation, and whose, by
`quote_sources`. A quote left open at the end of a paragraph continues when the next
paragraph opens with a quote mark (the journalistic convention). A quotation interrupted by
its attribution (“…,” she said, “…”) is one quotation (`quote_context`). A quotation with no
attribution of its own opening a paragraph after "X said:" is X's; one signed by a dash line
after it ("— Maria Lopez") is hers; otherwise it continues what the sentence right before
it reports ("…, Grassley said. “…”": `told_speech.told_by`) or the previous quotation of its
paragraph, or of the paragraph before when it opens its own; quotation paragraphs with no
attribution take the speaker of the next quotation paragraph that names one; else the
speaker is `unattributed` and the cue empty. A quotation set into reported speech ("said it
was “pitiful”", `partial_quotes`) is of `kind` partial, and further quoted words of the same
speech verb join it ("… "), so one speech act is one row. Reported speech ("X said that …",
`reported`) comes as rows of `kind` indirect beside the quotations. An article's quotes need
only its own paragraphs, parses and mentions, so `extract_quotes` of partitions of whole
articles, concatenated in order, is the whole table.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from spacy.tokens import Doc

from helpers.base import catalogue
from helpers.base.columns import column_lists
from helpers.base.datafiles import DataFileError, read_list
from helpers.base.text import word_count
from helpers.entities.candidates import add_subjects, index_mentions
from helpers.entities.partial_quotes import is_partial
from helpers.entities.quote_context import (
    NO_ATTRIBUTION,
    Attribution,
    interrupts,
    introduction,
    signature,
    spoken_sentences,
)
from helpers.entities.quote_marks import OPENERS, QuoteSpan, find_quote_spans, quoted_tokens
from helpers.entities.quote_sources import is_clause, quote_attribution
from helpers.entities.reported import ACCORDING_TO as ACCORDING_TO  # a cue of the table
from helpers.entities.reported import reported_speech
from helpers.entities.speakers import UNATTRIBUTED, ArticleContext
from helpers.entities.told_speech import elsewhere, next_to, told_by
from helpers.entities.word_order import closing_signature


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
    table = paragraphs.reset_index(drop=True)
    docs = list(docs)
    if len(docs) != len(table):
        raise ValueError(f"got {len(docs)} parsed docs for {len(table)} paragraph rows")
    body = mentions[mentions["paragraph"] > 0]
    # Lists, not a DataFrame per paragraph: pandas' cost per small frame was most of the time
    by_article: dict[str, dict[int, list[tuple[int, int, str, str]]]] = {}
    columns = ("file", "paragraph", "start", "end", "entity", "label")
    for file, paragraph, *mention in zip(*column_lists(body, columns), strict=True):
        by_article.setdefault(file, {}).setdefault(paragraph, []).append(tuple(mention))
    places = list(zip(*column_lists(table, ("file", "outlet", "paragraph", "line")), strict=True))
    rows = []
    for file, indices in table.groupby("file", sort=False).indices.items():
        found = by_article.get(file, {})
        rows += _article_quotes(places, docs, list(indices), found, speech_verbs)
    result = pd.DataFrame(rows, columns=catalogue.columns("quotes"))
    return result if rows else catalogue.table("quotes").empty()


@dataclass
class _Quote:
    place: tuple  # file, outlet, paragraph, line
    start: int  # character offset in the paragraph, for the order of a paragraph's rows
    text: str
    attribution: Attribution
    kind: str = "direct"

    def row(self) -> tuple:
        speaker, speaker_type, cue = (
            self.attribution.speaker,
            self.attribution.kind,
            self.attribution.cue,
        )
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
    article = ArticleContext()
    for row in rows:
        index_mentions(article, row, docs[row], by_paragraph.get(places[row][2], []))
    found: list[_Quote] = []
    left_open: _Quote | None = None  # a quotation the previous paragraph ended without closing
    introduced: Attribution | None = None  # the previous paragraph ended "X said:"
    carried: Attribution | None = None  # the previous paragraph's last attributed quotation
    unsigned: list[_Quote] = []  # the previous paragraph's unattributed quotations
    for row in rows:
        doc = docs[row]
        text = doc.text  # a Doc joins its tokens' texts anew on every `.text`
        spans = find_quote_spans(text)
        inside = {t.i for s in spans for t in quoted_tokens(doc, s)}
        add_subjects(article, row, doc, inside, verbs)
        signed = signature(article, row, doc) if unsigned and not spans else None
        if unsigned and not spans and left_open is not None:  # "Ben Jealous." closing it
            signed = signed or closing_signature(article, row, doc)
        for quote in unsigned if signed else []:
            quote.attribution = signed
        opens = text.lstrip().startswith(OPENERS)
        if not opens:
            left_open = introduced = carried = None
        place = places[row]
        told = reported_speech(article, row, doc, inside, verbs)
        before = (introduced, carried)
        going_on = told_by(doc, told) + spoken_sentences(article, row, doc, inside, verbs)
        quotes = _paragraph_quotes(
            article, row, doc, spans, inside, verbs, left_open, before, going_on
        )
        for quote in quotes:
            if quote is not left_open:
                quote.place = place
                found.append(quote)
        left_open = quotes[-1] if quotes and not spans[-1].closed else None
        unsigned = _signed_after(unsigned, quotes) if opens else _unattributed(quotes)
        # Their verbs are this paragraph's words: no use to the next one's interruptions.
        introduced = elsewhere(introduction(article, row, doc, inside, verbs))
        said = [q.attribution for q in quotes if q.attribution.speaker != UNATTRIBUTED]
        carried = elsewhere(said[-1]) if said else None
        found += [_Quote(place, start, words, said, "indirect") for start, words, said in told]
    return [q.row() for q in sorted(found, key=lambda q: (q.place[2], q.start))]


def _signed_after(unsigned: list[_Quote], quotes: list[_Quote]) -> list[_Quote]:
    """Paragraphs of one speaker's quotations may name the speaker only in a later one
    (“…” | “…,” Viguerie notes.): the first quotation of a paragraph that opens with one, when
    its own verb attributes it, gives its speaker to the unattributed ones before; the
    quotations still unattributed wait for the next paragraph."""
    first = quotes[0].attribution if quotes else NO_ATTRIBUTION
    if first.speaker == UNATTRIBUTED or first.verb is None:
        return unsigned + _unattributed(quotes)
    for quote in unsigned:
        quote.attribution = elsewhere(first)
    return _unattributed(quotes)


def _unattributed(quotes: list[_Quote]) -> list[_Quote]:
    return [q for q in quotes if q.attribution.speaker == UNATTRIBUTED]


def _paragraph_quotes(
    article: ArticleContext,
    row: int,
    doc: Doc,
    spans: list[QuoteSpan],
    inside: set[int],
    verbs: frozenset[str],
    left_open: _Quote | None,
    before: tuple[Attribution | None, Attribution | None],
    told: Sequence[tuple[int, Attribution]] = (),
) -> list[_Quote]:
    """A paragraph's quotations in order; the first is `left_open` when it goes on here.

    `before`: the attribution of a previous paragraph ending "X said:", and that of the previous
    paragraph's last attributed quotation, which a quotation opening this one continues.
    `told`: (offset, attribution) of the paragraph's reported speech: a quotation with no
    attribution of its own after "…, Grassley said." goes on with what Grassley said.
    """
    text = doc.text
    quotes: list[_Quote] = []
    introduced, carried = before
    previous = (-1, carried)  # the last attribution with a speaker, and where it was
    last, last_tokens, last_attribution = left_open, None, None
    for n, span in enumerate(spans):
        quoted = text[span.start : span.end].strip()
        tokens = quoted_tokens(doc, span)
        found = quote_attribution(article, row, doc, text, span, inside, verbs)
        joins = n == 0 and left_open is not None  # the convention: the first quote goes on
        if not joins and last is not None and last_tokens and tokens:
            joins = interrupts(doc, last_tokens, tokens, (last_attribution, found))
        if joins:
            last.text += " " + quoted
            if last.attribution.speaker == UNATTRIBUTED and found is not None:
                last.attribution = found
            quotes += [last] if not quotes else []
            last_tokens, last_attribution = tokens or last_tokens, found or last_attribution
            continue
        kind = "partial" if tokens and is_partial(doc, tokens, inside, found) else "direct"
        same = _same_speech_act(quotes, found) if kind == "partial" else None
        if same is not None:  # said “on her worst day” she'd be “a better president”: one row
            same.text += " … " + quoted
            last, last_tokens, last_attribution = same, tokens, found
            continue
        if found is None and n == 0 and introduced is not None:
            found = introduced
        if found is None and is_clause(tokens):
            # a quoted phrase set in the story's words is not what the speaker before said;
            # nor is a quotation with other sentences between ("Critics are not convinced.")
            direct = kind == "direct"
            reported = [(at, said) for at, said in told if direct and next_to(text, at, span)]
            found = max([previous, *reported], key=lambda item: item[0])[1] or NO_ATTRIBUTION
        last, last_tokens, last_attribution = None, tokens, found
        if found is not None:
            last = _Quote((), span.start, quoted, found, kind)
            quotes.append(last)
            previous = (span.start, found) if found.speaker != UNATTRIBUTED else previous
    return quotes


def _same_speech_act(quotes: list[_Quote], own: Attribution | None) -> _Quote | None:
    """An earlier quotation of the paragraph that the same speech verb attributes: a partial
    quotation joins it, so that one speech act is one row of the quotes table."""
    if own is None or own.verb is None:
        return None
    return next((q for q in reversed(quotes) if q.attribution.verb == own.verb), None)
