"""The words around a name on small hand-made sentences: a title before it, a noun it
modifies."""

from __future__ import annotations

import pytest

from helpers.base import paths
from helpers.entities import name_context, names


@pytest.fixture(scope="module")
def titles() -> names.Titles:
    return names.load_aliases(paths.DATA_DIR / "aliases.yml").titles


@pytest.mark.parametrize(
    ("text", "name", "modifier"),
    [
        ("The Trump administration imposed new sanctions on Russia.", "Trump", True),
        ("The Trump administration imposed new sanctions on Russia.", "Russia", False),
        ("Mr Trump shaking hands with Sergey Lavrov.", "Trump", False),  # titled: never one
    ],
)
def test_names_used_as_modifiers(spacy_pipeline, titles, text, name, modifier):
    doc = spacy_pipeline(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert name_context.is_modifier(span, titles) is modifier
