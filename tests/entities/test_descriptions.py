"""Unnamed sources on small hand-made sentences: which descriptions stand for many or for
someone indefinite, and what an organisation before a noun makes of the source."""

from __future__ import annotations

import pytest

from helpers.base.datafiles import DataFileError
from helpers.entities import descriptions


def _subject(doc):
    return next(t for t in doc if t.dep_ == "nsubj")


@pytest.mark.parametrize(
    ("text", "many"),
    [
        ("A senior official said it was over.", True),
        ("One Clinton aide said it was over.", True),
        ("Another strategist said it was over.", True),
        ("The committee chairmen said it was over.", True),
        ("The minister said it was over.", False),
        ("The former president said it was over.", False),
    ],
)
def test_indefinite_and_plural_descriptions(spacy_pipeline, text, many):
    assert descriptions.of_many(_subject(spacy_pipeline(text))) is many


def test_an_organisation_before_an_organisation_noun_is_the_organisation(spacy_pipeline):
    doc = spacy_pipeline("The Gazprom board said it was over.")
    entities = {(0, 1): ("Gazprom", "ORG")}
    assert descriptions.unnamed_source(_subject(doc), 0, entities) == ("Gazprom", "organisation")


def test_an_organisation_before_any_other_noun_is_part_of_an_anonymous_source(spacy_pipeline):
    doc = spacy_pipeline("A Gazprom engineer said it was over.")
    entities = {(0, 1): ("Gazprom", "ORG")}
    assert descriptions.unnamed_source(_subject(doc), 0, entities) == (
        "Gazprom engineer",
        "anonymous",
    )


def test_an_abbreviated_title_is_the_word_it_stands_for(spacy_pipeline):
    doc = spacy_pipeline("Gov. Chris Christie and Sen. Ted Cruz met former Gen. Ray Odierno.")
    assert descriptions.title_words(doc) >= {"governor", "senator", "general", "former"}
    assert "gov" not in descriptions.title_words(doc)


def test_title_abbreviation_file_errors_name_the_line(tmp_path):
    path = tmp_path / "short.txt"
    path.write_text("# titles\nGov: governor\nSen. senator\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"short.txt, line 3: 'Sen. senator'"):
        descriptions.title_abbreviations(path)


def test_person_noun_file_errors_name_the_line(tmp_path):
    path = tmp_path / "people.txt"
    path.write_text("# nouns\nwoman f\nDelegate\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"people.txt, line 3: 'Delegate'"):
        descriptions.person_nouns(path)
    path.write_text("voter x\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"people.txt, line 1: 'voter x'"):
        descriptions.person_nouns(path)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # "percent" alone was the commonest anonymous source in 2,000 real articles.
        (
            "About 40 percent of likely voters said the economy came first.",
            "percent of likely voters",
        ),
        ("A majority of Democrats said they trusted her.", "majority of Democrats"),
        ("The head of the agency said it would close.", "head of the agency"),
        ("A spokesman for the ministry said it would close.", "spokesman"),
    ],
)
def test_a_description_keeps_its_of_phrase(spacy_pipeline, text, written):
    assert descriptions.unnamed_source(_subject(spacy_pipeline(text)), 0, {}) == (
        written,
        "anonymous",
    )


def test_a_description_is_written_as_the_text_spaces_it(spacy_pipeline):
    doc = spacy_pipeline("The chairwoman of Florida's Hillsborough County GOP said it was over.")
    assert descriptions.unnamed_source(_subject(doc), 0, {})[0] == (
        "chairwoman of Florida's Hillsborough County GOP"
    )


def test_the_nouns_that_describe_a_person_come_from_the_title_lists():
    titles = descriptions.person_titles()
    assert {"president", "general", "minister", "governor", "spokesman"} <= titles
    assert "state" not in titles  # "Secretary of State" gives "secretary"
    assert "secretary" in titles
