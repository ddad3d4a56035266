"""The parsing stage as the entities notebook runs it: three streaming passes over the corpus.

Only one batch of spaCy `Doc`s is alive at a time, so memory is bounded by the batch and
the longest article, not by the corpus. The first pass parses (and fills the parse cache);
the later passes read parses back from the cache, which costs a small fraction of parsing:

1. name evidence of the whole corpus, and the sentences table the framing notebook reads;
2. each article's names, resolved with that evidence, then merged into identities;
3. each article's quotes, with speakers resolved to the merged identities.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from spacy.language import Language

from helpers import entities, nlp, quotes, sentences
from helpers.name_spans import NameEvidence, name_evidence
from helpers.names import Aliases


@dataclass(frozen=True)
class ParseSettings:
    """How to parse: the cache file, paragraphs per batch, processes, progress bars."""

    cache: Path | None = None
    batch_size: int = 256
    n_process: int = 1
    progress: bool = False


@dataclass
class EntityTables:
    """What the entities notebook writes: mentions, quotes and the sentences table."""

    mentions: pd.DataFrame
    quotes: pd.DataFrame
    sentences: pd.DataFrame


def _articles(
    pipeline: Language, paragraphs: pd.DataFrame, settings: ParseSettings, progress: bool
):
    return nlp.parse_by_article(
        pipeline, paragraphs, settings.cache, settings.batch_size, settings.n_process, progress
    )


def entity_tables(
    pipeline: Language,
    paragraphs: pd.DataFrame,
    headlines: Mapping[str, str],
    aliases: Aliases,
    speech_verbs: frozenset[str],
    settings: ParseSettings,
    include_attributive: bool = True,
    group_metonyms: bool = False,
) -> EntityTables:
    """Mentions (as `entities.extract_mentions`), quotes and sentences of every paragraph.

    `headlines` maps each file to its headline ('' for none); headlines are parsed too, for
    the lead-frames chart and for mentions in the headline (paragraph 0).
    """
    files = [file for file in dict.fromkeys(paragraphs["file"]) if headlines.get(file)]
    headline_docs = dict(
        zip(
            files,
            nlp.parse_texts(pipeline, [headlines[f] for f in files], settings.cache),
            strict=True,
        )
    )
    evidence = NameEvidence(Counter(), frozenset())
    sentence_parts = []
    for rows, docs in _articles(pipeline, paragraphs, settings, settings.progress):
        evidence = evidence + name_evidence(docs, aliases.titles)
        sentence_parts.append(sentences.sentence_rows(rows, docs, headline_docs))
    names = [
        entities.article_mentions(rows, docs, evidence, aliases)
        for rows, docs in _articles(pipeline, paragraphs, settings, False)
    ]
    mentions = entities.merge_identities(
        pd.concat(names, ignore_index=True)
        if names
        else entities.article_mentions(paragraphs.head(0), [], evidence, aliases),
        aliases,
        headlines,
        include_attributive,
        group_metonyms,
    )
    by_file = dict(tuple(mentions.groupby("file", sort=False)))
    found = [
        quotes.extract_quotes(
            rows, docs, by_file.get(rows["file"].iloc[0], mentions.head(0)), speech_verbs
        )
        for rows, docs in _articles(pipeline, paragraphs, settings, False)
    ]
    return EntityTables(
        mentions=mentions,
        quotes=pd.concat(found, ignore_index=True)
        if found
        else quotes.extract_quotes(paragraphs.head(0), [], mentions, speech_verbs),
        sentences=pd.concat(sentence_parts, ignore_index=True)
        if sentence_parts
        else sentences.sentence_rows(paragraphs.head(0), []),
    )
