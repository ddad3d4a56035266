"""Stage 3, framing: which event each article reports, frames per outlet with their
evidence, distinctive words, word choice, tone, and the findings (notebook `03_framing`).
Reads tables only, never a parse."""

from helpers.framing.codebooks import frame_evidence, frame_shares, lead_frames, load_codebook
from helpers.framing.draft_codebook import (
    default_codebooks,
    draft_event_frames,
    draft_yaml,
    drafted_note,
)
from helpers.framing.events import event_tables, flagged_outlets, select_articles
from helpers.framing.findings import all_findings
from helpers.framing.lexical import distinctive_terms, load_word_choice, word_choice
from helpers.framing.per_codebook import FrameTables, frame_tables
from helpers.framing.tone import ALL_SENTENCES, tone_table

__all__ = [
    "ALL_SENTENCES",
    "FrameTables",
    "all_findings",
    "default_codebooks",
    "draft_event_frames",
    "draft_yaml",
    "drafted_note",
    "distinctive_terms",
    "event_tables",
    "flagged_outlets",
    "frame_evidence",
    "frame_shares",
    "frame_tables",
    "lead_frames",
    "load_codebook",
    "load_word_choice",
    "select_articles",
    "tone_table",
    "word_choice",
]
