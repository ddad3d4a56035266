"""What a line looks like, from its text alone: the cheap features boilerplate is told by.

A story paragraph is long, ends like a sentence and is about a fifth English function words
or more; a menu item, a credit or a related headline is short, unpunctuated, capitalised and
has no verb. No parser is used (a spaCy parse of every raw line would cost more than the
whole cleaning stage): verbs are recognised by a short list of auxiliaries and reporting
verbs and by past-tense endings, which is enough to tell "Police said the road was closed"
from "Road closures".
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

FUNCTION_WORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers him his how i if in into is it its itself just me
    more most my no nor not now of off on once only or other our out over own same she should so
    some such than that the their them then there these they this those through to too under until
    up very was we were what when where which while who whom why will with would you your""".split()
)
_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|can|could|should|"
    r"may|might|must|says?|said|told|tells|asked|added|according|wants?|wanted|made|makes|got|"
    r"gets|took|takes|came|comes|went|goes|saw|sees|found|finds|knew|knows|think|thinks|thought)\b"
    r"|\b[a-z]{3,}(?:ed|ing)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’)\]]*$")
_QUOTE_START = re.compile(r"^[\"“‘']")


@dataclass(frozen=True)
class LineShape:
    """Features of one line's text (see the module docstring); all plain values, so it pickles."""

    words: int
    alpha_words: int
    ends_sentence: bool
    function_share: float
    capital_share: float
    has_verb: bool
    starts_quote: bool
    has_digits: bool
    ends_question: bool

    @property
    def story(self) -> bool:
        """Reads as a story paragraph: long, ends like a sentence, rich in function words."""
        return (
            self.words >= STORY_MIN_WORDS
            and self.ends_sentence
            and self.function_share >= STORY_MIN_FUNCTION_SHARE
        )

    @property
    def sentence(self) -> bool:
        """Reads as a sentence of prose (a one-sentence paragraph, a quote on its own line)."""
        return (
            self.words >= SENTENCE_MIN_WORDS
            and self.has_verb
            and (self.ends_sentence or self.starts_quote)
        )


def line_shape(form: str, words: int) -> LineShape:
    """The shape of a line (`dedup.match_form`) of `words` words."""
    tokens = _WORD.findall(form)
    alpha = len(tokens)
    function = sum(token.casefold() in FUNCTION_WORDS for token in tokens)
    capitals = sum(token[0].isupper() for token in tokens)
    return LineShape(
        words=words,
        alpha_words=alpha,
        ends_sentence=bool(_ENDS_SENTENCE.search(form)),
        function_share=function / alpha if alpha else 0.0,
        capital_share=capitals / alpha if alpha else 0.0,
        has_verb=bool(_VERB.search(form)),
        starts_quote=bool(_QUOTE_START.match(form)),
        has_digits=any(c.isdigit() for c in form),
        ends_question=form.rstrip("\"') ").endswith("?"),
    )
