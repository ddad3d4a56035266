"""Names in a headline, looked up from the article's own names."""

from __future__ import annotations

import pandas as pd

from helpers.base import catalogue
from helpers.entities import headline_names


def test_a_person_named_only_by_a_suffix_is_still_looked_up_in_the_headline():
    # Found in a real corpus: a person entity "Jr." (every word a suffix) has no surname.
    row = ("a.txt", "Alpha", 2, 1, 0, 3, "Jr.", "PERSON", "Jr.", False)
    mentions = pd.DataFrame([row], columns=catalogue.columns("mentions"))
    found = headline_names.headline_mentions(mentions, {"a.txt": "What Jr. said"})
    assert list(found[["paragraph", "start", "end", "entity"]].itertuples(index=False)) == [
        (0, 5, 8, "Jr.")
    ]
