"""Items of a bulleted list inside the story stay the story's, though a kind's phrase opens
one; a lone bulleted prompt and a bulleted menu still go. Expected labels decided by
reading each text."""

from __future__ import annotations

from helpers.base.text import match_form, word_count
from helpers.cleaning.line_shape import line_shape
from helpers.cleaning.list_items import about_words, bulleted_statements, summary_bullets

P1 = "Election officials said on Monday that turnout could pass the record set in 2016."
P2 = "Polling stations open at 7 a.m. and close at 8 p.m., the county clerk said."
ADVICE = (
    "• Check that you are registered before you go.",
    "• Register to vote by October 9 at your county election office.",
    "• Bring a photo ID, which is required in most states.",
)


def test_a_bulleted_item_opening_with_a_prompts_word_is_the_storys(rules, clean):
    found = clean("\n".join([P1, "", *ADVICE, "", P2]), rules)
    assert [found[n] for n in (3, 4, 5)] == [("content", "")] * 3


def test_a_lone_bulleted_prompt_and_a_bulleted_menu_still_go(rules, clean):
    alone = clean(f"{P1}\n\n• Register to receive our newsletter every morning.\n\n{P2}", rules)
    assert alone[3] == ("boilerplate", "subscription-appeal")
    menu = clean(f"{P1}\n{P2}\n\n• Subscribe\n• Today's Paper & More\n• Contact Us", rules)
    assert menu[4] == ("boilerplate", "subscription-appeal")


def test_only_a_statement_next_to_an_item_of_the_same_list_no_kind_names():
    def shapes(lines):
        return [line_shape(match_form(x), word_count(match_form(x))) for x in lines]

    lines = ["- Register to vote by October 9.", "• Bring a photo ID.", "", "• Register now"]
    # Another mark is another list; a named neighbour is furniture; no full stop, no item.
    assert bulleted_statements(lines, shapes(lines), [True, False, False, True]) == set()
    lines[0] = "• Register to vote by October 9."
    assert bulleted_statements(lines, shapes(lines), [True, False, False, True]) == {0}
    assert bulleted_statements(lines, shapes(lines), [True, True, False, True]) == set()


STORY = (
    "LISBON (Reuters) - The finance minister said on Sunday the budget would cut the deficit "
    "below two percent as her party prepared for the June election.",
    "",
    "She told a rally in the capital that pensions would rise with prices from next year.",
)


def test_a_bulleted_summary_above_the_byline_is_the_storys(rules, clean):
    text = [
        "Minister promises lower deficit before election",
        "* Finance minister says deficit to fall below two percent",
        "* Governing party leads opposition by six points in polls",
        "By Jane Doe",
        *STORY,
    ]
    found = clean("\n".join(text), rules)
    assert found[2] == found[3] == ("content", "")
    assert found[4] == ("boilerplate", "byline")


def test_a_summary_that_shares_no_word_with_the_headline_or_lead_is_still_the_storys(rules, clean):
    # The bullets paraphrase the story's second paragraph (pensions, prices), not its
    # headline or its first paragraph.
    text = [
        "Minister promises lower deficit before election",
        "* Pensions to follow prices from January",
        "* Rally told of plans for the capital's hospitals",
        "By Jane Doe",
        *STORY,
    ]
    found = clean("\n".join(text), rules)
    assert found[2] == found[3] == ("content", "")


def test_titles_in_title_case_bulleted_above_the_story_still_go(rules, clean):
    text = [
        "Minister promises lower deficit before election",
        "• Harbour Bridge Repairs To Close Lanes Until May",
        "• Striking Nurses Return To Wards, Talks Go On",
        "By Jane Doe",
        *STORY,
    ]
    found = clean("\n".join(text), rules)
    assert found[2][0] == found[3][0] == "boilerplate"


def test_other_stories_titles_in_sentence_case_bulleted_above_the_story_still_go(rules, clean):
    # A box of links to other stories, written as sentences are, as many outlets write
    # their titles: one shares a word with the story by chance ("budget"), the others none.
    text = [
        "Minister promises lower deficit before election",
        "• Man charged after late-night fire at a warehouse",
        "• School budget talks to resume after the holidays",
        "• Ferry services cancelled as storm reaches the coast",
        "By Jane Doe",
        *STORY,
    ]
    found = clean("\n".join(text), rules)
    assert [found[i][0] for i in (2, 3, 4)] == ["boilerplate"] * 3


def test_a_summary_is_told_by_the_words_it_shares_with_the_story():
    # "leads" is a common verb, "'s" a possessive: neither is what a story is about.
    assert about_words("* Prime minister's party leads polls") == {
        "prime",
        "minis",
        "party",
        "polls",
    }
    lines = [
        "Minister promises lower deficit",
        "* Deficit to fall below two percent, minister says",
        "* Pensions to rise with prices from next year",
        "The finance minister said on Sunday that the deficit would fall next year, she said.",
    ]
    shapes = [line_shape(match_form(line), word_count(line)) for line in lines]
    outside = [False, True, True, False]
    assert summary_bullets(lines, shapes, outside, 0) == {1, 2}
    assert summary_bullets(lines, shapes, outside, -1) == {1, 2}  # the paragraph alone
    others = [
        lines[0],
        "* Ferry services cancelled by the storm",
        "* Man charged over fire",
        lines[3],
    ]
    others_shapes = [line_shape(match_form(line), word_count(line)) for line in others]
    assert summary_bullets(others, others_shapes, outside, 0) == set()
