"""`workbook`: errors before any notebook runs, a full run's files, failures, the lock, pruning."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys

import pytest

from helpers.base import catalogue, paths
from helpers.pipeline import cli, run, run_folders, runlock

CONTRACT = [
    "index.html",
    "run.json",
    "notebooks/01_clean.ipynb",
    "notebooks/01_clean.html",
    "notebooks/02_entities.ipynb",
    "notebooks/02_entities.html",
    "notebooks/03_framing.ipynb",
    "notebooks/03_framing.html",
]


@pytest.fixture(scope="module")
def seeds_run(tmp_path_factory):
    """One full `workbook run` on the seeds, shared by the tests that read its files."""
    base = tmp_path_factory.mktemp("seeds-run")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(paths, "REPORTS_DIR", base / "reports")
        code = cli.main(["run", "--output", str(base / "reports" / "one"), "--quiet"])
    return code, base / "reports"


def test_missing_input_folder_exits_2_naming_it(reports, tmp_path, capsys):
    assert cli.main(["run", "--input", str(tmp_path / "nowhere")]) == 2
    assert "nowhere does not exist" in capsys.readouterr().err
    assert not reports.exists()


def test_folder_without_articles_exits_2(reports, tmp_path, capsys):
    (tmp_path / "notes.md").write_text("not an article")
    assert cli.main(["run", "--input", str(tmp_path)]) == 2
    assert "has no .txt article files" in capsys.readouterr().err


def test_unknown_parameter_exits_2_before_running(reports, capsys):
    assert cli.main(["run", "-p", "near_duplicate_treshold=0.5"]) == 2
    err = capsys.readouterr().err
    assert "unknown parameter 'near_duplicate_treshold'" in err
    assert len(err.strip().splitlines()) == 1
    assert not reports.exists()


def test_wrong_type_in_params_file_exits_2(reports, tmp_path, capsys):
    params_file = tmp_path / "p.yml"
    params_file.write_text("spacy_model: 3.5\nrun_dir: x\n")
    assert cli.main(["run", "--params", str(params_file)]) == 2
    assert "run_dir is set by the runner" in capsys.readouterr().err


def test_full_run_writes_the_contract_and_moves_latest(seeds_run):
    code, reports = seeds_run
    assert code == 0
    folder = reports / "one"
    for name in CONTRACT:
        assert (folder / name).is_file(), name
    record = json.loads((folder / "run.json").read_text())
    assert record["status"] == "ok"
    assert [n["notebook"] for n in record["notebooks"]] == list(run.NOTEBOOKS)
    assert all(n["status"] == "ok" and n["seconds"] > 0 for n in record["notebooks"])
    assert record["inputs"]["001_44f8af7f3a2921b5.txt"] == (
        "98e46fb78d98c3e10e4965bb7306fdea877d0c7a38938dc10bcde08ada83a18a"
    )
    assert record["environment"]["python"].startswith("3.11")
    assert record["environment"]["spacy_model"]["version"] == "3.8.0"
    assert (reports / "latest").resolve() == folder.resolve()
    executed = (folder / "notebooks" / "01_clean.ipynb").read_text()
    assert "injected-parameters" in executed and str(paths.SEEDS_DIR) in executed
    html = (folder / "notebooks" / "01_clean.html").read_text()
    assert "paths.input_dir(" not in html, "code cells must be hidden in the HTML"
    index = (folder / "index.html").read_text()
    assert 'href="notebooks/03_framing.html"' in index
    assert "tables/" in index


def test_a_run_writes_every_table_of_the_catalogue_with_its_columns(seeds_run):
    _, reports = seeds_run
    tables = reports / "one" / "tables"
    always = {name for name, entry in catalogue.TABLES.items() if not entry.only_when}
    assert sorted(p.stem for p in tables.glob("*.csv")) == sorted(always)
    for name in always:
        entry = catalogue.table(name)
        header = (tables / f"{name}.csv").read_text(encoding="utf-8").splitlines()[0]
        assert header.split(",") == entry.column_names, name


def test_failed_notebook_keeps_its_copy_names_the_cell_and_leaves_latest(seeds_run, capsys):
    _, reports = seeds_run
    good = (reports / "latest").resolve()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(paths, "REPORTS_DIR", reports)
        code = cli.main(
            [
                "run",
                "--verbose",
                "--output",
                str(reports / "bad"),
                "-p",
                "spacy_model=no_such_model",
            ]
        )
    assert code == 1
    err = capsys.readouterr().err
    # --verbose: the notebook's traceback on the terminal too, then the one line
    assert "Traceback" in err and "ModelNotInstalledError" in err
    assert err.splitlines()[-1].startswith("workbook: run failed in 02_entities.ipynb, cell")
    log = (reports / "bad" / "run.log").read_text()
    assert "Traceback" in log and "in require_model" in log
    record = json.loads((reports / "bad" / "run.json").read_text())
    assert record["status"] == "failed"
    assert record["failure"]["notebook"] == "02_entities.ipynb"
    assert record["failure"]["cell"] >= 1
    assert "no_such_model" in record["failure"]["error"]
    assert (
        "ModelNotInstalledError"
        in (reports / "bad" / "notebooks" / "02_entities.ipynb").read_text()
    )
    assert "This run failed" in (reports / "bad" / "index.html").read_text()
    assert not (reports / "bad" / "notebooks" / "03_framing.ipynb").exists()
    assert (reports / "latest").resolve() == good


def test_second_run_into_a_locked_folder_is_refused(reports, capsys):
    folder = reports / "busy"
    with runlock.hold(folder):
        assert cli.main(["run", "--output", str(folder)]) == 2
    err = capsys.readouterr().err
    assert f"another run (pid {os.getpid()} on {socket.gethostname()}, started " in err
    assert f"is writing into {folder}; wait for it to finish" in err
    assert not (folder / "run.json").exists()


def test_prune_keeps_the_newest_runs_and_latest(reports, capsys):
    for name in ["2026-01-01T00-00-00Z", "2026-01-02T00-00-00Z", "2026-01-03T00-00-00Z"]:
        (reports / name).mkdir(parents=True)
        (reports / name / "run.json").write_text("{}")
    run_folders.point_latest(reports / "2026-01-01T00-00-00Z")
    (reports / "interactive").mkdir()
    assert cli.main(["prune", "--keep", "1"]) == 0
    left = sorted(p.name for p in reports.iterdir())
    assert left == ["2026-01-01T00-00-00Z", "2026-01-03T00-00-00Z", "interactive", "latest"]
    assert cli.main(["prune", "--keep", "0"]) == 2


def test_params_lists_every_parameter_with_type_and_comment(capsys):
    assert cli.main(["params"]) == 0
    out = capsys.readouterr().out
    assert "input_dir: str = ''" in out
    assert "spacy_model: str" in out and "02_entities.ipynb" in out


def test_the_commands_process_skips_the_grammar_module_and_still_checks_notebooks():
    # A fresh interpreter, as `workbook` starts: nothing imported before helpers.pipeline.
    code = (
        "import sys, helpers.pipeline, nbformat, papermill\n"
        "from helpers.base import paths\n"
        "nb = nbformat.read(paths.NOTEBOOKS_DIR / '03_framing.ipynb', as_version=4)\n"
        "nbformat.validate(nb)\n"
        "nb.cells[0]['cell_type'] = 'not a cell type'\n"
        "try:\n"
        "    nbformat.validate(nb)\n"
        "except nbformat.ValidationError:\n"
        "    print('invalid notebook refused')\n"
        "print(sys.modules['rfc3987_syntax'])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout == "invalid notebook refused\nNone\n"
