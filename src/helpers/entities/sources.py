"""Voice share: whose words each outlet quotes, counted by person, beside how much went to
organisations, anonymous and unattributed sources (from the quotes table, `quotes.extract_quotes`).

Persons are canonical identities, so one person quoted under several spellings counts
once. Shares are of all the outlet's quotes of the chosen kinds, so that what an
organisation or an anonymous source said is shown apart, not spread over the people.
"""

from __future__ import annotations

import pandas as pd

from helpers.base import catalogue
from helpers.base.catalogue import (
    DIRECT,
    INDIRECT,
    PARTIAL,
    PERSON,
    QUOTED_KINDS,
    SPEAKER_TYPES,
)

# A partial quotation ("said it was 'pitiful'") is both: the speaker's words in quotation
# marks, and the reported speech that holds them (`reported` leaves that clause to the
# quotation, so the speech act is one row). `direct` counts what is in quotation marks,
# `indirect` every reported speech act, `both` every speech act once.
KINDS = {
    "direct": QUOTED_KINDS,
    "indirect": (INDIRECT, PARTIAL),
    "both": (DIRECT, INDIRECT, PARTIAL),
}


def voice_share(quotes: pd.DataFrame, kinds: str = "direct") -> pd.DataFrame:
    """Quotes and quoted words per person per outlet (the `voice_share` table), with shares of all
    the outlet's quotes of those `kinds` (a key of `KINDS`: direct, the words in quotation
    marks; indirect, reported speech; or both)."""
    chosen = _of_kinds(quotes, kinds)
    people = chosen[chosen["speaker_type"] == PERSON]
    table = _shares(people.groupby(["outlet", "speaker"]), chosen)
    table = table.sort_values(["outlet", "words", "speaker"], ascending=[True, False, True])
    return table[catalogue.columns("voice_share")].reset_index(drop=True)


def source_share(quotes: pd.DataFrame, kinds: str = "direct") -> pd.DataFrame:
    """Quotes and quoted words per speaker type per outlet (the `voice_sources` table): how much went to
    people, organisations, anonymous and unattributed sources."""
    chosen = _of_kinds(quotes, kinds)
    table = _shares(chosen.groupby(["outlet", "speaker_type"]), chosen)
    order = table["speaker_type"].map({t: n for n, t in enumerate(SPEAKER_TYPES)})
    table = table.assign(order=order).sort_values(["outlet", "order"])
    return table[catalogue.columns("voice_sources")].reset_index(drop=True)


def _of_kinds(quotes: pd.DataFrame, kinds: str) -> pd.DataFrame:
    if kinds not in KINDS:
        raise ValueError(f"quote kinds {kinds!r}: use one of {', '.join(KINDS)}")
    return quotes[quotes["kind"].isin(KINDS[kinds])]


def _shares(groups: pd.core.groupby.DataFrameGroupBy, chosen: pd.DataFrame) -> pd.DataFrame:
    table = groups.agg(quotes=("quote", "size"), words=("words", "sum")).reset_index()
    totals = chosen.groupby("outlet").agg(quotes=("quote", "size"), words=("words", "sum"))
    for column in ("quotes", "words"):
        total = table["outlet"].map(totals[column])
        table[f"{column[:-1]}_share"] = table[column] / total.where(total > 0)
    return table
