"""Charts on small hand-made tables: subject in the title, labelled axes, the given colour for
each outlet (outlet "A" is missing from every table, so a chart that recomputed colours from
its own table would give "B" the colour of "A"), flagged outlets marked, and a PNG drawn.
"""

from __future__ import annotations

import inspect
import io
from pathlib import Path

import pandas as pd
import pytest
from matplotlib.collections import PathCollection
from matplotlib.colors import to_hex
from matplotlib.figure import Figure
from matplotlib.image import imread
from matplotlib.patches import Rectangle

from helpers.base import outputs
from helpers.base.figures import NothingToShow
from helpers.report import charts

# Hand-picked, deliberately not what `outlet_colors(["B", "C"])` would give.
COLORS = {"A": "#0072b2", "B": "#e69f00", "C": "#009e73"}
DAGGER = "\u2020"


def hex_of(color) -> str:
    return to_hex(color, keep_alpha=False)


def drawn(figure: Figure, tmp_path: Path) -> Figure:
    """Save to PNG and read it back: the whole figure is drawn, and not blank."""
    path = tmp_path / "chart.png"
    figure.savefig(path, dpi=60)
    pixels = imread(path)
    width, height = figure.get_size_inches() * 60
    assert pixels.shape[:2] == pytest.approx((height, width), abs=1)
    assert pixels[..., :3].std() > 0.05
    return figure


def ticks(axes, axis: str = "y") -> list[str]:
    labels = axes.get_yticklabels() if axis == "y" else axes.get_xticklabels()
    return [t.get_text() for t in labels]


def footnote(figure: Figure) -> str:
    return figure._supxlabel.get_text() if figure._supxlabel else ""


def bars_at(axes, y: float) -> list:
    """The horizontal bars centred at `y`, in drawing order."""
    return [p for p in axes.patches if abs(p.get_y() + p.get_height() / 2 - y) < 1e-9]


def bar_at(axes, y: float):
    (bar,) = bars_at(axes, y)
    return bar


def strip_colors(axes) -> list[str]:
    """The outlet colour strip above a heatmap's columns, left to right."""
    strips = [
        p
        for p in axes.patches
        if isinstance(p, Rectangle) and p.get_fill() and p.get_y() == pytest.approx(-0.95)
    ]
    return [hex_of(p.get_facecolor()) for p in sorted(strips, key=lambda p: p.get_x())]


def hatched_columns(axes) -> list[float]:
    return [p.get_x() + 0.5 for p in axes.patches if p.get_hatch() and not p.get_fill()]


def cell_texts(axes) -> dict[tuple[int, int], str]:
    return {
        (round(t.get_position()[1]), round(t.get_position()[0])): t.get_text() for t in axes.texts
    }


# --- common -------------------------------------------------------------------------------


def test_outlet_colors_depend_only_on_the_names():
    colors = charts.outlet_colors(["C", "A", "B", "A"])
    assert colors == {"A": "#0072B2", "B": "#E69F00", "C": "#009E73"}  # Okabe-Ito, in order
    assert charts.outlet_colors(["B", "C", "A"]) == colors
    many = charts.outlet_colors(f"outlet {n:02d}" for n in range(25))
    assert len(set(many.values())) == 25


def test_every_chart_takes_colors_right_after_its_table():
    for name in charts.__all__:
        if name in ("outlet_colors", "OTHERS"):
            continue
        parameters = list(inspect.signature(getattr(charts, name)).parameters.values())
        assert parameters[1].name == "colors", name
        assert parameters[1].default is inspect.Parameter.empty, name


def test_an_outlet_without_a_colour_is_an_error_that_says_what_to_do():
    with pytest.raises(ValueError, match=r"no colour for outlet\(s\) \['B'\].*outlet_colors"):
        charts.tone_chart(tone_table(), {"C": "#000000"})


def test_a_chart_with_nothing_to_show_says_why():
    with pytest.raises(NothingToShow, match="no outlet uses a word often enough"):
        charts.distinctive_terms_chart(terms_table().iloc[0:0], COLORS)
    with pytest.raises(NothingToShow, match="no people were found in the story text"):
        charts.entity_heatmap(salience_table().iloc[0:0], COLORS)
    with pytest.raises(NothingToShow, match="no quotation was found"):
        charts.voice_share_chart(voice_table().iloc[0:0], COLORS)
    unused = frames_table().assign(share=0.0, ci_low=0.0, ci_high=0.0)
    with pytest.raises(NothingToShow, match="no sentence carries a frame of the event codebook"):
        charts.frame_share_chart(unused, COLORS)
    with pytest.raises(NothingToShow, match="no sentence carries a frame of the event codebook"):
        charts.frame_heatmap(unused, COLORS)


# --- cleaning -----------------------------------------------------------------------------


def test_words_before_after(tmp_path):
    articles = pd.DataFrame(
        [("b1.txt", "B", 120, 90), ("b2.txt", "B", 80, 60), ("c1.txt", "C", 100, 50)],
        columns=["file", "outlet", "words_raw", "words_clean"],
    )
    figure = drawn(charts.words_before_after(articles, COLORS), tmp_path)
    axes = figure.axes[0]
    assert "before and after cleaning" in axes.get_title()
    assert "Words" in axes.get_xlabel() and axes.get_ylabel() == "Outlet"
    assert ticks(axes) == ["C", "B"]  # B, first in order, at the top
    # B: 200 raw words, 150 clean; C: 100 raw, 50 clean.
    labels = [t.get_text().strip() for t in axes.texts]
    assert labels == ["50 of 100 kept (50% removed)", "150 of 200 kept (25% removed)"]
    raw_b, clean_b = bars_at(axes, 1)
    assert (raw_b.get_width(), clean_b.get_width()) == (200, 150)
    assert hex_of(raw_b.get_facecolor()) == hex_of(clean_b.get_facecolor()) == COLORS["B"]
    assert raw_b.get_facecolor()[3] < 1 == clean_b.get_facecolor()[3]  # raw pale, clean solid


def test_removed_by_reason_chart(tmp_path):
    summary = pd.DataFrame(
        [("B", "advertisement", 2, 4), ("C", "advertisement", 1, 3), ("C", "credit", 1, 9)],
        columns=["outlet", "rule", "lines", "words"],
    )
    figure = drawn(charts.removed_by_reason_chart(summary, COLORS), tmp_path)
    lines, words = figure.axes
    assert "removed" in figure.get_suptitle()
    assert lines.get_xlabel() == "Lines removed (count)"
    assert words.get_xlabel() == "Words removed (count)"
    assert lines.get_ylabel() == "Cleaning rule"
    assert ticks(lines) == ["advertisement", "credit"]  # fewest words first
    b_bars, c_bars = lines.containers
    assert (b_bars.get_label(), c_bars.get_label()) == ("B", "C")
    assert {hex_of(p.get_facecolor()) for p in b_bars} == {COLORS["B"]}
    assert {hex_of(p.get_facecolor()) for p in c_bars} == {COLORS["C"]}
    # advertisement: B's 2 lines, then C's 1 stacked after them.
    assert (b_bars[0].get_width(), c_bars[0].get_x(), c_bars[0].get_width()) == (2, 2, 1)


def test_removed_by_reason_chart_with_nothing_removed(tmp_path):
    empty = pd.DataFrame(columns=["outlet", "rule", "lines", "words"])
    figure = drawn(charts.removed_by_reason_chart(empty, COLORS), tmp_path)
    assert [t.get_text() for t in figure.axes[0].texts] == ["nothing removed"]


# --- entities -----------------------------------------------------------------------------


def salience_table() -> pd.DataFrame:
    return pd.DataFrame(
        [
            ("B", "Ann Lee", "PERSON", 8, 4.0, 0.8, 0),
            ("B", "Bo Park", "PERSON", 2, 1.0, 0.2, 3),
            ("B", "City Hall", "ORG", 20, 10.0, 1.0, 1),
            ("C", "Ann Lee", "PERSON", 3, 1.5, 0.5, 2),
            ("C", "Cy Tan", "PERSON", 3, 1.5, 0.5, 1),
        ],
        columns=[
            "outlet", "entity", "label", "mentions", "per_1000_words", "share", "first_paragraph",
        ],
    )  # fmt: skip


def test_entity_heatmap(tmp_path):
    figure = charts.entity_heatmap(salience_table(), COLORS, top_n=2, flagged_outlets=["C"])
    axes = drawn(figure, tmp_path).axes[0]
    assert axes.get_title() == "How often each outlet names the 2 most-named people"
    assert (axes.get_xlabel(), axes.get_ylabel()) == ("Outlet", "People")
    assert figure.axes[1].get_ylabel() == "Mentions per 1,000 words"  # the colour bar
    # Ann Lee 11 mentions, then Bo Park and Cy Tan with 2 and 3: Cy Tan; City Hall is an ORG.
    assert ticks(axes) == ["Ann Lee", "Cy Tan"]
    assert ticks(axes, "x") == ["B", f"C {DAGGER}"]
    assert strip_colors(axes) == [COLORS["B"], COLORS["C"]]
    assert hatched_columns(axes) == [1]
    cells = cell_texts(axes)
    assert (cells[0, 0], cells[0, 1], cells[1, 0]) == ("4.0", "1.5", "\u2013")
    assert DAGGER in footnote(figure)


def test_entity_heatmap_of_organisations(tmp_path):
    figure = charts.entity_heatmap(salience_table(), COLORS, label="ORG")
    axes = drawn(figure, tmp_path).axes[0]
    assert axes.get_title() == "How often each outlet names the 1 most-named organisations"
    assert ticks(axes) == ["City Hall"] and ticks(axes, "x") == ["B"]
    assert strip_colors(axes) == [COLORS["B"]]
    assert DAGGER not in footnote(figure)


def test_who_leads_chart(tmp_path):
    figure = charts.who_leads_chart(salience_table(), COLORS, flagged_outlets=["C"])
    axes = drawn(figure, tmp_path).axes[0]
    assert "first names the most-named people" in axes.get_title()
    assert axes.get_xlabel().startswith("Paragraph of first mention")
    assert axes.get_ylabel() == "People"
    dots = {c.get_label(): c for c in axes.collections if isinstance(c, PathCollection)}
    assert set(dots) == {"B", f"C {DAGGER}"}
    assert hex_of(dots["B"].get_facecolor()[0]) == COLORS["B"]
    assert hex_of(dots[f"C {DAGGER}"].get_facecolor()[0]) == COLORS["C"]
    # B names Ann Lee in the headline (0) and Bo Park in paragraph 3.
    assert sorted(dots["B"].get_offsets()[:, 0]) == [0, 3]
    assert "\u2716" in footnote(figure)
    assert axes.get_xlim() == (-0.5, 3.5)  # the latest dot: Bo Park in paragraph 3


def test_who_leads_ends_its_axis_at_the_latest_dot_drawn(tmp_path):
    # One entity outside the top three, first named in paragraph 1,200 of a long page.
    far = pd.DataFrame(
        [("C", "Zed Long", "PERSON", 1, 0.5, 0.1, 1200)], columns=salience_table().columns
    )
    table = pd.concat([salience_table(), far], ignore_index=True)
    axes = drawn(charts.who_leads_chart(table, COLORS, top_n=3), tmp_path).axes[0]
    assert ticks(axes) == ["Ann Lee", "Cy Tan", "Bo Park"]  # 11, 3 and 2 mentions
    assert axes.get_xlim() == (-0.5, 3.5)


def voice_table() -> pd.DataFrame:
    return pd.DataFrame(
        [
            ("B", "Ann Lee", 2, 30, 0.5, 0.6),
            ("B", "Bo Park", 1, 15, 0.25, 0.3),
            ("B", "Di Ross", 1, 5, 0.25, 0.1),
            ("C", "Bo Park", 1, 10, 1.0, 1.0),
        ],
        columns=["outlet", "speaker", "quotes", "words", "quote_share", "word_share"],
    )


def test_voice_share_chart(tmp_path):
    figure = charts.voice_share_chart(voice_table(), COLORS, top_n=2, flagged_outlets=["C"])
    axes = drawn(figure, tmp_path).axes[0]
    assert axes.get_title().startswith("Whose words each outlet quotes")
    assert (axes.get_xlabel(), axes.get_ylabel()) == ("Outlet", "Speaker")
    assert figure.axes[1].get_ylabel() == "Share of the outlet's quoted words (%)"
    assert ticks(axes) == ["Ann Lee", "Bo Park", "other people"]  # 30 and 25 words, then the rest
    assert ticks(axes, "x") == ["B", f"C {DAGGER}"]
    assert strip_colors(axes) == [COLORS["B"], COLORS["C"]]
    cells = cell_texts(axes)
    assert [cells[row, 0] for row in range(3)] == ["60", "30", "10"]
    assert [cells[row, 1] for row in range(3)] == ["\u2013", "100", "\u2013"]
    assert "No quotes found: A." in footnote(figure)
    assert "People only" in footnote(figure)


def test_voice_share_chart_shows_sources_other_than_people(tmp_path):
    voice = voice_table().assign(word_share=[0.3, 0.15, 0.05, 1.0])  # B: half from people
    sources = pd.DataFrame(
        [
            ("B", "person", 4, 50, 0.5, 0.5),
            ("B", "organisation", 2, 30, 0.25, 0.3),
            ("B", "anonymous", 2, 20, 0.25, 0.2),
            ("C", "person", 1, 10, 1.0, 1.0),
        ],
        columns=["outlet", "speaker_type", "quotes", "words", "quote_share", "word_share"],
    )
    figure = charts.voice_share_chart(voice, COLORS, top_n=2, sources=sources)
    axes = drawn(figure, tmp_path).axes[0]
    assert ticks(axes) == [
        "Ann Lee",
        "Bo Park",
        "other people",
        "organisations",
        "anonymous sources",
    ]
    cells = cell_texts(axes)
    assert [cells[row, 0] for row in range(5)] == ["30", "15", "5", "30", "20"]  # sums to 100
    assert (
        "Quotes not from a person: 2 to organisations, 2 to anonymous sources, 0 to unattributed."
        in footnote(figure)
    )


# --- framing ------------------------------------------------------------------------------


def frames_table() -> pd.DataFrame:
    rows = [
        ("event", "B", "Budget", 0.30, 0.20, 0.40),
        ("event", "B", "Strike", 0.10, 0.05, 0.15),
        ("event", "B", "Weather", 0.0, 0.0, 0.0),
        ("event", "C", "Budget", 0.05, 0.0, 0.10),
        ("event", "C", "Strike", 0.50, 0.40, 0.60),
        ("event", "C", "Weather", 0.0, 0.0, 0.0),
        ("generic", "B", "Economic", 0.2, 0.1, 0.3),
    ]
    return pd.DataFrame(rows, columns=["codebook", "outlet", "frame", "share", "ci_low", "ci_high"])


def test_frame_share_chart(tmp_path):
    figure = charts.frame_share_chart(frames_table(), COLORS, flagged_outlets=["C"])
    drawn(figure, tmp_path)
    assert figure.get_suptitle() == (
        "How much of each outlet's text carries each frame (event codebook)"
    )
    # A panel per frame some outlet uses, a bar per outlet in each.
    panels = {axes.get_title(): axes for axes in figure.axes if axes.get_visible()}
    assert set(panels) == {"Budget", "Strike"}
    budget, strike = panels["Budget"], panels["Strike"]
    assert budget.get_xlabel().endswith("(%)") and budget.get_ylabel() == "Outlet"
    assert ticks(budget) == ["B", f"C {DAGGER}"]
    assert "Not used by any outlet: Weather" in footnote(figure)
    assert [p.get_width() for p in budget.patches] == pytest.approx([30, 5])
    assert [p.get_width() for p in strike.patches] == pytest.approx([10, 50])
    assert [hex_of(p.get_facecolor()) for p in strike.patches] == [COLORS["B"], COLORS["C"]]
    assert [bool(p.get_hatch()) for p in strike.patches] == [False, True]


def test_frame_heatmap(tmp_path):
    figure = charts.frame_heatmap(frames_table(), COLORS, flagged_outlets=["C"])
    axes = drawn(figure, tmp_path).axes[0]
    assert (
        axes.get_title() == "Share of each outlet's sentences carrying each frame (event codebook)"
    )
    assert (axes.get_xlabel(), axes.get_ylabel()) == ("Outlet", "Frame")
    assert figure.axes[1].get_ylabel() == "Share of the outlet's sentences (%)"
    assert ticks(axes) == ["Budget", "Strike", "Weather"]
    assert ticks(axes, "x") == ["B", f"C {DAGGER}"]
    assert strip_colors(axes) == [COLORS["B"], COLORS["C"]]
    assert hatched_columns(axes) == [1]
    cells = cell_texts(axes)
    assert (cells[0, 0], cells[1, 1], cells[2, 0]) == ("30", "50", "\u2013")


def test_frame_charts_name_a_missing_codebook():
    with pytest.raises(ValueError, match=r"no rows for codebook 'policy'.*\['event', 'generic'\]"):
        charts.frame_heatmap(frames_table(), COLORS, codebook="policy")


def test_lead_frames_chart(tmp_path):
    lead = pd.DataFrame(
        [
            ("event", "c1.txt", "C", "headline", "Strike", 1, "strike"),
            ("event", "c1.txt", "C", "lead", "Strike", 2, "strike"),
            ("event", "b2.txt", "B", "lead", "Budget", 1, "budget"),
            ("event", "b1.txt", "B", "lead", "Strike", 3, "walkout"),
        ],
        columns=["codebook", "file", "outlet", "part", "frame", "sentences", "matched"],
    )
    figure = charts.lead_frames_chart(
        lead, COLORS, frame_order=["Budget", "Strike", "Weather"], flagged_outlets=["C"]
    )
    axes = drawn(figure, tmp_path).axes[0]
    assert figure.get_suptitle().startswith("What each article leads with")
    assert "first 3 paragraphs" in figure.get_suptitle()
    assert (axes.get_xlabel(), axes.get_ylabel()) == ("Article (outlet)", "Frame")
    assert ticks(axes) == ["Budget", "Strike"]  # codebook order, frames that occur
    # Articles by outlet, then file; the file is named where an outlet has several.
    assert ticks(axes, "x") == ["B\nb1.txt", "B\nb2.txt", f"C {DAGGER}"]
    dots = [c for c in axes.collections if len(c.get_offsets())]
    filled = {
        tuple(c.get_offsets()[0]): hex_of(c.get_facecolor()[0])
        for c in dots
        if len(c.get_facecolor())
    }
    assert filled == {(0, 1): COLORS["B"], (1, 0): COLORS["B"], (2, 1): COLORS["C"]}
    rings = [tuple(c.get_offsets()[0]) for c in dots if not len(c.get_facecolor())]
    assert rings == [(2, 1)]  # C's headline carries Strike
    assert hatched_columns(axes) == [2]


def test_lead_frames_of_many_articles_are_shares_of_each_outlets_articles(tmp_path):
    rows = [("event", f"b{n}.txt", "B", "lead", "Strike", 1, "strike") for n in range(15)]
    rows += [("event", "b0.txt", "B", "headline", "Strike", 1, "strike")]  # counted once
    rows += [("event", f"c{n}.txt", "C", "lead", "Budget", 2, "budget") for n in range(20)]
    lead = pd.DataFrame(
        rows, columns=["codebook", "file", "outlet", "part", "frame", "sentences", "matched"]
    )
    figure = charts.lead_frames_chart(
        lead, COLORS, frame_order=["Budget", "Strike"], articles=pd.Series({"B": 30, "C": 20})
    )
    axes = drawn(figure, tmp_path).axes[0]
    assert axes.get_title().startswith("What each outlet leads with")
    assert ticks(axes) == ["Budget", "Strike"] and ticks(axes, "x") == ["B", "C"]
    cells = cell_texts(axes)
    assert (cells[0, 0], cells[0, 1], cells[1, 0], cells[1, 1]) == ("\u2013", "100", "50", "\u2013")


def terms_table() -> pd.DataFrame:
    return pd.DataFrame(
        [("B", "budget", 3.1, 9), ("B", "tax", 2.0, 4), ("C", "picket", 2.5, 6)],
        columns=["outlet", "term", "z", "count"],
    )


def test_distinctive_terms_chart(tmp_path):
    figure = charts.distinctive_terms_chart(terms_table(), COLORS, flagged_outlets=["C"])
    drawn(figure, tmp_path)
    assert figure.get_suptitle() == "Words most distinctive of each outlet"
    panels = {axes.get_title(): axes for axes in figure.axes if axes.get_visible()}
    assert set(panels) == {"B", f"C {DAGGER}"}
    b = panels["B"]
    assert b.get_xlabel() == "z-score (log-odds vs. other outlets)"
    assert b.get_ylabel() == "Word (uses by the outlet)"
    assert ticks(b) == ["budget (9)", "tax (4)"]
    assert [hex_of(p.get_facecolor()) for p in b.patches] == [COLORS["B"]] * 2
    assert [hex_of(p.get_facecolor()) for p in panels[f"C {DAGGER}"].patches] == [COLORS["C"]]
    assert panels[f"C {DAGGER}"].patches[0].get_hatch()


def tone_table() -> pd.DataFrame:
    return pd.DataFrame(
        [
            ("B", "(all sentences)", 0.25, 30.0, 10.0),
            ("B", "Economic", 0.5, 40.0, 0.0),
            ("C", "(all sentences)", -0.4, 5.0, 45.0),
        ],
        columns=[
            "outlet", "frame", "mean_compound", "positive_per_1000_words",
            "negative_per_1000_words",
        ],
    )  # fmt: skip


def test_tone_chart(tmp_path):
    figure = drawn(charts.tone_chart(tone_table(), COLORS, flagged_outlets=["C"]), tmp_path)
    left, right = figure.axes
    assert "Tone of each outlet" in figure.get_suptitle()
    assert left.get_xlabel().startswith("Mean VADER compound score")
    assert right.get_xlabel().startswith("Lexicon words per 1,000 words")
    assert left.get_ylabel() == "Outlet"
    assert ticks(left) == ["B", f"C {DAGGER}"]
    assert hex_of(bar_at(left, 0).get_facecolor()) == COLORS["B"]
    assert bar_at(left, 0).get_width() == pytest.approx(0.25)  # the (all sentences) row
    assert hex_of(bar_at(left, 1).get_facecolor()) == COLORS["C"]
    assert bar_at(left, 1).get_hatch()
    positive, negative = bars_at(right, 1)  # C: 5 positive, 45 negative words per 1,000
    assert (positive.get_width(), negative.get_width()) == (5.0, -45.0)
    assert hex_of(positive.get_facecolor()) == hex_of(negative.get_facecolor()) == COLORS["C"]
    assert negative.get_facecolor()[3] < 1 == positive.get_facecolor()[3]  # negative pale


def test_a_saved_chart_is_shown_from_its_png_at_the_figures_own_size(tmp_path):
    figure = Figure(figsize=(4, 3), dpi=100)
    figure.add_subplot().plot([0, 1], [1, 0])
    saved = outputs.save_figure(figure, tmp_path, "line")
    assert sorted(p.name for p in (tmp_path / "figures").iterdir()) == ["line.png", "line.svg"]
    assert (tmp_path / "figures" / "line.svg").read_text().lstrip().startswith("<?xml")
    data, size = saved._repr_png_()
    shown = imread(io.BytesIO(data))
    # The same figure drawn for the screen at its own dpi, as a notebook would draw it.
    screen = io.BytesIO()
    figure.savefig(screen, format="png", dpi=100, bbox_inches="tight")
    expected = imread(io.BytesIO(screen.getvalue())).shape[:2]
    assert (size["height"], size["width"]) == pytest.approx(expected, abs=2)
    # ... from an image saved at 150 dpi: half as many pixels again each way.
    assert shown.shape[:2] == pytest.approx((1.5 * expected[0], 1.5 * expected[1]), abs=3)
    assert repr(saved) == f"<chart line.png, shown at {size['width']}x{size['height']}>"
