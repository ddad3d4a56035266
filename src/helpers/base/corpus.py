"""Reading an input folder: article files, their encodings and lines, and the optional manifest.

Raw files are only ever read. Every function here returns new objects and a list of
warnings, so that a caller can report what was done to each file.
"""

from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from helpers.base import manifest_rows, mis_decoded
from helpers.base.decoding import decode_text, normalise_text, split_lines

MANIFEST_NAME = "manifest.csv"
MANIFEST_COLUMNS = ("file", "outlet", "title", "published", "url")
# The commonest English function words: about a fifth of any English news text, and almost
# none of a text in another language, whose parse by an English model would be noise.
_ENGLISH_WORDS = frozenset(
    "the of and to in a is that for on with as was it by he said at from his an be have has"
    " are not but they their this who were had will been would or its we".split()
)
MIN_ENGLISH_SHARE = 0.08


class InputError(ValueError):
    """The input folder cannot be used at all (missing, no article files, nothing readable)."""


@dataclass(frozen=True)
class InputWarning:
    """Something a researcher should know about one input file, and what was done about it."""

    file: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.message}"


@dataclass(frozen=True)
class Article:
    """One input file as read: its lines as decoded, repaired (`mis_decoded`) and normalised
    (line 1 is `lines[0]`; the file itself is never changed) and its manifest metadata."""

    file: str
    outlet: str
    lines: tuple[str, ...]
    encoding: str
    sha256: str
    title: str = ""
    published: str = ""
    url: str = ""


@dataclass
class Corpus:
    """All readable articles of a folder, plus the warnings raised while reading it."""

    articles: list[Article] = field(default_factory=list)
    warnings: list[InputWarning] = field(default_factory=list)


def article_files(input_dir: Path) -> list[Path]:
    """The `.txt` files of a folder, sorted by name; raises InputError if there are none
    (naming the subfolders that hold some: a folder per outlet is a common layout)."""
    if not input_dir.is_dir():
        raise InputError(f"input folder {input_dir} does not exist or is not a folder")
    try:
        files = sorted(p for p in input_dir.iterdir() if _is_text_file(p) and p.is_file())
    except OSError as error:
        raise InputError(
            f"input folder {input_dir} cannot be read ({error.strerror}); give this user "
            "permission to read it, or copy the articles to a folder it can read"
        ) from None
    if not files:
        held = subfolder_articles(input_dir)
        where = (
            f" of its own; its subfolders hold some ({_counts(held)}), but only the folder's "
            "own files are read: give one subfolder as the input, or put every article in one "
            "folder with a manifest.csv naming each file's outlet"
            if held
            else ""
        )
        raise InputError(f"input folder {input_dir} has no .txt article files{where}")
    return files


def subfolder_articles(input_dir: Path) -> dict[str, int]:
    """`.txt` files under each subfolder of the input folder (at any depth), by subfolder:
    they are not read, and a researcher should hear so."""
    held = {}
    for folder in sorted(p for p in input_dir.iterdir() if p.is_dir()):
        count = sum(1 for p in folder.rglob("*") if _is_text_file(p) and p.is_file())
        if count:
            held[folder.name] = count
    return held


def _is_text_file(path: Path) -> bool:
    return path.suffix.lower() == ".txt"


def _counts(held: dict[str, int]) -> str:
    return ", ".join(f"{name}/: {count}" for name, count in held.items())


def file_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes, read in blocks so large files stay cheap."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def outlet_from_filename(name: str) -> str:
    """A readable outlet label from a file name: `cnn_2017-05-10.txt` gives `cnn 2017 05 10`."""
    stem = Path(name).stem
    return re.sub(r"[_\-.]+", " ", stem).strip() or stem


def read_manifest(input_dir: Path) -> tuple[dict[str, dict[str, str]], list[InputWarning]]:
    """Read `manifest.csv` if present: rows keyed by file name, plus warnings for bad rows.

    Missing optional columns are tolerated (with a warning); a manifest without a `file`
    column cannot be matched to anything and is ignored with a warning.
    """
    path = input_dir / MANIFEST_NAME
    if not path.exists():
        return {}, []
    warnings: list[InputWarning] = []
    try:
        text, _ = decode_text(path.read_bytes())
    except (OSError, ValueError) as error:
        reason = error.strerror if isinstance(error, OSError) else str(error)
        return {}, [InputWarning(MANIFEST_NAME, f"cannot be read ({reason}); manifest ignored")]
    lines = split_lines(text)
    delimiter = manifest_rows.delimiter(lines[0] if lines else "")
    header = next(csv.reader(lines[:1], delimiter=delimiter), [])
    columns = [c.strip().lower() for c in header]
    if "file" not in columns:
        found = ", ".join(repr(c) for c in header) or "none"
        message = f"has no 'file' column (its columns: {found}); manifest ignored"
        return {}, [InputWarning(MANIFEST_NAME, message)]
    reader = csv.DictReader(lines[1:], fieldnames=columns, delimiter=delimiter)
    missing = [c for c in MANIFEST_COLUMNS if c not in columns]
    if missing:
        warnings.append(
            InputWarning(MANIFEST_NAME, f"missing column(s) {', '.join(missing)}; treated as empty")
        )
    extra = [c for c in columns if c and c not in MANIFEST_COLUMNS]
    if extra:
        warnings.append(InputWarning(MANIFEST_NAME, f"extra column(s) {', '.join(extra)} ignored"))
    rows: dict[str, dict[str, str]] = {}
    for line_number, raw in enumerate(reader, start=2):
        row = {k.strip(): (v or "").strip() for k, v in raw.items() if k}
        problem = manifest_rows.row_problem(input_dir, row.get("file", ""), line_number, rows)
        if problem:
            warnings.append(InputWarning(MANIFEST_NAME, problem))
            continue
        published = row.get("published", "")
        if published and not manifest_rows.is_iso_date(published):
            message = f"line {line_number}: published date {published!r} is not YYYY-MM-DD; ignored"
            warnings.append(InputWarning(MANIFEST_NAME, message))
            row["published"] = ""
        rows[row["file"]] = {c: row.get(c, "") for c in MANIFEST_COLUMNS}
    return rows, warnings


def read_article(
    path: Path, meta: dict[str, str] | None
) -> tuple[Article | None, list[InputWarning]]:
    """Read one article file. Returns None (with a warning) when it cannot be read as text.

    `meta`: its manifest row; None when the manifest does not list it (warned about), empty
    when there is no manifest at all."""
    warnings: list[InputWarning] = []
    try:
        data = path.read_bytes()
    except OSError as error:
        return None, [InputWarning(path.name, f"cannot be read ({error.strerror}); file skipped")]
    try:
        text, encoding = decode_text(data)
    except ValueError as error:
        return None, [InputWarning(path.name, f"{error}; file skipped")]
    if encoding in ("cp1252", "latin-1"):
        warnings.append(InputWarning(path.name, f"not valid UTF-8; decoded as {encoding}"))
    if meta is None:
        outlet = outlet_from_filename(path.name)
        warnings.append(
            InputWarning(
                path.name, f"not listed in {MANIFEST_NAME}; outlet taken from file name: {outlet!r}"
            )
        )
        meta = {"outlet": outlet}
    raw_lines, repairs = mis_decoded.repair_lines(split_lines(text))
    if repairs:
        warnings.append(InputWarning(path.name, mis_decoded.repairs_message(repairs)))
    lines = tuple(normalise_text(line) for line in raw_lines)
    if not any(line.strip() for line in lines):
        warnings.append(InputWarning(path.name, "has no text (empty or whitespace only)"))
    elif not looks_english(lines):
        warnings.append(
            InputWarning(
                path.name,
                "does not look like English (few common English words); analysed with the "
                "English model anyway, so its entities and frames are unreliable",
            )
        )
    article = Article(
        file=path.name,
        outlet=meta.get("outlet") or outlet_from_filename(path.name),
        lines=lines,
        encoding=encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        title=meta.get("title", ""),
        published=meta.get("published", ""),
        url=meta.get("url", ""),
    )
    return article, warnings


def looks_english(lines: tuple[str, ...]) -> bool:
    """Whether common English function words make up a plausible share of the words."""
    words = re.findall(r"[^\W\d_]+", " ".join(lines[:200]).lower())
    if len(words) < 12:
        return True
    return sum(word in _ENGLISH_WORDS for word in words) / len(words) >= MIN_ENGLISH_SHARE


def read_corpus(input_dir: Path) -> Corpus:
    """Read every `.txt` article of a folder with its manifest row; unreadable files are warned about."""
    files = article_files(input_dir)
    manifest, warnings = read_manifest(input_dir)
    corpus = Corpus(warnings=list(warnings))
    for folder, count in subfolder_articles(input_dir).items():
        message = f"a subfolder holding {count} .txt file(s), not read: only the input folder's own files are"
        corpus.warnings.append(InputWarning(f"{folder}/", message))
    listed = (input_dir / MANIFEST_NAME).exists()
    if not listed and files:
        example = f"{outlet_from_filename(files[0].name)!r} for {files[0].name}"
        message = (
            f"not found: each article's outlet is taken from its file name ({example}); a "
            f"{MANIFEST_NAME} with columns file and outlet groups the articles by outlet"
        )
        corpus.warnings.append(InputWarning(MANIFEST_NAME, message))
    for path in files:
        # Without a manifest no file is listed: the one warning above says so for all.
        meta = manifest.get(path.name) if listed else {}
        article, article_warnings = read_article(path, meta)
        corpus.warnings.extend(article_warnings)
        if article is not None:
            corpus.articles.append(article)
    return corpus


def require_usable(read: Corpus, input_dir: Path) -> None:
    """Raise InputError, listing why each file was unusable, when no article has any text."""
    if any(any(line.strip() for line in article.lines) for article in read.articles):
        return
    reasons = "; ".join(str(w) for w in read.warnings) or "no file has text"
    raise InputError(f"no usable article in {input_dir}: {reasons}")
