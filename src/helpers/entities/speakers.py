"""Speakers: who does the speaking in a quotation's attribution, and whom that word stands for.

The speaker is the speech verb's subject outside the quote, its passive's agent, or found up
through "who", participles and control verbs ("led Lavrov to declare"); else the source of
"according to X". Read in the article's order, a name is its canonical entity in the
mentions table; a pronoun is the last person who was a main subject before it, skipping
anyone the article shows (`gender`) to have the other gender and anyone the quotation it
attributes names, or a person introduced without a name in its paragraph or the one before,
who spoke or whose noun says the gender ("One California delegate said …. '…,' he said", "A
29-year-old woman received …": that description, anonymous); a description ("the Russian
minister") is the person named before with the closest title ("Russian Foreign Minister
Sergei Lavrov"); an organisation speaks as itself ("the State Department said"); an unnamed
source keeps its description ("senior official"). Only the article's own mentions are
needed, so articles can be read independently; what a paragraph offers as candidates (its
mentions and subjects, in `ArticleContext`) is read by `candidates`.

Each source has a type: `person` (a canonical identity of the mentions table), an
`organisation` (an organisation or place entity, or a description whose noun
`data/source_nouns.txt` lists: "the ministry"), `anonymous` (any other description, as
written), or `unattributed` (a pronoun with no person before it).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import partial

from spacy.tokens import Doc, Token

from helpers.base.catalogue import ANONYMOUS, ORGANISATION, PERSON, UNATTRIBUTED
from helpers.entities.clause_roles import ASKING, asks_in_person
from helpers.entities.descriptions import (
    modifiers,
    named_after_title,
    of_many,
    organisation_nouns,
    titled_person,
    unnamed_source,
)
from helpers.entities.epithets import epithet_gender, epithet_person, other_ranks
from helpers.entities.gender import gender as gender_of
from helpers.entities.subjects import (
    beside,
    named_in,
    objects_named,
    untagged_name,
)

_PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
Position = tuple[int, int]  # (row, token index)


@dataclass
class ArticleContext:
    """What speaker resolution knows about one article while reading it in order."""

    entity_at: dict[Position, tuple[str, str]] = field(default_factory=dict)
    roles: list[tuple[Position, str, set[str]]] = field(default_factory=list)
    subjects: list[tuple[Position, str]] = field(default_factory=list)
    gender: dict[str, str] = field(default_factory=dict)
    pronouns: dict[str, Counter] = field(default_factory=dict)  # (gender, strong) votes
    people: set[Position] = field(default_factory=set)  # the tokens of person mentions
    speakers: set[Position] = field(default_factory=set)  # subjects of a speech verb
    bodies: list[tuple[Position, str]] = field(default_factory=list)  # organisation subjects
    acted_on: set[Position] = field(default_factory=set)  # what their verbs act on
    contrasted: set[Position] = field(default_factory=set)  # subjects of a "while" clause
    introduced: dict[str, str] = field(default_factory=dict)  # unnamed people: gender
    askers: set[Position] = field(default_factory=set)  # subjects of a verb that asks
    asked: set[Position] = field(default_factory=set)  # people a subject asks a question
    described: set[str] = field(default_factory=set)  # names tagged no person, said to be one
    reported_on: set[Position] = field(default_factory=set)  # "aides say X advises": X


_WE = frozenset(("we", "us", "our", "ours"))


def speaker_for(
    article: ArticleContext, row: int, subject: Token, quoted: Collection[int] = ()
) -> tuple[str, str]:
    """`stands_for` of a speech verb's subject: a bare surname the model tagged as no entity
    is a person's ("'…,' Cruz said", "Cruz openly admitted"); "it" is the last organisation
    that was a subject in its paragraph or the one before ("The Post reported …. It added,
    '…'"), when it is the verb's own subject ("it is important to note" is no one).
    `quoted`: the token indices of the quotation the verb attributes."""
    if subject.lower_ == "it" and _says(subject):
        earlier = [(p, n) for p, n in article.bodies if row - 1 <= p[0] and p < (row, subject.i)]
        if earlier:
            return max(earlier)[1], ORGANISATION
    name, kind = stands_for(article, row, subject, quoted)
    if kind == ANONYMOUS and untagged_name(subject, row, article.entity_at):
        return _unquoted(subject, name), PERSON
    return name, kind


def _unquoted(subject: Token, name: str) -> str:
    """An untagged name without a quoted nickname before it: '“Sleepy Joe” Biden said' is
    Biden ("Sleepy JoeBiden" as written), whatever the writer calls him."""
    doc = subject.doc
    words = [t for t in subject.subtree if t.i <= subject.i and not t.is_punct]
    kept = [t for t in words if not any(m.is_quote for m in doc[t.i : subject.i])]
    if len(kept) == len(words):
        return name
    return " ".join(t.text for t in kept)


def _says(subject: Token) -> bool:
    """A subject of a verb of its own that frames no other verb ("It added", not "It seems
    unfair to tell")."""
    verb = subject.head
    framed = any(c.dep_ in ("xcomp", "acomp", "attr") for c in verb.children)
    return subject.dep_ == "nsubj" and verb.pos_ == "VERB" and not framed


def stands_for(
    article: ArticleContext, row: int, token: Token, quoted: Collection[int] = ()
) -> tuple[str, str]:
    """The canonical name or description a subject token stands for, and its speaker type.
    A pronoun that attributes a quotation (`quoted`: its token indices) is no one the
    quotation names: people speak of others by name, not of themselves ("'Hillary should
    just do whatever she wants to do,' he said" is not Hillary's)."""
    clause = token.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:  # "who is running … and who …"
        clause = clause.head
    if token.tag_ in ("WP", "WDT") and clause.dep_ == "relcl":
        token = clause.head
    titled = named_after_title(token, row, article.entity_at)  # even one tagged "Navy Capt"
    if titled:
        return titled, PERSON
    if (row, token.i) in article.entity_at:
        entity, label = article.entity_at[(row, token.i)]
        if entity in article.described:  # "Nefzi, a professor" after "Adel Nefzi": he
            return _surname(article, (row, token.i), entity, subjects=True) or entity, PERSON
        return entity, _entity_type(label)
    # "X, the spokesman", "Army Capt. Christian Pardo", "X — the spokesman —": a name beside
    # the head, not a possessor
    for child in beside(token):
        entity, label = article.entity_at.get((row, child.i), ("", ""))
        title = token.pos_ == "PROPN" and label == "PERSON"  # not "the Comey dismissal"
        # `beside` found it hung on another word than the head: in apposition to its
        # apposition ("X, his cousin Y"), after its relative clause ("the editor I …, Y,")
        set_off = child.head.i != token.i
        if entity and (title or set_off or child.dep_ in ("appos", "oprd", "dep")):
            return entity, _entity_type(label)
    if token.pos_ == "PROPN" and token.is_title:  # "Cruz", untagged, after "Ted Cruz"
        named = _surname(article, (row, token.i), token.text)
        if named:
            return named, PERSON
    if token.lower_ in _PRONOUN_GENDER:
        others = objects_named(token, row, article.entity_at) | named_in(
            token.doc, row, quoted, article.entity_at
        )
        # "'…?' he asked", "'I have asked him …,' he said": not one asked before
        asks = token.head.lemma_.lower() in ASKING or asks_in_person(token.doc, quoted)
        passed = article.asked if asks else set()
        if any(token.doc[i].lower_ in _WE for i in quoted):  # "'We acted …,' he said"
            passed = passed | article.reported_on  # the reporters' side, not whom they report
        name = _antecedent(article, (row, token.i), _PRONOUN_GENDER[token.lower_], others, passed)
        if name in article.introduced:  # a person introduced without a name
            return name, ANONYMOUS
        return (name, PERSON) if name else (UNATTRIBUTED, UNATTRIBUTED)
    if token.pos_ == "PRON":
        return UNATTRIBUTED, UNATTRIBUTED
    # "the Russian minister", not "a Democratic strategist"; nor "his campaign", which is no
    # person's title even where the article names its "campaign manager"
    if not of_many(token) and token.lemma_.lower() not in organisation_nouns():
        described = {t.lemma_.lower() for t in modifiers(token)}
        # "'… running harder against President Obama and me than he is …,' the former
        # president said" is not Obama: as with a pronoun, no one the quotation names
        named = named_in(token.doc, row, quoted, article.entity_at)
        roles = [role for role in article.roles if role[1] not in named]
        titled = titled_person(roles, (row, token.i), token.lemma_.lower(), described)
        if titled:
            return titled, PERSON
        said = epithet_gender(token)  # "the New York businessman" after Trump: `epithets`
        if said is not None:
            people_named = [(p, name) for p, name, _ in article.roles]
            subjects = [(p, n) for p, n in article.subjects if p not in article.askers]
            asked = {n for p, n in article.subjects if p in article.askers and p[0] >= row - 1}
            skipped = set(named) | set(article.introduced) | asked  # "Borger asked": not hers
            position = ((row, token.sent.start), (row, token.i))
            gender = partial(_gender, article)
            ranked = other_ranks(token.lemma_.lower(), ((n, w) for _, n, w in article.roles))
            person = epithet_person(subjects, people_named, position, said, gender, skipped, ranked)
            if person:
                return person, PERSON
    return unnamed_source(token, row, article.entity_at)


def _entity_type(label: str) -> str:
    return PERSON if label == "PERSON" else ORGANISATION


def according_to(doc: Doc, tokens: list[Token], inside: set[int]) -> Token | None:
    """The source named by "according to X" in the quote's sentences, outside any quote."""
    sentences = {t.sent.start for t in tokens}
    for token in doc:
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.lower_ == "according" and token.i not in inside and token.sent.start in sentences:
            if following is not None and following.lower_ == "to":
                return next((c for c in following.children if c.dep_ == "pobj"), None)
    return None


def _surname(article: ArticleContext, position: Position, word: str, subjects: bool = False) -> str:
    """The person named before whose last name is `word` (the latest, if several); with
    `subjects`, also among the subjects the model tagged no entity ("Adel Nefzi said")."""
    people = [(p, name) for p, name, _ in article.roles]
    people += article.subjects if subjects else []
    named = [(p, n) for p, n in people if p < position and n != word and n.split()[-1] == word]
    return max(named)[1] if named else ""


def _antecedent(
    article: ArticleContext,
    position: Position,
    gender: str,
    others: set[str] = frozenset(),
    passed: Collection[Position] = (),
) -> str:
    """The last person who was a main subject or the source of "according to" before a
    pronoun (else the last person named before it), skipping anyone the article shows to
    have the other gender and the `others` the pronoun's clause names; the subject of a
    "while" clause or one asked a question only when the article shows it to have the
    pronoun's gender. Within the
    pronoun's paragraph, one the article shows to have its gender comes before a later one
    whose gender it does not show, unless that later one speaks ("Becerra said"). `passed`:
    the positions of subjects it cannot be (people asked, for a pronoun that asks)."""
    for people in (article.subjects, [(p, n) for p, n, _ in article.roles]):
        earlier = [(p, n, _gender(article, n)) for p, n in people if p < position]
        earlier = [(p, n, g) for p, n, g in earlier if p not in passed]
        # a person introduced without a name is "he" or "she" in its paragraph and the next
        near = position[0] - 1
        earlier = [(p, n, g) for p, n, g in earlier if n not in article.introduced or p[0] >= near]
        earlier = [(p, n, g) for p, n, g in earlier if n not in others]
        # one set against the main clause, or asked a question, only where shown to fit
        marked = article.contrasted | article.asked
        earlier = [(p, n, g) for p, n, g in earlier if g == gender or p not in marked]
        shown = [(p, n) for p, n, g in earlier if g == gender and p[0] == position[0]]
        earlier = [(p, n) for p, n, g in earlier if g in (gender, "")]
        # "…, Becerra said. '…,' he said": a later speaker is not passed over for one shown
        if shown:
            spoke = [(p, n) for p, n in earlier if p in article.speakers and p > max(shown)[0]]
            earlier = spoke or shown
        if earlier:
            return max(earlier)[1]
    return ""


def _gender(article: ArticleContext, name: str) -> str:
    """'m' or 'f' as the article shows it ('' when it does not show it): `gender`; for a
    person introduced without a name, as the noun says ("a woman")."""
    if name in article.introduced:
        return article.introduced[name]
    return gender_of(article.gender.get(name, ""), article.pronouns.get(name, Counter()))
