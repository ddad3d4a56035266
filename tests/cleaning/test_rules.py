"""Boilerplate rules: the rules file is checked, and a line is matched as the file says."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from helpers.base import corpus, paths
from helpers.base.datafiles import DataFileError
from helpers.base.text import match_form, word_count
from helpers.cleaning.rules import load_rules

RULES_FILE = paths.DATA_DIR / "boilerplate.yml"
OTHER_SITES = Path(__file__).parents[1] / "fixtures" / "boilerplate"


def every_line() -> list[str]:
    """The seeds' and the other sites' lines, as rules see them, and a few made by hand."""
    read = corpus.read_corpus(paths.SEEDS_DIR).articles + corpus.read_corpus(OTHER_SITES).articles
    made = [
        "Your support makes all the difference.President Trump met Lavrov on Wednesday.",
        "IE 11 is not supported. For an optimal experience visit our site on another browser.",
        "Photograph: Jim Watson/AFP via Getty Images",
        "AdvertisementThe successor is expected to be sworn in on Thursday.",
    ]
    return [match_form(line) for article in read for line in article.lines] + made


def scanned_rule_by_rule(rules, form: str) -> tuple:
    """`BoilerplateRules.scan` as the rules file describes it, every rule tried in order."""
    key, words = form.casefold(), word_count(form)
    first = next((rule for rule in rules.rules if rule.matches(form, key, words)), None)
    return first, any(rule.split and rule.matches(form, key, 0) for rule in rules.rules)


# --- the rules file -------------------------------------------------------------------


def test_the_rules_file_loads_and_every_rule_says_what_it_catches(rules):
    assert len(rules.rules) >= 15
    assert all(rule.comment and (rule.patterns or rule.phrases) for rule in rules.rules)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("rules: [", "is not valid YAML"),
        ("something: else\n", "top-level 'rules:'"),
        (
            "rules:\n  - kind: ad\n    comment: x\n    patterns: ['(']\n",
            r"line 4, rules\[1\]\.patterns\[1\]: '\(' is not a valid regular expression",
        ),
        (
            "rules:\n  - kind: ad\n    patterns: [ad]\n",
            r"line 2, rules\[1\]\.comment: rule ad: 'comment' must say",
        ),
        (
            "rules:\n  - kind: ad\n    comment: x\n",
            r"line 2, rules\[1\]: rule ad needs 'patterns' or 'phrases'",
        ),
        (
            "rules:\n  - kind: Ad Label\n    comment: x\n    phrases: [ad]\n",
            r"line 2, rules\[1\]\.kind: must be a lower-case name",
        ),
        (
            "rules:\n  - kind: ad\n    comment: x\n    phrases: [ad]\n    max_word: 3\n",
            r"line 2, rules\[1\]: unknown key\(s\) max_word",
        ),
        (
            "rules:\n  - kind: ad\n    comment: x\n    phrases: [ad]\n    max_words: true\n",
            r"line 5, rules\[1\]\.max_words: must be a whole number",
        ),
        (
            "rules:\n  - {kind: ad, comment: x, phrases: [ad]}\n"
            "  - kind: video\n    comment: x\n    phrases: [v]\n    takes: {befor: 2}\n",
            r"line 6, rules\[2\]\.takes: unknown key\(s\) befor",
        ),
    ],
)
def test_a_bad_rules_file_names_the_file_and_the_rule(tmp_path, text, message):
    path = tmp_path / "rules.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError, match=message) as error:
        load_rules(path)
    assert str(path) in str(error.value)


def test_a_missing_rules_file_is_named(tmp_path):
    with pytest.raises(DataFileError, match="cannot be read"):
        load_rules(tmp_path / "nowhere.yml")


# --- matching a line ------------------------------------------------------------------


def test_a_line_is_matched_as_if_every_rule_were_tried_in_order(rules):
    # The quick tests (anchored patterns joined, plain-text hints) must never change this.
    lines = every_line()
    assert len(lines) > 200
    for form in lines:
        assert rules.scan(form, word_count(form)) == scanned_rule_by_rule(rules, form), form
        first = scanned_rule_by_rule(rules, form)[0]
        assert rules.first_match(form) == first, form


@pytest.mark.parametrize(
    ("line", "kind", "split"),
    [
        ("Photograph: Jim Watson/AFP via Getty Images", "image-caption", False),
        ("Advertisement", "advertisement", True),
        ("IE 11 is not supported. Visit our site on another browser.", "browser-notice", True),
        ("Lavrov met Trump at the White House on Wednesday, AFP reported.", None, False),
        ("Please make a donation today to keep our reporting free.", "donation-appeal", True),
        # The phrase is a voter's words, quoted in the story: no appeal to the reader.
        (
            '"I just liked what he said and wanted to make a donation," said Ann Lee, who '
            "gave $2,400 to the campaign.",
            None,
            False,
        ),
    ],
)
def test_lines_are_named_by_the_first_matching_rule(rules, line, kind, split):
    rule, has_split = rules.scan(line, word_count(line))
    assert (rule.kind if rule else None, has_split) == (kind, split)


def test_the_rules_pickle_and_match_the_same_afterwards(rules):
    copy = pickle.loads(pickle.dumps(rules))
    assert copy == rules
    for form in every_line():
        assert copy.scan(form, word_count(form)) == rules.scan(form, word_count(form))
