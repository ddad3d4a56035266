"""`workbook`: run the notebooks into a report, list their parameters, prune old runs.

Exit codes: 0 success, 1 a notebook failed or the run was interrupted, 2 bad input or
parameters (found before any notebook runs) or a run folder that another run holds.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from helpers.base import corpus, paths
from helpers.pipeline import params, run

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="workbook", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)

    run_command = commands.add_parser("run", help="run the notebooks and write a report")
    run_command.add_argument(
        "--input",
        type=Path,
        default=paths.SEEDS_DIR,
        help="folder of .txt articles (default: the bundled seeds/)",
    )
    run_command.add_argument(
        "--output", type=Path, default=None, help="run folder (default: reports/<UTC timestamp>/)"
    )
    run_command.add_argument("--params", type=Path, default=None, help="YAML file of parameters")
    run_command.add_argument(
        "-p",
        dest="assignments",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="set one parameter (repeatable)",
    )
    run_command.add_argument(
        "--quiet", action="store_true", help="print only warnings and errors (for cron)"
    )

    commands.add_parser("params", help="list every parameter with its type, default and meaning")

    codebook = commands.add_parser("codebook", help="codebooks drawn from a corpus")
    codebook_commands = codebook.add_subparsers(dest="codebook_command", required=True)
    draft = codebook_commands.add_parser(
        "draft", help="draft event frames from a folder of articles, as a codebook to edit"
    )
    draft.add_argument("--input", type=Path, required=True, help="folder of .txt articles")
    draft.add_argument("--output", type=Path, default=None, help="YAML file (default: print)")
    draft.add_argument("--frames", type=int, default=0, help="frames to look for (0: by size)")
    draft.add_argument(
        "-p", dest="assignments", action="append", default=[], metavar="NAME=VALUE",
        help="set a parameter of the cleaning or entities notebook (repeatable)",
    )  # fmt: skip

    prune_command = commands.add_parser("prune", help="delete all but the newest N run folders")
    prune_command.add_argument("--keep", type=int, required=True, metavar="N")
    return parser


def _fail(message: str) -> int:
    print(f"workbook: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def command_run(args: argparse.Namespace) -> int:
    try:
        values = params.load_params_file(args.params) if args.params else {}
        values |= dict(params.parse_assignment(a) for a in args.assignments)
        input_dir = args.input.expanduser().resolve()
        values = run.preflight(input_dir, values)
    except (params.ParameterError, corpus.InputError) as error:
        return _fail(str(error))
    run_dir = (args.output or run.default_run_dir()).expanduser().resolve()
    log = (lambda message: None) if args.quiet else print
    try:
        with run.run_lock(run_dir):
            record = run.execute(
                input_dir,
                run_dir,
                values,
                log=log,
                warn=lambda message: print(message, file=sys.stderr),
                progress=not args.quiet,
            )
    except run.RunLockedError as error:
        return _fail(str(error))
    if record.status != "ok":
        failure = record.failure
        print(
            f"workbook: run {record.status} in {failure.get('notebook', '?')}"
            f"{', cell ' + str(failure['cell']) if failure.get('cell') else ''}: "
            f"{failure.get('error', '')}; see {run_dir / 'index.html'}",
            file=sys.stderr,
        )
        return EXIT_FAILED
    print(run_dir / "index.html")
    return EXIT_OK


def command_codebook_draft(args: argparse.Namespace) -> int:
    from helpers.base.outputs import atomic_write_text
    from helpers.pipeline import draft

    if not 0 <= args.frames <= 50:
        return _fail(f"--frames must be from 0 to 50, got {args.frames}")
    try:
        values = dict(params.parse_assignment(a) for a in args.assignments)
        input_dir = args.input.expanduser().resolve()
        values = run.preflight(input_dir, values)
        text = draft.draft_codebook(input_dir, values, args.frames)
    except (params.ParameterError, corpus.InputError) as error:
        return _fail(str(error))
    except draft.NotebookFailed as error:
        print(f"workbook: {error}", file=sys.stderr)
        return EXIT_FAILED
    if args.output is None:
        print(text, end="")
    else:
        atomic_write_text(args.output.expanduser().resolve(), text)
        print(args.output)
    return EXIT_OK


def command_params() -> int:
    declared = params.collect_parameters(run.notebook_paths())
    for parameter in declared.values():
        notebooks = ", ".join(parameter.notebooks)
        print(
            f"{parameter.name}: {parameter.type} = {parameter.default!r}  # {parameter.comment}"
            f"  [{notebooks}]"
        )
    return EXIT_OK


def command_prune(keep: int) -> int:
    try:
        removed = run.prune(keep)
    except ValueError as error:
        return _fail(str(error))
    for folder in removed:
        print(f"removed {folder}")
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "run":
        return command_run(args)
    if args.command == "params":
        return command_params()
    if args.command == "codebook":
        return command_codebook_draft(args)
    return command_prune(args.keep)


if __name__ == "__main__":
    sys.exit(main())
