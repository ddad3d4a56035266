"""Reading SemEval-2023 Task 3's layout from a folder or a git commit, on a tiny fake copy
written here (the real data may not be redistributed, and CI cannot fetch it)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from helpers.framing import frame_training
from helpers.framing.frame_training import TrainingDataError

LABELS = "1\tEconomic,Political\n2\tSecurity_and_defense\n"


def _fake_copy(root: Path) -> Path:
    base = root / "data" / "en"
    (base / "train-articles-subtask-2").mkdir(parents=True)
    (base / "train-articles-subtask-2" / "article1.txt").write_text("Tax\n\nTaxes rose.\n")
    (base / "train-articles-subtask-2" / "article2.txt").write_text("War\n\nTroops moved.\n")
    (base / "train-labels-subtask-2.txt").write_text(LABELS)
    # A dev split beside it must never be read: its labels file is not even valid.
    (base / "dev-articles-subtask-2").mkdir()
    (base / "dev-articles-subtask-2" / "article9.txt").write_text("Secret\n")
    (base / "dev-labels-subtask-2.txt").write_text("9\tNot_a_frame\n")
    return root


def test_the_mapping_file_names_the_generic_codebooks_frames():
    spec = frame_training.load_semeval_spec()
    assert spec.name == "generic" and spec.codebook == "generic"
    assert len(spec.labels) == 14
    assert spec.labels["Security_and_defense"] == "Security and defence"
    assert "may not be redistributed" in spec.about["licence"]["terms"]


def test_read_from_a_folder(tmp_path):
    spec = frame_training.load_semeval_spec()
    data = frame_training.read_semeval(_fake_copy(tmp_path), spec)
    assert data.ids == ["article1.txt", "article2.txt"]
    assert data.texts[1] == "War\n\nTroops moved.\n"
    row = dict(zip(data.frames, data.labels[0], strict=True))
    assert row["Economic"] == 1 and row["Political"] == 1 and sum(row.values()) == 2
    assert data.labels[1, data.frames.index("Security and defence")] == 1


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_read_from_a_git_commit(tmp_path):
    repository = _fake_copy(tmp_path / "repo")
    run = ["git", "-C", str(repository)]
    subprocess.run([*run, "init", "-q"], check=True)
    subprocess.run([*run, "add", "."], check=True)
    subprocess.run(
        [*run, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "data"], check=True
    )
    commit = subprocess.run([*run, "rev-parse", "HEAD"], capture_output=True, text=True).stdout
    # Later commits removed the data, as in the public copy: the commit still has it.
    shutil.rmtree(repository / "data")
    spec = frame_training.load_semeval_spec()
    data = frame_training.read_semeval(repository, spec, commit.strip())
    assert data.ids == ["article1.txt", "article2.txt"]
    assert data.texts[0] == "Tax\n\nTaxes rose.\n"
    with pytest.raises(TrainingDataError, match="git rev-parse|git ls-tree"):
        frame_training.read_semeval(repository, spec, "0" * 40)


def test_unknown_labels_and_missing_folders_are_named(tmp_path):
    mapping = frame_training.load_semeval_spec().labels
    with pytest.raises(
        TrainingDataError, match=r"labels.txt line 2: unknown label\(s\) \['Nope'\]"
    ):
        frame_training.semeval_labels("1\tPolitical\n2\tNope\n", "labels.txt", mapping)
    with pytest.raises(TrainingDataError, match="no train-articles-subtask-2/"):
        frame_training.read_semeval(tmp_path, frame_training.load_semeval_spec())
