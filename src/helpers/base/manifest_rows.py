"""Reading a manifest's rows: its separator, and why a row cannot be used (no file name, a
repeat, a path leaving the input folder, a file not there, a date not YYYY-MM-DD)."""

from __future__ import annotations

from datetime import date
from pathlib import Path, PurePosixPath, PureWindowsPath


def delimiter(header: str) -> str:
    """The manifest's separator: a comma, unless the header has none and a semicolon or a
    tab instead (a spreadsheet saved as CSV in a locale whose decimal mark is a comma)."""
    if "," in header:
        return ","
    return next((mark for mark in (";", "\t") if mark in header), ",")


def row_problem(input_dir: Path, name: str, line: int, rows: dict[str, dict[str, str]]) -> str:
    """Why a manifest row cannot be used ('' when it can): no file name, a repeat, a path
    outside the folder (refused before the file system is asked), or a file not there."""
    if not name:
        return f"line {line} has no file name; skipped"
    if name in rows:
        return f"line {line} repeats {name}; first row kept"
    if leaves_folder(name):
        return (
            f"line {line} names {name}, which is outside the input folder; refused (never "
            "read): list files of the folder by their names alone"
        )
    if not in_folder(input_dir, name):
        return (
            f"line {line} lists {name}, which is not in the folder; row ignored (check the "
            "name's spelling against the folder's files)"
        )
    return ""


def leaves_folder(name: str) -> bool:
    """Whether a manifest's file name points outside the input folder (an absolute path, a
    drive, `..`, a home folder): such a name is refused before the file system is asked."""
    parts = PurePosixPath(name.replace("\\", "/")).parts
    return bool(PureWindowsPath(name).anchor) or ".." in parts or name.startswith("~")


def in_folder(input_dir: Path, name: str) -> bool:
    """Whether `name` is an article file of the folder itself (articles are not read from
    subfolders, so a name with a folder in it matches none)."""
    return "/" not in name and "\\" not in name and (input_dir / name).is_file()


def is_iso_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True
