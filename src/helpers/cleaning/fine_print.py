"""A form's fine print glued to the start of a story paragraph, cut off it.

A scraper that flattens a poll or a sign-up form above the story may glue its hidden field,
its consent and its opt-out notices to the paragraph after it, on one line: "Email This
field is for validation purposes and should be left unchanged. Completing this poll grants
you access to ... updates free of charge. You may opt out at anytime. You also agree to
this site's Privacy Policy and Terms of Use. Now, a firefighter has ...". The line is too
long to be the `form-notice` kind and reads as a story paragraph, so it was kept whole. The
hidden field's notice (after at most a field's label) starts the cut; each next sentence
that speaks to the reader ("you", "your") about the form, the site's policies or its
updates goes with it; the story's text from the first other sentence on is kept. A line
that is only fine print goes whole: the hidden field's notice alone (the kinds ask a notice
found inside a line to speak to the reader, and this one does not), or two such notices
or more, one of them about opting out or the site's policies ("Completing this poll grants
you access to ... updates free of charge. You may opt out at anytime. ...").
"""

from __future__ import annotations

import re

# The hidden field's notice, after at most FIELD_LABEL_MAX_WORDS capitalised words of the
# field's label ("Email", "First Name"; a story's "The site says this field ..." is no label).
FIELD_LABEL_MAX_WORDS = 3
_FIELD = re.compile(
    rf"^(?:[A-Z*]\S*\s+){{0,{FIELD_LABEL_MAX_WORDS}}}"
    r"(?i:this field is for validation purposes)[^.!?]*[.!?]\s*"
)
_SENTENCE = re.compile(r"[^.!?]+[.!?]+[\"'\u201d\u2019]?\s*")
_READER = re.compile(r"\b(?:you|your)\b", re.IGNORECASE)
_FORM_WORDS = re.compile(
    r"\b(?:poll|survey|opt[- ]?out|privacy policy|terms of (?:use|service)|free of charge"
    r"|unsubscribe|subscribe|newsletter|updates|e-?mail address)\b",
    re.IGNORECASE,
)
_CONSENT = re.compile(r"\b(?:opt[- ]?out|privacy policy|terms of (?:use|service))\b", re.I)
# A line of notices alone: at least this many sentences.
MIN_NOTICES = 2
# A notice is a short sentence: a longer one is the story's.
NOTICE_MAX_WORDS = 30


def _notice(sentence: str) -> bool:
    """A short sentence speaking to the reader about a form, the site's policies or updates."""
    fits = len(sentence.split()) <= NOTICE_MAX_WORDS
    return fits and bool(_READER.search(sentence) and _FORM_WORDS.search(sentence))


def fine_print_line(text: str) -> bool:
    """Whether a line is only a form's fine print (see the module docstring)."""
    found = _FIELD.match(text)
    if found is not None:
        return not text[found.end() :].strip()
    sentences = [m.group() for m in _SENTENCE.finditer(text)]
    whole = "".join(sentences).strip() == text.strip()
    enough = len(sentences) >= MIN_NOTICES and any(_CONSENT.search(s) for s in sentences)
    return whole and enough and all(_notice(s) for s in sentences)


def fine_print_end(text: str) -> int:
    """Where the form's fine print that a line starts with ends, if story text follows it;
    0 if the line does not start with it (or is nothing else: the kinds name that line)."""
    found = _FIELD.match(text)
    if found is None:
        return 0
    end = found.end()
    for sentence in _SENTENCE.finditer(text, end):
        if sentence.start() != end or not _notice(sentence.group()):
            break
        end = sentence.end()
    return end if text[end:].strip() else 0
