"""Agreement with human coders: Krippendorff's alpha against worked examples from the
literature, and per-frame scores on a tiny hand-coded sample."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from helpers.framing import codebooks, coded, frames_per_article, validation

NA = np.nan


def test_alpha_binary_two_coders_worked_by_hand():
    # Krippendorff (2011), "Computing Krippendorff's alpha-reliability", example A.
    # Units with (0, 0): 4, 5, 7, 8, 10 -> o_00 = 10; with (1, 1): unit 2 -> o_11 = 2;
    # mixed: 1, 3, 6, 9 -> o_01 = o_10 = 4. n_0 = 14, n_1 = 6, n = 20.
    # alpha = 1 - (n - 1) * (o_01 + o_10) / (2 * n_0 * n_1) = 1 - 19 * 8 / 168 = 0.0952.
    values = np.array([[0, 1, 0, 0, 0, 0, 0, 0, 1, 0], [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]])
    assert validation.krippendorff_alpha(values) == pytest.approx(1 - 19 * 8 / 168)
    assert validation.krippendorff_alpha(values) == pytest.approx(0.095, abs=5e-4)


def test_alpha_nominal_four_coders_with_missing_values():
    # Krippendorff (2011), example C: 4 coders, 12 units, values 1-5, missing data;
    # the paper gives alpha = 0.743 for nominal data.
    values = np.array(
        [
            [1, 2, 3, 3, 2, 1, 4, 1, 2, NA, NA, NA],
            [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NA, 3],
            [NA, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NA],
            [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NA],
        ]
    )
    assert validation.krippendorff_alpha(values) == pytest.approx(0.743, abs=5e-4)


def test_alpha_is_one_for_perfect_agreement_and_undefined_without_variation():
    assert validation.krippendorff_alpha(np.array([[0, 1, 1], [0, 1, 1]])) == 1
    # Everyone says "absent" everywhere: no disagreement is even possible.
    assert np.isnan(validation.krippendorff_alpha(np.array([[0, 0, 0], [0, 0, 0]])))
    # Unit 1 has one value only: it is not pairable, and unit 2 alone agrees perfectly.
    assert np.isnan(validation.krippendorff_alpha(np.array([[1, 0], [NA, 0]])))


def _sample(tmp_path: Path, text: str) -> coded.CodedSample:
    path = tmp_path / "coded.csv"
    path.write_text(text, encoding="utf-8")
    return coded.read_coded(path)


def test_validation_scores_the_workbook_against_each_coders_row(tmp_path):
    # Two coders, three articles, frame Tax. Coders agree on a (Tax) and c (no Tax) and
    # split on b. The workbook calls Tax on a and b.
    sample = _sample(
        tmp_path,
        "file,coder,frames\na.txt,ann,Tax\nb.txt,ann,Tax\nc.txt,ann,\n"
        "a.txt,bob,Tax\nb.txt,bob,\nc.txt,bob,\n",
    )
    units, _ = sample.unit_labels()
    assert [u[0] for u in units] == ["a.txt", "b.txt", "c.txt"]
    decisions = np.array([[1], [1], [0]])
    table = validation.validate(sample, decisions, "mine").set_index("frame")
    # Rows: ann a (1, called), ann b (1, called), ann c (0), bob a (1, called), bob b (0,
    # called: a false positive), bob c (0). TP 3, FP 1, FN 0.
    tax = table.loc["Tax"]
    assert (tax["support"], tax["predicted"]) == (3, 4)
    assert tax["precision"] == pytest.approx(0.75) and tax["recall"] == 1
    # Among coders: units a (1,1), b (1,0), c (0,0): o_11 = 2, o_00 = 2, o_01 = o_10 = 1;
    # n_1 = n_0 = 3, n = 6: alpha = 1 - 5 * 2 / (2 * 9) = 0.444.
    assert tax["alpha_coders"] == pytest.approx(1 - 5 * 2 / 18)
    # With the workbook as a third coder: a (1,1,1), b (1,0,1), c (0,0,0). Unit b's pairs,
    # weighted 1/2: o_11 += 1, o_10 = o_01 += 1; a: o_11 += 3; c: o_00 += 3. n_1 = 5,
    # n_0 = 4, n = 9: alpha = 1 - 8 * 2 / (2 * 20) = 0.6.
    assert tax["alpha"] == pytest.approx(0.6)
    assert table.loc["(micro)", "f1"] == pytest.approx(2 * 3 / (3 + 4))


def test_line_units_are_decided_on_their_paragraph_by_keywords():
    book = codebooks.Codebook(
        "mine", "", (codebooks.Frame("Tax", "Money taken by the state.", ("tax",)),)
    )
    sentences = pd.DataFrame(
        [
            ("a.txt", "A", 1, 3, 1, "Taxes rose.", "tax rise", "taxes rose"),
            ("a.txt", "A", 2, 5, 1, "Nobody came.", "nobody come", "nobody came"),
        ],
        columns=["file", "outlet", "paragraph", "line", "sentence", "text", "lemmas", "forms"],
    )
    articles = pd.DataFrame(
        [("mine", "keywords", "a.txt", "A", "Tax", 1, 0.5)],
        columns=["codebook", "method", "file", "outlet", "frame", "present", "score"],
    )
    units = [("a.txt", 3, ""), ("a.txt", 5, ""), ("a.txt", None, "")]
    decided = validation.unit_decisions(units, ["Tax"], sentences, articles, book)
    assert decided.tolist() == [[1], [0], [1]]
    with pytest.raises(validation.ValidationError, match="line 9 is not a paragraph"):
        validation.unit_decisions([("a.txt", 9, "")], ["Tax"], sentences, articles, book)


def test_the_sample_must_code_one_codebooks_frames():
    book = codebooks.Codebook("mine", "", (codebooks.Frame("Tax", "Money.", ("tax",)),))
    assert validation.detector_for(["Tax"], [book], {}) == ("mine", book)
    with pytest.raises(validation.ValidationError, match="not all frames of one codebook"):
        validation.detector_for(["Tax", "War"], [book], {})


def test_without_a_sample_the_report_says_the_frames_are_unvalidated():
    table, sentence = validation.check_sample("", pd.DataFrame(), pd.DataFrame(), [], {})
    assert table is None
    assert sentence.startswith("The frames are unvalidated")


def test_a_frame_no_coder_listed_counts_against_the_workbook(tmp_path):
    # The coder lists Tax for a.txt and nothing for b.txt; the keywords find Tax in a.txt
    # (a sentence with "tax") and War in both ("troop"). War was never listed, so the coder
    # found it nowhere: both War calls are false positives, precision 0.
    book = codebooks.Codebook(
        "mine",
        "",
        (
            codebooks.Frame("Tax", "Money.", ("tax",)),
            codebooks.Frame("War", "Fighting.", ("troop",)),
        ),
    )
    sentences = pd.DataFrame(
        [
            ("a.txt", "A", 1, 3, 1, "Taxes and troops.", "tax and troop", "taxes and troops"),
            ("b.txt", "B", 1, 2, 1, "Troops came.", "troop come", "troops came"),
        ],
        columns=["file", "outlet", "paragraph", "line", "sentence", "text", "lemmas", "forms"],
    )
    articles = frames_per_article.keyword_frames(sentences, book)
    path = tmp_path / "coded.csv"
    path.write_text("file,frames\na.txt,Tax\nb.txt,\n", encoding="utf-8")
    table, sentence = validation.check_sample(str(path), sentences, articles, [book], {})
    scores = table.set_index("frame")
    assert scores.loc["Tax", ["precision", "recall"]].tolist() == [1, 1]
    assert scores.loc["War", ["support", "predicted", "precision"]].tolist() == [0, 2, 0]
    assert sentence.startswith("The mine frames were checked against 2 hand-coded unit(s)")
