"""Name spans: where the parses name a person, place or organisation, and, within an
article, whom each name points to.

The small English model tags surnames as ORG half the time ("Lavrov", "Tillerson") and
misses some, so its spans are only a starting point. A span is trimmed to the name (no
"the", title or possessive, nor the possessor before a person's name: "the Courier's Dana
Whitfield" is Dana Whitfield); a span inside a title ("State" in "Secretary of State") is
dropped; a span gluing two names ("the US Sergey Kislyak", "Obama White House", "FBI
Russia", "U.S.-Russia") is split; a "person" made of common words ("Election Meddling" in a
title-case tweet) or holding "&" or a figure ("CIA & JFK") is dropped; a full name spelling
a person's name found elsewhere is a person ("Volodymyr Zelenskyy" tagged ORG), and so is one
its sentence shows to be a person's (`person_signs`: "said Brett Tolliver, 27").

Splitting and relabelling weigh what the whole corpus says about names: `name_evidence`
gathers it (`corpus_names.NameEvidence`), and the evidence of parts of a corpus adds up
(`a + b`), so it can be gathered per partition and summed. Within an article a surname
points at a full name there, and a first name at the one full name there that begins with
it (`article_names.resolve_article`); a word repeating a name's last word where the model
saw no entity is kept aside (`untagged_repeats`) until the corpus-level vote tells whether
it is a person's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from helpers.entities.corpus_names import NameEvidence
from helpers.entities.name_context import is_title_before_name, is_titled, title_spans
from helpers.entities.names import (
    POSSESSIVE,
    Titles,
    is_full_name,
    last_word,
    name_key,
    name_words,
)
from helpers.entities.person_signs import shows_person

ENTITY_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC")
_TRAILING = {"PUNCT", "ADP", "CCONJ", "DET", "PART"}


@dataclass
class NameSpan:
    """A name in one paragraph, and the full-name key it resolves to once the article is read."""

    row: int  # position of the paragraph among those parsed together
    start: int  # character offsets in the paragraph
    end: int
    text: str
    label: str
    person: str = ""

    @property
    def key(self) -> str:
        return name_key(self.text)


def name_evidence(docs: Iterable[Doc], titles: Titles) -> NameEvidence:
    """The evidence about names in some parsed paragraphs (any part of a corpus)."""
    spans: Counter[tuple[str, str]] = Counter()
    lower: Counter[str] = Counter()
    after_title: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    for doc in docs:
        spans.update((m.text, m.label) for m in candidates(0, doc, titles))
        lower.update(t.lower_ for t in doc if t.is_lower)
        after_title.update(doc[e].lower_ for _, e in title_spans(doc, titles) if e < len(doc))
        pairs.update(
            (a.lower_, b.lower_)
            for a, b in zip(doc[:-1], doc[1:], strict=True)
            if a.is_title and b.is_title and a.is_alpha and b.is_alpha
        )
    return NameEvidence(spans, lower, after_title, pairs)


def paragraph_names(
    docs: Sequence[Doc],
    evidence: NameEvidence,
    titles: Titles,
    articles: Iterable[Sequence[int]] = (),
    listed: AbstractSet[str] = frozenset(),
) -> list[list[NameSpan]]:
    """Each paragraph's names: the model's spans trimmed, split where they glue two names,
    relabelled PERSON where they spell a person's full name found elsewhere or their sentence
    shows them to be a person's (`person_signs.shows_person`), and ORG where
    they end in an acronym the corpus tags as an organisation ("Junge SVP").

    A "person" that is no one's name (`NameEvidence.is_no_name`) is dropped, but not a lone
    word that its article (`articles`: the rows of each) writes in a full name tagged
    PERSON, as news writes "Sally Ride … Ride" (or "Ban Ki-moon … Ban") though the corpus
    writes "ride" more often, nor
    one written right after a title ("Mr. Ban"), nor one `listed` (the name keys of
    aliases.yml: "Twitter")."""
    found = [candidates(row, doc, titles) for row, doc in enumerate(docs)]
    kept = _article_name_words(found, evidence, articles, listed)

    def no_name(m: NameSpan) -> bool:
        return _is_no_name(m, docs[m.row], evidence, kept[m.row], titles)

    found = [[m for m in ms if not no_name(m)] for ms in found]
    found = [  # a part cut from a glued span may be no name either: "Pope" of "Pope the Church"
        [part for m in ms for part in _split(docs[m.row], m, evidence, titles) if not no_name(part)]
        for ms in found
    ]
    spells_person: dict[str, bool] = {}  # a corpus writes the same names again and again
    for m in (m for ms in found for m in ms if m.label != "PERSON" and is_full_name(m.text)):
        if m.key not in spells_person:
            spells_person[m.key] = evidence.spells_person(m.key)
        if spells_person[m.key]:
            m.label = "PERSON"
    for m in (m for ms in found for m in ms if m.label != "PERSON"):
        span = docs[m.row].char_span(m.start, m.end, alignment_mode="expand")
        if shows_person(span, evidence, m.label):
            m.label = "PERSON"
    for m in (m for ms in found for m in ms if m.label == "PERSON"):
        if evidence.ends_in_organisation(m.text):
            m.label = "ORG"
    return found


def _article_name_words(
    found: list[list[NameSpan]],
    evidence: NameEvidence,
    articles: Iterable[Sequence[int]],
    listed: AbstractSet[str],
) -> list[AbstractSet[str]]:
    """For each paragraph, the words of the full names its article tags PERSON that are names
    (not "Patriot Coal"), and the `listed` names."""
    kept = [listed] * len(found)
    for rows in articles:
        words = {
            word
            for r in rows
            for m in found[r]
            if m.label == "PERSON"
            and is_full_name(m.text)
            and not evidence.is_no_name(m.text, m.label)
            for word in name_words(m.key)
        }
        for r in rows:
            kept[r] = words | listed
    return kept


def _is_no_name(
    m: NameSpan, doc: Doc, evidence: NameEvidence, kept: AbstractSet[str], titles: Titles
) -> bool:
    """Whether `m` is no one's name (`NameEvidence.is_no_name`), a lone word being one only
    where not `kept` nor written right after a title."""
    if not evidence.is_no_name(m.text, m.label):
        return False
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return " " in m.key or (m.key not in kept and not is_titled(span, titles))


def untagged_repeats(
    docs: Sequence[Doc], found: list[list[NameSpan]], rows: Sequence[int], titles: Titles
) -> list[NameSpan]:
    """Words of an article outside its names that repeat the last word of one of them, where
    that word can be a surname: capitalised, two letters or more. A span the model took for
    a name can end in any word ("Laurie - I", "Trump - 60 percent"), and every "I" or
    "percent" of its article would become that person. A surname that is also a title is
    the title where a capitalised word follows it (`name_context.is_title_before_name`): in an article
    naming Mark Judge, "Judge Kavanaugh" is not a mention of him."""
    forms = {
        w for r in rows for m in found[r] if len(w := last_word(m.text)) > 1 and w[0].isupper()
    }
    one_word_titles = {title[0] for title in titles if len(title) == 1}
    added = []
    for r in rows:
        taken = [(m.start, m.end) for m in found[r]]
        for token in docs[r]:
            end = token.idx + len(token)
            if (
                token.text in forms
                and not any(s < end and token.idx < e for s, e in taken)
                and not is_title_before_name(token, one_word_titles)
            ):
                added.append(name_span(r, docs[r][token.i : token.i + 1], "PERSON"))
    return added


def _lower_case_lead(token: Token) -> bool:
    """A lower-case verb (or auxiliary), adjective or adverb the model took into a name, or
    the hyphen after it: "kick Acosta", "pro-Clinton". (A lower-case particle of a name, "de
    Blasio", "bin Laden", is none of these.)"""
    lower_word = token.text[:1].islower() and token.pos_ in ("VERB", "ADJ", "ADV", "AUX")
    return lower_word or token.text == "-"


def candidates(row: int, doc: Doc, titles: Titles) -> list[NameSpan]:
    """The model's entity spans, trimmed to the name; a title right before marks a person."""
    found_titles = title_spans(doc, titles)
    in_title = {i for s, e in found_titles for i in range(s, e)}
    title_end = {e for _, e in found_titles}
    found = []
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS or all(t.i in in_title for t in ent):
            continue
        start, end = ent.start, ent.end
        person = ent.label_ == "PERSON"
        while start < end and (
            doc[start].pos_ in ("DET", "PUNCT") or (person and start in in_title)
        ):
            start += 1
        while start < end - 1 and _lower_case_lead(doc[start]):
            start += 1
        while end > start and (doc[end - 1].text in POSSESSIVE or doc[end - 1].pos_ in _TRAILING):
            end -= 1
        owners = [t.i for t in doc[start:end] if person and t.text in POSSESSIVE]
        start = owners[-1] + 1 if owners else start  # "Breitbart's Joel Pollak": the name after
        if start < end:
            label = "PERSON" if start in title_end and end - start <= 3 else ent.label_
            found.append(name_span(row, doc[start:end], label))
    return found


def name_span(row: int, span: Span, label: str) -> NameSpan:
    """A name span of `label` over the tokens `span` of paragraph `row`."""
    return NameSpan(row, span.start_char, span.end_char, span.text, label)


def _leads_a_known_name(span: Span, m: NameSpan, evidence: NameEvidence) -> bool:
    """Whether a "person" of three words or more is a word glued before a full name the
    corpus writes on its own ("Billionaire Donald Trump", "Miss Universe Alicia Machado"):
    its first word is one the corpus also writes in lower case, and begins no other
    person's full name. A first name does neither: "Osama bin Laden", "Frans de Waal" and
    "Marcel Lehel Lazar" stay whole, though "bin Laden", "de Waal" and "Lehel Lazar" are
    written on their own; so does "John Paul Jones" beside a Paul Jones."""
    if m.label != "PERSON" or len(span) < 3 or name_key(span[1:].text) not in evidence.people:
        return False
    first = name_words(m.key)[0]
    alone = evidence.first_name_counts[first] <= evidence.person_counts[m.key]
    return alone and evidence.lower[first] > 0


def _split(doc: Doc, m: NameSpan, evidence: NameEvidence, titles: Titles) -> list[NameSpan]:
    """A span that glues two names, as two mentions; any other span unchanged."""
    known, surnames = evidence.known, evidence.surnames
    parts = m.text.split("-")
    if " " not in m.text and len(parts) > 1 and all(name_key(p) in known for p in parts):
        # "U.S.-Russia" relations: both names, however the tokenizer cut them
        offsets = [m.start + sum(len(p) + 1 for p in parts[:i]) for i in range(len(parts))]
        return [
            NameSpan(m.row, o, o + len(p), p, m.label) for o, p in zip(offsets, parts, strict=True)
        ]
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if len(span) < 2:
        return [m]
    if _leads_a_known_name(span, m, evidence):
        return [name_span(m.row, span[1:], m.label)]
    run = len(span)
    while run > 0 and span[run - 1].is_alpha and span[run - 1].is_title:
        run -= 1
    # a person's name after a place or organisation: "the US Sergey Kislyak", "the UN Nikki
    # Haley", or after its owner: "National Review's Ian Tuttle"
    titled = any(
        e in (span.start, span.start - 2) for _, e in title_spans(doc[: span.start], titles)
    )
    # (owned only where the corpus begins people's names with the word after the owner:
    # "Ohio's Cuyahoga County" and "Fox News's Kelly File" stay whole)
    owned = (
        0 < run < len(span)
        and span[run - 1].text in POSSESSIVE
        and evidence.is_first_name(name_key(span[run].text))
    )
    # "the Department of Justice" stays whole though a Jim Justice is named once
    surname = span[-1].lower_
    named = (surname in surnames and evidence.names_more_than_spans(surname, m.key)) or (
        (titled or owned) and len(span) - run >= 2
    )
    if m.label != "PERSON" and 0 < run < len(span) and named:
        owner = span[: run - 1] if owned else span[:run]
        head = [name_span(m.row, owner, m.label)] if name_key(owner.text) in known else []
        return head + [name_span(m.row, span[run:], "PERSON")]
    for cut in range(1, len(span)):
        left, right = span[:cut], span[cut:]
        if name_key(right.text) not in known:
            continue
        # a person's name before an organisation: "the Obama White House"; not a first name
        # that is someone's surname before a surname ("David Madden" with a Larry David about),
        # nor a name the corpus writes whole more often than it names the person: "Citizens
        # United", taken for a person a few times, must not split every "United States"
        left_key = name_key(left.text)
        if (
            left_key in surnames
            and name_key(right.text) not in surnames
            and evidence.names_more_than_spans(left_key, m.key)
        ):
            right_label = "ORG" if m.label == "PERSON" else m.label
            return [name_span(m.row, left, "PERSON"), name_span(m.row, right, right_label)]
        # two names the model ran together once: "the FBI Russia investigation"
        if m.label != "PERSON" and name_key(left.text) in known and known[m.key] == 1:
            return [name_span(m.row, left, m.label), name_span(m.row, right, m.label)]
    return [m]
