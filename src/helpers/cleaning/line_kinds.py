"""Boilerplate found by its kind: which kind of page furniture one line is, and why.

The vocabulary is data (data/boilerplate_kinds.yml, read by helpers.cleaning.kinds_vocabulary: the
phrases a kind starts or ends with, the words share rows and menus are made of, the agencies
that end a caption); this module names a line's kind from its text and shape
(helpers.cleaning.line_shape) with a reason a researcher can read. Shapes no phrase names are found
here too: lines with no letters (separators), date and time stamps (alone or with a name),
video durations, gallery counters ("3 of 12") and captions ending with an agency's credit. A
phrase a line starts with names it even when a scraper glued the next element's capitalised
word to it ("Media captionWho is ..."). A line that reads as a sentence is named
only by kinds whose lines are sentences (captions, credits, appeals, notices), so a story
sentence that starts with "Comments" or "By" stays a story sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from helpers.base.text import unquoted
from helpers.cleaning.kinds_vocabulary import KindRule, Vocabulary, bare
from helpers.cleaning.line_shape import NAME_PARTICLES, LineShape

# Kinds whose lines read as sentences; the others never name a line that does.
SENTENCE_KINDS = frozenset(
    {"subscription-appeal", "donation-appeal", "image-caption", "credit", "copyright"}
    | {"social-embed", "comment-prompt", "link-prompt", "form-notice"}
)
# Kinds whose phrase before a colon labels a link's or a video's title ("Previous story:
# ...", "Related: ...", "Watch: ..."), which may read as a sentence. An advertisement's
# word before a colon heads a story's list item as often ("Advertising: The campaign spent
# $4.2 million on ads").
LINK_LABEL_KINDS = frozenset({"navigation", "related-link", "video-label"})
# Stamps, counters and rows of interface words are short; `alone` phrases shorter still.
SHORT_LINE_MAX_WORDS = 20
ALONE_MAX_WORDS = 8
# Endings and credits are looked for in a line's last characters only (speed, not results).
ENDS_TAIL_CHARS = 120
MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_DAYS = r"mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
_DATE_TOKEN = re.compile(
    rf"^(?:{MONTHS}|{_DAYS})\.?,?$|^[\d/:.,-]+(?:st|nd|rd|th|am|pm|h|[ap]\.m)?,?$"
)
# A date in figures alone, with its year: "1/18/2008", "18.01.08", "2008-01-18".
_FIGURES_DATE = re.compile(
    r"^\d{1,2}[/.-]\d{1,2}[/.-](?:\d\d|(?:19|20)\d\d)$|^(?:19|20)\d\d-\d\d-\d\d$"
)
# A stamp names a date, or says what the time is the time of.
_DATE = re.compile(rf"\b(?:{MONTHS})\b|\b(?:19|20)\d\d\b|\d/\d", re.I)
_STAMPED = frozenset("updated published posted modified ago gmt utc et est edt bst".split())
_YEAR_OR_TIME = re.compile(r"\b(?:19|20)\d\d\b|\d{1,2}:\d{2}")
_TOKEN_EDGES = ".,:;!?()[]'\"»«>|•·"
# A stamp may carry an author's, agency's or place's name of this many words.
STAMP_MAX_NAMES = 5
_VOICE = re.compile(r"\b(?:you|your|yours|we|our|us)\b", re.I)
# A letter's address: "Dear" or "To" before the one written to, ending with a colon.
_ADDRESS = re.compile(r"^(?:dear|to)\b.*:$", re.I)
APPEAL_KINDS = frozenset({"subscription-appeal", "donation-appeal", "form-notice"})
_DURATION = re.compile(r"^\(?\d{1,2}:\d{2}(?::\d{2})?\)?(?:\s*[-|]\s*source:.*)?$", re.I)
_COUNTER = re.compile(r"^(?:(?:photo|image|picture|slide|item)s?\s*)?\d+\s*(?:of|/)\s*\d+$", re.I)
_COUNTER_GLUED = re.compile(r"^\d+\s*of\s*\d+(?=[A-Z])")
# A comment section's heading with its count: '10 thoughts on "Title"', '34 responses to'.
_COMMENT_COUNT = re.compile(
    r'^\d+\s+(?:thoughts|responses|replies|comments|reactions)\s+(?:on|to)\s+["“]', re.I
)
_COUNTED = re.compile(r"[^\W\d_]\S*(?:\s+\S+){2,}\s+\(\d+\)$")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
_TOKEN = re.compile(r"[\w.+'@-]+")
_SMALL = frozenset("and of the at in for de van von der la le du".split())


@dataclass(frozen=True)
class KindHit:
    """A line's kind, why (`reason`, for the lines table), whether it heads a list, and
    whether only the words it is made of named it (`by_words`: no phrase or shape)."""

    kind: str
    reason: str
    heads_list: bool = False
    by_words: bool = False


# --- naming one line's kind -----------------------------------------------------------


def detect_kind(form: str, shape: LineShape, vocabulary: Vocabulary) -> KindHit | None:
    """The kind of boilerplate a line (`text.match_form`) is, or None; the first test that
    names it decides (shapes first, then the line alone, its start, end, any phrase in it,
    a closing credit, the words it is made of)."""
    if not form or not _LETTER_OR_DIGIT.search(form):
        return KindHit("separator", "separator: no letters or digits") if form else None
    return (
        _by_shape(form, shape)
        or _by_phrase(form, shape, vocabulary)
        or _by_words(form, shape, vocabulary)
    )


def _by_shape(form: str, shape: LineShape) -> KindHit | None:
    if _COUNTER_GLUED.match(form):
        return KindHit("gallery", "gallery: a slideshow caption, glued to its counter")
    if shape.words > SHORT_LINE_MAX_WORDS:
        return None
    if _DURATION.match(form):
        return KindHit("video-label", "video-label: a video's duration")
    if _COUNTER.match(form):
        return KindHit("gallery", f'gallery: a slideshow counter ("{form}")')
    if _COMMENT_COUNT.match(form):
        return KindHit("comment-prompt", "comment-prompt: a count of comments on the story")
    if _COUNTED.search(form) and not shape.sentence:
        return KindHit("related-link", "related-link: a title with a count (a most-read list)")
    return None


def _by_phrase(form: str, shape: LineShape, vocabulary: Vocabulary) -> KindHit | None:
    key = form.lower()
    if shape.words <= ALONE_MAX_WORDS:
        kind = vocabulary.alone.get(bare(key))
        if kind is not None and shape.words <= vocabulary.kinds[kind].max_words:
            return _hit(vocabulary, kind, f'the line is only "{form}"')
    # Ends are looked for in the line's tail only: a search from every position is slow.
    tail = len(key) - min(len(key), ENDS_TAIL_CHARS)
    for pattern, text, how, start in (
        (vocabulary.starts, form, "starts with", 0),
        (vocabulary.ends, key, "ends with", tail),
    ):
        match = pattern.search(text, start) if pattern is not None else None
        if match:
            kind, found = vocabulary.groups[match.lastgroup], (match.start(), match.end())
            if _fits(vocabulary, kind, found, shape, form, how):
                return _hit(vocabulary, kind, f'{how} "{form[found[0] : found[1]].strip()}"')
    own_words = unquoted(key)
    for phrase, kind in vocabulary.contains:
        # A phrase only inside quotation marks is someone's words, not the page's.
        at = own_words.find(phrase)
        if at >= 0 and _fits(vocabulary, kind, (at, at + len(phrase)), shape, form, "contains"):
            return _hit(vocabulary, kind, f'contains "{form[at : at + len(phrase)]}"')
    return _by_credit(form, key, shape, vocabulary)


def _fits(
    vocabulary: Vocabulary, kind: str, found: tuple[int, int], shape: LineShape, form: str, how: str
) -> bool:
    """Whether a phrase's kind may name this line: short enough, and a sentence only if
    its kind's lines are sentences or the phrase labels a link with a colon; a byline must also
    read as names."""
    if shape.words > vocabulary.kinds[kind].max_words:
        return False
    # A link's label with a colon after it labels what follows ("Previous story: Do you
    # want ...?"): a link's title, whatever its shape; but a title starts with a capital,
    # and a sentence going on in lower case after the colon is the writer's ("In other
    # news: the council also approved a new bus route.").
    # The colon may be the phrase's own ("watch:").
    label_end = found[1] - 1 if form[found[1] - 1] == ":" else found[1]
    after = form[label_end:].lstrip()
    labelled = (
        kind in LINK_LABEL_KINDS
        and how == "starts with"
        and after.startswith(":")
        and _title_start(after[1:])
    )
    if kind not in SENTENCE_KINDS and shape.sentence and shape.words > 6 and not labelled:
        return False
    if kind in APPEAL_KINDS and how == "contains" and shape.words > 8:
        # A story may mention subscriptions; an appeal speaks to its reader.
        return bool(_VOICE.search(unquoted(form)))
    if kind == "byline":
        if how == "ends with" and _ADDRESS.match(form.strip()):
            # A letter addressed to a role ("Dear Editor:", "To the Editor:") names its
            # reader, where a byline's role names its writer ("From our Correspondent:").
            return False
        names = form[found[1] :] if how == "starts with" else form[: found[0]]
        # A commenter's name need not be capitalised when a full stamp follows it.
        stamped = how == "starts with" and not shape.ends_sentence and _YEAR_OR_TIME.search(names)
        return _names(names, shape) or bool(stamped)
    return True


def _title_start(text: str) -> bool:
    """`text` opens as a title does: with a capital, a name's particle before one ("de
    Blasio defends ..."), or a name's capital inside its first word ("iPhone sales ..."),
    not with a lower-case word ("the council also approved ...")."""
    words = text.split()
    if not words or not words[0][:1].islower():
        return True
    first = words[0]
    named = first.lower() in NAME_PARTICLES and len(words) > 1 and words[1][:1].isupper()
    return named or any(c.isupper() for c in first)


def _names(text: str, shape: LineShape) -> bool:
    """Reads as names (and titles): capitalised words, no full stop at the end, no verb."""
    words = [
        w
        for w in _TOKEN.findall(text)
        if w.casefold() not in _SMALL and w[:1].isalpha() and "@" not in w
    ]
    if not words or shape.ends_sentence and not text.rstrip().endswith(("Jr.", "Sr.")):
        return False
    return sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _by_credit(form: str, key: str, shape: LineShape, vocabulary: Vocabulary) -> KindHit | None:
    if shape.words > vocabulary.kinds.get("image-caption", KindRule("", 80, False)).max_words:
        return None
    tail = key[-ENDS_TAIL_CHARS:]
    if not any(hint in tail for hint in vocabulary.credit_hints):
        return None
    if shape.words <= 8 and vocabulary.credit_alone.match(form):
        return KindHit("credit", f'credit: only a photo or agency credit ("{form}")')
    match = vocabulary.credit_end.search(form, max(0, len(form) - ENDS_TAIL_CHARS))
    if match and match.start() > 0:
        credit = form[match.start() :].strip(" (/|-")
        return KindHit("image-caption", f'image-caption: ends with a credit ("{credit}")')
    return None


def _by_words(form: str, shape: LineShape, vocabulary: Vocabulary) -> KindHit | None:
    """Short lines made of date-stamp words (with a few names), or of interface words."""
    if shape.words > SHORT_LINE_MAX_WORDS:
        return None
    raw = [t.strip(_TOKEN_EDGES) for t in form.split()]
    raw = [t for t in raw if _LETTER_OR_DIGIT.search(t)]
    tokens = [t.lower() for t in raw]
    if not tokens:
        return None
    sets = vocabulary.word_sets
    return _stamp(form, raw, tokens, shape, sets["stamp"]) or _interface(tokens, shape, sets)


def _stamp(form: str, raw: list[str], tokens: list[str], shape: LineShape, stamp) -> KindHit | None:
    """A date or time stamp, alone ("Updated 5 April 2013, 10:08 GMT") or with the name of
    an author, agency or place ("Jane Doe - Nov 19, 2019, 8:15 pm CST")."""
    if len(tokens) == 1 and _FIGURES_DATE.match(tokens[0]):
        return KindHit("dateline-stamp", "dateline-stamp: only a date in figures")
    dated = [bool(_DATE_TOKEN.match(t)) or t in stamp for t in tokens]
    if len(tokens) < 2 or not any(dated) or shape.ends_sentence:
        return None
    rest = [t for t, is_date in zip(raw, dated, strict=True) if not is_date]
    if not rest and (_DATE.search(form) or any(t in _STAMPED for t in tokens)):
        return KindHit("dateline-stamp", "dateline-stamp: only a date or time, and stamp words")
    # With names, only a full stamp (a year or a clock time) says it is not a list of dates.
    named = len(rest) <= STAMP_MAX_NAMES and all(t[:1].isupper() for t in rest)
    if rest and named and (_YEAR_OR_TIME.search(form) or any(t in _STAMPED for t in tokens)):
        return KindHit("dateline-stamp", "dateline-stamp: a date or time with a name or place")
    return None


def _interface(tokens: list[str], shape: LineShape, sets: dict) -> KindHit | None:
    """Every word a share, navigation or small word, and at least one of the first two."""
    share, navigation, filler = sets["share"], sets["navigation"], sets["filler"]
    if shape.sentence or not (len(tokens) >= 2 or tokens[0] in share):
        return None
    if not all(t in share or t in navigation or t in filler or t.isdigit() for t in tokens):
        return None
    if any(t in share for t in tokens):
        return KindHit("share-buttons", "share-buttons: every word is a share or page word")
    if any(t in navigation for t in tokens):
        return KindHit("navigation", "navigation: every word is a navigation word", by_words=True)
    return None


def _hit(vocabulary: Vocabulary, kind: str, why: str) -> KindHit:
    return KindHit(kind, f"{kind}: {why}", vocabulary.kinds[kind].heads_list)
