"""Cleaning stage: every raw line of every article labelled, with the rule that decided it.

Two steps, so that a runner (`runners`: local processes or a Dask bag) can do the first on
parts of a corpus:
- `article_labels.label_article` labels one article's lines (boilerplate rules, headline,
  repeats inside the article) looking at nothing else, into a small record that pickles;
  `label_articles` does the same for a part, reading a line repeated across it once;
- `assemble` does the work across articles (whole articles filed twice, lines an outlet
  repeats in several articles (`templates`), passages shared between articles) and builds
  the stage's tables.

`clean_corpus(articles, rules, t)` equals `assemble([label_article(a, rules, t) for a in
articles], t)`, whichever runner labels the parts. Dates are read from every line before
any is dropped.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from dataclasses import dataclass, field

import pandas as pd

from helpers.base import catalogue
from helpers.base.corpus import Article, InputWarning
from helpers.base.runners import InProcess, Runner
from helpers.base.text import word_count
from helpers.cleaning.article_labels import ArticleLabels, label_articles
from helpers.cleaning.duplicate_articles import find_duplicate_articles
from helpers.cleaning.repeats import check_threshold
from helpers.cleaning.reuse import Passage, find_reuse
from helpers.cleaning.rules import BoilerplateRules
from helpers.cleaning.templates import mark_templates


@dataclass
class CleanResult:
    """Tables of the cleaning stage and its warnings (columns: see `clean_corpus`)."""

    lines: pd.DataFrame
    paragraphs: pd.DataFrame
    articles: pd.DataFrame
    reuse: pd.DataFrame
    dates: pd.DataFrame
    duplicate_blocks: pd.DataFrame
    warnings: list[InputWarning] = field(default_factory=list)


TABLES = ("lines", "paragraphs", "articles", "reuse", "dates", "duplicate_blocks")
ARTICLES_PER_PART = 50


def clean_corpus(
    articles: list[Article],
    rules: BoilerplateRules,
    near_duplicate_threshold: float = 0.9,
    runner: Runner | None = None,
    copies_per_outlet: bool = False,
) -> CleanResult:
    """Label every line of every article and build the cleaning stage's tables.

    Args:
        articles: articles as read by `corpus.read_corpus`.
        rules: boilerplate rules from `load_rules`.
        near_duplicate_threshold: lowest similarity (rapidfuzz normalised Indel, 0 to 1) at
            which a line repeats another, an article repeats another (share of content lines
            in common) and a passage is reused between articles.
        runner: labels parts of `ARTICLES_PER_PART` articles (default: in this process).
        copies_per_outlet: analyse a copy of another outlet's article under its own outlet
            too (a wire story two outlets ran; the shared text goes to `reuse`); by default
            an article is analysed once whichever outlets printed it.

    Returns:
        A CleanResult whose tables have the columns the catalogue gives them. `lines.text` is the raw
        line, `lines.clean` the clean text of kept lines; `dates.text` is the raw line the
        date was written in (`written`). A file that is empty, only boilerplate, without a
        headline or a second copy of another article gets a warning; the rest is still cleaned.
    """
    check_threshold(near_duplicate_threshold)
    parts = [
        articles[start : start + ARTICLES_PER_PART]
        for start in range(0, len(articles), ARTICLES_PER_PART)
    ]
    labelled = (runner or InProcess()).map(
        label_articles, parts, rules, near_duplicate_threshold, desc="cleaning"
    )
    every = [labels for part in labelled for labels in part]
    return assemble(every, near_duplicate_threshold, copies_per_outlet)


def assemble(
    labelled: list[ArticleLabels],
    near_duplicate_threshold: float = 0.9,
    copies_per_outlet: bool = False,
) -> CleanResult:
    """The work across articles, and the stage's tables, from every article's labels.

    Args:
        labelled: `label_article` results in corpus order (the order decides which copy of
            a duplicate article, or of a shared passage, counts as the first).
        near_duplicate_threshold: as for `clean_corpus`; the one the articles were labelled
            with.
        copies_per_outlet: as for `clean_corpus`.

    Returns:
        The CleanResult `clean_corpus` returns. The inputs are not modified.
    """
    check_threshold(near_duplicate_threshold)
    warnings = [warning for labels in labelled for warning in labels.warnings]
    labelled, duplicate_of = _mark_duplicate_articles(
        labelled, near_duplicate_threshold, warnings, copies_per_outlet
    )
    labelled = mark_templates(labelled, set(duplicate_of))
    tables = {
        "lines": _lines_rows(labelled),
        "paragraphs": _paragraph_rows(labelled),
        "articles": [_article_row(s, duplicate_of.get(s.article.file, "")) for s in labelled],
        "reuse": _reuse_rows(labelled, set(duplicate_of), near_duplicate_threshold),
        "dates": _date_rows(labelled),
        "duplicate_blocks": [
            (
                s.article.file,
                s.article.outlet,
                b.first_line,
                b.last_line,
                b.from_line,
                b.to_line,
                b.lines,
            )
            for s in labelled
            for b in s.blocks
        ],
    }
    built = {name: _table(name, rows) for name, rows in tables.items()}
    return CleanResult(**built, warnings=warnings)


def _table(name: str, rows: list[tuple]) -> pd.DataFrame:
    entry = catalogue.table(name)
    return pd.DataFrame(rows, columns=entry.column_names) if rows else entry.empty()


def _content_rows(s: ArticleLabels) -> list[int]:
    return [i for i, label in enumerate(s.labels) if label == "content"]


def _mark_duplicate_articles(
    labelled: list[ArticleLabels],
    threshold: float,
    warnings: list[InputWarning],
    copies_per_outlet: bool = False,
) -> tuple[list[ArticleLabels], dict[str, str]]:
    """Second copies of an article: their content lines become duplicates of the first copy
    (with `copies_per_outlet`, only a copy of an article of the same outlet)."""
    labelled, duplicate_of = list(labelled), {}
    groups: dict[str, list[int]] = defaultdict(list)  # articles among which a copy repeats
    for index, s in enumerate(labelled):
        groups[s.article.outlet if copies_per_outlet else ""].append(index)
    found: dict[int, tuple[int, float]] = {}
    for members in groups.values():
        copies = find_duplicate_articles([labelled[i].content_keys for i in members], threshold)
        found |= {members[i]: (members[first], o) for i, (first, o) in copies.items()}
    for index, (first, overlap) in sorted(found.items()):
        s, original = labelled[index], labelled[first].article.file
        reason = f"duplicate article of {original}"
        labels, rules, reasons = list(s.labels), list(s.rules), list(s.reasons)
        clean, clean_words = list(s.clean), list(s.clean_words)
        for i in _content_rows(s):
            labels[i], rules[i], reasons[i] = "duplicate", "duplicate-article", reason
            clean[i], clean_words[i] = "", 0
        labelled[index] = dataclasses.replace(
            s,
            labels=tuple(labels),
            rules=tuple(rules),
            reasons=tuple(reasons),
            clean=tuple(clean),
            clean_words=tuple(clean_words),
        )
        duplicate_of[s.article.file] = original
        message = f"repeats {original} ({overlap:.0%} of content lines in common); analysed once"
        warnings.append(InputWarning(s.article.file, message))
    return labelled, duplicate_of


def _lines_rows(labelled: list[ArticleLabels]) -> list[tuple]:
    return [
        (
            s.article.file,
            s.article.outlet,
            i + 1,
            s.labels[i],
            s.rules[i],
            s.reasons[i],
            line,
            s.clean[i],
        )
        for s in labelled
        for i, line in enumerate(s.article.lines)
    ]


def _paragraph_rows(labelled: list[ArticleLabels]) -> list[tuple]:
    rows = []
    for s in labelled:
        kept = [i for i in _content_rows(s) if s.clean[i]]
        rows += [
            (s.article.file, s.article.outlet, n, i + 1, s.clean[i]) for n, i in enumerate(kept, 1)
        ]
    return rows


def _article_row(s: ArticleLabels, duplicate_of: str) -> tuple:
    kept = [i for i, label in enumerate(s.labels) if label in ("content", "headline")]
    return (
        s.article.file,
        s.article.outlet,
        s.headline,
        s.words_raw,
        sum(s.clean_words[i] for i in kept),
        len(s.labels),
        sum(label in ("boilerplate", "duplicate") for label in s.labels),
        s.labels.count("duplicate"),
        sum(map(len, s.dates)),
        duplicate_of,
    )


def _reuse_rows(labelled: list[ArticleLabels], duplicates: set[str], threshold: float) -> list:
    outlets = {s.article.file: s.article.outlet for s in labelled}
    passages = [
        Passage(s.article.file, i + 1, s.clean[i])
        for s in labelled
        if s.article.file not in duplicates
        for i in _content_rows(s)
    ]
    pairs = [(passages[a], passages[b], score) for a, b, score in find_reuse(passages, threshold)]
    return [
        (a.file, outlets[a.file], a.line, b.file, outlets[b.file], b.line, score, a.text)
        for a, b, score in pairs
    ]


def _date_rows(labelled: list[ArticleLabels]) -> list[tuple]:
    """Dates of every line; `source` is the line's label, or its rule when it was removed."""
    return [
        (s.article.file, s.article.outlet, i + 1, hit.date, hit.precision, hit.year_known)
        + (hit.text, line, s.rules[i] if s.labels[i] == "boilerplate" else s.labels[i])
        for s in labelled
        for i, line in enumerate(s.article.lines)
        for hit in s.dates[i]
    ]


def removed_by_reason(lines: pd.DataFrame) -> pd.DataFrame:
    """Lines and words removed per outlet and rule, most words first, from the lines table.

    A split line counts under the rule of its removed part, with 0 lines and that part's
    words. Columns: outlet, rule, lines, words.
    """
    removed = lines["label"].isin(["boilerplate", "duplicate"])
    rows = lines[removed | lines["reason"].str.startswith("split:")]
    summary = pd.DataFrame(
        {
            "outlet": rows["outlet"],
            "rule": rows["rule"],
            "lines": removed[rows.index].astype(int),
            "words": rows["text"].map(word_count) - rows["clean"].map(word_count),
        }
    )
    summary = summary.groupby(["outlet", "rule"], as_index=False)[["lines", "words"]].sum()
    order = ["words", "outlet", "rule"]
    return summary.sort_values(order, ascending=[False, True, True], ignore_index=True)
