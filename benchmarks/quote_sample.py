"""Speaker accuracy on any corpus, by reading: a random sample of a run's quotes to judge.

    .venv/bin/python benchmarks/quote_sample.py sample RUN SHEET.tsv [--n 100] [--seed 7] [--pronoun-cue]
        [--exclude READ.tsv ...]
    (fill the `verdict` column of SHEET.tsv: right, wrong or unclear; the `source` column
    with the kind of source the text gives; a `note` on each wrong row)
    .venv/bin/python benchmarks/quote_sample.py score SHEET.tsv

PolNeAR's gold covers one kind of news; a researcher's own corpus has none. `sample` draws
direct quotes of a `workbook run` folder at random (a fixed seed, so a second reader can
judge the same ones), writes them as a sheet with empty `verdict`, `source` and `note`
columns, and prints each with its paragraph and the two before it, the context a reader
needs to say who spoke. `score` reads the judged sheet back and prints the share judged
right, overall and by speaker type, with a 95% Wilson interval: a sample of 100 says little
more than +-9 points.

The speaker type is what the workbook made of the source; issue 15's goal is set by how the
text writes it. The reader fills `source` with the kind of words the text gives as the
source of the speech act (in the quote's sentence, the one that introduces it, or the
attribution a continuing quotation goes on from), whatever the workbook found:

- `named`: a person's name, with or without a title ("Trump said", "said Sen. Ted Cruz");
- `pronoun`: a pronoun standing for a person ("he said", "she told reporters"), the kind
  issue 15's pronoun goal counts;
- `description`: a person written as a role or description, definite or not ("the senator
  said", "a senior official said", "the 34-year-old mother of three replied", "tweeted
  another");
- `organisation`: an organisation, a place speaking as one, "it" standing for one, or what
  one issues ("the Kremlin said", "his campaign said", "the release said", "it concluded");
- `none`: no source at all (the author's own words, a title, lyrics, a nickname in quotes).

`score` then gives the share right by source kind as well, when any row has one; a blank
`source` (a sheet read before the column existed, or a row left blank) is counted under
"(blank)". A sheet without the column scores as before, by speaker type only.

Issue 15 sets its goal apart for sources written as a pronoun ("he said"), which a sample
of all quotes reaches only a few times. `--pronoun-cue` draws only quotes whose paragraph
has "he" or "she" just before a verb of saying (`data/speech_verbs.txt`, its regular forms
"replied" and "admitted" among them, and said, told, wrote): most of those are
attributed by the pronoun, and the reader notes the ones that are not.

`--exclude` leaves out the quotes earlier sheets hold (the same file and quote text; not
the paragraph, which another run may number differently), so that a new sheet measures
quotes no rule was written from.
"""

from __future__ import annotations

import argparse
import math
import re
from pathlib import Path

import pandas as pd

from helpers.base import paths
from helpers.entities import load_speech_verbs

SHEET_COLUMNS = [
    "sample",
    "file",
    "paragraph",
    "speaker",
    "speaker_type",
    "quote",
    "verdict",
    "source",
    "note",
]
VERDICTS = ("right", "wrong", "unclear")
SOURCES = ("named", "pronoun", "description", "organisation", "none")
BLANK = "(blank)"  # the group of rows whose `source` the reader left empty
CONTEXT_PARAGRAPHS = 2
IRREGULAR_PAST = {"say": "said", "tell": "told", "write": "wrote"}


def pronoun_cue(verbs: frozenset[str]) -> re.Pattern[str]:
    """ "he" or "she" just before a form of one of `verbs` (lemmas): "he said", "she added".
    The other order is left out: "said he would" is reported speech far more often than a
    quotation's "said he"."""
    forms = set(verbs) | {IRREGULAR_PAST[v] for v in verbs if v in IRREGULAR_PAST}
    for v in verbs:
        forms |= _regular_forms(v)
    verb = "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
    return re.compile(rf"\b(?:he|she)\s+(?:{verb})\b", re.IGNORECASE)


def _regular_forms(verb: str) -> set[str]:
    """A verb's third person and regular past, spelt every way a regular verb may take
    ("adds", "echoes", "denies", "added", "denied", "admitted", "labelled"); a spelling no
    word has matches nothing, so generating a few is harmless."""
    if verb.endswith("y") and verb[-2:-1] not in set("aeiou"):
        return {verb[:-1] + "ies", verb[:-1] + "ied"}
    past = verb + "d" if verb.endswith("e") else verb + "ed"
    return {verb + "s", verb + "es", past, verb + verb[-1] + "ed"}


def draw(quotes: pd.DataFrame, n: int, seed: int, keep: pd.Series | None = None) -> pd.DataFrame:
    """`n` direct quotes drawn at random (all of them when fewer), in the corpus's order;
    only those `keep` marks, when given."""
    direct = quotes[quotes["kind"] == "direct"]
    if keep is not None:
        direct = direct[keep[direct.index]]
    drawn = direct.sample(n=min(n, len(direct)), random_state=seed).sort_index()
    return drawn.reset_index(drop=True).rename_axis("sample").reset_index()


def unread(quotes: pd.DataFrame, read: list[pd.DataFrame]) -> pd.Series:
    """Per quote, whether no sheet of `read` holds it (the same file and quote text): a
    fresh sheet reads quotes the rules were not written from. The paragraph is left out of
    the key because a run of other code can number an article's paragraphs differently
    (a line more or less removed above the quote)."""
    keys = {(row.file, row.quote) for sheet in read for row in sheet.itertuples()}
    marks = [
        (file, quote) not in keys
        for file, quote in zip(quotes["file"], quotes["quote"], strict=True)
    ]
    return pd.Series(marks, index=quotes.index, dtype=bool)


def context(paragraphs: pd.DataFrame, file: str, paragraph: int) -> list[str]:
    """The quote's paragraph and the ones just before it in its article, oldest first."""
    article = paragraphs[paragraphs["file"] == file].set_index("paragraph")["text"]
    wanted = range(paragraph - CONTEXT_PARAGRAPHS, paragraph + 1)
    return [article[p] for p in wanted if p in article.index]


def wilson(right: int, judged: int) -> tuple[float, float]:
    """The 95% Wilson score interval of a proportion `right` of `judged`."""
    if judged == 0:
        return (0.0, 1.0)
    z = 1.96
    share = right / judged
    centre = share + z * z / (2 * judged)
    spread = z * math.sqrt(share * (1 - share) / judged + z * z / (4 * judged * judged))
    denominator = 1 + z * z / judged
    return ((centre - spread) / denominator, (centre + spread) / denominator)


def accuracy(sheet: pd.DataFrame, by: str = "speaker_type") -> pd.DataFrame:
    """Right, judged (right or wrong; unclear set aside) and their share with its interval,
    for all quotes and per value of the column `by` (speaker type, or source kind)."""
    _check(sheet["verdict"], VERDICTS, "verdicts")
    groups = [("all", sheet), *sheet.groupby(by, sort=True)]
    rows = []
    for name, group in groups:
        right = int((group["verdict"] == "right").sum())
        judged = right + int((group["verdict"] == "wrong").sum())
        low, high = wilson(right, judged)
        rows.append(
            {
                by: name,
                "right": right,
                "judged": judged,
                "unclear": int((group["verdict"] == "unclear").sum()),
                "share": right / judged if judged else float("nan"),
                "low": low,
                "high": high,
            }
        )
    return pd.DataFrame(rows)


def by_source(sheet: pd.DataFrame) -> pd.DataFrame | None:
    """Accuracy per source kind as written, or None when the sheet has no source filled
    (a sheet drawn before the column existed); rows left blank are grouped as "(blank)"."""
    if "source" not in sheet.columns or not sheet["source"].str.strip().any():
        return None
    source = sheet["source"].str.strip()
    _check(source[source != ""], SOURCES, "sources")
    return accuracy(sheet.assign(source=source.replace("", BLANK)), by="source")


def _check(values: pd.Series, allowed: tuple[str, ...], what: str) -> None:
    """A value outside `allowed` is a reader's slip: name it rather than count it apart."""
    unknown = sorted(set(values) - set(allowed))
    if unknown:
        raise ValueError(f"{what} must be one of {allowed}; found {unknown}")


def with_pronoun_cue(quotes: pd.DataFrame, paragraphs: pd.DataFrame) -> pd.Series:
    """Per quote, whether its paragraph has a pronoun just before a verb of saying."""
    cue = pronoun_cue(load_speech_verbs(paths.DATA_DIR / "speech_verbs.txt"))
    cued = paragraphs.loc[paragraphs["text"].str.contains(cue), ["file", "paragraph"]]
    marks = quotes[["file", "paragraph"]].merge(cued.assign(cued=True), how="left")
    return pd.Series(marks["cued"].fillna(False).to_numpy(bool), index=quotes.index)


def sample_command(
    run: Path, sheet: Path, n: int, seed: int, pronoun: bool, exclude: list[Path]
) -> None:
    tables = run / "tables"
    read = {"keep_default_na": False, "dtype": {"paragraph": int}}
    quotes = pd.read_csv(tables / "quotes.csv", **read)
    paragraphs = pd.read_csv(tables / "paragraphs.csv", **read)
    keep = with_pronoun_cue(quotes, paragraphs) if pronoun else None
    if exclude:
        sheets = [pd.read_csv(path, sep="\t", **read) for path in exclude]
        fresh = unread(quotes, sheets)
        keep = fresh if keep is None else keep & fresh
    drawn = draw(quotes, n, seed, keep).assign(verdict="", source="", note="")
    drawn[SHEET_COLUMNS].to_csv(sheet, sep="\t", index=False)
    for row in drawn.itertuples():
        print(
            f"## {row.sample} {row.file} paragraph {row.paragraph}: {row.speaker} ({row.speaker_type})"
        )
        for text in context(paragraphs, row.file, row.paragraph):
            print(f"   | {text}")
        print(f"   QUOTE: {row.quote}\n")
    print(
        f"{len(drawn)} quotes written to {sheet}: fill its verdict column ({', '.join(VERDICTS)})"
        f" and its source column ({', '.join(SOURCES)})."
    )


def apart(sheet: pd.DataFrame, prefixes: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The rows whose file name starts with one of `prefixes`, and the others: a corpus
    that mixes the articles rules were developed on with others is scored on each."""
    inside = sheet["file"].str.startswith(tuple(prefixes))
    return sheet[inside], sheet[~inside]


def score_command(sheet: Path, prefixes: list[str]) -> None:
    judged = pd.read_csv(sheet, sep="\t", keep_default_na=False, dtype=str)
    parts = [("", judged)]
    if prefixes:
        inside, outside = apart(judged, prefixes)
        names = ", ".join(prefixes)
        parts = [(f"files starting with {names}", inside), ("other files", outside)]
    for title, part in parts:
        if title:
            print(f"\n== {title}: {len(part)} rows")
        print(accuracy(part).round(3).to_string(index=False))
        sources = by_source(part)
        if sources is not None:
            print()
            print(sources.round(3).to_string(index=False))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    sample = commands.add_parser("sample", help="draw quotes of a run to judge")
    sample.add_argument("run", type=Path, help="a `workbook run` folder")
    sample.add_argument("sheet", type=Path, help="the sheet to write (tab-separated)")
    sample.add_argument("--n", type=int, default=100, help="quotes to draw (default 100)")
    sample.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    sample.add_argument(
        "--pronoun-cue",
        action="store_true",
        help='only quotes whose paragraph has "he" or "she" just before a verb of saying',
    )
    sample.add_argument(
        "--exclude",
        nargs="+",
        type=Path,
        default=[],
        help="leave out the quotes of these sheets (already read: same file and quote text)",
    )
    score = commands.add_parser("score", help="speaker accuracy of a judged sheet")
    score.add_argument("sheet", type=Path, help="the sheet, its verdict column filled")
    score.add_argument(
        "--apart",
        nargs="+",
        default=[],
        metavar="PREFIX",
        help="score the files whose name starts with one of these apart from the others",
    )
    args = parser.parse_args()
    if args.command == "sample":
        sample_command(args.run, args.sheet, args.n, args.seed, args.pronoun_cue, args.exclude)
    else:
        score_command(args.sheet, args.apart)


if __name__ == "__main__":
    main()
