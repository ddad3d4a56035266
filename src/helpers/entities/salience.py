"""How prominent each entity is in each outlet's coverage: the `entities` table, from the
merged mentions (`identities.merge_identities`) and the paragraphs' words."""

from __future__ import annotations

import pandas as pd

from helpers.base import catalogue
from helpers.base.sentence_table import HEADLINE
from helpers.base.text import word_count


def entity_salience(
    mentions: pd.DataFrame, paragraphs: pd.DataFrame, include_attributive: bool = True
) -> pd.DataFrame:
    """How prominent each entity is in each outlet's coverage (columns: the `entities` table in the catalogue).

    mentions and per_1000_words count story paragraphs (not the headline); share is of the
    outlet's PERSON mentions for a person, of its mentions with the same label otherwise;
    first_paragraph is the earliest paragraph naming the entity in any of the outlet's
    articles (0 = the headline, 1 = the lead).
    """
    if not include_attributive:
        mentions = mentions[~mentions["attributive"].astype(bool)]
    words = paragraphs.groupby("outlet")["text"].agg(lambda texts: sum(map(word_count, texts)))
    body = mentions[mentions["paragraph"] > HEADLINE]
    table = body.groupby(["outlet", "entity", "label"]).size().rename("mentions").reset_index()
    table["per_1000_words"] = 1000 * table["mentions"] / table["outlet"].map(words)
    table["share"] = table["mentions"] / table.groupby(["outlet", "label"])["mentions"].transform(
        "sum"
    )
    first = mentions.groupby(["outlet", "entity"])["paragraph"].min().rename("first_paragraph")
    table = table.join(first, on=["outlet", "entity"])
    table = table.sort_values(["outlet", "mentions", "entity"], ascending=[True, False, True])
    return table[catalogue.columns("entities")].reset_index(drop=True)
