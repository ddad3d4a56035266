"""The steps of labelling one article, each on the labels the steps before it left
(`article_labels` runs them in order; its docstring says what each weighs and why).

A step turns content lines into boilerplate, a headline or repeats; none turns a removed
line back into content, except that the line matching the manifest title is the headline
even when its words named a kind of boilerplate (the headline's step is
`headlines.apply_headline`), and lines at the story's edges that the context took for page
furniture are the story's (`apply_story_edges`): a closing line once readers' comments are
found, a letter's salutation above a kept line, a bulleted summary above the first
paragraph. The article's state while the steps run is `label_state.LabelState`.
"""

from __future__ import annotations

from helpers.cleaning import (
    captions,
    fine_print,
    headed_comments,
    list_items,
    markup,
    signed_comments,
    story_context,
    subheadings,
)
from helpers.cleaning.label_state import KEPT, LabelState
from helpers.cleaning.lines import (
    ends_sentence,
    mostly_link,
    speaks_to_reader,
)
from helpers.cleaning.repeats import Repeat, repeats_of_keys
from helpers.cleaning.story_context import Placed
from helpers.cleaning.story_continuations import carries_item, closing_lines, salutations


def apply_rules(state: LabelState) -> None:
    """Datelines, and what the rules make of each line on its own (`lines.read_line`)."""
    for i in state.nonblank():
        line = state.lines[i]
        if line.dateline:
            state.rules[i] = state.reasons[i] = "dateline"
        elif line.split is not None and line.split.rest is not None:
            state.drop(i, line.split.removed[0][2].kind, line.split.reason)
            state.anchors[i] = line.split.removed[0][2]
        elif line.split is not None:
            rule = line.split.removed[0][2]
            state.clean[i], state.rules[i], state.anchors[i] = line.split.kept, rule.kind, rule
            state.reasons[i] = line.split.reason
        elif line.rule is not None:
            state.drop(i, line.rule.kind)
            state.anchors[i] = line.rule


def apply_takes(state: LabelState) -> None:
    """Neighbouring lines a rule takes with it (see `takes` in data/boilerplate.yml)."""
    for i, rule in list(state.anchors.items()):
        takes = rule.takes
        if takes is None or state.labels[i] != "boilerplate":
            continue
        for step, count in ((-1, takes.before), (1, takes.after)):
            j = i + step
            while count > 0 and 0 <= j < len(state.forms):
                if state.forms[j]:
                    too_long = state.words[j] > takes.max_words
                    ends = not takes.punctuated and ends_sentence(state.forms[j])
                    if not state.open(j) or too_long or ends:
                        break
                    state.drop(j, rule.kind)
                    count -= 1
                elif not takes.across_blank:
                    break
                j += step


def apply_fill(state: LabelState) -> None:
    """Lines between two anchors of one kind (see `fill_gaps` in data/boilerplate.yml)."""
    anchors = sorted(state.anchors.items())
    for (a, rule), (b, other) in zip(anchors, anchors[1:], strict=False):
        between = [j for j in range(a + 1, b) if state.forms[j]]
        if not rule.fill_lines or other.kind != rule.kind or len(between) > rule.fill_lines:
            continue
        for j in between:
            if state.open(j) and (not rule.fill_voice or speaks_to_reader(state.forms[j])):
                state.drop(j, rule.kind)


def apply_kinds(state: LabelState) -> None:
    """Lines whose text names their kind of boilerplate (helpers.cleaning.line_kinds), unless
    a bulleted statement among the story's bulleted items (helpers.cleaning.list_items) or
    a subheading of control words between paragraphs (helpers.cleaning.subheadings); raw
    markup (helpers.cleaning.markup), and bare links, except a link that ends a paragraph the
    page wrapped over lines ("... visit the company's Web" over "site at www.logitech.com."):
    the sentence above runs on into it."""
    shapes = [line.shape for line in state.lines]
    wrapped = story_context.wrapped_lines(state.forms, shapes)
    kinds = [line.kind for line in state.lines]
    items = list_items.bulleted_statements(
        state.article.lines, shapes, [k is not None for k in kinds]
    )
    items |= subheadings.control_word_subheadings(
        state.forms, kinds, state.paragraph, state.nonblank()
    )
    for i in state.nonblank():
        hit = state.lines[i].kind
        if state.open(i) and hit is not None and i not in items:  # not the story's own line
            state.drop(i, hit.kind, hit.reason)
        elif state.open(i) and mostly_link(state.forms[i]) and not _ends_wrapped(state, wrapped, i):
            state.drop(i, "link-or-handle")
    for i, (kind, reason) in markup.markup_lines(state.forms).items():
        if state.open(i):  # raw markup: an embed's tags, a style sheet (helpers.cleaning.markup)
            state.drop(i, kind, reason)
    for i in state.nonblank():  # a form's fine print glued to a paragraph (cleaning.fine_print)
        if state.open(i) and (cut := fine_print.fine_print_end(state.clean[i])):
            state.clean[i], state.rules[i] = state.clean[i][cut:], "form-notice"
            state.reasons[i] = "form-notice: a form's fine print cut off the line's start"
        elif state.open(i) and fine_print.fine_print_line(state.clean[i]):
            state.drop(i, "form-notice", "form-notice: a form's fine print alone on its line")


def _ends_wrapped(state: LabelState, wrapped: set[int], i: int) -> bool:
    """Line i ends, with a sentence's end, the prose that the line directly above it, itself
    no link, runs on into (both in a paragraph the page wrapped): a list of links, or of
    spam ending with its link, ends no sentence."""
    above, shape = i - 1, state.lines[i].shape
    ends = shape is not None and shape.ends_sentence
    return ends and i in wrapped and above in wrapped and not mostly_link(state.forms[above])


def apply_captions(state: LabelState) -> None:
    """Lines above a credit line in one short block: its photo's caption; and a caption or
    a pull quote with its source's name under it between paragraphs (helpers.cleaning.captions)."""
    kinds = [
        rule if label == "boilerplate" else ""
        for label, rule in zip(state.labels, state.rules, strict=True)
    ]
    story = [line.shape is not None and line.shape.story for line in state.lines]
    found = captions.captions_above_credits(state.forms, kinds, state.words, story)
    for i, credit in found.items():
        if state.open(i):
            state.drop(i, "image-caption", f"image-caption: above the credit on line {credit + 1}")
    opened = [state.open(i) and bool(form) for i, form in enumerate(state.forms)]
    shapes = [line.shape for line in state.lines]
    for i, (kind, reason) in captions.sourced_lines(state.forms, shapes, opened).items():
        state.drop(i, kind, reason)


def apply_context(state: LabelState) -> None:
    """Lines no rule or kind names, classed by their place around the story (helpers.cleaning.story_context)."""
    rows = state.nonblank()
    wrapped = story_context.wrapped_lines(state.forms, [line.shape for line in state.lines])
    placed = [_placed(state, i, i in wrapped) for i in rows]
    for n, (kind, reason) in story_context.decide(placed).items():
        state.drop(rows[n], kind, reason)


def apply_signed_comments(state: LabelState) -> None:
    """Readers' comments signed "Name, Town" between them (helpers.cleaning.signed_comments),
    then comments headed by their commenter's name (helpers.cleaning.headed_comments)."""
    states = [_line_state(state, i) for i in range(len(state.forms))]
    shapes = [line.shape for line in state.lines]
    for i, sign in signed_comments.signed_comments(state.forms, shapes, states).items():
        if state.open(i):
            state.drop(i, "comment-prompt", f"comment-prompt: a comment signed on line {sign + 1}")
    states = [_line_state(state, i) for i in range(len(state.forms))]
    for i, head in headed_comments.headed_comments(state.forms, shapes, states).items():
        if state.labels[i] == "content":  # a dateline's shape in a comment is the comment's
            state.drop(i, "comment-prompt", f"comment-prompt: a comment headed on line {head + 1}")


def apply_story_edges(state: LabelState) -> None:
    """A short line directly under the story's last paragraph that ends as a statement is the
    story's closing line, though no verb the shape knows makes it a sentence
    (story_continuations.closing_lines); a greeting directly above a kept line is a
    letter's salutation (story_continuations.salutations); bulleted lines above the story's
    first paragraph written as sentences are its summary (list_items.summary_bullets)."""
    kept = [label == "content" for label in state.labels]
    outside = [rule == "outside-story" for rule in state.rules]
    shapes = [line.shape for line in state.lines]
    for i in closing_lines(state.forms, shapes, kept, outside):
        state.labels[i], state.rules[i], state.clean[i] = "content", "", state.lines[i].clean
        state.reasons[i] = "content: the story's closing line, under its last paragraph"
    for i in salutations(state.forms, kept, outside):
        state.labels[i], state.rules[i], state.clean[i] = "content", "", state.lines[i].clean
        state.reasons[i] = "content: a letter's salutation, above the story's paragraph"
    summary = list_items.summary_bullets(state.article.lines, shapes, outside, state.headline_index)
    for i in summary:
        state.labels[i], state.rules[i], state.clean[i] = "content", "", state.lines[i].clean
        state.reasons[i] = (
            "content: a line of the story's bulleted summary, above its first paragraph"
        )


def _line_state(state: LabelState, i: int) -> str:
    """What the evidence so far made of a line: "blank", "open" (nothing decided), "bad"
    (boilerplate) or "kept" (settled as the story's: the headline, a dateline)."""
    if not state.forms[i]:
        return "blank"
    if state.open(i):
        return "open"
    return "bad" if state.labels[i] == "boilerplate" else "kept"


def _placed(state: LabelState, i: int, wrapped: bool) -> Placed:
    line, kind = state.lines[i], _line_state(state, i)
    if kind == "bad":
        hit = line.kind if line.kind is not None and line.kind.kind == state.rules[i] else None
        heads = hit is not None and hit.heads_list and not carries_item(state.forms[i])
        return Placed(i + 1, line.shape, "bad", heads, state.rules[i])
    return Placed(i + 1, line.shape, kind, headline=i == state.headline_index, wrapped=wrapped)


def apply_repeats(state: LabelState, threshold: float) -> dict[int, Repeat]:
    rows = state.nonblank()
    repeats = repeats_of_keys([i + 1 for i in rows], [state.lines[i].key for i in rows], threshold)
    at = {i: n for n, i in enumerate(rows)}
    for line, repeat in repeats.items():
        i, first = line - 1, repeat.of_line - 1
        # A paragraph repeating a removed line (its pull quote) is the only copy left; a
        # caption's copies are the caption again (a gallery repeats it under each photo).
        first_kept = state.labels[first] in KEPT or state.rules[first] == "image-caption"
        if state.labels[i] != "content" or not (first_kept or not state.lines[i].shape.story):
            continue
        kind = "exact-duplicate" if repeat.exact else "near-duplicate"
        score = "" if repeat.exact else f" ({repeat.similarity:.2f})"
        if state.labels[first] == "content" and _boxed_copy(state, (rows, at), first, i, repeats):
            i, where = first, f"{kind} of line {line}{score}, the copy standing outside the story"
        else:
            where = f"{kind} of line {repeat.of_line}{score}"
        state.labels[i], state.rules[i], state.clean[i] = "duplicate", kind, ""
        state.reasons[i] = where
    return repeats


def _boxed_copy(
    state: LabelState,
    order: tuple[list[int], dict[int, int]],
    first: int,
    later: int,
    repeats: dict,
) -> bool:
    """The first copy of a repeated line stands in a box (a pull quote with its speaker's
    name under it, a standfirst above the story) and the later copy between two story
    paragraphs, or the first copy stands between two removed lines (a share row and a
    photo's credit) and the later one next to a story paragraph: the later copy is the
    story's own, and the box's goes. Lines of a repeated
    run are left as they are (the run is a second copy of a passage). `order`: the
    non-blank line indexes and each one's position among them (built once per article)."""
    rows, at = order

    def neighbours(i: int) -> list[int]:
        return [rows[n] for n in (at[i] - 1, at[i] + 1) if 0 <= n < len(rows)]

    def paragraph(j: int) -> bool:
        return state.labels[j] == "content" and state.lines[j].shape.story

    def between_paragraphs(i: int) -> bool:
        around = neighbours(i)
        return len(around) == 2 and all(paragraph(j) for j in around)

    def between_removed(i: int) -> bool:
        around = neighbours(i)
        return len(around) == 2 and all(state.labels[j] == "boilerplate" for j in around)

    alone = all(j + 1 not in repeats for j in neighbours(later))
    boxed = between_paragraphs(later) and not between_paragraphs(first)
    # A standfirst printed between the share row and the photo, then as the first paragraph.
    boxed = boxed or (between_removed(first) and any(paragraph(j) for j in neighbours(later)))
    return state.lines[later].shape.story and alone and boxed
