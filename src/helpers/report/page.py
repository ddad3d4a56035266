"""The run's HTML: each executed notebook without its code, and `index.html` that links them.

Article text reaches the report through tables, findings and warnings; everything is
escaped here (and pandas escapes the tables the notebooks display), so markup inside an
article is shown as text and never runs.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from helpers.base import catalogue
from helpers.base.outputs import atomic_write_text, read_table
from helpers.base.paths import table_path
from helpers.report import tables

# How a run whose process died unrecorded is marked in `run.json` (failure.error's start).
PROCESS_GONE = "process gone"

STYLE = """
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem;
       line-height: 1.5; color: #222; }
h1 { margin-bottom: 0.2rem; } .meta { color: #555; }
.failed { background: #fde8e8; border-left: 4px solid #c00; padding: 0.5rem 1rem; }
.interrupted { background: #fff4e0; border-left: 4px solid #d80; padding: 0.5rem 1rem; }
.running { background: #e8f0fd; border-left: 4px solid #36c; padding: 0.5rem 1rem; }
.warnings { background: #fffbe6; border-left: 4px solid #caa000; padding: 0.5rem 1rem; }
.findings li { margin-bottom: 0.4rem; }
figure { display: inline-block; margin: 0.5rem; width: 28rem; vertical-align: top; }
figure img { width: 100%; border: 1px solid #ddd; }
"""


MAX_WARNINGS = 100  # on the front page; the warnings table has them all

NOTEBOOK_STYLE = """
body { font-family: system-ui, sans-serif; max-width: 72rem; margin: 2rem auto; padding: 0 1rem;
       line-height: 1.5; color: #222; }
pre { white-space: pre; overflow-x: auto; font-size: 0.8rem; background: #f7f7f7;
      padding: 0.5rem; }
img { max-width: 100%; height: auto; }
.output_stderr { display: none; }
a.anchor-link { display: none; }
table.dataframe { border-collapse: collapse; font-size: 0.8rem; }
table.dataframe th, table.dataframe td { border: 1px solid #ddd; padding: 0.15rem 0.4rem; }
th[aria-sort="ascending"]::after { content: " \\25B2"; }
th[aria-sort="descending"]::after { content: " \\25BC"; }
input.table-filter { margin: 0.4rem 0; padding: 0.2rem; width: 18rem; }
"""


def notebook_page(title: str, body: str) -> str:
    """A notebook's cells (nbconvert's `basic` template: no scripts, no styles) in a page
    that needs nothing from the network: its own style, and the table script from the run's
    `assets/` (`default-src 'none'`: no request leaves the machine)."""
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en"><head><meta charset="utf-8">',
            '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
            "script-src 'self'; style-src 'unsafe-inline'; img-src 'self' data:\">",
            f"<title>{escape(title)}</title>",
            f"<style>{NOTEBOOK_STYLE}</style>",
            f'<script src="../assets/{tables.SCRIPT}"></script></head><body>',
            body,
            "</body></html>",
        ]
    )


def _figures_linked(notebook: Any) -> Any:
    """The notebook with each saved chart it shows (`outputs.SavedFigure`) as a link to the
    run's `figures/` file instead of the PNG itself: ten charts embedded made a notebook's
    HTML several MB; the .ipynb keeps them embedded."""
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            shown = output.get("metadata", {}).get("image/png", {})
            if "figure" not in shown or "image/png" not in output.get("data", {}):
                continue
            name = escape(str(shown["figure"]))
            output["data"] = {
                "text/html": f'<img src="../figures/{name}" width="{int(shown["width"])}" '
                f'height="{int(shown["height"])}" alt="{name}">',
                "text/plain": output["data"].get("text/plain", ""),
            }
    return notebook


def export_notebooks(run_dir: Path) -> list[Path]:
    """Write `notebooks/NN_name.html` beside each executed notebook, code cells hidden."""
    import nbformat
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(
        template_name="basic",
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    tables.copy_assets(run_dir)
    written = []
    for notebook_path in sorted((run_dir / "notebooks").glob("*.ipynb")):
        try:
            notebook = nbformat.read(notebook_path, as_version=4)
        except ValueError:
            continue  # cut short by a kill or a full disk: the run's record says so
        body, _ = exporter.from_notebook_node(_figures_linked(notebook))
        target = notebook_path.with_suffix(".html")
        atomic_write_text(target, notebook_page(notebook_path.stem, body))
        written.append(target)
    return written


def read_findings(run_dir: Path) -> list[str]:
    """Plain-sentence findings the framing notebook wrote to `tables/findings.csv`."""
    if not table_path(run_dir, "findings").exists():
        return []
    return read_table(run_dir, "findings")["finding"].tolist()


def status_label(run: dict[str, Any]) -> str:
    """The status as people read it: `interrupted (process gone)` for a run that died
    without recording it (see `run_status`)."""
    status = str(run.get("status", ""))
    error = str((run.get("failure") or {}).get("error", ""))
    return f"{status} ({PROCESS_GONE})" if error.startswith(PROCESS_GONE) else status


def _status_block(run: dict[str, Any]) -> str:
    status = run["status"]
    if status == "ok":
        return ""
    if status == "running":
        return (
            '<div class="running"><strong>This run has not finished.</strong> If no process '
            "is running it, <code>workbook status</code> on this folder records it as "
            "interrupted.</div>"
        )
    failure = run.get("failure") or {}
    where = escape(str(failure.get("notebook", "")))
    cell = failure.get("cell")
    place = f" in {where}{f', cell {cell}' if cell else ''}" if where else ""
    error = escape(str(failure.get("message") or failure.get("error", "")))
    label = escape(status_label(run)).replace("interrupted", "was interrupted", 1)
    return (
        f'<div class="{escape(status)}"><strong>This run {label}</strong>{place}: '
        f"{error}. Its executed notebook below shows where; the traceback is in "
        '<a href="run.log">run.log</a>.</div>'
    )


def _list(items: list[str], css: str) -> str:
    rows = "".join(f"<li>{escape(item)}</li>" for item in items)
    return f'<ul class="{css}">{rows}</ul>'


def _table_links(run_dir: Path) -> str:
    """Each table: its sortable page (when written), its CSV and what a row is."""
    files = sorted((run_dir / "tables").glob("*.csv")) if (run_dir / "tables").exists() else []
    if not files:
        return "<p>None.</p>"
    rows = []
    for path in files:
        name = escape(path.stem)
        page = path.with_suffix(".html")
        shown = f'<a href="tables/{escape(page.name)}">{name}</a>' if page.exists() else name
        about = catalogue.TABLES[path.stem].description if path.stem in catalogue.TABLES else ""
        rows.append(
            f'<li>{shown} (<a href="tables/{escape(path.name)}">CSV</a>)'
            + (f": {escape(about)}" if about else "")
            + "</li>"
        )
    return f"<ul>{''.join(rows)}</ul>"


def _figures(run_dir: Path) -> str:
    """Each figure, and the sentence that replaced each chart with nothing to show."""
    folder = run_dir / "figures"
    images = sorted(folder.glob("*.png")) if folder.exists() else []
    notes = sorted(folder.glob("*.txt")) if folder.exists() else []
    if not images and not notes:
        return "<p>None.</p>"
    shown = "".join(
        f'<figure><a href="figures/{escape(p.name)}"><img src="figures/{escape(p.name)}" '
        f'alt="{escape(p.stem)}"></a><figcaption>{escape(p.stem.replace("_", " "))}'
        f' (<a href="figures/{escape(p.with_suffix(".svg").name)}">SVG</a>)</figcaption></figure>'
        for p in images
    )
    said = [p.read_text(encoding="utf-8").strip() for p in notes]
    return shown + (_list(said, "notes") if said else "")


def render_index(run_dir: Path, run: dict[str, Any]) -> str:
    """The report's front page: status, findings, warnings, then links to everything."""
    findings = read_findings(run_dir)
    warnings = [f"{w.get('file', '')}: {w.get('message', '')}" for w in run.get("warnings", [])]
    notebooks = "".join(
        f'<li><a href="notebooks/{escape(Path(n["notebook"]).stem)}.html">'
        f"{escape(n['notebook'])}</a> — {escape(n['status'])}, {n['seconds']:.1f} s</li>"
        for n in run.get("notebooks", [])
    )
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'self\'; '
        "script-src 'none'; style-src 'unsafe-inline'\">",
        "<title>Outlet framing report</title>",
        f"<style>{STYLE}</style></head><body>",
        "<h1>How the outlets framed the event</h1>",
        f'<p class="meta">Run {escape(run["started"])} to {escape(run["finished"])}, '
        f"status <strong>{escape(status_label(run))}</strong>, input "
        f"<code>{escape(run['input_dir'])}</code> ({len(run.get('inputs', {}))} files). "
        'Details in <a href="run.json">run.json</a>.</p>',
        _status_block(run),
        "<h2>Findings</h2>",
        _list(findings, "findings")
        if findings and run["status"] == "ok"
        else "<p>No findings (the run did not finish).</p>",
    ]
    if warnings:
        more = len(warnings) - MAX_WARNINGS
        rest = (
            f'<p>... and {more:,} more: <a href="tables/warnings.html">the warnings table</a>.</p>'
            if more > 0
            else ""
        )
        parts += [
            f"<h2>Warnings ({len(warnings):,})</h2>",
            _list(warnings[:MAX_WARNINGS], "warnings") + rest,
        ]
    parts += [
        "<h2>Notebooks</h2>",
        f"<ul>{notebooks}</ul>",
        "<h2>Figures</h2>",
        _figures(run_dir),
        "<h2>Tables</h2>",
        "<p>Each table as a page you can sort and filter, and as CSV with every row.</p>",
        _table_links(run_dir),
        "</body></html>",
    ]
    return "\n".join(part for part in parts if part)


def write_index(run_dir: Path, run: dict[str, Any]) -> Path:
    """Write `index.html` and the table pages it links to."""
    tables.copy_assets(run_dir)
    tables.write_table_pages(run_dir)
    path = run_dir / "index.html"
    atomic_write_text(path, render_index(run_dir, run))
    return path
