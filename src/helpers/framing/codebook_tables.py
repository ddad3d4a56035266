"""The tables a codebook gives: every paragraph sentence carrying a frame (`frame_evidence`),
each outlet's share of each frame with a bootstrap interval over its articles
(`frame_shares`), and what each article leads with (`lead_frames`).

Every function reads the sentences table (written by `helpers.entities.sentences`), not the
parses, so a changed codebook re-runs without spaCy. Shares and evidence count the
paragraphs' sentences; headline rows (paragraph 0) are read only for what an article leads
with. Which frames a sentence carries is `codebooks.match_sentence`.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from helpers.base import catalogue
from helpers.base.columns import column_lists
from helpers.base.sentence_table import HEADLINE, body
from helpers.framing.codebooks import Codebook, match_sentence


def frame_evidence(sentences: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """Every paragraph sentence that carries a frame, once per frame, with the terms that matched."""
    rows = [
        (codebook.name, s.file, s.outlet, s.paragraph, s.sentence, s.text, frame, "; ".join(terms))
        for s in body(sentences).itertuples(index=False)
        for frame, terms in match_sentence(s.lemmas, s.forms, codebook).items()
    ]
    return pd.DataFrame(rows, columns=catalogue.columns("frame_evidence"))


def frame_shares(
    sentences: pd.DataFrame,
    codebook: Codebook,
    iterations: int = 1000,
    seed: int = 0,
    confidence: float = 0.95,
) -> pd.DataFrame:
    """Per outlet and frame: paragraph sentences carrying it, the outlet's paragraph sentences,
    their share (with a bootstrap interval over the outlet's articles, fixed seed) and the
    share of the outlet's words they hold.

    A bootstrap resample draws the outlet's articles with replacement and pools their
    sentences: an article's sentences share its author and topic, so resampling sentences
    as if independent gave intervals too narrow (on 400 PolNeAR articles, generic codebook,
    the article intervals are 1.9 times as wide, median, from 1.1 to 3.6). An outlet with
    one article has no interval (empty): nothing shows how its articles vary.
    """
    if iterations < 1:
        raise ValueError(f"iterations must be at least 1, got {iterations}")
    file, outlet, words, lemmas, forms = column_lists(
        body(sentences), ("file", "outlet", "words", "lemmas", "forms")
    )
    names = codebook.names
    carries = np.array(
        [
            [frame in found for frame in names]
            for found in map(match_sentence, lemmas, forms, [codebook] * len(lemmas))
        ],
        dtype=float,
    ).reshape(len(lemmas), len(names))
    codes, outlets = pd.factorize(pd.Series(outlet, dtype=str), sort=True)
    totals = np.bincount(codes, minlength=len(outlets))
    carried = np.zeros((len(outlets), len(names)))
    np.add.at(carried, codes, carries)
    carried_words = np.zeros((len(outlets), len(names)))
    np.add.at(carried_words, codes, carries * np.array(words, dtype=float)[:, None])
    outlet_words = np.bincount(codes, weights=np.array(words, dtype=float), minlength=len(outlets))
    share = carried / totals[:, None]
    articles, article_names = pd.factorize(pd.Series(file, dtype=str))
    per_article = np.zeros((len(article_names), len(names)))
    np.add.at(per_article, articles, carries)
    article_outlet = np.zeros(len(article_names), dtype=int)
    article_outlet[articles] = codes
    bounds = _bootstrap_bounds(
        article_outlet,
        per_article,
        np.bincount(articles),
        len(outlets),
        iterations,
        seed,
        confidence,
    )
    table = pd.DataFrame(
        {
            "codebook": codebook.name,
            "outlet": np.repeat(np.asarray(outlets, dtype=object), len(names)),
            "frame": names * len(outlets),
            "sentences": carried.astype(int).ravel(),
            "outlet_sentences": np.repeat(totals, len(names)),
            "share": share.ravel(),
            "ci_low": bounds[:, 0].ravel(),
            "ci_high": bounds[:, 1].ravel(),
            "words_share": (carried_words / np.maximum(outlet_words, 1)[:, None]).ravel(),
        }
    )
    return table[catalogue.columns("frames")]


def _bootstrap_bounds(
    outlet_of: np.ndarray,
    carried: np.ndarray,
    sentences: np.ndarray,
    outlets: int,
    iterations: int,
    seed: int,
    confidence: float,
) -> np.ndarray:
    """Per outlet and frame, the bootstrap interval's (low, high) over the outlet's articles
    (`outlet_of` each article's outlet, `carried` its sentences carrying each frame,
    `sentences` its paragraph sentences): percentiles of the pooled share of `iterations`
    resamples of its articles; NaN for an outlet with one article. Shape (outlets, 2, frames)."""
    rng = np.random.default_rng(seed)
    tail = (1 - confidence) / 2 * 100
    bounds = np.full((outlets, 2, carried.shape[1]), np.nan)
    for outlet in range(outlets):
        mine = np.flatnonzero(outlet_of == outlet)
        if len(mine) < 2:
            continue
        drawn = rng.multinomial(len(mine), np.full(len(mine), 1 / len(mine)), iterations)
        shares = (drawn @ carried[mine]) / (drawn @ sentences[mine])[:, None]
        bounds[outlet] = np.percentile(shares, [tail, 100 - tail], axis=0)
    return bounds


def lead_frames(
    sentences: pd.DataFrame, codebook: Codebook, lead_paragraphs: int = 3
) -> pd.DataFrame:
    """What each article leads with: frames in its headline (the paragraph-0 rows) and in its
    first `lead_paragraphs` paragraphs, with how many sentences carry each. The residual
    frame is left out: an article does not lead with "no frame"."""
    frames = [f.name for f in codebook.frames if not f.residual]
    paragraphs = body(sentences)
    rank = paragraphs.groupby("file", sort=False)["paragraph"].rank(method="dense")
    parts = [
        (s.file, "headline", s.lemmas, s.forms)
        for s in sentences[sentences["paragraph"] == HEADLINE].itertuples(index=False)
    ]
    lead = paragraphs[rank <= lead_paragraphs]
    parts += [(s.file, "lead", s.lemmas, s.forms) for s in lead.itertuples(index=False)]
    outlets = dict(zip(sentences["file"], sentences["outlet"], strict=True))
    terms_by_key: dict[tuple[str, str, str], dict[str, None]] = {}
    counts: dict[tuple[str, str, str], int] = {}
    for file, part, lemmas, forms in parts:
        for frame, terms in match_sentence(lemmas, forms, codebook).items():
            if frame in frames:
                key = (file, part, frame)
                counts[key] = counts.get(key, 0) + 1
                terms_by_key.setdefault(key, {}).update(dict.fromkeys(terms))
    order = sorted(counts, key=lambda k: (k[0], k[1] != "headline", frames.index(k[2])))
    rows = [
        (
            codebook.name,
            file,
            outlets[file],
            part,
            frame,
            counts[(file, part, frame)],
            "; ".join(terms_by_key[(file, part, frame)]),
        )
        for file, part, frame in order
    ]
    return pd.DataFrame(rows, columns=catalogue.columns("lead_frames"))
