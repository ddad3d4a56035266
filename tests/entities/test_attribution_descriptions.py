"""Who said it, on hand-written paragraphs whose expected speaker a
person decided by reading them: unnamed sources. A definite description of one person is
the person the article introduced with that title; an indefinite or plural one is nobody
the article named, and a person who speaks for an organisation is an anonymous source
described as written, not the organisation."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def extract(direct_speakers_of):
    return direct_speakers_of


def test_an_indefinite_description_is_not_the_person_with_that_title(extract):
    found = extract(
        [
            "Democratic strategist Jane Holt opened the meeting in Des Moines.",
            "“The caucus is wide open,” a Democratic strategist said.",
        ]
    )
    assert found == [("Democratic strategist", "anonymous")]


def test_one_of_a_group_is_not_the_member_the_article_named(extract):
    found = extract(
        [
            "Clinton aide John Podesta spoke first.",
            "“It was a long night,” one Clinton aide said.",
        ]
    )
    assert found == [("Clinton aide", "anonymous")]


def test_a_plural_description_is_not_one_of_the_people_it_covers(extract):
    found = extract(
        [
            "House Judiciary Committee Chairman Bob Goodlatte and Senate Judiciary Committee "
            "Chairman Chuck Grassley asked for the files.",
            "“The evidence is clear,” the committee chairmen wrote in their letter.",
        ]
    )
    assert found == [("committee chairmen", "anonymous")]


def test_a_definite_description_is_still_the_person_with_that_title(extract):
    found = extract(
        [
            "Russian Foreign Minister Sergei Lavrov arrived in Washington on Monday.",
            "“The expulsion is pitiful,” the minister said.",
        ]
    )
    assert found == [("Sergei Lavrov", "person")]


def test_a_spokesman_of_an_organisation_is_an_anonymous_source_not_the_organisation(extract):
    found = extract(
        [
            "Senator Ron Wyden asked the company to act.",
            "“Violent threats have no place on Twitter,” a Twitter spokesman said.",
        ]
    )
    assert found == [("Twitter spokesman", "anonymous")]


def test_a_title_written_short_before_a_name_is_the_title_of_a_later_description(extract):
    found = extract(
        [
            "Former New Jersey Governor Christine Todd Whitman criticised the endorsement.",
            "New Jersey Gov. Chris Christie defended his endorsement on his radio show.",
            "“I've known him personally for 14 years,” the governor said.",
        ]
    )
    assert found == [("Chris Christie", "person")]


def test_of_two_people_with_the_title_a_description_is_the_one_named_last(extract):
    found = extract(
        [
            "Sen. Ted Cruz leads the polls in Iowa.",
            "Sen. Rand Paul has released a video that attacks him.",
            "Ted Cruz answered his critics at a rally in Des Moines on Monday night.",
            "“I will not apologise for securing our borders,” the senator said.",
        ]
    )
    assert found == [("Ted Cruz", "person")]


def test_a_name_in_apposition_that_the_parse_hangs_on_a_phrase_before_it_speaks(extract):
    found = extract(
        [
            "Hillary Clinton stands behind the president's opposition to Brexit.",
            "In a statement to the Observer, her senior policy adviser, Jake Sullivan, said: "
            "“Hillary Clinton believes that transatlantic cooperation is essential.”",
        ]
    )
    assert found == [("Jake Sullivan", "person")]
