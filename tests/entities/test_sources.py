"""Voice share on a small hand-made quotes table: persons counted once, the rest apart."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.base import catalogue
from helpers.entities import sources


def _quotes() -> pd.DataFrame:
    rows = [  # outlet, speaker, speaker_type, kind, words
        ("A", "Ana Silva", "person", "direct", 10),
        ("A", "Ana Silva", "person", "direct", 5),
        ("A", "Tom Fisher", "person", "direct", 5),
        ("A", "ministry", "organisation", "direct", 10),
        ("A", "senior official", "anonymous", "direct", 10),
        ("A", "Tom Fisher", "person", "indirect", 40),
        ("B", "unattributed", "unattributed", "direct", 4),
    ]
    return pd.DataFrame(
        [("a.txt", o, 1, 1, "...", s, t, k, "say", w) for o, s, t, k, w in rows],
        columns=catalogue.columns("quotes"),
    )


def test_voice_share_counts_people_with_shares_of_all_quotes():
    voice = sources.voice_share(_quotes())
    assert list(voice.columns) == catalogue.columns("voice_share")
    rows = list(zip(voice["speaker"], voice["quotes"], voice["words"], strict=True))
    assert rows == [("Ana Silva", 2, 15), ("Tom Fisher", 1, 5)]  # B quotes no person
    assert voice["quote_share"].tolist() == [2 / 5, 1 / 5]
    assert voice["word_share"].tolist() == [15 / 40, 5 / 40]


def test_kinds_choose_direct_indirect_or_both():
    both = sources.voice_share(_quotes(), kinds="both").set_index("speaker")
    assert both.loc["Tom Fisher", "words"] == 45
    indirect = sources.voice_share(_quotes(), kinds="indirect")
    assert indirect["speaker"].tolist() == ["Tom Fisher"] and indirect["word_share"].iloc[0] == 1
    with pytest.raises(ValueError, match="quote kinds 'all'"):
        sources.voice_share(_quotes(), kinds="all")


def test_a_partial_quotation_is_in_quotation_marks_and_reported_speech_and_one_act():
    """'Tom Fisher said the plan was "a disgrace"' beside his direct quote (5 words) and his
    reported speech (40 words): one speech act, a partial row of 2 words (reported speech
    leaves that clause to the quotation). Its words are in quotation marks (direct: 2
    quotes, 7 words) and it is reported speech (indirect: 2 acts, 42 words); all his speech
    acts are 3, 47 words."""
    table = pd.concat(
        [_quotes(), _quotes().iloc[[5]].assign(kind="partial", words=2)], ignore_index=True
    )
    counted = {}
    for kinds in ("direct", "indirect", "both"):
        voice = sources.voice_share(table, kinds=kinds).set_index("speaker")
        counted[kinds] = (voice.loc["Tom Fisher", "quotes"], voice.loc["Tom Fisher", "words"])
    assert counted == {"direct": (2, 7), "indirect": (2, 42), "both": (3, 47)}


def test_source_share_says_how_much_went_to_organisations_and_anonymous_sources():
    table = sources.source_share(_quotes())
    assert list(table.columns) == catalogue.columns("voice_sources")
    rows = list(zip(table["outlet"], table["speaker_type"], table["quotes"], strict=True))
    assert rows == [
        ("A", "person", 3),
        ("A", "organisation", 1),
        ("A", "anonymous", 1),
        ("B", "unattributed", 1),
    ]
