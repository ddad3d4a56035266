"""The report's table pages: cells as written, escaped and cut, and pages of bounded size."""

from __future__ import annotations

import re

import pandas as pd

from helpers.report import tables


def test_cells_are_escaped_cut_and_missing_values_left_empty():
    table = pd.DataFrame(
        {
            "text": ["<b>Smith & Co</b>", "x" * 400, None],
            "share": [0.123456789, float("nan"), 2.5],
            "count": pd.array([3, None, 12], dtype="Int64"),
        }
    )
    assert tables.html_rows(table) == [
        "<tr><td>&lt;b&gt;Smith &amp; Co&lt;/b&gt;</td><td>0.123457</td><td>3</td></tr>",
        f"<tr><td>{'x' * 299}\u2026</td><td></td><td></td></tr>",
        "<tr><td></td><td>2.5</td><td>12</td></tr>",
    ]


def test_a_page_shows_the_first_rows_that_fit_and_says_where_the_rest_are():
    # Rows of four 280-character cells: 4 * (4 + 280 + 5) + about 20 bytes, some 1,175, so
    # about 1,700 of them fit in MAX_PAGE_BYTES (2,000,000) with the page around them.
    text = "word " * 56
    table = pd.DataFrame({"row": range(3000), **{f"text{n}": [text] * 3000 for n in range(4)}})
    page = tables.table_page(table, "sentences", "one row per sentence")
    shown = page.count("<tr><td>")
    assert 1650 < shown < 1720
    assert len(page.encode()) <= tables.MAX_PAGE_BYTES
    assert f"<p>The first {shown:,} of 3,000 rows; " in page
    assert '<a href="sentences.csv">sentences.csv</a> has them all.' in page
    assert re.search(r"<tr><td>0</td>.*<tr><td>1</td>", page, re.S)  # in the table's order


def test_a_page_holds_at_most_max_page_rows_of_a_longer_table_and_all_of_a_short_one():
    long_page = tables.table_page(pd.DataFrame({"n": range(6000)}), "lines", "lines", total=9000)
    assert long_page.count("<tr><td>") == tables.MAX_PAGE_ROWS == 5000
    assert "<p>The first 5,000 of 9,000 rows; " in long_page
    short_page = tables.table_page(pd.DataFrame({"n": [1, 2]}), "frames", "frame shares")
    assert short_page.count("<tr><td>") == 2
    assert '<p>2 rows, also as <a href="frames.csv">CSV</a>.</p>' in short_page
    assert '<table class="dataframe">' in short_page and "<th>n</th>" in short_page


def test_a_notebook_table_shows_its_first_rows_as_the_pages_do_and_says_where_the_rest_are():
    table = pd.DataFrame({"outlet": ["<A>", "B", "C"], "share": [0.5, float("nan"), 0.25]})
    html = tables.Sortable(table, "frames", rows=2)._repr_html_()
    assert html.count("<tr><td>") == 2
    assert "<tr><td>&lt;A&gt;</td><td>0.5</td></tr>" in html
    assert "<tr><td>B</td><td></td></tr>" in html and "<td>C</td>" not in html
    assert html.startswith('<table class="dataframe">')
    assert html.endswith(
        "<p>The first 2 of 3 rows: see tables/frames.html (sortable) or tables/frames.csv.</p>"
    )
