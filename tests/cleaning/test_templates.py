"""Template lines: a line an outlet prints in several of its articles is boilerplate, a story
sentence it repeats is not, and nothing is counted across outlets or across an article's copy.
Expected labels were decided by reading the small articles below."""

from __future__ import annotations

from helpers.base.corpus import Article
from helpers.cleaning import clean_corpus

STORY_A = (
    "The council approved the budget on Tuesday after a debate that lasted six hours.\n\n"
    "Listen with the Evening Desk\n\n"
    "Officials said the new spending plan would protect libraries and bus routes in the town.\n\n"
    "The mayor has been in office since 2019 and faces re-election in May."
)
STORY_B = (
    "Bus fares will rise by ten pence from June, the transport authority said on Friday.\n\n"
    "Listen with the Evening Desk\n\n"
    "Passenger groups said the rise would hit commuters who had already seen two increases.\n\n"
    "The mayor has been in office since 2019 and faces re-election in May."
)


def article(file: str, text: str, outlet: str) -> Article:
    return Article(file, outlet, tuple(text.split("\n")), "utf-8", "")


def labels(result, file: str) -> dict[int, tuple[str, str]]:
    rows = result.lines[result.lines["file"] == file]
    return {row.line: (row.label, row.rule) for row in rows.itertuples()}


def test_a_line_in_two_articles_of_an_outlet_is_template_and_a_shared_sentence_is_not(rules):
    result = clean_corpus(
        [article("a.txt", STORY_A, "Gazette"), article("b.txt", STORY_B, "Gazette")], rules
    )
    for file in ("a.txt", "b.txt"):
        found = labels(result, file)
        assert found[3] == ("boilerplate", "template")
        assert found[7] == ("content", "")  # the background sentence both stories repeat
    reason = result.lines.set_index(["file", "line"]).loc[("a.txt", 3), "reason"]
    assert reason == "template: the same line is in 2 of 2 articles from Gazette"


def test_lines_are_not_counted_across_outlets(rules):
    result = clean_corpus(
        [article("a.txt", STORY_A, "Gazette"), article("b.txt", STORY_B, "Herald")], rules
    )
    assert labels(result, "a.txt")[3] == ("content", "")


def test_a_second_copy_of_an_article_does_not_make_its_lines_template(rules):
    copies = [article("a.txt", STORY_A, "Gazette"), article("a2.txt", STORY_A, "Gazette")]
    result = clean_corpus(copies, rules)
    assert labels(result, "a.txt")[3] == ("content", "")
    assert labels(result, "a2.txt")[3] == ("duplicate", "duplicate-article")


TEASERS = (
    "More from the Gazette\n"
    "Library hours cut\n"
    "The county will close its libraries on Mondays from March to save money.\n"
    "Mayor defends tax rise\n"
    "Share this article"
)


def test_a_sentence_an_outlet_repeats_between_removed_lines_is_template(rules):
    texts = (f"{STORY_A}\n\n{TEASERS}", f"{STORY_B}\n\n{TEASERS}")
    result = clean_corpus([article(f"{n}.txt", t, "Gazette") for n, t in enumerate(texts)], rules)
    for file in ("0.txt", "1.txt"):
        found = labels(result, file)
        assert found[11] == ("boilerplate", "template")  # the teaser under its title
        assert found[7] == ("content", "")  # the background sentence, between paragraphs
    reason = result.lines.set_index(["file", "line"]).loc[("0.txt", 11), "reason"]
    assert reason.endswith("between removed lines")


def test_a_repeated_sentence_one_article_keeps_among_its_paragraphs_is_the_story(rules):
    among = STORY_B.replace(
        "Passenger groups",
        "The county will close its libraries on Mondays from March to save money.\n\n"
        "Passenger groups",
    )
    texts = (f"{STORY_A}\n\n{TEASERS}", f"{among}\n\n{TEASERS}")
    result = clean_corpus([article(f"{n}.txt", t, "Gazette") for n, t in enumerate(texts)], rules)
    assert labels(result, "0.txt")[11] == ("content", "")
    assert labels(result, "1.txt")[5] == ("content", "")


POLL = (
    "Advertisement\n"
    "Should the town build a new bridge? Should the town build a new bridge?\n"
    "Should the town build a new bridge? * Yes, it should be built. No, keep the old one.\n"
    "Share this article"
)
STORIES = [
    f"The {topic} was discussed by the council on {day} in a meeting that ran late.\n\n"
    f"Residents said the {topic} had been debated for years without any decision.\n\n"
    "The council will vote again next month, its chairman said."
    for topic, day in [
        ("library", "Monday"),
        ("bus station", "Tuesday"),
        ("swimming pool", "Wednesday"),
        ("market hall", "Thursday"),
        ("school roof", "Friday"),
    ]
]


def _poll_after_first_paragraph(story: str, poll: str = POLL) -> str:
    first, rest = story.split("\n\n", 1)
    return f"{first}\n\n{poll}\n\n{rest}"


def test_a_poll_an_outlet_prints_in_five_articles_is_template(rules):
    # Found on real news: one site printed a poll's question and answers, between the
    # poll's label and its form, inside 40 of its articles; each line reads as a sentence.
    # Two of the five print it with no label above nor form below, among paragraphs.
    bare_poll = "\n".join(POLL.split("\n")[1:3])
    texts = [_poll_after_first_paragraph(story) for story in STORIES[:3]]
    texts += [_poll_after_first_paragraph(story, bare_poll) for story in STORIES[3:]]
    result = clean_corpus([article(f"{n}.txt", t, "Gazette") for n, t in enumerate(texts)], rules)
    for n in range(5):
        found = labels(result, f"{n}.txt")
        question = 4 if n < 3 else 3
        assert found[question] == ("boilerplate", "template"), n
        assert found[question + 1] == ("boilerplate", "template"), n  # its answers
        assert found[1][0] == "content", n  # the story around the poll


def test_a_block_two_articles_share_between_removed_lines_is_left_to_the_story(rules):
    # Two articles of a live blog share entries set between time stamps: the block rule
    # needs five articles.
    texts = [_poll_after_first_paragraph(story) for story in STORIES[:2]]
    result = clean_corpus([article(f"{n}.txt", t, "Gazette") for n, t in enumerate(texts)], rules)
    for n in range(2):
        found = labels(result, f"{n}.txt")
        assert found[4] == found[5] == ("content", ""), n


def test_one_sentence_five_articles_repeat_stays_where_stories_keep_it_among_paragraphs(rules):
    # A background sentence an outlet repeats in six stories, between an advertisement
    # marker and a share row in three and among paragraphs in three: the half rule is for
    # blocks of lines (a poll), and one copy among a story's paragraphs keeps a sentence.
    background = "The town has argued about its roads since the bypass opened in 1998."
    stories = [*STORIES, STORIES[0].replace("library", "museum").replace("Monday", "Sunday")]
    texts = []
    for n, story in enumerate(stories):
        first, rest = story.split("\n\n", 1)
        around = f"Advertisement\n{background}\nShare this article" if n < 3 else background
        texts.append(f"{first}\n\n{around}\n\n{rest}")
    result = clean_corpus([article(f"{n}.txt", t, "Gazette") for n, t in enumerate(texts)], rules)
    for n in range(6):
        row = 4 if n < 3 else 3
        assert labels(result, f"{n}.txt")[row] == ("content", ""), n


def states_story(opening: str, states: list[str]) -> str:
    """A story with a list of states inside it, under its headline and a section label."""
    return "\n".join(
        [
            opening,
            "Evening Desk Extra",
            "",
            "Here are the states where lawmakers have already passed such a law:",
            *states,
            "",
            "Several other states are considering similar bills this spring, officials said.",
        ]
    )


def other_stories(outlet: str, n: int = 60) -> list:
    """`n` more articles of `outlet`, sharing no line: an outlet of many stories, where two
    sharing a short line may do so by chance."""
    return [
        article(
            f"other{k}.txt",
            f"Story {k} of the day: the council met for the {k}th time this year on roads.\n"
            f"Officials said meeting {k} would decide the budget for the year to come.",
            outlet,
        )
        for k in range(n)
    ]


def two_state_stories() -> tuple[str, str]:
    """Two stories of one outlet, each with its list of states under the same label."""
    first = states_story(
        "Five states have passed laws that let police take guns from dangerous people.",
        ["California", "Oregon", "Washington"],
    )
    second = states_story(
        "A sixth state joined the list on Monday when the governor signed the bill.",
        ["Oregon", "Washington", "Vermont"],
    )
    return first, second


def test_a_short_line_two_articles_share_among_the_story_lines_is_a_list_item(rules):
    first, second = two_state_stories()
    pair = [article("a.txt", first, "Gazette"), article("b.txt", second, "Gazette")]
    result = clean_corpus(pair + other_stories("Gazette"), rules)
    a, b = labels(result, "a.txt"), labels(result, "b.txt")
    assert a[6] == a[7] == ("content", "")  # "Oregon", "Washington" in the story's list
    assert b[5] == b[6] == ("content", "")


def test_a_section_label_two_of_a_small_outlets_articles_share_is_template(rules):
    first, second = two_state_stories()
    result = clean_corpus(
        [article("a.txt", first, "Gazette"), article("b.txt", second, "Gazette")], rules
    )
    # Two of the outlet's two articles: "Evening Desk Extra" is its label, not a chance
    assert labels(result, "a.txt")[2] == labels(result, "b.txt")[2] == ("boilerplate", "template")


def test_a_list_both_articles_share_whole_between_story_paragraphs_is_the_story(rules):
    states = ["Connecticut", "Oregon", "Washington"]
    first = states_story("Three states have passed laws that let police take guns away.", states)
    second = states_story("Lawmakers in a fourth state debated a similar bill on Monday.", states)
    pair = [article("a.txt", first, "Gazette"), article("b.txt", second, "Gazette")]
    result = clean_corpus(pair + other_stories("Gazette"), rules)
    for file in ("a.txt", "b.txt"):
        assert [labels(result, file)[n] for n in (5, 6, 7)] == [("content", "")] * 3


def test_a_short_line_four_articles_share_among_the_story_lines_is_template(rules):
    texts = [
        states_story(
            "Five states have passed laws that let the police take guns away from people in a crisis.",
            ["Ohio", "Utah"],
        ),
        states_story(
            "A sixth state joined the list on Monday when the governor signed the bill into law.",
            ["Iowa", "Maine"],
        ),
        states_story(
            "Lawmakers in a seventh state debated a similar bill for most of the day on Tuesday.",
            ["Idaho", "Texas"],
        ),
        states_story(
            "An eighth state will vote on a similar bill next month, its sponsor told reporters.",
            ["Ohio", "Kansas"],
        ),
    ]
    result = clean_corpus([article(f"{n}.txt", t, "Gazette") for n, t in enumerate(texts)], rules)
    for n in range(4):
        assert labels(result, f"{n}.txt")[2] == ("boilerplate", "template")


def live_blog(entries: list[tuple[str, str]]) -> str:
    """A live blog: each entry a separator, its time stamp and its paragraph."""
    lines = ["The latest on the campaign in South Carolina (all times Eastern):"]
    for stamp, paragraph in entries:
        lines += ["", "___", "", stamp, "", paragraph]
    return "\n".join(lines)


def test_a_live_blog_time_stamp_two_articles_share_under_a_separator_is_the_story(rules):
    first = live_blog(
        [
            ("10:30 p.m.", "The senator told a rally in Houston that he would win the state next."),
            (
                "9:15 p.m.",
                "Supporters lined up for hours outside the arena before the doors opened.",
            ),
        ]
    )
    second = live_blog(
        [
            (
                "11:05 p.m.",
                "The governor said he had called his rival to concede shortly after ten.",
            ),
            (
                "10:30 p.m.",
                "Turnout was higher than four years ago in most of the state's counties.",
            ),
        ]
    )
    pair = [article("a.txt", first, "Wire"), article("b.txt", second, "Wire")]
    result = clean_corpus(pair + other_stories("Wire"), rules)
    assert labels(result, "a.txt")[5] == ("content", "")  # "10:30 p.m."
    assert labels(result, "b.txt")[11] == ("content", "")


def test_a_list_item_three_articles_share_is_still_the_story(rules):
    texts = [
        states_story(
            "Five states have passed laws that let the police take guns away from people in a crisis.",
            ["California", "Oregon", "Indiana"],
        ),
        states_story(
            "A sixth state joined the list on Monday when the governor signed the bill into law.",
            ["Oregon", "Florida"],
        ),
        states_story(
            "Lawmakers in a seventh state debated a similar bill for most of the day on Tuesday.",
            ["Vermont", "Oregon", "Rhode Island"],
        ),
    ]
    three = [article(f"{n}.txt", t, "Gazette") for n, t in enumerate(texts)]
    result = clean_corpus(three + other_stories("Gazette"), rules)
    assert labels(result, "0.txt")[6] == ("content", "")  # "Oregon"
    assert labels(result, "2.txt")[6] == ("content", "")


def promoted(paragraphs: list[str]) -> str:
    """A story whose outlet prints two promotion lines between its first two paragraphs."""
    return "\n".join(
        [paragraphs[0], "The Morning Brief", "Gazette Weekend Edition", *paragraphs[1:]]
    )


def test_promotion_lines_between_paragraphs_of_three_articles_are_template(rules):
    stories = [
        [
            "The council voted on Tuesday to close the old library on Main Street next year.",
            "Residents who spoke at the meeting asked the council to keep the building open.",
        ],
        [
            "A storm knocked out power to thousands of homes across the county on Sunday night.",
            "Crews expected to restore power to most customers by the end of Monday afternoon.",
        ],
        [
            "The school board approved a new contract for the district's bus drivers on Monday.",
            "The drivers had worked without a contract since the end of the last school year.",
        ],
    ]
    result = clean_corpus(
        [article(f"{n}.txt", promoted(p), "Gazette") for n, p in enumerate(stories)], rules
    )
    for n in range(3):
        found = labels(result, f"{n}.txt")
        assert [found[2], found[3]] == [("boilerplate", "template")] * 2, n
