"""The parsing stage as the entities notebook runs it: three passes over parts of the corpus.

The corpus is cut into parts of whole articles, about `batch_size` paragraphs each, and a
runner (`runners`: this process, local worker processes or a Dask cluster) works on the
parts. Only one part's spaCy `Doc`s are alive per worker at a time, so memory is bounded by
the part and the longest article, not by the corpus. The first pass parses (and fills the
parse cache); the later passes read parses back from the cache, which costs a small
fraction of parsing:

1. name evidence of the whole corpus, and the sentences table the framing notebook reads;
2. each article's names, resolved with that evidence, then merged into identities here;
3. each article's quotes, with speakers resolved to the merged identities.

Parts are whole articles and results are put back in corpus order, so the tables are the
same for every runner and every part size.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import reduce
from pathlib import Path

import pandas as pd
from spacy.tokens import Doc

from helpers.base.runners import InProcess, Runner
from helpers.entities import identities, parsing, quotes, sentences
from helpers.entities.corpus_names import NameEvidence
from helpers.entities.name_spans import name_evidence
from helpers.entities.names import Aliases


@dataclass(frozen=True)
class ParseSettings:
    """How to parse: the model's package name ('' for the default), the cache file, and
    paragraphs per part (the unit of work and of memory). Without a cache file each of the
    three passes parses again: slower, same tables."""

    model: str = ""
    cache: Path | None = None
    batch_size: int = 256


@dataclass(frozen=True)
class ArticlePart:
    """Paragraph rows of whole articles, with their headlines and, for the quotes pass,
    their merged mentions."""

    paragraphs: pd.DataFrame
    headlines: Mapping[str, str]
    mentions: pd.DataFrame | None = None


@dataclass
class EntityTables:
    """What the entities notebook writes: mentions, quotes and the sentences table."""

    mentions: pd.DataFrame
    quotes: pd.DataFrame
    sentences: pd.DataFrame


def article_parts(
    paragraphs: pd.DataFrame, headlines: Mapping[str, str], size: int
) -> list[ArticlePart]:
    """Consecutive whole articles, a part ending with the first article that brings it to
    `size` paragraphs or more (so a part holds under `size` plus its last article's)."""
    parts, start = [], 0
    runs = (paragraphs["file"] != paragraphs["file"].shift()).cumsum()
    ends = runs.groupby(runs, sort=False).size().cumsum()
    for end in ends:
        if end - start >= size or end == ends.iloc[-1]:
            rows = paragraphs.iloc[start:end]
            files = dict.fromkeys(rows["file"])
            parts.append(ArticlePart(rows, {f: headlines.get(f) or "" for f in files}))
            start = end
    return parts


def _parsed(part: ArticlePart, settings: ParseSettings, headlines: bool) -> tuple[list[Doc], dict]:
    pipeline = parsing.shared_pipeline(settings.model)
    files = [file for file, text in part.headlines.items() if text] if headlines else []
    texts = [*part.paragraphs["text"], *(part.headlines[f] for f in files)]
    docs = list(parsing.parse_texts(pipeline, texts, settings.cache, batch_size=max(1, len(texts))))
    rows = len(part.paragraphs)
    return docs[:rows], dict(zip(files, docs[rows:], strict=True))


def evidence_and_sentences(
    part: ArticlePart, settings: ParseSettings, aliases: Aliases
) -> tuple[NameEvidence, pd.DataFrame]:
    """Pass 1 on one part: its name evidence and its sentences table (headlines included)."""
    docs, headline_docs = _parsed(part, settings, headlines=True)
    return name_evidence(docs, aliases.titles), sentences.sentence_rows(
        part.paragraphs, docs, headline_docs
    )


def part_names(
    part: ArticlePart, settings: ParseSettings, evidence: NameEvidence, aliases: Aliases
) -> pd.DataFrame:
    """Pass 2 on one part: `identities.article_mentions` with the whole corpus's evidence."""
    docs, _ = _parsed(part, settings, headlines=False)
    return identities.article_mentions(part.paragraphs, docs, evidence, aliases)


def part_quotes(
    part: ArticlePart, settings: ParseSettings, speech_verbs: frozenset[str]
) -> pd.DataFrame:
    """Pass 3 on one part: its quotes, speakers named by the part's merged mentions."""
    docs, _ = _parsed(part, settings, headlines=False)
    return quotes.extract_quotes(part.paragraphs, docs, part.mentions, speech_verbs)


def entity_tables(
    paragraphs: pd.DataFrame,
    headlines: Mapping[str, str],
    aliases: Aliases,
    speech_verbs: frozenset[str],
    settings: ParseSettings,
    runner: Runner | None = None,
    include_attributive: bool = True,
    group_metonyms: bool = False,
) -> EntityTables:
    """Mentions (as `identities.extract_mentions`), quotes and sentences of every paragraph.

    `headlines` maps each file to its headline ('' for none); headlines are parsed too, for
    the lead-frames chart and for mentions in the headline (paragraph 0). `runner` runs the
    parts (default: in this process).
    """
    runner = runner or InProcess()
    parts = article_parts(paragraphs, headlines, settings.batch_size)
    evidence, all_sentences = _first_pass(runner, parts, settings, aliases, paragraphs)
    # Its lookups are computed here, once, and travel to the workers with it.
    _ = (evidence.known, evidence.people, evidence.surnames, evidence.people_index)
    names = runner.map(part_names, parts, settings, evidence, aliases, desc="names")
    mentions = identities.merge_identities(
        pd.concat(names, ignore_index=True)
        if names
        else identities.article_mentions(paragraphs.head(0), [], evidence, aliases),
        aliases,
        headlines,
        include_attributive,
        group_metonyms,
    )
    with_mentions = _with_mentions(parts, mentions)
    found = runner.map(part_quotes, with_mentions, settings, speech_verbs, desc="quotes")
    return EntityTables(
        mentions=mentions,
        quotes=pd.concat(found, ignore_index=True)
        if found
        else quotes.extract_quotes(paragraphs.head(0), [], mentions, speech_verbs),
        sentences=all_sentences,
    )


def _first_pass(
    runner: Runner,
    parts: list[ArticlePart],
    settings: ParseSettings,
    aliases: Aliases,
    paragraphs: pd.DataFrame,
) -> tuple[NameEvidence, pd.DataFrame]:
    """Parse every part: the corpus's name evidence, summed, and the sentences table (one
    table, the parts' own let go, before the later passes add theirs)."""
    first = runner.map(evidence_and_sentences, parts, settings, aliases, desc="parsing")
    evidence = reduce(NameEvidence.__add__, (e for e, _ in first), NameEvidence(Counter()))
    if not first:
        return evidence, sentences.sentence_rows(paragraphs.head(0), [])
    return evidence, pd.concat([table for _, table in first], ignore_index=True)


def _with_mentions(parts: list[ArticlePart], mentions: pd.DataFrame) -> list[ArticlePart]:
    """Each part with the merged mentions of its own articles, for the quotes pass."""
    by_file = mentions.groupby("file", sort=False)
    return [
        dataclasses.replace(
            part,
            mentions=pd.concat(
                [mentions.head(0)]
                + [by_file.get_group(f) for f in part.headlines if f in by_file.groups]
            ),
        )
        for part in parts
    ]
