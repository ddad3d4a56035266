"""Labelling one article: its own evidence only, in a small record that pickles."""

from __future__ import annotations

import pickle

import pytest

from helpers.base.corpus import Article
from helpers.cleaning.article_labels import ArticleLabels, label_article, label_articles

TEXT = (
    "Council passes budget\n"
    "Advertisement\n"
    "The council voted on Tuesday to approve the budget for next year.\n"
    "\n"
    "Sign up for our newsletter\n"
    "The council voted on Tuesday to approve the budget for next year."
)


def make_article(file: str, text: str, outlet: str = "Paper") -> Article:
    return Article(file, outlet, tuple(text.split("\n")), "utf-8", "")


def test_an_article_is_labelled_from_its_own_lines(rules):
    labels = label_article(make_article("a.txt", TEXT), rules)
    assert labels.labels == (
        ("headline", "boilerplate", "content", "blank", "boilerplate", "duplicate")
    )
    assert labels.rules[1:] == ("advertisement", "", "", "subscription-appeal", "exact-duplicate")
    assert labels.reasons[5] == "exact-duplicate of line 3"
    assert labels.headline == "Council passes budget"
    # Hand count: 3 + 1 + 12 + 5 + 12 words in the raw lines, 3 + 12 kept.
    assert (labels.words_raw, sum(labels.clean_words)) == (33, 15)
    assert labels.content_keys == frozenset(
        {"the council voted on tuesday to approve the budget for next year."}
    )
    assert labels.warnings == ()


def test_a_labelled_article_and_the_rules_pickle_without_compiled_patterns(rules, seed_corpus):
    for article in seed_corpus.articles:
        labels = label_article(article, rules)
        data = pickle.dumps(labels)
        assert pickle.loads(data) == labels
        assert b"_compile" not in data  # no compiled pattern travels with the labels
    assert pickle.loads(pickle.dumps(rules)) == rules


def test_labelling_a_batch_gives_each_article_its_own_labels(rules, seed_corpus):
    articles = seed_corpus.articles + seed_corpus.articles[:2]
    batch = label_articles(articles, rules)
    assert batch == [label_article(article, rules) for article in articles]
    assert all(isinstance(labels, ArticleLabels) for labels in batch)


def test_a_threshold_outside_0_1_is_refused(rules):
    with pytest.raises(ValueError, match="near_duplicate_threshold"):
        label_article(make_article("a.txt", TEXT), rules, near_duplicate_threshold=0)


def test_a_very_long_article_gets_its_near_duplicates_labelled(rules):
    # A scraper's runaway page: 5,000 generated sentences, every tenth a copy of the one
    # before last with its last word changed; past dedup.EXACT_NEAR_MAX_LINES the pairs to
    # score come from a sketch index, not from scoring every pair.
    import random

    rng = random.Random(11)
    vocabulary = ["".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=6)) for _ in range(3000)]
    lines = ["Council passes budget"]
    for n in range(1, 5001):
        if n % 10 == 0:
            lines.append(lines[-2].removesuffix(".") + "s.")
        else:
            lines.append(" ".join(rng.choices(vocabulary, k=16)).capitalize() + ".")
    labels = label_article(make_article("long.txt", "\n".join(lines)), rules)
    near = [i for i, rule in enumerate(labels.rules) if rule == "near-duplicate"]
    assert near == list(range(10, 5001, 10))
    assert labels.reasons[10].startswith("near-duplicate of line 9 (0.9")
    assert labels.labels.count("content") == 4500
