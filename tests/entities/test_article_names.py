"""Within an article, lone surnames and first names point at its full names."""

from __future__ import annotations

from collections import Counter

from helpers.entities import article_names
from helpers.entities.corpus_names import NameEvidence
from helpers.entities.name_spans import NameSpan


def _evidence_of(names_: list[NameSpan]) -> NameEvidence:
    """What a corpus of this one article says about names."""
    return NameEvidence(Counter((m.text, m.label) for m in names_))


def test_a_surname_points_at_its_full_name_before_else_the_first_after():
    names_ = [
        NameSpan(0, 0, 13, "Sergey Lavrov", "PERSON"),
        NameSpan(1, 0, 6, "Lavrov", "ORG"),
        NameSpan(2, 0, 12, "Anna Lavrova", "PERSON"),
        NameSpan(3, 4, 11, "Tillerson", "ORG"),
        NameSpan(4, 0, 9, "Rex Tillerson", "PERSON"),
    ]
    article_names.resolve_article(names_, _evidence_of(names_))
    assert [(m.person, m.label) for m in names_] == [
        ("sergey lavrov", "PERSON"),
        ("sergey lavrov", "PERSON"),
        ("anna lavrova", "PERSON"),
        ("rex tillerson", "PERSON"),  # none before: the first after
        ("rex tillerson", "PERSON"),
    ]


def test_a_shared_surname_points_at_the_person_written_in_full_most_often_before():
    names_ = [
        NameSpan(0, 0, 14, "Bernie Sanders", "PERSON"),
        NameSpan(1, 0, 14, "Bernie Sanders", "PERSON"),
        NameSpan(2, 0, 12, "Jane Sanders", "PERSON"),
        NameSpan(3, 0, 7, "Sanders", "ORG"),  # the candidate, not his wife named once
        NameSpan(4, 0, 15, "Hillary Clinton", "PERSON"),
        NameSpan(5, 0, 12, "Bill Clinton", "PERSON"),
        NameSpan(6, 0, 7, "Clinton", "PERSON"),  # each named once: the one named last
    ]
    article_names.resolve_article(names_, _evidence_of(names_))
    assert [names_[3].person, names_[6].person] == ["bernie sanders", "bill clinton"]


def test_a_first_name_points_at_the_one_full_name_it_begins():
    names_ = [
        NameSpan(0, 0, 15, "Hillary Clinton", "PERSON"),
        NameSpan(0, 20, 34, "Bernie Sanders", "PERSON"),
        NameSpan(1, 0, 10, "John Kerry", "PERSON"),
        NameSpan(1, 15, 26, "John Kasich", "PERSON"),
        NameSpan(2, 0, 7, "Hillary", "PERSON"),
        NameSpan(2, 12, 18, "Bernie", "ORG"),  # the model's ORG is no person's name
        NameSpan(3, 0, 4, "John", "PERSON"),  # two Johns: no telling which
    ]
    article_names.resolve_article(names_, _evidence_of(names_))
    assert [m.person for m in names_[4:]] == ["hillary clinton", "", ""]


def test_a_word_the_corpus_ends_names_with_is_no_first_name():
    names_ = [
        NameSpan(0, 0, 12, "Putin Russia", "PERSON"),  # a title-case headline's glue
        NameSpan(1, 0, 5, "Putin", "PERSON"),
    ]
    elsewhere = Counter({("Vladimir Putin", "PERSON"): 40, ("Putin Russia", "PERSON"): 1})
    article_names.resolve_article(names_, NameEvidence(elsewhere))
    assert names_[1].person == ""


def test_a_first_name_that_is_a_surname_of_the_article_is_the_surname():
    names_ = [
        NameSpan(0, 0, 12, "James Comey", "PERSON"),
        NameSpan(1, 0, 15, "LeBron James", "PERSON"),
        NameSpan(2, 0, 5, "James", "PERSON"),
    ]
    article_names.resolve_article(names_, _evidence_of(names_))
    assert names_[2].person == "lebron james"


def test_a_relative_named_in_full_once_does_not_take_the_surname_over():
    # Found in a real profile of Carly Fiorina: after a dozen "Fiorina", "her husband, Frank
    # Fiorina" was named once, and every "Fiorina" after him became his.
    names_ = [
        NameSpan(0, 0, 13, "Carly Fiorina", "PERSON"),
        NameSpan(1, 0, 7, "Fiorina", "PERSON"),
        NameSpan(2, 0, 7, "Fiorina", "PERSON"),
        NameSpan(3, 16, 29, "Frank Fiorina", "PERSON"),
        NameSpan(4, 0, 7, "Fiorina", "PERSON"),
    ]
    article_names.resolve_article(names_, _evidence_of(names_))
    assert names_[4].person == "carly fiorina"


def test_a_full_name_spelled_two_ways_is_counted_once_per_person():
    # Donald Trump is written in full twice (two spellings), Melania Trump once: the last
    # "Trump" is his, though "Trump" had stood for her before he was named.
    names_ = [
        NameSpan(0, 0, 13, "Melania Trump", "PERSON"),
        NameSpan(1, 0, 5, "Trump", "PERSON"),
        NameSpan(2, 0, 12, "Donald Trump", "PERSON"),
        NameSpan(3, 0, 15, "Donald J. Trump", "PERSON"),
        NameSpan(4, 0, 5, "Trump", "PERSON"),
    ]
    article_names.resolve_article(names_, _evidence_of(names_))
    assert names_[1].person == "melania trump"
    assert names_[4].person in ("donald trump", "donald j trump")


def test_a_person_named_in_full_again_takes_the_surname_back():
    # A convention story: Donald and Melania Trump in its first paragraph, "Trump" for her
    # speech, then "Donald Trump" again, and "Trump" is his campaign's.
    names_ = [
        NameSpan(0, 0, 12, "Donald Trump", "PERSON"),
        NameSpan(0, 30, 43, "Melania Trump", "PERSON"),
        NameSpan(1, 0, 5, "Trump", "PERSON"),
        NameSpan(2, 0, 13, "Melania Trump", "PERSON"),
        NameSpan(3, 0, 12, "Donald Trump", "PERSON"),
        NameSpan(4, 0, 5, "Trump", "PERSON"),
    ]
    article_names.resolve_article(names_, _evidence_of(names_))
    assert [names_[2].person, names_[5].person] == ["melania trump", "donald trump"]


def test_a_surname_before_the_full_name_is_left_to_the_corpus_that_names_another_far_more():
    names_ = [
        NameSpan(0, 0, 5, "Obama", "PERSON"),  # the president, whom the corpus names in full
        NameSpan(1, 0, 5, "Obama", "ORG"),
        NameSpan(2, 0, 14, "Michelle Obama", "PERSON"),
        NameSpan(3, 0, 5, "Obama", "PERSON"),  # after her full name: hers
        NameSpan(4, 0, 9, "Tillerson", "PERSON"),  # no other Tillerson: the first after
        NameSpan(5, 0, 13, "Rex Tillerson", "PERSON"),
    ]
    corpus = Counter({("Barack Obama", "PERSON"): 100, ("Michelle Obama", "PERSON"): 3})
    article_names.resolve_article(names_, _evidence_of(names_) + NameEvidence(corpus))
    assert [m.person for m in names_] == [
        "",
        "",
        "michelle obama",
        "michelle obama",
        "rex tillerson",
        "rex tillerson",
    ]


def test_a_surname_before_the_full_name_is_its_own_where_no_one_else_is_named_far_more():
    names_ = [
        NameSpan(0, 0, 5, "Obama", "PERSON"),
        NameSpan(1, 0, 14, "Michelle Obama", "PERSON"),
    ]
    corpus = Counter({("Barack Obama", "PERSON"): 20, ("Michelle Obama", "PERSON"): 3})
    article_names.resolve_article(names_, _evidence_of(names_) + NameEvidence(corpus))
    assert [m.person for m in names_] == ["michelle obama", "michelle obama"]


def test_a_full_name_ending_a_longer_one_before_it_is_that_person():
    # News names a person of two surnames by both: "Vargas Llosa" is Mario Vargas Llosa.
    # Before it, "Vargas Llosa" was a person of its own, and his quotations split.
    names_ = [
        NameSpan(0, 0, 18, "Mario Vargas Llosa", "PERSON"),
        NameSpan(1, 0, 12, "Vargas Llosa", "PERSON"),
        NameSpan(2, 0, 5, "Llosa", "PERSON"),
        NameSpan(3, 0, 11, "Ann Llosa", "PERSON"),  # ends with one word of it: someone else
    ]
    article_names.resolve_article(names_, _evidence_of(names_))
    assert [m.person for m in names_] == [
        "mario vargas llosa",
        "mario vargas llosa",
        "mario vargas llosa",
        "ann llosa",
    ]


def test_a_name_is_no_tail_of_a_glued_name_nor_one_beginning_with_a_first_name():
    # "Crooked" is a word the corpus writes in lower case: glued on by the model.
    # "Max" begins other people's names in the corpus: "Max Little" is a name of its own.
    names_ = [
        NameSpan(0, 0, 23, "Crooked Hillary Clinton", "PERSON"),
        NameSpan(1, 0, 15, "Hillary Clinton", "PERSON"),
        NameSpan(2, 0, 20, "Fellow Max Little", "PERSON"),
        NameSpan(3, 0, 10, "Max Little", "PERSON"),
    ]
    corpus = NameEvidence(  # a nickname the corpus tags more often than it writes "crooked"
        Counter(
            {
                ("Hillary Clinton", "PERSON"): 30,
                ("Crooked Hillary Clinton", "PERSON"): 20,
                ("Max Boot", "PERSON"): 4,
            }
        ),
        lower=Counter({"crooked": 5}),
    )
    article_names.resolve_article(names_, _evidence_of(names_) + corpus)
    assert [m.person for m in names_] == [
        "crooked hillary clinton",
        "hillary clinton",
        "fellow max little",
        "max little",
    ]


def test_one_glued_name_does_not_make_a_first_name_of_the_first_surname():
    # The model once glued a headline's verb on: "Wasserman Schultz Resigns". "Wasserman"
    # begins that one name and 40 "Wasserman Schultz": no first name of other people.
    names_ = [
        NameSpan(0, 0, 24, "Debbie Wasserman Schultz", "PERSON"),
        NameSpan(1, 0, 17, "Wasserman Schultz", "PERSON"),
    ]
    corpus = Counter(
        {("Wasserman Schultz", "PERSON"): 40, ("Wasserman Schultz Resigns", "PERSON"): 1}
    )
    article_names.resolve_article(names_, _evidence_of(names_) + NameEvidence(corpus))
    assert [m.person for m in names_] == ["debbie wasserman schultz"] * 2
