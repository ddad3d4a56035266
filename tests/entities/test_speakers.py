"""Speakers on small hand-made sentences: who speaks, and whom a pronoun, a description or
an organisation stands for."""

from __future__ import annotations

import pytest

from helpers.base.datafiles import DataFileError
from helpers.entities import candidates, descriptions, speakers, subjects
from helpers.entities.speakers import UNATTRIBUTED, ArticleContext


def _verb(doc):
    return next(t for t in doc if t.lemma_ in ("say", "accord"))


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Lavrov said the expulsion was pitiful.", "Lavrov"),
        ("A senior official said it was over.", "official"),
        ("The State Department said it was over.", "Department"),
    ],
)
def test_the_subject_of_a_speech_verb(spacy_pipeline, text, subject):
    doc = spacy_pipeline(text)
    assert subjects.subject_of(_verb(doc), set()).text == subject


def test_according_to_names_its_source(spacy_pipeline):
    doc = spacy_pipeline('"We are ready to help," according to the fund.')
    quoted = [t for t in doc if 1 <= t.idx < 19 and not t.is_punct]
    assert speakers.according_to(doc, quoted, {t.i for t in quoted}).text == "fund"


def test_a_pronoun_is_the_last_main_subject_of_its_gender(spacy_pipeline):
    article = ArticleContext(
        subjects=[((0, 0), "Simon Bridges"), ((0, 6), "Jacinda Ardern")],
        gender={"Simon Bridges": "m", "Jacinda Ardern": "f"},  # a "Mr" and a "Ms"
    )
    for text, name, kind in [
        ("She said no.", "Jacinda Ardern", "person"),
        ("He said no.", "Simon Bridges", "person"),
        ("They said no.", UNATTRIBUTED, UNATTRIBUTED),
    ]:
        doc = spacy_pipeline(text)
        assert speakers.stands_for(article, 1, doc[0]) == (name, kind), text


def test_a_pronoun_may_stand_for_the_source_of_according_to(spacy_pipeline):
    doc = spacy_pipeline("According to Ardern, the buyback could cost more.")
    article = ArticleContext(
        subjects=[((0, 0), "Mike Bush")], entity_at={(1, 2): ("Jacinda Ardern", "PERSON")}
    )
    candidates.add_subjects(article, 1, doc, set())
    assert speakers.stands_for(article, 2, spacy_pipeline("She said no.")[0]) == (
        "Jacinda Ardern",
        "person",
    )


def test_a_description_is_the_person_with_that_title(spacy_pipeline):
    named = spacy_pipeline("Russian Foreign Minister Sergei Lavrov arrived in Washington.")
    start = named.text.index("Sergei Lavrov")
    article = ArticleContext()
    candidates.index_mentions(article, 0, named, [(start, start + 13, "Sergey Lavrov", "PERSON")])
    doc = spacy_pipeline("The Russian minister said the expulsion was pitiful.")
    subject = subjects.subject_of(_verb(doc), set())
    assert speakers.stands_for(article, 1, subject) == ("Sergey Lavrov", "person")


def test_organisations_and_unnamed_sources(spacy_pipeline):
    doc = spacy_pipeline("The State Department said it was over.")
    article = ArticleContext(
        entity_at={(0, 1): ("State Department", "ORG"), (0, 2): ("State Department", "ORG")}
    )
    assert speakers.stands_for(article, 0, doc[2]) == ("State Department", "organisation")
    doc = spacy_pipeline("A senior official said it was over.")
    assert speakers.stands_for(ArticleContext(), 0, doc[2]) == ("senior official", "anonymous")
    doc = spacy_pipeline("The ministry said it was over.")
    assert speakers.stands_for(ArticleContext(), 0, doc[1]) == ("ministry", "organisation")


def test_source_noun_file_errors_name_the_line(tmp_path):
    path = tmp_path / "nouns.txt"
    path.write_text("# nouns\nministry\nBoard\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"nouns.txt, line 3: 'Board'"):
        descriptions.organisation_nouns(path)


def test_a_surname_tagged_a_place_but_said_to_be_a_person_is_the_one_named_with_it(
    spacy_pipeline,
):
    # the model made "Nefzi" a place; "a chemistry professor" says he is the Adel Nefzi
    # the article named before, not a second person
    article = ArticleContext()
    named = spacy_pipeline("On Monday, Adel Nefzi was at the mosque.")
    start = named.text.index("Adel Nefzi")
    candidates.index_mentions(article, 0, named, [(start, start + 10, "Adel Nefzi", "PERSON")])
    doc = spacy_pipeline("Nefzi, a chemistry professor, said he never saw the man.")
    candidates.index_mentions(article, 1, doc, [(0, 5, "Nefzi", "GPE")])
    assert speakers.stands_for(article, 1, doc[0]) == ("Adel Nefzi", "person")
