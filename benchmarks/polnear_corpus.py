"""Write PolNeAR's articles as a workbook input folder, for throughput on real news.

    .venv/bin/python benchmarks/polnear_corpus.py POLNEAR_DIR OUT_DIR [--splits train dev]
        [--limit N] [--no-manifest]

POLNEAR_DIR is a checkout of networkdynamics/PolNeAR or a bare mirror of it (read with
`git show`); its `data/<split>/text/*.txt` are news articles from seven US publishers
(2015-2016), a title line then paragraphs between blank lines. Each article becomes one
`.txt` in OUT_DIR, its non-blank lines one per line as the text gives them, and
`manifest.csv` names its outlet (the publisher) and published date from
`data/metadata.tsv`. With `--no-manifest` there is none, so every article is its own
outlet (the workbook takes the outlet from the file name). The `test` split is refused:
it is kept for acceptance. `--limit` keeps the first N articles by name after an even
interleave of the publishers, so a subset has every outlet.
"""

from __future__ import annotations

import argparse
import csv
import subprocess
from pathlib import Path

RESERVED_SPLITS = {"test"}


def _is_bare(repo: Path) -> bool:
    return not (repo / "data").is_dir()


def list_texts(repo: Path, split: str) -> list[str]:
    """Paths (inside the repository) of one split's article texts, sorted."""
    folder = f"data/{split}/text"
    if not _is_bare(repo):
        return sorted(str(p.relative_to(repo)) for p in (repo / folder).glob("*.txt"))
    listing = subprocess.run(
        ["git", "-C", str(repo), "ls-tree", "-r", "--name-only", "HEAD", folder],
        capture_output=True,
        text=True,
        check=True,
    )
    return sorted(line for line in listing.stdout.splitlines() if line.endswith(".txt"))


def read_text(repo: Path, path: str) -> str:
    if not _is_bare(repo):
        return (repo / path).read_text(encoding="utf-8")
    shown = subprocess.run(
        ["git", "-C", str(repo), "show", f"HEAD:{path}"], capture_output=True, check=True
    )
    return shown.stdout.decode("utf-8")


def metadata(repo: Path) -> dict[str, dict[str, str]]:
    """`data/metadata.tsv` rows by file name (without `.txt`)."""
    rows = csv.DictReader(read_text(repo, "data/metadata.tsv").splitlines(), delimiter="\t")
    return {row["filename"]: row for row in rows}


def interleaved(paths: list[str], about: dict[str, dict[str, str]]) -> list[str]:
    """The paths taken in turn from each publisher, so the first N cover every outlet."""
    by_publisher: dict[str, list[str]] = {}
    for path in paths:
        by_publisher.setdefault(about[Path(path).stem]["publisher"], []).append(path)
    queues = [by_publisher[name] for name in sorted(by_publisher)]
    longest = max((len(q) for q in queues), default=0)
    return [q[i] for i in range(longest) for q in queues if i < len(q)]


def export(repo: Path, out: Path, splits: list[str], limit: int | None, manifest: bool) -> int:
    """Write the articles (and the manifest) into `out`; returns the number of articles."""
    refused = RESERVED_SPLITS & set(splits)
    if refused:
        raise SystemExit(f"split(s) {sorted(refused)} are reserved for acceptance: not exported")
    about = metadata(repo)
    paths = interleaved([p for split in splits for p in list_texts(repo, split)], about)
    paths = paths[:limit] if limit is not None else paths
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for path in paths:
        name = Path(path).name
        lines = [line.strip() for line in read_text(repo, path).splitlines() if line.strip()]
        (out / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        row = about[Path(path).stem]
        rows.append((name, row["publisher"], row["title"], row["publication_date"], ""))
    if manifest:
        with (out / "manifest.csv").open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(("file", "outlet", "title", "published", "url"))
            writer.writerows(rows)
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("polnear", type=Path, help="PolNeAR checkout or bare git mirror")
    parser.add_argument("out", type=Path, help="folder to write the articles into")
    parser.add_argument("--splits", nargs="+", default=["train", "dev"])
    parser.add_argument("--limit", type=int, help="keep the first N articles (outlets interleaved)")
    parser.add_argument("--no-manifest", action="store_true", help="every article its own outlet")
    args = parser.parse_args()
    count = export(args.polnear, args.out, args.splits, args.limit, not args.no_manifest)
    print(f"{count} articles written to {args.out}")


if __name__ == "__main__":
    main()
