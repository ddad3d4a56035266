"""The framing tables of several codebooks at once: each table holds every codebook's rows,
in the order the codebooks are given, so a chart or a finding selects its codebook by name."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from helpers.base import catalogue
from helpers.framing.codebook_tables import frame_evidence, frame_shares, lead_frames
from helpers.framing.codebooks import Codebook
from helpers.framing.tone import tone_table


@dataclass(frozen=True)
class FrameTables:
    """The `frames`, `frame_evidence`, `lead_frames` and `tone` tables of a run."""

    frames: pd.DataFrame
    evidence: pd.DataFrame
    lead: pd.DataFrame
    tone: pd.DataFrame


def frame_tables(
    sentences: pd.DataFrame,
    books: Sequence[Codebook],
    iterations: int = 1000,
    lead_paragraphs: int = 3,
) -> FrameTables:
    """Frame shares, evidence, lead frames and tone of the sentences for every codebook.

    Tone's `(all sentences)` rows do not depend on the codebook: they are kept once, under
    the first codebook.
    """

    def joined(name: str, tables: list[pd.DataFrame]) -> pd.DataFrame:
        return pd.concat(tables, ignore_index=True) if tables else catalogue.table(name).empty()

    tone = joined("tone", [tone_table(sentences, book) for book in books])
    return FrameTables(
        frames=joined("frames", [frame_shares(sentences, b, iterations) for b in books]),
        evidence=joined("frame_evidence", [frame_evidence(sentences, b) for b in books]),
        lead=joined("lead_frames", [lead_frames(sentences, b, lead_paragraphs) for b in books]),
        tone=tone.drop_duplicates(subset=["outlet", "frame"], ignore_index=True),
    )
