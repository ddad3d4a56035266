"""A form's fine print glued to the start of a story paragraph is cut off it, and the story's
text after it kept; a story that reports a form's notice keeps it. Expected values decided
by reading each text."""

from __future__ import annotations

from helpers.base.corpus import Article
from helpers.cleaning.article_labels import label_article
from helpers.cleaning.fine_print import fine_print_end, fine_print_line

STORY = "Now, a firefighter says he was suspended after supporting the protest on Facebook."
NOTICE = (
    "Email This field is for validation purposes and should be left unchanged. Completing "
    "this poll grants you access to our updates free of charge. You may opt out at anytime. "
    "You also agree to this site's Privacy Policy and Terms of Use. "
)


def test_a_forms_fine_print_is_cut_off_the_paragraph_it_is_glued_to():
    line = NOTICE + STORY
    assert line[fine_print_end(line) :] == STORY


def test_a_notice_alone_or_reported_by_a_story_is_not_cut():
    assert fine_print_end(NOTICE.strip()) == 0  # nothing after it: the kinds name the line
    reported = f"The site says this field is for validation purposes. {STORY}"
    assert fine_print_end(reported) == 0


def test_the_cut_line_keeps_the_story_and_names_the_fine_print(rules, clean):
    article_text = f"{STORY}\n{NOTICE}{STORY} It was the second time this year."
    found = clean(article_text, rules)
    assert found[2] == ("content", "form-notice")


def test_a_line_of_fine_print_alone_goes_and_a_storys_sentence_about_a_poll_stays(rules, clean):
    assert fine_print_line("This field is for validation purposes and should be left unchanged.")
    assert fine_print_line(NOTICE.split(". ", 1)[1].strip())  # the notices after the field
    assert not fine_print_line("If you opt out of the survey, your answers are deleted.")
    found = clean(f"{STORY}\n{NOTICE.split('. ', 1)[1].strip()}\n{STORY}", rules)
    assert found[2] == ("boilerplate", "form-notice")


def test_the_cut_line_keeps_and_counts_only_the_storys_words(rules):
    # The story after the fine print: "Now, a firefighter ... on Facebook." (13 words) and,
    # glued to it with no space, a second sentence of 14 words, which gets its space back.
    second = "It was the second time this year that the fire service had suspended him."
    article = Article("a.txt", "Outlet", (STORY, f"{NOTICE}{STORY}{second}"), "utf-8", "")
    labels = label_article(article, rules)
    assert (labels.labels[1], labels.rules[1]) == ("content", "form-notice")
    assert labels.clean[1] == f"{STORY} {second}"
    assert labels.clean_words[1] == 13 + 14
