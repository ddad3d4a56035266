"""Whose a quotation is, where the source is a definite organisation noun that stands for
an organisation named just before ("the group said", "the release said"). Hand-written
paragraphs; the expected speakers were decided by reading them."""

from __future__ import annotations


def _speakers(table) -> list[tuple[str, str]]:
    direct = table[table["kind"] == "direct"]
    return list(zip(direct["speaker"], direct["speaker_type"], strict=True))


def test_the_group_is_the_organisation_named_before(quotes_of):
    table = quotes_of(
        [
            "Greenpeace issued a statement on Monday about the new pipeline.",
            "“The river cannot take another spill,” the group said in the statement.",
        ]
    )
    assert _speakers(table) == [("Greenpeace", "organisation")]


def test_the_release_is_its_issuers(quotes_of):
    table = quotes_of(
        [
            "“Travelers should carry enough water,” the State Department said in a release. "
            "“Roads may close without notice,” the release said."
        ]
    )
    assert _speakers(table) == [("State Department", "organisation")] * 2


def test_an_indefinite_or_unprepared_noun_stays_as_written(quotes_of):
    table = quotes_of(
        [
            "Greenpeace issued a statement on Monday about the new pipeline.",
            "“We were never asked,” a group of farmers said.",
            "The weather turned cold on Tuesday.",
            "The rain went on for days.",
            "“The water is rising,” the group said.",
        ]
    )
    # "a group of farmers" is not Greenpeace; nor is "the group" three paragraphs on
    speakers = _speakers(table)
    assert speakers[0][0] != "Greenpeace" and speakers[1] == ("group", "organisation")


def test_the_organisation_whose_name_holds_the_noun_comes_first(quotes_of):
    table = quotes_of(
        [
            "Greenpeace asked the Ohio Parks Department for the rules on Monday.",
            "“The rules are posted online,” the department said.",
        ]
    )
    assert _speakers(table) == [("Ohio Parks Department", "organisation")]


def test_a_description_as_the_last_subject_is_no_organisation_before_it(quotes_of):
    table = quotes_of(
        [
            "While Greenpeace is a small player there, the trade group for the big farms "
            "raised alarms this week. “The river is out of balance,” the group wrote."
        ]
    )
    assert _speakers(table) == [("group", "organisation")]


def test_the_report_stays_as_written(quotes_of):
    table = quotes_of(
        [
            "Greenpeace criticised the pipeline on Monday.",
            "“The pipeline leaked twice,” the report said.",
        ]
    )
    assert _speakers(table) == [("report", "organisation")]


def test_a_group_the_paragraph_described_is_that_group(quotes_of):
    table = quotes_of(
        [
            "Greenpeace organised the walk on Monday.",
            "The coach lined up the group by the river. “We are ready,” the group said.",
        ]
    )
    assert _speakers(table) == [("group", "organisation")]


def test_a_name_holding_the_noun_before_a_description_of_it_is_not_taken(quotes_of):
    table = quotes_of(
        [
            "Acme Farm Group left the market last year.",
            "This week the trade group for the big farms raised alarms. "
            "“The river is out of balance,” the group wrote.",
        ]
    )
    assert _speakers(table) == [("group", "organisation")]
