"""`workbook`: run the notebooks into a report, tell a run's status, list parameters, prune
old runs, train frame models.

Exit codes of `workbook run`: 0 success; 1 the run failed (a notebook's error, a dead
kernel, a full disk); 2 it could not start (bad input folder, parameters or output folder,
or a folder another run holds; nothing was run); 130 it was interrupted (SIGINT, SIGTERM or
SIGHUP). Every fault is one line on stderr; tracebacks go to `run.log` in the run folder.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path
from typing import TextIO

from helpers.base import corpus, paths
from helpers.base.datafiles import DataFileError
from helpers.pipeline import (
    faults,
    frames_cli,
    params,
    run,
    run_folders,
    run_status,
    runlock,
    runlog,
)

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="workbook", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    _add_run(commands)
    status_command = commands.add_parser(
        "status", help="say how a run ended, or that its process is gone"
    )
    status_command.add_argument("run_dir", type=Path, metavar="RUN_DIR")
    commands.add_parser("params", help="list every parameter with its type, default and meaning")
    _add_codebook(commands)
    prune_command = commands.add_parser("prune", help="delete all but the newest N run folders")
    prune_command.add_argument("--keep", type=int, required=True, metavar="N")
    frames_cli.add_parser(commands)
    return parser


def _add_assignments(command: argparse.ArgumentParser, meaning: str) -> None:
    command.add_argument(
        "-p", dest="assignments", action="append", default=[], metavar="NAME=VALUE", help=meaning
    )


def _add_run(commands: argparse._SubParsersAction) -> None:
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
    _add_assignments(run_command, "set one parameter (repeatable)")
    run_command.add_argument(
        "--quiet", action="store_true", help="print only warnings and errors (for cron)"
    )
    run_command.add_argument(
        "--verbose", action="store_true", help="print tracebacks too (they always go to run.log)"
    )


def _add_codebook(commands: argparse._SubParsersAction) -> None:
    codebook = commands.add_parser("codebook", help="codebooks drawn from a corpus")
    codebook_commands = codebook.add_subparsers(dest="codebook_command", required=True)
    draft = codebook_commands.add_parser(
        "draft", help="draft event frames from a folder of articles, as a codebook to edit"
    )
    draft.add_argument("--input", type=Path, required=True, help="folder of .txt articles")
    draft.add_argument("--output", type=Path, default=None, help="YAML file (default: print)")
    draft.add_argument("--frames", type=int, default=0, help="frames to look for (0: by size)")
    _add_assignments(draft, "set a parameter of the cleaning or entities notebook (repeatable)")


def _fail(message: str) -> int:
    print(f"workbook: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def _start_fault(error: OSError, run_dir: Path) -> int:
    """A run folder that cannot be written before any notebook ran: one line, and exit 2
    when the fix is another folder (read-only, no permission), 1 when it is a full disk."""
    fault = faults.from_os_error(error, run_dir, run_dir)
    print(f"workbook: error: {fault.message}", file=sys.stderr)
    return EXIT_FAILED if fault.kind == "no-space" else EXIT_USAGE


def _outcome(record: run.RunRecord) -> int:
    """Print where the report is, or the one line that says why there is none."""
    if record.status == "ok":
        print(record.run_dir / "index.html")
        return EXIT_OK
    failure = record.failure
    where = failure.get("notebook", "")
    cell = f", cell {failure['cell']}" if failure.get("cell") else ""
    line = f"workbook: run {record.status}{f' in {where}{cell}' if where else ''}: "
    line += failure.get("message") or failure.get("error", "")
    if record.status == "interrupted":
        line += "; run the same command again to start it over"
    line += f" (details in {record.run_dir / runlog.LOG_NAME})"
    if record.unrecorded:
        line += f"; run.json could not be updated: {record.unrecorded}"
    print(line, file=sys.stderr)
    return EXIT_INTERRUPTED if record.status == "interrupted" else EXIT_FAILED


def _say(message: str, stream: TextIO) -> None:
    try:
        print(message, file=stream)
    except OSError:
        pass  # a terminal closed under the run (SIGHUP): the run still records how it ended


def command_run(args: argparse.Namespace) -> int:
    try:
        values = params.load_params_file(args.params) if args.params else {}
        values |= dict(params.parse_assignment(a) for a in args.assignments)
        input_dir = args.input.expanduser().resolve()
        values = run.preflight(input_dir, values)
    except (params.ParameterError, corpus.InputError, DataFileError) as error:
        return _fail(str(error))
    run_dir = (args.output or run_folders.default_run_dir()).expanduser().resolve()

    def log(message: str) -> None:
        if not args.quiet:
            _say(message, sys.stdout)

    def warn(message: str) -> None:
        _say(message, sys.stderr)

    try:
        with runlock.hold(run_dir) as holder, runlog.logging_to(run_dir, args.verbose):
            note = run_status.previous_run_note(run_dir, holder)
            if note:
                warn(f"workbook: note: {note}")
            record = run.execute(
                input_dir,
                run_dir,
                values,
                log=log,
                warn=warn,
                progress=not args.quiet,
                previous_run=note,
            )
    except runlock.RunLockedError as error:
        return _fail(str(error))
    except OSError as error:
        return _start_fault(error, run_dir)
    return _outcome(record)


def command_status(run_dir: Path) -> int:
    line, code = run_status.status(run_dir.expanduser().resolve())
    print(line, file=sys.stdout if code in (EXIT_OK, run_status.EXIT_RUNNING) else sys.stderr)
    return code


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
    except (params.ParameterError, corpus.InputError, DataFileError) as error:
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
        removed = run_folders.prune(keep)
    except ValueError as error:
        return _fail(str(error))
    for folder in removed:
        print(f"removed {folder}")
    return EXIT_OK


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "run":
        return command_run(args)
    if args.command == "status":
        return command_status(args.run_dir)
    if args.command == "params":
        return command_params()
    if args.command == "frames":
        from helpers.pipeline import frames_train  # scikit-learn: only for this command

        return frames_train.command_train(args)
    if args.command == "codebook":
        return command_codebook_draft(args)
    return command_prune(args.keep)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _dispatch(args)
    except KeyboardInterrupt as error:
        print(f"workbook: interrupted by {str(error) or 'SIGINT'}", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as error:
        # A fault nothing above foresaw: still one line, the traceback only when asked.
        if getattr(args, "verbose", False):
            traceback.print_exc()
        hint = "" if getattr(args, "verbose", False) else "; run with --verbose for the traceback"
        first = str(error).strip().splitlines()[0] if str(error).strip() else ""
        print(f"workbook: error: unexpected {type(error).__name__}: {first}{hint}", file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
