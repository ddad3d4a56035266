"""Add public news articles from two more corpora to a workbook input folder, for a larger
real corpus than PolNeAR alone (its train and dev splits hold 924 articles).

    .venv/bin/python benchmarks/public_news.py OUT_DIR --total 2000 \
        --semeval SEMEVAL_DIR --dragnet CLEANING_DATASET_DIR

OUT_DIR already holds articles (from `polnear.py --export`); this adds articles until it
holds `--total`, first from SemEval-2023 Task 3's English training articles
(`data/en/train-articles-subtask-2/*.txt` of yrf1/SemEval23-Task-3-UIUC-Team at commit
abd8ae30: news from many sites, a title line then paragraphs), then from the gold article
texts of Dragnet's pages (`dragnet_data/GoldStandard/*.txt` of
j-szulc/html-cleaning-dataset-merged: news and blog articles from RSS feeds). Both are read
from bare git mirrors or checkouts. Only training text is read: SemEval's dev split is
reserved for acceptance. If OUT_DIR has a `manifest.csv`, the added articles are appended
to it with the corpus's name as their outlet (neither corpus names its publisher).
"""

from __future__ import annotations

import argparse
import csv
import subprocess
from pathlib import Path

SEMEVAL_COMMIT = "abd8ae30945e1b6acfb8af65afad7129c926d108"
SOURCES = {
    "semeval-en": ("data/en/train-articles-subtask-2", SEMEVAL_COMMIT),
    "dragnet": ("dragnet_data/GoldStandard", "HEAD"),
}


def _git(repo: Path, *args: str) -> bytes:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, check=True).stdout


def texts(repo: Path, source: str) -> list[tuple[str, str]]:
    """(name, text) of every article of one source, sorted by name."""
    folder, revision = SOURCES[source]
    if (repo / folder).is_dir():
        return [(p.name, _decode(p.read_bytes())) for p in sorted((repo / folder).glob("*.txt"))]
    names = _git(repo, "ls-tree", "-r", "--name-only", revision, folder).decode().splitlines()
    return [
        (Path(name).name, _decode(_git(repo, "show", f"{revision}:{name}")))
        for name in sorted(names)
        if name.endswith(".txt")
    ]


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def add(out: Path, total: int, repos: dict[str, Path]) -> int:
    """Write articles into `out` until it holds `total`; returns how many were added."""
    have = len(list(out.glob("*.txt")))
    manifest = out / "manifest.csv"
    rows = []
    for source, repo in repos.items():
        for name, text in texts(repo, source):
            if have + len(rows) >= total:
                break
            lines = [line.strip() for line in text.splitlines() if line.strip()]
            if len(lines) < 2:
                continue
            target = f"{source}_{name}"
            (out / target).write_text("\n".join(lines) + "\n", encoding="utf-8")
            rows.append((target, source, "", "", ""))
    if manifest.exists():
        with manifest.open("a", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows(rows)
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--total", type=int, default=2000)
    parser.add_argument("--semeval", type=Path, required=True)
    parser.add_argument("--dragnet", type=Path, required=True)
    args = parser.parse_args()
    added = add(args.out, args.total, {"semeval-en": args.semeval, "dragnet": args.dragnet})
    print(f"{added} articles added to {args.out}")


if __name__ == "__main__":
    main()
