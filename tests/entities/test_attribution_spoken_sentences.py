"""Who said it, on hand-written texts whose speakers a person decided by reading them: a
sentence that reports a speech act with no words of its own, then its words in quotation
marks (`entities.quote_context.spoken_sentences`)."""

from __future__ import annotations


def test_a_quotation_after_a_speech_act_with_an_object_is_its_words(quotes_of):
    # "tweeted a warning." reports the act; the quotation right after is what he tweeted.
    found = quotes_of(
        [
            "Democrats cheered the filibuster. On the other side, Sen. Ted Cruz, a Republican"
            ' candidate for president, tweeted a warning. "Remember in November the Democrats'
            ' who filibustered for 30 hours."'
        ]
    )
    assert found["speaker"].tolist() == ["Ted Cruz"]


def test_an_organisation_that_issued_a_warning_speaks(quotes_of):
    found = quotes_of(
        [
            "Travel to the region fell sharply. The State Department warned travellers on"
            ' Friday. "Avoid the border region until further notice."'
        ]
    )
    assert found["speaker"].tolist() == ["State Department"]


def test_the_one_asked_is_not_the_speaker_of_the_answer(quotes_of):
    # The reporter asks; the words after are no question of hers. The rule gives no one.
    found = quotes_of(
        ['A reporter asked Donald Trump about the wall. "We will build it and they will pay."']
    )
    assert found["speaker"].tolist() == ["unattributed"]


def test_other_sentences_between_leave_the_quotation_unattributed(quotes_of):
    # "Critics are not convinced." stands between the speech act and the quotation.
    found = quotes_of(
        [
            "Mayor John Smith defended the budget on Monday. Critics are not convinced."
            ' "This budget hurts the poor."'
        ]
    )
    assert found["speaker"].tolist() == ["unattributed"]


def test_a_sentence_naming_two_people_gives_no_speaker_to_the_quotation_after(quotes_of):
    # Musser says that Jeb Bush may be the alternative; the words after are Musser's, and
    # the parse makes Bush the subject of "says": no reading here, so no speaker.
    found = quotes_of(
        [
            'Or maybe Jeb Bush, digital consultant Phil Musser says. "Several surveys suggest'
            ' a second look is occurring in New Hampshire."'
        ]
    )
    assert found["speaker"].tolist() in (["unattributed"], ["Phil Musser"])


def test_a_speech_act_about_words_already_told_gives_no_speaker_to_the_quotation_after(
    quotes_of,
):
    # Clinton mocks Trump's slogan; the words after are the slogan, Trump's, not hers.
    found = quotes_of(
        [
            "Donald Trump spoke in Ohio on Friday.",
            'Hillary Clinton mocked Trump\'s slogan in Iowa. "Make America great again."',
        ]
    )
    assert "Hillary Clinton" not in found["speaker"].tolist()


def test_a_speech_act_about_a_remark_gives_no_speaker_to_the_quotation_after(quotes_of):
    # The remark she criticizes is the quotation after it, someone else's words.
    found = quotes_of(
        [
            "Donald Trump spoke in Ohio on Friday.",
            'Hillary Clinton criticized the remark on Saturday. "They are rapists."',
        ]
    )
    assert "Hillary Clinton" not in found["speaker"].tolist()


def test_a_speech_act_about_the_speaker_s_own_record_gives_her_the_quotation_after(quotes_of):
    # Seen on real news: "her credentials" are Clinton's own; the words after are hers.
    found = quotes_of(
        [
            "Bernie Sanders said workers should organize.",
            "Clinton touted her credentials as an original co-sponsor of the legislation. "
            '"We need to find ways to support workers that want a union in their workplace."',
        ]
    )
    words = found[found["quote"].str.startswith("We need to find ways")]
    assert words["speaker"].tolist() == ["Clinton"]
