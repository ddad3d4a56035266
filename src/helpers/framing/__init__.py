"""Stage 3, framing: which event each article reports, frames per outlet with their
evidence, distinctive words, word choice, tone, and the findings (notebook `03_framing`).
Reads tables only, never a parse."""

from helpers.framing.codebook_tables import frame_evidence, frame_shares, lead_frames
from helpers.framing.codebooks import load_codebook
from helpers.framing.draft_codebook import (
    default_codebooks,
    draft_event_frames,
    draft_yaml,
    drafted_note,
)
from helpers.framing.events import event_tables, flagged_outlets, select_articles
from helpers.framing.findings import all_findings
from helpers.framing.frames_per_article import article_frames, load_models, model_evidence_table
from helpers.framing.lexical import distinctive_terms, load_word_choice, word_choice
from helpers.framing.outlet_tests import FALSE_DISCOVERY_RATE, run_tests
from helpers.framing.per_codebook import FrameTables, frame_tables
from helpers.framing.tone import ALL_SENTENCES, sentence_tone, tone_table
from helpers.framing.validation import check_sample

__all__ = [
    "ALL_SENTENCES",
    "FALSE_DISCOVERY_RATE",
    "FrameTables",
    "all_findings",
    "article_frames",
    "check_sample",
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
    "load_models",
    "model_evidence_table",
    "run_tests",
    "sentence_tone",
    "load_word_choice",
    "select_articles",
    "tone_table",
    "word_choice",
]
