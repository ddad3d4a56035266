"""Speakers read from the order of the words after a quotation: a long title between the
inverted speech verb and the name. Hand-written paragraphs; the expected speakers were
decided by reading them."""

from __future__ import annotations


def _speakers(table) -> list[str]:
    return table[table["kind"] == "direct"]["speaker"].tolist()


def test_a_long_title_before_the_name_after_said(quotes_of):
    table = quotes_of(
        [
            "“The next outbreak will find us unprepared,” said WHO specialist in tropical "
            "diseases Dr. Maren Ostby. “We have warned about it for years,” said Ostby."
        ]
    )
    assert _speakers(table) == ["Maren Ostby", "Maren Ostby"]


def test_a_name_after_a_preposition_is_not_the_speaker(quotes_of):
    table = quotes_of(
        [
            "Maren Ostby met the families on Monday.",
            "“We will appeal the ruling,” said a lawyer for the family of Dr. Maren Ostby.",
        ]
    )
    assert _speakers(table) != ["Maren Ostby"]
