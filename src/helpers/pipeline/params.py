"""The notebooks' parameters: read from their `parameters` cells, validated before a run starts.

A parameters cell holds typed, commented literals only, one per line:

    near_duplicate_threshold: float = 0.9  # share of shingles two paragraphs share, in [0, 1]

The cell is read by papermill's own inspection (`papermill.inspect_notebook`), the reader
papermill uses to inject values. The type annotation, the default and the comment are the
parameter's documentation; a comment may end with `in [LOW, HIGH]` or `one of: a, b, c` to
bound its values.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nbformat
import yaml

from helpers.base.datafiles import read_yaml

TYPES: dict[str, type] = {"str": str, "int": int, "float": float, "bool": bool, "list": list}
_RANGE = re.compile(r"in \[\s*(-?[\d.]+)\s*,\s*(-?[\d.]+)\s*\]")
_CHOICES = re.compile(r"one of:\s*(.+)$")
# Given by the runner, not by the user.
RUNNER_PARAMETERS = ("input_dir", "run_dir")


class ParameterError(ValueError):
    """A parameter name, type or value that the notebooks cannot use."""


@dataclass(frozen=True)
class Parameter:
    """One parameter of a notebook's `parameters` cell."""

    name: str
    type: str
    default: Any
    comment: str
    notebooks: tuple[str, ...]

    @property
    def bounds(self) -> tuple[float, float] | None:
        found = _RANGE.search(self.comment)
        return (float(found.group(1)), float(found.group(2))) if found else None

    @property
    def choices(self) -> tuple[str, ...] | None:
        found = _CHOICES.search(self.comment)
        if not found:
            return None
        return tuple(choice.strip() for choice in found.group(1).split(","))


def parameters_of(inspected: Mapping[str, Mapping[str, str]], notebook: str) -> list[Parameter]:
    """Parameters from papermill's inspection of a notebook's parameters cell
    (`papermill.inspect_notebook`: name, type, default as written, comment as help), checked:
    every parameter needs a type among `TYPES` and a literal default."""
    found = []
    for name, described in inspected.items():
        type_name = described["inferred_type_name"]
        if type_name not in TYPES:
            raise ParameterError(
                f"{notebook}: parameter {name} needs a type among {', '.join(TYPES)} "
                "and a default value ('name: type = literal  # comment')"
            )
        try:
            default = ast.literal_eval(described["default"])
        except (ValueError, SyntaxError):
            raise ParameterError(
                f"{notebook}: parameter {name}'s default {described['default']!r} is not a "
                "literal; a parameters cell holds literals only"
            ) from None
        found.append(Parameter(name, type_name, default, described["help"] or "", (notebook,)))
    return found


def read_parameters(notebook_path: Path) -> list[Parameter]:
    """The parameters a notebook declares, in the order of its parameters cell; a notebook
    without exactly one cell tagged `parameters` is an error."""
    import papermill  # slow to import: only when notebooks are read

    cells = nbformat.read(notebook_path, as_version=4).cells
    tagged = [c for c in cells if "parameters" in c.get("metadata", {}).get("tags", [])]
    if len(tagged) != 1:
        message = f"expected one cell tagged 'parameters', found {len(tagged)}"
        raise ParameterError(f"{notebook_path.name}: {message}")
    return parameters_of(papermill.inspect_notebook(str(notebook_path)), notebook_path.name)


def collect_parameters(notebook_paths: Iterable[Path]) -> dict[str, Parameter]:
    """All parameters of several notebooks; a name declared twice must have the same type and default."""
    merged: dict[str, Parameter] = {}
    for path in notebook_paths:
        for parameter in read_parameters(path):
            known = merged.get(parameter.name)
            if known is None:
                merged[parameter.name] = parameter
                continue
            if (known.type, known.default) != (parameter.type, parameter.default):
                raise ParameterError(
                    f"parameter {parameter.name} is declared differently in "
                    f"{known.notebooks[0]} and {path.name}"
                )
            merged[parameter.name] = Parameter(
                known.name,
                known.type,
                known.default,
                known.comment,
                known.notebooks + parameter.notebooks,
            )
    return merged


def parse_assignment(text: str) -> tuple[str, Any]:
    """Split a command-line `NAME=VALUE`; the value is read as YAML (so `0.8`, `true`, `[a, b]`)."""
    name, sep, raw = text.partition("=")
    if not sep or not name.strip():
        raise ParameterError(f"-p {text!r}: expected NAME=VALUE")
    try:
        value = yaml.safe_load(raw) if raw.strip() else ""
    except yaml.YAMLError:
        value = raw
    return name.strip(), value


def load_params_file(path: Path) -> dict[str, Any]:
    """A YAML mapping of parameter names to values."""
    if not path.is_file():
        raise ParameterError(f"parameters file {path} does not exist")
    file = read_yaml(path)
    if file.data is None:
        return {}
    if not isinstance(file.data, dict):
        raise ParameterError(f"parameters file {path} must be a mapping of name: value")
    return file.data


def validate(values: Mapping[str, Any], declared: Mapping[str, Parameter]) -> dict[str, Any]:
    """Check names, types and bounds; return the values with ints accepted as floats."""
    checked: dict[str, Any] = {}
    for name, value in values.items():
        if name in RUNNER_PARAMETERS:
            raise ParameterError(f"parameter {name} is set by the runner (use --input / --output)")
        parameter = declared.get(name)
        if parameter is None:
            raise ParameterError(
                f"unknown parameter {name!r}; known parameters: {', '.join(sorted(declared))}"
            )
        checked[name] = _check_value(parameter, value)
    return checked


def _check_value(parameter: Parameter, value: Any) -> Any:
    expected = TYPES[parameter.type]
    if expected is str and isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    if expected is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
        raise ParameterError(f"parameter {parameter.name} must be {parameter.type}, got {value!r}")
    bounds = parameter.bounds
    if bounds and not bounds[0] <= value <= bounds[1]:
        raise ParameterError(
            f"parameter {parameter.name}={value!r} is out of range; allowed: "
            f"{bounds[0]:g} to {bounds[1]:g}"
        )
    choices = parameter.choices
    if choices and str(value) not in choices:
        raise ParameterError(
            f"parameter {parameter.name}={value!r} is not allowed; allowed: {', '.join(choices)}"
        )
    return value
