"""The table catalogue: one entry per table a run writes, with typed columns."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.base import catalogue
from helpers.pipeline import run


def test_every_table_is_written_by_one_of_the_notebooks_and_names_its_columns_once():
    notebooks = {name.removesuffix(".ipynb") for name in run.NOTEBOOKS}
    for name, table in catalogue.TABLES.items():
        assert table.name == name and table.notebook in notebooks, name
        assert table.description, name
        assert len(set(table.column_names)) == len(table.column_names), name


def test_columns_come_in_order_with_their_types():
    assert catalogue.columns("voice_share") == [
        "outlet", "speaker", "quotes", "words", "quote_share", "word_share",
    ]  # fmt: skip
    types = dict(catalogue.table("mentions").columns)
    assert (types["file"], types["start"], types["attributive"]) == ("str", "int", "bool")


def test_an_empty_table_is_typed_so_it_joins_full_ones_without_turning_to_object():
    empty = catalogue.table("quotes").empty()
    assert empty.empty and list(empty.columns) == catalogue.columns("quotes")
    assert str(empty["paragraph"].dtype) == "int64"
    full = pd.DataFrame(
        [["a.txt", "A", 1, 2, "q", "s", "person", "direct", "say", 1]], columns=empty.columns
    )
    assert str(pd.concat([empty, full])["words"].dtype) == "int64"


def test_an_unknown_table_is_an_error_that_lists_the_known_ones():
    with pytest.raises(KeyError, match="no table 'quote'.*known: lines, paragraphs"):
        catalogue.table("quote")
