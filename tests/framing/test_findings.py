"""Findings: plain sentences with their numbers, from small hand-made tables and the seeds."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.base import catalogue
from helpers.framing import codebooks, events, findings

FRAMES = pd.DataFrame(
    [
        # codebook, outlet, frame, sentences, outlet_sentences, share, ci_low, ci_high,
        # words_share
        ("event", "Alpha", "Syria", 8, 20, 0.40, 0.20, 0.60, 0.45),
        ("event", "Beta", "Syria", 2, 50, 0.04, 0.00, 0.12, 0.05),
        ("event", "Gamma", "Syria", 5, 50, 0.10, 0.00, 0.25, 0.10),
        ("event", "Alpha", "Diplomacy", 4, 20, 0.20, 0.05, 0.40, 0.20),
        ("event", "Beta", "Diplomacy", 11, 50, 0.22, 0.08, 0.40, 0.25),
        ("event", "Gamma", "Diplomacy", 9, 50, 0.18, 0.05, 0.35, 0.18),
    ],
    columns=catalogue.columns("frames"),
)
EVENTS = pd.DataFrame(
    [
        (
            "a.txt",
            "Alpha",
            "2017-05-10",
            'weekday "Wednesday" (line 3): They met on Wednesday.',
            False,
        ),
        (
            "b.txt",
            "Beta",
            "2017-05-10",
            'caption "May 10, 2017" (line 7): Trump and Lavrov.',
            False,
        ),
        ("c.txt", "Gamma", "2019-12-10", 'weekday "Tuesday" (line 8): They met on Tuesday.', True),
        ("d.txt", "Delta", "", "no date in the text", False),
    ],
    columns=catalogue.columns("events"),
)
QUOTES = pd.DataFrame(
    [
        ("a.txt", "Alpha", 1, 3, "We are kidding", "Lavrov", "said", 3),
        ("a.txt", "Alpha", 2, 5, "Very good meeting indeed", "Lavrov", "said", 4),
        ("a.txt", "Alpha", 3, 9, "A long statement of many words here", "Tillerson", "said", 7),
        ("b.txt", "Beta", 1, 2, "Not at all", "Trump", "said", 3),
        ("b.txt", "Beta", 2, 4, "Absurd", "Lavrov", "said", 1),
        ("b.txt", "Beta", 3, 6, "Fake news", "Trump", "said", 2),
        ("b.txt", "Beta", 4, 8, "Unattributed", "", "", 1),
    ],
    columns=["file", "outlet", "paragraph", "line", "quote", "speaker", "cue", "words"],
)
REUSE = pd.DataFrame(
    [
        ("a.txt", 4, "b.txt", 6, 0.97, "The two governments still disagree on the role of Assad."),
        ("a.txt", 5, "b.txt", 7, 0.93, "Russia supports Assad."),
    ],
    columns=["file_a", "line_a", "file_b", "line_b", "similarity", "text"],
)


def test_frame_finding_names_the_outlet_its_share_and_interval():
    found = findings.frame_findings(FRAMES)
    # Alpha: 40% of its sentences on Syria, the others 4% and 10% (median 7%); Beta tops
    # Diplomacy, narrowly: 22% against 20% and 18%. Gamma tops nothing.
    assert found == [
        "Alpha gives Syria more space than any other outlet (event codebook): 40% of its "
        "sentences (95% interval 20% to 60%), against a median of 7% for the other outlets.",
        "Beta gives Diplomacy more space than any other outlet (event codebook): 22% of its "
        "sentences (95% interval 8% to 40%), against a median of 19% for the other outlets.",
    ]


def test_skipped_frames_and_small_shares_are_not_findings():
    assert [
        f.split(" gives")[0] for f in findings.frame_findings(FRAMES, skip_frames=["Syria"])
    ] == ["Beta"]
    tiny = FRAMES.assign(share=FRAMES["share"] / 10)  # every share under 5%
    assert findings.frame_findings(tiny) == []


def test_event_findings_name_the_other_event_and_the_undated():
    found = findings.event_findings(EVENTS)
    assert found[0] == (
        "Gamma's article (c.txt) reports a different event: it is dated 2019-12-10 (from weekday "
        '"Tuesday" (line 8)), while 2 of 3 dated articles report 2017-05-10.'
    )
    assert (
        found[1]
        == "1 article(s) name no day for the event and could not be checked: Delta (d.txt)."
    )


def test_quote_findings_count_quotes_per_outlet_and_reach():
    found = findings.quote_findings(QUOTES)
    assert found == [
        "Alpha quotes Lavrov most: 2 quote(s), 7 words.",
        "Beta quotes Trump most: 2 quote(s), 5 words.",
        "Lavrov is quoted by the most outlets: 2 of 2, 3 quote(s) in all.",
    ]


def test_reuse_findings_use_outlet_names():
    found = findings.reuse_findings(REUSE, {"a.txt": "Alpha", "b.txt": "Beta"})
    assert found == [
        "Alpha and Beta share 2 passage(s) nearly word for word (similarity up to 0.97), likely "
        'wire copy, e.g. "The two governments still disagree on the role of Assad.".'
    ]


def test_reuse_findings_name_the_pairs_sharing_most_and_count_the_rest():
    rows = [
        (f"{n:02d}.txt", line, f"{n + 1:02d}.txt", line, 0.9, f"Passage {line}.")
        for n in range(12)
        for line in range(1 + (n == 7) + 2 * (n == 9))
    ]
    reuse = pd.DataFrame(
        rows, columns=["file_a", "line_a", "file_b", "line_b", "similarity", "text"]
    )
    found = findings.reuse_findings(reuse, {}, most=3)
    assert [f.split(" nearly")[0] for f in found[:3]] == [
        "09.txt and 10.txt share 3 passage(s)",
        "07.txt and 08.txt share 2 passage(s)",
        "00.txt and 01.txt share 1 passage(s)",
    ]
    assert found[3] == "9 more pair(s) of articles share or repeat passages: see the reuse table."
    assert len(found) == 4
    assert findings.reuse_findings(reuse, {}, most=0) == [
        "12 more pair(s) of articles share or repeat passages: see the reuse table."
    ]
    with pytest.raises(ValueError, match="most must be 0 or more"):
        findings.reuse_findings(reuse, {}, most=-1)


def test_all_findings_are_plain_text_in_report_order():
    found = findings.all_findings(FRAMES, EVENTS, QUOTES, REUSE)
    assert found[0].startswith("Gamma's article")
    assert any(f.startswith("Alpha gives Syria more space") for f in found)
    assert found[-1].startswith("Alpha and Beta share")
    assert not any("<" in f or ">" in f for f in found)


def test_an_outlet_about_another_event_is_marked_in_frame_findings():
    found = findings.frame_findings(FRAMES, flagged={"Alpha"})
    assert found[0].startswith("Alpha (its article reports another event) gives Syria more space")


def test_seed_findings(seed_sentences, seed_corpus):
    # Caption and embed dates read off the seeds by hand (as in test_events).
    lines = {a.file: (a.outlet, a.lines) for a in seed_corpus.articles}
    captions = pd.DataFrame(
        [
            (file, lines[file][0], line, day, lines[file][1][line - 1], "caption")
            for file, line, day in [
                ("000_a6b577aae19b0816.txt", 7, "2017-05-10"),
                ("000_a6b577aae19b0816.txt", 47, "2017-04-12"),
                ("002_258131335ec2c961.txt", 12, "2017-05-10"),
                ("004_12127f88660ddda3.txt", 5, "--12-10"),
            ]
        ],
        columns=["file", "outlet", "line", "date", "text", "source"],
    )
    table = events.event_tables(seed_sentences, captions).events
    book = codebooks.load_codebook("frames/event.yml")
    shares = codebooks.frame_shares(seed_sentences, book, iterations=200)
    found = findings.all_findings(shares, table)
    assert found[0].startswith("The Washington Post's article (004_12127f88660ddda3.txt) reports")
    assert "dated 2019-12-10" in found[0] and "3 of 4 dated articles report 2017-05-10" in found[0]
    assert found[1].startswith("1 article(s) name no day") and "The Independent" in found[1]
    # What a reader sees (see test_framing): the Independent leads on the firing, ABC on
    # Syria, the Post on Ukraine (its own meeting, marked).
    emphasis = [f for f in found if "more space than any other outlet (event codebook)" in f]
    assert any(f.startswith("The Independent gives Comey firing more space") for f in emphasis)
    assert any(f.startswith("ABC News gives Syria more space") for f in emphasis)
    post = "The Washington Post (its article reports another event) gives Ukraine more space"
    assert any(f.startswith(post) for f in emphasis)


def test_unattributed_quotes_name_nobody():
    unattributed = QUOTES.assign(speaker="unattributed")
    assert findings.quote_findings(unattributed) == []


def test_per_outlet_findings_name_the_named_outlets_and_count_the_rest():
    found = findings.quote_findings(QUOTES, named=["Beta"])
    assert found[:2] == [
        "Beta quotes Trump most: 2 quote(s), 5 words.",
        "Who the other 1 outlets quote most: see the quotes table.",
    ]
    terms = pd.DataFrame(
        [("Alpha", "wage", 3.1, 9), ("Beta", "strike", 2.5, 6), ("Gamma", "picket", 2.2, 4)],
        columns=catalogue.columns("distinctive_terms"),
    )
    assert findings.distinctive_findings(terms, named=["Alpha"]) == [
        "Words most distinctive of Alpha: wage (9 uses, z 3.1).",
        "Words most distinctive of the other 2 outlets: see the distinctive_terms table.",
    ]


def test_event_findings_list_at_most_ten_articles():
    undated = pd.DataFrame(
        [(f"{n:02d}.txt", f"Outlet {n:02d}", "", "no date in the text", False) for n in range(12)],
        columns=catalogue.columns("events"),
    )
    (found,) = findings.event_findings(undated)
    assert found.startswith("12 article(s) name no day for the event and could not be checked: ")
    assert "Outlet 09 (09.txt) and 2 more (see the events table)." in found
    assert "Outlet 10" not in found
