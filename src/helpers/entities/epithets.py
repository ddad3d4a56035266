"""Epithets: a definite description by which a story calls back the person it just named.

News writing varies its references: "Donald Trump … cited problems in the Middle East. |
“We need change,” the New York businessman said"; "Donald Trump's assertion … drew rebukes
…. | “…,” the presumptive Republican presidential nominee told “Fox and Friends”". Where the
article gave no one the description's noun as a title (`descriptions.titled_person` finds
those), a singular noun of `data/epithet_nouns.txt` after "the" stands for the last person
who was a subject in its paragraph or the one before, before its own sentence (a clause's
subject is not the epithet of another clause), else for the one person named there;
a noun that says a gender passes over a person the article shows to have the other. The
list leaves out nouns for one who speaks for someone else or whom a story introduces
without a name ("the spokesman", "the official", "the woman"): those are someone else.
An epithet that is a rank ("the governor") is no one the article gives another rank of the
list ("Sen. Ted Cruz criticized the budget. | '…,' the governor said" is not Cruz).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence

from spacy.tokens import Token

from helpers.base import paths
from helpers.entities.descriptions import person_nouns, person_titles

Position = tuple[int, int]  # (row, token index)


def epithet_gender(token: Token) -> str | None:
    """'m', 'f' or '' (the noun does not say) when `token` heads an epithet ("the New York
    businessman": a singular noun of `data/epithet_nouns.txt` after "the"), else None."""
    if token.tag_ not in ("NN", "NNP") or not token.text.islower():  # "mogul" tagged NNP
        return None
    said = person_nouns(paths.DATA_DIR / "epithet_nouns.txt").get(token.lemma_.lower())
    if said is None:
        return None
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children if c.i < token.i)
    return said if definite else None


def other_ranks(noun: str, roles: Iterable[tuple[str, Collection[str]]]) -> set[str]:
    """The people an epithet `noun` that is a rank cannot be: those the article gives
    another rank that is an epithet noun and never this one (a senator is not "the
    governor"). `roles`: (name, title words) of each mention."""
    ranks = person_titles() & set(person_nouns(paths.DATA_DIR / "epithet_nouns.txt"))
    if noun not in ranks:
        return set()
    given: dict[str, set[str]] = {}
    for name, words in roles:
        given.setdefault(name, set()).update(ranks & set(words))
    return {name for name, words in given.items() if words and noun not in words}


def epithet_person(
    subjects: Sequence[tuple[Position, str]],
    named: Sequence[tuple[Position, str]],
    position: tuple[Position, Position],
    gender: str,
    gender_of: Callable[[str], str],
    skipped: Collection[str] = (),
    ranked: Collection[str] = (),
) -> str:
    """The person an epithet stands for, `position` being where its sentence starts and
    where it stands, and `gender` what its noun says: the last of the `subjects` in its
    paragraph or the one before, before its sentence (one clause's subject is not another's
    epithet: "Graham called on Republicans to unendorse Trump after the billionaire mogul
    claimed …" is Trump's claim), else the one person `named` there before it; '' if none.
    `skipped`: people it cannot be (whom its quotation names, people with no name);
    `ranked`: people it cannot be who still count among those named (`other_ranks`: with
    a senator and an actor named, "the governor" is neither, and not the actor either)."""
    sentence, word = position

    def fits(p: Position, name: str, before: Position) -> bool:
        shown = gender_of(name) if gender else ""
        return (
            before[0] - 1 <= p[0] and p < before and name not in skipped and shown in ("", gender)
        )

    earlier = [(p, name) for p, name in subjects if fits(p, name, sentence) and name not in ranked]
    if earlier:
        return max(earlier)[1]
    people = {name for p, name in named if fits(p, name, word)}
    return people.pop() if len(people) == 1 and not people & set(ranked) else ""
