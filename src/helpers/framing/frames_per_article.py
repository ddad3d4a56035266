"""Which frames each article carries, by a trained model or by a codebook's keywords.

`tables/article_frames.csv` has one row per article and frame: `codebook, method, file,
outlet, frame, present, score`. What is decided where:

- a **model** (`frame_model`, e.g. the generic one trained on SemEval-2023 Task 3) reads the
  whole article (its headline and paragraphs' sentences joined, the unit it was trained and
  cross-validated on): `score` is its probability for the frame and `present` is 1 when the
  score reaches the frame's threshold. Its sentence scores (the same model on one sentence)
  only rank the sentences shown as evidence; a sentence is never said to carry a frame.
- a codebook's **keywords** (`framing`) decide per sentence, as the frame-share charts do:
  `score` is the share of the article's paragraph sentences carrying the frame and
  `present` is 1 when any does. Residual frames ("Other") are left out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from helpers.base import catalogue, paths
from helpers.base.columns import column_lists
from helpers.base.sentence_table import body
from helpers.framing import frame_model
from helpers.framing.codebooks import Codebook, match_sentence

KEYWORDS = "keywords"


@dataclass(frozen=True)
class Detectors:
    """The models found for the run, by codebook, and a note per model asked for."""

    models: dict[str, frame_model.FrameModel]
    notes: list[str]


def load_models(names: Iterable[str]) -> Detectors:
    """Load each named model (a name in the model folder, or a folder path); a model that is
    not there is noted, since its codebook's keywords then stand in for it."""
    models, notes = {}, []
    for name in names:
        folder = paths.model_dir(name)
        if not (folder / frame_model.META_FILE).exists():
            notes.append(
                f"No trained frame model {name!r} at {folder}: its codebook's frames come from "
                "keyword lists (train one with `workbook frames train`)."
            )
            continue
        model = frame_model.load(folder)
        cv = model.about.get("cross_validation", {})
        figures = (
            f" (cross-validated on its {model.about.get('texts', '?')} training texts: "
            f"micro-F1 {cv['micro_f1']:.2f}, macro-F1 {cv['macro_f1']:.2f})"
            if {"micro_f1", "macro_f1"} <= set(cv)
            else ""
        )
        models[model.codebook or name] = model
        notes.append(
            f"The {model.codebook or name} frames come from the model {name!r} trained on "
            f"{model.about.get('trained_on', 'unknown data')}{figures}."
        )
    return Detectors(models, notes)


def article_texts(sentences: pd.DataFrame) -> tuple[list[str], list[str], list[str]]:
    """Each article's file, outlet and text: its rows' sentences, headline first, joined."""
    files, outlets, texts = column_lists(sentences, ("file", "outlet", "text"))
    joined: dict[str, list[str]] = {}
    outlet_of: dict[str, str] = {}
    for file, outlet, text in zip(files, outlets, texts, strict=True):
        joined.setdefault(file, []).append(text)
        outlet_of[file] = outlet
    return list(joined), [outlet_of[f] for f in joined], [" ".join(t) for t in joined.values()]


def model_frames(sentences: pd.DataFrame, model: frame_model.FrameModel) -> pd.DataFrame:
    """Article frames by a trained model (see the module docstring)."""
    files, outlets, texts = article_texts(sentences)
    probabilities = frame_model.scores(model, texts)
    present = probabilities >= model.thresholds
    codebook = model.codebook or "model"
    rows = [
        (codebook, "model", file, outlet, frame, int(present[i, j]), float(probabilities[i, j]))
        for i, (file, outlet) in enumerate(zip(files, outlets, strict=True))
        for j, frame in enumerate(model.frames)
    ]
    return pd.DataFrame(rows, columns=catalogue.columns("article_frames"))


def keyword_frames(sentences: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """Article frames by a codebook's keywords (see the module docstring)."""
    frames = [f.name for f in codebook.frames if not f.residual]
    carried: dict[str, np.ndarray] = {}
    outlet_of: dict[str, str] = {}
    table = body(sentences)
    for file, outlet, lemmas, forms in zip(
        *column_lists(table, ("file", "outlet", "lemmas", "forms")), strict=True
    ):
        counts = carried.setdefault(file, np.zeros(len(frames) + 1))
        matched = match_sentence(lemmas, forms, codebook)
        counts[:-1] += [f in matched for f in frames]
        counts[-1] += 1  # the article's sentences
        outlet_of[file] = outlet
    rows = [
        (codebook.name, KEYWORDS, file, outlet_of[file], frame, int(c[j] > 0), c[j] / c[-1])
        for file, c in carried.items()
        for j, frame in enumerate(frames)
    ]
    return pd.DataFrame(rows, columns=catalogue.columns("article_frames"))


def article_frames(
    sentences: pd.DataFrame, codebooks: list[Codebook], detectors: Detectors
) -> pd.DataFrame:
    """The article-frames table: each codebook by its model when one was loaded, else by its
    keywords, then any model whose codebook is not among `codebooks`."""
    for book in codebooks:
        model = detectors.models.get(book.name)
        unknown = [f for f in model.frames if f not in book.names] if model else []
        if unknown:
            raise frame_model.ModelError(
                f"the {book.name} model detects {unknown}, which codebook {book.name} does not "
                "have (renamed since it was trained?): train it again"
            )
    parts = [
        model_frames(sentences, detectors.models[book.name])
        if book.name in detectors.models
        else keyword_frames(sentences, book)
        for book in codebooks
    ]
    named = {book.name for book in codebooks}
    parts += [model_frames(sentences, m) for c, m in detectors.models.items() if c not in named]
    return (
        pd.concat(parts, ignore_index=True) if parts else catalogue.table("article_frames").empty()
    )


def model_evidence(
    sentences: pd.DataFrame, model: frame_model.FrameModel, frames: pd.DataFrame, top: int = 2
) -> pd.DataFrame:
    """For each article and frame the model found, the `top` paragraph sentences it scores
    highest for that frame: where a reader can check the call."""
    table = body(sentences).reset_index(drop=True)
    found = frames[(frames["method"] == "model") & (frames["present"] == 1)]
    if table.empty or found.empty:
        return catalogue.table("frame_model_evidence").empty()
    probabilities = frame_model.scores(model, table["text"].tolist())
    rows_of = table.groupby("file", sort=False).indices
    column = {frame: j for j, frame in enumerate(model.frames)}
    paragraphs, numbers, texts = column_lists(table, ("paragraph", "sentence", "text"))
    rows = []
    for codebook, file, outlet, frame in zip(
        *column_lists(found, ("codebook", "file", "outlet", "frame")), strict=True
    ):
        indices = rows_of.get(file, np.array([], dtype=int))
        scored = probabilities[indices, column[frame]]
        for k in np.argsort(-scored, kind="stable")[:top]:
            i = indices[k]
            rows.append(
                (codebook, file, outlet, frame, paragraphs[i], numbers[i], scored[k], texts[i])
            )
    return pd.DataFrame(rows, columns=catalogue.columns("frame_model_evidence"))


def model_evidence_table(
    sentences: pd.DataFrame, detectors: Detectors, frames: pd.DataFrame
) -> pd.DataFrame:
    """`model_evidence` of every loaded model, one table (empty when no model is loaded)."""
    tables = [model_evidence(sentences, model, frames) for model in detectors.models.values()]
    if not tables:
        return catalogue.table("frame_model_evidence").empty()
    return pd.concat(tables, ignore_index=True)
