"""Boilerplate removal on any corpus, by reading: random samples of the lines a run removed
and of the lines it kept.

    .venv/bin/python benchmarks/line_sample.py sample RUN REMOVED.tsv [--n 200] [--seed 7]
        [--exclude READ.tsv ...]
    .venv/bin/python benchmarks/line_sample.py sample RUN REMOVED.tsv --per-rule 10 [--seed 7]
        [--rules RULE ...] [--exclude READ.tsv ...]
    .venv/bin/python benchmarks/line_sample.py sample RUN KEPT.tsv --kept [--n 200] [--seed 7]
        [--exclude READ.tsv ...]
    (fill the `verdict` column of each sheet: boilerplate, story or unclear)
    .venv/bin/python benchmarks/line_sample.py score RUN REMOVED.tsv [KEPT.tsv] [--per-rule RULES.tsv ...]

The line-labelled development set covers pages with a gold body; a researcher's own corpus
has none. `sample` draws lines the run labelled `boilerplate` (or, with `--kept`, `content`
or `headline`) at random (a fixed seed), writes them as a sheet with an empty `verdict`
column, and prints each with the two non-blank lines before and after it in its file and
the rule that removed it. `score` reads the judged sheets back and scales each sample's
shares (unclear set aside) to the lines it was drawn from: the share of removed lines that
are story text gives the precision of the removal and the share of the story lines removed
(the issue's "content lines removed"); the share of kept lines that are boilerplate gives
its recall. Each figure comes with the range its samples' 95% Wilson intervals allow.
Lines removed as repeats are in neither sample. `--exclude` leaves out the lines of sheets
already read (matched by file, line number and text, so a sheet drawn from an older run of
the same corpus counts): a fresh reading reads lines no rule was written from. The sample
is then random among the unread lines, which `score` scales to all lines as if they were
alike.

A few kinds of line can make up most of what a run removes (a blog's readers' comments), so
a sample drawn at random says little about the rarer kinds. `--per-rule N` draws up to N
removed lines of each rule instead; `score` then gives each rule's precision (with its
Wilson interval) and weighs the rules by the lines each removed. Given a sheet drawn at
random as well (`score ... --per-rule RULES.tsv`), each rule's share is read from its lines
in both, so the common rules are known from the random sheet and the rare ones from the
per-rule sheet. The range of the weighted share is found by simulation, each rule's
share drawn many times and weighed: for the low end from Beta(story, boilerplate + 1) (none,
where no story line was read), for the high end from Beta(story + 1, boilerplate) (all,
where no boilerplate line was read), the distributions whose quantiles are a proportion's
exact (Clopper-Pearson) bounds; a rule whose every removed line was read counts as what
was read. A conservative 95% range: a rule with no story line among those read may still
hold some, which moves the high end and never the low one.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pandas as pd
from quote_sample import wilson

SHEET_COLUMNS = ["sample", "stratum", "file", "line", "rule", "text", "verdict"]
AT_RANDOM = "all"  # the stratum of a line drawn at random from all removed (or kept) lines
VERDICTS = ("boilerplate", "story", "unclear")
REMOVED = ("boilerplate",)
KEPT = ("content", "headline")
CONTEXT_LINES = 2
SIMULATIONS = 20_000  # weighted shares drawn for the per-rule interval


def draw(lines: pd.DataFrame, labels: tuple[str, ...], n: int, seed: int) -> pd.DataFrame:
    """`n` lines with one of `labels` drawn at random (all when fewer), in the corpus's order."""
    pool = lines[lines["label"].isin(labels)]
    drawn = pool.sample(n=min(n, len(pool)), random_state=seed).sort_index()
    return _numbered(drawn.assign(stratum=AT_RANDOM))


def draw_per_rule(lines: pd.DataFrame, n: int, seed: int) -> pd.DataFrame:
    """Up to `n` removed lines of each rule, drawn at random (all of a rule with fewer), in
    the corpus's order; each line's stratum is its rule."""
    pool = lines[lines["label"].isin(REMOVED)]
    drawn = [
        group.sample(n=min(n, len(group)), random_state=seed)
        for _, group in pool.groupby("rule", sort=True)
    ]
    picked = pd.concat(drawn).sort_index() if drawn else pool.iloc[:0]
    return _numbered(picked.assign(stratum=picked["rule"]))


def _numbered(drawn: pd.DataFrame) -> pd.DataFrame:
    return drawn.reset_index(drop=True).rename_axis("sample").reset_index()


def context(lines: pd.DataFrame, file: str, line: int) -> pd.DataFrame:
    """The line and the non-blank lines around it in its file, with their labels."""
    article = lines[(lines["file"] == file) & (lines["text"].str.strip() != "")]
    at = article.index[article["line"] == line][0]
    position = article.index.get_loc(at)
    return article.iloc[max(0, position - CONTEXT_LINES) : position + CONTEXT_LINES + 1]


def share_judged(sheet: pd.DataFrame, verdict: str) -> tuple[float, float, float]:
    """The share of a sheet's judged lines (unclear set aside) given `verdict`, with its
    95% Wilson interval."""
    unknown = sorted(set(sheet["verdict"]) - set(VERDICTS))
    if unknown:
        raise ValueError(f"verdicts must be one of {VERDICTS}; found {unknown}")
    hits = int((sheet["verdict"] == verdict).sum())
    judged = int(sheet["verdict"].isin(["boilerplate", "story"]).sum())
    low, high = wilson(hits, judged)
    return (hits / judged if judged else float("nan"), low, high)


def story_share_per_rule(
    sheet: pd.DataFrame, removed_per_rule: pd.Series, seed: int = 0
) -> tuple[pd.DataFrame, tuple[float, float, float]]:
    """Per rule of a sheet drawn per rule: the lines it removed, the lines judged, how many
    are story text and that share with its Wilson interval; and the share of story text
    among all removed lines, each rule weighed by the lines it removed, with a conservative
    95% range simulated from each rule's exact bounds (a rule with no line judged boilerplate
    or story spans anything from none to all story)."""
    missing = sorted(set(removed_per_rule.index) - set(sheet["stratum"]))
    if missing:
        raise ValueError(f"the sheet has no line of the rules {missing}: draw it again")
    rows = []
    for rule, group in sheet.groupby("stratum", sort=True):
        share, low, high = share_judged(group, "story")
        judged = int(group["verdict"].isin(["boilerplate", "story"]).sum())
        story = int((group["verdict"] == "story").sum())
        rows.append((rule, int(removed_per_rule.get(rule, 0)), judged, story, share, low, high))
    table = pd.DataFrame(
        rows, columns=["rule", "removed", "judged", "story", "share", "low", "high"]
    )
    weights = (table["removed"] / table["removed"].sum()).to_numpy()
    read = (table["judged"] > 0).to_numpy()
    share = float((weights[read] * table["share"].to_numpy()[read]).sum() / weights[read].sum())
    low, high = _weighted_range(table, weights, np.random.default_rng(seed))
    return table, (share, float(low), float(high))


def _weighted_range(
    table: pd.DataFrame, weights: np.ndarray, rng: np.random.Generator
) -> tuple[float, float]:
    """The 2.5% quantile of the weighted shares drawn for the low end and the 97.5% quantile
    of those drawn for the high end (see the module docstring)."""
    story = table["story"].to_numpy()
    boilerplate = table["judged"].to_numpy() - story
    size = (SIMULATIONS, len(table))
    # numpy's beta needs both parameters above 0: a bound of 0 or 1 is written in after.
    low_draws = rng.beta(np.maximum(story, 1), boilerplate + 1, size=size)
    high_draws = rng.beta(story + 1, np.maximum(boilerplate, 1), size=size)
    low_draws[:, story == 0] = 0.0
    high_draws[:, boilerplate == 0] = 1.0
    known = (table["judged"] == table["removed"]).to_numpy() & (table["judged"] > 0).to_numpy()
    exact = np.where(known, story / np.maximum(table["judged"].to_numpy(), 1), 0.0)
    low_draws[:, known] = exact[known]
    high_draws[:, known] = exact[known]
    return (
        float(np.quantile(low_draws @ weights, 0.025)),
        float(np.quantile(high_draws @ weights, 0.975)),
    )


def removal_figures(
    story_removed: float, boilerplate_kept: float, removed: int, kept: int
) -> dict[str, float]:
    """Precision, recall and F1 of the removal (a removed boilerplate line is a hit) and the
    share of story lines removed, from the share of story text among the `removed` lines and
    of boilerplate among the `kept` lines."""
    hits = removed * (1 - story_removed)
    missed = kept * boilerplate_kept
    story_lost = removed * story_removed
    precision = 1 - story_removed
    recall = hits / (hits + missed) if hits + missed else float("nan")
    return {
        "precision": precision,
        "recall": recall,
        "f1": 2 * precision * recall / (precision + recall),
        "story_removed": story_lost / (story_lost + kept - missed),
    }


def _read_lines(run: Path) -> pd.DataFrame:
    return pd.read_csv(run / "tables" / "lines.csv", keep_default_na=False, dtype={"line": int})


def unread_lines(lines: pd.DataFrame, rules: list[str], read: list[pd.DataFrame]) -> pd.DataFrame:
    """The lines of `rules` (all, if none is named) that no sheet of `read` holds: a second
    draw for the rules that need more reading reads new lines. A rule no line was removed by
    (a misspelt name) is an error, not an empty sheet."""
    unknown = sorted(set(rules) - set(lines["rule"]))
    if unknown:
        raise ValueError(f"no line was removed by the rules {unknown}")
    chosen = lines["rule"].isin(rules) if rules else True
    return lines[~was_read(lines, read) & chosen]


def was_read(lines: pd.DataFrame, read: list[pd.DataFrame]) -> pd.Series:
    """Whether each line is on a sheet of `read`, by its file and line number and, where the
    sheet gives it, its text: a sheet drawn from an older run of the same corpus leaves out
    the same raw lines, and a line whose text differs (another file under the same name) is
    not taken for one already read."""
    keys = set()
    for sheet in read:
        texts = sheet["text"] if "text" in sheet else [None] * len(sheet)
        for file, line, text in zip(sheet["file"], sheet["line"], texts, strict=True):
            keys.add((file, int(line), text))
    texts = lines["text"] if "text" in lines else [None] * len(lines)
    flags = [
        (file, int(line), None) in keys or (file, int(line), text) in keys
        for file, line, text in zip(lines["file"], lines["line"], texts, strict=True)
    ]
    return pd.Series(flags, index=lines.index, dtype=bool)


def sample_command(
    run: Path,
    sheet: Path,
    kept: bool,
    n: int,
    seed: int,
    per_rule: int | None,
    rules: list[str],
    exclude: list[Path],
) -> None:
    lines = _read_lines(run)
    read = [
        pd.read_csv(path, sep="\t", keep_default_na=False, dtype={"line": int}) for path in exclude
    ]
    if per_rule is not None:
        drawn = draw_per_rule(unread_lines(lines, rules, read), per_rule, seed).assign(verdict="")
    else:
        unread = lines[~was_read(lines, read)]
        drawn = draw(unread, KEPT if kept else REMOVED, n, seed).assign(verdict="")
    drawn[SHEET_COLUMNS].to_csv(sheet, sep="\t", index=False)
    for row in drawn.itertuples():
        print(f"## {row.sample} {row.file} line {row.line}: {row.label} {row.rule} ({row.reason})")
        for near in context(lines, row.file, row.line).itertuples():
            mark = ">>" if near.line == row.line else "  "
            print(f"   {mark} {near.label[:7]:7} | {near.text[:400]}")
        print()
    print(
        f"{len(drawn)} lines written to {sheet}: fill its verdict column ({', '.join(VERDICTS)})."
    )


def pooled_per_rule(sheets: list[pd.DataFrame]) -> pd.DataFrame:
    """The judged removed lines of several sheets as one sheet stratified by rule: a line
    drawn at random is a random line of its rule too, so every sheet's lines of a rule
    estimate that rule's share together (a line in two sheets counts once)."""
    pooled = pd.concat(sheets, ignore_index=True).drop_duplicates(["file", "line"])
    return pooled.assign(stratum=pooled["rule"])


def _print_rules(table: pd.DataFrame) -> None:
    for row in table.sort_values("removed", ascending=False).itertuples():
        print(
            f"  {row.rule:28} removed {row.removed:>7,}  story {row.story:>3} of "
            f"{row.judged:>3} judged: precision {1 - row.share:.3f} "
            f"({1 - row.high:.3f} - {1 - row.low:.3f})"
        )


def score_command(
    run: Path, removed_sheet: Path, kept_sheet: Path | None, per_rule_sheets: list[Path]
) -> None:
    lines = _read_lines(run)
    removed = int(lines["label"].isin(REMOVED).sum())
    kept = int(lines["label"].isin(KEPT).sum())
    read = {"sep": "\t", "keep_default_na": False, "dtype": str}
    sheets = [pd.read_csv(removed_sheet, **read)]
    sheets += [pd.read_csv(path, **read) for path in per_rule_sheets]
    drawn_per_rule = any("stratum" in s and (s["stratum"] != AT_RANDOM).any() for s in sheets)
    if drawn_per_rule:
        per_rule = lines.loc[lines["label"].isin(REMOVED), "rule"].value_counts()
        table, story = story_share_per_rule(pooled_per_rule(sheets), per_rule)
        _print_rules(table)
    else:
        story = share_judged(sheets[0], "story")
    print(
        f"story text among the {removed:,} removed lines: {story[0]:.3f} ({story[1]:.3f} - {story[2]:.3f})"
    )
    if kept_sheet is not None:
        boilerplate = share_judged(pd.read_csv(kept_sheet, **read), "boilerplate")
        print(
            f"boilerplate among the {kept:,} kept lines: {boilerplate[0]:.3f} "
            f"({boilerplate[1]:.3f} - {boilerplate[2]:.3f})"
        )
    else:
        boilerplate = (0.0, 0.0, 0.0)
        print("no sheet of kept lines: recall and F1 as if every kept line were story")
    middle = removal_figures(story[0], boilerplate[0], removed, kept)
    best = removal_figures(story[1], boilerplate[1], removed, kept)
    worst = removal_figures(story[2], boilerplate[2], removed, kept)
    for name in ("precision", "recall", "f1"):
        print(f"{name}: {middle[name]:.3f} ({worst[name]:.3f} - {best[name]:.3f})")
    print(
        f"story lines removed: {middle['story_removed']:.2%} "
        f"({best['story_removed']:.2%} - {worst['story_removed']:.2%})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    sample = commands.add_parser("sample", help="draw removed (or kept) lines of a run to judge")
    sample.add_argument("run", type=Path, help="a `workbook run` folder")
    sample.add_argument("sheet", type=Path, help="the sheet to write (tab-separated)")
    sample.add_argument("--kept", action="store_true", help="draw kept lines, not removed ones")
    sample.add_argument("--n", type=int, default=200, help="lines to draw (default 200)")
    sample.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    sample.add_argument(
        "--per-rule", type=int, help="draw up to this many removed lines of each rule instead"
    )
    sample.add_argument("--rules", nargs="+", default=[], help="with --per-rule: only these rules")
    sample.add_argument(
        "--exclude",
        nargs="+",
        type=Path,
        default=[],
        help="leave out the lines of these sheets (already read, perhaps on an older run)",
    )
    score = commands.add_parser("score", help="removal figures from judged sheets")
    score.add_argument("run", type=Path, help="the run the sheets were drawn from")
    score.add_argument("removed", type=Path, help="the sheet of removed lines, judged")
    score.add_argument("kept", type=Path, nargs="?", help="the sheet of kept lines, judged")
    score.add_argument(
        "--per-rule",
        nargs="+",
        type=Path,
        default=[],
        help="sheets of removed lines drawn per rule, judged, pooled with REMOVED rule by rule",
    )
    args = parser.parse_args()
    if args.command == "sample":
        if args.kept and args.per_rule is not None:
            parser.error("--per-rule draws removed lines; kept lines have no rule")
        if args.rules and args.per_rule is None:
            parser.error("--rules goes with --per-rule")
        sample_command(
            args.run,
            args.sheet,
            args.kept,
            args.n,
            args.seed,
            args.per_rule,
            args.rules,
            args.exclude,
        )
    else:
        score_command(args.run, args.removed, args.kept, args.per_rule)


if __name__ == "__main__":
    main()
