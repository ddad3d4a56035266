"""The tables a codebook gives: evidence, shares per outlet, lead frames, and their charts.

Expectations about the seeds come from reading them (`cat -n seeds/FILE`), not from output.
"""

from __future__ import annotations

import pandas as pd
import pytest
from matplotlib.figure import Figure

from helpers.base import catalogue, sentence_table
from helpers.framing import codebook_tables
from helpers.report import charts


@pytest.fixture(scope="module")
def event_shares(seed_sentences, event_book):
    shares = codebook_tables.frame_shares(seed_sentences, event_book, iterations=200)
    return shares.pivot(index="frame", columns="outlet", values="share")


# --- the seeds, as a careful reader sees them --------------------------------------------


def test_independent_and_cnn_dwell_on_the_comey_firing(event_shares):
    comey = event_shares.loc["Comey firing"]
    # The Independent's lead is the firing ("sacked", "He was fired? You're kidding"); CNN and
    # ABC open with it; NBC gives it one sentence and the Post one paragraph about 2017.
    for outlet in ("The Independent", "CNN", "ABC News"):
        assert comey[outlet] > comey["NBC News"]
        assert comey[outlet] > comey["The Washington Post"]


def test_kislyak_and_flynn_belong_to_nbc_cnn_and_abc(seed_sentences, event_book):
    evidence = codebook_tables.frame_evidence(seed_sentences, event_book)
    names = evidence[evidence["matched"].str.contains("kislyak|flynn")]
    per_outlet = names.groupby("outlet").size()
    # NBC lines 21 and 23, CNN lines 13-19 and 51-55, ABC line 10; the Independent names
    # Kislyak once (line 18) and the Post never.
    for outlet in ("NBC News", "CNN", "ABC News"):
        assert per_outlet.get(outlet, 0) >= 2
    assert per_outlet.get("The Independent", 0) == 1
    assert per_outlet.get("The Washington Post", 0) == 0


def test_cnn_gives_the_russia_investigation_most_space(event_shares):
    investigation = event_shares.loc["Russia investigation (Kislyak, Flynn)"]
    assert investigation.idxmax() == "CNN"


def test_abc_leads_on_syria_and_the_post_barely_mentions_it(event_shares):
    syria = event_shares.loc["Syria"]
    assert syria.idxmax() == "ABC News"
    assert syria["NBC News"] > syria["The Washington Post"]
    assert syria["The Washington Post"] == syria.min()


def test_the_post_is_about_ukraine_impeachment_arms_control_and_interference(event_shares):
    for frame in ("Ukraine", "Impeachment", "Arms control", "Election interference"):
        assert event_shares.loc[frame].idxmax() == "The Washington Post", frame
    for frame in ("Impeachment", "Arms control"):
        others = event_shares.loc[frame].drop("The Washington Post")
        assert (others == 0).all(), frame


def test_only_nbc_and_the_independent_mention_afghanistan(event_shares):
    afghanistan = event_shares.loc["Afghanistan"]
    assert set(afghanistan[afghanistan > 0].index) == {"NBC News", "The Independent"}


def test_press_access_and_photos(event_shares):
    photos = event_shares.loc["Press access and photos"]
    # ABC's only photo mention is the Flickr embed, which is not story text.
    assert photos["ABC News"] == 0
    for outlet in ("NBC News", "CNN", "The Washington Post"):
        assert photos[outlet] > photos["The Independent"]


def test_shares_are_reproducible_and_one_article_outlets_get_no_interval(
    seed_sentences, event_book
):
    first = codebook_tables.frame_shares(seed_sentences, event_book, iterations=100, seed=3)
    again = codebook_tables.frame_shares(seed_sentences, event_book, iterations=100, seed=3)
    pd.testing.assert_frame_equal(first, again)
    assert list(first.columns) == catalogue.columns("frames")
    assert len(first) == 5 * len(event_book.frames)
    # Each seed outlet has one article: nothing shows how its articles vary.
    assert first[["ci_low", "ci_high"]].isna().all().all()
    assert first["words_share"].between(0, 1).all()


def test_intervals_resample_articles_not_sentences(event_book):
    # Outlet A: article a1's ten sentences all name Comey's firing, a2's ten none. Resampling
    # the two articles gives a1 twice (share 1), a2 twice (0) or both (1/2), so the 95%
    # interval runs from 0 to 1; resampling the 20 sentences as if independent would have
    # given about 0.3 to 0.7.
    fired = "Trump fired FBI Director James Comey."
    other = "The weather was mild in Washington."
    rows = [("a1", fired)] * 10 + [("a2", other)] * 10
    sentences = pd.DataFrame(
        [
            (
                file,
                "A",
                1,
                n + 1,
                n + 1,
                text,
                6,
                text.lower().rstrip("."),
                text.lower().rstrip("."),
            )
            for n, (file, text) in enumerate(rows)
        ],
        columns=[
            "file",
            "outlet",
            "paragraph",
            "line",
            "sentence",
            "text",
            "words",
            "lemmas",
            "forms",
        ],
    )
    shares = codebook_tables.frame_shares(sentences, event_book, iterations=2000).set_index("frame")
    assert shares.loc["Comey firing", "share"] == 0.5
    assert shares.loc["Comey firing", ["ci_low", "ci_high"]].tolist() == [0.0, 1.0]


def test_headlines_count_only_for_the_lead(seed_sentences, event_book):
    evidence = codebook_tables.frame_evidence(seed_sentences, event_book)
    assert (evidence["paragraph"] > 0).all()
    paragraphs_only = sentence_table.body(seed_sentences)
    pd.testing.assert_frame_equal(
        codebook_tables.frame_shares(seed_sentences, event_book, iterations=20),
        codebook_tables.frame_shares(paragraphs_only, event_book, iterations=20),
    )
    assert set(codebook_tables.lead_frames(paragraphs_only, event_book)["part"]) == {"lead"}


def test_lead_frames_show_what_each_article_leads_with(seed_sentences, event_book):
    lead = codebook_tables.lead_frames(seed_sentences, event_book)
    by_outlet = lead.groupby(["outlet", "part"])["frame"].apply(set)
    # "...day after sacking FBI Director investigating Russia ties"
    assert "Comey firing" in by_outlet["The Independent", "headline"]
    assert "Comey firing" in by_outlet["ABC News", "headline"]  # "...amid Comey controversy"
    assert by_outlet["The Washington Post", "headline"] == {"Election interference"}
    assert {"Impeachment", "Ukraine"} <= by_outlet["The Washington Post", "lead"]
    assert ("CNN", "headline") not in by_outlet.index  # CNN's text carries no headline


def test_frame_charts_return_figures_and_mark_the_flagged_outlet(seed_sentences, event_book):
    shares = codebook_tables.frame_shares(seed_sentences, event_book, iterations=50)
    flagged = ["The Washington Post"]
    colors = charts.outlet_colors(shares["outlet"])
    for figure in (
        charts.frame_share_chart(shares, colors, flagged_outlets=flagged),
        charts.frame_heatmap(shares, colors, flagged_outlets=flagged),
    ):
        assert isinstance(figure, Figure)
        labels = [t.get_text() for ax in figure.axes for t in ax.get_xticklabels()]
        labels += [t.get_text() for ax in figure.axes for t in ax.get_yticklabels()]
        assert "The Washington Post \u2020" in labels


# --- another event: the generic codebook must make sense there too ------------------------


def test_generic_frames_of_a_factory_strike(strike_sentences, generic_book):
    shares = codebook_tables.frame_shares(strike_sentences, generic_book, iterations=100)
    table = shares.pivot(index="frame", columns="outlet", values="share").drop("Other")
    # The Gazette writes about pay and prices, Valley Radio about injuries and fumes, the
    # Ledger about the council vote, the court case and a poll.
    assert table["Harbour Gazette"].idxmax() == "Economic"
    assert table.loc["Economic"].idxmax() == "Harbour Gazette"
    assert table["Valley Radio"].idxmax() == "Health and safety"
    assert table.loc["Health and safety"].idxmax() == "Valley Radio"
    assert table["The Northern Ledger"].idxmax() == "Political"
    assert (
        table.loc["Legality, constitutionality and jurisprudence"].idxmax() == "The Northern Ledger"
    )
