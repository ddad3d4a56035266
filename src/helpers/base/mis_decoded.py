"""Text that an earlier program decoded with the wrong encoding ("mojibake"), repaired.

Scraped and archived news often carries UTF-8 that some program read as Windows-1252 or
Latin-1 and wrote out again, once or twice: "FranÃ§ois Hollande" for "François Hollande",
"GuantÃ¡namo" for "Guantánamo" (33 of 2,000 public news articles, among them PolNeAR's).
A name so written is a person of its own, never merged with the same name spelt right. `ftfy` undoes such decodings, and only where its measure of
how unlikely a text is says the text was mis-decoded; it is used instead of hand-written
tables of mis-decoded letters because it knows every way UTF-8 comes out through these
encodings, one or more times over, and leaves real Latin-1 text ("SÃO PAULO") alone.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import ftfy

# A letter that opens a UTF-8 sequence read as Windows-1252 or Latin-1, then one its
# continuation bytes become: every mis-decoding carries such a pair, and few lines do,
# so only those lines are given to ftfy. Some archives store "Ã" as "A" and a combining
# tilde, which hides both the pair and the mis-decoding: lines are read composed (NFC).
_CONTINUATIONS = (
    "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013-\u203a\u20ac\u2122]"
)
_SUSPECT_PAIR = re.compile("[\u00c2-\u00f4]" + _CONTINUATIONS)
# Some archives also store a text compatibility-decomposed (NFKD), which turns the
# continuation characters "¨", "¯", "´" and "¸" into a space and a combining mark: "è" read
# as "Ã¨" is then "Ã ̈". Right after a letter that opens a sequence they are put back.
_DECOMPOSED_CONTINUATION = re.compile("(?<=[\u00c2-\u00f4]) ([\u0308\u0304\u0301\u0327])")
_CONTINUATION = {unicodedata.normalize("NFKD", c)[1]: c for c in "\u00a8\u00af\u00b4\u00b8"}
# What is left when a mis-decoding could not be undone (a byte was lost on the way: "RaÃ\x83Âol"
# comes out of ftfy as "RaÃÂol"): a C1 control character, which no text types, or "Â" or
# "Ã" inside a lower-case word (the strong signs); and, in what a repair gave, either of
# those lead letters of two-byte sequences read as Windows-1252 before a continuation
# character or another of them. Real text has the strong signs nowhere ("SÃO PAULO", "São
# Paulo"), and the weak one only in capitals before punctuation ("MAÇÃ…"); other letters
# before a continuation ("café»") are real.
_STRONG_SIGN = re.compile("[\u0080-\u009f]|(?<=[a-z])[\u00c2\u00c3](?=[a-z])")
_LEFT_SIGN = re.compile(f"{_STRONG_SIGN.pattern}|[\u00c2\u00c3](?:{_CONTINUATIONS}|[\u00c2\u00c3])")
LINES_NAMED = 10  # repaired lines a warning names; it counts the rest


@dataclass(frozen=True)
class Repair:
    """One line repaired: its number (from 1) and its first changed word before and after;
    or, with `repaired` false, one whose mis-decoded word could not be repaired and is kept
    as it was (`before` and `after` are then that word)."""

    line: int
    before: str
    after: str
    repaired: bool = True


def repair_line(line: str) -> str:
    """The line with mis-decoded characters decoded again (and composed, NFC, as
    `decoding.normalise_text` leaves every line); unchanged when it has none, so that a line
    only stored decomposed is not reported as repaired. A word whose repair still shows
    signs of mis-decoding (`left_mis_decoded`) is kept as it was: turned into other
    garbage, its original would be lost from the text."""
    return _repair(line)[0]


def _repair(line: str) -> tuple[str, str]:
    """`repair_line`'s text, and the first word it kept as it was ("" for none)."""
    if line.isascii():
        return line, ""
    composed = unicodedata.normalize("NFC", line)
    composed = _DECOMPOSED_CONTINUATION.sub(lambda m: _CONTINUATION[m[1]], composed)
    fixed = ftfy.fix_encoding(composed) if _SUSPECT_PAIR.search(composed) else composed
    if fixed == composed:
        # Nothing to offer: named only on the signs no real text shows ("RamÃn"), not on
        # a capital before punctuation, which Portuguese capitals end in ("MAÇÃ…").
        return line, next((w for w in composed.split(" ") if _STRONG_SIGN.search(w)), "")
    if not left_mis_decoded(fixed):
        return fixed, ""
    words, fixed_words = composed.split(" "), fixed.split(" ")
    if len(words) != len(fixed_words):
        # The repair joined or split words: each word is repaired alone instead, which
        # misses a sequence cut by a space ("lÃ  hier").
        fixed_words = [ftfy.fix_encoding(word) for word in words]
    kept = [
        word
        for word, repaired in zip(words, fixed_words, strict=True)
        if left_mis_decoded(repaired)
    ]
    text = " ".join(
        word if left_mis_decoded(repaired) else repaired
        for word, repaired in zip(words, fixed_words, strict=True)
    )
    return (text if text != composed else line), kept[0] if kept else ""


def left_mis_decoded(text: str) -> str:
    """The first sign in `text` that a mis-decoding is still there (a C1 control character,
    "Ã" or "Â" before another lead letter or a continuation character, or inside a lower-case
    word), else an empty string."""
    found = _LEFT_SIGN.search(text)
    return found[0] if found else ""


def repair_lines(lines: Sequence[str]) -> tuple[list[str], list[Repair]]:
    """Every line repaired, and one `Repair` per line that changed, for the warning; a line
    with a word the repair would have turned into other garbage has a `Repair` marked not
    repaired as well."""
    repaired, repairs = [], []
    for number, line in enumerate(lines, start=1):
        fixed, kept = _repair(line)
        if fixed != line:
            repairs.append(Repair(number, *_first_change(line, fixed)))
        if kept:
            repairs.append(Repair(number, kept, kept, repaired=False))
        repaired.append(fixed)
    return repaired, repairs


def _first_change(line: str, fixed: str) -> tuple[str, str]:
    """The words around the first change, before and after: a repair can join words (a
    decomposed "naÃ ̄ve" is one word once repaired), so the change is found in the
    characters and widened to the spaces around it, not by pairing words."""
    opcodes = difflib.SequenceMatcher(None, line, fixed, autojunk=False).get_opcodes()
    _, start, end, fixed_start, fixed_end = next(op for op in opcodes if op[0] != "equal")
    start = line.rfind(" ", 0, start) + 1
    fixed_start = fixed.rfind(" ", 0, fixed_start) + 1
    return line[start : _word_end(line, end)], fixed[fixed_start : _word_end(fixed, fixed_end)]


def _word_end(text: str, at: int) -> int:
    """The end of the word that position `at` is in or just after."""
    space = text.find(" ", at)
    return len(text) if space < 0 else space


def repairs_message(repairs: Sequence[Repair]) -> str:
    """A warning naming the repaired lines (the first `LINES_NAMED`) and the first repair,
    then the lines left not repaired and the first word so left."""
    done = [r for r in repairs if r.repaired]
    left = [r for r in repairs if not r.repaired]
    parts = []
    if done:
        parts.append(
            f"{_lines(done)}: characters an earlier program decoded with the wrong encoding "
            f"were repaired ({done[0].before!r} read as {done[0].after!r})"
        )
    if left:
        parts.append(
            f"{_lines(left)}: characters an earlier program decoded with the wrong encoding "
            f"were not repaired, kept as they were ({left[0].before!r})"
        )
    return "; ".join(parts)


def _lines(repairs: Sequence[Repair]) -> str:
    """ "line 4" or "lines 2, 4 and 3 more": the first `LINES_NAMED` line numbers."""
    where = ", ".join(str(r.line) for r in repairs[:LINES_NAMED])
    more = f" and {len(repairs) - LINES_NAMED} more" if len(repairs) > LINES_NAMED else ""
    return f"{'line' if len(repairs) == 1 else 'lines'} {where}{more}"
