"""A subheading made of words that also name page controls stays the story's between two
paragraphs; share rows, phrases and controls elsewhere still go. Expected labels decided
by reading each text."""

from __future__ import annotations

P1 = "The chancellor said on Wednesday that income tax would rise for the best paid."
P2 = "Those earning more than 150,000 pounds a year will pay 50 pence in the pound from April."
P3 = "The basic rate will stay at 20 pence, the Treasury said in a statement on Thursday."


def test_a_subheading_of_control_words_between_paragraphs_stays(rules, clean):
    found = clean(f"{P1}\n\nTop rate\n\n{P2}\n\nBack in 2005\n\n{P3}", rules)
    assert found[3] == ("content", "")
    assert found[7] == ("content", "")


def test_share_rows_phrases_and_controls_outside_the_paragraphs_still_go(rules, clean):
    found = clean(f"{P1}\n\n53 Shares Facebook Twitter\n\n{P2}\n\nBack to top\n\n{P3}", rules)
    assert found[3] == ("boilerplate", "share-buttons")
    assert found[7] == ("boilerplate", "navigation")
    after = clean(f"{P1}\n\n{P2}\n\nStory tools\n\nRate this article", rules)
    assert after[5] == after[7] == ("boilerplate", "navigation")


def test_a_menu_or_a_pager_between_paragraphs_still_goes(rules, clean):
    # Each item of a menu is capitalised, and a pager counts pages: neither is written as a
    # subheading, though a page prints both between two paragraphs of a story.
    p4 = "About 400,000 people pay the top rate, the Treasury's figures showed last year."
    controls = ("Previous Next", "Page 2 of 3", "Home News Local Politics")
    found = clean("\n\n".join((P1, controls[0], P2, controls[1], P3, controls[2], p4)), rules)
    assert found[3] == found[7] == found[11] == ("boilerplate", "navigation")
