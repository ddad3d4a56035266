"""Parameters cells: parsing, the agreement between notebooks, and validation messages."""

from __future__ import annotations

import nbformat
import pytest

from helpers.pipeline import params, run

CELL = """
threshold: float = 0.9  # share of shingles, in [0, 1]
engine: str = "local"  # where to run, one of: local, dask
name: str = ""  # a free text
n_jobs: int = 0  # worker processes
flag: bool = True  # a switch
"""


def notebook_with(tmp_path, source: str, tagged: int = 1):
    """A notebook whose parameters cell (tagged `tagged` times) holds `source`."""
    cells = [nbformat.v4.new_code_cell("import os")]
    cells += [
        nbformat.v4.new_code_cell(source, metadata={"tags": ["parameters"]}) for _ in range(tagged)
    ]
    path = tmp_path / "nb.ipynb"
    kernel = {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}
    nbformat.write(nbformat.v4.new_notebook(cells=cells, metadata=kernel), path)
    return path


@pytest.fixture()
def declared(tmp_path) -> dict[str, params.Parameter]:
    return {p.name: p for p in params.read_parameters(notebook_with(tmp_path, CELL))}


def test_parse_reads_type_default_comment_and_bounds(declared):
    threshold = declared["threshold"]
    assert (threshold.type, threshold.default) == ("float", 0.9)
    assert threshold.comment == "share of shingles, in [0, 1]"
    assert threshold.bounds == (0.0, 1.0)
    assert declared["engine"].choices == ("local", "dask")
    assert declared["name"].bounds is None and declared["name"].choices is None


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("x = 3\n", "nb.ipynb: parameter x needs a type among"),
        ("x: dict = {}\n", "parameter x needs a type among"),
        ("x: str = os.getcwd()  # computed\n", r"x's default 'os.getcwd\(\)' is not a literal"),
    ],
)
def test_parse_rejects_untyped_or_computed_lines(tmp_path, source, message):
    with pytest.raises(params.ParameterError, match=message):
        params.read_parameters(notebook_with(tmp_path, source))


def test_a_notebook_needs_exactly_one_parameters_cell(tmp_path):
    for count in (0, 2):
        with pytest.raises(params.ParameterError, match=f"found {count}"):
            params.read_parameters(notebook_with(tmp_path, CELL, tagged=count))


def test_validate_accepts_good_values_and_widens_int_to_float(declared):
    values = params.validate({"threshold": 1, "engine": "dask", "flag": False}, declared)
    assert values == {"threshold": 1.0, "engine": "dask", "flag": False}
    assert isinstance(values["threshold"], float)


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"treshold": 0.5}, "unknown parameter 'treshold'"),
        ({"threshold": 3}, r"threshold=3.0 is out of range; allowed: 0 to 1"),
        ({"threshold": "high"}, "threshold must be float, got 'high'"),
        ({"n_jobs": True}, "n_jobs must be int"),
        ({"engine": "spark"}, "allowed: local, dask"),
        ({"run_dir": "/tmp/x"}, "set by the runner"),
    ],
)
def test_validate_names_the_bad_key(declared, values, message):
    with pytest.raises(params.ParameterError, match=message):
        params.validate(values, declared)


def test_assignment_values_are_read_as_yaml():
    assert params.parse_assignment("threshold=0.8") == ("threshold", 0.8)
    assert params.parse_assignment("flag=false") == ("flag", False)
    assert params.parse_assignment("name=") == ("name", "")
    with pytest.raises(params.ParameterError, match="NAME=VALUE"):
        params.parse_assignment("threshold")


def test_params_file_must_be_a_mapping(tmp_path):
    path = tmp_path / "p.yml"
    path.write_text("- a\n- b\n")
    with pytest.raises(params.ParameterError, match="mapping"):
        params.load_params_file(path)
    with pytest.raises(params.ParameterError, match="does not exist"):
        params.load_params_file(tmp_path / "missing.yml")


def test_every_notebook_declares_runner_parameters_with_comments():
    declared = params.collect_parameters(run.notebook_paths())
    for path in run.notebook_paths():
        assert {"input_dir", "run_dir"} <= {p.name for p in params.read_parameters(path)}
    assert all(p.comment for p in declared.values()), "every parameter needs a comment"


def test_a_comment_on_a_wrapped_assignment_still_documents_it(tmp_path):
    source = 'names: list = [\n    "a",\n    "b",\n]  # the names\n'
    (parameter,) = params.read_parameters(notebook_with(tmp_path, source))
    assert (parameter.default, parameter.comment) == (["a", "b"], "the names")
