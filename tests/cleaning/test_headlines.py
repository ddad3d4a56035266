"""The article's headline: the manifest title even when a kind took its line, and with no
title a title a video's or a gallery's label opens on the first line (but not a player's
label above the story's own title, nor a line taken with a video's duration). Expected
labels decided by reading each text."""

from __future__ import annotations

import pytest

from helpers.base.corpus import Article
from helpers.cleaning.article_labels import label_article


def make_article(file: str, text: str, outlet: str = "Paper") -> Article:
    return Article(file, outlet, tuple(text.split("\n")), "utf-8", "")


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
