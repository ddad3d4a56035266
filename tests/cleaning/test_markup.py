"""Raw markup left by a scraper: an embedded post's tags and a style sheet's rules go; a
sentence whose words are marked up (or with a mangled tag glued on), and a story's "label: value;" lines, stay. Expected
labels decided by reading each text."""

from __future__ import annotations

import pytest

from helpers.cleaning.markup import markup_kind

P1 = "The senator said on Tuesday that she would vote against the bill in its present form."
P2 = "Her office said the decision followed weeks of talks with farmers in the state."


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ('<tweet tweet-id="771328864018726912"><tweet/>.', "social-embed"),
        ('<tweet tweet-author="@tedcruz" tweet-date="January 19, 2016', "social-embed"),
        ('">I love it, whatever she does in 2016.<tweet/>.', "social-embed"),
        ('<div class="ad-slot" data-id="12"></div>', "markup"),
    ],
)
def test_an_elements_tags_are_markup(line, kind):
    found = markup_kind(line)
    assert found is not None and found[0] == kind


@pytest.mark.parametrize(
    "line",
    [
        'She said the vote was <em>not</em> a surprise to anyone in <a href="/x">the party</a>.',
        "Turnout was < 40% in the county, and > 60% in the city.",
        '- Lower the tax, which the left opposes.">Here are nine reasons:<tweet/>.',
        P1,
    ],
)
def test_a_sentence_with_marked_up_words_or_signs_is_no_markup(line):
    assert markup_kind(line) is None


def test_an_embedded_tweets_tags_between_paragraphs_go(rules, clean):
    text = f'{P1}\n<tweet tweet-id="771328864018726912"><tweet/>.\n{P2}'
    found = clean(text, rules)
    assert found[1][0] == found[3][0] == "content"
    assert found[2] == ("boilerplate", "social-embed")


def test_a_style_sheet_after_the_story_goes_and_a_storys_list_stays(rules, clean):
    css = f"{P1}\n{P2}\n.bio-text {{\ntext-align:left;\nfont-size:15px;\nline-height:20px;\n}}"
    found = clean(css, rules)
    assert found[1][0] == found[2][0] == "content"
    assert [found[n][0] for n in range(3, 8)] == ["boilerplate"] * 5
    assert found[4] == ("boilerplate", "markup")
    story = f"{P1}\nThe results were:\nturnout: up;\n{P2}"
    assert [label for label, _ in clean(story, rules).values()] == ["content"] * 4


@pytest.mark.parametrize(
    "line",
    [
        "<p>The council voted on Tuesday to close the library for repairs.</p>",
        '<p class="lead">The council voted to close the library.</p>',
        "<h2>What happens next</h2>",
        "<blockquote>“We will fight this decision all the way to the courts,” she said."
        "</blockquote>",
    ],
)
def test_a_paragraph_or_heading_in_its_block_tags_stays_the_story(line):
    # found in review: any tag but an inline one made the line markup, the story with it
    assert markup_kind(line) is None


def test_a_blockquote_that_embeds_a_post_is_an_embed():
    line = '<blockquote class="twitter-tweet"><p lang="en">Vote today for change</p></blockquote>'
    assert markup_kind(line)[0] == "social-embed"
