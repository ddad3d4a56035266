"""Findings sentences from the outlet tests: a difference is stated only where its
Benjamini–Hochberg q is under 0.05, largest differences first; where none is, one sentence
says so, why, and roughly how many articles the most promising difference would need.
"""

from __future__ import annotations

from collections.abc import Collection

import pandas as pd

from helpers.framing.assignments import smallest_p
from helpers.framing.outlet_tests import FALSE_DISCOVERY_RATE, KINDS

NAMES = {"frame": "frames", "voice": "quoted voices", "tone": "tone", "word": "word use"}
MOST = 5  # stated differences per kind; the tests table lists every one


def _share(value: float) -> str:
    return f"{value:.0%}"


def describe(row: pd.Series) -> str:
    """A tested difference in words, with both sides' values."""
    if row["kind"] == "frame" and row["measure"].startswith("share of its articles"):
        return (
            f"the model finds {row['subject']} in {_share(row['outlet_value'])} of "
            f"{row['outlet']}'s articles and {_share(row['rest_value'])} of the other outlets'"
        )
    if row["kind"] == "frame":
        return (
            f"{row['outlet']}'s articles give {row['subject']} ({row['codebook']} keywords) "
            f"{_share(row['outlet_value'])} of their paragraph sentences on average, the other "
            f"outlets' {_share(row['rest_value'])}"
        )
    if row["kind"] == "voice":
        return (
            f"{row['outlet']}'s articles give {row['subject']} {_share(row['outlet_value'])} of "
            f"their quoted words on average, the other outlets' {_share(row['rest_value'])}"
        )
    if row["kind"] == "tone":
        return (
            f"{row['outlet']}'s articles score {row['outlet_value']:+.2f} on VADER's compound "
            f"scale on average (an article's score: the mean of its sentences'), the other "
            f"outlets' {row['rest_value']:+.2f}"
        )
    return (
        f"{row['outlet']}'s articles use {row['subject']!r} {row['outlet_value']:.1f} times per "
        f"1,000 words on average, the other outlets' {row['rest_value']:.1f}"
    )


def _evidence(row: pd.Series) -> str:
    return (
        f"q = {row['q']:.3f}; {row['outlet_articles']} against {row['rest_articles']} "
        "articles, outlets shuffled across articles"
    )


def _stated(rows: pd.DataFrame, flagged: Collection[str], most: int) -> list[str]:
    ranked = rows.reindex(rows["difference"].abs().sort_values(ascending=False).index)
    found = []
    for _, row in ranked.head(most).iterrows():
        flag = (
            f" {row['outlet']} has an article about another event."
            if row["outlet"] in flagged
            else ""
        )
        text = describe(row)
        found.append(f"{text[0].upper()}{text[1:]} ({_evidence(row)}).{flag}")
    if len(ranked) > most:
        found.append(
            f"{len(ranked) - most} more difference(s) in {NAMES[rows['kind'].iloc[0]]} hold at "
            "q below 0.05: see the tests table."
        )
    return found


def _none_stated(tests: pd.DataFrame, kinds: list[str]) -> str:
    names = " or ".join(
        [", ".join(NAMES[k] for k in kinds[:-1]), NAMES[kinds[-1]]]
        if len(kinds) > 1
        else [NAMES[kinds[0]]]
    )
    text = (
        f"No outlet differs from the other outlets in {names} at q below {FALSE_DISCOVERY_RATE}: "
        f"{len(tests)} comparison(s), each tested by shuffling outlets across whole articles "
        "and adjusted together (Benjamini–Hochberg), so no such difference is stated here"
    )
    # One per design: 400 one-article outlets share theirs across some 100,000 comparisons.
    designs = tests[["outlet_articles", "rest_articles", "assignments"]].drop_duplicates()
    floor = min(
        smallest_p(int(mine + rest), int(mine), int(assignments))
        for mine, rest, assignments in designs.itertuples(index=False)
    )
    low, high = tests["outlet_articles"].min(), tests["outlet_articles"].max()
    if floor >= FALSE_DISCOVERY_RATE:
        counted = f"{low} article(s)" if low == high else f"{low} to {high} articles"
        text += (
            f". With {counted} per outlet, no test can give a p-value below {floor:.2f}, "
            "whatever the texts say"
        )
    promising = tests.dropna(subset=["articles_needed"])
    if len(promising):
        row = promising.loc[promising["articles_needed"].idxmin()]
        text += (
            f". The most promising difference ({describe(row)}) would need roughly "
            f"{int(row['articles_needed'])} articles per outlet, and as many from the others, "
            "to be stated if it held"
        )
    return text + "."


def tested_findings(
    tests: pd.DataFrame, flagged: Collection[str] = (), most: int = MOST
) -> list[str]:
    """Sentences for the differences that hold (q < 0.05), per kind in `KINDS` order, the
    largest `most` of each kind first; one sentence for the kinds where none holds."""
    found: list[str] = []
    silent = []
    for kind in KINDS:
        rows = tests[tests["kind"] == kind]
        if rows.empty:
            continue
        held = rows[rows["q"] < FALSE_DISCOVERY_RATE]
        if kind == "word":
            held = held[held["difference"] > 0]
        if held.empty:
            silent.append(kind)
            continue
        found += _stated(held, flagged, most)
    if silent:
        found.append(_none_stated(tests[tests["kind"].isin(silent)], silent))
    return found
