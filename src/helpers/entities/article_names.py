"""Within one article, whom each lone name points to: a surname to a full name of the
article, a first name to the one full name that begins with it.

News names a person in full once and then by surname ("Hillary Clinton … Clinton said"),
or, for some, by first name ("Hillary", "Bernie"). `name_spans` finds and trims the names;
this module points the lone ones at the article's full names, weighing what the corpus
says about names (`corpus_names.NameEvidence`) where a word could be either.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from helpers.entities.corpus_names import NameEvidence
from helpers.entities.name_spans import NameSpan
from helpers.entities.names import is_full_name, name_words, surname_keys
from helpers.entities.people_clusters import first_and_surname, generation


def resolve_article(names: list[NameSpan], evidence: NameEvidence) -> None:
    """Point an article's surnames at its full names: of those before, the one written in
    full most often (`choose`), else the first after.

    A lone word tagged as a person that is no full name's surname but the first name of
    exactly one full name of the article is that person, where the corpus `evidence` uses
    it as a first name more than as a surname: news writes "Hillary" and "Bernie" for the
    Hillary Clinton and Bernie Sanders it has named. Two full names beginning with it ("John
    Kerry" and "John Kasich") leave it on its own. A surname before any full name with it,
    where the corpus names someone else with it far more, is left for the corpus to read
    (`_someone_else`). A full name ending a longer one written before it is that person
    (`_longer_name_before`)."""
    titled = {m.key for m in names if m.label == "PERSON" and " " not in m.key}
    for m in names:
        if is_full_name(m.text) and name_words(m.key)[-1] in titled:
            m.label = "PERSON"
    fulls = [m for m in names if m.label == "PERSON" and is_full_name(m.text)]
    for m in fulls:
        m.person = _longer_name_before(m, fulls, evidence) or m.key
    surnames = [surname_keys(f.key) for f in fulls]
    first_named = _people_by_first_name(fulls)
    any_surname = set().union(*surnames)
    pointed: Counter[tuple[str, str, str]] = Counter()
    for m in names:
        key = m.key
        if not m.person and " " not in key:
            matches = [f for f, keys in zip(fulls, surnames, strict=True) if key in keys]
            if matches and _someone_else(m, matches, evidence):
                continue
            if matches:
                m.person, m.label = choose(m, matches, pointed), "PERSON"
                pointed[_one_name(m.person)] += 1
            elif (
                m.label == "PERSON"
                and key not in any_surname
                and len(first_named[key]) == 1
                and evidence.is_first_name(key)
            ):
                (m.person,) = first_named[key]


def _longer_name_before(m: NameSpan, fulls: list[NameSpan], evidence: NameEvidence) -> str:
    """The person of a longer full name written before `m` that `m` ends, else '': news names
    people of two surnames by both ("Mario Vargas Llosa" … "Vargas Llosa", "Debbie
    Wasserman Schultz" … "Wasserman Schultz"). Not where `m` begins with a word the corpus
    begins other people's names with at least as often as `m` itself (a first name: "Max
    Little" after "TED Fellow Max Little"; one glued "Wasserman Schultz Resigns" does not
    make "Wasserman" one), nor where a word the longer name adds is one the corpus writes
    in lower case at all ("Crooked Hillary Clinton"): a word the model glued on, however
    often, whose name would otherwise stand for the person. (That
    also leaves "Bill de Blasio" … "de Blasio" two names, as "bill" is a common word.)"""
    words = name_words(m.key)
    own = evidence.person_counts[m.key]
    if evidence.first_name_counts[words[0]] - own >= max(own, 1):
        return ""
    longer = (
        f
        for f in fulls
        if (f.row, f.start) < (m.row, m.start)
        and len(tail := name_words(f.key)) > len(words)
        and tail[-len(words) :] == words
        and not any(evidence.lower[w] for w in tail[: -len(words)])
    )
    return next((f.person for f in longer), "")


def _someone_else(m: NameSpan, matches: list[NameSpan], evidence: NameEvidence) -> bool:
    """Whether a lone surname written before any of the article's full names with it
    (`matches`) is left to the corpus, which names another person with it far more often
    (`NameEvidence.named_far_more`): a story that says "Obama" thirty times and names
    "Michelle Obama" at its end is about Barack Obama until then."""
    if any((f.row, f.start) < (m.row, m.start) for f in matches):
        return False
    return evidence.named_far_more(m.key, [f.key for f in matches])


def choose(
    m: NameSpan, matches: list[NameSpan], pointed: Counter[tuple[str, str, str]] | None = None
) -> str:
    """The person a lone surname is among the full names it `matches`: of those before it,
    the one written in full most often, equals decided by `_most_named` (`pointed`: whom
    the lone surnames before it stood for); else the first after."""
    before = [f for f in matches if (f.row, f.start) < (m.row, m.start)]
    return _most_named(before, pointed or Counter()) if before else matches[0].person


def _most_named(fulls: list[NameSpan], pointed: Counter[tuple[str, str, str]]) -> str:
    """Of the full names written before a lone surname, the person written in full most
    often: after "Jane Sanders" is named once, "Sanders" is still the Bernie Sanders the
    article names throughout. Of equals written once each, the one the surname has stood
    for so far: a relative named in full once ("her husband, Frank Fiorina") after "Carly
    Fiorina" and a dozen "Fiorina" does not take the surname over (the news names him
    "Frank" after). Of equals written in full again, the latest: naming someone in full a
    second time turns the story back to them."""
    counts = Counter(_one_name(m.person) for m in fulls)
    most = max(counts.values())
    tied = [m for m in fulls if counts[_one_name(m.person)] == most]
    if most > 1:
        return tied[-1].person
    return max(reversed(tied), key=lambda m: pointed[_one_name(m.person)]).person


def _one_name(key: str) -> tuple[str, str, str]:
    """A full-name key as counted in its article: first name, surname and "Jr." or "Sr."
    ("Donald Trump" and "Donald J. Trump" are one; "Donald Trump Jr." is another)."""
    first, surname = first_and_surname(key)
    return first, surname, generation(key)


def _people_by_first_name(fulls: list[NameSpan]) -> defaultdict[str, set[str]]:
    """The full-name keys of an article's people by their first name."""
    people: defaultdict[str, set[str]] = defaultdict(set)
    for m in fulls:
        people[name_words(m.key)[0]].add(m.person)
    return people
