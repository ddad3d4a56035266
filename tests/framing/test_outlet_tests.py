"""The outlet-versus-rest tests table, from hand-made article frames, quotes, tone and words."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.base import catalogue
from helpers.framing import comparison_counts, outlet_tests

ARTICLES = pd.DataFrame({"file": ["a1", "a2", "b1", "b2"], "outlet": ["A", "A", "B", "B"]})


def _frames(method: str, values: list[float]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            ("book", method, f, o, "Tax", int(v > 0), v)
            for (f, o), v in zip(ARTICLES.itertuples(index=False), values, strict=True)
        ],
        columns=catalogue.columns("article_frames"),
    )


def _sentences(per_file: dict[str, list[str]]) -> pd.DataFrame:
    rows = [
        (file, outlet, 1, 1, n, "text", terms)
        for file, outlet in ARTICLES.itertuples(index=False)
        for n, terms in enumerate(per_file.get(file, ["filler"]), start=1)
    ]
    return pd.DataFrame(
        rows, columns=["file", "outlet", "paragraph", "line", "sentence", "text", "terms"]
    )


def test_model_frames_compare_shares_of_articles():
    # A's two articles have Tax, B's none: A 100% against 0%, B the reverse. Exact test over
    # C(4, 2) = 6 assignments: two are this extreme, p = 1/3 for both; BH over the two
    # comparisons leaves q = 1/3 (2/3 * ... the larger rank's 1/3 carries down).
    counts = comparison_counts.frame_counts(_frames("model", [1, 1, 0, 0]), _sentences({}))
    table = outlet_tests.tests(counts).set_index("outlet")
    assert table.loc["A", ["outlet_value", "rest_value", "difference"]].tolist() == [1, 0, 1]
    assert table.loc["B", "difference"] == -1
    assert table["p"].tolist() == pytest.approx([1 / 3, 1 / 3])
    assert table["q"].tolist() == pytest.approx([1 / 3, 1 / 3])
    assert table.loc["A", "assignments"] == 6
    # Per-article shares 1, 1, 0, 0: SD sqrt(1/3). Level 0.05 / 2 -> z 2.241, power -> 0.842;
    # 2 * ((2.241 + 0.842) * 0.577 / 1) ** 2 = 6.3 -> 7 articles per side.
    assert table.loc["A", "articles_needed"] == 7
    assert table.loc["A", "measure"] == "share of its articles the model finds the frame in"


def test_keyword_frames_compare_mean_article_shares_of_sentences():
    # a1: 1 of 2 sentences carries Tax, a2: 1 of 1 -> A (1/2 + 1) / 2 = 3/4 (pooled, 2/3);
    # b1: 0 of 1, b2: 1 of 2 -> B (0 + 1/2) / 2 = 1/4.
    sentences = _sentences({"a1": ["x", "y"], "b2": ["x", "y"]})
    counts = comparison_counts.frame_counts(_frames("keywords", [0.5, 1, 0, 0.5]), sentences)
    table = outlet_tests.tests(counts).set_index("outlet")
    assert table.loc["A", "outlet_value"] == pytest.approx(3 / 4)
    assert table.loc["A", "rest_value"] == pytest.approx(1 / 4)


def test_voice_shares_count_persons_direct_words_and_leave_other_sources_out():
    quotes = pd.DataFrame(
        [
            ("a1", "A", "Lavrov", "person", "direct", 10),
            ("a1", "A", "Trump", "person", "direct", 10),
            ("a2", "A", "Lavrov", "person", "direct", 5),
            ("a2", "A", "Lavrov", "person", "indirect", 30),
            ("b1", "B", "Trump", "person", "direct", 20),
            ("b1", "B", "unattributed", "unattributed", "direct", 4),
            ("b2", "B", "the Kremlin", "organisation", "direct", 0),
        ],
        columns=["file", "outlet", "speaker", "speaker_type", "kind", "words"],
    )
    counts = comparison_counts.voice_counts(quotes, ARTICLES)
    assert counts.subjects == ["Lavrov", "Trump"]
    table = outlet_tests.tests([counts]).set_index(["outlet", "subject"])
    # A: Lavrov has 10 of a1's 20 directly quoted words and 5 of a2's 5 (the 30 reported
    # ones are not quotes): (1/2 + 1) / 2 = 3/4. B: 0 of b1's 24 (the unattributed 4 still
    # count as quoted). Trump: 20 of b1's 24, and b2 quotes no words, so gives him none:
    # (5/6 + 0) / 2 = 5/12.
    assert table.loc[("A", "Lavrov"), "outlet_value"] == pytest.approx(0.75)
    assert table.loc[("A", "Lavrov"), "rest_value"] == 0
    assert table.loc[("B", "Trump"), "outlet_value"] == pytest.approx(5 / 12)


def test_tone_is_the_mean_compound_of_the_outlets_sentences():
    tone = pd.DataFrame({"file": ["a1", "a1", "a2", "b1"], "compound": [0.5, -0.1, 0.2, -0.4]})
    table = outlet_tests.tests([comparison_counts.tone_counts(tone, ARTICLES)]).set_index("outlet")
    # A: a1's sentences average 0.2, a2's one 0.2 -> 0.2; B: b1's -0.4 and b2, with no
    # sentence, 0 -> -0.2.
    assert table.loc["A", "outlet_value"] == pytest.approx(0.2)
    assert table.loc["B", "outlet_value"] == pytest.approx(-0.2)


def test_words_tested_are_those_the_distinctive_table_could_list():
    # A writes "mr" three times and "tax" once; B never writes "mr". Only words an outlet
    # uses at least twice and more than the others (z > 0) are its candidates: "mr" for A.
    sentences = _sentences(
        {"a1": ["mr tax", "mr"], "a2": ["mr war"], "b1": ["war war"], "b2": ["tax war"]}
    )
    counts = comparison_counts.word_counts(sentences, min_count=2)
    assert [counts.subjects[j] for j in counts.candidates["A"]] == ["mr"]
    assert [counts.subjects[j] for j in counts.candidates["B"]] == ["war"]
    table = outlet_tests.tests([counts]).set_index(["outlet", "subject"])
    # a1's terms "mr tax", "mr": 2 "mr" in 3; a2's "mr war": 1 in 2 -> A averages
    # (2/3 + 1/2) / 2 = 7/12, 583.3 per 1,000 (pooled, 3 in 5 would be 600); B: 0 in 4.
    assert table.loc[("A", "mr"), "outlet_value"] == pytest.approx(7000 / 12)
    assert table.loc[("A", "mr"), "rest_value"] == 0


def test_one_outlet_gives_no_tests():
    lonely = ARTICLES.assign(outlet="A")
    counts = comparison_counts.tone_counts(
        pd.DataFrame({"file": ["a1"], "compound": [0.1]}), lonely
    )
    assert outlet_tests.tests([counts]).empty


def test_one_article_cannot_make_its_outlet_differ_however_little_the_outlet_quotes():
    # X speaks 10 of a1's 20 quoted words; A's other articles quote 10 words each, B's three
    # 100 each. Pooled, A gives X 10/40 = 25% and only 2 of the C(6, 3) = 20 choices of
    # three articles are as extreme (A's own and B's, which leaves X's 10 of 40 words to
    # the rest): p = 0.1, the work of A quoting little. Averaged over articles, A gives X
    # (1/2 + 0 + 0) / 3 = 1/6 and the rest 0; every choice puts a1 on one side, where its
    # 1/2 over three articles makes the same 1/6 gap: p = 1.
    files = ["a1", "a2", "a3", "b1", "b2", "b3"]
    articles = pd.DataFrame({"file": files, "outlet": ["A"] * 3 + ["B"] * 3})
    quotes = pd.DataFrame(
        [("a1", "A", "X", 10), ("a1", "A", "Y", 10), ("a2", "A", "Y", 10), ("a3", "A", "Y", 10)]
        + [(f, "B", "Z", 100) for f in files[3:]],
        columns=["file", "outlet", "speaker", "words"],
    ).assign(speaker_type="person", kind="direct")
    table = outlet_tests.tests([comparison_counts.voice_counts(quotes, articles)])
    x = table[(table["outlet"] == "A") & (table["subject"] == "X")].iloc[0]
    assert x["outlet_value"] == pytest.approx(1 / 6)
    assert x["assignments"] == 20
    assert x["p"] == pytest.approx(1.0)


def test_voice_and_word_counts_per_article_by_hand():
    # Per article (a1, a2, b1, b2): Lavrov's direct words 10 + 2, 0, 0, 0; every quoted
    # word (the unattributed 4 too) 12, 0, 4, 0; the indirect 30 count nowhere.
    quotes = pd.DataFrame(
        [
            ("a1", "A", "Lavrov", "person", "direct", 10),
            ("a1", "A", "Lavrov", "person", "partial", 2),
            ("a2", "A", "Lavrov", "person", "indirect", 30),
            ("b1", "B", "unattributed", "unattributed", "direct", 4),
        ],
        columns=["file", "outlet", "speaker", "speaker_type", "kind", "words"],
    )
    voices = comparison_counts.voice_counts(quotes, ARTICLES)
    assert voices.subjects == ["Lavrov"]
    assert voices.numerators.tolist() == [[12], [0], [0], [0]]
    assert voices.denominators.tolist() == [12, 0, 4, 0]
    # Word uses per article and word (columns in alphabetical order: mr, tax, war).
    words = comparison_counts.word_counts(
        _sentences({"a1": ["mr tax", "mr"], "a2": ["war"], "b1": ["war war"], "b2": ["tax"]})
    )
    assert words.subjects == ["mr", "tax", "war"]
    assert words.numerators.toarray().tolist() == [[2, 1, 0], [0, 0, 1], [0, 0, 2], [0, 1, 0]]
