"""Would a small learned model decide the lines the cleaning rules leave to their place?

    .venv/bin/python benchmarks/cleaning_model.py /work/data/cleaning/article

Cleans CORPUS_DIR (as `benchmarks/cleaning.py` does), then, on the development sites only,
trains a logistic regression (and, for comparison, gradient-boosted trees) over the line
features the cleaning stage computes (length, sentence-final punctuation, capitals,
function-word share, verb, figures, position, the neighbours' labels, recurrence in the
outlet, and the rules' own decision) to decide the lines the rules decide by their place
(no rule or kind names them). Scores come from 5-fold cross-validation grouped by site, so
no site is both trained and scored on; each threshold replaces the rules' decision on those
lines and is scored as `cleaning.py` scores (strict gold, line level). The coefficients of
the model trained on every development site are printed, named. Nothing is written: the
workbook's cleaning stays rule-based (see docs/boilerplate.md, "after the fourth round").
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pandas as pd
from cleaning import part_of, read_labels, workbook_lines
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from helpers.base import corpus
from helpers.base.text import match_form, match_key, word_count
from helpers.cleaning.line_shape import line_shape

REMOVED = ("boilerplate", "duplicate")
# Rules that decide a line by its place around the story (story_context), not its text.
PLACE_RULES = ("", "outside-story", "between-boilerplate")
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)


def features(lines: pd.DataFrame) -> pd.DataFrame:
    """One row of named features per non-blank line, in `lines`' order."""
    recurs = lines.assign(key=lines["text"].map(match_key)).groupby(["outlet", "key"])
    seen = recurs["file"].transform("nunique")
    rows = []
    for _, article in lines.groupby("file", sort=False):
        rows.extend(_article_features(article, seen.loc[article.index].tolist()))
    return pd.DataFrame(rows, index=lines.index).astype(float)


def _article_features(article: pd.DataFrame, seen: list[int]) -> list[dict]:
    texts, removed = article["text"].tolist(), article["label"].isin(REMOVED).tolist()
    shapes = [line_shape(match_form(t), len(t.split())) for t in texts]
    story = [s.story for s in shapes]
    n = len(texts)
    first = story.index(True) if any(story) else n
    last = n - 1 - story[::-1].index(True) if any(story) else -1

    def near(i: int, step: int, flags: list[bool]) -> bool:
        return 0 <= i + step < n and flags[i + step]

    rows = []
    for i, s in enumerate(shapes):
        words = texts[i].split()
        rows.append(
            {
                "log_words": np.log1p(s.words),
                "ends_sentence": s.ends_sentence,
                "ends_colon": s.ends_colon,
                "function_share": s.function_share,
                "verb": s.has_verb,
                "figures": s.has_digits,
                "starts_quote": s.starts_quote,
                "story_paragraph": s.story,
                "sentence": s.sentence,
                "prose": s.prose,
                "capitals": sum(w[:1].isupper() for w in words) / max(len(words), 1),
                "position": i / max(n - 1, 1),
                "before_story": i < first,
                "after_story": i > last,
                "above_removed": near(i, -1, removed),
                "below_removed": near(i, 1, removed),
                "above_story": near(i, -1, story),
                "below_story": near(i, 1, story),
                "recurs_in_outlet": seen[i] > 1,
                "rules_remove": removed[i],
            }
        )
    return rows


def score(removed: np.ndarray, boilerplate: np.ndarray, scored: np.ndarray) -> str:
    tp = (removed & boilerplate & scored).sum()
    fp = (removed & ~boilerplate & scored).sum()
    fn = (~removed & boilerplate & scored).sum()
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall)
    lost = fp / (~boilerplate & scored).sum()
    return f"{precision:.3f}\t{recall:.3f}\t{f1:.3f}\t{lost:.2%}"


def cross_validated(model, x: np.ndarray, y: np.ndarray, fit: np.ndarray, sites) -> np.ndarray:
    """Each line's probability of boilerplate from a model that never saw its site."""
    probability = np.full(len(y), np.nan)
    for train, test in GroupKFold(5).split(x, y, sites):
        keep = train[fit[train]]
        probability[test] = model.fit(x[keep], y[keep]).predict_proba(x[test])[:, 1]
    return probability


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path, help="folder written by boilerplate_devset.py")
    args = parser.parse_args()
    articles = corpus.read_corpus(args.corpus).articles
    labels = read_labels(args.corpus)
    lines = workbook_lines(articles)
    lines = lines[lines["text"].str.strip() != ""].reset_index(drop=True)
    table = features(lines)
    gold = [labels[f].get(n) for f, n in zip(lines["file"], lines["line"], strict=True)]
    dev = (lines["outlet"].map(part_of) == "development").to_numpy()
    x, gold = table.to_numpy()[dev], np.array(gold, dtype=object)[dev]
    y = gold == "boilerplate"
    scored = np.isin(gold, ["boilerplate", "content", "headline"])
    place = (lines["rule"].isin(PLACE_RULES) & (lines["label"] != "headline")).to_numpy()[dev]
    # As cleaning.py scores: a line with no words is never counted as removed.
    has_words = (lines["text"].map(word_count) > 0).to_numpy()[dev]
    rules = table["rules_remove"].to_numpy()[dev].astype(bool) & has_words
    sites = lines["outlet"].to_numpy()[dev]
    print(f"development lines: {dev.sum()}; decided by their place: {place.sum()}")
    print("decision\tthreshold\tprecision\trecall\tF1\tcontent removed")
    print(f"rules\t-\t{score(rules, y, scored)}")
    models = {
        "logistic regression": LogisticRegression(max_iter=2000),
        "boosted trees": HistGradientBoostingClassifier(max_iter=200),
    }
    for name, model in models.items():
        probability = cross_validated(model, x, y, place & scored, sites)
        for threshold in THRESHOLDS:
            removed = np.where(place, probability >= threshold, rules) & has_words
            print(f"{name}\t{threshold}\t{score(removed, y, scored)}")
    fitted = LogisticRegression(max_iter=2000).fit(x[place & scored], y[place & scored])
    coefficients = pd.Series(fitted.coef_[0], index=table.columns).sort_values()
    print("\nlogistic regression on every development site, coefficients:")
    print(coefficients.round(2).to_string(), f"\nintercept {fitted.intercept_[0]:.2f}")


if __name__ == "__main__":
    main()
