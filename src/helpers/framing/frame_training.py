"""Texts with frame labels to train a frame model on, and the SemEval-2023 Task 3 English
training split read from a folder or a git commit the user names (`coded` reads a
researcher's own coding).

The task's data may not be redistributed (see `data/frames/semeval2023.yml`), so it is
only ever read from where the user keeps it, and only its training split.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from helpers.base import paths
from helpers.base.datafiles import read_yaml
from helpers.framing import codebooks

SEMEVAL_SPEC = "frames/semeval2023.yml"
SEMEVAL_ARTICLES = "train-articles-subtask-2"
SEMEVAL_LABELS = "train-labels-subtask-2.txt"
SEMEVAL_PLACES = ("data/en", "en", ".")  # where a copy of the task's data keeps them


class TrainingDataError(ValueError):
    """Training or coded data that cannot be used; the message names the file and the row."""


@dataclass(frozen=True)
class LabelledTexts:
    """Texts (named by `ids`) with a 0/1 label per frame (rows: texts, columns: frames)."""

    ids: list[str]
    texts: list[str]
    frames: list[str]
    labels: np.ndarray


@dataclass(frozen=True)
class SemevalSpec:
    """`data/frames/semeval2023.yml`: the model's name, its codebook and the label mapping."""

    name: str
    codebook: str
    labels: dict[str, str]
    about: dict[str, Any] = field(default_factory=dict)


def load_semeval_spec(path: str | Path = SEMEVAL_SPEC) -> SemevalSpec:
    """Read the mapping and provenance file; every mapped frame must be in its codebook.
    A bad file is a DataFileError naming the file, the line and the label."""
    path = paths.data_file(str(path))
    file = read_yaml(path)
    data = file.data
    if not isinstance(data, dict) or not isinstance(data.get("labels"), dict):
        raise file.error((), "needs a 'labels' mapping of SemEval label -> frame")
    book = codebooks.load_codebook(str(data.get("codebook", "")))
    for label, frame in data["labels"].items():
        if frame not in book.names:
            message = (
                f"maps to {frame!r}, which is not a frame of {book.name} ({', '.join(book.names)})"
            )
            raise file.error(("labels", label), message)
    about = {key: data[key] for key in ("source", "licence") if key in data}
    return SemevalSpec(str(data.get("name", "generic")), book.name, dict(data["labels"]), about)


def semeval_labels(text: str, source: str, mapping: dict[str, str]) -> dict[str, set[str]]:
    """Frames per article id from a subtask-2 labels file (`id<TAB>label,label,...`)."""
    found: dict[str, set[str]] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        article, _, labels = line.partition("\t")
        unknown = [x for x in labels.split(",") if x.strip() and x.strip() not in mapping]
        if not article.strip().isdigit() or unknown:
            problem = f"unknown label(s) {unknown}" if unknown else "no article id"
            raise TrainingDataError(f"{source} line {number}: {problem}")
        found[article.strip()] = {mapping[x.strip()] for x in labels.split(",") if x.strip()}
    return found


def _folder_files(folder: Path) -> tuple[dict[str, str], str, str]:
    for place in SEMEVAL_PLACES:
        base = folder / place
        if (base / SEMEVAL_ARTICLES).is_dir() and (base / SEMEVAL_LABELS).is_file():
            articles = {
                p.name: p.read_text(encoding="utf-8")
                for p in sorted((base / SEMEVAL_ARTICLES).glob("article*.txt"))
            }
            labels = base / SEMEVAL_LABELS
            return articles, labels.read_text(encoding="utf-8"), str(labels)
    raise TrainingDataError(
        f"{folder}: no {SEMEVAL_ARTICLES}/ and {SEMEVAL_LABELS} in it, nor under "
        f"data/en/ or en/ (give the folder of the task's data, or a git repository and --commit)"
    )


def _git(repository: Path, *args: str, given: bytes | None = None) -> bytes:
    try:
        return subprocess.run(
            ["git", "-C", str(repository), *args], input=given, capture_output=True, check=True
        ).stdout
    except (OSError, subprocess.CalledProcessError) as problem:
        detail = getattr(problem, "stderr", b"") or str(problem).encode()
        raise TrainingDataError(
            f"{repository}: git {' '.join(args[:2])} failed: {detail.decode().strip()}"
        ) from None


def _commit_files(repository: Path, commit: str) -> tuple[dict[str, str], str, str]:
    """The training articles and labels at a commit, read with git (no checkout)."""
    names = _git(repository, "ls-tree", "-r", "--name-only", commit).decode().splitlines()
    for place in ("data/en", "en"):
        wanted = [n for n in names if n.startswith(f"{place}/{SEMEVAL_ARTICLES}/article")]
        labels = f"{place}/{SEMEVAL_LABELS}"
        if wanted and labels in names:
            break
    else:
        raise TrainingDataError(f"{repository} at {commit}: no {SEMEVAL_ARTICLES}/ with labels")
    request = "".join(f"{commit}:{n}\n" for n in [*wanted, labels]).encode()
    blobs = _git(repository, "cat-file", "--batch", given=request)
    texts, position = [], 0
    for _ in range(len(wanted) + 1):
        header_end = blobs.index(b"\n", position)
        size = int(blobs[position:header_end].split()[2])
        texts.append(blobs[header_end + 1 : header_end + 1 + size].decode("utf-8"))
        position = header_end + 2 + size
    articles = {Path(n).name: t for n, t in zip(wanted, texts, strict=False)}
    return articles, texts[-1], f"{repository}@{commit[:12]}:{labels}"


def read_semeval(folder: Path, spec: SemevalSpec, commit: str = "") -> LabelledTexts:
    """The English training articles with their frames in the codebook's names. Only the
    training split's files are opened; the dev and test splits are never read."""
    articles, labels_text, source = (
        _commit_files(folder, commit) if commit else _folder_files(folder)
    )
    labels = semeval_labels(labels_text, source, spec.labels)
    frames = list(dict.fromkeys(spec.labels.values()))
    ids = sorted(i for i in labels if f"article{i}.txt" in articles)
    missing = sorted(set(labels) - set(ids))
    if missing or not ids:
        raise TrainingDataError(
            f"{source}: {len(missing)} labelled article(s) have no text file (e.g. "
            f"article{missing[0] if missing else '?'}.txt)"
        )
    return LabelledTexts(
        ids=[f"article{i}.txt" for i in ids],
        texts=[articles[f"article{i}.txt"] for i in ids],
        frames=frames,
        labels=np.array([[f in labels[i] for f in frames] for i in ids], dtype=int),
    )
