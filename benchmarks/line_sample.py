"""Story text lost on any corpus, by reading: a random sample of the lines a run removed.

    .venv/bin/python benchmarks/line_sample.py sample RUN SHEET.tsv [--n 200] [--seed 7]
    (fill the `verdict` column of SHEET.tsv: boilerplate, story or unclear)
    .venv/bin/python benchmarks/line_sample.py score RUN SHEET.tsv

The line-labelled development set covers pages with a gold body; a researcher's own corpus
has none. `sample` draws lines the run labelled `boilerplate` at random (a fixed seed),
writes them as a sheet with an empty `verdict` column, and prints each with the two lines
before and after it in its file and the rule that removed it. `score` reads the judged
sheet back and prints the share judged story text, with a 95% Wilson interval, and from it
the share of the corpus's story lines the cleaning removed: story lines removed over story
lines kept plus removed (the issue's "content lines removed"), kept lines counted as story.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd
from quote_sample import wilson

SHEET_COLUMNS = ["sample", "file", "line", "rule", "text", "verdict"]
VERDICTS = ("boilerplate", "story", "unclear")
REMOVED = "boilerplate"
KEPT = ("content", "headline")
CONTEXT_LINES = 2


def draw(lines: pd.DataFrame, n: int, seed: int) -> pd.DataFrame:
    """`n` removed lines drawn at random (all of them when fewer), in the corpus's order."""
    removed = lines[lines["label"] == REMOVED]
    drawn = removed.sample(n=min(n, len(removed)), random_state=seed).sort_index()
    return drawn.reset_index(drop=True).rename_axis("sample").reset_index()


def context(lines: pd.DataFrame, file: str, line: int) -> pd.DataFrame:
    """The line and the non-blank lines around it in its file, with their labels."""
    article = lines[(lines["file"] == file) & (lines["text"].str.strip() != "")]
    at = article.index[article["line"] == line][0]
    position = article.index.get_loc(at)
    return article.iloc[max(0, position - CONTEXT_LINES) : position + CONTEXT_LINES + 1]


def story_lost(sheet: pd.DataFrame, removed: int, kept: int) -> dict[str, float]:
    """The share of the judged lines that are story text (unclear set aside), with its
    interval, and what it makes of the corpus's story lines removed: `removed` lines the
    sample was drawn from, `kept` lines kept as story."""
    unknown = sorted(set(sheet["verdict"]) - set(VERDICTS))
    if unknown:
        raise ValueError(f"verdicts must be one of {VERDICTS}; found {unknown}")
    story = int((sheet["verdict"] == "story").sum())
    judged = story + int((sheet["verdict"] == "boilerplate").sum())
    share = story / judged if judged else float("nan")
    low, high = wilson(story, judged)

    def lost(fraction: float) -> float:
        return fraction * removed / (kept + fraction * removed)

    return {
        "story": story,
        "judged": judged,
        "share": share,
        "low": low,
        "high": high,
        "lost": lost(share),
        "lost_low": lost(low),
        "lost_high": lost(high),
    }


def _read_lines(run: Path) -> pd.DataFrame:
    return pd.read_csv(run / "tables" / "lines.csv", keep_default_na=False, dtype={"line": int})


def sample_command(run: Path, sheet: Path, n: int, seed: int) -> None:
    lines = _read_lines(run)
    drawn = draw(lines, n, seed).assign(verdict="")
    drawn[SHEET_COLUMNS].to_csv(sheet, sep="\t", index=False)
    for row in drawn.itertuples():
        print(f"## {row.sample} {row.file} line {row.line}: {row.rule} ({row.reason})")
        for near in context(lines, row.file, row.line).itertuples():
            mark = ">>" if near.line == row.line else "  "
            print(f"   {mark} {near.label[:7]:7} | {near.text[:400]}")
        print()
    print(
        f"{len(drawn)} lines written to {sheet}: fill its verdict column ({', '.join(VERDICTS)})."
    )


def score_command(run: Path, sheet: Path) -> None:
    lines = _read_lines(run)
    judged = pd.read_csv(sheet, sep="\t", keep_default_na=False, dtype=str)
    found = story_lost(
        judged, int((lines["label"] == REMOVED).sum()), int(lines["label"].isin(KEPT).sum())
    )
    print(
        f"story text among the removed lines: {found['story']} of {found['judged']} judged, "
        f"{found['share']:.3f} ({found['low']:.3f} - {found['high']:.3f})"
    )
    print(
        f"story lines removed, of all story lines: {found['lost']:.2%} "
        f"({found['lost_low']:.2%} - {found['lost_high']:.2%})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    sample = commands.add_parser("sample", help="draw removed lines of a run to judge")
    sample.add_argument("run", type=Path, help="a `workbook run` folder")
    sample.add_argument("sheet", type=Path, help="the sheet to write (tab-separated)")
    sample.add_argument("--n", type=int, default=200, help="lines to draw (default 200)")
    sample.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    score = commands.add_parser("score", help="story text lost, from a judged sheet")
    score.add_argument("run", type=Path, help="the run the sheet was drawn from")
    score.add_argument("sheet", type=Path, help="the sheet, its verdict column filled")
    args = parser.parse_args()
    if args.command == "sample":
        sample_command(args.run, args.sheet, args.n, args.seed)
    else:
        score_command(args.run, args.sheet)


if __name__ == "__main__":
    main()
