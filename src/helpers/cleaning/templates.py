"""Template lines: page furniture an outlet prints in several of its articles.

A line that recurs word for word in two or more articles of the same outlet ("Share this
page", "Most read", an author's standing tagline, a section label) belongs to the outlet's
page template, not to any one story, whatever its words. Story sentences recur too (an
update repeats its background paragraph, a quote is reused), so only lines that read
neither as a story paragraph nor as a sentence (helpers.cleaning.line_shape) are taken, and never
the headline; nor a short line found in only two or three articles that stands among the
story's lines (a list's item, a subheading, a live blog's time stamp: a few stories share such
lines by chance). Articles filed twice are left out of the count, or every line of theirs
would recur. A sentence an outlet repeats is template too where it stands between two
removed lines in every article that keeps it (a related story's teaser between its title
and the next title); one copy among a story's paragraphs makes it the story's. A block of
two or more such lines an outlet repeats in many articles (a poll's question and answers,
under the poll's label and over its form) is template where it stands between removed
lines in at least half of the articles that keep it. Then the titles and teasers printed once in a box
of related stories whose heading and one of whose titles are template lines go too
(helpers.cleaning.template_boxes). This is
evidence across articles, so it runs once the articles are labelled
(`corpus_labels.assemble`); the count is one pass over the lines.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict

from helpers.base.text import match_form, match_key, word_count
from helpers.cleaning.article_labels import ArticleLabels
from helpers.cleaning.line_shape import line_shape
from helpers.cleaning.template_boxes import template_boxes

# A line is template when it recurs in at least this many articles of one outlet.
TEMPLATE_MIN_ARTICLES = 2
# A block of lines recurring in this many articles is the outlet's, not one story's
# background: two articles share a live blog's entries, five do not share a story.
BLOCK_MIN_ARTICLES = 5
# A short line in only two or three articles, set among the story's lines, is the story's
# own: a list item ("Washington", "1/2 teaspoon salt"), a subheading ("Notes:", "BEFORE YOU
# GO.", "Conclusion"), a live blog's time stamp ("10:30 p.m."). A few of an outlet's many
# stories share such lines by chance (more so in a folder mixing sites under one name); an
# outlet's template recurs in more, or stands apart from the story. In an outlet of a few
# articles, two that share a line share it by no chance: a promotion or section label
# printed inside its stories ("Get the app", "The Morning Brief") is then the template's,
# so the line must also be in at most this share of the outlet's articles.
ITEM_MAX_WORDS = 4
ITEM_MAX_ARTICLES = 3
ITEM_MAX_SHARE = 0.05
# A list's other items, beside such a line ("1/4 cup chopped fresh parsley").
LIST_ITEM_MAX_WORDS = 8
REMOVED = ("boilerplate", "duplicate")
BOXED = ", between removed lines"


def mark_templates(labelled: list[ArticleLabels], skip: set[str]) -> list[ArticleLabels]:
    """Articles whose recurring content lines are relabelled `boilerplate` (rule `template`).

    Args:
        labelled: every article's labels, in corpus order.
        skip: files left out of the count and left as they are (second copies of an article).

    Returns:
        A new list; articles without template lines are the same objects.
    """
    counts = _outlet_counts(labelled, skip)
    marked = []
    for s in labelled:
        outlet = s.article.outlet
        rows = [] if s.article.file in skip else _template_rows(s, counts[outlet])
        rows = _without_story_items(s, rows, counts[outlet][""])
        marked.append(_relabel(s, [(i, seen, "") for i, seen in rows], counts[outlet]))
    # Sentences the outlet repeats go where they stand between removed lines in every
    # article that keeps them (a block of them, in at least half: `_is_template`).
    places = [[] if s.article.file in skip else _repeated_sentences(s, counts) for s in marked]
    tally = _placements(marked, places)
    boxed = []
    for s, found in zip(marked, places, strict=True):
        outlet = s.article.outlet
        rows = [
            (i, seen, _where(*tally[outlet, key][:2]))
            for i, seen, key, _, _ in found
            if _is_template(seen, *tally[outlet, key])
        ]
        boxed.append(_relabel(s, rows, counts[outlet]))
    return [_mark_boxes(s) for s in boxed]


def _mark_boxes(s: ArticleLabels) -> ArticleLabels:
    """The article with the titles and teasers of boxes headed by its template lines
    (helpers.cleaning.template_boxes) relabelled `related-link`."""
    found = template_boxes(s.article.lines, s.labels, s.rules)
    if not found:
        return s
    labels, rules, reasons = list(s.labels), list(s.rules), list(s.reasons)
    clean, clean_words = list(s.clean), list(s.clean_words)
    for i, head in found.items():
        labels[i], rules[i], clean[i], clean_words[i] = "boilerplate", "related-link", "", 0
        reasons[i] = f"related-link: a related title or its teaser in the box under line {head + 1}"
        reasons[i] += ", a template line"
    return _replaced(s, labels, rules, reasons, clean, clean_words)


def _outlet_counts(labelled: list[ArticleLabels], skip: set[str]) -> dict[str, dict]:
    """Per outlet: the number of its articles each line (`match_key`) occurs in, and under
    the key "" the number of its articles."""
    counts: dict[str, dict] = defaultdict(lambda: defaultdict(int))
    for s in labelled:
        if s.article.file in skip:
            continue
        outlet = counts[s.article.outlet]
        outlet[""] += 1
        for key in {match_key(line) for line in s.article.lines if line.strip()}:
            outlet[key] += 1
    return counts


def _template_rows(s: ArticleLabels, counts: dict) -> list[tuple[int, int]]:
    """(line index, articles it occurs in) of this article's template lines."""
    rows = []
    for i, line in enumerate(s.article.lines):
        if s.labels[i] != "content" or s.rules[i] or not line.strip():
            continue
        seen = counts.get(match_key(line), 0)
        if seen >= TEMPLATE_MIN_ARTICLES:
            form = match_form(line)
            shape = line_shape(form, word_count(form))
            if not (shape.story or shape.sentence):
                rows.append((i, seen))
    return rows


def _without_story_items(
    s: ArticleLabels, rows: list[tuple[int, int]], articles: int
) -> list[tuple[int, int]]:
    """`rows` without the short lines found in `ITEM_MAX_ARTICLES` articles or fewer, and
    in no more than `ITEM_MAX_SHARE` of the outlet's `articles`, that stand among the
    story's lines. Walking up and down over other such lines (a list of
    them) and separators (a live blog's "___" above each entry's time stamp), the first line
    met on each side is a story line (content) that is no template, and the lines read as a
    list or a section: the line below is a sentence or a paragraph (a subheading's section,
    a time stamp's entry), or the line above is a list's item or introduces it with a colon,
    or the line itself ends with a colon. A box's heading under the story's last paragraph
    with a title under it ("Region Headlines") is none of these."""
    items = {
        i
        for i, seen in rows
        if seen <= min(ITEM_MAX_ARTICLES, ITEM_MAX_SHARE * articles)
        and word_count(match_form(s.article.lines[i])) <= ITEM_MAX_WORDS
    }
    others = {i for i, _ in rows} - items
    lines = [i for i, line in enumerate(s.article.lines) if line.strip()]
    at = {i: n for n, i in enumerate(lines)}

    def bound(n: int, step: int) -> int | None:
        while 0 <= n < len(lines) and (lines[n] in items or s.rules[lines[n]] == "separator"):
            n += step
        if 0 <= n < len(lines) and s.labels[lines[n]] == "content" and lines[n] not in others:
            return lines[n]
        return None

    kept = set()
    for i in items:
        above, below = bound(at[i] - 1, -1), bound(at[i] + 1, 1)
        if above is None or below is None:
            continue
        if _reads_on(s.article.lines[below]) or _lists(s.article.lines[above]):
            kept.add(i)
        elif s.article.lines[i].rstrip().endswith(":"):
            kept.add(i)
    return [(i, seen) for i, seen in rows if i not in kept]


def _reads_on(line: str) -> bool:
    """Whether a line reads as a sentence or a story paragraph."""
    form = match_form(line)
    shape = line_shape(form, word_count(form))
    return shape.story or shape.sentence


def _lists(line: str) -> bool:
    """Whether a line introduces a list (ends with a colon) or is a list's item (a short
    line that is no sentence)."""
    form = match_form(line)
    words = word_count(form)
    return form.rstrip().endswith(":") or (words <= LIST_ITEM_MAX_WORDS and not _reads_on(line))


def _repeated_sentences(s: ArticleLabels, counts: dict) -> list[tuple[int, int, str, bool, bool]]:
    """(line index, articles it occurs in, its key, whether it stands between two removed
    lines, whether in a block of two or more) of this article's content lines that recur in
    other articles of its outlet. A related story's teaser stands between its title and the
    next title; a story sentence an outlet repeats (an update's background paragraph) stands
    among paragraphs. A line recurring in `BLOCK_MIN_ARTICLES` articles or more stands with
    the lines next to it that recur as often (a poll's question and its answers): it is
    between removed lines where their block is."""
    kept = [i for i, line in enumerate(s.article.lines) if line.strip()]
    recurring = []
    for n, i in enumerate(kept):
        key = match_key(s.article.lines[i])
        seen = counts[s.article.outlet].get(key, 0)
        if s.labels[i] == "content" and not s.rules[i] and seen >= TEMPLATE_MIN_ARTICLES:
            recurring.append((n, i, seen, key))
    in_block = {n for n, _, seen, _ in recurring if seen >= BLOCK_MIN_ARTICLES}
    rows = []
    for n, i, seen, key in recurring:
        first = last = n
        while seen >= BLOCK_MIN_ARTICLES and first - 1 in in_block:
            first -= 1
        while seen >= BLOCK_MIN_ARTICLES and last + 1 in in_block:
            last += 1
        around = [kept[m] for m in (first - 1, last + 1) if 0 <= m < len(kept)]
        boxed = len(around) == 2 and all(s.labels[j] in REMOVED for j in around)
        rows.append((i, seen, key, boxed, last > first))
    return rows


def _placements(
    labelled: list[ArticleLabels], places: list[list[tuple[int, int, str, bool, bool]]]
) -> dict[tuple[str, str], tuple[int, int, int]]:
    """(outlet, key) of each repeated sentence -> in how many of the articles that keep it
    it stands between removed lines, how many keep it, and in how many it is in a block."""
    boxed: Counter[tuple[str, str]] = Counter()
    kept: Counter[tuple[str, str]] = Counter()
    blocks: Counter[tuple[str, str]] = Counter()
    for s, found in zip(labelled, places, strict=True):
        for _, _, key, box, block in found:
            boxed[s.article.outlet, key] += box
            kept[s.article.outlet, key] += 1
            blocks[s.article.outlet, key] += block
    return {at: (boxed[at], n, blocks[at]) for at, n in kept.items()}


def _is_template(seen: int, boxed: int, kept: int, blocks: int) -> bool:
    """A repeated sentence kept between removed lines in every article that keeps it, or,
    in `BLOCK_MIN_ARTICLES` articles or more and in a block in at least half of those that
    keep it, between removed lines in at least half of them. A single sentence kept among
    one story's paragraphs stays the story's, however many articles repeat it."""
    if seen < BLOCK_MIN_ARTICLES or 2 * blocks < kept:
        return boxed == kept
    return 2 * boxed >= kept


def _where(boxed: int, kept: int) -> str:
    """The end of a boxed template line's reason."""
    if boxed == kept:
        return BOXED
    return f"{BOXED} in {boxed} of the {kept} articles that keep it"


def _relabel(s: ArticleLabels, rows: list[tuple[int, int, str]], counts: dict) -> ArticleLabels:
    """The article with `rows` (line index, articles it occurs in, the end of its reason)
    relabelled template; the same object if there are none."""
    if not rows:
        return s
    labels, rules, reasons = list(s.labels), list(s.rules), list(s.reasons)
    clean, clean_words = list(s.clean), list(s.clean_words)
    total = counts[""]
    for i, seen, where in rows:
        labels[i], rules[i], clean[i], clean_words[i] = "boilerplate", "template", "", 0
        reasons[i] = (
            f"template: the same line is in {seen} of {total} articles from {s.article.outlet}"
            + where
        )
    return _replaced(s, labels, rules, reasons, clean, clean_words)


def _replaced(s: ArticleLabels, labels, rules, reasons, clean, clean_words) -> ArticleLabels:
    """`s` with these labels, rules, reasons and clean texts, and its content keys again."""
    content = frozenset(
        match_key(line)
        for line, label in zip(s.article.lines, labels, strict=True)
        if label == "content"
    )
    return dataclasses.replace(
        s,
        content_keys=content,
        labels=tuple(labels),
        rules=tuple(rules),
        reasons=tuple(reasons),
        clean=tuple(clean),
        clean_words=tuple(clean_words),
    )
