"""Who said it, on hand-written texts whose speakers a person decided by reading them: a
definite description by which the story calls back the person it just named (an epithet,
`entities.epithets`)."""

from __future__ import annotations


def test_an_epithet_after_a_name_is_that_person(quotes_of):
    # Nobody is called a businessman before: the description stands for the subject just
    # named, not for an anonymous source.
    found = quotes_of(
        [
            "Donald Trump spoke at the veterans' forum on Wednesday.",
            "He cited problems in the Middle East and blamed them on the policies of the"
            " government.",
            '"We need change," the New York businessman said.',
        ]
    )
    assert found.loc[found["kind"] == "direct", "speaker"].tolist() == ["Donald Trump"]


def test_an_epithet_after_a_possessive_is_the_one_person_named(quotes_of):
    # The sentence before has no person as its subject; Trump is the only person it names.
    found = quotes_of(
        [
            "Donald Trump's call on Monday for more airstrikes drew rebukes from the Pentagon.",
            '"We have to really increase the bombings," the presumptive Republican nominee'
            " told reporters.",
        ]
    )
    assert found["speaker"].tolist() == ["Donald Trump"]
    assert found["speaker_type"].tolist() == ["person"]


def test_someone_who_speaks_for_another_is_no_epithet(quotes_of):
    # "the spokesman" is someone speaking for the mayor, not the mayor.
    found = quotes_of(
        [
            "Bill Smith defended his budget plan on Tuesday.",
            '"It is a fair budget," the spokesman said.',
        ]
    )
    assert found["speaker"].tolist() == ["spokesman"]


def test_an_epithet_whose_noun_says_a_gender_passes_over_the_other(quotes_of):
    # Mary Jones is shown a woman; the businessman is Tom Hill, the subject before her.
    found = quotes_of(
        [
            "The old mill was sold in May.",
            "Tom Hill bought it last year. Mary Jones said she would fight the sale in court.",
            '"The town needs jobs," the businessman said.',
        ]
    )
    assert found.loc[found["kind"] == "direct", "speaker"].tolist() == ["Tom Hill"]


def test_an_epithet_far_from_any_name_stays_as_written(quotes_of):
    # Two paragraphs away from the person named: the description stays an anonymous source.
    found = quotes_of(
        [
            "Donald Trump spoke at the forum on Wednesday.",
            "The event drew a large crowd of veterans.",
            "Many of them waited in the rain for hours.",
            '"We need change," the businessman said.',
        ]
    )
    assert found["speaker"].tolist() == ["businessman"]
    assert found["speaker_type"].tolist() == ["anonymous"]


def test_an_epithet_is_not_the_one_who_asked(quotes_of):
    # Borger asks; the senator who answers is not she. With no one else in view, the
    # description stays as written.
    found = quotes_of(
        [
            "The interview was recorded on Sunday.",
            '"Would that be you?" Gloria Borger asked.',
            '"That would be me, yes," the senator said.',
        ]
    )
    assert found["speaker"].tolist()[-1] == "senator"


def test_an_epithet_is_not_the_subject_of_its_own_sentence(quotes_of):
    # Graham, the subject of the main clause, is no "billionaire mogul"; the mogul is the
    # subject before that sentence, Trump.
    found = quotes_of(
        [
            "Donald Trump has called climate change a hoax.",
            "Lindsey Graham urged Republicans to drop their support after the billionaire mogul"
            " claimed that the judge was unfit to serve.",
        ]
    )
    claimed = found[found["quote"].str.startswith("the judge")]
    assert claimed["speaker"].tolist() == ["Donald Trump"]


def test_an_epithet_after_a_subject_the_parse_loses(quotes_of):
    # The parse gives "cited" no subject and hangs "Trump" on it; Clinton, after
    # "appearing after", is no subject. The businessman is Trump.
    found = quotes_of(
        [
            "Donald Trump and Hillary Clinton vied for the title of commander in chief on"
            " Wednesday.",
            "Clinton said she has the temperament for the job.",
            "Trump, appearing after Clinton at the NBC/MSNBC forum, cited problems in the Middle"
            " East, China and elsewhere that he blamed on the policies of President Obama and"
            " Clinton.",
            '"We need change," the New York businessman said.',
        ]
    )
    assert found.loc[found["kind"] == "direct", "speaker"].tolist() == ["Donald Trump"]


def test_an_epithet_that_is_a_rank_is_no_one_given_another_rank(quotes_of):
    # Cruz is a senator; "the governor" who defends the budget is someone else, unnamed.
    found = quotes_of(
        [
            "Sen. Ted Cruz criticized the new state budget on Monday.",
            '"This budget protects our schools," the governor said.',
        ]
    )
    assert found["speaker"].tolist() == ["governor"]
    assert found["speaker_type"].tolist() == ["anonymous"]


def test_one_of_another_rank_still_counts_among_the_people_named(quotes_of):
    # The governor is no actor, but with him and Washington named the actor is neither:
    # the impersonator has no name, and the description stays as written.
    found = quotes_of(
        [
            "The new ad, paid for by a group that Gov. Tom Hill founded, stars a George"
            " Washington impersonator who praises the school plan.",
            '"Vote for the children," the Washington actor says.',
        ]
    )
    assert found["speaker_type"].tolist() == ["anonymous"]
