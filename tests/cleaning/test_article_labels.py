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


def test_the_manifest_title_is_the_headline_even_when_its_words_name_a_kind(rules):
    # "2024 County Swim Results" reads as a date stamp with names; the manifest says it is
    # the title. A stamp that is not the title still goes.
    text = (
        "2024 County Swim Results\n"
        "5 April 2024 10:31 GMT\n"
        "Swimmers from Leeds won four of the six relay races at the county finals on Saturday."
    )
    article = Article(
        "a.txt", "Paper", tuple(text.split("\n")), "utf-8", "", "2024 County Swim Results"
    )
    labels = label_article(article, rules)
    assert labels.labels == ("headline", "boilerplate", "content")
    assert labels.headline == "2024 County Swim Results"
    assert labels.rules[1] == "dateline-stamp"


def test_an_open_line_matching_the_title_wins_over_one_the_kinds_removed(rules):
    # Line 1 is near the title too (0.92), but reads as a date stamp; line 2 is the title.
    text = (
        "County Swim Results 2024\n"
        "County swim results for 2024\n"
        "Swimmers from Leeds won four of the six relay races at the county finals on Saturday."
    )
    title = "County swim results for 2024"
    article = Article("a.txt", "Paper", tuple(text.split("\n")), "utf-8", "", title)
    labels = label_article(article, rules)
    assert labels.labels == ("boilerplate", "headline", "content")


def test_a_title_under_a_video_label_on_the_first_line_is_the_headline(rules):
    # No manifest title: the first line is the story's title, the label says it is a video.
    text = (
        "WATCH: Senator Promises The Bridge Will Reopen By Spring\n"
        "The senator told a town hall on Monday that repairs to the bridge were on schedule.\n"
        "Watch: Video\n"
        "Engineers said the last of the steel beams would be lifted into place in March."
    )
    labels = label_article(make_article("a.txt", text), rules)
    assert labels.labels == ("headline", "content", "boilerplate", "content")
    assert labels.reasons[0].startswith("headline: a title under a video or gallery label")


def test_a_gallery_label_with_its_title_opens_a_gallery_story(rules):
    text = (
        "Photo Gallery: Behind the Scenes at the Spring Fashion Show\n"
        "Models and designers got ready backstage on Friday before the show opened its doors."
    )
    labels = label_article(make_article("a.txt", text), rules)
    assert labels.labels == ("headline", "content")


def test_a_video_label_with_no_title_on_the_first_line_stays_removed(rules):
    text = (
        "Watch: Video 3:08\n"
        "Bridge Will Reopen By Spring, Senator Says\n"
        "The senator told a town hall on Monday that repairs to the bridge were on schedule."
    )
    labels = label_article(make_article("a.txt", text), rules)
    assert labels.labels == ("boilerplate", "headline", "content")


@pytest.mark.parametrize("label", ["Up Next", "Watch"])
def test_a_video_label_above_a_title_on_the_first_line_is_not_the_headline(rules, label):
    # The first line is a player's label for a video standing above the story; the title
    # under it is the story's headline, not a line outside the story.
    text = (
        f"{label}: Mayor Unveils Plan To Fix The City's Potholes\n"
        "Senator Promises The Bridge Will Reopen By Spring\n"
        "The senator told a town hall on Monday that repairs to the bridge were on schedule.\n"
        "Engineers said the last of the steel beams would be lifted into place in March."
    )
    labels = label_article(make_article("a.txt", text), rules)
    assert labels.labels == ("boilerplate", "headline", "content", "content")


def test_a_first_line_taken_with_a_video_s_duration_is_not_restored_as_its_title(rules):
    # Line 1 is removed because the duration line under it takes the video's slug and
    # title with it, not because a label opens it: no label says the story is a video.
    text = (
        "Senator Warren: Bridge Will Reopen By Spring\n"
        "01:35 - Source: CNN\n"
        "The senator told a town hall on Monday that repairs to the bridge were on schedule."
    )
    labels = label_article(make_article("a.txt", text), rules)
    assert labels.labels[:2] == ("boilerplate", "boilerplate")
    assert labels.rules[0] == "video-label"
