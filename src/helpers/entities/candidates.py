"""Candidates: whom a paragraph offers as speakers, read in the article's order.

A paragraph's mentions give each of its tokens its canonical entity, its people's titles and
what it shows of their gender (`index_mentions`); its subjects give the people a pronoun or
an epithet after them may stand for (`add_subjects`): the subjects of its main clauses and
of clauses set before or against them, the source of "according to", the topic a sentence
opens with, the speakers of its speech verbs, a person introduced without a name who speaks,
and the organisations that are subjects (for an "it" that speaks). How a quotation's
speaker is chosen among them is `speakers`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from helpers.base.catalogue import ANONYMOUS, ORGANISATION, PERSON
from helpers.entities import named_bodies
from helpers.entities.clause_roles import (
    ASKING,
    asked_person,
    first_conjunct,
    identified,
    names_with,
    scene_clause,
    topic,
)
from helpers.entities.corpus_names import PLACE_LABELS
from helpers.entities.descriptions import (
    introduced_person,
    person_nouns,
    person_titles,
    role_words,
)
from helpers.entities.gender import honorific_gender
from helpers.entities.gender import votes as gender_votes
from helpers.entities.person_signs import person_apposition
from helpers.entities.speakers import ArticleContext, speaker_for, stands_for
from helpers.entities.subjects import set_in_speakers, unparsed_subjects

_CONTRAST = ("while", "whereas")  # marks of a clause set against the main one


def index_mentions(
    article: ArticleContext, row: int, doc: Doc, found: Sequence[tuple[int, int, str, str]]
) -> None:
    """Token -> entity of a paragraph's mentions ((start, end, entity, label) each), the
    title words of its people and what the paragraph shows of their gender (`gender`). A
    name the model tags as a place or an organisation is a person's, here and after it in
    the article, where the article sets a noun for a person in apposition to it ("Nefzi, a
    chemistry professor and a member of the mosque's board, said …": `_described_person`)."""
    found = list(found)
    for n, (start, end, entity, label) in enumerate(found):
        span = doc.char_span(start, end, alignment_mode="expand")
        if label != "PERSON" and (entity in article.described or _described_person(span, label)):
            article.described.add(entity)  # "Nefzi" after "Adel Nefzi" is he: `stands_for`
            found[n] = (start, end, entity, "PERSON")
            label = "PERSON"
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


def _described_person(span: Span, label: str) -> bool:
    """A name of one to three proper nouns with a singular noun for a person set in
    apposition to it (`person_signs.person_apposition`: "Nefzi, a chemistry professor";
    not "Exxon, the largest oil company"), read as the mentions stage reads it."""
    if not 1 <= len(span) <= 3 or any(t.pos_ != "PROPN" for t in span):
        return False
    return person_apposition(span.root, label in PLACE_LABELS)


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
    Trump, said Sunshine, …": `subjects.set_in_speakers`). One whom a subject asks a
    question is a subject after it ("Melvin followed up by asking Clinton if he had ever
    apologized. '…,' he said" is Clinton's answer: `clause_roles.asked_person`), but not for
    a pronoun that asks in turn ("'…?' he asked" is still Melvin's). A pronoun that speaks
    stands for no one the quotations of its sentence name, here as for the quotation itself
    ("'… this is Bill Clinton …,' she said" is not he, in the next paragraph either)."""
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
        reported_on = any(_plural_report(t, inside) for t in chain)
        speaks = subject.dep_ == "nsubj" and subject.head.lemma_.lower() in verbs  # "X, he said,"
        speaks = speaks and not scene_clause(subject.head, people)  # not "when Tapper asked"
        if ((main or speaks or topic(subject)) and not said) or _according_to(subject):
            # "“… this is Bill Clinton …,” she said": not him
            quoted = _quotations_in(subject.sent, inside) if speaks else set()
            name, kind = (speaker_for if speaks else stands_for)(article, row, subject, quoted)
            if kind == PERSON:
                article.subjects.append(((row, subject.i), name))
                if reported_on:
                    article.reported_on.add((row, subject.i))
                if subject.head.lemma_.lower() in ASKING:  # "Borger asked": no epithet's
                    article.askers.add((row, subject.i))
                asked = asked_person(subject, people - inside)
                if asked is not None:  # "Melvin asked Clinton if …. '…,' he said": Clinton
                    name_asked, kind_asked = stands_for(article, row, asked)
                    if kind_asked == PERSON and name_asked != name:
                        article.subjects.append(((row, asked.i), name_asked))
                        article.asked.add((row, asked.i))
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
                article.acted_on |= {(row, i) for i in named_bodies.acted_on(subject)}


def _quotations_in(sentence: Span, inside: set[int]) -> set[int]:
    """The quoted tokens of the quotations that reach into a sentence: each run of quoted
    tokens with only punctuation between, whole, where the parse cut a quotation into
    sentences or a quotation holds another."""
    runs: list[list[int]] = []
    doc = sentence.doc
    for i in sorted(inside):
        if runs and all(t.is_punct for t in doc[runs[-1][-1] + 1 : i]):  # marks between
            runs[-1].append(i)
        else:
            runs.append([i])
    reach = range(sentence.start, sentence.end)
    return {i for run in runs if any(j in reach for j in run) for i in run}


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
    telling Mic, '…,' he said"), or a plural reporter tells what its subject does
    (`_plural_report`)."""
    if clause.dep_ != "ccomp":
        return False
    verb = clause.head
    if _plural_report(clause, inside):
        return False  # "aides say Ivanka Trump advises …. '…,' she said": what it is about
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


def _plural_report(clause: Token, inside: set[int]) -> bool:
    """A reported clause with a subject of an active verb, whose reporters are plural and
    name no one ("aides say Ivanka Trump advises …"): what it reports is about that subject,
    whom a "he" or "she" after it may stand for. Not a subject that undergoes the verb
    ("police say Mark Dunne was arrested": what the police did), and a quotation in the first
    person plural passes it over (`speakers`: "doctors said Dunne had died. 'We did
    everything we could,' he said" is the doctors' side)."""
    if clause.dep_ != "ccomp" or not any(c.dep_ == "nsubj" for c in clause.children):
        return False
    reporters = [
        c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in inside
    ]
    return bool(reporters) and all(_many(c) for c in reporters)


def _many(subject: Token) -> bool:
    """A plural common noun that names no one ("aides", "officials"; not "Bivens", which
    the tagger may take for a plural, nor one that opens a sentence: review 20a, F3) or
    "they"."""
    return (subject.tag_ == "NNS" and subject.text.islower()) or subject.lower_ == "they"


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
