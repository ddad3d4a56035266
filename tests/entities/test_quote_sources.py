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
    assert _speakers(table) == [("group of farmers", "organisation"), ("group", "organisation")]


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


def test_the_group_is_no_organisation_of_another_kind_with_another_named_after_it(quotes_of):
    # found in review 19a: the FBI is no group; the group threatened, named after it, is as
    # likely the one that speaks, so the noun stays as written
    table = quotes_of(
        [
            "The FBI arrested a man who had threatened the Anti-Defamation League. "
            "“We are grateful to law enforcement,” the group said."
        ]
    )
    assert _speakers(table) == [("group", "organisation")]


def test_the_group_is_the_subject_not_the_organisation_it_acts_on(quotes_of):
    table = quotes_of(
        [
            "The Sierra Club sued the EPA on Monday over the new rule. "
            "“The rule is unlawful,” the group said."
        ]
    )
    assert _speakers(table) == [("Sierra Club", "organisation")]


def test_of_two_names_holding_the_noun_the_subjects_comes_first(quotes_of):
    # found in review 19a: the accuser goes on speaking
    table = quotes_of(
        [
            "The Labour Party accused the Conservative Party of lying about the budget. "
            "“The public deserves the truth,” the party said."
        ]
    )
    assert _speakers(table) == [("Labour Party", "organisation")]


def test_of_two_names_holding_the_noun_in_two_sentences_the_latest_comes_first(quotes_of):
    # found in review 20a: the winner does not challenge its own win; Labour, just named, does
    table = quotes_of(
        [
            "The Conservative Party won the vote on Monday.",
            "Tom Reyes of the Labour Party called the count a fraud. "
            "“We will challenge it in court,” the party said.",
        ]
    )
    assert _speakers(table)[-1] == ("Labour Party", "organisation")


def test_an_organisation_the_quotation_names_leaves_the_group_to_the_one_before(quotes_of):
    # found on news-2000: the group speaks of the EPA, it is not the EPA
    table = quotes_of(
        [
            "The Sierra Club met on Monday in Denver.",
            "“The EPA has ignored us for years,” the group said.",
        ]
    )
    assert _speakers(table) == [("Sierra Club", "organisation")]


def test_an_organisation_the_subject_tells_leaves_the_group_to_the_subject(quotes_of):
    # found on news-2000: the foundation tells a station; the station is no group that speaks
    table = quotes_of(
        [
            "The Ferris Foundation did not want to comment, telling the Daily Star that it "
            "was focused on its work.",
            "“We are laser focused on our mission,” the group said.",
        ]
    )
    assert _speakers(table) == [("Ferris Foundation", "organisation")]
