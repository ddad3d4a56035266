"""Undated articles placed in the event by what they share with dated ones.

An article whose text, captions and manifest name no day (`events`) can still be placed: an
article about the same event names the same people, places and organisations, and wire copy
shares whole passages. Its date is inferred, never stated, and the evidence says from what:

1. Shared passages (the cleaning stage's `reuse` table): when every dated article it shares
   a passage with reports the same day, it gets that day.
2. Else shared names (the mentions table's entities): its resemblance to a dated article is
   the Jaccard index of their sets of entities, and its resemblance to a day the largest
   over that day's articles. It gets the day it resembles most when (a) it resembles that
   day's articles at least as much as they resemble each other (the lowest, over the
   day's articles, of each one's resemblance to its nearest fellow; a day reported by one
   article alone is held to the lowest such figure of the other days) and (b) it resembles
   that day at least `MARGIN` times as much as any other day.

Otherwise it stays undated, with the closest dated article in its evidence. On PolNeAR
stories and the seeds, names separated stories better than shared distinctive words
(`benchmarks/date_inference.py`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Protocol

import numpy as np
import pandas as pd
from scipy import sparse

from helpers.base import catalogue
from helpers.base.columns import column_lists

MARGIN = 1.25  # the day it resembles most, by at least this factor over any other day
SHOWN = 3  # dated articles named in the evidence, and candidates kept per day in the table
SHOWN_NAMES = 5


@dataclass(frozen=True)
class Placement:
    """The inferred day of an undated article ('' when none), and why."""

    date: str
    evidence: str


def entity_sets(mentions: pd.DataFrame) -> dict[str, set[str]]:
    """The entities each article mentions (headline included)."""
    found: dict[str, set[str]] = {}
    for file, entity in zip(*column_lists(mentions, ("file", "entity")), strict=True):
        found.setdefault(file, set()).add(entity)
    return found


def resemblance(names: Mapping[str, set[str]], files: list[str]) -> np.ndarray:
    """Jaccard index of the entity sets of every pair of `files` (1 on the diagonal)."""
    vocabulary = {e: i for i, e in enumerate(sorted({e for f in files for e in names.get(f, ())}))}
    rows = [i for i, f in enumerate(files) for _ in names.get(f, ())]
    columns = [vocabulary[e] for f in files for e in sorted(names.get(f, ()))]
    present = sparse.csr_matrix(
        (np.ones(len(rows)), (rows, columns)), shape=(len(files), len(vocabulary))
    )
    shared = (present @ present.T).toarray()
    sizes = np.diag(shared)
    union = sizes[:, None] + sizes[None, :] - shared
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(union > 0, shared / union, 0.0)


def day_references(similar: np.ndarray, days: list[str]) -> dict[str, float]:
    """Per day reported by two or more articles: how much its articles resemble each other
    (the lowest of each one's resemblance to its nearest fellow); a day reported once gets
    the lowest figure of the other days, and none when no day has two articles."""
    found = {}
    for day in sorted(set(days)):
        members = [i for i, d in enumerate(days) if d == day]
        if len(members) > 1:
            block = similar[np.ix_(members, members)] - 2 * np.eye(len(members))
            found[day] = float(block.max(axis=1).min())
    lowest = min(found.values(), default=None)
    return {day: found.get(day, lowest) for day in set(days) if lowest is not None}


def shared_passages(reuse: pd.DataFrame | None) -> Counter[tuple[str, str]]:
    """Passages each pair of articles shares, both ways round."""
    counts: Counter[tuple[str, str]] = Counter()
    if reuse is not None and len(reuse):
        for a, b in zip(*column_lists(reuse, ("file_a", "file_b")), strict=True):
            if a != b:
                counts[(a, b)] += 1
                counts[(b, a)] += 1
    return counts


def _names(outlets: Mapping[str, str], files: list[str], scores: np.ndarray) -> str:
    return ", ".join(f"{outlets[f]} ({f}) {s:.0%}" for f, s in zip(files, scores, strict=True))


def _names_of_day(
    file: str, day: str, dated: Mapping[str, str], names: Mapping[str, set[str]]
) -> list[str]:
    """The article's names that articles of `day` name and those of other days do not, the
    most widely named first."""
    counts = Counter(e for f in dated if dated[f] == day for e in names.get(f, ()))
    elsewhere = {e for f in dated if dated[f] != day for e in names.get(f, ())}
    mine = [e for e in names.get(file, ()) if e in counts and e not in elsewhere]
    return sorted(mine, key=lambda e: (-counts[e], e))[:SHOWN_NAMES]


def place(
    file: str,
    dated: Mapping[str, str],
    outlets: Mapping[str, str],
    names: Mapping[str, set[str]],
    similar: Mapping[str, float],
    references: Mapping[str, float],
    passages: Counter[tuple[str, str]],
) -> Placement:
    """The day of one undated article (see the module notes), with its evidence."""
    by_passage = {f: passages[(file, f)] for f in dated if passages[(file, f)]}
    if by_passage and len({dated[f] for f in by_passage}) == 1:
        day = dated[next(iter(by_passage))]
        shown = "; ".join(f"{n} with {outlets[f]} ({f})" for f, n in by_passage.items())
        return Placement(day, f"inferred: shares passages with articles of {day} only ({shown})")
    best: dict[str, tuple[float, str]] = {}
    for other, day in dated.items():
        best[day] = max(best.get(day, (-1.0, "")), (similar[other], other))
    ranked = sorted(best, key=lambda d: (-best[d][0], d))
    if not ranked:
        return Placement("", "no dated article to compare it with")
    day, (score, nearest) = ranked[0], best[ranked[0]]
    runner = best[ranked[1]][0] if len(ranked) > 1 else 0.0
    reference = references.get(day)
    closest = f"{outlets[nearest]} ({nearest}, {day}) {score:.0%}"
    if reference is None or score < reference or score < MARGIN * runner or score == 0:
        why = (
            "no two dated articles report one day, so there is nothing to measure it against"
            if reference is None
            else f"closest: {closest}; articles of {day} share at least {reference:.0%} with each other"
            + (f", and another day is as close ({runner:.0%})" if score >= reference else "")
        )
        return Placement("", f"not placed by the names it shares with dated articles ({why})")
    fellows = sorted((f for f in dated if dated[f] == day), key=lambda f: -similar[f])[:SHOWN]
    only = _names_of_day(file, day, dated, names)
    return Placement(
        day,
        f"inferred: shares people, places and organisations with "
        f"{_names(outlets, fellows, [similar[f] for f in fellows])}, dated {day}, as much as "
        f"those share with each other (at least {reference:.0%})"
        + (f", against at most {runner:.0%} with articles of other days" if runner else "")
        + (f"; named only by articles of {day}: {', '.join(only)}" if only else ""),
    )


@dataclass(frozen=True)
class Inferred:
    """The inferred day (or '') and evidence of each undated article, and the
    `date_inference` table: for each, its closest dated articles of every day."""

    placements: dict[str, Placement]
    table: pd.DataFrame


def infer_dates(
    dated: Mapping[str, str],
    undated: list[str],
    outlets: Mapping[str, str],
    mentions: pd.DataFrame,
    reuse: pd.DataFrame | None = None,
) -> Inferred:
    """Place each `undated` article by what it shares with the `dated` ones (file -> ISO day)."""
    names = entity_sets(mentions)
    files = [*dated, *undated]
    matrix = resemblance(names, files)
    position = {f: i for i, f in enumerate(files)}
    references = day_references(matrix[: len(dated), : len(dated)], list(dated.values()))
    passages = shared_passages(reuse)
    placements, rows = {}, []
    for file in undated:
        similar = {f: float(matrix[position[file], position[f]]) for f in dated}
        placements[file] = place(file, dated, outlets, names, similar, references, passages)
        for day in sorted(set(dated.values())):
            closest = sorted((f for f in dated if dated[f] == day), key=lambda f: -similar[f])
            for other in closest[:SHOWN]:
                shared = sorted(names.get(file, set()) & names.get(other, set()))
                rows.append(
                    (file, outlets[file], other, outlets[other], day, round(similar[other], 4),
                     len(shared), passages[(file, other)], "; ".join(shared[:SHOWN_NAMES]))
                )  # fmt: skip
    table = pd.DataFrame(rows, columns=catalogue.columns("date_inference"))
    return Inferred(placements, table)


class Dated(Protocol):
    """An article as `events` decides it: its day (None if undated), evidence and flag."""

    file: str
    outlet: str
    event: date | None
    evidence: str
    flagged: bool


def update_undated(
    articles: list[Dated],
    corpus_date: date | None,
    mentions: pd.DataFrame,
    reuse: pd.DataFrame | None,
    basis: dict[str, str],
) -> pd.DataFrame:
    """Give each undated article the day `infer_dates` places it on, marked `inferred` in
    `basis`, flagged when that is not the corpus date (which only stated dates decide);
    returns the `date_inference` table."""
    dated = {a.file: a.event.isoformat() for a in articles if a.event}
    undated = [a.file for a in articles if not a.event]
    outlets = {a.file: a.outlet for a in articles}
    found = infer_dates(dated, undated, outlets, mentions, reuse)
    for article in articles:
        placement = found.placements.get(article.file)
        if placement is None:
            continue
        if not placement.date:
            article.evidence = f"{article.evidence}; {placement.evidence}"
            continue
        article.event = date.fromisoformat(placement.date)
        article.evidence = placement.evidence
        article.flagged = corpus_date is not None and article.event != corpus_date
        basis[article.file] = "inferred"
    return found.table
