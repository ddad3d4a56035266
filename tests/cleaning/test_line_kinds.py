"""Boilerplate kinds: each kind found from a line's text, story sentences left alone, and the
vocabulary file checked on load. Every expected kind was decided by reading the line."""

from __future__ import annotations

import pytest

from helpers.base.datafiles import DataFileError
from helpers.base.paths import DATA_DIR
from helpers.base.text import match_form, word_count
from helpers.cleaning.kinds_vocabulary import load_vocabulary
from helpers.cleaning.line_kinds import detect_kind
from helpers.cleaning.line_shape import line_shape


@pytest.fixture(scope="module")
def vocabulary():
    return load_vocabulary(DATA_DIR / "boilerplate_kinds.yml")


def kind_of(text: str, vocabulary) -> str | None:
    form = match_form(text)
    hit = detect_kind(form, line_shape(form, word_count(form)), vocabulary)
    return hit.kind if hit else None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Share this article", "share-buttons"),
        ("Facebook", "share-buttons"),
        ("Email | Print | Tweet", "share-buttons"),
        ("Home | World | Politics | Business | Sport", "navigation"),
        ("Back to top", "navigation"),
        ("Next story: Council votes on budget rise", "navigation"),
        ("Get the Morning Briefing delivered to your inbox every weekday", "subscription-appeal"),
        ("Already a subscriber? Log in", "subscription-appeal"),
        ("Keep an eye on your inbox for the latest sports news.", "subscription-appeal"),
        ("Please consider supporting our reporting with a donation", "donation-appeal"),
        ("Related: Mayor faces questions over budget", "related-link"),
        ("Most read", "related-link"),
        ('"Related:"', "related-link"),  # a label the scraper quoted whole is nobody's words
        ("Council election results: full coverage Read more", "related-link"),
        ("Play Video 3:08", "video-label"),
        ("JUST WATCHED", "video-label"),
        ("Now playing", "video-label"),
        ("1:47", "video-label"),
        (
            "Firefighters tackle the blaze on Friday night. (Photo: Jane Doe/Reuters)",
            "image-caption",
        ),
        (
            "The mayor arrives at city hall. Photograph: Sam Lee/AFP via Getty Images",
            "image-caption",
        ),
        ("Getty Images", "credit"),
        ("Bloomberg via Getty Images.", "credit"),  # one agency's photo via another's
        ("AP Photo/Evan Vucci", "credit"),
        ("Additional reporting by Maria Ortiz in Madrid", "credit"),
        ("STAFF PHOTO BY JANE DOEThe mayor arrives at city hall", "credit"),
        ("Jane Doe is a staff writer covering city hall.", "credit"),
        ("Editor's note: This story has been updated to correct the date of the vote.", "credit"),
        ("By Jane Doe and Sam Lee", "byline"),
        ("Written by Ana Costa", "byline"),
        ("Posted by: sam_lee2, leeds on 8:21pm Tue 1 Jan 08", "byline"),
        ("Jane Doe, Senior Correspondent", "byline"),
        # A role before a colon, with no "Dear" or "To" opening a letter, is the writer's.
        ("From our Industrial Correspondent:", "byline"),
        ("Updated 10:42 GMT, 5 April 2013", "dateline-stamp"),
        ("Tuesday 15th of January 2008", "dateline-stamp"),
        ("Jane Doe - Nov 19, 2019, 8:15 pm CST", "dateline-stamp"),
        ("1/18/2008", "dateline-stamp"),
        ("A hunter killed and ate a rabbit near the villageCredit: Getty Images", "image-caption"),
        ("2008-01-18", "dateline-stamp"),
        ("4:19p.m. 19 January 2008", "dateline-stamp"),
        ("© 2019 Example Media Group. All rights reserved.", "copyright"),
        (
            "This material may not be published, broadcast, rewritten or redistributed.",
            "copyright",
        ),
        ("Photo 1 of 12", "gallery"),
        ("View gallery", "gallery"),
        ("***", "separator"),
        ("• • •", "separator"),
        ("[pullquote]", "social-embed"),
        ("View this post on Instagram", "social-embed"),
        ("Comments (12)", "comment-prompt"),
        ("Join the conversation", "comment-prompt"),
        ("Report abuse", "comment-prompt"),
        ("sam_lee says:", "comment-prompt"),
        ("Quote | Report this post", "comment-prompt"),
        ('12 thoughts on "Council passes budget"', "comment-prompt"),
        ("There are no comments posted for this story yet.", "comment-prompt"),
        ("Be the first to comment", "comment-prompt"),
        ("Discuss this article on our forum", "comment-prompt"),
        ("Advertisement", "advertisement"),
        ("Story continues below advertisement", "advertisement"),
        ("Hospital waiting times hit record (38)", "related-link"),
        ("Click here to watch a video of the launch and read the full report.", "link-prompt"),
        ("Our new sports blog is now up and running. Click HERE.", "link-prompt"),
        ("For the full list of winners, click here for the results page.", "link-prompt"),
        # A reporter's contact line and biography, as US and UK papers close a story.
        ("Staff writer Jane Doe can be reached at jdoe@example.com or 555-0100.", "credit"),
        ("Sam Lee is a national sports columnist. Write to him at slee@example.com", "credit"),
        ("Sam Lee is a writer based in Leeds.", "credit"),
        # A form's furniture: its fields, counters and notices, and a sign-up's thanks.
        ("(Required) Your e-mail address", "comment-prompt"),
        ("1000 characters remaining", "comment-prompt"),
        (
            "The content of this field is kept private and will not be shown publicly.",
            "comment-prompt",
        ),
        ("Your email address will not be published.", "comment-prompt"),
        (
            "We reserve the right to delete comments that are abusive or off topic.",
            "comment-prompt",
        ),
        ("Thanks for signing up!", "subscription-appeal"),
        (
            "Please check the opt-in box to confirm that you would like our emails.",
            "subscription-appeal",
        ),
        # A poll's form printed under it, as a news site's plugin writes it (43 words).
        (
            "Email This field is for validation purposes and should be left unchanged. "
            "Completing this poll grants you access to our updates free of charge. You may "
            "opt out at anytime. You also agree to this site's Privacy Policy and Terms of Use.",
            "form-notice",
        ),
        ("You may opt out at any time by writing to us.", "form-notice"),
        # A caption's credit as photographers and agencies sign it: with a full stop after
        # the photographer's name and the agency, "file" after the agency, a sports agency.
        (
            "Fans celebrate the victory in Port Elizabeth. Photograph by Jane Doe / AFP.",
            "image-caption",
        ),
        ("The senator speaks at the Capitol on July 25, 2019.Sam Lee / AP file", "image-caption"),
        ("The golfer waves to the crowd on Sunday. (Doe/WireImage)", "image-caption"),
        # A label and its colon before a link's title that reads as a sentence.
        ("Previous story: Do you want to see some concerts?", "navigation"),
        ("Related: Council says it will raise taxes again.", "related-link"),
        # A syndicated excerpt's notice of the full text it was cut from.
        ("The full article contains 812 words and appears in The Northern Echo.", "copyright"),
        ("No part of this article may be reproduced without the publisher's consent.", "copyright"),
        # A title may open with a name's lower-case particle or a brand's inner capital.
        ("Related: de Blasio defends his handling of the snowstorm.", "related-link"),
        ("Related: iPhone sales fell for the first time in a decade.", "related-link"),
        # A box of related titles headed by its one word.
        ("Stories", "related-link"),
        ("Headlines", "related-link"),
        ("Find More Articles On:", "related-link"),
        ("More Articles|", "related-link"),
        # A video player's label with its own colon before the video's title.
        ("Watch: Mayor defends his handling of the snowstorm on Monday.", "video-label"),
        # Page controls: a rating link, an article's tools, the font size.
        ("E-mail Printable (0) Comments Text size Share (0) Rate", "share-buttons"),
        ("Story tools", "navigation"),
        ("Adjust font size:", "navigation"),
        # A list's bullet before the phrase.
        ("• Discuss this story on our message board...", "comment-prompt"),
        (">> Read more: Council votes on budget rise", "related-link"),
    ],
)
def test_each_kind_is_found_from_the_line_alone(line, kind, vocabulary):
    assert kind_of(line, vocabulary) == kind


@pytest.mark.parametrize(
    "line",
    [
        "By the time firefighters arrived, the roof had collapsed.",
        "Comments from the minister drew criticism from both parties on Tuesday.",
        "Also on Tuesday, the senator said the vote would go ahead as planned.",
        "Shares in the company fell 3% in early trading, the exchange said.",
        "The company said its profit rose 5%, according to AP.",
        # A wire story's paragraph signed off with its agency is the story's.
        "The minister said talks would resume on Monday, the agency reported. - AFP.",
        # Control words among a headline's words.
        "Rate rise expected",
        "New tools to rate your council",
        # A list item of the story that starts with a kind's word.
        "• More than 40 people were hurt in the crash, police said.",
        # A kind's phrase opening a sentence, with no colon after it.
        "Related research shows that the council was right to raise taxes.",
        # A link's label before a colon, then a statement: the writer's, not a link's title.
        "In other news: the council also approved a new bus route for the north of town.",
        "Watch: the council will meet again next week to vote on the plan.",
        # A subheading about stories, not a box's heading.
        "Success stories",
        "More articles are expected to follow as the inquiry goes on, the paper said.",
        # An advertisement's word before a colon heads a story's list of spending.
        "Advertising: The campaign spent $4.2 million on television ads in March.",
        # An agency's name that is a word, in a sentence's last word.
        "They will control which policies are advertised on each storage container/pool.",
        "The spokesman declined to comment.",
        "Subscribers to the service will pay more from May, the company said.",
        '"We will not back down," she said.',
        "Road repairs",
        "Jun 26 -- PPL Center, Allentown, PA",
        # A figure alone is a score, a price or a table's cell, not a date.
        "3-1",
        # A product's name is no glued credit.
        "Apple's iPhoto: what changes for your library",
        "10.41",
        "The council met on 5 April 2013 to discuss the budget.",
        "By 2030 the council expects to have halved its emissions.",
        "12 responses to the consultation backed the plan, the council said.",
        "Users who clicked on the link were asked for their bank details, police said.",
        # An editor's note introduces or qualifies the story; only its update wording is a
        # notice ("This story has been updated", still a credit).
        "Editor's note: The following letter was sent to the council by a resident of Leeds.",
        "(Editor's note: Mr. Jones had in fact attended the meeting himself!)",
        # A letter's salutation names its addressee's role, as a byline ends with its
        # writer's; the colon after it opens the letter.
        "Dear Editor:",
        "To the Editor:",
        "Dear Features Editor:",
        # A form's words, in a story's sentence.
        "Of the characters remaining in the show, only two survive the final episode.",
        "The footage will not be shown publicly, the police said.",
        "Users may opt out at any time, the company said, but few of them know how.",
        # A notice's words reported in a story: only a line they open is the notice.
        "Under the new law, you may opt out at any time, the minister said on Tuesday.",
    ],
)
def test_story_lines_have_no_kind(line, vocabulary):
    assert kind_of(line, vocabulary) is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # A label run into the next element of the page, as a scraper joins them.
        ("Media captionThe mayor arrives at city hall", "image-caption"),
        ("Share onFacebook", "share-buttons"),
        ("ByJane Doe", "byline"),
    ],
)
def test_a_phrase_glued_to_the_next_capitalised_word_still_starts_the_line(line, kind, vocabulary):
    assert kind_of(line, vocabulary) == kind


@pytest.mark.parametrize(
    "line",
    [
        # The phrase must end where a capital is glued on: a longer word is no phrase.
        "Bytedance shares rose after the launch",
        "Sharepoint outage",
        "Replays of the match",
        "Staff photographers covered the match for the paper.",
    ],
)
def test_a_phrase_inside_a_longer_word_starts_nothing(line, vocabulary):
    assert kind_of(line, vocabulary) is None


def test_a_reason_quotes_what_was_found(vocabulary):
    form = match_form("READ MORE: Council approves the new budget")
    hit = detect_kind(form, line_shape(form, word_count(form)), vocabulary)
    assert hit.reason == 'related-link: starts with "READ MORE"'
    assert hit.heads_list


def write(tmp_path, text: str):
    path = tmp_path / "kinds.yml"
    path.write_text(text, encoding="utf-8")
    return path


MINIMAL = """
kinds:
  share-buttons:
    comment: Share rows.
    starts: [share this]
word_sets: {share: [share], navigation: [home], stamp: [updated], filler: [this]}
agencies: [Reuters]
"""


def test_a_minimal_vocabulary_loads(tmp_path):
    vocabulary = load_vocabulary(write(tmp_path, MINIMAL))
    assert kind_of("Share this page", vocabulary) == "share-buttons"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            ("comment: Share rows.", "coment: Share rows."),
            "line 3, kinds.share-buttons: unknown key(s) coment",
        ),
        (
            ("starts: [share this]", "starts: share this"),
            "line 5, kinds.share-buttons.starts: must be a list",
        ),
        (("filler: [this]", "filler: [on]"), "word_sets.filler[1]: True is not a phrase (quote"),
        (("agencies: [Reuters]", "agencies: []"), "line 7, agencies: must list at least one"),
        (
            ("comment: Share rows.", "comment: Share rows.\n    max_words: 0"),
            "line 5, kinds.share-buttons.max_words: must be a whole number",
        ),
        (("word_sets: {", "word_sets: {extra: [x], "), "line 6, word_sets: must have exactly"),
    ],
)
def test_a_bad_vocabulary_names_the_file_and_the_problem(tmp_path, change, message):
    path = write(tmp_path, MINIMAL.replace(*change))
    with pytest.raises(DataFileError) as error:
        load_vocabulary(path)
    assert str(path) in str(error.value) and message in str(error.value)


def test_a_missing_vocabulary_file_is_named(tmp_path):
    with pytest.raises(DataFileError, match="missing.yml"):
        load_vocabulary(tmp_path / "missing.yml")


@pytest.mark.parametrize(
    "line",
    [
        # A notice's words inside a quotation are someone's words, reported by the story.
        '"These pictures may not be reproduced," the judge read from the agency\'s letter.',
        # "Without permission" in a story's own sentence is no copyright notice.
        "I chose to perform without permission, and in many ways my rebellion blessed me.",
        # A story about copying, in its own past tense, and a document's text it reports.
        "The photos were reproduced without the photographer's consent, the lawsuit says.",
        "Several passages were copied without attribution from her blog, the complaint says.",
        "The full text contains a clause that lets either side walk away after two years.",
    ],
)
def test_a_notice_s_words_in_a_quotation_or_a_story_sentence_name_no_kind(line, vocabulary):
    assert kind_of(line, vocabulary) is None


def test_a_notice_still_names_its_line_when_a_quotation_stands_beside_it(vocabulary):
    line = 'Articles may not be reproduced without the permission of "The Daily Post".'
    assert kind_of(line, vocabulary) == "copyright"


@pytest.mark.parametrize("line", ["“Home.”", "“More.”", '"Next!"', "“Close.”"])
def test_a_quoted_one_word_reply_is_no_label(line, vocabulary):
    # Dialogue printed a line at a time: the word is someone's answer, not a page's link
    assert kind_of(line, vocabulary) is None


@pytest.mark.parametrize(
    "line",
    ["He later apologised via Reuters.", "The footage was shared via Getty Images."],
)
def test_a_sentence_ending_via_an_agency_is_no_credit(line, vocabulary):
    # Only a name before "via" makes a credit line ("Scott Olson via Getty Images.")
    assert kind_of(line, vocabulary) is None
