"""Entities against the hand-made gold (tests/fixtures/gold/people.yml), a non-seed text, bad
input, and the per-article steps composed as a distributed run would compose them."""

from __future__ import annotations

import pickle
from pathlib import Path

import pandas as pd
import pytest
import yaml

from helpers.base import catalogue
from helpers.entities import identities, parsing

GOLD = Path(__file__).parents[1] / "fixtures" / "gold"
COLUMNS = ["file", "outlet", "paragraph", "line", "text"]


def other_event() -> tuple[pd.DataFrame, dict[str, str]]:
    """Paragraphs and headlines of gold/other_event.yml (another event, written by hand)."""
    articles = yaml.safe_load((GOLD / "other_event.yml").read_text(encoding="utf-8"))
    rows = [
        (file, article["outlet"], n, n, text)
        for file, article in articles.items()
        for n, text in enumerate(article["paragraphs"], start=1)
    ]
    headlines = {file: article["headline"] for file, article in articles.items()}
    return pd.DataFrame(rows, columns=COLUMNS), headlines


@pytest.fixture(scope="module")
def gold() -> dict:
    return yaml.safe_load((GOLD / "people.yml").read_text(encoding="utf-8"))


def gold_person(entity: str, gold: dict) -> str | None:
    """The gold key of a found entity name, or None."""
    return next((key for key, names in gold["people"].items() if entity in names), None)


def person_counts(mentions: pd.DataFrame) -> pd.DataFrame:
    body = mentions[(mentions["paragraph"] > 0) & (mentions["label"] == "PERSON")]
    return body.groupby(["file", "entity"]).agg(
        mentions=("text", "size"), attributive=("attributive", "sum")
    )


def test_table_has_the_documented_columns(seed_mentions):
    assert list(seed_mentions.columns) == catalogue.columns("mentions")
    assert seed_mentions["attributive"].dtype == bool
    assert (seed_mentions["sentence"] >= 1).all()


def test_offsets_point_at_the_text(seed_mentions, seed_paragraphs, seed_headlines):
    texts = {(r.file, r.paragraph): r.text for r in seed_paragraphs.itertuples()}
    for m in seed_mentions.itertuples():
        text = seed_headlines[m.file] if m.paragraph == 0 else texts[(m.file, m.paragraph)]
        assert text[m.start : m.end] == m.text


def test_every_person_named_twice_is_found(seed_mentions, gold):
    found = person_counts(seed_mentions).reset_index()
    for file, people in gold["counts"].items():
        named = {gold_person(e, gold) for e in found.loc[found["file"] == file, "entity"]}
        missing = [p for p, c in people.items() if c["mentions"] >= 2 and p not in named]
        assert not missing, f"{file}: not found {missing}"


def test_no_person_under_two_names(seed_mentions, gold):
    people = seed_mentions.loc[seed_mentions["label"] == "PERSON", "entity"].unique()
    keys = [gold_person(e, gold) for e in people]
    doubled = {k for k in keys if k is not None and keys.count(k) > 1}
    assert not doubled, f"one person, several names: {doubled}"
    unknown = [e for e, k in zip(people, keys, strict=True) if k is None]
    assert unknown == [], f"people the gold does not know: {unknown}"


def test_no_gold_person_left_as_an_organisation(seed_mentions, gold):
    names = {n for ns in gold["people"].values() for n in ns}
    surnames = {[w for w in n.split() if w != "III"][-1] for n in names}
    suspects = seed_mentions[
        seed_mentions["text"].isin(names | surnames) & (seed_mentions["label"] != "PERSON")
    ]
    assert suspects.empty, suspects[["file", "paragraph", "text", "label"]].to_string()
    people = set(seed_mentions.loc[seed_mentions["label"] == "PERSON", "entity"])
    assert not people & set(gold["not_people"])


def test_mention_counts_agree_with_the_hand_count(seed_mentions, gold):
    """Main actors (5+ mentions in an article) within 5% (at least 1) of the hand count."""
    found = person_counts(seed_mentions)
    rows = []
    for file, people in gold["counts"].items():
        for person, expected in people.items():
            names = gold["people"][person]
            got = found.loc[file].reindex(names).dropna() if file in found.index else found.iloc[:0]
            count = int(got["mentions"].sum())
            rows.append((file[:3], person, expected["mentions"], count))
            if expected["mentions"] >= 5:
                assert abs(count - expected["mentions"]) <= max(1, 0.05 * expected["mentions"]), (
                    file,
                    person,
                    count,
                )
                assert abs(int(got["attributive"].sum()) - expected["attributive"]) <= 1
    table = pd.DataFrame(rows, columns=["file", "person", "gold", "found"])
    exact = (table["gold"] == table["found"]).mean()
    print(f"\nperson mention counts equal to the hand count: {exact:.1%} of {len(table)}")
    print(f"total person mentions: gold {table['gold'].sum()}, found {table['found'].sum()}")


def test_headline_people_are_paragraph_zero(seed_mentions, gold):
    heads = seed_mentions[(seed_mentions["paragraph"] == 0) & (seed_mentions["label"] == "PERSON")]
    for file, people in gold["headlines"].items():
        found = {gold_person(e, gold) for e in heads.loc[heads["file"] == file, "entity"]}
        assert found == set(people), file


def test_place_spellings_are_one_entity(seed_mentions, gold):
    for forms in gold["same_entity"]:
        named = seed_mentions.loc[seed_mentions["text"].isin(forms), "entity"].unique()
        assert len(named) == 1, (forms, list(named))
    assert seed_mentions.loc[seed_mentions["text"] == "US", "entity"].iloc[0] == "United States"


def test_attributive_uses_can_be_left_out(seed_paragraphs, seed_docs, aliases, seed_mentions):
    without = identities.extract_mentions(
        seed_paragraphs, seed_docs, aliases, include_attributive=False
    )
    body = seed_mentions[seed_mentions["paragraph"] > 0]
    assert len(without) == len(body) - body["attributive"].sum()
    administration = body[body["attributive"] & (body["entity"] == "Donald Trump")]
    assert len(administration) == 4 + 6 + 1 + 3  # hand count, people.yml


def test_metonyms_are_grouped_only_on_request(seed_paragraphs, seed_docs, aliases, seed_mentions):
    assert {"Moscow", "Kremlin"} <= set(seed_mentions["entity"])
    grouped = identities.extract_mentions(seed_paragraphs, seed_docs, aliases, group_metonyms=True)
    assert not {"Moscow", "Kremlin"} & set(grouped["entity"])
    moscow = grouped[grouped["text"].isin(["Moscow", "Kremlin"])]
    assert set(moscow["entity"]) == {"Russian government"}


def test_a_different_event(spacy_pipeline, aliases):
    paragraphs, headlines = other_event()
    docs = list(parsing.parse_texts(spacy_pipeline, paragraphs["text"]))
    found = identities.extract_mentions(paragraphs, docs, aliases, headlines=headlines)
    people = found[found["label"] == "PERSON"]
    counts = people[people["paragraph"] > 0].groupby(["file", "entity"]).size()
    assert counts[("a.txt", "Olaf Scholz")] == 5  # 1, 2, 3 ("Mr. Scholz"), 5 and 8 (attributive)
    assert counts[("b.txt", "Olaf Scholz")] == 2
    assert counts[("a.txt", "Friedrich Merz")] == 2
    zelensky = set(people.loc[people["text"].str.startswith(("Zelensk", "Volodymyr")), "entity"])
    assert len(zelensky) == 1 and counts[("b.txt", zelensky.pop())] == 3
    attributive = people[people["attributive"]]
    assert list(attributive[attributive["file"] == "a.txt"]["paragraph"]) == [5, 8]
    assert counts[("c.txt", "Jacinda Ardern")] == 5  # 1, 2, 5, 9 and 11 ("the Ardern government")
    assert counts[("d.txt", "Dennis Muilenburg")] == 3 and counts[("d.txt", "David Calhoun")] == 3
    assert set(attributive["file"] + ":" + attributive["paragraph"].astype(str)) == {
        "a.txt:5",
        "a.txt:8",
        "c.txt:11",
        "d.txt:7",
    }
    assert set(found.loc[found["text"].isin(["IMF", "International Monetary Fund"]), "entity"]) == {
        "International Monetary Fund"
    }
    assert set(found.loc[found["text"].isin(["Kyiv", "Kiev"]), "entity"]) == {"Kyiv"}
    assert found[(found["paragraph"] == 0)]["entity"].tolist() == ["Olaf Scholz", "Kyiv"]


def test_empty_input(spacy_pipeline, aliases):
    empty = pd.DataFrame(columns=COLUMNS)
    found = identities.extract_mentions(empty, [], aliases, headlines={})
    assert found.empty and list(found.columns) == catalogue.columns("mentions")


def test_docs_must_match_the_paragraphs(spacy_pipeline, aliases):
    paragraphs, _ = other_event()
    docs = list(parsing.parse_texts(spacy_pipeline, paragraphs["text"]))
    with pytest.raises(ValueError, match="docs for"):
        identities.extract_mentions(paragraphs, docs[:-1], aliases)
    with pytest.raises(ValueError, match="a.txt, paragraph 1"):
        identities.extract_mentions(paragraphs, docs[1:] + docs[:1], aliases)


def test_per_article_steps_compose_to_the_whole(
    seed_paragraphs, seed_docs, aliases, seed_headlines, spacy_pipeline
):
    """Partitions of whole articles, as a Dask bag would hold them (one without any name):
    evidence summed in another order, each partition resolved on its own, one merge."""
    quiet = pd.DataFrame([("z.txt", "Z", 1, 1, "It rained all day.")], columns=COLUMNS)
    paragraphs = pd.concat([seed_paragraphs, quiet], ignore_index=True)
    docs = [*seed_docs, spacy_pipeline(quiet["text"][0])]
    files = list(paragraphs["file"].unique())
    parts = []
    for chunk in (files[:1], files[1:3], files[3:5], files[5:]):
        keep = paragraphs["file"].isin(chunk).to_numpy()
        parts.append((paragraphs[keep], [d for d, k in zip(docs, keep, strict=True) if k]))
    evidence = [identities.name_evidence(part_docs, aliases.titles) for _, part_docs in parts]
    total = pickle.loads(pickle.dumps(evidence[2] + evidence[0] + evidence[3] + evidence[1]))
    tables = [identities.article_mentions(p, part_docs, total, aliases) for p, part_docs in parts]
    assert tables[-1].empty and list(tables[-1].columns) == identities.ARTICLE_COLUMNS
    found = pd.concat(tables, ignore_index=True)
    for options in ({"headlines": seed_headlines}, {"include_attributive": False}):
        composed = identities.merge_identities(found, aliases, **options)
        local = identities.extract_mentions(paragraphs, docs, aliases, **options)
        pd.testing.assert_frame_equal(composed, local)


def test_an_article_needs_the_corpus_evidence(seed_paragraphs, seed_docs, aliases):
    """Why the evidence is summed over partitions: alone, the Post's title-case tweet makes
    "Election Meddling" a person, as only other articles write "meddling" in lower case."""
    post = (seed_paragraphs["file"] == "004_12127f88660ddda3.txt").to_numpy()
    paragraphs = seed_paragraphs[post]
    docs = [d for d, k in zip(seed_docs, post, strict=True) if k]
    own = identities.name_evidence(docs, aliases.titles)
    corpus = identities.name_evidence(seed_docs, aliases.titles)
    alone = identities.article_mentions(paragraphs, docs, own, aliases)
    assert "Election Meddling" in set(alone.loc[alone["label"] == "PERSON", "text"])
    assert "Election Meddling" not in set(
        identities.article_mentions(paragraphs, docs, corpus, aliases)["text"]
    )


def test_a_lone_surname_is_the_person_named_in_far_more_articles(spacy_pipeline, aliases):
    # Ten articles name Barack Obama once each; one profile names Michelle Obama twelve
    # times. An article that writes "Obama" alone, with no full name, means the president:
    # counted in mentions the profile would outweigh him (12 against 10), in articles not.
    rows = [(f"b{n}.txt", "Daily", 1, 1, "Barack Obama spoke in Chicago.") for n in range(10)]
    rows += [("m.txt", "Daily", n, n, "Michelle Obama visited a school.") for n in range(1, 13)]
    rows += [("o.txt", "Daily", 1, 1, "Obama said the deal was good.")]
    paragraphs = pd.DataFrame(rows, columns=COLUMNS)
    docs = list(parsing.parse_texts(spacy_pipeline, paragraphs["text"]))
    found = identities.extract_mentions(paragraphs, docs, aliases)
    assert found.loc[found["file"] == "o.txt", "entity"].tolist() == ["Barack Obama"]
    assert set(found.loc[found["file"] == "m.txt", "entity"]) == {"Michelle Obama"}


def test_a_father_and_son_named_in_one_article_stay_two_people(spacy_pipeline, aliases):
    # One article names both, so "Jr." tells two people apart; another names only the son
    # in full, then writes "Trump" alone for the president, as the news does ("Trump Jr."
    # for the son); a third writes only "Donald Trump".
    rows = [
        ("a.txt", "Daily", 1, 1, "Donald Trump Jr. said his father Donald Trump would win."),
        ("b.txt", "Daily", 1, 1, "Donald Trump Jr. spoke in Ohio on Monday."),
        ("b.txt", "Daily", 2, 2, "Trump later called the inquiry a witch hunt."),
        ("c.txt", "Daily", 1, 1, "Donald Trump spoke in Texas."),
    ]
    paragraphs = pd.DataFrame(rows, columns=COLUMNS)
    docs = list(parsing.parse_texts(spacy_pipeline, paragraphs["text"]))
    found = identities.extract_mentions(paragraphs, docs, aliases)
    people = found[found["label"] == "PERSON"].set_index(["file", "paragraph", "text"])["entity"]
    assert people[("a.txt", 1, "Donald Trump Jr.")] == people[("b.txt", 1, "Donald Trump Jr.")]
    assert people[("a.txt", 1, "Donald Trump Jr.")] != people[("a.txt", 1, "Donald Trump")]
    assert people[("b.txt", 2, "Trump")] == people[("c.txt", 1, "Donald Trump")] == "Donald Trump"
