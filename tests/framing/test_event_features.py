"""What each sentence brings to a drafted event frame: its terms, pairs and entities."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.base import catalogue
from helpers.base.datafiles import DataFileError
from helpers.framing import event_features


def test_a_feature_repeated_across_sentences_is_one_string():
    # Two sentences both say "rescue boat" and name the Red Cross: their features are the
    # same values, and held once each (memory on a large corpus), not once per sentence.
    table = pd.DataFrame(
        {
            "file": ["a.txt", "b.txt"],
            "paragraph": [1, 1],
            "sentence": [1, 1],
            "lemmas": ["rescue boat arrive", "rescue boat leave"],
            "terms": ["rescue boat arrive", "rescue boat leave"],
        }
    )
    mentions = pd.DataFrame(
        [
            (file, "Outlet", 1, 1, 0, 9, "Red Cross", "ORG", "Red Cross", False)
            for file in ("a.txt", "b.txt")
        ],
        columns=catalogue.columns("mentions"),
    )
    _, features = event_features.sentence_features(table, mentions, frozenset())
    assert features[0] == ["rescue", "boat", "arrive", "rescue boat", "boat arrive", "@Red Cross"]
    assert features[1] == ["rescue", "boat", "leave", "rescue boat", "boat leave", "@Red Cross"]
    first, second = features
    assert all(first[k] is second[k] for k in (0, 1, 3, 5))


def test_titles_are_read_as_every_list_file_is(tmp_path):
    # A `#` starts a comment anywhere on a line, as in every one-item-per-line data file:
    # "Dr  # doctor" lists the title "Dr". Two-word titles are no single word to leave out.
    titles = tmp_path / "titles.txt"
    titles.write_text("# titles\nDr  # doctor\nSen.\nVice President\n", encoding="utf-8")
    words = event_features.left_out(str(titles))
    assert {"dr", "sen"} <= words
    assert not {"vice", "president", "doctor", "#"} & words
    assert "monday" in words  # weekdays date an event


def test_a_missing_titles_file_is_a_data_file_error(tmp_path):
    with pytest.raises(DataFileError, match="not found"):
        event_features.left_out(str(tmp_path / "none.txt"))
