"""Cleaning: every line labelled as a careful reader labels it, on the seeds and on other sites.

Expected labels come from hand-read files (tests/fixtures/seed_lines.yml and
tests/fixtures/boilerplate/expected.yml), never from the workbook's own output.
"""

from __future__ import annotations

import copy
from pathlib import Path

import pandas as pd
import pytest
import yaml
from matplotlib.figure import Figure

from helpers.base import corpus, paths
from helpers.base.corpus import Article
from helpers.base.text import word_count
from helpers.cleaning.article_labels import label_article
from helpers.cleaning.corpus_labels import CleanResult, assemble, clean_corpus, removed_by_reason
from helpers.cleaning.lines import repair_glue
from helpers.report import charts

FIXTURES = Path(__file__).parents[1] / "fixtures"
OTHER_SITES = FIXTURES / "boilerplate"
RULES_FILE = paths.DATA_DIR / "boilerplate.yml"
INDEPENDENT, ABC, CNN = (
    "003_28997a2f9cea958b.txt",
    "002_258131335ec2c961.txt",
    "001_44f8af7f3a2921b5.txt",
)


def make_article(file: str, text: str, outlet: str = "Outlet", title: str = "") -> Article:
    return Article(file, outlet, tuple(text.split("\n")), "utf-8", "", title=title)


@pytest.fixture(scope="module")
def seed_result(seed_corpus, rules):
    return clean_corpus(seed_corpus.articles, rules)


@pytest.fixture(scope="module")
def other_sites(rules):
    read = corpus.read_corpus(OTHER_SITES)
    expected = yaml.safe_load((OTHER_SITES / "expected.yml").read_text(encoding="utf-8"))
    return read, clean_corpus(read.articles, rules), expected


def disagreements(article: Article, lines: pd.DataFrame, expected: dict) -> list[str]:
    """Where the workbook's labels differ from a hand-read expectation (seed_lines.yml schema)."""
    rows = lines[lines["file"] == article.file].set_index("line")
    problems = []
    for number, raw in enumerate(article.lines, start=1):
        row = rows.loc[number]
        if not raw.strip():
            wanted = ("blank", "")
        elif number in expected["borderline"]:
            continue
        elif number == expected["headline"]:
            wanted = ("headline", "")
        elif number in expected["boilerplate"]:
            wanted = ("boilerplate", expected["boilerplate"][number])
        elif number in expected["duplicate"]:
            wanted = ("duplicate", f"of line {expected['duplicate'][number]}")
        else:
            wanted = ("content", "")
        label_ok = row["label"] == wanted[0]
        if wanted[0] == "boilerplate":
            label_ok = label_ok and row["rule"] == wanted[1]
        if wanted[0] == "duplicate":
            label_ok = label_ok and f"{wanted[1]}" in row["reason"]
        if not label_ok:
            problems.append(f"line {number}: got {row['label']} ({row['reason']}), want {wanted}")
    return problems


# --- the stage's two steps -----------------------------------------------------------


def same_result(a: CleanResult, b: CleanResult) -> bool:
    tables = ["lines", "paragraphs", "articles", "reuse", "dates", "duplicate_blocks"]
    return all(getattr(a, t).equals(getattr(b, t)) for t in tables) and a.warnings == b.warnings


@pytest.mark.parametrize("threshold", [0.9, 0.75])
def test_the_corpus_is_cleaned_as_its_articles_labelled_one_by_one_then_assembled(
    seed_corpus, rules, threshold
):
    articles = seed_corpus.articles + corpus.read_corpus(OTHER_SITES).articles
    articles += [make_article("copy.txt", "\n".join(articles[0].lines), "Copy")]
    labelled = [label_article(article, rules, threshold) for article in articles]
    before = copy.deepcopy(labelled)
    result = assemble(labelled, threshold)
    assert same_result(result, clean_corpus(articles, rules, threshold))
    assert labelled == before  # assemble leaves the labels it was given as they were
    assert result.articles["duplicate_of"].iloc[-1] == articles[0].file


# --- the seeds, line by line ----------------------------------------------------------


@pytest.mark.parametrize(
    "file",
    [
        "000_a6b577aae19b0816.txt",
        CNN,
        ABC,
        INDEPENDENT,
        "004_12127f88660ddda3.txt",
    ],
)
def test_seed_lines_are_labelled_as_read_by_hand(seed_corpus, seed_result, seed_expectations, file):
    article = next(a for a in seed_corpus.articles if a.file == file)
    assert disagreements(article, seed_result.lines, seed_expectations[file]) == []


def test_every_raw_line_is_accounted_for_and_left_as_it_was(seed_corpus, seed_result):
    for article in seed_corpus.articles:
        rows = seed_result.lines[seed_result.lines["file"] == article.file]
        assert rows["line"].tolist() == list(range(1, len(article.lines) + 1))
        assert tuple(rows["text"]) == article.lines
    assert set(seed_result.lines["label"]) <= {
        "headline",
        "content",
        "boilerplate",
        "duplicate",
        "blank",
    }


def test_headlines_come_from_the_text_and_a_video_title_is_not_one(seed_result, seed_headlines):
    headlines = dict(
        zip(seed_result.articles["file"], seed_result.articles["headline"], strict=True)
    )
    assert headlines == {file: text.strip() for file, text in seed_headlines.items()}
    assert headlines[CNN] == ""  # line 2 is the title of a video, not of the article
    assert any(w.file == CNN and "no headline" in w.message for w in seed_result.warnings)


def test_no_story_paragraph_is_dropped(seed_result, seed_paragraphs):
    kept = seed_result.paragraphs.set_index(["file", "line"])["text"]
    for row in seed_paragraphs.itertuples(index=False):
        assert (row.file, row.line) in kept.index, f"{row.file} line {row.line} was dropped"
        assert kept[(row.file, row.line)] == repair_glue(" ".join(row.text.split()))[0]


def test_paragraphs_are_numbered_per_article_without_the_headline(seed_result):
    independent = seed_result.paragraphs[seed_result.paragraphs["file"] == INDEPENDENT]
    # Lines 6-26 are the story; 1 is the headline, 2-5 and 27-29 are boilerplate.
    assert independent["line"].tolist() == list(range(6, 27))
    assert independent["paragraph"].tolist() == list(range(1, 22))


def test_an_appeal_glued_to_the_story_is_split_off(seed_result):
    lines = seed_result.lines.set_index(["file", "line"])
    row = lines.loc[(INDEPENDENT, 6)]
    assert row["label"] == "content"
    assert row["reason"] == (
        'split: removed prefix "Your support makes all the difference." (donation-appeal)'
    )
    assert row["clean"].startswith("President Donald Trump has met with Russian Foreign Minister")
    assert row["clean"].endswith("potential ties to Mr Trump's team.")
    assert row["text"].startswith("Your support makes all the difference.President")


def test_glued_sentences_get_their_space_back(seed_result):
    row = seed_result.lines.set_index(["file", "line"]).loc[(INDEPENDENT, 9)]
    assert "meeting with Mr Trump. Mr Lavrov called it a US decision" in row["clean"]
    assert "Mr Trump.Mr Lavrov" in row["text"]
    assert row["reason"] == "glue: 1 missing space restored"


def test_the_repeated_abc_block_is_reported_once(seed_result):
    blocks = seed_result.duplicate_blocks
    assert blocks[
        ["file", "first_line", "last_line", "repeats_from_line", "repeats_to_line", "lines"]
    ].to_dict("records") == [
        {
            "file": ABC,
            "first_line": 24,
            "last_line": 35,
            "repeats_from_line": 11,
            "repeats_to_line": 23,
            "lines": 12,
        }
    ]
    abc = seed_result.articles.set_index("file").loc[ABC]
    assert abc["duplicates_removed"] == 10  # 25-34; 24 and 35 are an embed and a credit anyway


def test_mangled_emoji_are_reported(seed_result):
    messages = [w.message for w in seed_result.warnings if w.file == ABC]
    assert any(m.startswith("line(s) 11, 12, 24 contain '??' runs") for m in messages)


def test_dates_are_recorded_from_every_line_before_any_is_dropped(seed_result):
    dates = seed_result.dates[["file", "line", "date", "written", "source"]]
    nbc, wapo = "000_a6b577aae19b0816.txt", "004_12127f88660ddda3.txt"
    assert sorted(map(tuple, dates.to_numpy().tolist())) == sorted(
        [
            (nbc, 7, "2017-05-10", "May 10, 2017", "image-caption"),
            (nbc, 32, "2017-05-10", "May 10, 2017", "image-caption"),
            (nbc, 47, "2017-04-12", "April 12, 2017", "image-caption"),
            (ABC, 12, "2017-05-10", "May 10, 2017", "social-embed"),
            (ABC, 14, "2013-08", "August 2013", "content"),
            (ABC, 26, "2013-08", "August 2013", "duplicate"),
            (wapo, 5, "--12-10", "Dec. 10", "video-label"),
        ]
    )
    caption = seed_result.dates[seed_result.dates["line"] == 47].iloc[0]
    assert caption["text"].endswith("AFP - Getty Images")  # the whole line, for later stages
    assert not seed_result.dates.set_index("written").loc["Dec. 10", "year_known"]


# --- other sites ----------------------------------------------------------------------


@pytest.mark.parametrize("file", ["daily_courier.txt", "the_chronicle.txt"])
def test_boilerplate_of_other_sites_is_labelled_as_read_by_hand(other_sites, file):
    read, result, expected = other_sites
    article = next(a for a in read.articles if a.file == file)
    assert disagreements(article, result.lines, expected[file]) == []
    assert [w for w in result.warnings if w.file == file] == []


def test_an_advertisement_label_glued_to_the_story_is_split_off(other_sites):
    _, result, _ = other_sites
    row = result.lines.set_index(["file", "line"]).loc[("the_chronicle.txt", 18)]
    assert row["label"] == "content"
    assert row["reason"] == 'split: removed prefix "Advertisement" (advertisement)'
    assert row["clean"] == (
        "The successor, a former trade secretary, is expected to be sworn in on Thursday."
    )


def test_other_sites_dates_keep_their_source(other_sites):
    _, result, _ = other_sites
    dates = result.dates[["file", "line", "date", "source"]].to_numpy().tolist()
    assert dates == [
        ["daily_courier.txt", 15, "2024-03-03", "image-caption"],
        ["the_chronicle.txt", 7, "--05-10", "content"],
        ["the_chronicle.txt", 13, "2023-05-10", "social-embed"],
        ["the_chronicle.txt", 17, "2023-05-10", "social-embed"],
        ["the_chronicle.txt", 19, "--12-12", "content"],
    ]


def label_of(result, line: int) -> tuple[str, str]:
    row = result.lines.set_index("line").loc[line]
    return row["label"], row["reason"]


def test_a_short_unpunctuated_line_between_boilerplate_goes_with_it(rules):
    text = (
        "Council passes budget\n"
        "Image: The council chamber\n"
        "Photos\n"
        "Photograph: Jim Watson/Getty Images\n"
        "Advertisement\n"
        "Sponsored by Acme Corp\n"
        "Comments (3)\n"
        "The council approved the budget on Tuesday after a long debate."
    )
    result = clean_corpus([make_article("a.txt", text)], rules)
    assert label_of(result, 3) == ("boilerplate", "image-caption")  # between two captions
    assert label_of(result, 6) == ("boilerplate", 'advertisement: starts with "Sponsored"')
    assert label_of(result, 8) == ("content", "")


def test_a_related_story_title_under_its_heading_goes_and_the_subheading_stays(rules):
    text = (
        "Lavrov visits Washington\n\n"
        "Lavrov met Trump in the Oval Office on Wednesday, a day after the firing.\n\n"
        "Related stories\n"
        "Why leaks never come from Russia\n\n"
        "Seasoned diplomat\n\n"
        "Lavrov has been Russia's foreign minister since 2004, longer than any of his peers."
    )
    result = clean_corpus([make_article("a.txt", text)], rules)
    assert label_of(result, 5)[1].startswith("related-link")
    assert label_of(result, 6) == (
        "boilerplate",
        "related-link: listed under the heading on line 5",
    )
    assert label_of(result, 8) == ("content", "")


def test_a_story_paragraph_between_two_appeals_is_kept(rules):
    text = (
        "Council passes budget\n"
        "Your support helps us to tell the story\n"
        "The council approved the budget on Tuesday after a long debate.\n"
        "Your donation allows us to keep reporting.\n"
        "We need reporters on the ground, and we rely on readers like you.\n"
        "Your support makes all the difference."
    )
    result = clean_corpus([make_article("a.txt", text)], rules)
    assert label_of(result, 3) == ("content", "")  # between appeals, but no outlet voice
    assert label_of(result, 5) == ("boilerplate", "donation-appeal")  # between, in its voice
    assert [label_of(result, n)[1] for n in (2, 4, 6)] == ["donation-appeal"] * 3


# --- odd inputs -----------------------------------------------------------------------


def test_empty_blank_and_boilerplate_only_files_warn_and_the_rest_is_cleaned(tmp_path, rules):
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "b_blank.txt").write_text("   \n\n \t\n", encoding="utf-8")
    (tmp_path / "c_boilerplate.txt").write_text(
        "Advertisement\n\nSign up for our newsletter\nComments (3)\n", encoding="utf-8"
    )
    (tmp_path / "d_story.txt").write_text(
        "Council approves budget\n\n"
        "The council approved the budget on Tuesday after a long debate.\n",
        encoding="utf-8",
    )
    result = clean_corpus(corpus.read_corpus(tmp_path).articles, rules)
    warnings = {(w.file, w.message) for w in result.warnings}
    assert warnings == {
        ("a_empty.txt", "has no text to clean (empty or whitespace only)"),
        ("b_blank.txt", "has no text to clean (empty or whitespace only)"),
        (
            "c_boilerplate.txt",
            "has no story text: all 3 non-blank lines are boilerplate or repeats",
        ),
    }
    assert result.articles["file"].tolist() == [
        "a_empty.txt",
        "b_blank.txt",
        "c_boilerplate.txt",
        "d_story.txt",
    ]
    assert result.lines[result.lines["file"] == "b_blank.txt"]["label"].tolist() == ["blank"] * 3
    assert result.paragraphs[["file", "paragraph", "line"]].to_numpy().tolist() == [
        ["d_story.txt", 1, 3]
    ]
    assert (
        result.articles.set_index("file").loc["d_story.txt", "headline"]
        == "Council approves budget"
    )


def test_the_manifest_title_is_the_headline(rules):
    with_line = make_article(
        "a.txt",
        "Trump meets Lavrov\n\nThe two men met on Wednesday at the White House.",
        title="Trump meets Lavrov",
    )
    without_line = make_article(
        "b.txt",
        "Lavrov arrived at the White House on Wednesday morning.",
        title="Trump meets Lavrov",
    )
    result = clean_corpus([with_line, without_line], rules)
    assert result.articles["headline"].tolist() == ["Trump meets Lavrov", "Trump meets Lavrov"]
    labels = result.lines.set_index(["file", "line"])["label"]
    assert labels[("a.txt", 1)] == "headline"
    assert labels[("b.txt", 1)] == "content"
    assert result.warnings == []


def test_a_threshold_outside_0_1_is_refused(rules):
    with pytest.raises(ValueError, match="near_duplicate_threshold"):
        clean_corpus([], rules, near_duplicate_threshold=1.5)


# --- repeats within and across articles -----------------------------------------------

NEAR = (
    "Talks continue\n"
    "Lavrov said the two countries would keep talking about arms control next year.\n"
    "Lavrov said the two countries would keep talking about arms control next month."
)


def test_a_near_duplicate_respects_the_threshold(rules):
    # Hand count: the lines (case-folded) are 78 and 79 characters and differ only in
    # "year"/"month", which share no letter: Indel distance 4 + 5 = 9, similarity
    # 1 - 9 / 157 = 0.943.
    loose = clean_corpus([make_article("a.txt", NEAR)], rules, near_duplicate_threshold=0.9)
    row = loose.lines.set_index("line").loc[3]
    assert (row["label"], row["reason"]) == ("duplicate", "near-duplicate of line 2 (0.94)")
    strict = clean_corpus([make_article("a.txt", NEAR)], rules, near_duplicate_threshold=0.95)
    assert strict.lines.set_index("line").loc[3, "label"] == "content"


def test_an_exact_repeat_ignores_case_spacing_and_quote_style(rules):
    text = 'Talks continue\n“We are ready,” Lavrov said.\n\n"we are  READY," Lavrov said.'
    result = clean_corpus([make_article("a.txt", text)], rules)
    row = result.lines.set_index("line").loc[4]
    assert (row["label"], row["reason"]) == ("duplicate", "exact-duplicate of line 2")


WIRE = (
    "The two ministers met for three hours at the State Department, and the ministers’ aides"
    " agreed to meet again in the spring, officials said."
)


def test_the_same_article_under_two_names_is_analysed_once(rules):
    later = "No date was set for the next round of talks, a spokesman said."
    text = f"Ministers meet\n\n{WIRE}\n\n{later}"
    first, second = make_article("c.txt", text, "Paper C"), make_article("d.txt", text, "Paper D")
    result = clean_corpus([first, second], rules)
    d = result.lines[result.lines["file"] == "d.txt"].set_index("line")
    assert d.loc[[3, 5], "label"].tolist() == ["duplicate", "duplicate"]
    assert d.loc[[3, 5], "reason"].tolist() == ["duplicate article of c.txt"] * 2
    assert d.loc[1, "label"] == "headline"
    assert set(result.paragraphs["file"]) == {"c.txt"}
    assert result.articles.set_index("file")["duplicate_of"].to_dict() == {
        "c.txt": "",
        "d.txt": "c.txt",
    }
    assert [(w.file, "repeats c.txt" in w.message) for w in result.warnings] == [("d.txt", True)]
    assert result.reuse.empty


def test_a_copy_in_another_outlet_counts_for_that_outlet_when_asked(rules):
    # A wire story two papers both ran: each paper chose it, so a study of how outlets
    # framed an event may count it for both. A copy within one outlet is still a repeat.
    later = "No date was set for the next round of talks, a spokesman said."
    text = f"Ministers meet\n\n{WIRE}\n\n{later}"
    copies = [
        make_article("c.txt", text, "Paper C"),
        make_article("d.txt", text, "Paper D"),
        make_article("e.txt", text, "Paper D"),
    ]
    result = clean_corpus(copies, rules, copies_per_outlet=True)
    assert sorted(set(result.paragraphs["file"])) == ["c.txt", "d.txt"]
    assert result.articles.set_index("file")["duplicate_of"].to_dict() == {
        "c.txt": "",
        "d.txt": "",
        "e.txt": "d.txt",
    }
    shared = zip(result.reuse["file_a"], result.reuse["file_b"], strict=True)
    pairs = {frozenset(pair) for pair in shared}
    assert pairs == {frozenset({"c.txt", "d.txt"})}  # the shared text, for both outlets


def test_a_passage_shared_by_two_outlets_goes_to_the_reuse_table(rules):
    wire_a = make_article(
        "a.txt",
        f"Ministers meet\n{WIRE}\nOnly this outlet printed this line, long enough to be a passage.",
        "Wire A",
    )
    wire_b = make_article(
        "b.txt",
        "Talks in Washington\n"
        "Local reaction was muted, with few residents following the talks closely.\n"
        + WIRE.replace("’", "'"),
        "Paper B",
    )
    result = clean_corpus([wire_a, wire_b], rules)
    rows = result.reuse[["file_a", "line_a", "file_b", "line_b", "similarity"]].to_numpy().tolist()
    assert rows == [["a.txt", 2, "b.txt", 3, 1.0]]
    assert result.reuse.loc[0, "outlet_b"] == "Paper B"
    assert result.lines.set_index(["file", "line"]).loc[("b.txt", 3), "label"] == "content"


# --- summaries and charts -------------------------------------------------------------

SMALL = (
    "Council passes budget\n"
    "Advertisement\n"
    "The council voted on Tuesday to approve the budget for next year.\n"
    "Sign up for our newsletter\n"
    "The council voted on Tuesday to approve the budget for next year."
)


def test_removed_by_reason_counts_lines_and_words_per_rule(rules):
    result = clean_corpus([make_article("a.txt", SMALL, "Paper")], rules)
    # Hand count: the story sentence has 12 words, the appeal 5, "Advertisement" 1.
    assert removed_by_reason(result.lines).to_numpy().tolist() == [
        ["Paper", "exact-duplicate", 1, 12],
        ["Paper", "subscription-appeal", 1, 5],
        ["Paper", "advertisement", 1, 1],
    ]
    row = result.articles.iloc[0]
    assert (row["words_raw"], row["words_clean"], row["lines_raw"]) == (3 + 1 + 12 + 5 + 12, 15, 5)
    assert (row["lines_removed"], row["duplicates_removed"]) == (3, 1)


def test_a_split_counts_its_removed_words_but_no_line(seed_result):
    summary = removed_by_reason(seed_result.lines).set_index(["outlet", "rule"])
    # Lines 2-5 of The Independent, plus the 6 words cut from the front of line 6.
    assert summary.loc[("The Independent", "donation-appeal"), "lines"] == 4
    appeal = seed_result.lines.query("file == @INDEPENDENT and line in [2, 3, 4, 5]")["text"]
    words = sum(map(word_count, appeal))
    assert summary.loc[("The Independent", "donation-appeal"), "words"] == words + 6


def test_cleaning_charts_return_labelled_figures(seed_result):
    colors = charts.outlet_colors(seed_result.articles["outlet"])
    words = charts.words_before_after(seed_result.articles, colors)
    removed = charts.removed_by_reason_chart(removed_by_reason(seed_result.lines), colors)
    for figure in (words, removed):
        assert isinstance(figure, Figure)
        assert all(axes.get_xlabel() for axes in figure.axes)
    assert words.axes[0].get_title() == "Words per outlet before and after cleaning"
    assert [t.get_text() for t in words.axes[0].get_yticklabels()][-1] == "ABC News"


# --- kinds of boilerplate in any outlet (tests/fixtures/kinds) -----------------------


@pytest.fixture(scope="module")
def kinds_fixture(rules):
    folder = FIXTURES / "kinds"
    read = corpus.read_corpus(folder)
    expected = yaml.safe_load((folder / "expected.yml").read_text(encoding="utf-8"))
    return read, clean_corpus(read.articles, rules), expected


@pytest.mark.parametrize("file", ["harbour_times_ferry.txt", "harbour_times_school.txt"])
def test_every_kind_is_found_and_the_story_survives(kinds_fixture, file):
    read, result, expected = kinds_fixture
    article = next(a for a in read.articles if a.file == file)
    assert disagreements(article, result.lines, expected[file]) == []


def test_every_removed_line_has_a_kind_and_a_reason(kinds_fixture):
    _, result, _ = kinds_fixture
    removed = result.lines[result.lines["label"] == "boilerplate"]
    assert (removed["rule"] != "").all() and (removed["reason"] != "").all()
