"""Labelling one article: every raw line gets a label and the rule that decided it.

Labels: `headline`, `content`, `boilerplate`, `duplicate`, `blank`. Raw text is never
modified: a kept line's clean text is a new string (a glued boilerplate prefix removed,
glued sentences given their space back), and rules match a normalised form of the line
(`base.text.match_form`), so the clean text keeps the author's punctuation.

Evidence is applied in this order, each step seeing the labels of the last:
1. datelines ("Washington CNN -") are marked as story content;
2. the researcher's rules in data/boilerplate.yml (helpers.cleaning.rules, applied to each
   line on its own in helpers.cleaning.lines): a line with boilerplate glued to a story sentence is
   split (unless the part left is itself a kind of boilerplate: then the whole line goes),
   otherwise the first matching rule labels it; rules then take their neighbouring
   lines (a video's title above its duration) and fill gaps between appeals;
3. the kind of boilerplate a line's own text names in any outlet (helpers.cleaning.line_kinds, with
   the vocabulary of data/boilerplate_kinds.yml: share rows, prompts, captions, stamps...),
   lines that are mostly a link or a handle, and raw markup (an embed's tags, a style
   sheet: helpers.cleaning.markup), and a form's fine print (alone, or cut off the start of
   the paragraph it is glued to: helpers.cleaning.fine_print); then the lines standing above a credit
   line in one short block, a photo's caption, and a caption or a pull quote set between
   two paragraphs with its source's name under it (helpers.cleaning.captions);
4. the headline: the line matching the manifest title (one whose words named a kind only if
   no line left matches it: the researcher's title outranks the vocabulary), else the first
   line left if it looks like a headline (so a video title, already labelled, is never
   promoted);
5. the lines no rule or kind names, by their place around the story's paragraphs
   (helpers.cleaning.story_context: outside the story, between boilerplate lines, listed under a
   "Related" heading, in a comment section), then readers' comments signed "Name, Town"
   between them (helpers.cleaning.signed_comments) or headed by their commenter's name
   (helpers.cleaning.headed_comments), then a closing line directly under the story's last
   paragraph is the story's again (helpers.cleaning.story_continuations);
6. repeats inside the article (helpers.cleaning.repeats); then kept lines get the spaces back that
   glued sentences lost. Dates are read from every line before any is dropped.

Each step is a function of `label_steps`, on the article's labels as the steps before left them.

`label_article` looks at one article only, so articles can be labelled in any order or
in parallel; work across articles (articles filed twice, lines an outlet repeats in many
articles, shared passages) is `corpus_labels.assemble`'s.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from helpers.base.corpus import Article, InputWarning
from helpers.base.dates import DateMention
from helpers.base.text import word_count
from helpers.cleaning import headlines, label_steps
from helpers.cleaning.label_state import LabelState
from helpers.cleaning.lines import LineReader, repair_glue
from helpers.cleaning.repeats import Block, check_threshold, repeated_blocks
from helpers.cleaning.rules import BoilerplateRules


@dataclass(frozen=True)
class ArticleLabels:
    """One article's labelled lines (index i is line i + 1), as `label_article` returns them.

    Plain values only (strings, numbers, frozen records), so it pickles between processes.
    `clean` is a kept line's clean text ("" for removed lines) and `clean_words` its word
    count; `dates` are each line's dates; `content_keys` the case-folded forms of the content
    lines, which `corpus_labels.assemble` compares to find articles filed twice; `blocks` the runs
    of repeated lines removed; `warnings` those about this file alone.
    """

    article: Article
    labels: tuple[str, ...]
    rules: tuple[str, ...]
    reasons: tuple[str, ...]
    clean: tuple[str, ...]
    clean_words: tuple[int, ...]
    words_raw: int
    headline: str
    dates: tuple[tuple[DateMention, ...], ...]
    content_keys: frozenset[str]
    blocks: tuple[Block, ...]
    warnings: tuple[InputWarning, ...]


def label_article(
    article: Article, rules: BoilerplateRules, near_duplicate_threshold: float = 0.9
) -> ArticleLabels:
    """Label every line of one article, looking at that article only.

    Args:
        article: one article as read by `corpus.read_corpus`.
        rules: boilerplate rules from `boilerplate.load_rules`.
        near_duplicate_threshold: lowest similarity (0 to 1] at which a line repeats an
            earlier line of the same article.

    Returns:
        The article's labels, its blocks of repeated lines that were removed, and warnings
        for a file that is empty, only boilerplate or without a headline. Raises ValueError
        for a threshold outside (0, 1].
    """
    return label_articles([article], rules, near_duplicate_threshold)[0]


def label_articles(
    articles: Iterable[Article], rules: BoilerplateRules, near_duplicate_threshold: float = 0.9
) -> list[ArticleLabels]:
    """`label_article` of each article (for a partition of a corpus, as in Dask's
    `Bag.map_partitions`): the same labels, but a line met again is read only once."""
    check_threshold(near_duplicate_threshold)
    reader = LineReader(rules)
    return [_label(article, reader, near_duplicate_threshold) for article in articles]


def _label(article: Article, reader: LineReader, threshold: float) -> ArticleLabels:
    state = LabelState.start(article, reader)
    label_steps.apply_rules(state)
    label_steps.apply_takes(state)
    label_steps.apply_fill(state)
    label_steps.apply_kinds(state)
    label_steps.apply_captions(state)
    headlines.apply_headline(state)
    label_steps.apply_context(state)
    label_steps.apply_signed_comments(state)
    label_steps.apply_story_edges(state)
    repeats = label_steps.apply_repeats(state, threshold)
    # Kept lines get back the spaces glued sentences lost (`lines.repair_glue`), and their
    # words are counted from the text kept.
    clean_words = [0] * len(state.labels)
    for i, label in enumerate(state.labels):
        if label not in ("content", "headline"):
            continue
        state.clean[i], clean_words[i], restored = _kept_text(state, i)
        if restored:
            note = f"glue: {restored} missing space{'s' if restored > 1 else ''} restored"
            state.reasons[i] = f"{state.reasons[i]}; {note}" if state.reasons[i] else note
    if state.headline_index >= 0:
        state.headline = state.clean[state.headline_index]
    blocks = repeated_blocks([i + 1 for i in state.nonblank()], repeats)
    content = [i for i, label in enumerate(state.labels) if label == "content"]
    return ArticleLabels(
        article=article,
        labels=tuple(state.labels),
        rules=tuple(state.rules),
        reasons=tuple(state.reasons),
        clean=tuple(state.clean),
        clean_words=tuple(clean_words),
        words_raw=sum(state.words),
        headline=state.headline,
        dates=tuple(line.dates for line in state.lines),
        content_keys=frozenset(state.lines[i].key for i in content),
        blocks=tuple(
            b for b in blocks if "duplicate" in state.labels[b.first_line - 1 : b.last_line]
        ),
        warnings=tuple(_article_warnings(state)),
    )


def _kept_text(state: LabelState, i: int) -> tuple[str, int, int]:
    """A kept line's clean text with the spaces glued sentences lost given back, its word
    count, and the number of spaces restored. A line a step cut after it was read (a form's
    fine print cut off the paragraph it is glued to) keeps only its cut text: repaired and
    counted from that, not from the whole line."""
    line = state.lines[i]
    read = line.split.kept if line.split is not None else line.clean
    if state.clean[i] == read:
        return line.repaired, line.repaired_words, line.restored
    text, restored = repair_glue(state.clean[i])
    return text, word_count(text), restored


def _article_warnings(state: LabelState) -> list[InputWarning]:
    file, rows = state.article.file, state.nonblank()
    if not rows:
        return [InputWarning(file, "has no text to clean (empty or whitespace only)")]
    warnings = []
    if "content" not in state.labels:
        message = f"has no story text: all {len(rows)} non-blank lines are boilerplate or repeats"
        warnings.append(InputWarning(file, message))
    elif not state.headline:
        message = "has no headline in its text and no manifest title; headline left empty"
        warnings.append(InputWarning(file, message))
    mangled = [str(i + 1) for i in rows if "??" in state.forms[i]]
    if mangled:
        message = f"line(s) {', '.join(mangled)} contain '??' runs, probably emoji lost to an "
        message += "encoding step before the file was saved; text kept as is"
        warnings.append(InputWarning(file, message))
    return warnings
