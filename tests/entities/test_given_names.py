"""A first name the model leaves out of a person's name, on hand-written articles whose
answers a person decided by reading them."""

from __future__ import annotations

from collections import Counter

import pandas as pd
import spacy
from spacy.tokens import Doc

from helpers.base import paths
from helpers.entities import identities, parsing, quotes
from helpers.entities.corpus_names import NameEvidence
from helpers.entities.given_names import join_given_names
from helpers.entities.name_spans import NameSpan

COLUMNS = ["file", "outlet", "paragraph", "line", "text"]


def _read(spacy_pipeline, aliases, paragraphs: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    frame = pd.DataFrame(
        [("a.txt", "Outlet", n, n, text) for n, text in enumerate(paragraphs, start=1)],
        columns=COLUMNS,
    )
    docs = list(parsing.parse_texts(spacy_pipeline, frame["text"]))
    mentions = identities.extract_mentions(frame, docs, aliases)
    verbs = quotes.load_speech_verbs(paths.DATA_DIR / "speech_verbs.txt")
    return mentions, quotes.extract_quotes(frame, docs, mentions, verbs)


def test_a_daughter_named_after_her_father_is_her_own_person(spacy_pipeline, aliases):
    # The small model tags nothing in "Later, Ivanka Trump walked ...": read as the article's
    # Trump, the daughter would be the father, and her quotation his.
    mentions, found = _read(
        spacy_pipeline,
        aliases,
        [
            "Donald Trump held a rally in Ohio on Monday.",
            "Later, Ivanka Trump walked onto the stage in a pale dress from her own label.",
            '"Women who work deserve better," she said.',
        ],
    )
    second = mentions[mentions["paragraph"] == 2]
    assert list(zip(second["text"], second["entity"], strict=True)) == [
        ("Ivanka Trump", "Ivanka Trump")
    ]
    assert found["speaker"].tolist() == ["Ivanka Trump"]


def test_a_party_or_a_sentence_opening_is_no_first_name(spacy_pipeline, aliases):
    # "When" opens a clause and "Republican" names a party: neither begins a name.
    mentions, _ = _read(
        spacy_pipeline,
        aliases,
        [
            "Donald Trump held a rally in Ohio on Monday.",
            "When Trump spoke, Republican Trump voters cheered.",
        ],
    )
    second = mentions[(mentions["paragraph"] == 2) & (mentions["label"] == "PERSON")]
    assert set(second["entity"]) == {"Donald Trump"}
    assert "Republican Trump" not in set(second["text"])


def test_another_persons_surname_is_no_first_name(spacy_pipeline, aliases):
    # "Pence Trump" names the running mate and the candidate, not a third person called
    # Trump; the small model tags neither word here.
    mentions, found = _read(
        spacy_pipeline,
        aliases,
        [
            "Donald Trump and Mike Pence held a rally in Ohio, as planned.",
            "Pence Trump signs dotted the lawns along the road.",
            '"We will win Ohio," Trump said.',
        ],
    )
    people = mentions[(mentions["paragraph"] > 1) & (mentions["label"] == "PERSON")]
    assert list(zip(people["text"], people["entity"], strict=True)) == [
        ("Pence", "Mike Pence"),
        ("Trump", "Donald Trump"),
        ("Trump", "Donald Trump"),
    ]
    assert found["speaker"].tolist() == ["Donald Trump"]


def _doc(vocab, text: str, proper: set[str]) -> Doc:
    words = text.split()
    return Doc(vocab, words=words, pos=["PROPN" if w in proper else "X" for w in words])


def test_a_capitalised_word_after_another_is_inside_a_longer_name():
    # A headline quoted in title case: "Excommunicates" follows "Francesco" and begins no
    # name, while "Ivanka", after a comma, does.
    vocab = spacy.blank("en").vocab
    proper = {"Donald", "Trump", "Francesco", "Excommunicates", "Ivanka", "La", "Stampa"}
    docs = [
        _doc(vocab, "Donald Trump spoke .", proper),
        _doc(vocab, "La Stampa wrote Francesco Excommunicates Trump .", proper),
        _doc(vocab, "Later , Ivanka Trump spoke .", proper),
    ]
    found = [[NameSpan(0, 0, 12, "Donald Trump", "PERSON")], [], []]
    join_given_names(docs, found, [[0, 1, 2]], NameEvidence(Counter()), frozenset())
    assert [[m.text for m in names] for names in found] == [["Donald Trump"], [], ["Ivanka Trump"]]


def test_a_common_word_opening_the_sentence_does_not_hide_a_first_name(spacy_pipeline, aliases):
    # "As" opens the sentence and is a common word: "Ivanka" still begins the name.
    mentions, _ = _read(
        spacy_pipeline,
        aliases,
        [
            "Donald Trump held a rally in Ohio on Monday, as Ivanka Trump will on Tuesday.",
            "As Ivanka Trump delivered her speech, her father watched.",
        ],
    )
    second = mentions[mentions["paragraph"] == 2]
    assert list(zip(second["text"], second["entity"], strict=True)) == [
        ("Ivanka Trump", "Ivanka Trump")
    ]


def test_the_first_name_of_a_full_name_before_is_joined_to_it_again():
    # Named in full once (tagged), then written again with neither word tagged: the two
    # words are her name again, not a bare "Trump" for the article to guess.
    vocab = spacy.blank("en").vocab
    proper = {"Donald", "Ivanka", "Trump"}
    docs = [
        _doc(vocab, "Donald Trump and Ivanka Trump spoke .", proper),
        _doc(vocab, "Later , Ivanka Trump walked in .", proper),
    ]
    found = [
        [
            NameSpan(0, 0, 12, "Donald Trump", "PERSON"),
            NameSpan(0, 17, 29, "Ivanka Trump", "PERSON"),
        ],
        [],
    ]
    join_given_names(docs, found, [[0, 1]], NameEvidence(Counter()), frozenset())
    assert [(m.start, m.text) for m in found[1]] == [(8, "Ivanka Trump")]


def _corpus(spacy_pipeline, aliases, articles: dict[str, list[str]]):
    rows = [
        (file, "Outlet", n, n, text)
        for file, paragraphs in articles.items()
        for n, text in enumerate(paragraphs, start=1)
    ]
    frame = pd.DataFrame(rows, columns=COLUMNS)
    docs = list(parsing.parse_texts(spacy_pipeline, frame["text"]))
    mentions = identities.extract_mentions(frame, docs, aliases)
    verbs = quotes.load_speech_verbs(paths.DATA_DIR / "speech_verbs.txt")
    return mentions, quotes.extract_quotes(frame, docs, mentions, verbs)


def test_a_first_name_before_and_and_a_full_name_shares_its_surname(spacy_pipeline, aliases):
    # "Khizr and Ghazala Khan" name two people, Khizr Khan and Ghazala Khan; "Mr. Khan" is
    # the husband (another article shows Khizr Khan a man), and his quotation his, not his
    # wife's.
    mentions, found = _corpus(
        spacy_pipeline,
        aliases,
        {
            "a.txt": [
                "The parents, Khizr and Ghazala Khan, came to Philadelphia on Thursday.",
                '"You have sacrificed nothing," Mr. Khan said.',
            ],
            "b.txt": ["Khizr Khan spoke at the convention. He held up a copy of the Constitution."],
        },
    )
    article = mentions[(mentions["file"] == "a.txt") & (mentions["label"] == "PERSON")]
    assert set(article["entity"]) == {"Khizr Khan", "Ghazala Khan"}
    assert found[found["file"] == "a.txt"]["speaker"].tolist() == ["Khizr Khan"]


def test_a_first_name_the_corpus_gives_someone_else_keeps_its_person(spacy_pipeline, aliases):
    # "Hillary and Donald Trump" are Hillary Clinton and Donald Trump, no "Hillary Trump".
    mentions, _ = _corpus(
        spacy_pipeline,
        aliases,
        {
            "a.txt": ["The race between Hillary and Donald Trump tightened in Ohio on Monday."],
            "b.txt": ["Hillary Clinton spoke in Iowa.", "Hillary Clinton spoke in Ohio."],
        },
    )
    assert "Hillary Trump" not in set(mentions["entity"])
