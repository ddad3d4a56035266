"""Reading articles: an input folder's files, their warnings, the optional manifest."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from helpers.base import corpus


def test_files_missing_from_the_manifest_get_an_outlet_from_their_name(tmp_path):
    (tmp_path / "manifest.csv").write_text("file,outlet,title,published,url\na.txt,Outlet A,,,\n")
    (tmp_path / "a.txt").write_text("Story.\n")
    (tmp_path / "the_daily-news.txt").write_text("Story.\n")
    read = corpus.read_corpus(tmp_path)
    assert [a.outlet for a in read.articles] == ["Outlet A", "the daily news"]
    assert [str(w) for w in read.warnings] == [
        "the_daily-news.txt: not listed in manifest.csv; outlet taken from file name: 'the daily news'"
    ]


def test_manifest_problems_are_warned_about_and_survived(tmp_path):
    (tmp_path / "manifest.csv").write_text(
        "file,outlet,published,extra\n"
        "a.txt,Outlet A,2017-05-10,x\n"
        "a.txt,Outlet B,,\n"
        "gone.txt,Outlet C,,\n"
        "b.txt,Outlet D,10/05/2017,\n"
    )
    (tmp_path / "a.txt").write_text("Story.\n")
    (tmp_path / "b.txt").write_bytes("Caf\u00e9 story.".encode("cp1252"))
    read = corpus.read_corpus(tmp_path)
    messages = [str(w) for w in read.warnings]
    assert "manifest.csv: missing column(s) title, url; treated as empty" in messages
    assert "manifest.csv: extra column(s) extra ignored" in messages
    assert "manifest.csv: line 3 repeats a.txt; first row kept" in messages
    assert (
        "manifest.csv: line 4 lists gone.txt, which is not in the folder; row ignored "
        "(check the name's spelling against the folder's files)"
    ) in messages
    assert any("line 5: published date '10/05/2017' is not YYYY-MM-DD" in m for m in messages)
    assert "b.txt: not valid UTF-8; decoded as cp1252" in messages
    a, b = read.articles
    assert (a.outlet, a.published) == ("Outlet A", "2017-05-10")
    assert (b.outlet, b.published, b.lines) == ("Outlet D", "", ("Café story.",))


def test_binary_and_empty_files_are_reported_and_the_rest_is_read(tmp_path):
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "story.txt").write_text("A story.\n")
    read = corpus.read_corpus(tmp_path)
    assert [a.file for a in read.articles] == ["empty.txt", "story.txt"]
    messages = [str(w) for w in read.warnings]
    assert any(
        m.startswith("image.txt: looks like a binary file") and "skipped" in m for m in messages
    )
    assert any(m.startswith("empty.txt: has no text") for m in messages)


def test_manifest_paths_leaving_the_folder_are_refused_by_name_and_never_touched(
    tmp_path, monkeypatch
):
    folder = tmp_path / "articles"
    folder.mkdir()
    (tmp_path / "secret.txt").write_text("Not an article of this corpus.\n")
    (folder / "a.txt").write_text("Story.\n")
    (folder / "sub").mkdir()
    (folder / "sub" / "b.txt").write_text("Another story.\n")
    secret = tmp_path / "secret.txt"
    (folder / "manifest.csv").write_text(
        "file,outlet,title,published,url\n"
        "a.txt,Outlet A,,,\n"
        "../secret.txt,Outlet S,,,\n"
        f"{secret},Outlet T,,,\n"
        "sub/b.txt,Outlet B,,,\n"
    )
    touched = []
    for name in ("is_file", "exists", "read_bytes", "open", "stat"):
        real = getattr(Path, name)

        def spy(self, *args, real=real, **kwargs):
            touched.append(Path(os.path.abspath(self)))
            return real(self, *args, **kwargs)

        monkeypatch.setattr(Path, name, spy)
    read = corpus.read_corpus(folder)
    monkeypatch.undo()
    messages = [str(w) for w in read.warnings]
    refusal = "which is outside the input folder; refused (never read)"
    assert f"manifest.csv: line 3 names ../secret.txt, {refusal}" in " ".join(messages)
    assert f"manifest.csv: line 4 names {secret}, {refusal}" in " ".join(messages)
    assert any(
        m.startswith("manifest.csv: line 5 lists sub/b.txt, which is not in") for m in messages
    )
    assert [a.file for a in read.articles] == ["a.txt"]
    assert secret not in touched
    assert all(folder in path.parents or path == folder for path in touched), touched


def test_an_unreadable_folder_is_an_input_error_and_an_unreadable_file_is_skipped(
    tmp_path, monkeypatch
):
    (tmp_path / "a.txt").write_text("Story.\n")
    (tmp_path / "b.txt").write_text("Locked story.\n")
    real_read = Path.read_bytes

    def locked(self):
        if self.name == "b.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", locked)
    read = corpus.read_corpus(tmp_path)
    assert [a.file for a in read.articles] == ["a.txt"]
    assert "b.txt: cannot be read (Permission denied); file skipped" in [
        str(w) for w in read.warnings
    ]

    def refuse(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "iterdir", refuse)
    with pytest.raises(corpus.InputError, match=r"cannot be read \(Permission denied\); give"):
        corpus.article_files(tmp_path)


def test_missing_folder_and_folder_without_txt_are_input_errors(tmp_path):
    with pytest.raises(corpus.InputError, match="does not exist"):
        corpus.article_files(tmp_path / "missing")
    with pytest.raises(corpus.InputError, match="no .txt article files"):
        corpus.article_files(tmp_path)


def test_a_spreadsheet_manifest_with_semicolons_and_capitalised_headers_is_read(tmp_path):
    # Excel in a locale whose decimal mark is a comma saves "CSV" with semicolons
    (tmp_path / "manifest.csv").write_text(
        "\ufeffFile;Outlet;Title;Published\na.txt;Le Monde;Un titre, avec virgule;2017-05-10\n"
    )
    (tmp_path / "a.txt").write_text("Story.\n")
    read = corpus.read_corpus(tmp_path)
    (article,) = read.articles
    assert (article.outlet, article.title, article.published) == (
        "Le Monde",
        "Un titre, avec virgule",
        "2017-05-10",
    )
    assert [str(w) for w in read.warnings] == [
        "manifest.csv: missing column(s) url; treated as empty"
    ]


def test_a_manifest_without_a_file_column_is_ignored_naming_the_columns_it_has(tmp_path):
    (tmp_path / "manifest.csv").write_text("name,source\na.txt,X\n")
    (tmp_path / "a.txt").write_text("Story.\n")
    messages = [str(w) for w in corpus.read_corpus(tmp_path).warnings]
    assert (
        "manifest.csv: has no 'file' column (its columns: 'name', 'source'); manifest ignored"
        in messages
    )


def test_articles_in_subfolders_are_named_not_silently_dropped(tmp_path):
    for path in ("cnn/one.txt", "cnn/two.txt", "fox/2017/three.txt", "fox/notes.md"):
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text("Story.\n")
    (tmp_path / "empty").mkdir()
    with pytest.raises(corpus.InputError) as raised:
        corpus.article_files(tmp_path)
    assert (
        "has no .txt article files of its own; its subfolders hold some (cnn/: 2, fox/: 1)"
        in str(raised.value)
    )
    (tmp_path / "top.txt").write_text("Story.\n")
    read = corpus.read_corpus(tmp_path)
    assert [a.file for a in read.articles] == ["top.txt"]
    assert [str(w) for w in read.warnings if w.file.endswith("/")] == [
        "cnn/: a subfolder holding 2 .txt file(s), not read: only the input folder's own files are",
        "fox/: a subfolder holding 1 .txt file(s), not read: only the input folder's own files are",
    ]


def test_a_folder_without_a_manifest_gets_one_warning_not_one_per_file(tmp_path):
    (tmp_path / "cnn_2017-05-10.txt").write_text("Story.\n")
    (tmp_path / "fox.txt").write_text("Story.\n")
    read = corpus.read_corpus(tmp_path)
    assert [a.outlet for a in read.articles] == ["cnn 2017 05 10", "fox"]
    assert [str(w) for w in read.warnings] == [
        "manifest.csv: not found: each article's outlet is taken from its file name "
        "('cnn 2017 05 10' for cnn_2017-05-10.txt); a manifest.csv with columns file and "
        "outlet groups the articles by outlet"
    ]
