"""Charts at many outlets: the top outlets by articles by name, the rest pooled as "all others"
(checked on small tables whose pooled numbers were worked out by hand), and every chart of
500 outlets within 4,000 pixels each way."""

from __future__ import annotations

import itertools
import math

import pandas as pd
import pytest
from matplotlib.colors import to_hex, to_rgb

from helpers.base import catalogue, outputs
from helpers.report import charts
from helpers.report.charts.outlets import OTHERS_COLOR, PALETTE

OTHERS = charts.OTHERS
# Articles: Alpha 3, Beta 2, and Gamma, Delta, Epsilon one each.
ARTICLE_OUTLETS = ["Alpha"] * 3 + ["Beta"] * 2 + ["Gamma", "Delta", "Epsilon"]


def ticks(axes) -> list[str]:
    return [t.get_text() for t in axes.get_yticklabels()]


def footnote(figure) -> str:
    return figure._supxlabel.get_text() if figure._supxlabel else ""


def test_the_outlets_with_most_articles_are_named_and_the_rest_share_a_grey():
    colors = charts.outlet_colors(ARTICLE_OUTLETS, top=2)
    assert colors.shown == ("Alpha", "Beta")
    assert (colors["Alpha"], colors["Beta"]) == (PALETTE[0], PALETTE[1])
    assert {colors[o] for o in ("Gamma", "Delta", "Epsilon", OTHERS)} == {OTHERS_COLOR}
    # ties are broken by name: Delta before Epsilon before Gamma
    assert charts.outlet_colors(ARTICLE_OUTLETS, top=3).shown == ("Alpha", "Beta", "Delta")


def test_the_first_sixteen_colours_are_far_apart():
    # tab20's first colour, #1f77b4, came ninth, 0.12 from Okabe & Ito's #0072B2 in RGB:
    # two outlets of a nine-outlet chart looked alike. No two of the first 16 are that close.
    rgb = [to_rgb(c) for c in PALETTE[:16]]
    assert len(PALETTE) == 26 and PALETTE[:2] == ["#0072B2", "#E69F00"]
    for a, b in itertools.combinations(rgb, 2):
        assert math.dist(a, b) > 0.25


def test_a_single_outlet_is_never_pooled_alone():
    colors = charts.outlet_colors(ARTICLE_OUTLETS, top=4)
    assert colors.shown == ("Alpha", "Beta", "Delta", "Epsilon", "Gamma")
    assert OTHERS not in colors


def test_no_top_names_every_outlet_and_a_named_outlet_keeps_its_colour_whatever_the_top():
    every = charts.outlet_colors(ARTICLE_OUTLETS)
    assert len(every.shown) == 5 and OTHERS not in every
    assert len(set(every.values())) == 5
    assert charts.outlet_colors(ARTICLE_OUTLETS, top=2)["Alpha"] == every["Alpha"]
    with pytest.raises(ValueError, match="top must be at least 1"):
        charts.outlet_colors(ARTICLE_OUTLETS, top=0)


def test_words_before_after_sums_all_others():
    articles = pd.DataFrame(
        [
            ("a1.txt", "Alpha", 100, 80),
            ("a2.txt", "Alpha", 100, 90),
            ("a3.txt", "Alpha", 10, 10),
            ("b1.txt", "Beta", 50, 40),
            ("b2.txt", "Beta", 50, 40),
            ("g.txt", "Gamma", 30, 10),
            ("d.txt", "Delta", 20, 20),
            ("e.txt", "Epsilon", 5, 5),
        ],
        columns=["file", "outlet", "words_raw", "words_clean"],
    )
    figure = charts.words_before_after(articles, charts.outlet_colors(articles["outlet"], top=2))
    axes = figure.axes[0]
    assert ticks(axes) == [OTHERS, "Beta", "Alpha"]  # first outlet at the top
    raw = [p.get_width() for p in axes.patches[:3]]
    clean = [p.get_width() for p in axes.patches[3:]]
    # all others: Gamma 30 + Delta 20 + Epsilon 5 raw words; 10 + 20 + 5 clean
    assert raw == [55, 100, 210] and clean == [35, 80, 180]
    assert to_hex(axes.patches[0].get_facecolor(), keep_alpha=False) == OTHERS_COLOR.lower()
    assert "the 3 outlets after the 2 with most articles" in footnote(figure)


def frames_table() -> pd.DataFrame:
    rows = [
        # outlet, frame, sentences, outlet_sentences, share, ci_low, ci_high
        ("Alpha", "Economy", 6, 20, 0.30, 0.10, 0.50),
        ("Alpha", "Crime", 0, 20, 0.00, 0.00, 0.00),
        ("Beta", "Economy", 1, 10, 0.10, 0.00, 0.30),
        ("Beta", "Crime", 5, 10, 0.50, 0.20, 0.80),
        ("Gamma", "Economy", 3, 10, 0.30, 0.10, 0.60),
        ("Gamma", "Crime", 0, 10, 0.00, 0.00, 0.00),
        ("Delta", "Economy", 0, 30, 0.00, 0.00, 0.00),
        ("Delta", "Crime", 6, 30, 0.20, 0.07, 0.33),
    ]
    table = pd.DataFrame(
        rows,
        columns=["outlet", "frame", "sentences", "outlet_sentences", "share", "ci_low", "ci_high"],
    )
    return table.assign(codebook="generic", words_share=table["share"])[catalogue.columns("frames")]


def test_frame_charts_pool_all_others_from_sentence_counts(tmp_path):
    colors = charts.outlet_colors(["Alpha", "Alpha", "Beta", "Beta", "Gamma", "Delta"], top=2)
    heatmap = charts.frame_heatmap(frames_table(), colors).axes[0]
    cells = {
        (round(t.get_position()[1]), round(t.get_position()[0])): t.get_text()
        for t in heatmap.texts
    }
    # all others = Gamma + Delta: Economy 3 of 40 sentences (8%), Crime 6 of 40 (15%)
    assert [t.get_text() for t in heatmap.get_xticklabels()] == ["Alpha", "Beta", OTHERS]
    assert (cells[0, 2], cells[1, 2]) == ("8", "15")
    assert (cells[0, 0], cells[1, 1]) == ("30", "50")
    bars = charts.frame_share_chart(frames_table(), colors)
    panels = {axes.get_title(): axes for axes in bars.axes if axes.get_visible()}
    assert [p.get_width() for p in panels["Crime"].patches] == pytest.approx([0, 50, 15])
    assert "no interval" not in footnote(bars)  # the pooled bar simply has none
    assert "the 2 outlets after the 2 with most articles" in footnote(bars)


def test_tone_pools_all_others_by_sentences_and_words():
    tone = pd.DataFrame(
        [
            # outlet, sentences, words, mean compound, positive and negative per 1,000 words
            ("Alpha", 10, 200, 0.5, 10.0, 5.0),
            ("Beta", 10, 100, -0.2, 20.0, 10.0),
            ("Gamma", 30, 300, 0.2, 30.0, 0.0),
        ],
        columns=["outlet", "sentences", "words", "mean_compound", "positive_per_1000_words",
                 "negative_per_1000_words"],
    ).assign(frame="(all sentences)", codebook="generic")  # fmt: skip
    colors = charts.outlet_colors(["Alpha", "Alpha", "Beta", "Gamma"], top=1)
    left, right = charts.tone_chart(tone, colors).axes
    assert ticks(left) == ["Alpha", OTHERS]
    # all others: (10 * -0.2 + 30 * 0.2) / 40 = 0.1; positive (100 * 20 + 300 * 30) / 400 = 27.5
    assert [p.get_width() for p in left.patches] == pytest.approx([0.5, 0.1])
    assert [p.get_width() for p in right.patches] == pytest.approx([10, 27.5, -5, -2.5])


def test_voice_share_and_entities_pool_all_others():
    voice = pd.DataFrame(
        [
            ("Alpha", "Ann", 1, 30),
            ("Beta", "Ann", 1, 10),
            ("Beta", "Bo", 1, 30),
            ("Gamma", "Bo", 2, 60),
        ],
        columns=["outlet", "speaker", "quotes", "words"],
    )
    # Each outlet's share of its own quoted words; "all others" pools the words, not shares
    voice = voice.assign(
        quote_share=0.0,
        word_share=voice["words"] / voice.groupby("outlet")["words"].transform("sum"),
    )
    colors = charts.outlet_colors(["Alpha", "Alpha", "Beta", "Gamma"], top=1)
    axes = charts.voice_share_chart(voice, colors).axes[0]
    cells = {
        (round(t.get_position()[1]), round(t.get_position()[0])): t.get_text() for t in axes.texts
    }
    # speakers by words: Bo 90, Ann 40; all others (Beta + Gamma): Ann 10 and Bo 90 of 100 words
    assert [t.get_text() for t in axes.get_yticklabels()] == ["Bo", "Ann"]
    assert (cells[0, 1], cells[1, 1], cells[1, 0]) == ("90", "10", "100")
    salience = pd.DataFrame(
        [
            # outlet, entity, mentions, per 1,000 words (Alpha 1,000 words, Beta 500, Gamma 1,500)
            ("Alpha", "Ann", 4, 4.0),
            ("Beta", "Ann", 1, 2.0),
            ("Gamma", "Ann", 3, 2.0),
            ("Gamma", "Bo", 6, 4.0),
        ],
        columns=["outlet", "entity", "mentions", "per_1000_words"],
    ).assign(label="PERSON", share=0.0, first_paragraph=1)
    axes = charts.entity_heatmap(salience, colors).axes[0]
    cells = {
        (round(t.get_position()[1]), round(t.get_position()[0])): t.get_text() for t in axes.texts
    }
    # all others: Ann 4 and Bo 6 mentions in 2,000 words; Ann is named most (8 mentions)
    assert [t.get_text() for t in axes.get_yticklabels()] == ["Ann", "Bo"]
    assert (cells[0, 0], cells[0, 1], cells[1, 0], cells[1, 1]) == ("4.0", "2.0", "\u2013", "3.0")


def many_outlets(count: int) -> dict[str, pd.DataFrame]:
    """Tables of `count` outlets, one to four articles each, shaped as a run writes them."""
    outlets = [f"Outlet number {n:03d} of a corpus without a manifest" for n in range(count)]
    files = [(f"{o[-50:]}-{k}.txt", o) for n, o in enumerate(outlets) for k in range(1 + n % 4)]
    articles = pd.DataFrame(files, columns=["file", "outlet"]).assign(
        words_raw=500, words_clean=400
    )
    frames = [f"Frame {k}" for k in range(15)]
    share = [("generic", o, f, 2, 20, 0.1, 0.05, 0.2, 0.1) for o in outlets for f in frames]
    people = [f"Person {k}" for k in range(20)]
    return {
        "articles": articles,
        "removed": pd.DataFrame(
            [(o, "caption", 2, 20) for o in outlets], columns=["outlet", "rule", "lines", "words"]
        ),
        "salience": pd.DataFrame(
            [(o, p, "PERSON", 3, 1.5, 0.1, 2) for o in outlets for p in people],
            columns=catalogue.columns("entities"),
        ),
        "voice": pd.DataFrame(
            [(o, p, 1, 10, 0.2, 0.2) for o in outlets for p in people[:5]],
            columns=catalogue.columns("voice_share"),
        ),
        "frames": pd.DataFrame(share, columns=catalogue.columns("frames")),
        "lead": pd.DataFrame(
            [("generic", f, o, "lead", "Frame 1", 1, "x") for f, o in files],
            columns=catalogue.columns("lead_frames"),
        ),
        "terms": pd.DataFrame(
            [(o, f"word{k}", 3.0 - k / 10, 5) for o in outlets for k in range(15)],
            columns=catalogue.columns("distinctive_terms"),
        ),
        "tone": pd.DataFrame(
            [(o, "(all sentences)", 20, 400, 0.1, 30.0, 20.0, "generic") for o in outlets],
            columns=catalogue.columns("tone"),
        ),
    }


@pytest.mark.parametrize("top", [26])
def test_every_chart_of_500_outlets_stays_within_4000_pixels(tmp_path, top):
    tables = many_outlets(500)
    colors = charts.outlet_colors(tables["articles"]["outlet"], top=top)
    flagged = [tables["articles"]["outlet"].iloc[-1]]  # pooled: marks "all others"
    drawn = {
        "words": charts.words_before_after(tables["articles"], colors),
        "removed": charts.removed_by_reason_chart(tables["removed"], colors),
        "entities": charts.entity_heatmap(tables["salience"], colors, flagged_outlets=flagged),
        "who_leads": charts.who_leads_chart(tables["salience"], colors),
        "voices": charts.voice_share_chart(tables["voice"], colors),
        "frame_share": charts.frame_share_chart(tables["frames"], colors, flagged_outlets=flagged),
        "frame_heatmap": charts.frame_heatmap(tables["frames"], colors),
        "lead": charts.lead_frames_chart(tables["lead"], colors, flagged_outlets=flagged),
        "terms": charts.distinctive_terms_chart(tables["terms"], colors),
        "tone": charts.tone_chart(tables["tone"], colors),
    }
    for name, figure in drawn.items():
        saved = outputs.save_figure(figure, tmp_path, name)
        width, height = (n * outputs.SAVED_DPI / figure.dpi for n in (saved.width, saved.height))
        assert height <= 4000 and width <= 4000, (name, width, height)
    terms = [a.get_title() for a in drawn["terms"].axes if a.get_visible()]
    assert len(terms) == top
    assert f"{500 - top} more outlets" in footnote(drawn["terms"])
    heatmap = drawn["frame_heatmap"].axes[0]
    assert len(heatmap.get_xticklabels()) == top + 1
    assert heatmap.get_xticklabels()[-1].get_text() == OTHERS
    entity_columns = [t.get_text() for t in drawn["entities"].axes[0].get_xticklabels()]
    assert entity_columns[-1] == f"{OTHERS} \u2020"
