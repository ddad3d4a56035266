"""Reading the files a researcher edits (`data/` and the files a parameter names): YAML
files and one-item-per-line lists, with one error type that names the file, the line and
the key.

A YAML file is read into plain Python values plus the line each key and list item was
written on (`DataFile.line_of`), so a loader that finds a bad value can say where it is:
`data/frames/generic.yml, line 14, frames.Economic.terms: must be a list of non-empty
strings`. Keys are written as a path: mapping keys joined by dots, list items by their
position counted from 1 (`rules[2].takes`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

Keys = tuple[str | int, ...]  # a path into a YAML document: mapping keys and list positions


class DataFileError(ValueError):
    """A data file that cannot be used; the message names the file, the line and the key."""

    def __init__(self, path: Path | str, message: str, line: int | None = None, key: str = ""):
        self.path, self.line, self.key = Path(path), line, key
        where = str(path) + (f", line {line}" if line else "") + (f", {key}" if key else "")
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class DataFile:
    """A YAML file as read: its values, and the line of every key and list item."""

    path: Path
    data: Any
    lines: dict[Keys, int] = field(default_factory=dict)

    def line_of(self, keys: Keys) -> int | None:
        """The line a key or list item was written on, else the nearest enclosing one's."""
        for end in range(len(keys), -1, -1):
            if keys[:end] in self.lines:
                return self.lines[keys[:end]]
        return None

    def error(self, keys: Keys, message: str) -> DataFileError:
        """A DataFileError naming this file, the line of `keys` and `keys` as a path."""
        return DataFileError(self.path, message, self.line_of(keys), key_path(keys))


def key_path(keys: Iterable[str | int]) -> str:
    """`("rules", 1, "takes")` as `rules[2].takes`: list positions counted from 1."""
    text = ""
    for key in keys:
        text += f"[{key + 1}]" if isinstance(key, int) else (f".{key}" if text else str(key))
    return text


def read_text(path: Path) -> str:
    """A data file's text; a missing or unreadable file is a DataFileError naming it."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataFileError(path, "cannot be read (file not found)") from None
    except UnicodeDecodeError:
        raise DataFileError(path, "cannot be read (not UTF-8 text)") from None
    except OSError as problem:
        raise DataFileError(path, f"cannot be read ({problem.strerror})") from None


def read_yaml(path: Path) -> DataFile:
    """Parse a YAML file with the line of every key; bad YAML is an error naming its line."""
    loader = yaml.SafeLoader(read_text(path))
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as problem:
        mark = problem.problem_mark or problem.context_mark
        line = mark.line + 1 if mark is not None else None
        raise DataFileError(path, f"is not valid YAML: {problem.problem}", line) from None
    finally:
        loader.dispose()
    lines: dict[Keys, int] = {}
    if node is not None:
        _record_lines(node, (), lines)
    return DataFile(Path(path), data, lines)


def _record_lines(node: yaml.Node, keys: Keys, lines: dict[Keys, int]) -> None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value in node.value:
            key = _scalar(key_node)
            if isinstance(key, str | int) and not isinstance(key, bool):
                lines[(*keys, key)] = key_node.start_mark.line + 1
                _record_lines(value, (*keys, key), lines)
    elif isinstance(node, yaml.SequenceNode):
        for position, item in enumerate(node.value):
            lines[(*keys, position)] = item.start_mark.line + 1
            _record_lines(item, (*keys, position), lines)


def _scalar(node: yaml.Node) -> Any:
    """A mapping key's value as the document's data has it (None for a non-scalar key)."""
    if not isinstance(node, yaml.ScalarNode):
        return None
    return yaml.constructor.SafeConstructor().construct_object(node)


def read_list(path: Path) -> list[tuple[int, str]]:
    """(line number, text) of a one-item-per-line file, without blanks and `#` comments."""
    return [
        (number, line.split("#")[0].strip())
        for number, line in enumerate(read_text(path).splitlines(), 1)
        if line.split("#")[0].strip()
    ]


def check_keys(file: DataFile, keys: Keys, value: Any, allowed: Iterable[str]) -> dict:
    """`value` as a mapping whose keys are all in `allowed`, else an error naming the
    unknown keys and the allowed ones."""
    allowed = sorted(allowed)
    if not isinstance(value, dict):
        raise file.error(keys, f"expected a mapping with keys {', '.join(allowed)}")
    unknown = sorted(map(str, set(value) - set(allowed)))
    if unknown:
        raise file.error(keys, f"unknown key(s) {', '.join(unknown)}; use {', '.join(allowed)}")
    return value


def string_list(file: DataFile, keys: Keys, value: Any) -> list[str]:
    """`value` as a list of non-empty strings (None is an empty list), else an error."""
    value = [] if value is None else value
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise file.error(keys, "must be a list of non-empty strings")
    return value
