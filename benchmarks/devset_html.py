"""HTML turned into text lines the way a news scraper hands them to a researcher, and the
article region a scraper aimed at the story container keeps (see boilerplate_devset.py)."""

from __future__ import annotations

import html
import re
import unicodedata

import lxml.html
from rapidfuzz import fuzz

DROPPED = {"script", "style", "noscript", "template", "svg", "iframe", "object", "embed"}
DROPPED |= {"head", "select", "textarea", "input", "map", "canvas", "video", "audio"}
PARAGRAPH = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "blockquote"}
PARAGRAPH |= {"figure", "table", "pre", "hr", "section", "article", "header", "footer"}
BLOCK = {"div", "li", "dd", "dt", "tr", "td", "th", "figcaption", "caption", "br", "form"}
BLOCK |= {"aside", "nav", "main", "address", "center", "fieldset", "legend", "details"}
BLOCK |= {"summary", "tbody", "thead", "tfoot", "body", "html", "dir", "menu", "noframes"}
_PARSER = lxml.html.HTMLParser(encoding="utf-8")
REGION_SELECTORS = (
    "//article",
    "//*[@itemprop='articleBody']",
    "//*[@role='main']",
    "//main",
)


def decode(data: bytes) -> str:
    """Text of a page or gold file: UTF-8, else Windows-1252, else Latin-1 (never fails)."""
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def parse(data: bytes):
    """The page's tree, decoded as `decode` does (lxml would trust a page's wrong charset)."""
    text = decode(data) or "<html></html>"
    return lxml.html.document_fromstring(text.encode("utf-8"), parser=_PARSER)


def html_lines(element) -> list[str]:
    """The element's text as a scraper writes it: one line per block, blank around paragraphs.

    Breaks between two pieces of text do not add up: nested blocks give one line break,
    and a paragraph anywhere between them one blank line.
    """
    pieces: list[str | int] = []
    _walk(element, pieces)
    lines, current, pending = [], [], 0
    for piece in pieces:
        if isinstance(piece, int):
            pending = max(pending, piece)
        elif piece.strip():
            if pending and current:
                lines += [" ".join("".join(current).split())] + [""] * (pending - 1)
                current = []
            current.append(piece)
            pending = 0
        else:
            current.append(" ")
    if current:
        lines.append(" ".join("".join(current).split()))
    return [line for n, line in enumerate(lines) if line or (n and lines[n - 1])]


def _walk(element, out: list[str | int], pre: bool = False) -> None:
    """Text pieces in document order, with 1 for a line break and 2 for a paragraph break.

    Inside <pre> the page's own line breaks count; elsewhere they are spaces.
    """
    tag = element.tag.lower() if isinstance(element.tag, str) else None
    if tag is not None and tag not in DROPPED:
        brk = 2 if tag in PARAGRAPH else 1 if tag in BLOCK else 0
        inside = pre or tag == "pre"
        out.append(brk)
        _text(element.text, out, inside)
        for child in element:
            _walk(child, out, inside)
        out.append(brk)
    _text(element.tail, out, pre)


def _text(text: str | None, out: list[str | int], pre: bool) -> None:
    if text and pre:
        for n, line in enumerate(text.split("\n")):
            out += [1, line] if n else [line]
    elif text:
        out.append(text)


def region(tree, gold_elements: list, headline_element) -> tuple[object, str]:
    """The article region (see the module docstring) and the rule that chose it."""
    gold_words = sum(len(e.text_content().split()) for e in gold_elements)
    for selector in REGION_SELECTORS:
        best = None
        for candidate in tree.xpath(selector):
            inside = [e for e in gold_elements if _within(e, candidate)]
            words = sum(len(e.text_content().split()) for e in inside)
            if words >= 0.8 * gold_words and (best is None or _within(candidate, best)):
                best = candidate
        if best is not None:
            return best, selector.strip("/")
    anchors = gold_elements + ([headline_element] if headline_element is not None else [])
    common = _common_ancestor(anchors)
    if common is not None and common.tag not in ("body", "html"):
        return common, "smallest element holding gold and headline"
    common = _common_ancestor(gold_elements)
    if common is not None and common.tag not in ("body", "html"):
        return common, "smallest element holding the gold"
    return tree.find("body") if tree.find("body") is not None else tree, "body"


def _within(element, container) -> bool:
    return element is container or any(a is container for a in element.iterancestors())


def _common_ancestor(elements: list):
    if not elements:
        return None
    chains = [[element, *element.iterancestors()] for element in elements]
    shared = set(map(id, chains[0]))
    for chain in chains[1:]:
        shared &= set(map(id, chain))
    return next((e for e in chains[0] if id(e) in shared), None)


def gold_elements(tree, gold_tokens: set[tuple[str, ...]]) -> list:
    """Blocks whose own words (block children aside) are mostly gold by word 3-grams, 5 or more."""
    found = []
    for element in tree.iter():
        if not _is_block(element):
            continue
        own = tokens(_own_text(element))
        grams = list(zip(own, own[1:], own[2:], strict=False))
        if len(own) >= 5 and grams and sum(g in gold_tokens for g in grams) / len(grams) >= 0.7:
            found.append(element)
    return found


def _is_block(element) -> bool:
    return isinstance(element.tag, str) and element.tag.lower() in PARAGRAPH | BLOCK


def _own_text(element) -> str:
    """The element's text outside its block children (a <br> is not one here)."""
    parts = [element.text or ""]
    for child in element:
        tag = child.tag.lower() if isinstance(child.tag, str) else None
        if tag is not None and tag not in DROPPED and (tag == "br" or not _is_block(child)):
            parts.append(_own_text(child))
        parts.append(child.tail or "")
    return " ".join(parts)


def headline_element(tree, headline: str):
    for element in tree.xpath("//h1|//h2"):
        if headline and fuzz.ratio(normalise(element.text_content()), normalise(headline)) >= 90:
            return element
    h1 = tree.xpath("//h1")
    return h1[0] if len(h1) == 1 else None


def page_headline(tree, known: str) -> str:
    """The headline a scraper records: the annotated one, else og:title, else the one <h1>."""
    if known:
        return known
    for value in tree.xpath("//meta[@property='og:title']/@content"):
        if value.strip():
            return " ".join(value.split())
    h1 = tree.xpath("//h1")
    return " ".join(h1[0].text_content().split()) if len(h1) == 1 else ""


def normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", html.unescape(text)).casefold()


def tokens(text: str) -> list[str]:
    return re.findall(r"\w+", normalise(text))
