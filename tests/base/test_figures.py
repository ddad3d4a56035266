"""A chart with nothing to show is one sentence in the notebook and in the run folder."""

from __future__ import annotations

from matplotlib.figure import Figure

from helpers.base.figures import Note, NothingToShow, save_chart


def line_chart() -> Figure:
    figure = Figure(figsize=(3, 2))
    figure.add_subplot().plot([0, 1], [1, 0])
    return figure


def nothing() -> Figure:
    raise NothingToShow("no quotation was found in the story text.")


def test_a_chart_is_saved_as_png_and_svg(tmp_path):
    saved = save_chart(tmp_path, "voices", line_chart)
    assert saved.png == tmp_path / "figures" / "voices.png"
    assert sorted(p.name for p in (tmp_path / "figures").iterdir()) == ["voices.png", "voices.svg"]


def test_nothing_to_show_is_one_sentence_that_replaces_an_earlier_chart(tmp_path):
    save_chart(tmp_path, "voices", line_chart)
    note = save_chart(tmp_path, "voices", nothing)
    assert note == Note("No chart of voices: no quotation was found in the story text.")
    assert repr(note) == note.text
    assert sorted(p.name for p in (tmp_path / "figures").iterdir()) == ["voices.txt"]
    assert (tmp_path / "figures" / "voices.txt").read_text() == note.text + "\n"
    save_chart(tmp_path, "voices", line_chart)  # and a chart replaces the sentence
    assert sorted(p.name for p in (tmp_path / "figures").iterdir()) == ["voices.png", "voices.svg"]
