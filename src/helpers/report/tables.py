"""Tables in the report: bounded text previews in the notebooks, and sortable, filterable
HTML tables (the notebooks' HTML and one page per table of the run).

A corpus of 400 outlets makes per-outlet tables of thousands of rows. The notebooks print
a bounded preview that says where the rest is; the run's `tables/<name>.html` shows each
table (up to `MAX_PAGE_ROWS` rows) as an HTML table that `assets/tables.js`, a small
script shipped in this package, makes sortable and filterable in the browser, with no
network; the CSV beside it holds every row.
"""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from html import escape
from pathlib import Path

import pandas as pd

from helpers.base import catalogue
from helpers.base.outputs import atomic_write_text, read_table
from helpers.report.charts.outlets import OTHERS, chart_group, pooled_count

ASSETS = Path(__file__).parent / "assets"
SCRIPT = "tables.js"
MAX_PAGE_ROWS = 5000
MAX_PAGE_BYTES = 2_000_000  # fewer rows when a table's rows are long (sentences, lines)
MAX_CELL_CHARS = 300  # a long sentence is cut in the HTML page; the CSV has it whole
PAGE_STYLE = """
body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #222; }
table.dataframe { border-collapse: collapse; font-size: 0.85rem; }
table.dataframe th, table.dataframe td { border: 1px solid #ddd; padding: 0.2rem 0.4rem;
  text-align: left; vertical-align: top; }
table.dataframe thead th { background: #f3f3f3; position: sticky; top: 0; }
th[aria-sort="ascending"]::after { content: " \\25B2"; }
th[aria-sort="descending"]::after { content: " \\25BC"; }
input.table-filter { margin: 0.5rem 0; padding: 0.3rem; width: 20rem; }
"""


def _pointer(name: str) -> str:
    return f"see tables/{name}.html (sortable) or tables/{name}.csv"


def named(table: pd.DataFrame, colors: Mapping[str, str]) -> pd.DataFrame:
    """The rows of the outlets charts name (`charts.outlet_colors(..., top=N)`): the
    per-outlet rows a notebook prints, whatever the number of outlets."""
    pooled = {outlet for outlet, shown in chart_group(colors).items() if shown == OTHERS}
    return table[~table["outlet"].isin(pooled)]


def left_out(table: pd.DataFrame, colors: Mapping[str, str], name: str) -> str:
    """A line on the outlets `named` leaves out of `table`, or '' when it leaves none."""
    count = pooled_count(table["outlet"], colors)
    return f"\n... and {count:,} more outlets: {_pointer(name)}" if count else ""


def preview(
    table: pd.DataFrame,
    name: str,
    rows: int,
    colors: Mapping[str, str] | None = None,
    empty: str = "",
    **to_string: object,
) -> str:
    """The first `rows` rows as text (`DataFrame.to_string(index=False, ...)`), and a line
    that says how many more there are and where they are; with `colors`, only the rows of
    the outlets charts name, and a line on the others. An empty table is the sentence
    `empty` (default: that the table has no rows)."""
    if table.empty:
        return empty or f"No rows: the {name} table is empty."
    shown = named(table, colors) if colors is not None else table
    text = shown.head(rows).to_string(index=False, **to_string)
    if len(shown) > rows:
        text += f"\n... and {len(shown) - rows:,} more rows: {_pointer(name)}"
    return text + (left_out(table, colors, name) if colors is not None else "")


class Sortable:
    """A table a notebook displays as HTML: sortable and filterable in the report (the
    notebook page loads `assets/tables.js`), at most `rows` rows."""

    def __init__(self, table: pd.DataFrame, name: str, rows: int = 500) -> None:
        self.table, self.name, self.rows = table, name, rows

    def _repr_html_(self) -> str:
        note = (
            f"<p>The first {self.rows:,} of {len(self.table):,} rows: {_pointer(self.name)}.</p>"
            if len(self.table) > self.rows
            else ""
        )
        shown = self.table.head(self.rows)
        return html_table(shown.columns, html_rows(shown)) + note

    def __repr__(self) -> str:
        return f"<sortable table of {len(self.table):,} rows: {_pointer(self.name)}>"


def copy_assets(run_dir: Path) -> Path:
    """Copy the table script into the run's `assets/`, beside the pages that load it."""
    target = run_dir / "assets" / SCRIPT
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ASSETS / SCRIPT, target)
    return target


def _cell(value: object) -> str:
    """A table cell's HTML: text escaped and cut at `MAX_CELL_CHARS`, a float to six
    significant digits, a missing value empty."""
    if isinstance(value, str):
        cut = value if len(value) <= MAX_CELL_CHARS else value[: MAX_CELL_CHARS - 1] + "\u2026"
        return escape(cut)
    if isinstance(value, float):
        return "" if value != value else format(value, ".6g")
    return "" if value is None or value is pd.NA else escape(str(value))


def html_rows(table: pd.DataFrame) -> list[str]:
    """Each row of `table` as an HTML `<tr>`.

    Written here rather than by `DataFrame.to_html`, which took seven seconds for the table
    pages of 400 articles: more than cleaning them."""
    columns = [table[column].tolist() for column in table.columns]
    return [
        "<tr>" + "".join(f"<td>{_cell(value)}</td>" for value in row) + "</tr>"
        for row in zip(*columns, strict=True)
    ]


def html_table(columns: pd.Index, rows: list[str]) -> str:
    """A table of `html_rows`, with the class `assets/tables.js` makes sortable."""
    header = "".join(f"<th>{escape(str(column))}</th>" for column in columns)
    body = "\n".join(rows)
    return f'<table class="dataframe">\n<thead><tr>{header}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>'


def table_page(table: pd.DataFrame, name: str, description: str, total: int | None = None) -> str:
    """One table as an HTML page: escaped, long cells cut, at most `MAX_PAGE_ROWS` rows and
    `MAX_PAGE_BYTES` bytes of UTF-8 (the first rows that fit). `table` may be the table's first
    rows only, `total` then its length."""
    total = len(table) if total is None else total
    rows = html_rows(table.head(MAX_PAGE_ROWS))
    room = MAX_PAGE_BYTES - len(_page(table.columns, [], total, name, description).encode())
    fits = 0
    for row in rows:
        room -= len(row.encode()) + 1
        if room < 0:
            break
        fits += 1
    return _page(table.columns, rows[:fits], total, name, description)


def _page(columns: pd.Index, rows: list[str], total: int, name: str, description: str) -> str:
    cut = (
        f"<p>The first {len(rows):,} of {total:,} rows; "
        f'<a href="{escape(name)}.csv">{escape(name)}.csv</a> has them all.</p>'
        if total > len(rows)
        else f'<p>{total:,} rows, also as <a href="{escape(name)}.csv">CSV</a>.</p>'
    )
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en"><head><meta charset="utf-8">',
            '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
            "script-src 'self'; style-src 'unsafe-inline'\">",
            f"<title>{escape(name)}</title>",
            f"<style>{PAGE_STYLE}</style>",
            f'<script src="../assets/{SCRIPT}"></script></head><body>',
            f"<h1>{escape(name)}</h1>",
            f"<p>{escape(description)}. Click a column to sort, type to filter rows.</p>",
            cut,
            html_table(columns, rows),
            '<p><a href="../index.html">Back to the report</a></p>',
            "</body></html>",
        ]
    )


def write_table_pages(run_dir: Path) -> list[Path]:
    """`tables/<name>.html` for every catalogued table the run wrote; only the rows a page
    can show are read."""
    written = []
    for path in sorted((run_dir / "tables").glob("*.csv")):
        if path.stem not in catalogue.TABLES:
            continue
        entry = catalogue.table(path.stem)
        first = read_table(run_dir, path.stem, rows=MAX_PAGE_ROWS + 1)
        total = len(first) if len(first) <= MAX_PAGE_ROWS else _rows(path)
        page = table_page(first.head(MAX_PAGE_ROWS), path.stem, entry.description, total)
        target = path.with_suffix(".html")
        atomic_write_text(target, page)
        written.append(target)
    return written


def _rows(path: Path) -> int:
    """Rows of a CSV file (a quoted cell may hold a line break, so not its lines), read in
    chunks of its first column."""
    chunks = pd.read_csv(path, usecols=[0], dtype=str, keep_default_na=False, chunksize=100_000)
    return sum(len(chunk) for chunk in chunks)
