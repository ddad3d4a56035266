"""Who said it, on hand-written texts whose speakers a person decided by reading them:
titles and ranks written before a name are no part of it."""

from __future__ import annotations


def test_a_rank_written_with_its_ordinal_names_the_person_after_it(quotes_of):
    # "1st Lt." is a rank written before the name; the parse takes "1st" for the subject.
    found = quotes_of(
        [
            "Soldiers at the base were asked about the race.",
            '"I was hoping we would see something else," said Air Force 1st Lt. Tyler Livingston.',
        ]
    )
    assert found["speaker"].tolist() == ["Tyler Livingston"]


def test_clergy_titles_are_no_part_of_the_name(quotes_of):
    # "Maulana" and "Monsignor" are clergy titles, like "Imam" and "Rev.".
    found = quotes_of(
        [
            '"We pray for the victims," Maulana Shafayat Mohamed said on Sunday.',
            '"The church will help the families," Monsignor Peter Ricca said.',
        ]
    )
    assert found["speaker"].tolist() == ["Shafayat Mohamed", "Peter Ricca"]
