"""How far the workbook's frames agree with human coders, as content-analysis papers report it.

Given a hand-coded sample (`coded.read_coded`: articles, or lines of articles, of the run's
input with the frames each coder found), each frame gets the workbook's precision, recall
and F1 against the coders (every coded row counts, so with two coders a unit counts twice),
and Krippendorff's alpha for nominal data with the workbook as one more coder; with two or
more human coders, the coders' alpha among themselves too, the ceiling a detector can be
expected to reach.

An article unit is decided as `article_frames` decides it. A line unit is the paragraph
starting at that line: a model scores the paragraph's text against the article threshold
(paragraphs are shorter than the articles it was tuned on, so read its recall there with
care); keywords call the frame when any of its sentences carries it.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from helpers.base import catalogue
from helpers.base.sentence_table import body
from helpers.framing import frame_model
from helpers.framing.codebooks import Codebook, match_sentence
from helpers.framing.coded import CodedSample, Unit, read_coded
from helpers.framing.frame_evaluation import MACRO, MICRO, per_frame_scores

WORKBOOK = "(workbook)"


class ValidationError(ValueError):
    """A coded sample that cannot be compared with this run; the message says why."""


def krippendorff_alpha(values: np.ndarray) -> float:
    """Krippendorff's alpha for nominal data: `values` has a row per coder and a column per
    unit, NaN where a coder did not code a unit. Units with fewer than two values are not
    pairable and are left out. NaN when fewer than two values, or only one category, remain.

    alpha = 1 - (n - 1) * sum_{c != k} o_ck / sum_{c != k} n_c * n_k, from the coincidence
    matrix o (Krippendorff 2011, "Computing Krippendorff's alpha-reliability").
    """
    values = np.asarray(values, dtype=float)
    categories = np.unique(values[~np.isnan(values)])
    coincidences = np.zeros((len(categories), len(categories)))
    for unit in values.T:
        coded = unit[~np.isnan(unit)]
        if len(coded) < 2:
            continue
        counts = np.array([(coded == c).sum() for c in categories], dtype=float)
        # Ordered pairs of values from different coders, each unit weighted 1 / (m_u - 1).
        coincidences += (np.outer(counts, counts) - np.diag(counts)) / (len(coded) - 1)
    totals = coincidences.sum(axis=1)
    n = totals.sum()
    expected = n * n - (totals**2).sum()  # sum over c != k of n_c * n_k
    if n < 2 or expected == 0:
        return float("nan")
    observed = coincidences.sum() - np.trace(coincidences)
    return float(1 - (n - 1) * observed / expected)


def _paragraph(sentences: pd.DataFrame, file: str, line: int) -> pd.DataFrame:
    rows = body(sentences)
    rows = rows[(rows["file"] == file) & (rows["line"] == line)]
    if rows.empty:
        raise ValidationError(
            f"{file} line {line} is not a paragraph of the analysed text (removed as "
            "boilerplate, a headline, or not in the input): code a line the paragraphs table lists"
        )
    return rows


def unit_decisions(
    units: list[Unit],
    frames: list[str],
    sentences: pd.DataFrame,
    article_table: pd.DataFrame,
    detector: Codebook | frame_model.FrameModel,
) -> np.ndarray:
    """The workbook's 0/1 call for each unit (rows) and frame (columns)."""
    calls = article_table.set_index(["file", "frame"])["present"]
    decided = np.zeros((len(units), len(frames)), dtype=int)
    for i, (file, line, _) in enumerate(units):
        if not file:
            raise ValidationError("a coded text without a file cannot be found in the run")
        if line is None:
            if file not in set(article_table["file"]):
                raise ValidationError(f"{file} is not among the run's compared articles")
            decided[i] = [int(calls.get((file, f), 0)) for f in frames]
            continue
        rows = _paragraph(sentences, file, line)
        if isinstance(detector, frame_model.FrameModel):
            scored = frame_model.scores(detector, [" ".join(rows["text"])])[0]
            passed = scored >= detector.thresholds
            called = {f for f, yes in zip(detector.frames, passed, strict=True) if yes}
        else:
            called = {
                f for r in rows.itertuples() for f in match_sentence(r.lemmas, r.forms, detector)
            }
        decided[i] = [f in called for f in frames]
    return decided


def detector_for(
    frames: list[str], codebooks: list[Codebook], models: dict[str, frame_model.FrameModel]
) -> tuple[str, Codebook | frame_model.FrameModel]:
    """The codebook whose frames the sample codes, and what decides them in this run (its
    model if one was loaded, else its keywords)."""
    for book in codebooks:
        if set(frames) <= set(book.names):
            return book.name, models.get(book.name, book)
    for name, model in models.items():
        if set(frames) <= set(model.frames):
            return name, model
    raise ValidationError(
        f"the coded frames {sorted(frames)} are not all frames of one codebook of this run "
        f"({', '.join(b.name for b in codebooks)}): use the codebook's frame names"
    )


def validate(sample: CodedSample, decisions: np.ndarray, codebook: str) -> pd.DataFrame:
    """Per frame: precision, recall and F1 of the workbook against every coded row, and
    Krippendorff's alpha with and without the workbook; then micro and macro rows.

    `decisions` are `unit_decisions` for the units of `sample.unit_labels()`, in that order.
    """
    index = {unit: i for i, unit in enumerate(dict.fromkeys(sample.units))}
    per_row = decisions[[index[u] for u in sample.units]]
    table = per_frame_scores(sample.labels, per_row, sample.frames)
    coders = list(dict.fromkeys(sample.coders))
    alphas, among = [], []
    for j in range(len(sample.frames)):
        grid = np.full((len(coders) + 1, len(index)), np.nan)
        for unit, coder, row in zip(sample.units, sample.coders, sample.labels, strict=True):
            grid[coders.index(coder), index[unit]] = row[j]
        grid[-1] = decisions[:, j]
        alphas.append(krippendorff_alpha(grid))
        among.append(krippendorff_alpha(grid[:-1]) if len(coders) > 1 else float("nan"))
    averaged = [np.nanmean(x) if not np.all(np.isnan(x)) else np.nan for x in (alphas, among)]
    table["alpha"] = alphas + [np.nan, averaged[0]]
    table["alpha_coders"] = among + [np.nan, averaged[1]]
    table.insert(0, "codebook", codebook)
    return table[catalogue.columns("validation")]


def summary(table: pd.DataFrame, sample: CodedSample) -> str:
    """One sentence for the findings: what was validated and how well."""
    micro = table[table["frame"] == MICRO].iloc[0]
    frames = table[~table["frame"].isin([MICRO, MACRO])]
    coders = len(set(sample.coders))
    alpha = frames["alpha"].dropna()
    alpha_text = (
        f"; Krippendorff's alpha with the coders from {alpha.min():.2f} to {alpha.max():.2f} "
        "across frames (0.667 is the usual floor for tentative conclusions, 0.8 for firm ones)"
        if len(alpha)
        else ""
    )
    return (
        f"The {micro['codebook']} frames were checked against {len(set(sample.units))} "
        f"hand-coded unit(s) from {sample.source.name} ({coders} coder(s)): micro-F1 "
        f"{micro['f1']:.2f} (precision {micro['precision']:.2f}, recall {micro['recall']:.2f})"
        f"{alpha_text}; per frame in tables/validation.csv."
    )


def check_sample(
    path: str,
    sentences: pd.DataFrame,
    article_table: pd.DataFrame,
    codebooks: list[Codebook],
    models: dict[str, frame_model.FrameModel],
) -> tuple[pd.DataFrame | None, str]:
    """The validation table of a coded sample (None without one) and its findings sentence."""
    if not path:
        return None, (
            "The frames are unvalidated: no hand-coded sample was given (parameter "
            "coded_sample), so how far they match a human coder's reading is unknown."
        )
    sample = read_coded(Path(path).expanduser())
    codebook, detector = detector_for(sample.frames, codebooks, models)
    calls = article_table[article_table["codebook"] == codebook]
    sample = sample.with_frames(list(dict.fromkeys(calls["frame"])))
    units, _ = sample.unit_labels()
    decisions = unit_decisions(units, sample.frames, sentences, calls, detector)
    table = validate(sample, decisions, codebook)
    return table, summary(table, sample)
