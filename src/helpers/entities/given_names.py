"""A first name the model did not take into a person's name, joined to the surname after it.

The small model tags "Ivanka" in "Ivanka Trump strode across the stage" as a product and
leaves "Trump" untagged, or tags only "Trump": the article then reads a second Trump as
its first, and every "she said" of the daughter goes to the father. Where a word written
like a first name stands right before a surname of one of the article's full names, the
two are one full name: another person of that surname, or the same one written in full.
A first name written before "and" and a full name shares its surname ("Khizr and Ghazala
Khan"), where the corpus names that person in full.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Token

from helpers.entities.corpus_names import NameEvidence
from helpers.entities.name_context import is_titled
from helpers.entities.name_spans import NameSpan, name_span
from helpers.entities.names import Titles, is_full_name, last_word, name_key

# Labels under which the model files a first name it does not see as one: "Ivanka" as a
# product, "Melania" as a work of art; a nationality, place, party or date never is one.
_MISREAD_FIRST_NAME = ("", "PRODUCT", "WORK_OF_ART")


def join_given_names(
    docs: Sequence[Doc],
    found: list[list[NameSpan]],
    articles: Iterable[Sequence[int]],
    evidence: NameEvidence,
    titles: Titles,
) -> None:
    """Make a full name of each surname of an article's full names (tagged alone or not at
    all) written right after a word that reads as a first name (`_reads_as_first_name`),
    in place in `found`. ("Vargas Llosa" so joined after "Mario Vargas Llosa" is him:
    `article_names.resolve_article` reads a full name ending a longer one.) The surname of
    another of the article's full names is no first name: "Pence Trump signs" name Mike
    Pence and Donald Trump."""
    for rows in articles:
        surnames = {
            word
            for r in rows
            for m in found[r]
            if m.label == "PERSON" and is_full_name(m.text) and len(word := last_word(m.text)) > 1
        }
        for r in rows:
            found[r] = _joined(r, docs[r], found[r], surnames, evidence, titles)


def _joined(
    row: int,
    doc: Doc,
    names: list[NameSpan],
    surnames: set[str],
    evidence: NameEvidence,
    titles: Titles,
) -> list[NameSpan]:
    """One paragraph's names, each surname after a first name joined to it."""
    covered = {i for m in names for i in range(m.start, m.end)}
    alone = {(m.start, m.end) for m in names if " " not in m.text}
    joined, replaced = [], set()
    for token in doc[1:]:
        end = token.idx + len(token)
        lone = token.idx not in covered or (token.idx, end) in alone
        before = doc[token.i - 1]
        if (
            token.text in surnames
            and lone
            and before.text not in surnames  # "Pence Trump signs": two people's surnames
            and before.idx not in covered
            and _reads_as_first_name(before, evidence)
            and not _follows_a_capital(before, evidence)
            and not is_titled(doc[token.i : token.i + 1], titles)
        ):
            replaced.add(token.idx)
            joined.append(name_span(row, doc[before.i : token.i + 1], "PERSON"))
    kept = [m for m in names if m.start not in replaced]
    coupled = _coupled(row, doc, kept + joined, evidence)
    kept = [m for m in kept if m.start not in {c.start for c in coupled}]
    return sorted(kept + joined + coupled, key=lambda m: m.start)


def _coupled(row: int, doc: Doc, names: list[NameSpan], evidence: NameEvidence) -> list[NameSpan]:
    """A first name written before "and" and a full name, as the full name it shares the
    surname of: "Khizr and Ghazala Khan" name Khizr Khan, whose "Mr. Khan" was otherwise
    his wife's. Only where the corpus names that person in full at least as often as all
    others with that first name together: "Hillary and Donald Trump" is no Hillary Trump.
    The span keeps its place in the text; its name is the joined one."""
    alone = {(m.start, m.end) for m in names if " " not in m.text}
    covered = {i for m in names for i in range(m.start, m.end)}
    coupled = []
    for f in names:
        if f.label != "PERSON" or not is_full_name(f.text):
            continue
        first = doc.char_span(f.start, f.end, alignment_mode="expand").start
        if first < 2 or doc[first - 1].lower_ != "and":
            continue
        token, surname = doc[first - 2], last_word(f.text)
        span = (token.idx, token.idx + len(token))
        key = name_key(f"{token.text} {surname}")
        if (
            (token.idx not in covered or span in alone)
            and token.is_title
            and token.is_alpha
            and token.pos_ == "PROPN"
            and 2 * evidence.person_counts[key] >= evidence.first_name_counts[token.lower_] > 0
        ):
            coupled.append(NameSpan(row, *span, f"{token.text} {surname}", "PERSON"))
    return coupled


def _follows_a_capital(token: Token, evidence: NameEvidence) -> bool:
    """Whether a capitalised word comes right before `token` that is a name's word or a
    headline's: then `token` is inside a longer name ("the Log Cabin Republicans", "the Ritz
    Carlton Golf Club", "Sofian Abdelaziz Zakkout") or a title-case headline ("Francesco
    Excommunicates Trump"), not a first name. A common word opening a sentence is neither:
    "As Ivanka Trump delivered her speech"."""
    before = token.nbor(-1) if token.i > 0 else None
    if before is None or not before.text[:1].isupper():
        return False
    return not before.is_sent_start or not evidence.is_common(before.lower_)


def _reads_as_first_name(token: Token, evidence: NameEvidence) -> bool:
    """A capitalised proper noun the model filed under no other kind of name, that the
    corpus does not write in lower case more often than as a name (not "When", "Team")."""
    return (
        token.is_title
        and token.is_alpha
        and len(token) > 1
        and token.pos_ == "PROPN"
        and token.ent_type_ in _MISREAD_FIRST_NAME
        and not evidence.is_common(token.lower_)
    )
