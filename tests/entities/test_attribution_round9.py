"""Who said it, round nine of issue 15, on hand-written paragraphs whose expected speaker a
person decided by reading them: unnamed sources (organisations, descriptions and what they
issue) that were forced onto a person or left unattributed."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def extract(direct_speakers_of):
    return direct_speakers_of


def test_the_campaign_is_not_the_person_the_article_calls_its_campaign_manager(extract):
    found = extract(
        [
            "Sanders campaign manager Jeff Weaver spoke to reporters on Monday.",
            "Even before Sanders took the stage, his campaign sent out a text message to "
            "supporters: “With your help, we were just declared the winner in New Hampshire!”",
        ]
    )
    assert found == [("campaign", "organisation")]
