"""Line-level boilerplate removal on a line-labelled corpus: the workbook beside other cleaners.

    .venv/bin/python benchmarks/cleaning.py /work/data/cleaning/article
    .venv/bin/python benchmarks/cleaning.py /work/data/cleaning/article --part held-out --sites
    .venv/bin/python benchmarks/cleaning.py /work/data/cleaning/article --cleaners workbook --why

CORPUS_DIR holds `.txt` articles, a `manifest.csv` and a `labels.csv` (file, line, label), as
`benchmarks/boilerplate_devset.py` writes them. The positive class is a boilerplate line
removed: precision is the share of removed lines that were boilerplate, recall the share of
boilerplate lines removed. `content removed` is the share of content lines (headline
included) removed, `words lost` the share of their words removed (a line the workbook splits
loses only the part it cuts). Lines labelled `unsure` or `duplicate` are not scored.
`of which repeats` is the share of content lines the workbook removed as repeats (a second
copy of an article, a line repeated in one article: nothing a reader loses when both copies
are the same), counted apart since the strict gold calls every copy content; `--lost`
lists the content lines the workbook removed, one by one, with the rule and its reason.
`--gold relabelled` scores against a second reading of the gold (`cleaning_gold.py`: embedded
posts, advertisement markers, copyright notices, separators and image credits the sources
call content count as boilerplate; repeats and second copies of a page are not scored);
`--relabelled-lines` lists the lines it changes. `--repeats fair` scores one copy of each
text the gold keeps, the one the cleaner kept if any (`cleaning_repeats.py`: the alignment
may pick a later copy, a headline printed twice is two headlines, a page filed twice is all
content); it prints how many lines that changes.

`--part` scores the sites of one part only (`development` or `held-out`; the split is
`part_of` below, by a hash of the site's name, so every page of a site is in one part); each
cleaner still cleans the whole corpus, as a researcher's run would.
Cleaners: the workbook (`helpers.cleaning.corpus_labels.clean_corpus`, with data/boilerplate.yml); jusText
3 (English stoplist, default settings), boilerpy3's ArticleExtractor and trafilatura's
`extract` (precision favoured off, comments off), each given the article's lines as one `<p>`
per line since only the text is at hand; a line is kept by the last two when its text is in
their output. Those three are optional: a cleaner whose package is missing is skipped.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import html
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from cleaning_gold import relabel
from cleaning_repeats import fair_labels

from helpers.base import corpus, paths
from helpers.base.corpus import Article
from helpers.base.text import word_count
from helpers.cleaning import clean_corpus, load_rules

SCORED = {"boilerplate": True, "content": False, "headline": False}


def part_of(site: str) -> str:
    """`development` or `held-out`, from the site's name alone (about half each)."""
    return "held-out" if hashlib.sha256(site.encode()).digest()[0] % 2 else "development"


@dataclass
class Score:
    """Counts of one cleaner on some lines."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    content: int = 0
    content_removed: int = 0
    content_repeats: int = 0
    words: int = 0
    words_lost: int = 0
    pages: set = field(default_factory=set)

    def add(
        self, file: str, boilerplate: bool, removed: bool, words: int, lost: int, repeat: bool
    ) -> None:
        self.pages.add(file)
        if boilerplate:
            self.tp += removed
            self.fn += not removed
            return
        self.fp += removed
        self.content += 1
        self.content_removed += removed
        self.content_repeats += removed and repeat
        self.words += words
        self.words_lost += lost

    def row(self) -> list[str]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        lost = self.content_removed / self.content if self.content else 0.0
        words = self.words_lost / self.words if self.words else 0.0
        repeats = self.content_repeats / self.content if self.content else 0.0
        values = [precision, recall, f1]
        return [f"{v:.3f}" for v in values] + [f"{lost:.2%}", f"{words:.2%}", f"{repeats:.2%}"]


# Each cleaner returns, for every article, the words removed from each of its lines, and the
# lines (file, number) it removed as repeats (only the workbook tells them apart).
Removal = tuple[dict[str, list[int]], set[tuple[str, int]]]
Cleaner = Callable[[list[Article]], Removal]


def workbook_lines(articles: list[Article]) -> pd.DataFrame:
    return clean_corpus(articles, load_rules(paths.DATA_DIR / "boilerplate.yml")).lines


def workbook(articles: list[Article]) -> Removal:
    removed, repeats = defaultdict(list), set()
    for row in workbook_lines(articles).itertuples():
        gone = row.label in ("boilerplate", "duplicate")
        words = word_count(row.text)
        removed[row.file].append(words if gone else words - word_count(row.clean or row.text))
        if row.label == "duplicate":
            repeats.add((row.file, row.line))
    return removed, repeats


def as_html(article: Article) -> str:
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in article.lines if line.strip())
    return f"<html><body>{paragraphs}</body></html>"


def justext_cleaner(articles: list[Article]) -> Removal:
    import justext

    stoplist, removed = justext.get_stoplist("English"), {}
    for article in articles:
        paragraphs = iter(justext.justext(as_html(article), stoplist))
        words = []
        for line in article.lines:
            boilerplate = line.strip() and next(paragraphs).is_boilerplate
            words.append(word_count(line) if boilerplate else 0)
        removed[article.file] = words
    return removed, set()


def _kept_if_in(extract: Callable[[str], str]) -> Cleaner:
    def clean(articles: list[Article]) -> Removal:
        removed = {}
        for article in articles:
            kept = " ".join((extract(as_html(article)) or "").split())
            removed[article.file] = [
                0 if " ".join(line.split()) in kept else word_count(line) for line in article.lines
            ]
        return removed, set()

    return clean


def boilerpy3_extract(document: str) -> str:
    from boilerpy3 import extractors

    return extractors.ArticleExtractor(raise_on_failure=False).get_content(document)


def trafilatura_extract(document: str) -> str:
    import trafilatura

    return trafilatura.extract(document, include_comments=False, include_tables=True) or ""


CLEANERS: dict[str, Cleaner] = {
    "workbook": workbook,
    "jusText": justext_cleaner,
    "boilerpy3": _kept_if_in(boilerpy3_extract),
    "trafilatura": _kept_if_in(trafilatura_extract),
}


def read_labels(folder: Path) -> dict[str, dict[int, str]]:
    labels: dict[str, dict[int, str]] = defaultdict(dict)
    with (folder / "labels.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            labels[row["file"]][int(row["line"])] = row["label"]
    return labels


def score(articles, labels, removal: Removal, part: str) -> tuple[Score, dict[str, Score]]:
    removed, repeats = removal
    overall, sites = Score(), defaultdict(Score)
    for article in articles:
        if part != "all" and part_of(article.outlet) != part:
            continue
        for number, line in enumerate(article.lines, 1):
            label = labels[article.file].get(number)
            if label not in SCORED:
                continue
            lost = removed[article.file][number - 1]
            words = word_count(line)
            gone, repeat = lost >= words > 0, (article.file, number) in repeats
            for target in (overall, sites[article.outlet]):
                target.add(article.file, SCORED[label], gone, words, lost, repeat)
    return overall, sites


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path, help="folder written by boilerplate_devset.py")
    parser.add_argument("--part", choices=["all", "development", "held-out"], default="all")
    parser.add_argument("--cleaners", default=",".join(CLEANERS), help="comma-separated")
    parser.add_argument("--sites", action="store_true", help="also print each site with 3+ pages")
    parser.add_argument("--sites-csv", type=Path, help="write every site's figures here")
    parser.add_argument("--why", action="store_true", help="the workbook's errors by rule")
    parser.add_argument("--lost", action="store_true", help="list the content lines it removes")
    parser.add_argument("--kept", action="store_true", help="list the boilerplate lines it keeps")
    parser.add_argument("--gold", choices=["strict", "relabelled"], default="strict")
    parser.add_argument("--relabelled-lines", action="store_true", help="list what it changes")
    parser.add_argument("--repeats", choices=["strict", "fair"], default="strict")
    args = parser.parse_args()
    articles = corpus.read_corpus(args.corpus).articles
    labels = read_labels(args.corpus)
    if args.gold == "relabelled" or args.relabelled_lines:
        relabelled, changed = relabel(articles, labels)
        print_relabelled(articles, labels, changed, args)
        labels = relabelled if args.gold == "relabelled" else labels
    header = ["cleaner", "pages", "precision", "recall", "F1", "content removed", "words lost"]
    header += ["of which repeats"]
    judge = f"{args.gold} gold, {args.repeats} on repeats"
    print(f"{args.corpus} ({args.part}, {judge}): {len(articles)} articles cleaned")
    print("\t".join(header + ["seconds"]))
    per_site, judged = {}, {}
    for name in args.cleaners.split(","):
        start = time.perf_counter()
        try:
            removal = CLEANERS[name](articles)
        except ImportError as error:
            print(f"{name}\tskipped: {error}")
            continue
        seconds = time.perf_counter() - start
        scored = labels
        if args.repeats == "fair":
            scored = fair_labels(articles, labels, removal[0])
            judged[name] = scored
        overall, sites = score(articles, scored, removal, args.part)
        print("\t".join([name, str(len(overall.pages)), *overall.row(), f"{seconds:.1f}"]))
        per_site[name] = sites
    print_sites(per_site, args)
    for name, scored in judged.items():
        print(f"{name}: {changed_lines(articles, labels, scored, args.part)} lines judged fairly")
    if args.why or args.lost or args.kept:
        scored = judged.get("workbook", labels)
        print_why(articles, scored, args.part, args.lost, args.kept)


def changed_lines(articles: list[Article], labels: dict, fair: dict, part: str) -> str:
    """How many of the part's lines the fair reading of repeats changes, from what to what."""
    moves = Counter(
        f"{label} -> {fair[a.file][n]}"
        for a in articles
        if part == "all" or part_of(a.outlet) == part
        for n, label in labels[a.file].items()
        if fair[a.file][n] != label
    )
    return f"{sum(moves.values())} ({', '.join(f'{m} {c}' for m, c in moves.most_common())})"


def print_relabelled(articles: list[Article], labels: dict, changed: dict, args) -> None:
    """How many scored lines of the part the relabelling changes, by class (and each line)."""
    texts = {a.file: a.lines for a in articles}
    outlets = {a.file: a.outlet for a in articles}
    rows = [
        (file, number, why)
        for (file, number), why in sorted(changed.items())
        if args.part == "all" or part_of(outlets[file]) == args.part
    ]
    classes = Counter("second copy of a page" if w.startswith("second") else w for *_, w in rows)
    print(f"relabelled gold: {len(rows)} content lines changed: {dict(classes.most_common())}")
    if args.relabelled_lines:
        for file, number, why in rows:
            text = texts[file][number - 1][:120]
            print(f"  {file}:{number} ({labels[file][number]} -> {why}) {text}")


def print_sites(per_site: dict[str, dict[str, Score]], args: argparse.Namespace) -> None:
    if not per_site:
        return
    names = list(per_site)
    first = per_site[names[0]]
    rows = [
        [site, str(len(first[site].pages)), name, *per_site[name][site].row()]
        for site in sorted(first, key=lambda s: (-len(first[s].pages), s))
        for name in names
    ]
    header = ["site", "pages", "cleaner", "precision", "recall", "F1", "content removed"]
    header += ["words lost", "of which repeats"]
    if args.sites:
        print("\nsites with 3 or more pages:")
        print("\t".join(header))
        for row in rows:
            if int(row[1]) >= 3:
                print("\t".join(row))
    if args.sites_csv:
        with args.sites_csv.open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows([header, *rows])


def print_why(
    articles: list[Article], labels: dict, part: str, lost: bool = False, kept: bool = False
) -> None:
    """The workbook's lines removed, by rule: content lines against boilerplate lines (a rule
    that removes more content than boilerplate is a rule to mend); its boilerplate lines kept,
    by label; with `lost`, each content line removed, and with `kept`, each boilerplate line
    kept, to be read."""
    lines = workbook_lines(articles)
    outlets = {a.file: a.outlet for a in articles}
    gold = [labels[f].get(n) for f, n in zip(lines["file"], lines["line"], strict=True)]
    lines = lines.assign(gold=gold, part=lines["file"].map(outlets).map(part_of))
    if part != "all":
        lines = lines[lines["part"] == part]
    removed = lines["label"].isin(["boilerplate", "duplicate"])
    content = lines["gold"].isin(["content", "headline"])
    by_rule = pd.DataFrame(
        {
            "content": lines[content & removed]["rule"].value_counts(),
            "boilerplate": lines[(lines["gold"] == "boilerplate") & removed]["rule"].value_counts(),
        }
    )
    by_rule = by_rule.fillna(0).astype(int)
    print("\nworkbook: lines removed, by rule (gold content against gold boilerplate)")
    print(by_rule[by_rule["content"] > 0].sort_values("content", ascending=False).to_string())
    print("\nworkbook: boilerplate lines kept, by label")
    print(lines[(lines["gold"] == "boilerplate") & ~removed]["label"].value_counts().to_string())
    if lost:
        print("\nworkbook: content lines removed (file:line rule: reason | text)")
        for row in lines[content & removed].itertuples():
            print(f"  {row.file}:{row.line} {row.rule}: {row.reason} | {row.text[:100]}")
    if kept:
        print("\nworkbook: boilerplate lines kept (file:line label | text)")
        for row in lines[(lines["gold"] == "boilerplate") & ~removed].itertuples():
            print(f"  {row.file}:{row.line} {row.label} | {row.text[:100]}")


if __name__ == "__main__":
    main()
