"""The report's front page and the notebooks' HTML, on a small hand-made run folder."""

from __future__ import annotations

import nbformat
import pandas as pd

from helpers.base import outputs
from helpers.report import page

RUN = {
    "status": "ok",
    "started": "2026-12-06T06:00:00+00:00",
    "finished": "2026-12-06T06:01:00+00:00",
    "input_dir": "/data/<articles>",
    "inputs": {"a.txt": "0" * 64, "manifest.csv": "1" * 64},
    "notebooks": [{"notebook": "01_clean.ipynb", "status": "ok", "seconds": 3.25}],
    "warnings": [{"stage": "01_clean", "file": "a.txt", "message": "has <b>no</b> headline"}],
}


def run_folder(tmp_path):
    outputs.write_table(
        pd.DataFrame({"finding": ["CNN quotes <Lavrov> most: 3 quote(s), 40 words."]}),
        tmp_path,
        "findings",
    )
    (tmp_path / "figures").mkdir()
    (tmp_path / "figures" / "voice_share.png").write_bytes(b"\x89PNG")
    return tmp_path


def test_the_front_page_puts_findings_first_and_escapes_article_text(tmp_path):
    html = page.render_index(run_folder(tmp_path), RUN)
    assert html.index("<h2>Findings</h2>") < html.index("<h2>Warnings (1)</h2>")
    assert "CNN quotes &lt;Lavrov&gt; most" in html and "<Lavrov>" not in html
    assert "a.txt: has &lt;b&gt;no&lt;/b&gt; headline" in html
    assert "/data/&lt;articles&gt;</code> (2 files)" in html
    assert '<a href="notebooks/01_clean.html">01_clean.ipynb</a> — ok, 3.2 s' in html
    assert '<img src="figures/voice_share.png"' in html
    assert (
        '<li>findings (<a href="tables/findings.csv">CSV</a>): the findings, plain sentences,'
        in html
    )
    assert "This run" not in html  # no failure block on a good run


def test_a_failed_run_says_where_it_failed(tmp_path):
    failed = RUN | {
        "status": "failed",
        "failure": {"notebook": "02_entities.ipynb", "cell": 4, "error": "ValueError: bad <x>"},
    }
    html = page.render_index(tmp_path, failed)
    assert (
        "<strong>This run failed</strong> in 02_entities.ipynb, cell 4: ValueError: bad &lt;x&gt;"
        in html
    )
    assert "No findings (the run did not finish)." in html


def test_the_page_forbids_scripts_from_anywhere(tmp_path):
    html = page.render_index(tmp_path, RUN)
    assert "script-src 'none'" in html and "<script" not in html


def test_notebooks_are_exported_without_their_code(tmp_path):
    notebook = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_markdown_cell("# Cleaning"),
            nbformat.v4.new_code_cell(
                "secret_variable = 41 + 1\nprint(secret_variable)",
                outputs=[nbformat.v4.new_output("stream", name="stdout", text="42\n")],
            ),
        ]
    )
    (tmp_path / "notebooks").mkdir()
    nbformat.write(notebook, tmp_path / "notebooks" / "01_clean.ipynb")
    (written,) = page.export_notebooks(tmp_path)
    html = written.read_text(encoding="utf-8")
    assert written.name == "01_clean.html"
    assert "Cleaning" in html and "42" in html
    assert "secret_variable" not in html


def test_the_front_page_lists_the_first_100_warnings_and_points_to_the_rest(tmp_path):
    warnings = [
        {"stage": "01_clean", "file": f"{n:03d}.txt", "message": "not valid UTF-8"}
        for n in range(250)
    ]
    html = page.render_index(run_folder(tmp_path), RUN | {"warnings": warnings})
    assert "<h2>Warnings (250)</h2>" in html
    assert "<li>099.txt: not valid UTF-8</li>" in html
    assert "100.txt" not in html
    assert '... and 150 more: <a href="tables/warnings.html">' in html
