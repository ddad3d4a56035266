"""Build the line-labelled development set for the cleaning benchmark from public news pages.

    .venv/bin/python benchmarks/boilerplate_devset.py \\
        /work/.mirror/scrapinghub+article-extraction-benchmark/repo \\
        /work/.mirror/j-szulc+html-cleaning-dataset-merged/repo --out /work/data/cleaning

Each input is a checkout or a bare git mirror of one of:
- scrapinghub/article-extraction-benchmark: `html/*.html.gz` and `ground-truth.json`
  (the article body, captions excluded, and the page's URL);
- j-szulc/html-cleaning-dataset-merged, of which two parts are news with a gold body that
  matches what this benchmark calls content: `page-signal-master` (the L3S GoogleNews set,
  gold = the spans annotated x-nc-sel2 "full text", headline x-nc-sel1; supplemental text,
  related content and comments are not content) and `CleanPortalEval-master` (bbc.co.uk,
  wsj.com, msnbc.com and washingtonpost.com pages, CleanEval-style gold). Its other parts are
  left out: dragnet's and Readability's gold keep captions and credits, and CleanEval's pages
  are not news.

Each page's HTML is turned into lines as a news scraper hands them to a researcher
(`html_lines`): scripts, styles and forms dropped, inline markup flattened, one line per
block, a blank line around paragraphs, headings, lists, quotes and figures. Two variants:
- `article/`: the article region, as a scraper aimed at the story container keeps it:
  the innermost `<article>` (or `itemprop=articleBody`, `role=main`, `<main>`) holding most
  of the gold text, else the smallest element holding every gold line and the headline,
  else every gold line. Captions, credits, share rows, related links, bylines and
  prompts inside that region stay, as they would in a scrape.
- `page/`: the whole `<body>`.

Each variant folder holds one `.txt` per page, a `manifest.csv` (outlet = the site's domain,
title = the page's headline), `labels.csv` (file, line, label, coverage) and `pages.csv`
(provenance: source, source id, URL, region rule, counts). Labels, from the gold body
(`label_lines`): the page and the gold are aligned word by word (difflib, in order), and
only runs of 3 or more words in a row count as matched, so a stray "Share" never matches.
A line is `content` when at least 70% of its words are matched, `boilerplate` when at most
30% are, `unsure` in between (not scored); `headline` when it is the page's headline
(rapidfuzz ratio >= 90 with it, among the first 15 lines; scored as content to keep);
`duplicate` when it repeats an earlier content line word for word (not scored, whatever
the gold says). Gold paragraphs that are a
standalone byline ("By ...") or only a date, and production credits ("(Reporting by ...)",
"... contributed to this report"), are dropped from the gold first: the benchmark counts
those as boilerplate, whatever the source's annotators did. Pages whose gold
body is under 50 words or not English are skipped.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import html
import json
import re
import subprocess
import unicodedata
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from urllib.parse import urlparse

import lxml.html
from rapidfuzz import fuzz

CONTENT_MIN, BOILERPLATE_MAX, MIN_RUN = 0.7, 0.3, 3
HEADLINE_MIN_RATIO, HEADLINE_LINES, MIN_GOLD_WORDS, MIN_GOLD_FOUND = 90, 15, 50, 0.5

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
_DATE_ONLY = re.compile(
    r"^(?:(?:updated|published|posted|last updated)\s*:?\s*)?[\w,:./ -]{0,40}"
    r"\b(?:19|20)\d\d\b[\w,:./ -]{0,25}$",
    re.IGNORECASE,
)
_MONTH = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d\d?[/.]\d\d?[/.]", re.I
)
_ENGLISH = frozenset("the of and to that is was for with said on it".split())
_CREDIT = re.compile(
    r"\(?\b(?:additional )?(?:reporting|writing|editing|compiled|produced) by\b[^()\n]{0,200}\)?"
    r"|[^.]{0,120}\bcontributed (?:to )?(?:this )?(?:report|reporting|article|story)\b[^.]{0,40}\.?",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^by\s+[A-Z]", re.IGNORECASE)


@dataclass(frozen=True)
class Page:
    """One source page: its HTML, its gold body paragraphs and its headline."""

    source: str
    source_id: str
    url: str
    html: bytes
    gold: tuple[str, ...]
    headline: str


# --- reading the sources --------------------------------------------------------------


class Repo:
    """Files of a checkout or of a bare git mirror (read with git), by path."""

    def __init__(self, root: Path) -> None:
        self.root, self.bare = root, (root / "HEAD").is_file() and not (root / ".git").exists()

    def names(self, folder: str) -> list[str]:
        if not self.bare:
            return sorted(str(p.relative_to(self.root)) for p in (self.root / folder).rglob("*"))
        out = self._git("ls-tree", "-r", "--name-only", "HEAD", folder)
        return sorted(out.decode().splitlines())

    def read(self, name: str) -> bytes:
        return self._git("show", f"HEAD:{name}") if self.bare else (self.root / name).read_bytes()

    def has(self, name: str) -> bool:
        return bool(self.names(name))

    def _git(self, *args: str) -> bytes:
        return subprocess.run(["git", "-C", str(self.root), *args], capture_output=True).stdout


def decode(data: bytes) -> str:
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def extraction_benchmark(repo: Repo) -> list[Page]:
    truth = json.loads(repo.read("ground-truth.json"))
    pages = []
    for key, item in sorted(truth.items()):
        raw = gzip.decompress(repo.read(f"html/{key}.html.gz"))
        gold = tuple(p for p in item["articleBody"].split("\n") if p.strip())
        pages.append(Page("article-extraction-benchmark", key, item["url"], raw, gold, ""))
    return pages


def l3s_google_news(repo: Repo) -> list[Page]:
    pages = []
    for name in repo.names("page-signal-master/input"):
        key = Path(name).stem
        annotated = parse(repo.read(f"page-signal-master/GoldStandard/{key}.txt"))
        spans = {n: _outer_spans(annotated, f"x-nc-sel{n}") for n in (1, 2)}
        headline = spans[1][0] if spans[1] else ""
        pages.append(Page("l3s-googlenews", key, "", repo.read(name), tuple(spans[2]), headline))
    return pages


def _outer_spans(tree, css_class: str) -> list[str]:
    found = tree.xpath(f"//*[contains(concat(' ', @class, ' '), ' {css_class} ')]")
    chosen = set(found)
    outer = [e for e in found if not any(a in chosen for a in e.iterancestors())]
    return [t for t in (" ".join(e.text_content().split()) for e in outer) if t]


def clean_portal_eval(repo: Repo) -> list[Page]:
    pages = []
    for name in repo.names("CleanPortalEval-master/input"):
        key = Path(name).stem
        text = decode(repo.read(f"CleanPortalEval-master/GoldStandard/{key}.txt"))
        url = (re.search(r"^URL:\s*(\S+)", text, re.M) or [None, ""])[1]
        blocks = re.split(r"\n?<(?:h|p|l)>", re.sub(r"^URL:.*$", "", text, flags=re.M))
        blocks = [" ".join(html.unescape(b).split()) for b in blocks]
        blocks = [b for b in blocks if b]
        headline = blocks[0] if text.lstrip().split("\n", 1)[-1].lstrip().startswith("<h>") else ""
        gold = tuple(blocks[1:] if headline else blocks)
        pages.append(Page("cleanportaleval", key, url, repo.read(name), gold, headline))
    return pages


def read_sources(roots: list[Path]) -> list[Page]:
    pages = []
    for root in roots:
        repo = Repo(root)
        if repo.has("ground-truth.json"):
            pages += extraction_benchmark(repo)
        if repo.has("page-signal-master/input"):
            pages += l3s_google_news(repo)
        if repo.has("CleanPortalEval-master/input"):
            pages += clean_portal_eval(repo)
    return pages


# --- HTML to lines --------------------------------------------------------------------


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
        if headline and fuzz.ratio(_norm(element.text_content()), _norm(headline)) >= 90:
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


# --- labelling ------------------------------------------------------------------------


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", html.unescape(text)).casefold()


def tokens(text: str) -> list[str]:
    return re.findall(r"\w+", _norm(text))


def usable_gold(gold: tuple[str, ...]) -> list[str]:
    """Gold paragraphs, without standalone bylines and date-only lines (boilerplate here)."""
    kept = []
    for paragraph in gold:
        words = len(paragraph.split())
        byline = words <= 12 and _BYLINE.match(paragraph) and not paragraph.rstrip().endswith(".")
        dated = words <= 12 and _DATE_ONLY.match(paragraph) and _MONTH.search(paragraph)
        if not (byline or dated):
            kept.append(_CREDIT.sub(" ", paragraph))
    return kept


def is_english(gold: list[str]) -> bool:
    """Latin letters, and English function words at least 8% of the words (not Italian)."""
    text = " ".join(gold)
    letters = [c for c in text if c.isalpha()]
    words = re.findall(r"[^\W\d_]+", text.casefold())
    latin = sum(c.isascii() for c in letters) >= 0.9 * len(letters)
    return latin and sum(w in _ENGLISH for w in words) >= 0.08 * len(words)


def label_lines(lines: list[str], gold: list[str], headline: str) -> list[tuple[str, float]]:
    """(label, share of the line's words matched to the gold) of each line; see the docstring."""
    page_tokens, owner = [], []
    for n, line in enumerate(lines):
        words = tokens(line)
        page_tokens += words
        owner += [n] * len(words)
    gold_tokens = tokens(" ".join(gold))
    matcher = SequenceMatcher(None, page_tokens, gold_tokens, autojunk=False)
    matched = Counter()
    for block in matcher.get_matching_blocks():
        if block.size >= MIN_RUN:
            for k in range(block.a, block.a + block.size):
                matched[owner[k]] += 1
    labels, seen = [], set()
    head = _norm(" ".join(headline.split()))
    for n, line in enumerate(lines):
        size = len(tokens(line))
        if not line.strip():
            labels.append(("blank", 0.0))
            continue
        share = matched[n] / size if size else 0.0
        key = " ".join(tokens(line))
        if head and n < HEADLINE_LINES and fuzz.ratio(_norm(line), head) >= HEADLINE_MIN_RATIO:
            label = "headline"
        elif key in seen:
            label = "duplicate"
        elif share >= CONTENT_MIN:
            label = "content"
        elif share <= BOILERPLATE_MAX:
            label = "boilerplate"
        else:
            label = "unsure"
        if label == "content":
            seen.add(key)
        labels.append((label, round(share, 3)))
    return labels


# --- writing the variants -------------------------------------------------------------


def site_of(url: str, tree) -> str:
    """The page's registered domain: from its URL, else the commonest domain it links to."""
    hosts = [urlparse(url).netloc] if url else []
    if not hosts:
        links = tree.xpath("//a/@href|//link[@rel='canonical']/@href|//base/@href")
        hosts = [urlparse(link).netloc for link in links if link.startswith("http")]
        hosts = [
            h
            for h in hosts
            if h
            and not re.search(
                r"doubleclick|google|facebook|twitter|addthis|digg|del\.icio|yahoo\.com$|adserver|feedburner",
                h,
            )
        ]
    if not hosts:
        return ""
    host = Counter(h.lower().split(":")[0] for h in hosts).most_common(1)[0][0]
    parts = host.removeprefix("www.").split(".")
    short = len(parts) >= 3 and parts[-2] in ("co", "com", "org", "net", "ac", "gov")
    return ".".join(parts[-3:] if short else parts[-2:])


def convert(page: Page) -> dict | None:
    tree = parse(page.html)
    gold = usable_gold(page.gold)
    gold_words = tokens(" ".join(gold))
    if len(gold_words) < MIN_GOLD_WORDS or not is_english(gold):
        return None
    grams = set(zip(gold_words, gold_words[1:], gold_words[2:], strict=False))
    headline = page_headline(tree, page.headline)
    elements = gold_elements(tree, grams)
    chosen, rule = region(tree, elements, headline_element(tree, headline))
    body = tree.find("body") if tree.find("body") is not None else tree
    variants = {}
    for name, root in (("article", chosen), ("page", body)):
        lines = html_lines(root)
        variants[name] = (lines, label_lines(lines, gold, headline))
    lines, labels = variants["article"]
    found = sum(
        len(tokens(t)) for t, (label, _) in zip(lines, labels, strict=True) if label == "content"
    )
    if found < MIN_GOLD_FOUND * len(gold_words):
        return None  # the HTML does not hold the gold (an empty frame, another version)
    site = site_of(page.url, tree) or f"unknown-{page.source_id[:8]}"
    return {"site": site, "headline": headline, "rule": rule, "variants": variants}


def write(pages: list[Page], out: Path) -> None:
    writers = {}
    for variant in ("article", "page"):
        folder = out / variant
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("*.txt"):
            old.unlink()
        handles = [
            (folder / n).open("w", newline="", encoding="utf-8")
            for n in ("manifest.csv", "labels.csv", "pages.csv")
        ]
        rows = [csv.writer(h) for h in handles]
        rows[0].writerow(["file", "outlet", "title", "published", "url"])
        rows[1].writerow(["file", "line", "label", "coverage"])
        rows[2].writerow(
            [
                "file",
                "source",
                "source_id",
                "url",
                "region",
                "lines",
                "content",
                "boilerplate",
                "unsure",
            ]
        )
        writers[variant] = (folder, handles, rows)
    kept = skipped = 0
    for page in pages:
        converted = convert(page)
        if converted is None:
            skipped += 1
            continue
        kept += 1
        site = converted["site"]
        digest = hashlib.sha256(page.html).hexdigest()[:10]
        name = f"{re.sub(r'[^a-z0-9]+', '-', site.lower())}_{digest}.txt"
        for variant, (lines, labels) in converted["variants"].items():
            folder, _, rows = writers[variant]
            (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
            rows[0].writerow([name, site, converted["headline"], "", page.url])
            for n, (label, share) in enumerate(labels, 1):
                rows[1].writerow([name, n, label, share])
            count = Counter(label for label, _ in labels)
            rule = converted["rule"] if variant == "article" else "body"
            rows[2].writerow(
                [
                    name,
                    page.source,
                    page.source_id,
                    page.url,
                    rule,
                    len(lines),
                    count["content"],
                    count["boilerplate"],
                    count["unsure"],
                ]
            )
    for _, handles, _ in writers.values():
        for handle in handles:
            handle.close()
    print(
        f"{kept} pages written to {out}/article and {out}/page; {skipped} skipped (gold short, not English or not found in the HTML)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "inputs", nargs="+", type=Path, help="checkouts or bare mirrors of the sources"
    )
    parser.add_argument(
        "--out", type=Path, required=True, help="folder for the article/ and page/ variants"
    )
    args = parser.parse_args()
    pages = read_sources(args.inputs)
    print(f"{len(pages)} pages read: {dict(Counter(p.source for p in pages))}")
    write(pages, args.out)


if __name__ == "__main__":
    main()
