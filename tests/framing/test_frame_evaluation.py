"""Per-frame precision, recall and F1, micro and macro averages, the majority baseline."""

from __future__ import annotations

import numpy as np
import pytest

from helpers.framing import frame_evaluation as evaluation


def test_scores_per_frame_and_averaged():
    # Frame A: coded in texts 1-2, predicted in 1 and 3: TP 1, P 1/2, R 1/2, F1 1/2.
    # Frame B: coded in 3, predicted in 3: P = R = F1 = 1.
    # Micro: TP 2 of 3 predicted and 3 coded: P 2/3, R 2/3, F1 2/3. Macro F1: 3/4.
    labels = np.array([[1, 0], [1, 0], [0, 1]])
    predicted = np.array([[1, 0], [0, 0], [1, 1]])
    table = evaluation.per_frame_scores(labels, predicted, ["A", "B"]).set_index("frame")
    assert table.loc["A", ["precision", "recall", "f1"]].tolist() == [0.5, 0.5, 0.5]
    assert table.loc["B", "f1"] == 1
    assert table.loc[evaluation.MICRO, "f1"] == pytest.approx(2 / 3)
    assert table.loc[evaluation.MACRO, "f1"] == pytest.approx(0.75)
    assert table.loc[evaluation.MICRO, ["support", "predicted"]].tolist() == [3, 3]


def test_a_frame_never_coded_nor_predicted_scores_zero():
    table = evaluation.per_frame_scores(np.zeros((2, 1)), np.zeros((2, 1)), ["A"])
    assert table.set_index("frame").loc["A", "f1"] == 0


def test_majority_baseline_picks_k_on_the_training_texts():
    # Training texts 0-3: A in all four, B in three, C in one. k = 1 (A): TP 4, 4 called,
    # 8 coded -> F1 8/12 = 0.67; k = 2 (A, B): TP 7, 8 called -> 14/16 = 0.875; k = 3:
    # TP 8, 12 called -> 16/20 = 0.8. So every test text gets A and B.
    labels = np.array([[1, 1, 0], [1, 1, 0], [1, 1, 1], [1, 0, 0], [0, 0, 1]])
    predict = evaluation.majority_predictor(labels)
    assert predict([0, 1, 2, 3], [4]).tolist() == [[True, True, False]]


def test_cross_validated_predictions_come_back_in_text_order():
    # A predictor that returns each test text's own index shows where each row lands.
    predicted = evaluation.cross_validated(6, lambda train, test: [[i] for i in test], folds=3)
    assert predicted.ravel().tolist() == [0, 1, 2, 3, 4, 5]
    with pytest.raises(ValueError, match="at least 5 texts"):
        evaluation.cross_validated(3, lambda train, test: [], folds=5)
