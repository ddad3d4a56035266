"""Named entities: one identity per person, place and organisation across every outlet.

Names are found in each paragraph's parse and, within an article, a surname or titled name
points at the article's full name (`name_spans`). Across articles, full names differing
only in spelling (Sergei / Sergey Lavrov) are one person unless the text shows them to be
relatives (`people_clusters`: George H. W. and George W. Bush), a surname alone joins the one
full name that ends with it or the one named ten times as often, or in ten times as many
articles, as the others whose names end or begin with it, an acronym joins the name the
text defines it for ("the International Monetary Fund (IMF)"), `data/aliases.yml` adds
what matching cannot know, and an identity's label is the majority vote over its mentions (title evidence counts PERSON).
A person's surname is then also found in their article where the model saw no entity
("Trump described...").

`extract_mentions` runs every step in one process. Over partitions of whole articles the
same steps give the identical table: `name_evidence` of each partition, summed; then
`article_mentions` of each partition with that sum (the last step to read parses); then
`merge_identities` of their tables concatenated in corpus order.

Mentions table: one row per mention. `paragraph` 0 is the headline, where the article's own
names are looked up as text (the model reads title case poorly); `sentence` numbers the
paragraph's sentences with words from 1, as the sentences table does (1 for the
headline); `start` and `end` are character offsets in the paragraph (or headline) text;
`attributive` marks a person's name used as a modifier ("the Trump administration"). A
place or organisation used as a modifier ("U.S. troops") is a plain mention of it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

import pandas as pd
from spacy.tokens import Doc, Span

from helpers.base import catalogue
from helpers.base.columns import column_lists
from helpers.entities.article_names import resolve_article
from helpers.entities.corpus_gender import by_corpus_gender
from helpers.entities.corpus_identities import corpus_identities
from helpers.entities.corpus_names import NameEvidence
from helpers.entities.given_names import join_given_names
from helpers.entities.headline_names import headline_mentions
from helpers.entities.name_context import is_modifier, is_titled
from helpers.entities.name_spans import (
    NameSpan,
    name_evidence,
    paragraph_names,
    untagged_repeats,
)
from helpers.entities.names import (
    Aliases,
    last_word,
    name_key,
)
from helpers.entities.names import (
    load_aliases as load_aliases,  # the notebooks call entities.load_aliases
)
from helpers.entities.people_clusters import (
    fathers_surnames,
)
from helpers.entities.shared_surnames import tell_apart

ARTICLE_COLUMNS = [
    "file", "outlet", "paragraph", "sentence", "start", "end", "text", "label", "person", "modifier",
    "untagged", "titled", "gender",
]  # fmt: skip
# Typed even when empty, so that a partition without names concatenates with the others
# without turning every column to object.
_ARTICLE_TYPES = {
    **dict.fromkeys(("file", "outlet", "text", "label", "person", "gender"), "str"),
    **dict.fromkeys(("paragraph", "sentence", "start", "end"), "int64"),
    **dict.fromkeys(("modifier", "untagged", "titled"), "bool"),
}


def extract_mentions(
    paragraphs: pd.DataFrame,
    docs: Sequence[Doc],
    aliases: Aliases,
    include_attributive: bool = True,
    headlines: Mapping[str, str] | None = None,
    group_metonyms: bool = False,
) -> pd.DataFrame:
    """Every mention of a person, place or organisation, with its canonical entity.

    Args:
        paragraphs: file, outlet, paragraph, line, text (one row per story paragraph).
        docs: `parsing.parse_texts` of `paragraphs["text"]`, one per row, in order.
        aliases: `load_aliases(...)`: curated aliases, metonym groups and titles.
        include_attributive: keep names used as modifiers ("the Trump campaign").
        headlines: {file: headline}; the article's names found there become paragraph 0.
        group_metonyms: name "Moscow", "Kremlin"... by their group in aliases.yml.
    Returns:
        The mentions table (columns: the `mentions` table in the catalogue) in article and text order.
    """
    docs = list(docs)
    found = article_mentions(paragraphs, docs, name_evidence(docs, aliases.titles), aliases)
    return merge_identities(found, aliases, headlines, include_attributive, group_metonyms)


def article_mentions(
    paragraphs: pd.DataFrame, docs: Sequence[Doc], evidence: NameEvidence, aliases: Aliases
) -> pd.DataFrame:
    """The names of whole articles, each article resolved on its own (`ARTICLE_COLUMNS`).

    Args:
        paragraphs: every paragraph of one or more articles, as for `extract_mentions`.
        docs: their parses, one per row, in order.
        evidence: `name_evidence` of the whole corpus (the sum over its partitions).
        aliases: `load_aliases(...)`; only the titles and the listed names are used here.
    Returns:
        One row per name in paragraph and text order. `label` is the article's reading,
        `person` the key of the full name a person's name resolves to ('' if none),
        `modifier` whether the span modifies a noun outside it (attributive if a person's).
        An `untagged` row is a word the model saw no entity in that repeats the last word
        of one of the article's names: a mention if that name turns out to be a person's.
        `gender` is what the article shows ('m', 'f' or ''): of a full name's person, and
        of a lone surname that several of its full names share (`shared_surnames`).
    """
    numbered = paragraphs.reset_index(drop=True)
    docs = _aligned(numbered, docs)
    articles = list(numbered.groupby("file", sort=False).indices.values())
    found = paragraph_names(docs, evidence, aliases.titles, articles, aliases.canonical.keys())
    join_given_names(docs, found, articles, evidence, aliases.titles)
    flat: list[tuple[NameSpan, bool]] = []
    genders: dict[tuple[int, int], str] = {}
    for rows in articles:
        names = [m for r in rows for m in found[r]]
        resolve_article(names, evidence)
        repeats = untagged_repeats(docs, found, rows, aliases.titles)
        genders.update(tell_apart(names, repeats, docs))
        flat += [(m, True) for m in repeats]
    flat += [(m, False) for names in found for m in names]
    flat.sort(key=lambda pair: (pair[0].row, pair[0].start))
    places = list(numbered[["file", "outlet", "paragraph"]].itertuples(index=False, name=None))
    records = []
    sentences_of: dict[int, list[tuple[int, Span]]] = {}
    for m, untagged in flat:
        doc = docs[m.row]
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        modifier, titled = is_modifier(span, aliases.titles), is_titled(span, aliases.titles)
        if m.row not in sentences_of:
            sentences_of[m.row] = numbered_sentences(doc)
        found_at = (*places[m.row], _sentence_number(sentences_of[m.row], span), m.start, m.end)
        gender = genders.get((m.row, m.start), "")
        records.append((*found_at, m.text, m.label, m.person, modifier, untagged, titled, gender))
    table = pd.DataFrame(records, columns=ARTICLE_COLUMNS)
    return table if records else table.astype(_ARTICLE_TYPES)


def merge_identities(
    mentions: pd.DataFrame,
    aliases: Aliases,
    headlines: Mapping[str, str] | None = None,
    include_attributive: bool = True,
    group_metonyms: bool = False,
) -> pd.DataFrame:
    """The corpus-level step: one canonical entity and label per mention (columns: the `mentions` table in the catalogue).

    Args:
        mentions: `article_mentions` of every article, concatenated in corpus order.
        aliases, headlines, include_attributive, group_metonyms: as for `extract_mentions`.
    """
    table = mentions.reset_index(drop=True)
    untagged = table["untagged"].astype(bool)
    named, labels, juniors = corpus_identities(table[~untagged], aliases)
    entity = dict(zip(table.index[~untagged], named, strict=True))
    entity.update(_surname_uses(table, entity, labels))
    entity.update(fathers_surnames(table["text"], entity, juniors))
    entity.update(by_corpus_gender(table, entity))
    table = table.loc[[i for i in table.index if i in entity]]
    table["entity"] = table.index.map(entity)
    table["label"] = table["entity"].map(labels)
    table["attributive"] = (table["label"] == "PERSON") & table["modifier"].astype(bool)
    mentions = table[catalogue.columns("mentions")].reset_index(drop=True)
    if headlines:
        order = {file: n for n, file in enumerate(mentions["file"].unique())}
        mentions = pd.concat([headline_mentions(mentions, headlines), mentions], ignore_index=True)
        by_article = mentions.assign(order=mentions["file"].map(order))
        mentions = mentions.loc[
            by_article.sort_values(["order", "paragraph", "start"], kind="stable").index
        ]
    if group_metonyms:
        group = mentions["text"].map(lambda text: aliases.metonyms.get(name_key(text)))
        mentions.loc[group.notna(), "entity"] = group[group.notna()]
        mentions.loc[group.notna(), "label"] = "ORG"
    if not include_attributive:
        mentions = mentions[~mentions["attributive"].astype(bool)]
    return mentions.astype({"attributive": bool}).reset_index(drop=True)


def numbered_sentences(doc: Doc) -> list[tuple[int, Span]]:
    """A paragraph's sentences that have words, numbered from 1 (as the mentions table does)."""
    spans = [s for s in doc.sents if any(not (t.is_punct or t.is_space) for t in s)]
    return list(enumerate(spans, start=1))


def _aligned(paragraphs: pd.DataFrame, docs: Sequence[Doc]) -> list[Doc]:
    """The docs as a list, after checking they are the paragraphs' parses, in order."""
    docs = list(docs)
    if len(docs) != len(paragraphs):
        raise ValueError(
            f"got {len(docs)} parsed docs for {len(paragraphs)} paragraph rows: pass the docs "
            "parsed from paragraphs['text'], one per row, in order"
        )
    for row, doc in zip(paragraphs.itertuples(index=False), docs, strict=True):
        if doc.text != row.text:
            raise ValueError(
                f"{row.file}, paragraph {row.paragraph}: the doc is not this paragraph's parse"
            )
    return docs


def _surname_uses(
    table: pd.DataFrame, entity: dict[int, str], labels: dict[str, str]
) -> dict[int, str]:
    """Entity of each untagged row repeating the surname of a person of its article: the
    person `shared_surnames.tell_apart` chose for it, else, where several of the article's
    people share it, the one the article names most often (the one named last of equals),
    as `article_names.resolve_article` reads a tagged surname."""
    by_file: dict[str, list[tuple[int, str, str, bool]]] = defaultdict(list)
    columns = ("file", "text", "person", "untagged")
    for i, file, *row in zip(table.index, *column_lists(table, columns), strict=True):
        by_file[file].append((i, *row))
    found = {}
    for rows in by_file.values():
        named = [
            (word, entity[i])
            for i, text, _, repeat in rows
            if not repeat and labels[entity[i]] == "PERSON" and (word := last_word(text))
        ]
        chosen = {p: entity[i] for i, _, p, repeat in rows if p and not repeat}
        counts = Counter(named)
        forms = {}
        for word, person in named:
            if counts[word, person] >= counts[word, forms.get(word, "")]:
                forms[word] = person
        found.update({i: forms[text] for i, text, _, repeat in rows if repeat and text in forms})
        found.update({i: chosen[p] for i, _, p, repeat in rows if repeat and p in chosen})
    return found


def _sentence_number(numbered: list[tuple[int, Span]], span: Span) -> int:
    """Number of the span's sentence among the paragraph's sentences with words
    (`numbered_sentences` of its paragraph)."""
    return next((n for n, s in numbered if span.start < s.end), len(numbered) or 1)
