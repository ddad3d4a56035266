"""Text as every stage counts and compares it: the workbook's word unit, and the plain form
of a line that rules and comparisons see.

**What counts as a word** (`word_count`): a run of letters or digits; an apostrophe inside
it does not split it ("don't", "Russia's" are one word each), any other character does
("cease-fire" and "U.S." are two words each, "2017.Russian" is two). Every "words" and
"per 1,000 words" figure of the workbook counts this unit, whatever the stage: cleaning's
words before and after, entity mentions per 1,000 words, quoted words, and the sentences
table's `words` that frame shares, word choice and tone divide by. Punctuation never
changes a count, so restoring the space in "2017.Russian" changes no count.

A line's plain form (`match_form`) has typographic quotes and dashes made plain and runs of
whitespace made one space; its key (`match_key`) is that form case-folded. The clean text
keeps the author's punctuation; only rules and comparisons use the plain form.
"""

from __future__ import annotations

import re

_PLAIN = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u00b4": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u2033": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2013": "-",
    "\u2014": "-",
    "\u2012": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\u2026": "...",
}
_TYPOGRAPHIC = re.compile(f"[{''.join(_PLAIN)}]")
# The typographic marks match_form makes an apostrophe which word_count does not already
# read as one: inside a word (a left quote for an apostrophe) they join its halves.
_JOINING = re.compile(
    "[" + "".join(k for k, v in _PLAIN.items() if v == "'" and k != "\u2019") + "]"
)


def match_form(text: str) -> str:
    """A line as rules and comparisons see it: plain quotes and dashes, single spaces, case kept."""
    if not text.isascii():
        text = _TYPOGRAPHIC.sub(lambda m: _PLAIN[m.group()], text)
    return " ".join(text.split())


def counts_as_form(text: str) -> bool:
    """Whether `text` surely has as many words as its `match_form` (no mark that joins words
    once made plain), so a count of either will do."""
    return not _JOINING.search(text)


# A quotation mark right after a digit marks inches ("a 65" TV") or closes a quotation; it
# opens none, or an inch mark would pair with the next quotation's opening. (After a letter
# it may open one glued to its verb: 'he said"We will ...'.)
_QUOTED = re.compile(r'(?<!\d)"[^"]*"')


def unquoted(form: str) -> str:
    """A `match_form` line with its double-quoted passages blanked (spaces, so that a
    position in it is the same position in the line): what the line says in its own voice,
    not the words it quotes ("“I wanted to make a donation,” she said" asks no reader for
    one)."""
    return _QUOTED.sub(lambda quoted: " " * len(quoted.group()), form)


def match_key(text: str) -> str:
    """`match_form` case-folded: two lines with the same key are exact duplicates."""
    return match_form(text).casefold()


_WORD = re.compile(r"\w+(?:['\u2019]\w+)*")


def word_count(text: str) -> int:
    """Words as runs of letters and digits (inner apostrophes kept), the workbook's word unit.

    Punctuation never changes a count, so restoring the space in "2017.Russian" or removing
    a glued prefix changes the clean text's word count only by the words removed.
    """
    return len(_WORD.findall(text))
