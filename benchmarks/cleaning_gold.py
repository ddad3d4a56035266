"""A second reading of the cleaning dev set's gold: lines its sources call content that this
benchmark counts as boilerplate or as repeats (`cleaning.py --gold relabelled`).

The gold bodies (article-extraction benchmark, L3S GoogleNews, CleanPortalEval) keep a few
kinds of line that issue 14 names as boilerplate: embedded posts, "Advertisement" markers,
copyright notices, separators, image credits. And a page whose body is printed twice, or
which is a second copy of an earlier page, keeps its repeats as content, though a reader
loses nothing when a repeat goes. The rules here are written from the lines' text and place
alone (they use nothing of the workbook's), one per class, so that the figures can be given
both ways; `cleaning.py --relabelled-lines` lists every line they change, to be read.

A gold `content` or `headline` line becomes:
- `boilerplate` when it has no letter or digit (a separator); is only an advertisement
  marker; is a copyright notice ("©", "(c) 2008", "Copyright 2019 ...", "All rights
  reserved"); is an image credit in brackets ("(Image credit: NASA)"); or is an embedded
  post's attribution ("— Name (@handle) November 4, 2019") or the post's text just above it;
- `duplicate` (not scored) when its text is that of an earlier line of the same page, or
  when its page is a second copy of an earlier page of the corpus (at least 90% of its
  gold content lines are lines of that one page).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from helpers.base.corpus import Article

KEPT = ("content", "headline")
SECOND_COPY_SHARE = 0.9

_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
_ADVERTISEMENT = re.compile(r"^\W*advertisement\W*$", re.IGNORECASE)
_COPYRIGHT = re.compile(
    r"^\W*(?:©|\(c\)\s*(?:19|20)\d\d|copyright\s*(?:\(c\)|©|(?:19|20)\d\d))"
    r"|^copyright [A-Z][\w ]{0,40}(?:19|20)\d\d\W*$|all rights reserved",
    re.IGNORECASE,
)
_IMAGE_CREDIT = re.compile(r"^\((?:image|photo|picture) credit:[^()]*\)$", re.IGNORECASE)
_POST_ATTRIBUTION = re.compile(
    r"^[—–-]\s*[^()]{1,80}\(@\w{1,30}\)\s+[A-Z][a-z]+\.? \d{1,2}, (?:19|20)\d\d$"
)


def line_key(text: str) -> str:
    return " ".join(text.split()).casefold()


def boilerplate_class(text: str) -> str:
    """The class of boilerplate a line is by the rules above, or ""."""
    tidy = " ".join(text.split())
    if not _LETTER_OR_DIGIT.search(tidy):
        return "separator"
    if _ADVERTISEMENT.match(tidy):
        return "advertisement"
    if _COPYRIGHT.search(tidy) and len(tidy.split()) <= 60:
        return "copyright"
    if _IMAGE_CREDIT.match(tidy):
        return "image credit"
    if _POST_ATTRIBUTION.match(tidy):
        return "embedded post"
    return ""


def relabel(
    articles: list[Article], labels: dict[str, dict[int, str]]
) -> tuple[dict[str, dict[int, str]], dict[tuple[str, int], str]]:
    """The relabelled gold, and for every line it changes (file, line) -> its class."""
    changed: dict[tuple[str, int], str] = {}
    copies = second_copies(articles, labels)
    for article in articles:
        gold = labels[article.file]
        if article.file in copies:
            for number in gold:
                if gold[number] in KEPT:
                    changed[(article.file, number)] = f"second copy of {copies[article.file]}"
            continue
        _relabel_lines(article, gold, changed)
    relabelled = {file: dict(gold) for file, gold in labels.items()}
    for (file, number), why in changed.items():
        relabelled[file][number] = (
            "duplicate" if why.startswith(("repeat", "second")) else ("boilerplate")
        )
    return relabelled, changed


def _relabel_lines(article: Article, gold: dict[int, str], changed: dict) -> None:
    seen: set[str] = set()
    rows = [(n, line) for n, line in enumerate(article.lines, 1) if line.strip()]
    for at, (number, line) in enumerate(rows):
        key = line_key(line)
        if gold.get(number) in KEPT:
            found = boilerplate_class(line)
            if found == "embedded post" and at > 0 and gold.get(rows[at - 1][0]) in KEPT:
                changed[(article.file, rows[at - 1][0])] = "embedded post"
            if found:
                changed[(article.file, number)] = found
            elif key in seen:
                changed[(article.file, number)] = "repeat in the page"
        seen.add(key)


def second_copies(articles: list[Article], labels: dict[str, dict[int, str]]) -> dict[str, str]:
    """Pages whose gold content lines are, for SECOND_COPY_SHARE or more, lines of one
    earlier page: file -> that page's file."""
    pages_of: dict[str, set[int]] = defaultdict(set)
    copies = {}
    for index, article in enumerate(articles):
        gold = labels[article.file]
        keys = [
            line_key(line)
            for n, line in enumerate(article.lines, 1)
            if gold.get(n) == "content" and line.strip()
        ]
        votes = Counter(page for key in set(keys) for page in pages_of[key])
        if keys and votes:
            page, shared = votes.most_common(1)[0]
            if shared >= SECOND_COPY_SHARE * len(set(keys)):
                copies[article.file] = articles[page].file
        for key in keys:
            pages_of[key].add(index)
    return copies
