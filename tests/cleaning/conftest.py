"""Fixtures the cleaning tests share: the project's boilerplate rules, and one text cleaned
as a one-article corpus."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from helpers.base import paths
from helpers.base.corpus import Article
from helpers.cleaning import clean_corpus, load_rules
from helpers.cleaning.rules import BoilerplateRules


@pytest.fixture(scope="session")
def rules() -> BoilerplateRules:
    """data/boilerplate.yml as the cleaning notebook reads it."""
    return load_rules(paths.DATA_DIR / "boilerplate.yml")


@pytest.fixture(scope="session")
def clean() -> Callable[[str, BoilerplateRules], dict[int, tuple[str, str]]]:
    """`clean(text, rules)`: each line of `text`, cleaned as the one article of a corpus,
    as line number -> (label, rule)."""

    def labels(text: str, rules: BoilerplateRules) -> dict[int, tuple[str, str]]:
        article = Article("a.txt", "Outlet", tuple(text.split("\n")), "utf-8", "")
        result = clean_corpus([article], rules)
        return {row.line: (row.label, row.rule) for row in result.lines.itertuples()}

    return labels
