"""Real multi-outlet events built from PolNeAR's train and dev articles, one folder each.

    .venv/bin/python benchmarks/event_corpora.py /work/.mirror/networkdynamics+PolNeAR/repo OUT

PolNeAR (Newell, Margolin & Ruths 2018) holds US political news of 2015-2016 from seven
outlets. The stories below were picked by reading the articles' titles and first
paragraphs: each folder gets the articles of one story (`<name>/*.txt`, headline first) and a
`manifest.csv` with the outlet, title and published date from `data/metadata.tsv`. With
`--undated N`, the published date of every Nth article is left out of the manifest, to try
date inference on articles whose text may not name a day. The test split is never read.
"""

from __future__ import annotations

import argparse
import csv
import subprocess
from pathlib import Path

OUTLETS = {
    "breitbart": "Breitbart",
    "huff-post": "HuffPost",
    "nyt": "The New York Times",
    "politico": "Politico",
    "usa-today": "USA Today",
    "wash-post": "The Washington Post",
    "west-journal": "Western Journal",
}
EVENTS = {
    "paris-attacks": [  # November 2015: the Paris attacks in the presidential campaign
        "wash-post_2015-11-15_carnage-renews-debate-over-milit",
        "breitbart_2015-11-17_wash-post-fact-check-if-obama-sa",
        "nyt_2015-11-17_terrorism-moves-to-fore-of-u-s-c",
        "wash-post_2015-11-17_republicans-turning-their-backs-",
        "breitbart_2015-11-18_ny-daily-news-paris-terror-attac",
        "nyt_2015-11-18_paris-attacks-test-clinton-s-str",
        "breitbart_2015-11-19_hillary-clinton-calls-on-u-s-to-",
        "politico_2015-11-19_trump-calls-for-bringing-back-su",
        "huff-post_2015-11-20_trump-may-not-have-suggested-a-m",
        "politico_2015-11-20_de-blasio-trust-bratton-on-secur",
        "usa-today_2015-11-23_trump-leads-pack-terrorism-a-top",
        "nyt_2015-11-24_world-war-ii-haunts-our-terror-d",
    ],
    "fbi-clinton-emails": [  # July 2016: the FBI's decision on Clinton's private email server
        "breitbart_2016-07-05_paul-ryan-fbi-decision-not-to-in",
        "politico_2016-07-05_criminal-charges-against-clinton",
        "politico_2016-07-06_lewandowski-fbi-director-acted-a",
        "west-journal_2016-07-06_lynch-closes-the-door-on-clinton",
        "nyt_2016-07-07_in-criticizing-clinton-hints-tha",
        "usa-today_2016-07-07_with-clinton-fbi-s-bad-rep-grows",
        "politico_2016-07-11_republicans-ask-doj-to-investiga",
        "breitbart_2016-07-12_gop-rep-mccaul-announces-bill-re",
        "wash-post_2016-07-13_after-review-clinton-s-emails-mi",
        "nyt_2016-07-15_latest-poll-has-trump-pulling-ev",
    ],
    "democratic-convention": [  # 25-29 July 2016, Philadelphia
        "breitbart_2016-07-25_dnc-issues-deep-and-sincere-apol",
        "politico_2016-07-25_sarah-silverman-heckles-sanders-",
        "usa-today_2016-07-25_sanders-endorsement-for-some",
        "breitbart_2016-07-26_cash-for-opponent-pours-in-as-fl",
        "usa-today_2016-07-26_protesters-push-through-intense-",
        "breitbart_2016-07-27_obama-to-frame-election-as-comma",
        "huff-post_2016-07-27_guns-are-the-ultimate-public-hea",
        "politico_2016-07-27_charter-supporters-make-their-ca",
        "usa-today_2016-07-27_black-lives-matter-seeks-clinton",
        "usa-today_2016-07-27_clinton-still-faces-a-spoiler-in",
        "wash-post_2016-07-27_bill-clinton-addresses-a-very-di",
        "huff-post_2016-07-28_charleston-church-shooting-survi",
        "usa-today_2016-07-28_the-hillary-speech-we-d-like-to-",
        "west-journal_2016-07-28_obama-claims-hillary-most-qualif",
        "breitbart_2016-07-29_bradley-cooper-upset-american-sn",
        "nyt_2016-07-29_obama-lays-out-stakes-for-a-divi",
        "wash-post_2016-07-29_convention-notebook",
        "west-journal_2016-07-29_clinton-acceptance-speech-skewer",
    ],
    "trump-mexico": [  # 31 August 2016: Trump meets Mexico's president, then speaks on immigration
        "west-journal_2016-08-25_trump-stands-tall-on-proposal-fo",
        "breitbart_2016-08-31_jeff-sessions-rudy-giuliani-wear",
        "usa-today_2016-09-01_trump-didn-t-need-to-meet-with-p",
        "wash-post_2016-09-01_trump-appeared-to-break-down-wal",
        "nyt_2016-09-03_as-trump-demands-wall-smugglers-",
    ],
}


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), *args], check=True, capture_output=True, text=True
    ).stdout


def build(repo: Path, out: Path, undated_every: int = 0) -> dict[str, int]:
    """Write one folder per event; returns the number of articles of each."""
    files = _git(repo, "ls-tree", "-r", "--name-only", "HEAD", "data/train/text", "data/dev/text")
    paths = {Path(p).stem: p for p in files.split()}
    metadata = _git(repo, "show", "HEAD:data/metadata.tsv").splitlines()
    known = {
        row["filename"]: row
        for row in csv.DictReader(metadata, delimiter="\t")
        if row["compartment"] in ("train", "dev")
    }
    counts = {}
    for name, stems in EVENTS.items():
        folder = out / name
        folder.mkdir(parents=True, exist_ok=True)
        rows = []
        for number, stem in enumerate(stems, start=1):
            (folder / f"{stem}.txt").write_text(_git(repo, "show", f"HEAD:{paths[stem]}"), "utf-8")
            dated = not undated_every or number % undated_every
            published = known[stem]["publication_date"] if dated else ""
            outlet = OUTLETS[stem.split("_")[0]]
            rows.append([f"{stem}.txt", outlet, known[stem]["title"], published, ""])
        with (folder / "manifest.csv").open("w", newline="", encoding="utf-8") as stream:
            writer = csv.writer(stream)
            writer.writerow(["file", "outlet", "title", "published", "url"])
            writer.writerows(rows)
        counts[name] = len(stems)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("polnear", type=Path, help="PolNeAR repository (a bare git mirror works)")
    parser.add_argument("out", type=Path, help="folder to write the event folders into")
    parser.add_argument(
        "--undated",
        type=int,
        default=0,
        metavar="N",
        help="leave out the published date of every Nth article",
    )
    args = parser.parse_args()
    for name, count in build(args.polnear, args.out, args.undated).items():
        print(f"{name}: {count} articles -> {args.out / name}")


if __name__ == "__main__":
    main()
