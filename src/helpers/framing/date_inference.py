"""Undated articles placed in the event by what they share with dated ones.

An article whose text, captions and manifest name no day (`events`) can still be placed: an
article about the same event names the same people, places and organisations, and wire copy
shares whole passages. Its date is inferred, never stated, and the evidence says from what:

1. Shared passages (the cleaning stage's `reuse` table): when every dated article it shares
   a passage with reports the same day, it gets that day.
2. Else shared names (the mentions table's entities): its resemblance to a dated article is
   the Jaccard index of their sets of entities, and its resemblance to a day the largest
   over that day's articles. It gets the day it resembles most when (a) it resembles that
   day's articles as much as they resemble each other (the median, over the day's
   articles, of each one's resemblance to its nearest fellow; a day reported by one
   article alone is held to the lowest such figure of the other days) and (b) it resembles
   that day at least `MARGIN` times as much as any other day.

Otherwise it stays undated, with the closest dated article in its evidence. The median in
(a) is cautious on purpose: a wrong inferred day would hide an article about another event.
On PolNeAR stories and the seeds, names told stories apart better than shared distinctive
words, and the median kept wrong placements rarer than the lowest figure did
(`benchmarks/date_inference.py`, README).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
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


def resemblance(
    names: Mapping[str, set[str]], files: list[str], others: list[str] | None = None
) -> np.ndarray:
    """Jaccard index of the entity sets of every pair of `files` (1 on the diagonal), or of
    each of `files` against each of `others`: only the pairs a caller reads, since the
    whole corpus's square grows with the square of its articles."""
    others = files if others is None else others
    vocabulary = {
        e: i for i, e in enumerate(sorted({e for f in files + others for e in names.get(f, ())}))
    }

    def present(group: list[str]) -> sparse.csr_matrix:
        rows = [i for i, f in enumerate(group) for _ in names.get(f, ())]
        columns = [vocabulary[e] for f in group for e in sorted(names.get(f, ()))]
        shape = (len(group), len(vocabulary))
        return sparse.csr_matrix((np.ones(len(rows)), (rows, columns)), shape=shape)

    shared = (present(files) @ present(others).T).toarray()
    sizes = [
        np.array([len(names.get(f, ())) for f in group], dtype=float) for group in (files, others)
    ]
    union = sizes[0][:, None] + sizes[1][None, :] - shared
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(union > 0, shared / union, 0.0)


def day_references(similar: Callable[[list[int]], np.ndarray], days: list[str]) -> dict[str, float]:
    """Per day reported by two or more articles: how much its articles resemble each other
    (the median, rounded down to one of them, of each one's resemblance to its nearest
    fellow); a day reported once gets the lowest figure of the other days, and none when
    no day has two articles. `similar` gives the resemblance of the articles at the given
    positions of `days` among themselves: one day's block, never the whole square."""
    found = {}
    for day in sorted(set(days)):
        members = [i for i, d in enumerate(days) if d == day]
        if len(members) > 1:
            block = similar(members) - 2 * np.eye(len(members))
            found[day] = float(np.quantile(block.max(axis=1), 0.5, method="lower"))
    lowest = min(found.values(), default=None)
    return {day: found.get(day, lowest) for day in set(days) if lowest is not None}


def shared_passages(reuse: pd.DataFrame | None) -> dict[str, Counter[str]]:
    """Per article, the passages it shares with each other article (both ways round)."""
    partners: dict[str, Counter[str]] = {}
    if reuse is not None and len(reuse):
        for a, b in zip(*column_lists(reuse, ("file_a", "file_b")), strict=True):
            if a != b:
                partners.setdefault(a, Counter())[b] += 1
                partners.setdefault(b, Counter())[a] += 1
    return partners


@dataclass(frozen=True)
class Days:
    """The dated articles by day, with what placing an undated article reads."""

    files: list[str]
    day_of: dict[str, str]  # file -> day
    members: dict[str, np.ndarray]  # day -> positions of its articles in `files`
    references: dict[str, float]  # see `day_references`
    naming: dict[str, Counter[str]]  # day -> how many of its articles name each entity
    only: dict[str, set[str]]  # day -> the entities no article of another day names

    @classmethod
    def build(cls, dated: Mapping[str, str], names: Mapping[str, set[str]]) -> Days:
        """From the dated articles (file -> day) and their entities."""
        files, days = list(dated), list(dated.values())
        naming = {day: Counter() for day in days}
        named_by: dict[str, set[str]] = {}
        for file, day in dated.items():
            naming[day].update(names.get(file, ()))
            for entity in names.get(file, ()):
                named_by.setdefault(entity, set()).add(day)
        only = {day: {e for e in naming[day] if named_by[e] == {day}} for day in naming}
        members = {d: np.array([i for i, x in enumerate(days) if x == d]) for d in sorted(naming)}

        def similar(positions: list[int]) -> np.ndarray:
            return resemblance(names, [files[i] for i in positions])

        return cls(files, dict(dated), members, day_references(similar, days), naming, only)

    def nearest(self, row: np.ndarray, day: str, count: int = SHOWN) -> list[int]:
        """Positions of the day's articles most like the one `row` describes, best first."""
        members = self.members[day]
        return members[np.argsort(-row[members], kind="stable")[:count]].tolist()


def _names(outlets: Mapping[str, str], files: list[str], scores: list[float]) -> str:
    return ", ".join(f"{outlets[f]} ({f}) {s:.0%}" for f, s in zip(files, scores, strict=True))


def place(
    file: str,
    row: np.ndarray,
    days: Days,
    outlets: Mapping[str, str],
    names: Mapping[str, set[str]],
    partners: Counter[str],
) -> Placement:
    """The day of one undated article (see the module notes), with its evidence; `row` is
    its resemblance to each dated article, `partners` its passages shared with each."""
    by_passage = {f: n for f, n in sorted(partners.items()) if f in days.day_of}
    if by_passage and len({days.day_of[f] for f in by_passage}) == 1:
        day = days.day_of[next(iter(by_passage))]
        shown = "; ".join(f"{n} with {outlets[f]} ({f})" for f, n in by_passage.items())
        return Placement(day, f"inferred: shares passages with articles of {day} only ({shown})")
    best = {day: float(row[days.nearest(row, day, 1)[0]]) for day in days.members}
    ranked = sorted(best, key=lambda d: (-best[d], d))
    if not ranked:
        return Placement("", "no dated article to compare it with")
    day, score = ranked[0], best[ranked[0]]
    runner = best[ranked[1]] if len(ranked) > 1 else 0.0
    reference = days.references.get(day)
    fellows = days.nearest(row, day)
    if reference is None or score < reference or score < MARGIN * runner or score == 0:
        nearest = days.files[fellows[0]]
        closest = f"closest: {outlets[nearest]} ({nearest}, {day}) {score:.0%}"
        if reference is None:
            why = "no two dated articles report one day, so there is nothing to measure it against"
        elif score < reference:
            why = f"{closest}; articles of {day} resemble each other more (median {reference:.0%})"
        else:
            why = f"{closest}, but articles of another day are nearly as close ({runner:.0%})"
        return Placement("", f"not placed by the names it shares with dated articles ({why})")
    only = sorted(names.get(file, set()) & days.only[day], key=lambda e: (-days.naming[day][e], e))
    return Placement(
        day,
        f"inferred: shares people, places and organisations with "
        f"{_names(outlets, [days.files[i] for i in fellows], [row[i] for i in fellows])}, "
        f"dated {day}, as much as those resemble each other (median {reference:.0%})"
        + (f", against at most {runner:.0%} with articles of other days" if runner else "")
        + (f"; named only by articles of {day}: {', '.join(only[:SHOWN_NAMES])}" if only else ""),
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
    matrix = resemblance(names, undated, list(dated))
    days = Days.build(dated, names)
    partners = shared_passages(reuse)
    naming = Counter(e for found in names.values() for e in found)

    def rarest(entity: str) -> tuple[int, str]:  # the names fewest articles use tell most
        return naming[entity], entity

    # Built column by column: the table has (undated x days x SHOWN) rows, and rows as
    # tuples held twice its size while the DataFrame was made of them.
    placements, columns = {}, [[] for _ in catalogue.columns("date_inference")]
    for number, file in enumerate(undated):
        row = matrix[number]
        mine = partners.get(file, Counter())
        placements[file] = place(file, row, days, outlets, names, mine)
        for day in days.members:
            for i in days.nearest(row, day):
                other = days.files[i]
                shared = sorted(names.get(file, set()) & names.get(other, set()), key=rarest)
                values = (file, outlets[file], other, outlets[other], day, round(float(row[i]), 4),
                          len(shared), mine[other], "; ".join(shared[:SHOWN_NAMES]))  # fmt: skip
                for column, value in zip(columns, values, strict=True):
                    column.append(value)
    table = pd.DataFrame(dict(zip(catalogue.columns("date_inference"), columns, strict=True)))
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
