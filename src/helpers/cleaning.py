"""Cleaning stage: every raw line of every article is labelled, with the rule that decided it.

Labels: `headline`, `content`, `boilerplate`, `duplicate`, `blank`. Raw text is never
modified: a kept line's clean text is a new string (a glued boilerplate prefix removed,
glued sentences given their space back), and rules match a normalised form of the line
(`dedup.match_form`), so the clean text keeps the author's punctuation.

Evidence is applied per article in this order, each step seeing the labels of the last:
1. datelines ("Washington CNN -") are marked as story content;
2. the researcher's rules in data/boilerplate.yml: a line with boilerplate glued to a story
   sentence is split, otherwise the first matching rule labels it; rules then take their
   neighbouring lines (a video's title above its duration) and fill gaps between appeals;
3. the headline: the line matching the manifest title, else the first line left if it looks
   like a headline (so a video title, already labelled, is never promoted);
4. generic evidence no rule names: a line that is mostly a link or a handle, a short
   unpunctuated line between two boilerplate lines, and a heading-like line directly above
   another heading (a related story's title dropped above a subheading);
5. repeats inside the article, then whole articles filed twice and passages shared between
   articles (helpers.dedup); dates are read from every line before any is dropped.

The module has three parts: the rules file, the evidence for one article, the corpus tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from helpers.corpus import Article, InputWarning
from helpers.dates import DateMention, find_dates
from helpers.dedup import (
    Block,
    Passage,
    Repeat,
    check_threshold,
    find_duplicate_articles,
    find_repeats,
    find_reuse,
    match_form,
    match_key,
    repeated_blocks,
    similarity,
    word_count,
)

HEADLINE_MAX_WORDS = 25
SUBHEADING_MAX_WORDS = 15
SHORT_LINE_MAX_WORDS = 12
# A split removes at most this much, and keeps only a story part at least this long.
SPLIT_MAX_REMOVED_WORDS = 25
SPLIT_MIN_KEPT_WORDS = 6
# The manifest title is looked for among the first lines only: later it is a repeat.
TITLE_SEARCH_LINES = 10

_ENDS_SENTENCE = re.compile(r"[.!?][\"')\]]*$")
# A heading ends without a full stop or comma, and is not a quoted exclamation or question.
_ENDS_CLAUSE = re.compile(r"[.,;:][\"')\]]*$|[!?]\"$")
_DATELINE = re.compile(r"^[A-Z][\w.,'() ]{0,60}?\s-{1,2}$")
_LINK = re.compile(r"https?://\S+|www\.\S+|\b[\w-]+\.(?:com|org|net|co|uk|ly|io)/\S*|[@#]\w+")
_VOICE = re.compile(r"\b(?:[Ww]e|us|[Oo]urs?|[Yy]ou|[Yy]ours?)\b")
# A sentence end before a capital ("difference.President", "said. The"), or a lower-case
# letter glued to a capitalised word ("AdvertisementPresident"): where boilerplate may end.
_GLUED = re.compile(r"[a-z0-9][.!?][\"')\]]*[\"]?[A-Z]|[a-z][A-Z][a-z]")
_CUT = re.compile(r"[.!?][\"'”’)\]]*(?=\s*[\"“‘]?[A-Z])|(?<=[a-z])(?=[A-Z][a-z])")
_GLUE = re.compile(r"(?<=[a-z0-9%)\]])([.!?][\"'”’)\]]*)(?=[\"“‘]?[A-Z][a-z])")
_URL_TOKEN = re.compile(r"://|www\.|@|\.(?:com|org|net|gov|co|uk|ly|io)\b", re.IGNORECASE)
_MANGLED_EMOJI = re.compile(r"\?{2,}")

# --- the rules file -------------------------------------------------------------------

_RULE_KEYS = {"kind", "comment", "patterns", "phrases", "max_words", "takes", "fill_gaps", "split"}
_TAKES_TYPES = {
    "before": int,
    "after": int,
    "across_blank": bool,
    "max_words": int,
    "punctuated": bool,
}
_FILL_TYPES = {"max_lines": int, "voice": bool}


class BoilerplateRulesError(ValueError):
    """A boilerplate rules file cannot be used; the message names the file and the rule."""


@dataclass(frozen=True)
class Takes:
    """Neighbouring lines a rule takes with it: how many above and below, and which."""

    before: int = 0
    after: int = 0
    across_blank: bool = False
    max_words: int = 30
    punctuated: bool = False


@dataclass(frozen=True)
class Rule:
    """One boilerplate rule of data/boilerplate.yml, checked and compiled."""

    kind: str
    comment: str
    # (compiled pattern, searched in the lower-cased line rather than the line itself)
    patterns: tuple[tuple[re.Pattern[str], bool], ...] = ()
    phrases: tuple[str, ...] = ()
    max_words: int | None = None
    takes: Takes | None = None
    fill_lines: int = 0
    fill_voice: bool = False
    split: bool = False

    def matches(self, form: str, key: str, words: int) -> bool:
        """Whether a line (`match_form`, lower-cased `key`, word count) is this boilerplate."""
        if self.max_words is not None and words > self.max_words:
            return False
        for phrase in self.phrases:
            if phrase in key:
                return True
        for pattern, lower in self.patterns:
            if pattern.search(key if lower else form):
                return True
        return False


@dataclass(frozen=True)
class BoilerplateRules:
    """The checked rules of one rules file, tried in the file's order."""

    rules: tuple[Rule, ...]
    source: str

    def first_match(self, form: str, split_only: bool = False) -> Rule | None:
        """The first rule naming this line (among rules marked `split`, if asked)."""
        key, words = form.casefold(), word_count(form)
        for rule in self.rules:
            if (rule.split or not split_only) and rule.matches(form, key, words):
                return rule
        return None

    def scan(self, form: str, words: int) -> tuple[Rule | None, bool]:
        """The first rule naming a line, and whether a `split` rule's text occurs in it at all.

        The second ignores max_words, which limits the part a split removes, not the line.
        """
        key, first, split = form.casefold(), None, False
        for rule in self.rules:
            checked = first is None
            if checked and rule.matches(form, key, words):
                first, split = rule, split or rule.split
            elif rule.split and not split:
                # Unchecked, or checked against the word limit only: look again without it.
                too_long = rule.max_words is not None and words > rule.max_words
                split = (too_long or not checked) and rule.matches(form, key, 0)
        return first, split


def load_rules(path: Path) -> BoilerplateRules:
    """Read and check a boilerplate rules file (its format is described in the file itself).

    Raises BoilerplateRulesError naming the file, and the rule by number and kind, when the
    file is missing or not YAML, or a rule has an unknown, missing or mistyped key or a
    pattern that is not a regular expression.
    """
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise BoilerplateRulesError(f"{path}: cannot be read ({error.strerror})") from error
    except yaml.YAMLError as error:
        raise BoilerplateRulesError(f"{path}: is not valid YAML: {error}") from error
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list) or not data["rules"]:
        raise BoilerplateRulesError(f"{path}: expected a top-level 'rules:' list of rules")
    rules = tuple(_parse_rule(raw, number, path) for number, raw in enumerate(data["rules"], 1))
    return BoilerplateRules(rules, str(path))


def _parse_rule(raw: Any, number: int, path: Path) -> Rule:
    kind = raw.get("kind") if isinstance(raw, dict) else None
    where = f"{path}: rule {number}" + (f" ({kind})" if isinstance(kind, str) else "")
    _check_mapping(raw, dict.fromkeys(_RULE_KEYS, object), where)
    if not isinstance(kind, str) or not re.fullmatch(r"[a-z][a-z-]*", kind):
        raise BoilerplateRulesError(f"{where}: 'kind' must be a lower-case name like image-caption")
    comment = raw.get("comment")
    if not isinstance(comment, str) or not comment.strip():
        raise BoilerplateRulesError(f"{where}: 'comment' must say what the rule catches")
    patterns, phrases = _strings(raw, "patterns", where), _strings(raw, "phrases", where)
    if not patterns and not phrases:
        raise BoilerplateRulesError(f"{where}: needs 'patterns' or 'phrases', a list of strings")
    compiled = []
    for n, pattern in enumerate(patterns, 1):
        try:
            compiled.append(_compile(pattern))
        except re.error as error:
            message = f"pattern {n} {pattern!r} is not a valid regular expression: {error}"
            raise BoilerplateRulesError(f"{where}: {message}") from error
    takes = raw.get("takes")
    if takes is not None:
        takes = Takes(**_check_mapping(takes, _TAKES_TYPES, f"{where}: takes"))
    fill = _check_mapping(raw.get("fill_gaps") or {}, _FILL_TYPES, f"{where}: fill_gaps")
    max_words = _check_mapping({"max_words": raw.get("max_words")}, {"max_words": int}, where)
    split = _check_mapping({"split": raw.get("split")}, {"split": bool}, where)
    return Rule(
        kind,
        comment.strip(),
        tuple(compiled),
        tuple(match_key(phrase) for phrase in phrases),
        max_words.get("max_words"),
        takes,
        fill.get("max_lines", 0),
        fill.get("voice", False),
        split.get("split", False),
    )


def _compile(pattern: str) -> tuple[re.Pattern[str], bool]:
    """A compiled pattern, and whether to search it in the lower-cased line.

    A `(?i)` pattern without capital letters finds the same text in the lower-cased line,
    where Python's regex engine can skip ahead on its literal text: several times faster.
    """
    body = pattern.removeprefix("(?i)")
    if body != pattern and not re.search(r"[A-Z]", re.sub(r"\\.", "", body)):
        return re.compile(body), True
    return re.compile(pattern), False


def _check_mapping(raw: Any, types: dict[str, type], where: str) -> dict[str, Any]:
    """The mapping's set values, after checking its keys and their types."""
    if not isinstance(raw, dict):
        raise BoilerplateRulesError(f"{where}: expected a mapping with keys {', '.join(types)}")
    unknown = sorted(map(str, set(raw) - set(types)))
    if unknown:
        allowed = ", ".join(sorted(types))
        raise BoilerplateRulesError(f"{where}: unknown key(s) {', '.join(unknown)}; use {allowed}")
    for key, value in raw.items():
        kind = types[key]
        # bool is an int in Python, so `max_words: true` has to be refused explicitly.
        wrong = not isinstance(value, kind) or (
            kind is int and (isinstance(value, bool) or value < 0)
        )
        if value is not None and wrong:
            name = "true or false" if kind is bool else "a whole number >= 0"
            raise BoilerplateRulesError(f"{where}: '{key}' must be {name}, got {value!r}")
    return {key: value for key, value in raw.items() if value is not None}


def _strings(raw: dict, key: str, where: str) -> list[str]:
    value = raw.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise BoilerplateRulesError(f"{where}: '{key}' must be a list of non-empty strings")
    return value


# --- evidence for one article ---------------------------------------------------------


def repair_glue(text: str) -> tuple[str, int]:
    """Give glued sentences their space back ("Mr Trump.Mr Lavrov", "2017.Russian").

    Only a lower-case letter or digit, then sentence punctuation, then a capitalised word
    counts as glue, so "U.S.", "e.g.", decimals and links (any token with ://, www., @ or a
    domain ending) are left alone. Returns the new text and the number of spaces restored.
    """
    if not _GLUE.search(text):
        return text, 0
    tokens, restored = text.split(" "), 0
    for n, token in enumerate(tokens):
        if not _URL_TOKEN.search(token):
            tokens[n], count = _GLUE.subn(r"\1 ", token)
            restored += count
    return " ".join(tokens), restored


def _ends_sentence(form: str) -> bool:
    return bool(_ENDS_SENTENCE.search(form))


def _is_dateline(form: str, words: int) -> bool:
    return words <= 8 and bool(_DATELINE.match(form))


def _heading_like(form: str, words: int, max_words: int) -> bool:
    """A title: short, not ending like a statement (a question mark is fine), not a dateline."""
    return (
        0 < words <= max_words
        and not _ENDS_CLAUSE.search(form)
        and not _is_dateline(form, words)
        and not _LINK.search(form)
    )


def _speaks_to_reader(form: str) -> bool:
    """Outlet or reader voice (we, our, you, your) outside quotation marks, as appeals speak."""
    return bool(_VOICE.search(re.sub(r'"[^"]*"', " ", form)))


def _mostly_link(form: str) -> bool:
    # Every link or handle has one of these characters; most lines have none.
    if "/" not in form and "@" not in form and "#" not in form and "www." not in form:
        return False
    linked = sum(len(m.group(0)) for m in _LINK.finditer(form))
    return linked > 0 and linked / (len(form) - form.count(" ")) >= 0.5


def _is_masthead(form: str, words: int, outlet: str) -> bool:
    """The outlet's own name alone, glued to a slogan, or before a separator."""
    if not outlet or not form.casefold().startswith(outlet.casefold()):
        return False
    rest = form[len(outlet) :]
    glued = rest[:1].isupper() or rest.strip()[:1] in ("", "|", "-", ":")
    return glued and words <= SHORT_LINE_MAX_WORDS and not _ends_sentence(form)


@dataclass(frozen=True)
class _Split:
    """A line's story text, and the boilerplate sentences removed from it with their rules."""

    kept: str
    removed: list[tuple[str, str, Rule]]  # (where: prefix, suffix or middle; text; rule)

    @property
    def reason(self) -> str:
        parts = [f'{where} "{text}" ({rule.kind})' for where, text, rule in self.removed]
        return "split: removed " + "; ".join(parts)


def _find_split(tidy: str, rules: BoilerplateRules, spaced: bool) -> _Split | None:
    """Boilerplate sentences glued to story sentences in one line, when the story stands alone.

    The line is cut into sentences; those matching a `split` rule are removed if the rest is
    at least SPLIT_MIN_KEPT_WORDS words that no rule names. A glued cut ("difference.President")
    is evidence of two page elements run together and is always tried. Cuts at a space are
    tried only when a split rule occurs in the line (`spaced`), and then the story part must
    not speak in the outlet's voice, or the whole line is one appeal ("...on the ground. Your
    donation allows us...").
    """
    bounds = [0, len(tidy)]
    for match in _CUT.finditer(tidy):
        cut = match.end()
        if spaced or (cut < len(tidy) and not tidy[cut].isspace()):
            bounds.insert(-1, cut)
    pieces = [tidy[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
    rules_of = [
        rules.first_match(match_form(piece), split_only=True)
        if word_count(piece) <= SPLIT_MAX_REMOVED_WORDS
        else None
        for piece in pieces
    ]
    if len(pieces) < 2 or not any(rules_of):
        return None
    kept = " ".join("".join(p for p, r in zip(pieces, rules_of, strict=True) if r is None).split())
    if word_count(kept) < SPLIT_MIN_KEPT_WORDS or rules.first_match(match_form(kept)):
        return None
    if spaced and _speaks_to_reader(match_form(kept)):
        return None
    last = len(pieces) - 1
    removed = [
        ("prefix" if n == 0 else "suffix" if n == last else "middle", piece.strip(), rule)
        for n, (piece, rule) in enumerate(zip(pieces, rules_of, strict=True))
        if rule is not None
    ]
    return _Split(kept, removed)


@dataclass
class _Labels:
    """One article's labels while evidence is applied (index i is line i + 1)."""

    article: Article
    forms: list[str]
    words: list[int]
    labels: list[str]
    rules: list[str]
    reasons: list[str]
    clean: list[str]
    anchors: dict[int, Rule] = field(default_factory=dict)
    dates: list[list[DateMention]] = field(default_factory=list)
    headline: str = ""
    headline_index: int = -1

    @classmethod
    def start(cls, article: Article) -> _Labels:
        forms = [match_form(line) for line in article.lines]
        empty = [""] * len(forms)
        labels = ["content" if form else "blank" for form in forms]
        clean = [" ".join(line.split()) for line in article.lines]
        dates = [find_dates(line) for line in article.lines]
        return cls(
            article,
            forms,
            list(map(word_count, forms)),
            labels,
            empty,
            empty[:],
            clean,
            dates=dates,
        )

    def open(self, i: int) -> bool:
        """Still plain content that no evidence has touched (not a dateline, not split)."""
        return self.labels[i] == "content" and not self.rules[i]

    def drop(self, i: int, kind: str) -> None:
        self.labels[i], self.rules[i], self.reasons[i], self.clean[i] = (
            "boilerplate",
            kind,
            kind,
            "",
        )

    def nonblank(self) -> list[int]:
        return [i for i, form in enumerate(self.forms) if form]


def _apply_rules(state: _Labels, rules: BoilerplateRules) -> None:
    for i in state.nonblank():
        form = state.forms[i]
        if _is_dateline(form, state.words[i]):
            state.rules[i] = state.reasons[i] = "dateline"
            continue
        rule, spaced = rules.scan(form, state.words[i])
        split = (
            _find_split(state.clean[i], rules, spaced) if spaced or _GLUED.search(form) else None
        )
        if split is not None:
            rule = split.removed[0][2]
            state.clean[i], state.rules[i], state.anchors[i] = split.kept, rule.kind, rule
            state.reasons[i] = split.reason
            continue
        if rule is not None:
            state.drop(i, rule.kind)
            state.anchors[i] = rule


def _apply_takes(state: _Labels) -> None:
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
                    ends = not takes.punctuated and _ends_sentence(state.forms[j])
                    if not state.open(j) or too_long or ends:
                        break
                    state.drop(j, rule.kind)
                    count -= 1
                elif not takes.across_blank:
                    break
                j += step


def _apply_fill(state: _Labels) -> None:
    """Lines between two anchors of one kind (see `fill_gaps` in data/boilerplate.yml)."""
    anchors = sorted(state.anchors.items())
    for (a, rule), (b, other) in zip(anchors, anchors[1:], strict=False):
        between = [j for j in range(a + 1, b) if state.forms[j]]
        if not rule.fill_lines or other.kind != rule.kind or len(between) > rule.fill_lines:
            continue
        for j in between:
            if state.open(j) and (not rule.fill_voice or _speaks_to_reader(state.forms[j])):
                state.drop(j, rule.kind)


def _apply_headline(state: _Labels) -> None:
    article, rows = state.article, [i for i in state.nonblank() if state.labels[i] == "content"]
    if article.title:
        state.headline, title = " ".join(article.title.split()), match_key(article.title)
        near = [i for i in rows[:TITLE_SEARCH_LINES] if state.open(i)]
        found = [i for i in near if similarity(title, state.forms[i].casefold()) >= 0.9]
        if found:
            state.labels[found[0]], state.headline_index = "headline", found[0]
        return
    for i in rows:
        if state.open(i) and _is_masthead(state.forms[i], state.words[i], article.outlet):
            state.drop(i, "masthead")
            continue
        if state.open(i) and _heading_like(state.forms[i], state.words[i], HEADLINE_MAX_WORDS):
            state.labels[i], state.headline_index = "headline", i
        return


def _apply_generic(state: _Labels) -> None:
    rows = state.nonblank()
    for i in rows:
        if state.open(i) and _mostly_link(state.forms[i]):
            state.drop(i, "link-or-handle")
    for before, i, after in zip(rows, rows[1:], rows[2:], strict=False):
        short = state.words[i] <= SHORT_LINE_MAX_WORDS and not _ends_sentence(state.forms[i])
        if state.open(i) and short and state.labels[before] == state.labels[after] == "boilerplate":
            same = state.rules[before] == state.rules[after]
            state.drop(i, state.rules[before] if same else "between-boilerplate")
    # A section heading introduces a paragraph, so of two headings in a row only the second
    # can be one; the first is a related story's title dropped into the body.
    for i, after in zip(rows, rows[1:], strict=False):
        pair = (i, after)
        if i > state.headline_index and all(state.open(j) for j in pair):
            if all(
                _heading_like(state.forms[j], state.words[j], SUBHEADING_MAX_WORDS) for j in pair
            ):
                state.drop(i, "related-link")


def _apply_repeats(state: _Labels, threshold: float) -> dict[int, Repeat]:
    repeats = find_repeats([(i + 1, state.forms[i]) for i in state.nonblank()], threshold)
    for line, repeat in repeats.items():
        i = line - 1
        if state.labels[i] == "content":
            kind = "exact-duplicate" if repeat.exact else "near-duplicate"
            score = "" if repeat.exact else f" ({repeat.similarity:.2f})"
            state.labels[i], state.rules[i], state.clean[i] = "duplicate", kind, ""
            state.reasons[i] = f"{kind} of line {repeat.of_line}{score}"
    return repeats


def _label_article(
    article: Article, rules: BoilerplateRules, threshold: float
) -> tuple[_Labels, list[Block]]:
    """Labels of one article and its blocks of repeated lines that were removed."""
    state = _Labels.start(article)
    _apply_rules(state, rules)
    _apply_takes(state)
    _apply_fill(state)
    _apply_headline(state)
    _apply_generic(state)
    repeats = _apply_repeats(state, threshold)
    for i, label in enumerate(state.labels):
        if label in ("content", "headline"):
            state.clean[i], restored = repair_glue(state.clean[i])
            if restored:
                note = f"glue: {restored} missing space{'s' if restored > 1 else ''} restored"
                state.reasons[i] = f"{state.reasons[i]}; {note}" if state.reasons[i] else note
    if state.headline_index >= 0:
        state.headline = state.clean[state.headline_index]
    blocks = repeated_blocks([i + 1 for i in state.nonblank()], repeats)
    return state, [b for b in blocks if "duplicate" in state.labels[b.first_line - 1 : b.last_line]]


def _article_warnings(state: _Labels) -> list[InputWarning]:
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
    mangled = [str(i + 1) for i in rows if _MANGLED_EMOJI.search(state.forms[i])]
    if mangled:
        message = f"line(s) {', '.join(mangled)} contain '??' runs, probably emoji lost to an "
        message += "encoding step before the file was saved; text kept as is"
        warnings.append(InputWarning(file, message))
    return warnings


# --- the corpus tables ----------------------------------------------------------------


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


COLUMNS = {
    "lines": ["file", "outlet", "line", "label", "rule", "reason", "text", "clean"],
    "paragraphs": ["file", "outlet", "paragraph", "line", "text"],
    "articles": ["file", "outlet", "headline", "words_raw", "words_clean", "lines_raw"]
    + ["lines_removed", "duplicates_removed", "dates_found", "duplicate_of"],
    "reuse": ["file_a", "outlet_a", "line_a", "file_b", "outlet_b", "line_b", "similarity", "text"],
    "dates": [
        "file",
        "outlet",
        "line",
        "date",
        "precision",
        "year_known",
        "written",
        "text",
        "source",
    ],
    "duplicate_blocks": ["file", "outlet", "first_line", "last_line", "repeats_from_line"]
    + ["repeats_to_line", "lines"],
}


def clean_corpus(
    articles: list[Article], rules: BoilerplateRules, near_duplicate_threshold: float = 0.9
) -> CleanResult:
    """Label every line of every article and build the cleaning stage's tables.

    Args:
        articles: articles as read by `corpus.read_corpus`.
        rules: boilerplate rules from `load_rules`.
        near_duplicate_threshold: lowest similarity (rapidfuzz normalised Indel, 0 to 1) at
            which a line repeats another, an article repeats another (share of content lines
            in common) and a passage is reused between articles.

    Returns:
        A CleanResult whose tables have the columns in `COLUMNS`. `lines.text` is the raw
        line, `lines.clean` the clean text of kept lines; `dates.text` is the raw line the
        date was written in (`written`). A file that is empty, only boilerplate, without a
        headline or a second copy of another article gets a warning; the rest is still cleaned.
    """
    check_threshold(near_duplicate_threshold)
    states, blocks, warnings = [], {}, []
    for article in articles:
        state, blocks[article.file] = _label_article(article, rules, near_duplicate_threshold)
        states.append(state)
        warnings.extend(_article_warnings(state))
    duplicate_of = _mark_duplicate_articles(states, near_duplicate_threshold, warnings)
    tables = {
        "lines": _lines_rows(states),
        "paragraphs": _paragraph_rows(states),
        "articles": [_article_row(s, duplicate_of.get(s.article.file, "")) for s in states],
        "reuse": _reuse_rows(states, set(duplicate_of), near_duplicate_threshold),
        "dates": _date_rows(states),
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
            for s in states
            for b in blocks[s.article.file]
        ],
    }
    frames = {name: pd.DataFrame(rows, columns=COLUMNS[name]) for name, rows in tables.items()}
    return CleanResult(**frames, warnings=warnings)


def _content_rows(state: _Labels) -> list[int]:
    return [i for i, label in enumerate(state.labels) if label == "content"]


def _mark_duplicate_articles(
    states: list[_Labels], threshold: float, warnings: list[InputWarning]
) -> dict[str, str]:
    """Second copies of an article: their content lines become duplicates of the first copy."""
    keys = [frozenset(s.forms[i].casefold() for i in _content_rows(s)) for s in states]
    duplicate_of = {}
    for index, (first, overlap) in find_duplicate_articles(keys, threshold).items():
        state, original = states[index], states[first].article.file
        for i in _content_rows(state):
            state.labels[i], state.rules[i], state.clean[i] = "duplicate", "duplicate-article", ""
            state.reasons[i] = f"duplicate article of {original}"
        duplicate_of[state.article.file] = original
        message = f"repeats {original} ({overlap:.0%} of content lines in common); analysed once"
        warnings.append(InputWarning(state.article.file, message))
    return duplicate_of


def _lines_rows(states: list[_Labels]) -> list[tuple]:
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
        for s in states
        for i, line in enumerate(s.article.lines)
    ]


def _paragraph_rows(states: list[_Labels]) -> list[tuple]:
    rows = []
    for s in states:
        kept = [i for i in _content_rows(s) if s.clean[i]]
        rows += [
            (s.article.file, s.article.outlet, n, i + 1, s.clean[i]) for n, i in enumerate(kept, 1)
        ]
    return rows


def _article_row(s: _Labels, duplicate_of: str) -> tuple:
    kept = [i for i, label in enumerate(s.labels) if label in ("content", "headline")]
    return (
        s.article.file,
        s.article.outlet,
        s.headline,
        sum(s.words),
        sum(word_count(s.clean[i]) for i in kept),
        len(s.labels),
        sum(label in ("boilerplate", "duplicate") for label in s.labels),
        s.labels.count("duplicate"),
        sum(map(len, s.dates)),
        duplicate_of,
    )


def _reuse_rows(states: list[_Labels], duplicates: set[str], threshold: float) -> list[tuple]:
    outlets = {s.article.file: s.article.outlet for s in states}
    passages = [
        Passage(s.article.file, i + 1, s.clean[i])
        for s in states
        if s.article.file not in duplicates
        for i in _content_rows(s)
    ]
    pairs = [(passages[a], passages[b], score) for a, b, score in find_reuse(passages, threshold)]
    return [
        (a.file, outlets[a.file], a.line, b.file, outlets[b.file], b.line, score, a.text)
        for a, b, score in pairs
    ]


def _date_rows(states: list[_Labels]) -> list[tuple]:
    """Dates of every line; `source` is the line's label, or its rule when it was removed."""
    return [
        (s.article.file, s.article.outlet, i + 1, hit.date, hit.precision, hit.year_known)
        + (hit.text, line, s.rules[i] if s.labels[i] == "boilerplate" else s.labels[i])
        for s in states
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
