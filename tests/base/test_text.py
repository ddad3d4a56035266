"""The word unit and the plain form of a line that rules and comparisons see."""

from __future__ import annotations

from helpers.base.text import counts_as_form, match_form, match_key, unquoted, word_count


def test_matching_ignores_quote_style_dashes_spacing_and_case_only():
    assert match_form("“We’re  ready” — Lavrov\u2026") == '"We\'re ready" - Lavrov...'
    assert match_key("“We’re  READY”") == match_key('"we\'re ready"')
    assert match_key("U.S.-Moscow") != match_key("US Moscow")


def test_words_are_runs_of_letters_and_digits():
    # Trump, Mr, Lavrov's, U, S, Moscow, ties: glue and hyphens never hide a word.
    assert word_count("Trump.Mr Lavrov's U.S.-Moscow ties") == 7
    assert word_count("") == 0


def test_only_a_left_quote_used_as_an_apostrophe_changes_a_count_once_made_plain():
    # match_form makes "‘" an apostrophe, which joins "don" and "t" into one word.
    assert (word_count("don‘t"), word_count(match_form("don‘t"))) == (2, 1)
    assert not counts_as_form("don‘t")
    typographic = "“We’re ready” – he said… in 2017.Russian"
    assert counts_as_form(typographic)
    assert word_count(typographic) == word_count(match_form(typographic)) == 7


def test_quoted_passages_are_blanked_and_positions_kept():
    line = 'The mayor said "we will rebuild" and left.'
    blanked = unquoted(line)
    assert "rebuild" not in blanked and "mayor" in blanked and "left" in blanked
    assert len(blanked) == len(line)
    assert blanked.index("left") == line.index("left")


def test_an_inch_mark_opens_no_quotation():
    # Paired with the next opening mark, the inch mark would blank the line's own words
    # between them ("Please make a donation to the"), and only "Daily Post" is quoted.
    line = 'The 65" TV is on sale. Please make a donation to the "Daily Post" fund.'
    blanked = unquoted(line)
    assert "make a donation" in blanked and "Daily Post" not in blanked
