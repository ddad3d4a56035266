"""Stage 1, cleaning: every raw line labelled as story, boilerplate or a repeat, with the
rule that decided it (notebook `01_clean`)."""

from helpers.cleaning.corpus_labels import CleanResult, clean_corpus, removed_by_reason
from helpers.cleaning.rules import load_rules

__all__ = ["CleanResult", "clean_corpus", "load_rules", "removed_by_reason"]
