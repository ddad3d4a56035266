"""One raw line on its own: the forms rules and comparisons see, its dates, and what the
boilerplate rules make of it, before any neighbouring line is looked at.

Everything here depends on the line's text and the rules only, so a `LineReader` reads
each distinct line once however many articles repeat it (an outlet's boilerplate, wire
copy). Raw text is never modified: the clean text is a new string.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from helpers.base.dates import DateMention, find_dates
from helpers.base.text import counts_as_form, match_form, unquoted, word_count
from helpers.cleaning.kinds_vocabulary import Vocabulary, default_vocabulary
from helpers.cleaning.line_kinds import KindHit, detect_kind
from helpers.cleaning.line_shape import FUNCTION_WORDS, LineShape, line_shape
from helpers.cleaning.rules import BoilerplateRules, Rule

# A split removes at most this much, and keeps only a story part at least this long.
SPLIT_MAX_REMOVED_WORDS = 25
SPLIT_MIN_KEPT_WORDS = 6
# A reader forgets every line once it holds this many (memory, not results).
REMEMBERED_LINES = 100_000

_DATELINE = re.compile(r"^[A-Z][\w.,'() ]{0,60}?\s-{1,2}$")
_ENDS_SENTENCE = re.compile(r"[.!?][\"')\]]*$")
# A heading ends without a full stop or comma, and is not a quoted exclamation or question.
_ENDS_CLAUSE = re.compile(r"[.,;:][\"')\]]*$|[!?]\"$")
_LINK = re.compile(r"https?://\S+|www\.\S+|\b[\w-]+\.(?:com|org|net|co|uk|ly|io)/\S*|[@#]\w+")
_VOICE = re.compile(r"\b(?:[Ww]e|us|[Oo]urs?|[Yy]ou|[Yy]ours?)\b")
# Where a line may be cut into sentences: a sentence end before a capital ("said. The",
# "difference.President"), or a lower-case letter glued to a capitalised word.
_CUT = re.compile(r"[.!?][\"'”’)\]]*(?=\s*[\"“‘]?[A-Z])|(?<=[a-z])(?=[A-Z][a-z])")
# The same two without a space: evidence of two page elements run together. Each pattern
# starts at its rarer character and looks back for the one before, which is much faster.
_GLUED_SENTENCE = re.compile(r"[.!?](?<=[a-z0-9][.!?])[\"')\]]*[\"]?[A-Z]")
_GLUED_WORD = re.compile(r"[A-Z](?<=[a-z][A-Z])[a-z]")
# The word a case change inside a token starts ("Tube" of "YouTube").
_WORD_START = re.compile(r"[A-Za-z]+")
# Name prefixes a case change follows inside one name ("McManus", "DeLuca", "LeBron",
# "VanDyke"): never a whole word that a glued sentence could follow.
_NAME_PREFIXES = frozenset("mc mac de di da du del della la le van von fitz".split())
_GLUE = re.compile(r"(?<=[a-z0-9%)\]])([.!?][\"'”’)\]]*)(?=[\"“‘]?[A-Z][a-z])")
# What every match of _GLUE contains, found without its slow look-behind at every position.
_GLUE_HINT = re.compile(r"[.!?][\"'”’)\]]*[\"“‘]?[A-Z][a-z]")
_URL_TOKEN = re.compile(r"://|www\.|@|\.(?:com|org|net|gov|co|uk|ly|io)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Split:
    """A line's story text, and the boilerplate sentences removed from it with their rules."""

    kept: str
    removed: tuple[tuple[str, str, Rule], ...]  # (where: prefix, suffix or middle; text; rule)
    # The kind of boilerplate the kept part's own text names (a copyright notice left after
    # its credit was cut off): then nothing of the line is the story's.
    rest: KindHit | None = None

    @property
    def reason(self) -> str:
        parts = [f'{where} "{text}" ({rule.kind})' for where, text, rule in self.removed]
        if self.rest is not None:
            parts.append(f"the rest is {self.rest.reason}")
        return "split: removed " + "; ".join(parts)


@dataclass(frozen=True)
class Line:
    """A raw line as read on its own.

    `form` is what rules see (`text.match_form`), `key` what comparisons see (the form
    case-folded, `text.match_key`), `words` its word count, `clean` the raw line with runs of spaces made one. A dateline is story content; else
    `split` (if any) removes glued boilerplate, else `rule` (if any) names the whole line.
    `repaired` is the text kept if the line stays content (`repair_glue` of the split's or
    the clean text), `restored` the spaces that gave back, `repaired_words` its words.
    `shape` is what the line looks like (helpers.cleaning.line_shape) and `kind` the kind of
    boilerplate its text names (helpers.cleaning.line_kinds), if any.
    """

    form: str
    key: str
    words: int
    clean: str
    dates: tuple[DateMention, ...]
    dateline: bool = False
    split: Split | None = None
    rule: Rule | None = None
    repaired: str = ""
    restored: int = 0
    repaired_words: int = 0
    shape: LineShape | None = None
    kind: KindHit | None = None


class LineReader:
    """Reads lines with one set of rules and kinds vocabulary, each distinct line once."""

    def __init__(self, rules: BoilerplateRules, vocabulary: Vocabulary | None = None) -> None:
        self.rules = rules
        self.vocabulary = vocabulary or default_vocabulary()
        self._seen: dict[str, Line] = {}

    def read(self, line: str) -> Line:
        known = self._seen.get(line)
        if known is None:
            if len(self._seen) >= REMEMBERED_LINES:
                self._seen.clear()
            known = self._seen[line] = read_line(line, self.rules, self.vocabulary)
        return known


def read_line(line: str, rules: BoilerplateRules, vocabulary: Vocabulary | None = None) -> Line:
    """Read one raw line on its own (see `Line`); `shape` and `kind` only with a vocabulary."""
    form, clean, dates = match_form(line), " ".join(line.split()), tuple(find_dates(line))
    if not form:
        return Line(form, form, 0, clean, dates)
    words = word_count(form)
    dateline, split, rule = is_dateline(form, words), None, None
    if not dateline:
        rule, spaced = rules.scan(form, words)
        glued = spaced or _GLUED_SENTENCE.search(form) or _GLUED_WORD.search(form)
        split = find_split(clean, rules, spaced) if glued else None
    repaired, restored = repair_glue(split.kept if split else clean)
    # Spaces given back to glued sentences never change a count (`text.word_count`).
    same = split is None and (repaired == form or counts_as_form(clean))
    kept_words = words if same else word_count(repaired)
    shape = line_shape(form, words) if vocabulary is not None else None
    kind = detect_kind(form, shape, vocabulary) if shape is not None else None
    if split is not None and vocabulary is not None:
        split = dataclasses.replace(split, rest=_kind_of(split.kept, vocabulary))
    return Line(
        form,
        form.casefold(),
        words,
        clean,
        dates,
        dateline=dateline,
        split=split,
        rule=rule,
        repaired=repaired,
        restored=restored,
        repaired_words=kept_words,
        shape=shape,
        kind=kind,
    )


def _kind_of(text: str, vocabulary: Vocabulary) -> KindHit | None:
    form = match_form(text)
    return detect_kind(form, line_shape(form, word_count(form)), vocabulary) if form else None


def is_dateline(form: str, words: int) -> bool:
    """A dateline ("WASHINGTON CNN -"): story content, never a heading or boilerplate."""
    return words <= 8 and bool(_DATELINE.match(form))


def ends_sentence(form: str) -> bool:
    return bool(_ENDS_SENTENCE.search(form))


def heading_like(form: str, words: int, max_words: int) -> bool:
    """A title: short, not ending like a statement (a question mark is fine), not a dateline."""
    return (
        0 < words <= max_words
        and not _ENDS_CLAUSE.search(form)
        and not is_dateline(form, words)
        and not _LINK.search(form)
    )


def mostly_link(form: str) -> bool:
    """Half or more of the line's characters (spaces aside) are links or handles."""
    # Every link or handle has one of these characters; most lines have none.
    if "/" not in form and "@" not in form and "#" not in form and "www." not in form:
        return False
    linked = sum(len(m.group(0)) for m in _LINK.finditer(form))
    return linked > 0 and linked / (len(form) - form.count(" ")) >= 0.5


def speaks_to_reader(form: str) -> bool:
    """Outlet or reader voice (we, our, you, your) outside quotation marks, as appeals speak."""
    return bool(_VOICE.search(unquoted(form)))


def repair_glue(text: str) -> tuple[str, int]:
    """Give glued sentences their space back ("Mr Trump.Mr Lavrov", "2017.Russian").

    Only a lower-case letter or digit, then sentence punctuation, then a capitalised word
    counts as glue, so "U.S.", "e.g.", decimals and links (any token with ://, www., @ or a
    domain ending) are left alone. Returns the new text and the number of spaces restored.
    """
    if not _GLUE_HINT.search(text) or not _GLUE.search(text):
        return text, 0
    tokens, restored = text.split(" "), 0
    for n, token in enumerate(tokens):
        if not _URL_TOKEN.search(token):
            tokens[n], count = _GLUE.subn(r"\1 ", token)
            restored += count
    return " ".join(tokens), restored


def _inside_name(tidy: str, cut: int) -> bool:
    """A case change at `cut` inside a capitalised word ("YouTube", "MacLellan", "@TimKaine")
    is a name's, not two page elements glued: unless the word after it is a function word
    ("Getty ImagesThe mayor ..."), a glued label ends in lower case ("newsletterThe")."""
    left = _word_before(tidy, cut)
    right = _WORD_START.match(tidy, cut)
    return left[:1].isupper() and (right is None or right.group().lower() not in FUNCTION_WORDS)


def _word_before(tidy: str, cut: int) -> str:
    """The part before `cut` of the word `cut` falls in ("You" of "YouTube")."""
    return tidy[:cut].rsplit(None, 1)[-1].lstrip("@#(\"'“‘[")


def _sentence_after(tidy: str, cut: int) -> bool:
    """What follows a case change inside a capitalised word is a sentence of its own: a
    whole word (a space after it), then a sentence with a verb, SPLIT_MIN_KEPT_WORDS words
    or more ("Reporting by Jane DoeMayor Tom Smith said the city would appeal."): two page
    elements glued, though the case change looks like a name's. The rest of a name is no
    such sentence ("...YouTube Channel for all of the latest videos!" has no verb, "Kylie
    MacLellan; Editing by ..." no space after "Lellan"), nor is what follows a name's prefix
    ("Produced by Sean McManus with a crew of ten, the film ...": not "Sean Mc" glued to
    "Manus with a crew ..."), nor the rest of a name a sentence's opening clause ends
    ("Produced by DreamWorks Animation, the film opened ...")."""
    word = _WORD_START.match(tidy, cut)
    if word is None or tidy[word.end() : word.end() + 1] != " ":
        return False
    if _word_before(tidy, cut).lower() in _NAME_PREFIXES or _name_ends_clause(tidy, cut):
        return False
    form = match_form(tidy[cut:])
    words = word_count(form)
    return words >= SPLIT_MIN_KEPT_WORDS and line_shape(form, words).sentence


def _name_ends_clause(tidy: str, cut: int) -> bool:
    """What follows `cut` goes on with capitalised words up to a comma and then in lower
    case ("Works Animation, the film opened ..."), and the word the case change is in opens
    a name after the clause's own lower-case word ("by DreamWorks"): the case change was
    inside a name that closes the sentence's opening clause ("Produced by DreamWorks
    Animation, ..."), not two page elements glued, since a glued paragraph's subject has
    its verb before any comma. After a name's first word the name was already under way,
    and capitalised words up to a comma open the glued paragraph ("Reporting by Jane
    DoeLast Tuesday, the mayor said ...")."""
    before = tidy[:cut].split()[-2:-1]
    if before and before[0][:1].isupper():
        return False
    head, comma, tail = tidy[cut:].partition(",")
    words = head.split()
    return bool(
        comma and words and all(w[:1].isupper() for w in words) and tail.lstrip()[:1].islower()
    )


def find_split(tidy: str, rules: BoilerplateRules, spaced: bool) -> Split | None:
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
        if match.start() == cut and _inside_name(tidy, cut) and not _sentence_after(tidy, cut):
            continue
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
    if spaced and speaks_to_reader(match_form(kept)):
        return None
    last = len(pieces) - 1
    removed = tuple(
        ("prefix" if n == 0 else "suffix" if n == last else "middle", piece.strip(), rule)
        for n, (piece, rule) in enumerate(zip(pieces, rules_of, strict=True))
        if rule is not None
    )
    return Split(kept, removed)
