"""Frames per article, by keywords or by a trained model, on a hand-made sentences table."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from helpers.base import catalogue, paths
from helpers.framing import codebooks, frame_model, frames_per_article

BOOK = codebooks.Codebook(
    "mine",
    "",
    (
        codebooks.Frame("Tax", "Money taken by the state.", ("tax",)),
        codebooks.Frame("War", "Armed conflict.", ("troop",)),
        codebooks.Frame("Other", "Nothing else matched.", (), residual=True),
    ),
)
COLUMNS = ["file", "outlet", "paragraph", "line", "sentence", "text", "lemmas", "forms"]
SENTENCES = pd.DataFrame(
    [
        ("a.txt", "Alpha", 0, 0, 1, "Tax day", "tax day", "tax day"),
        ("a.txt", "Alpha", 1, 3, 1, "Taxes rose.", "tax rise", "taxes rose"),
        ("a.txt", "Alpha", 1, 3, 2, "People paid.", "people pay", "people paid"),
        ("a.txt", "Alpha", 2, 5, 1, "Troops left.", "troop leave", "troops left"),
        ("a.txt", "Alpha", 3, 7, 1, "It rained.", "it rain", "it rained"),
        ("b.txt", "Beta", 1, 2, 1, "Troops came.", "troop come", "troops came"),
    ],
    columns=COLUMNS,
)


def test_keywords_give_the_share_of_paragraph_sentences_and_presence():
    # a.txt has four paragraph sentences (the headline does not count): one carries Tax, one
    # War. b.txt has one, carrying War. The residual frame is not an article frame.
    table = frames_per_article.keyword_frames(SENTENCES, BOOK).set_index(["file", "frame"])
    assert table.loc[("a.txt", "Tax"), "score"] == pytest.approx(0.25)
    assert table.loc[("a.txt", "Tax"), "present"] == 1
    assert table.loc[("b.txt", "Tax"), ["present", "score"]].tolist() == [0, 0]
    assert table.loc[("b.txt", "War"), "score"] == 1
    assert set(table.index.get_level_values("frame")) == {"Tax", "War"}
    assert set(table["method"]) == {"keywords"}


def test_article_texts_join_headline_and_sentences_in_order():
    files, outlets, texts = frames_per_article.article_texts(SENTENCES)
    assert files == ["a.txt", "b.txt"] and outlets == ["Alpha", "Beta"]
    assert texts[0] == "Tax day Taxes rose. People paid. Troops left. It rained."


@pytest.fixture(scope="module")
def model() -> frame_model.FrameModel:
    texts = ["tax tax budget", "budget tax wages", "troops fire", "troops missiles fire"] * 2
    labels = np.array([[1, 0], [1, 0], [0, 1], [0, 1]] * 2)
    return frame_model.train(texts, labels, ["Tax", "War"], about={"codebook": "mine"})


def test_a_model_decides_for_its_codebook_and_keywords_for_the_rest(model):
    detectors = frames_per_article.Detectors({"mine": model}, [])
    event = codebooks.Codebook("event", "", (codebooks.Frame("Rain", "Weather.", ("rain",)),))
    table = frames_per_article.article_frames(SENTENCES, [BOOK, event], detectors)
    methods = table.groupby("codebook")["method"].unique().to_dict()
    assert methods["mine"].tolist() == ["model"] and methods["event"].tolist() == ["keywords"]
    scored = table[table["codebook"] == "mine"].set_index(["file", "frame"])
    # b.txt is "Troops came.": War scores above Tax, and the score is a probability.
    assert scored.loc[("b.txt", "War"), "score"] > scored.loc[("b.txt", "Tax"), "score"]
    assert scored["score"].between(0, 1).all()
    assert list(table.columns) == catalogue.columns("article_frames")


def test_model_evidence_ranks_an_articles_sentences(model):
    table = frames_per_article.model_frames(SENTENCES, model)
    found = table.assign(present=1)  # pretend every frame was found, to see the ranking
    evidence = frames_per_article.model_evidence(SENTENCES, model, found, top=1)
    best = evidence.set_index(["file", "frame"])["text"]
    assert best[("a.txt", "Tax")] == "Taxes rose."
    assert best[("a.txt", "War")] == "Troops left."


def test_a_missing_model_is_noted_and_keywords_stand_in(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "MODELS_DIR", tmp_path)
    detectors = frames_per_article.load_models(["generic"])
    assert detectors.models == {}
    assert detectors.notes[0].startswith("No trained frame model 'generic'")


def test_a_saved_model_is_found_by_name_and_described(model, tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "MODELS_DIR", tmp_path)
    about = {"codebook": "mine", "trained_on": "six lines", "texts": 8}
    about["cross_validation"] = {"micro_f1": 0.5, "macro_f1": 0.25}
    trained = frame_model.FrameModel(**{**model.__dict__, "about": about})
    frame_model.save(trained, tmp_path / "mine")
    detectors = frames_per_article.load_models(["mine"])
    assert list(detectors.models) == ["mine"]
    assert detectors.notes == [
        "The mine frames come from the model 'mine' trained on six lines (cross-validated on "
        "its 8 training texts: micro-F1 0.50, macro-F1 0.25)."
    ]


def test_a_model_whose_frames_the_codebook_lacks_is_refused(model):
    renamed = codebooks.Codebook("mine", "", (codebooks.Frame("Taxes", "Money.", ("tax",)),))
    detectors = frames_per_article.Detectors({"mine": model}, [])
    with pytest.raises(frame_model.ModelError, match=r"detects \['Tax', 'War'\]"):
        frames_per_article.article_frames(SENTENCES, [renamed], detectors)
