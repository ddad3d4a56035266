"""Paths come from the package, never from the working directory."""

from __future__ import annotations

from pathlib import Path

from helpers.base import paths


def test_the_project_folders_are_found_from_the_package(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)  # where the kernel runs must not matter
    assert (paths.PROJECT_ROOT / "pyproject.toml").is_file()
    assert (paths.SEEDS_DIR / "manifest.csv").is_file()
    assert (paths.DATA_DIR / "boilerplate.yml").is_file()
    assert (paths.NOTEBOOKS_DIR / "01_clean.ipynb").is_file()


def test_empty_parameters_mean_the_bundled_defaults(tmp_path):
    assert paths.input_dir("") == paths.SEEDS_DIR
    assert paths.run_dir("") == paths.INTERACTIVE_RUN_DIR
    assert paths.cache_file("") == paths.CACHE_DIR / "parses.sqlite"
    assert paths.input_dir(str(tmp_path)) == tmp_path.resolve()
    assert paths.cache_file(str(tmp_path)) == tmp_path.resolve() / "parses.sqlite"


def test_a_data_file_is_a_path_or_a_name_in_data(tmp_path):
    assert paths.data_file("frames/generic.yml") == paths.DATA_DIR / "frames" / "generic.yml"
    assert paths.data_file(str(tmp_path / "mine.yml")) == tmp_path / "mine.yml"
    assert paths.data_file("~/mine.yml") == Path.home() / "mine.yml"


def test_a_run_folder_gets_its_figures_folder_on_first_use_and_names_its_tables(tmp_path):
    assert paths.figures_dir(tmp_path).is_dir()
    assert paths.table_path(tmp_path, "quotes") == tmp_path / "tables" / "quotes.csv"
    assert not (tmp_path / "tables").exists()  # naming a table makes no folder
