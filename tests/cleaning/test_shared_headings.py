"""A short line a few articles of a small outlet share is a subheading only where it heads
the paragraph under it in every copy. Expected values decided by reading the texts."""

from __future__ import annotations

from helpers.base.text import match_key
from helpers.cleaning.shared_headings import shared_headings

FIRST = (
    "Strike at the port",
    "Harbour bridge",
    "Work on the harbour bridge has stopped as well, since its crews belong to the union.",
    "Local politics",
    "The mayor said the local council had no say in the strike, which the union called.",
)
SECOND = (
    "Talks resume",
    "Harbour bridge",
    "The bridge's crews will return on Monday whatever the vote, the company said.",
    "Local politics",
    "Council members said they would meet the union's leaders again next week.",
)


def test_a_line_heading_its_paragraph_in_every_copy_is_a_heading():
    found = shared_headings([("Gazette", FIRST), ("Gazette", SECOND)])
    assert ("Gazette", match_key("Harbour bridge")) in found
    # "local" is taken up under the first copy only.
    assert ("Gazette", match_key("Local politics")) not in found
    # Outlets are apart: the other outlet's copy is no evidence.
    assert ("Herald", match_key("Harbour bridge")) not in found


def test_empty_articles_and_a_last_line_read_without_error():
    found = shared_headings(
        [("Gazette", ()), ("Gazette", ("", "  ")), ("Gazette", ("Harbour bridge",))]
    )
    assert found == set()
