"""What a line looks like, from its text alone: the cheap features boilerplate is told by.

A story paragraph is long, ends like a sentence and is about a fifth English function words
or more; a menu item, a credit or a related headline is short, unpunctuated and has no verb
(capitals matter only where names are looked for, in helpers.cleaning.line_kinds). No parser is used:
a spaCy parse of every raw line would cost more than the whole cleaning stage. Verbs are
recognised by a list of auxiliaries, reporting verbs and common irregular past tenses and by
the endings -ed and -ing, which is enough to tell "Police said the road was closed" from
"Road closures".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A story paragraph: at least this many words, ending like a sentence, with at least this
# share of function words (English news prose has 0.35 to 0.5; menus and captions less).
STORY_MIN_WORDS = 10
STORY_MIN_FUNCTION_SHARE = 0.2
# A one-sentence line that reads as prose: at least this many words and a verb.
SENTENCE_MIN_WORDS = 4
# A line of prose that lost its last full stop (a paragraph a signature or a dropped
# link ends, a standfirst): at least this many words, a verb, the story's function words.
PROSE_MIN_WORDS = 12
# A paragraph may end with a sign-off after its last sentence, in brackets or after a dash
# ("... to comment. - Sapa", "... said. (Editing by Jane Doe)"): at most this many words.
SIGN_OFF_MAX_WORDS = 5

FUNCTION_WORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers him his how i if in into is it its itself just me
    more most my no nor not now of off on once only or other our out over own same she should so
    some such than that the their them then there these they this those through to too under until
    up very was we were what when where which while who whom why will with would you your""".split()
)
VERBS = frozenset(
    """is are was were be been being has have had do does did will would can could should may
    might must say says said told tells asked added according want wants wanted made makes got
    gets took takes came comes went goes saw sees found finds knew knows think thinks thought
    met meets won wins lost led leads left held holds gave gives sent sends put puts set sets ran
    runs began begins became becomes fell falls rose rises paid pays kept keeps brought brings
    spoke speaks wrote writes chose chooses hit hits struck strikes won't can't don't didn't
    doesn't isn't wasn't aren't weren't hasn't haven't hadn't told sought seeks built builds
    bought buys sold sells fought fights caught catches drew draws drove drives flew flies grew
    grows hung hangs lay lays lied laid meant means read reads rode ride rang rings sat sits
    shot shoots showed shows shut stood stands stole swore threw throws understood wore woke
    """.split()
)
# Endings of past tenses, participles and -ing forms; a word's punctuation.
_VERB_ENDINGS = ("ed", "ing")
_PUNCTUATION = ".,;:!?\"'()[]“”‘’…-"
_SENTENCE_END = ".!?…"
_CLOSING = "\"')]”’ "
# A time of day: "8 p.m.", "9.30 A.M.", "10:00 am", "14:30" (not a stamp's "8:29:31"); two
# in a line are a range of hours (`time_range`).
_CLOCK = re.compile(
    r"(?<![\d:.])\d{1,2}(?:[:.]\d\d)?\s?[ap]\.?m\b|(?<![\d:.])\d{1,2}:\d\d(?![\d:])", re.I
)
# A row of links parted by bars ("Print | Email | Comments (3)", "Posted in News | Permalink"):
# every part at most this many words.
LINK_ROW_MAX_WORDS = 8
_BAR = re.compile(r"\s*\|\s*")
# A line a page cut off after a word, as lists of teasers are ("... feels it is...").
_CUT_OFF = re.compile(r"[^\W\d_] ?(?:\.{3,}|…)$")
# Marks some outlets print after a story's last sentence.
_END_MARKS = frozenset("®■□▪●◆♦")
# A roster: a short label, a colon, at least this many names parted by commas or semicolons
# (each of at most ROSTER_NAME_WORDS capitalised words, a "(c)" allowed), a full stop.
ROSTER_MIN_NAMES = 4
ROSTER_NAME_WORDS = 3
ROSTER_LABEL_WORDS = 4
# Lower-case particles a name may open with ("de Blasio", "van Gaal", "al Assad").
NAME_PARTICLES = frozenset("de da di du del della der den la le van von ter ten al el bin".split())
ROSTER_PARTICLE_LETTERS = 3  # a lower-case particle before a name's capital: "ter Stegen"
_ROSTER_WORD = re.compile(r"[^\W\d_][\w.'’-]*|\([^()]{1,8}\)")
_ROSTER_PARTS = re.compile(r"[;,]")


@dataclass(frozen=True)
class LineShape:
    """Features of one line's text (see the module docstring); all plain values, so it pickles."""

    words: int
    ends_sentence: bool
    function_share: float
    has_verb: bool
    starts_quote: bool
    has_digits: bool
    ends_colon: bool
    signed_off: bool = False
    ends_full_stop: bool = False
    time_range: bool = False
    link_row: bool = False
    cut_off: bool = False
    states: bool = False
    roster: bool = False

    @property
    def story(self) -> bool:
        """Reads as a story paragraph: long, ends like a sentence (or with a colon that
        announces a list or a quote), rich in function words."""
        return (
            self.words >= STORY_MIN_WORDS
            and (self.ends_sentence or self.ends_colon)
            and self.function_share >= STORY_MIN_FUNCTION_SHARE
        )

    @property
    def prose(self) -> bool:
        """Reads as prose, whatever its last character: long enough, with a verb and the
        function words of running English (not a headline's or a menu's)."""
        return (
            self.words >= PROSE_MIN_WORDS
            and self.has_verb
            and self.function_share >= STORY_MIN_FUNCTION_SHARE
        )

    @property
    def closing(self) -> bool:
        """Ends as a statement or an exclamation, and asks nothing: two words or more ending
        with a full stop or an exclamation mark, with no question mark ("Thanks Junior!";
        not "Like this story? Share it with a friend!" nor "More news here...")."""
        return self.states and self.words >= 2

    @property
    def sentence(self) -> bool:
        """Reads as a sentence of prose (a one-sentence paragraph, a quote on its own line)."""
        return (
            self.words >= SENTENCE_MIN_WORDS
            and self.has_verb
            and (self.ends_sentence or self.starts_quote or self.signed_off)
        )


def line_shape(form: str, words: int) -> LineShape:
    """The shape of a line (`text.match_form`) of `words` words (splitting on spaces, a
    few set lookups per word: this runs on every distinct line of a corpus)."""
    tokens = [token.strip(_PUNCTUATION) for token in form.lower().split()]
    tokens = [token for token in tokens if token]
    alpha = len(tokens)
    function = len([token for token in tokens if token in FUNCTION_WORDS])
    verb = any(
        token in VERBS or (len(token) > 4 and token.endswith(_VERB_ENDINGS)) for token in tokens
    )
    tail = form.rstrip(_CLOSING)
    ends = tail[-1:] in _SENTENCE_END and bool(tail)
    digits = any(c.isdigit() for c in form)
    return LineShape(
        words=words,
        ends_sentence=ends,
        function_share=function / alpha if alpha else 0.0,
        has_verb=verb,
        starts_quote=form[:1] in "\"“‘'",
        has_digits=digits,
        ends_colon=tail.endswith(":"),
        signed_off=not ends and _signed_off(form),
        ends_full_stop=tail.endswith(".") and not tail.endswith(".."),
        time_range=digits and len(_CLOCK.findall(form)) >= 2,
        link_row="|" in form and _link_row(form),
        cut_off=bool(_CUT_OFF.search(tail)),
        states=tail[-1:] in ".!" and not tail.endswith("..") and "?" not in form,
        roster=":" in form and tail.endswith(".") and _roster(tail),
    )


def _roster(form: str) -> bool:
    """A list of names under a label ("Subs: Poom, Ellington, Mariappa, O'Toole."): a team
    sheet, a cast, the members of a panel. A tag line ends with no full stop, a sentence
    after a label has lower-case words."""
    label, _, names = form.partition(":")
    if not 0 < len(label.split()) <= ROSTER_LABEL_WORDS or not label.lstrip()[:1].isupper():
        return False
    parts = [part.split() for part in _ROSTER_PARTS.split(names.strip().rstrip("."))]
    return len(parts) >= ROSTER_MIN_NAMES and all(_roster_name(part) for part in parts)


def _roster_name(words: list[str]) -> bool:
    """One name of a roster: at most ROSTER_NAME_WORDS words, each capitalised in any
    alphabet ("Özil") or a "(c)", or a short lower-case particle before a capitalised word
    ("ter Stegen", "de Jong"), which a sentence's "a card" is not."""
    if not 0 < len(words) <= ROSTER_NAME_WORDS:
        return False
    for n, word in enumerate(words):
        if not _ROSTER_WORD.fullmatch(word):
            return False
        particle = word.isalpha() and len(word) <= ROSTER_PARTICLE_LETTERS
        later = any(w[:1].isupper() for w in words[n + 1 :])
        if not (word[:1].isupper() or word.startswith("(") or (particle and later)):
            return False
    return True


def _link_row(form: str) -> bool:
    """Short parts between bars: a row of links, a menu or a tool bar, not prose, nor a
    table's row (half its parts or more are figures: "Kasich | 38 | 12%")."""
    parts = [part.strip() for part in _BAR.split(form) if part.strip(" «»")]
    figures = sum(part[:1].isdigit() or part.endswith("%") for part in parts)
    short = all(len(part.split()) <= LINK_ROW_MAX_WORDS for part in parts)
    return bool(parts) and short and 2 * figures < len(parts)


def _signed_off(form: str) -> bool:
    """A sentence end followed by a few words in brackets or after a dash, or by an end
    mark: a paragraph with a sign-off after it ("... to comment. - Sapa", "... (Editing by
    Jane Doe)", "... the application. ®")."""
    last = max(form.rfind(end + " ") for end in _SENTENCE_END)
    tail = form[last + 2 :].strip()
    marked = tail[:1] == "-" or (tail[:1] == "(" and tail[-1:] == ")") or tail in _END_MARKS
    return last > 0 and marked and len(tail.strip("-( )").split()) <= SIGN_OFF_MAX_WORDS
