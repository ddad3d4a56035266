"""Names: the alias and title files (good and bad), and how written names are matched."""

from __future__ import annotations

from collections import Counter

import pytest

from helpers.base import paths
from helpers.base.datafiles import DataFileError
from helpers.entities import names


def test_the_alias_file_maps_every_form_to_its_canonical_name():
    aliases = names.load_aliases(paths.DATA_DIR / "aliases.yml")
    assert aliases.canonical["us"] == aliases.canonical["usa"] == "United States"
    assert aliases.canonical["kiev"] == "Kyiv" and aliases.labels["Kyiv"] == "GPE"
    assert aliases.labels["United Nations"] == "ORG"
    assert aliases.metonyms["kremlin"] == "Russian government"
    assert ("mr",) in aliases.titles and ("mr.",) in aliases.titles  # titles.txt beside it
    assert aliases.first_names["bob"] == aliases.first_names["robert"] == {"robert"}
    assert aliases.first_names["ted"] == {"edward", "theodore"}


def test_titles_are_word_tuples_longest_first(tmp_path):
    path = tmp_path / "titles.txt"
    path.write_text("# titles\nMr\nForeign Minister  # a comment\n\nmr\n", encoding="utf-8")
    assert names.load_titles(path) == (("foreign", "minister"), ("mr",))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("people: [oops", "line 1"),
        (
            "people:\n  Ann Smith: [A. Smith]\nfolk:\n  Bob: []\n",
            "line 3, folk: unknown section 'folk'",
        ),
        (
            "places:\n  Kyiv: [Kiev]\n  Kiev City: [Kiev]\n",
            r"line 3, places.Kiev City\[1\]: 'Kiev' is under 'Kyiv'",
        ),
        ("places:\n  Kyiv: Kiev\n", "line 2, places.Kyiv: expected a list"),
        (
            "first_names:\n  Robert: [Bob]\n  William: [Bill, Big Bill]\n",
            r"line 3, first_names.William\[2\]: 'Big Bill' is not one first name",
        ),
    ],
)
def test_alias_file_errors_name_the_line(tmp_path, text, message):
    path = tmp_path / "aliases.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError, match=message) as error:
        names.load_aliases(path)
    assert str(path) in str(error.value)


def test_title_file_errors_name_the_line(tmp_path):
    path = tmp_path / "titles.txt"
    path.write_text("# titles\nMr\nSen. 2\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"titles.txt, line 3: 'Sen. 2'"):
        names.load_titles(path)
    with pytest.raises(DataFileError, match="not found"):
        names.load_aliases(tmp_path / "missing.yml")


@pytest.mark.parametrize(
    ("text", "key"),
    [("The U.S.", "us"), ("Russia’s", "russia's"), ("  Sergey   LAVROV ", "sergey lavrov")],
)
def test_name_key(text, key):
    assert names.name_key(text) == key


def test_full_names_and_surnames():
    assert names.is_full_name("Sergey Lavrov") and names.is_full_name("Martin Luther King Jr.")
    assert not names.is_full_name("J. Lavrov") and not names.is_full_name("Lavrov")
    assert names.surname_keys("bashar al-assad") == {"al-assad", "assad"}
    assert names.surname_keys("donald j trump jr") == {"trump"}
    assert names.last_word("Donald Trump Jr.") == "Trump" and names.last_word("2016") == ""


def test_an_acronym_joins_the_one_name_it_spells():
    keys = {"us", "united states", "un", "united nations", "fbi"}
    assert names.acronyms(keys) == {"us": "united states", "un": "united nations"}
    assert names.acronyms({"us", "united states", "upper silesia"}) == {}  # ambiguous


def test_the_dominant_person_is_named_ten_times_as_often_as_the_others_together():
    obamas = {"Barack Obama", "Michelle Obama", "Malia Obama"}
    named = Counter({"Barack Obama": 20, "Michelle Obama": 1, "Malia Obama": 1})
    assert names.dominant_person(obamas, set(), named) == "Barack Obama"
    named["Malia Obama"] = 2  # 20 against 3: under ten times
    assert names.dominant_person(obamas, set(), named) == ""
    lavrov = Counter({"Sergei Lavrov": 1})
    assert names.dominant_person({"Sergei Lavrov"}, set(), lavrov) == "Sergei Lavrov"
    assert names.dominant_person(set(), set(), named) == ""


def test_a_lone_word_is_a_surname_and_people_it_begins_only_compete():
    # "Hillary": the only name ending with it is a campaign the model took for a person,
    # while Hillary Clinton, beginning with it, is named far more: no one.
    named = Counter({"Stop Hillary": 1, "Hillary Clinton": 40, "Barack Obama": 30, "Obama CIA": 1})
    assert names.dominant_person({"Stop Hillary"}, {"Hillary Clinton"}, named) == ""
    # "Obama": one stray "Obama CIA" does not outweigh 30 mentions of Barack Obama.
    assert names.dominant_person({"Barack Obama"}, {"Obama CIA"}, named) == "Barack Obama"


def test_an_acronym_is_defined_by_brackets_right_after_the_name():
    # "The Federal Bureau of Investigation (FBI) said so; the CIA and the FBI did not."
    found = names.defined_acronyms(
        ["a.txt"] * 4,
        [1] * 4,
        [4, 37, 55, 67],
        [35, 40, 58, 70],
        ["Federal Bureau of Investigation", "FBI", "CIA", "FBI"],
    )
    assert found == {("fbi", "federal bureau of investigation")}


@pytest.mark.parametrize(
    ("text", "full"),
    [
        ("Joseph R. Biden Jr.", True),
        ("Sergei Lavrov", True),
        ("Lavrov", False),
        # a book's title the model tagged, later taken for a person because "JFK" was titled
        ("CIA & JFK", False),
        ("Q. Windows 8", False),
        # found on real news: 43 "Brexit" became mentions of this "person"
        ("Democratic Unionist Party’s Brexit", False),
        ("Breitbart's Joel Pollak", False),
        ("Martin O'Malley", True),
        ("Beto O’Rourke", True),
    ],
)
def test_a_full_name_has_two_name_words_and_no_ampersand_figure_or_possessive(text, full):
    assert names.is_full_name(text) is full
