"""The article's headline: the line matching the manifest title, even when a kind of
boilerplate took it; with no title, the first line left that reads as one, or a title a
video's or a gallery's label opens on the first line (`article_labels` runs this step after
the kinds and the captions, before the story's context)."""

from __future__ import annotations

from helpers.base.text import match_key
from helpers.cleaning.label_state import LabelState
from helpers.cleaning.lines import ends_sentence, heading_like
from helpers.cleaning.repeats import similarity

HEADLINE_MAX_WORDS = 25
# A masthead (the outlet's name with a slogan) is at most this many words.
MASTHEAD_MAX_WORDS = 12
# The manifest title is looked for among the first lines only: later it is a repeat.
TITLE_SEARCH_LINES = 10
# Kinds whose label a title may follow on an article's first line ("WATCH: X Says Y").
TITLE_LABEL_KINDS = ("video-label", "gallery")
# A label before a title: at most this many words before its colon.
TITLE_LABEL_MAX_WORDS = 2
# The title after the label: at least this many words, so that "Watch: Video" stays a label.
LABELLED_TITLE_MIN_WORDS = 4


def _is_masthead(form: str, words: int, outlet: str) -> bool:
    """The outlet's own name alone, glued to a slogan, or before a separator."""
    if not outlet or not form.casefold().startswith(outlet.casefold()):
        return False
    rest = form[len(outlet) :]
    glued = rest[:1].isupper() or rest.strip()[:1] in ("", "|", "-", ":")
    return glued and words <= MASTHEAD_MAX_WORDS and not ends_sentence(form)


def apply_headline(state: LabelState) -> None:
    """The line matching the manifest title, else the first line left if it looks like one."""
    article, rows = state.article, [i for i in state.nonblank() if state.labels[i] == "content"]
    if article.title:
        state.headline = " ".join(article.title.split())
        _title_line(state, rows[:TITLE_SEARCH_LINES])
        return
    first = state.nonblank()[:1]
    if first and _labelled_title(state, first[0]):
        _restore_headline(
            state, first[0], "a title under a video or gallery label on the first line"
        )
        return
    for i in rows:
        if state.open(i) and _is_masthead(state.forms[i], state.words[i], article.outlet):
            state.drop(i, "masthead")
            continue
        if state.open(i) and heading_like(state.forms[i], state.words[i], HEADLINE_MAX_WORDS):
            state.labels[i], state.headline_index = "headline", i
        return


def _title_line(state: LabelState, rows: list[int]) -> None:
    """The first of the first content lines that matches the manifest title is the
    headline; if none does, the first line there the kinds removed that matches it: the
    researcher's title outranks a kind read from the line's words ("2018 Boys State Swim
    Results" reads as a date stamp)."""
    title, last = match_key(state.article.title), rows[-1] if rows else -1
    removed = [i for i in state.nonblank() if i <= last and state.by_kind(i)]
    for near in ([i for i in rows if state.open(i)], removed):
        found = [i for i in near if similarity(title, state.lines[i].key) >= 0.9]
        if found:
            break
    else:
        return
    _restore_headline(state, found[0], "the manifest title")


def _restore_headline(state: LabelState, i: int, why: str) -> None:
    """Line `i` is the headline; if a kind removed it, its reason says what it was taken for."""
    if state.labels[i] == "boilerplate":
        state.clean[i], state.rules[i] = state.lines[i].clean, ""
        state.reasons[i] = f"headline: {why}, not {state.reasons[i]}"
    state.labels[i], state.headline_index = "headline", i


def _labelled_title(state: LabelState, i: int) -> bool:
    """An article's first line that a video or gallery kind removed for the label opening
    it, where a title follows the label ("WATCH: John Bolton Promises ...", "Photo Gallery:
    Behind the Scenes ..."): with no manifest title, the first line of a scraped article is
    its headline, and the label says only that the story is a video or a gallery, whether
    a kind or a pattern of data/boilerplate.yml read the label. Not when the line under it
    is a title itself: then the first line is a player's label for a video standing above
    the story ("Up Next: ...", "Watch: ...") and the title under it is the headline."""
    if state.labels[i] != "boilerplate" or state.rules[i] not in TITLE_LABEL_KINDS:
        return False
    anchored = state.anchors.get(i)
    if not state.by_kind(i) and (anchored is None or anchored.kind != state.rules[i]):
        return False  # taken with a neighbour (a rule's `takes`), not read by its own label
    label, colon, title = state.forms[i].partition(":")
    words = len(title.split())
    under = [j for j in state.nonblank() if j > i][:1]
    titled = bool(under) and state.open(under[0]) and _title(state, under[0])
    return (
        bool(colon)
        and len(label.split()) <= TITLE_LABEL_MAX_WORDS
        and words >= LABELLED_TITLE_MIN_WORDS
        and heading_like(title.strip(), words, HEADLINE_MAX_WORDS)
        and not titled
    )


def _title(state: LabelState, i: int) -> bool:
    """Line `i` reads as a title: heading-like and as long as a labelled title's."""
    words = state.words[i]
    return words >= LABELLED_TITLE_MIN_WORDS and heading_like(
        state.forms[i], words, HEADLINE_MAX_WORDS
    )
