"""`run.log` in the run folder: what the runner did and every traceback, off the terminal.

The terminal gets one line per fault (see `faults`); the log gets the whole story, and
with `--verbose` the terminal gets the log too. papermill's and Jupyter's own loggers are
sent to the same file for the length of the run, so nothing of theirs reaches the terminal.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOG_NAME = "run.log"
LOGGER = logging.getLogger("workbook")
# papermill logs nbclient's messages ("Kernel died while waiting for execute reply") under
# its name; jupyter_client's kernel manager logs under traitlets'.
CAPTURED = ("workbook", "papermill", "traitlets")


class _QuietFileHandler(logging.FileHandler):
    """A file handler that says nothing when the file cannot be written (a full disk must
    not print a logging error on the terminal; the fault is reported once, elsewhere)."""

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        return

    def close(self) -> None:
        try:
            super().close()
        except OSError:
            return  # the last lines could not be flushed to a full disk


@contextmanager
def logging_to(run_dir: Path, verbose: bool = False) -> Iterator[logging.Logger]:
    """Send the runner's, papermill's and Jupyter's logs to `run.log` (appended to: a run
    again into the same folder keeps the earlier runs' logs), and to stderr when `verbose`."""
    handlers: list[logging.Handler] = [
        _QuietFileHandler(run_dir / LOG_NAME, mode="a", encoding="utf-8", delay=True)
    ]
    handlers[0].setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    if verbose:
        handlers.append(logging.StreamHandler(sys.stderr))
        handlers[1].setLevel(logging.WARNING)
    saved = []
    for name in CAPTURED:
        logger = logging.getLogger(name)
        saved.append((logger, logger.handlers[:], logger.propagate, logger.level))
        logger.handlers = list(handlers)
        logger.propagate = False
        logger.setLevel(logging.INFO)
    try:
        yield LOGGER
    finally:
        for logger, previous, propagate, level in saved:
            logger.handlers, logger.propagate = previous, propagate
            logger.setLevel(level)
        for handler in handlers:
            handler.close()
