"""Whole articles filed twice."""

from __future__ import annotations

from helpers.cleaning.duplicate_articles import MAX_POSTING, find_duplicate_articles


def test_duplicate_articles_share_most_content_lines():
    ten = frozenset("abcdefghij")
    nine_of_ten = frozenset("abcdefghik")
    articles = [ten, ten, frozenset("a"), frozenset(), nine_of_ten]
    # 1 repeats 0; "a" alone is 1/10 of article 0; 4 shares 9 of 10 lines with 0.
    assert find_duplicate_articles(articles, 0.9) == {1: (0, 1.0), 4: (0, 0.9)}
    assert find_duplicate_articles(articles, 0.95) == {1: (0, 1.0)}


def test_of_equally_close_articles_the_first_is_named():
    # 2 shares 9 of 10 lines with 0 and with 1; 1 shares only 8 with 0, so it was kept.
    articles = [frozenset("abcdefghij"), frozenset("abcdefghkl"), frozenset("abcdefghik")]
    assert find_duplicate_articles(articles, 0.9) == {2: (0, 0.9)}


def test_a_line_in_too_many_articles_is_not_counted_as_shared():
    # Article 0 and the last share all 4 lines, one of them "boiler"; without it, 3 of 4.
    def article(n: int) -> frozenset[str]:
        return frozenset({"boiler", f"{n} a", f"{n} b", f"{n} c"})

    few = [article(n) for n in range(MAX_POSTING)]
    assert find_duplicate_articles([*few, article(0)], 0.8) == {MAX_POSTING: (0, 1.0)}
    many = [article(n) for n in range(MAX_POSTING + 1)]
    assert find_duplicate_articles([*many, article(0)], 0.8) == {}
    assert find_duplicate_articles([*many, article(0)], 0.75) == {MAX_POSTING + 1: (0, 0.75)}
