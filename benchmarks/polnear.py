"""PolNeAR read from a path: articles, publishers, gold attributions and CoreNLP's reading.

    .venv/bin/python benchmarks/polnear.py POLNEAR_DIR --split train [dev] --export OUT_DIR
        [--limit N] [--no-manifest]

POLNEAR_DIR is a checkout of networkdynamics/PolNeAR (with `data/metadata.tsv`) or its
bare git mirror (read at HEAD; files the mirror lacks, such as a few large CoreNLP files,
are read as missing). Only the train and dev splits are read: test is refused.

An article's text is its `data/SPLIT/text/NAME.txt`: line 1 the title, then paragraphs
separated by blank lines. Its attributions are brat standoff (`T` spans typed Source, Cue,
Content, possibly discontinuous; `E` relations joining them). Where several annotators'
files exist for one article, the one of the annotator id that sorts first is read, so the
choice is the same on every run. The CoreNLP XML gives tokens (offsets, part of speech,
named-entity tag, basic dependency head) and coreference chains, used by the benchmark
to read gold sources independently of the workbook's own parse.

`--export` writes a workbook input folder: one `.txt` per article (the title on line 1,
then a paragraph per line) and `manifest.csv` with outlet = publisher and published = the
publication date, for throughput and event benchmarks on real news. `--limit N` keeps the
first N articles after an even interleave of the publishers, so a subset has every outlet;
with `--no-manifest` there is none, so every article is its own outlet (the workbook takes
the outlet from the file name).
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import subprocess
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

SPLITS = ("train", "dev")
Span = tuple[int, int]


@dataclass(frozen=True)
class Attribution:
    """One gold attribution relation: character spans of its source, cue and content."""

    source: tuple[Span, ...]
    cue: tuple[Span, ...]
    content: tuple[Span, ...]


@dataclass(frozen=True)
class Article:
    name: str
    publisher: str
    published: str
    annotator: str
    text: str
    attributions: tuple[Attribution, ...]

    def paragraphs(self) -> list[tuple[int, str]]:
        """(character offset, text) of each non-empty line after the title."""
        found, offset = [], 0
        for number, line in enumerate(self.text.split("\n"), start=1):
            if number > 1 and line.strip():
                found.append((offset, line))
            offset += len(line) + 1
        return found

    @property
    def title(self) -> str:
        return self.text.split("\n", 1)[0].strip()


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    pos: str
    ner: str
    head: int  # index in the article's token list, -1 for a sentence root
    dep: str


@dataclass(frozen=True)
class CoreNLP:
    """CoreNLP's tokens of an article and its coreference chains (lists of token ranges
    [start, end) with the mention's head token)."""

    tokens: tuple[Token, ...]
    chains: tuple[tuple[tuple[int, int, int], ...], ...]


# What `git show` says of a path the commit does not hold, or of a file a partial mirror
# lacks (3 of the 840 train articles' CoreNLP parses in the one fetched here).
_ABSENT = re.compile(r"does not exist in|exists on disk, but not in|bad object HEAD:")


class Files:
    """Files of a PolNeAR checkout, or of its bare git mirror at HEAD."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.bare = not (root / "data" / "metadata.tsv").exists()
        if self.bare and not (root / "HEAD").exists():
            raise SystemExit(f"{root}: neither a PolNeAR checkout nor its git mirror")

    def read(self, path: str) -> str | None:
        if not self.bare:
            file = self.root / path
            return file.read_text(encoding="utf-8") if file.exists() else None
        shown = subprocess.run(
            ["git", "--git-dir", str(self.root), "show", f"HEAD:{path}"],
            capture_output=True,
            env={**os.environ, "LC_ALL": "C"},  # its messages in English, read below
        )
        if shown.returncode == 0:
            return shown.stdout.decode("utf-8")
        if _ABSENT.search(shown.stderr.decode("utf-8", "replace")):
            return None
        # Any other failure (a working folder deleted under the run, a damaged mirror) must
        # not pass for a file the corpus lacks: one run lost the parses of 1,483 more quotes
        # that way and judged fewer quotes without a word.
        raise RuntimeError(f"git show HEAD:{path} failed: {shown.stderr.decode().strip()}")

    def names(self, folder: str) -> list[str]:
        if not self.bare:
            return sorted(p.name for p in (self.root / folder).iterdir())
        listed = subprocess.run(
            ["git", "--git-dir", str(self.root), "ls-tree", "--name-only", f"HEAD:{folder}"],
            capture_output=True,
            text=True,
            check=True,
        )
        return sorted(listed.stdout.split())


def read_split(root: Path, split: str) -> list[Article]:
    """Every article of a split, in file-name order."""
    if split not in SPLITS:
        raise SystemExit(f"split {split!r}: only {', '.join(SPLITS)} may be read")
    files = Files(root)
    rows = csv.DictReader((files.read("data/metadata.tsv") or "").splitlines(), delimiter="\t")
    about = {r["filename"]: r for r in rows if r["compartment"] == split}
    annotations: dict[str, list[str]] = {}
    for name in files.names(f"data/{split}/attributions"):
        article, annotator = name.removesuffix(".ann").rsplit("_", 1)
        annotations.setdefault(article, []).append(annotator)
    articles = []
    for name in sorted(about):
        text = files.read(f"data/{split}/text/{name}.txt")
        if text is None or name not in annotations:
            continue
        annotator = min(annotations[name])
        ann = files.read(f"data/{split}/attributions/{name}_{annotator}.ann") or ""
        row = about[name]
        article = Article(
            name, row["publisher"], row["publication_date"], annotator, text, read_ann(ann)
        )
        articles.append(article)
    return articles


def read_ann(ann: str) -> tuple[Attribution, ...]:
    """The attribution relations of a brat standoff file."""
    spans: dict[str, tuple[Span, ...]] = {}
    relations = []
    for line in ann.splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            ranges = fields[1].split(" ", 1)[1]
            spans[fields[0]] = tuple(
                (int(a), int(b)) for a, b in (r.split() for r in ranges.split(";"))
            )
        elif line.startswith("E") and len(fields) >= 2:
            relations.append(dict(part.split(":", 1) for part in fields[1].split()))
    found = []
    for relation in relations:
        parts = {role: spans.get(relation.get(role, ""), ()) for role in ("Source", "Cue")}
        content = spans.get(relation.get("Content", ""), ())
        if content:
            found.append(Attribution(parts["Source"], parts["Cue"], content))
    return tuple(found)


def read_corenlp(root: Path, split: str, name: str) -> CoreNLP | None:
    """CoreNLP's reading of an article, or None where the corpus copy lacks it."""
    xml = Files(root).read(f"data/{split}/corenlp/{name}.txt.xml")
    if xml is None:
        return None
    document = ElementTree.fromstring(xml).find("document")
    tokens: list[Token] = []
    starts: list[int] = []  # index of each sentence's first token
    for sentence in document.iter("sentence"):
        if sentence.find("tokens") is None:
            continue
        first = len(tokens)
        starts.append(first)
        heads = {}
        for dep in sentence.find("dependencies[@type='basic-dependencies']"):
            index = int(dep.find("dependent").get("idx")) - 1
            governor = int(dep.find("governor").get("idx"))
            heads[index] = (first + governor - 1 if governor else -1, dep.get("type"))
        for n, token in enumerate(sentence.find("tokens")):
            head, dep = heads.get(n, (-1, "root"))
            tokens.append(
                Token(
                    int(token.findtext("CharacterOffsetBegin")),
                    int(token.findtext("CharacterOffsetEnd")),
                    token.findtext("word"),
                    token.findtext("POS"),
                    token.findtext("NER"),
                    head,
                    dep,
                )
            )
    chains = []
    for chain in document.findall("coreference/coreference"):
        mentions = []
        for mention in chain.findall("mention"):
            base = starts[int(mention.findtext("sentence")) - 1] - 1
            mentions.append(
                tuple(base + int(mention.findtext(k)) for k in ("start", "end", "head"))
            )
        chains.append(tuple(mentions))
    return CoreNLP(tuple(tokens), tuple(chains))


def interleaved(articles: list[Article]) -> list[Article]:
    """The articles taken in turn from each publisher, so the first N cover every outlet."""
    by_publisher: dict[str, list[Article]] = {}
    for article in articles:
        by_publisher.setdefault(article.publisher, []).append(article)
    queues = [by_publisher[name] for name in sorted(by_publisher)]
    longest = max((len(q) for q in queues), default=0)
    return [q[i] for i in range(longest) for q in queues if i < len(q)]


def export_split(articles: list[Article], out: Path, manifest: bool = True) -> None:
    """A workbook input folder: NAME.txt (title, then a paragraph per line) and, when
    `manifest`, manifest.csv."""
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for article in articles:
        lines = [article.title, *(text.strip() for _, text in article.paragraphs())]
        (out / f"{article.name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        rows.append((f"{article.name}.txt", article.publisher, article.title, article.published))
    if manifest:
        with (out / "manifest.csv").open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["file", "outlet", "title", "published", "url"])
            writer.writerows(row + ("",) for row in rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("polnear", type=Path, help="PolNeAR checkout or git mirror")
    parser.add_argument("--split", choices=SPLITS, nargs="+", default=["train"])
    parser.add_argument("--export", type=Path, help="write a workbook input folder here")
    parser.add_argument(
        "--limit", type=int, help="export the first N articles (outlets interleaved)"
    )
    parser.add_argument("--no-manifest", action="store_true", help="every article its own outlet")
    args = parser.parse_args()
    articles = [a for split in args.split for a in read_split(args.polnear, split)]
    relations = sum(len(a.attributions) for a in articles)
    print(f"{' + '.join(args.split)}: {len(articles)} articles, {relations} attributions")
    if args.export:
        chosen = interleaved(articles)[: args.limit]
        export_split(chosen, args.export, manifest=not args.no_manifest)
        print(f"wrote {len(chosen)} articles to {args.export}")


if __name__ == "__main__":
    main()
