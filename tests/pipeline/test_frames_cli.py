"""`workbook frames train` on a tiny coded file: scores printed and saved, the model stored."""

from __future__ import annotations

from helpers.base import paths
from helpers.framing import frame_model
from helpers.pipeline import cli

CODED = """text,frames
The tax rise hits the budget and wages.,Economic
Budget cuts and a new tax on wages.,Economic
Wages fall as the tax bill grows.,Economic
A budget deficit forces a tax debate.,Economic
Troops fire missiles at the border.,Security
Missiles and troops gather near the border.,Security
The army sends troops after missile strikes.,Security
Border troops report missile launches.,Security
"""


def test_training_on_a_coded_file_prints_saves_and_stores(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(paths, "MODELS_DIR", tmp_path / "models")
    coded = tmp_path / "my_frames.csv"
    coded.write_text(CODED, encoding="utf-8")
    assert cli.main(["frames", "train", "--coded", str(coded), "--folds", "4"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("4-fold cross-validation on 8 texts")
    assert "Economic" in out and "(macro)" in out
    folder = tmp_path / "models" / "my_frames"
    assert (folder / "cross_validation.csv").read_text().startswith("frame,support,predicted,")
    model = frame_model.load(folder)
    assert model.frames == ("Economic", "Security")
    assert model.codebook == "my_frames" and model.about["texts"] == 8
    assert set(model.about["cross_validation"]) == {"folds", "micro_f1", "macro_f1"}


def test_frames_outside_the_named_codebook_are_refused(tmp_path, capsys):
    coded = tmp_path / "coded.csv"
    coded.write_text(CODED, encoding="utf-8")
    arguments = ["frames", "train", "--coded", str(coded), "--codebook", "generic"]
    assert cli.main([*arguments, "--output", str(tmp_path / "m")]) == 2
    assert "frames ['Security'] are not in codebook generic" in capsys.readouterr().err


def test_a_missing_semeval_folder_is_an_error_naming_it(tmp_path, capsys):
    assert cli.main(["frames", "train", "--semeval", str(tmp_path / "none")]) == 2
    assert "no train-articles-subtask-2/" in capsys.readouterr().err
