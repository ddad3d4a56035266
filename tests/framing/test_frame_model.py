"""The frame classifier on tiny hand-made texts: what it learns, its thresholds, its files."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

from helpers.framing import frame_model

# Economy texts talk of taxes and budgets, security texts of troops and missiles; two mix.
TEXTS = [
    "The tax rise hits the budget and wages.",
    "Budget cuts and a new tax on wages.",
    "Wages fall as the tax bill grows.",
    "A budget deficit forces a tax debate.",
    "Troops fire missiles at the border.",
    "Missiles and troops gather near the border.",
    "The army sends troops after missile strikes.",
    "Border troops report missile launches.",
    "Troops guard the budget office during the tax protest.",
    "Missile spending strains the budget and taxes.",
]
FRAMES = ["Economic", "Security"]
LABELS = np.array([[1, 0]] * 4 + [[0, 1]] * 4 + [[1, 1]] * 2)


@pytest.fixture(scope="module")
def model() -> frame_model.FrameModel:
    return frame_model.train(TEXTS, LABELS, FRAMES, about={"codebook": "tiny"})


def test_it_learns_which_words_signal_which_frame(model):
    scores = frame_model.scores(model, ["A tax on wages.", "Missiles hit the troops."])
    economic, security = scores[:, 0], scores[:, 1]
    assert economic[0] > economic[1] and security[1] > security[0]
    called = scores >= model.thresholds
    assert called[0, 0] and called[1, 1]
    assert model.codebook == "tiny"


def test_features_are_scikit_learns_tfidf(model):
    # The scorer rebuilds TF-IDF from the stored vocabulary and IDF: it must give the rows
    # scikit-learn's vectorizer gives, or the weights would read other numbers.
    reference = TfidfVectorizer(
        stop_words=sorted(ENGLISH_STOP_WORDS), min_df=2, sublinear_tf=True
    ).fit(TEXTS)
    assert tuple(reference.get_feature_names_out()) == model.vocabulary
    ours = frame_model.features(model.vocabulary, model.idf, TEXTS).toarray()
    assert ours == pytest.approx(reference.transform(TEXTS).toarray())


def test_best_thresholds_maximise_each_frames_f1():
    # Scores 0.9, 0.8, 0.3, 0.2 with labels 1, 0, 1, 0. Cut at 0.9: TP 1 of 1 called -> F1
    # 2/3; at 0.8: 1 of 2 -> 0.5; at 0.3: 2 of 3 -> 0.8; at 0.2: 2 of 4 -> 2/3. Best: 0.3.
    # A frame no text has can never be called.
    scores = np.array([[0.9, 0.5], [0.8, 0.5], [0.3, 0.5], [0.2, 0.5]])
    labels = np.array([[1, 0], [0, 0], [1, 0], [0, 0]])
    assert frame_model.best_thresholds(scores, labels).tolist() == [0.3, np.inf]


def test_a_frame_every_text_has_is_always_called():
    model = frame_model.train(TEXTS[:4], np.ones((4, 1), int), ["Economic"])
    assert (frame_model.scores(model, ["anything"]) >= model.thresholds).all()


def test_saved_and_loaded_models_score_alike(model, tmp_path):
    folder = frame_model.save(model, tmp_path / "tiny")
    loaded = frame_model.load(folder)
    assert loaded.frames == model.frames and loaded.about == model.about
    assert frame_model.scores(loaded, TEXTS) == pytest.approx(frame_model.scores(model, TEXTS))


def test_a_broken_model_folder_is_named(model, tmp_path):
    with pytest.raises(frame_model.ModelError, match="not a frame model"):
        frame_model.load(tmp_path / "nothing")
    folder = frame_model.save(model, tmp_path / "tiny")
    np.savez(folder / frame_model.WEIGHTS_FILE, idf=model.idf[:3], weights=model.weights,
             intercepts=model.intercepts, thresholds=model.thresholds)  # fmt: skip
    with pytest.raises(frame_model.ModelError, match="weights.npz: 'idf' has shape"):
        frame_model.load(folder)


def test_training_needs_labels_for_every_text_and_frame():
    with pytest.raises(ValueError, match="one 0/1 label per text and frame"):
        frame_model.train(TEXTS, LABELS[:3], FRAMES)
