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
_SUSPECT_PAIR = re.compile(
    "[\u00c2-\u00f4]"
    "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013-\u203a\u20ac\u2122]"
)
# Some archives also store a text compatibility-decomposed (NFKD), which turns the
# continuation characters "¨", "¯", "´" and "¸" into a space and a combining mark: "è" read
# as "Ã¨" is then "Ã ̈". Right after a letter that opens a sequence they are put back.
_DECOMPOSED_CONTINUATION = re.compile("(?<=[\u00c2-\u00f4]) ([\u0308\u0304\u0301\u0327])")
_CONTINUATION = {unicodedata.normalize("NFKD", c)[1]: c for c in "\u00a8\u00af\u00b4\u00b8"}
LINES_NAMED = 10  # repaired lines a warning names; it counts the rest


@dataclass(frozen=True)
class Repair:
    """One line repaired: its number (from 1) and its first changed word before and after."""

    line: int
    before: str
    after: str


def repair_line(line: str) -> str:
    """The line with mis-decoded characters decoded again (and composed, NFC, as
    `decoding.normalise_text` leaves every line); unchanged when it has none, so that a line
    only stored decomposed is not reported as repaired."""
    if line.isascii():
        return line
    composed = unicodedata.normalize("NFC", line)
    composed = _DECOMPOSED_CONTINUATION.sub(lambda m: _CONTINUATION[m[1]], composed)
    if not _SUSPECT_PAIR.search(composed):
        return line
    fixed = ftfy.fix_encoding(composed)
    return fixed if fixed != composed else line


def repair_lines(lines: Sequence[str]) -> tuple[list[str], list[Repair]]:
    """Every line repaired, and one `Repair` per line that changed, for the warning."""
    repaired, repairs = [], []
    for number, line in enumerate(lines, start=1):
        fixed = repair_line(line)
        if fixed != line:
            repairs.append(Repair(number, *_first_change(line, fixed)))
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
    """A warning naming the repaired lines (the first `LINES_NAMED`) and the first repair."""
    first = repairs[0]
    where = ", ".join(str(r.line) for r in repairs[:LINES_NAMED])
    more = f" and {len(repairs) - LINES_NAMED} more" if len(repairs) > LINES_NAMED else ""
    line_word = "line" if len(repairs) == 1 else "lines"
    return (
        f"{line_word} {where}{more}: characters an earlier program decoded with the wrong "
        f"encoding were repaired ({first.before!r} read as {first.after!r})"
    )
