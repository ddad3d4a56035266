"""Frames per article, by keywords or by a trained model, on a hand-made sentences table."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from helpers import article_frames, frame_model, framing, paths

BOOK = framing.Codebook(
    "mine",
    "",
    (
        framing.Frame("Tax", "Money taken by the state.", ("tax",)),
        framing.Frame("War", "Armed conflict.", ("troop",)),
        framing.Frame("Other", "Nothing else matched.", (), residual=True),
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
    table = article_frames.keyword_frames(SENTENCES, BOOK).set_index(["file", "frame"])
    assert table.loc[("a.txt", "Tax"), "score"] == pytest.approx(0.25)
    assert table.loc[("a.txt", "Tax"), "present"] == 1
    assert table.loc[("b.txt", "Tax"), ["present", "score"]].tolist() == [0, 0]
    assert table.loc[("b.txt", "War"), "score"] == 1
    assert set(table.index.get_level_values("frame")) == {"Tax", "War"}
    assert set(table["method"]) == {"keywords"}


def test_article_texts_join_headline_and_sentences_in_order():
    files, outlets, texts = article_frames.article_texts(SENTENCES)
    assert files == ["a.txt", "b.txt"] and outlets == ["Alpha", "Beta"]
    assert texts[0] == "Tax day Taxes rose. People paid. Troops left. It rained."


@pytest.fixture(scope="module")
def model() -> frame_model.FrameModel:
    texts = ["tax tax budget", "budget tax wages", "troops fire", "troops missiles fire"] * 2
    labels = np.array([[1, 0], [1, 0], [0, 1], [0, 1]] * 2)
    return frame_model.train(texts, labels, ["Tax", "War"], about={"codebook": "mine"})


def test_a_model_decides_for_its_codebook_and_keywords_for_the_rest(model):
    detectors = article_frames.Detectors({"mine": model}, [])
    event = framing.Codebook("event", "", (framing.Frame("Rain", "Weather.", ("rain",)),))
    table = article_frames.article_frames(SENTENCES, [BOOK, event], detectors)
    methods = table.groupby("codebook")["method"].unique().to_dict()
    assert methods["mine"].tolist() == ["model"] and methods["event"].tolist() == ["keywords"]
    scored = table[table["codebook"] == "mine"].set_index(["file", "frame"])
    # b.txt is "Troops came.": War scores above Tax, and the score is a probability.
    assert scored.loc[("b.txt", "War"), "score"] > scored.loc[("b.txt", "Tax"), "score"]
    assert scored["score"].between(0, 1).all()
    assert list(table.columns) == article_frames.COLUMNS


def test_model_evidence_ranks_an_articles_sentences(model):
    table = article_frames.model_frames(SENTENCES, model)
    found = table.assign(present=1)  # pretend every frame was found, to see the ranking
    evidence = article_frames.model_evidence(SENTENCES, model, found, top=1)
    best = evidence.set_index(["file", "frame"])["text"]
    assert best[("a.txt", "Tax")] == "Taxes rose."
    assert best[("a.txt", "War")] == "Troops left."


def test_a_missing_model_is_noted_and_keywords_stand_in(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "MODELS_DIR", tmp_path)
    detectors = article_frames.load_models(["generic"])
    assert detectors.models == {}
    assert detectors.notes[0].startswith("No trained frame model 'generic'")


def test_a_saved_model_is_found_by_name_and_described(model, tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "MODELS_DIR", tmp_path)
    about = {"codebook": "mine", "trained_on": "six lines", "texts": 8}
    about["cross_validation"] = {"micro_f1": 0.5, "macro_f1": 0.25}
    trained = frame_model.FrameModel(**{**model.__dict__, "about": about})
    frame_model.save(trained, tmp_path / "mine")
    detectors = article_frames.load_models(["mine"])
    assert list(detectors.models) == ["mine"]
    assert detectors.notes == [
        "The mine frames come from the model 'mine' trained on six lines (cross-validated on "
        "its 8 training texts: micro-F1 0.50, macro-F1 0.25)."
    ]


def test_a_model_whose_frames_the_codebook_lacks_is_refused(model):
    renamed = framing.Codebook("mine", "", (framing.Frame("Taxes", "Money.", ("tax",)),))
    detectors = article_frames.Detectors({"mine": model}, [])
    with pytest.raises(frame_model.ModelError, match=r"detects \['Tax', 'War'\]"):
        article_frames.article_frames(SENTENCES, [renamed], detectors)
