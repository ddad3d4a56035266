"""Stage 2, entities: paragraphs parsed once, people and organisations merged into
identities, quotes with their speakers, and the sentences table (notebook `02_entities`)."""

from helpers.entities.keyword_context import kwic
from helpers.entities.names import load_aliases
from helpers.entities.parse_cache import repair as repair_cache
from helpers.entities.parsing import long_text_warnings, require_model
from helpers.entities.passes import ParseSettings, entity_tables
from helpers.entities.quotes import load_speech_verbs
from helpers.entities.salience import entity_salience
from helpers.entities.sources import source_share, voice_share

__all__ = [
    "ParseSettings",
    "entity_salience",
    "entity_tables",
    "kwic",
    "load_aliases",
    "load_speech_verbs",
    "repair_cache",
    "long_text_warnings",
    "require_model",
    "source_share",
    "voice_share",
]
