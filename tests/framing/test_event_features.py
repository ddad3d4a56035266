"""What each sentence brings to a drafted event frame: its terms, pairs and entities."""

from __future__ import annotations

import pandas as pd

from helpers.base import catalogue
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
