"""Reading the public sources of the cleaning dev set: pages, their gold body and headline.

Each source is a checkout or a bare git mirror (read with git); see boilerplate_devset.py
for which parts of which repository are read, and why.
"""

from __future__ import annotations

import gzip
import html
import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from devset_html import decode, parse


@dataclass(frozen=True)
class Page:
    """One source page: its HTML, its gold body paragraphs and its headline."""

    source: str
    source_id: str
    url: str
    html: bytes
    gold: tuple[str, ...]
    headline: str


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
