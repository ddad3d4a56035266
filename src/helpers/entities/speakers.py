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
needed, so articles can be read independently.

Each source has a type: `person` (a canonical identity of the mentions table), an
`organisation` (an organisation or place entity, or a description whose noun
`data/source_nouns.txt` lists: "the ministry"), `anonymous` (any other description, as
written), or `unattributed` (a pronoun with no person before it).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import partial

from spacy.tokens import Doc, Token

from helpers.base.catalogue import ANONYMOUS, ORGANISATION, PERSON, UNATTRIBUTED
from helpers.entities.clause_roles import (
    ASKING,
    first_conjunct,
    identified,
    names_with,
    scene_clause,
    topic,
)
from helpers.entities.descriptions import (
    introduced_person,
    modifiers,
    named_after_title,
    of_many,
    organisation_nouns,
    person_nouns,
    person_titles,
    role_words,
    titled_person,
    unnamed_source,
)
from helpers.entities.epithets import epithet_gender, epithet_person, other_ranks
from helpers.entities.gender import gender as gender_of
from helpers.entities.gender import honorific_gender
from helpers.entities.gender import votes as gender_votes
from helpers.entities.subjects import (
    beside,
    named_in,
    objects_named,
    set_in_speakers,
    unparsed_subjects,
    untagged_name,
)

_PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
_CONTRAST = ("while", "whereas")  # marks of a clause set against the main one
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
    contrasted: set[Position] = field(default_factory=set)  # subjects of a "while" clause
    introduced: dict[str, str] = field(default_factory=dict)  # unnamed people: gender
    askers: set[Position] = field(default_factory=set)  # subjects of a verb that asks


def index_mentions(
    article: ArticleContext, row: int, doc: Doc, found: Sequence[tuple[int, int, str, str]]
) -> None:
    """Token -> entity of a paragraph's mentions ((start, end, entity, label) each), the
    title words of its people and what the paragraph shows of their gender (`gender`)."""
    for start, end, entity, label in found:
        span = doc.char_span(start, end, alignment_mode="expand")
        for token in span:
            article.entity_at[(row, token.i)] = (entity, label)
            if label == "PERSON":
                article.people.add((row, token.i))
        if label == "PERSON":
            article.roles.append(((row, span.start), entity, role_words(span)))
            if shown := honorific_gender(doc, span.start):
                article.gender[entity] = shown
    people = [(start, end, entity) for start, end, entity, label in found if label == "PERSON"]
    titles = person_titles() | {word for *_, words in article.roles for word in words}
    surnames = {name.split()[-1] for _, name, _ in article.roles}
    for entity, gender, strong in gender_votes(doc, people, titles, surnames):
        article.pronouns.setdefault(entity, Counter())[(gender, strong)] += 1


def add_subjects(
    article: ArticleContext,
    row: int,
    doc: Doc,
    inside: set[int],
    verbs: frozenset[str] = frozenset(),
) -> None:
    """Record the people who are subjects of a paragraph's main clauses, of a clause set
    before a main one ("When Mr. Trump was asked …, he said") or against it ("… while
    Clinton hosted an event": `_contrasted`), or of clauses they report (or
    what "there is"), or the source of its "according to", or the topic a sentence opens
    with ("As for Trump, he said …": `clause_roles.topic`). A speech verb's subject is
    recorded as a speaker, but not in a clause that only sets the scene after a main clause
    whose subject is a person ("Ryan did not exude confidence when Tapper asked …":
    `clause_roles.scene_clause`). The subject of what a
    speech verb in `verbs` reports, or any verb with a subject ("Bivens hopes Clinton …"), is
    not recorded: in "Earnest said Obama had …, he said", he is Earnest; nor is that of what a
    participle reports ("pointing out that Costa had …"). A clause that the
    parse hangs on the speech verb of the quotation after it is no report: "Gray ticked
    through the code: '…,' he said" is Gray's. A surname the model tags as no entity is a
    person when it is the subject of a speech verb ("Cruz openly admitted"); a subject the
    parse loses is found by `subjects.unparsed_subjects`, first, so that a pronoun subject after
    it in the paragraph can stand for it, and so is a speaker set in after a comma ("And
    Trump, said Sunshine, …": `subjects.set_in_speakers`)."""
    people = {i for i in range(len(doc)) if (row, i) in article.people}
    for subject in unparsed_subjects(doc, people, inside):  # before the pronouns after them
        article.subjects.append(((row, subject.i), article.entity_at[(row, subject.i)][0]))
    for subject in set_in_speakers(doc, people - inside, verbs):
        article.subjects.append(((row, subject.i), article.entity_at[(row, subject.i)][0]))
        article.speakers.add((row, subject.i))
    deps = ("nsubj", "nsubjpass", "pobj", "attr", "dep", "conj")
    for subject in (t for t in doc if t.dep_ in deps and t.i not in inside):
        if subject.dep_ == "conj":  # "The two speakers are Robert Herbst and Jonathan Kuttab"
            if (row, subject.i) not in article.people or not names_with(first_conjunct(subject)):
                continue
        elif subject.dep_ == "attr" and not _existential(subject):
            if (row, subject.i) not in article.people or not identified(subject):
                continue
        if subject.dep_ == "dep" and not topic(subject):  # "And oh yes, Carly Fiorina: …"
            continue
        lead = first_conjunct(subject)  # a conjunct's clause is its first conjunct's
        lead = lead.head if lead.dep_ == "appos" else lead
        chain = [lead.head, *lead.head.ancestors]
        main = subject.dep_ not in ("pobj", "dep") and all(_main(t) for t in chain)
        said = any(_reported(t, verbs, inside) for t in chain)
        speaks = subject.dep_ == "nsubj" and subject.head.lemma_.lower() in verbs  # "X, he said,"
        speaks = speaks and not scene_clause(subject.head, people)  # not "when Tapper asked"
        if ((main or speaks or topic(subject)) and not said) or _according_to(subject):
            name, kind = (speaker_for if speaks else stands_for)(article, row, subject)
            if kind == PERSON:
                article.subjects.append(((row, subject.i), name))
                if subject.head.lemma_.lower() in ASKING:  # "Borger asked": no epithet's
                    article.askers.add((row, subject.i))
                if not speaks and any(_contrasted(t) for t in chain):
                    article.contrasted.add((row, subject.i))
                if speaks:
                    article.speakers.add((row, subject.i))
            elif kind == ANONYMOUS and _introduced(subject, speaks):
                # "One tabloid journalist … lamented": whom the "he" after it stands for
                article.subjects.append(((row, subject.i), name))
                article.introduced.setdefault(name, person_nouns().get(subject.lemma_.lower(), ""))
                if speaks:
                    article.speakers.add((row, subject.i))
            elif kind == ORGANISATION:
                article.bodies.append(((row, subject.i), name))


def _introduced(subject: Token, speaks: bool) -> bool:
    """A person introduced without a name who speaks ("One California delegate said …") or
    whose noun says the gender ("A 29-year-old woman received …"), not one who asks ("A
    reporter asked Sanders how he felt. He replied: …" is Sanders's); or "he" or "she"
    standing for one."""
    if subject.lower_ in ("he", "she"):
        return True
    if not introduced_person(subject) or subject.head.lemma_.lower() in ASKING:
        return False
    return speaks or bool(person_nouns().get(subject.lemma_.lower()))


def _main(clause: Token) -> bool:
    """A main clause, one set before it ("Though Ms. Olivieri has spent …, the influx
    has …, she said"), or one set against it (`_contrasted`)."""
    fronted = clause.dep_ == "advcl" and clause.i < clause.head.i
    return clause.dep_ in ("ROOT", "conj", "ccomp") or fronted or _contrasted(clause)


def _contrasted(clause: Token) -> bool:
    """A clause set against the main one by "while" or "whereas" ("Sanders held a rally
    Saturday while Clinton hosted an event Monday"): its subject is as much the sentence's
    as the main one's, for a pronoun of the gender the article shows it to have."""
    marks = (c for c in clause.children if c.dep_ == "mark")
    return clause.dep_ == "advcl" and any(c.lower_ in _CONTRAST for c in marks)


def _existential(attribute: Token) -> bool:
    """The person "there is": "Then there's Axelrod." makes him the subject after it."""
    return any(c.dep_ == "expl" for c in attribute.head.children)


def _reported(clause: Token, verbs: frozenset[str], inside: set[int]) -> bool:
    """A clause that a speech verb or a verb with a subject of its own reports, unless the
    clause opens before a quotation that stands before that verb ("Biden weighed in,
    telling Mic, '…,' he said")."""
    if clause.dep_ != "ccomp":
        return False
    verb = clause.head
    thinks = any(c.dep_ in ("nsubj", "nsubjpass") and c.i not in inside for c in verb.children)
    participle = verb.tag_ == "VBG" and verb.dep_ == "advcl"  # "pointing out that X had …"
    if not (thinks or participle or verb.lemma_.lower() in verbs):
        return False
    quoted = [i for i in inside if i < verb.i]
    if not quoted:
        return True
    start = clause.sent.start
    first = min((i for i in quoted if i >= start), default=None)
    return first is None or first < clause.i


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
        return name, PERSON
    return name, kind


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
        name = _antecedent(article, (row, token.i), _PRONOUN_GENDER[token.lower_], others)
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
            named_before = [(p, name) for p, name, _ in article.roles]
            subjects = [(p, n) for p, n in article.subjects if p not in article.askers]
            asked = {n for p, n in article.subjects if p in article.askers and p[0] >= row - 1}
            skipped = set(named) | set(article.introduced) | asked  # "Borger asked": not hers
            position = ((row, token.sent.start), (row, token.i))
            gender = partial(_gender, article)
            ranked = other_ranks(token.lemma_.lower(), ((n, w) for _, n, w in article.roles))
            person = epithet_person(subjects, named_before, position, said, gender, skipped, ranked)
            if person:
                return person, PERSON
    return unnamed_source(token, row, article.entity_at)


def _entity_type(label: str) -> str:
    return PERSON if label == "PERSON" else ORGANISATION


def _according_to(source: Token) -> bool:
    """The object of "according to", or the one whose words it names ("according to a post
    from Arianna Huffington")."""
    of = source.head
    if source.dep_ == "pobj" and of.lower_ in ("from", "by") and of.head.dep_ == "pobj":
        source = of.head
    to = source.head
    return (
        source.dep_ == "pobj"
        and to.lower_ == "to"
        and to.i > 0
        and to.nbor(-1).lower_ == "according"
    )


def according_to(doc: Doc, tokens: list[Token], inside: set[int]) -> Token | None:
    """The source named by "according to X" in the quote's sentences, outside any quote."""
    sentences = {t.sent.start for t in tokens}
    for token in doc:
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.lower_ == "according" and token.i not in inside and token.sent.start in sentences:
            if following is not None and following.lower_ == "to":
                return next((c for c in following.children if c.dep_ == "pobj"), None)
    return None


def _surname(article: ArticleContext, position: Position, word: str) -> str:
    """The person named before whose last name is `word` (the latest, if several)."""
    named = [(p, name) for p, name, _ in article.roles if p < position and name.split()[-1] == word]
    return max(named)[1] if named else ""


def _antecedent(
    article: ArticleContext, position: Position, gender: str, others: set[str] = frozenset()
) -> str:
    """The last person who was a main subject or the source of "according to" before a
    pronoun (else the last person named before it), skipping anyone the article shows to
    have the other gender and the `others` the pronoun's clause names; the subject of a
    "while" clause only when the article shows it to have the pronoun's gender. Within the
    pronoun's paragraph, one the article shows to have its gender comes before a later one
    whose gender it does not show, unless that later one speaks ("Becerra said")."""
    for people in (article.subjects, [(p, n) for p, n, _ in article.roles]):
        earlier = [(p, n, _gender(article, n)) for p, n in people if p < position]
        # a person introduced without a name is "he" or "she" in its paragraph and the next
        near = position[0] - 1
        earlier = [(p, n, g) for p, n, g in earlier if n not in article.introduced or p[0] >= near]
        earlier = [(p, n, g) for p, n, g in earlier if n not in others]
        earlier = [(p, n, g) for p, n, g in earlier if g == gender or p not in article.contrasted]
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
