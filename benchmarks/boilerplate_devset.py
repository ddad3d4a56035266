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

The sources are read by devset_sources.py and the HTML turned into lines by devset_html.py
(benchmark helpers beside this script; they need lxml, which jusText brings).

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
import hashlib
import re
from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path
from urllib.parse import urlparse

from devset_html import (
    gold_elements,
    headline_element,
    html_lines,
    normalise,
    page_headline,
    parse,
    region,
    tokens,
)
from devset_sources import Page, read_sources
from rapidfuzz import fuzz

CONTENT_MIN, BOILERPLATE_MAX, MIN_RUN = 0.7, 0.3, 3
HEADLINE_MIN_RATIO, HEADLINE_LINES, MIN_GOLD_WORDS, MIN_GOLD_FOUND = 90, 15, 50, 0.5

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


# --- labelling ------------------------------------------------------------------------


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
    head = normalise(" ".join(headline.split()))
    for n, line in enumerate(lines):
        size = len(tokens(line))
        if not line.strip():
            labels.append(("blank", 0.0))
            continue
        share = matched[n] / size if size else 0.0
        key = " ".join(tokens(line))
        if head and n < HEADLINE_LINES and fuzz.ratio(normalise(line), head) >= HEADLINE_MIN_RATIO:
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
