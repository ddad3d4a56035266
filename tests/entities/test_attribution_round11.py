"""Who said it, round eleven of issue 15, on hand-written paragraphs whose expected speaker a
person decided by reading them: the he/she words about someone described, not named, are
no evidence of the gender of the person named beside them."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def extract(direct_speakers_of):
    return direct_speakers_of


def test_a_his_about_a_description_does_not_make_the_named_woman_a_he(extract):
    found = extract(
        [
            "The general stumped for Maria Santos in Iowa on Veterans Day, and the campaign "
            "has touted his endorsement on its website.",
            "In a statement on Thursday, Santos spokesman Tom Becker said, “Maria has always "
            "opposed any ban of that kind.”",
            "On Wednesday, Santos criticised the plan of Paul Ryan in an email to supporters.",
            "“Now is the time for all of us to stand up to hateful words,” she said.",
        ]
    )
    assert found == [("Tom Becker", "person"), ("Maria Santos", "person")]
