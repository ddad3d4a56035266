"""Raw markup a scraper left in the text: HTML or XML tags of embeds, and style sheets.

A page's text sometimes keeps the markup its scraper did not turn into text: an embedded
post's element ("<tweet tweet-id="771328864018726912"><tweet/>.", an opening tag wrapped
over two lines), a style sheet's rules printed one per line (".bio-text {", "width:100%;",
"}"). Story text never holds a tag with attributes or an element that closes itself, and a
style sheet's rule is a lower-case property, a colon and a value ending with ";". A tag that
only marks words of a sentence as emphasised or linked ("<em>", "<a href=...>") leaves the
line a sentence of the story, and stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# An opening tag with an attribute, a closing tag, or a tag closing itself.
_TAG = re.compile(r"<(?P<name>[a-zA-Z][\w-]*)(?:\s+[\w-]+\s*=|\s*/>)|</(?P<end>[a-zA-Z][\w-]*)\s*>")
# The rest of a tag wrapped over two lines: its last attribute's closing quote.
_WRAPPED_TAG_END = re.compile(r'^\s*"\s*/?>')
# Tags that only format a sentence's words: the line is still the sentence.
INLINE_TAGS = frozenset("a abbr b br cite code em i mark q s small span strong sub sup u".split())
# Tags that hold a paragraph, a heading or a list item: the line is still its text
# ("<p>The council voted …</p>"), unless a class names an embedded post.
TEXT_BLOCK_TAGS = frozenset("p div h1 h2 h3 h4 h5 h6 li td th blockquote".split())
_EMBED_CLASS = re.compile(r"class\s*=\s*[\"']?[^\"'>]*(twitter|instagram|tiktok|facebook)", re.I)
# Tags of an embedded post: the kind is `social-embed`, as for "A post shared by".
EMBED_TAGS = frozenset("tweet twitter instagram facebook iframe embed blockquote".split())
# A style sheet: a selector opening a rule, a property and its value, a closing brace.
_CSS_OPEN = re.compile(r"^@?[\w.#:,()\s>*-]*[\w)*]\s*\{\s*$")
_CSS_PROPERTY = re.compile(r"^-?[a-z][a-z-]*\s*:\s*[^;{}:]{1,80};\s*$")
_CSS_CLOSE = re.compile(r"^\s*\}[.;]?\s*$")
# A style sheet: at least this many of its lines touching (a lone "width: 100%;" is a
# story's "Gaming revenue: up;" as often).
CSS_MIN_LINES = 3
# Words before the first tag that make the line the story's, a tag glued to it.
STORY_BEFORE_TAG_WORDS = 3
_STRIP_TAGS = re.compile(r"<[^>]*>|<[^>]*$|^[^<]*>")


def markup_kind(form: str) -> tuple[str, str] | None:
    """The kind and the reason of a line of raw markup (an element's tags), else None."""
    tags = list(_TAG.finditer(form))
    if not tags:
        if _WRAPPED_TAG_END.match(form) and "<" in form:
            return "social-embed", "social-embed: the end of a tag wrapped over two lines"
        return None
    if len(re.split(r'<|">', form, maxsplit=1)[0].split()) >= STORY_BEFORE_TAG_WORDS:
        return None  # the story's words with a mangled tag glued to them
    names = [(t.group("name") or t.group("end")).lower() for t in tags]
    text = _STRIP_TAGS.sub(" ", form)
    text_tags = all(name in INLINE_TAGS or name in TEXT_BLOCK_TAGS for name in names)
    if text_tags and not _EMBED_CLASS.search(form) and len(text.split()) >= 3:
        return None  # a sentence or a paragraph with its words marked up stays the story's
    kind = "social-embed" if any(name in EMBED_TAGS for name in names) else "markup"
    return kind, f"{kind}: raw markup (<{names[0]}>)"


def css_line(form: str) -> bool:
    """A line of a style sheet: a selector and "{", a "property: value;" or a "}"."""
    text = form.strip()
    return bool(_CSS_OPEN.match(text) or _CSS_PROPERTY.match(text) or _CSS_CLOSE.match(text))


def markup_lines(forms: Sequence[str]) -> dict[int, tuple[str, str]]:
    """Indexes of the lines of raw markup, each with its kind and reason: tags (see
    `markup_kind`), and runs of at least CSS_MIN_LINES style-sheet lines (blank lines
    inside a run do not end it)."""
    found: dict[int, tuple[str, str]] = {}
    for i, form in enumerate(forms):
        hit = markup_kind(form) if "<" in form or ">" in form else None
        if hit is not None:
            found[i] = hit
    run: list[int] = []
    for i, form in [*enumerate(forms), (len(forms), "end of text")]:
        if not form:
            continue
        if i < len(forms) and css_line(form):
            run.append(i)
            continue
        if len(run) >= CSS_MIN_LINES:
            for j in run:
                found[j] = ("markup", "markup: a line of a style sheet")
        run = []
    return found
