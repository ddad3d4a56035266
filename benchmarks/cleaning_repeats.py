"""A judge fair to repeats (`cleaning.py --repeats fair`): of the copies of one text, one
is scored, and it counts as kept when the cleaner kept any copy.

How the strict labels treat repeats (`boilerplate_devset.label_lines`): a line repeating an
earlier *content* line word for word is `duplicate` and not scored. Three cases are not
covered, and each is scored against a cleaner that keeps exactly one copy:
- the alignment with the gold picked a later copy: the earlier copy of the same text is
  `boilerplate` and the later one `content` (a table's header printed above and below it,
  a film title in a caption and in the story), so a cleaner that keeps the first copy and
  drops the second is charged twice, a boilerplate line kept and a content line removed;
- the headline: every line among the first lines that matches it is `headline` (one of them
  may be cut short with "..."), and a later copy of the headline is `content` (`seen` holds
  content lines only), so a page that prints its headline twice has two lines to keep;
- a page that is a second copy of an earlier page (`cleaning_gold.second_copies`: a story
  one site filed twice, a wire story under two hosts) is all content, though the corpus
  holds its text in the first copy.

The fair reading, per page: among the lines with the same words (the labeller's key:
tokens, case and punctuation aside; the lines labelled `headline` and their copies count as
one text) of which one or more is `content` or `headline`, one
copy is scored (as `headline` if any copy is one, else `content`): the first copy the
cleaner kept, else the first the gold keeps; the other copies are `duplicate`. The lines of
a second copy of a page whose text is a content line of the first copy are `duplicate`
(the first copy's line is scored). The gold's count of texts to keep is unchanged: only
which copy stands for the text, and copies beyond the first, change.
"""

from __future__ import annotations

from collections import defaultdict

from cleaning_gold import second_copies
from devset_html import tokens

from helpers.base.corpus import Article
from helpers.base.text import word_count

KEPT = ("content", "headline")
COPIES = (*KEPT, "boilerplate", "duplicate")


def fair_labels(
    articles: list[Article], labels: dict[str, dict[int, str]], removed: dict[str, list[int]]
) -> dict[str, dict[int, str]]:
    """The labels as the fair reading gives them for one cleaner's removals (words removed
    per line, as `cleaning.py`'s cleaners return them)."""
    fair = {file: dict(gold) for file, gold in labels.items()}
    for article in articles:  # a page with no labelled line (whole pages) has none to change
        fair.setdefault(article.file, {})
    copies = second_copies(articles, labels)
    by_file = {a.file: a for a in articles}
    for article in articles:
        gold, lines = fair[article.file], article.lines
        # As `cleaning.score` reads a removal: a line is gone when all its words are.
        kept = [
            not removed[article.file][n - 1] >= word_count(line) > 0
            for n, line in enumerate(lines, 1)
        ]
        _one_copy_per_text(lines, gold, kept)
        if article.file in copies:
            first = by_file[copies[article.file]]
            first_keys = {
                _key(line)
                for n, line in enumerate(first.lines, 1)
                if labels.get(first.file, {}).get(n) in KEPT
            }
            for n, line in enumerate(lines, 1):
                if gold.get(n) in KEPT and _key(line) in first_keys:
                    gold[n] = "duplicate"
    return fair


def _key(line: str) -> str:
    return " ".join(tokens(line))


def _one_copy_per_text(lines: list[str], gold: dict[int, str], kept: list[bool]) -> None:
    """In place: of each text the gold keeps, one copy scored, the kept one if any."""
    groups: dict[str, list[int]] = defaultdict(list)
    headlines = [n for n in gold if gold[n] == "headline"]
    for n, line in enumerate(lines, 1):
        key = _key(line)
        if key and gold.get(n) in COPIES:
            groups[key].append(n)
    # Lines the labeller matched to the page's headline are copies of one text, though one
    # may be cut short ("... Evolution in Home-Entertainment...").
    merged = {key for n in headlines for key in [_key(lines[n - 1])] if key}
    if len(merged) > 1:
        groups["\0headline"] = sorted(n for key in merged for n in groups.pop(key))
    for numbers in groups.values():
        labels = [gold[n] for n in numbers]
        if len(numbers) < 2 or not any(label in KEPT for label in labels):
            continue
        label = "headline" if "headline" in labels else "content"
        chosen = next(
            (n for n in numbers if kept[n - 1]),
            next(n for n in numbers if gold[n] in KEPT),
        )
        for n in numbers:
            gold[n] = label if n == chosen else "duplicate"
