"""Which clause of a sentence a person is the subject of, for the pronouns after it.

A reader takes "he" or "she" for the one a sentence is about: its main subject, or the one
it announces as its topic ("As for Trump, he said he's not worried"; "And for Perez and the
others, that means it is best to deflect questions. '…,' he says"). A speaker in a clause
that follows the main one and only sets the scene by asking ("Ryan did not exude
confidence when Tapper asked whether …. '…,' he said") is not whom the sentence is about:
the "he" after it is Ryan. A person's name that "be" gives a noun for a person ("The two
speakers are Robert Herbst and Jonathan Kuttab") is what that sentence is about too; not
one it gives another noun ("The target of her speech was Donald Trump"). One who is asked a
question ("Melvin followed up by asking Clinton if he had ever apologized privately") is whom
the answer after it is about: "'…,' he said" is Clinton's, not the interviewer's.
"""

from __future__ import annotations

from collections.abc import Collection, Container

from spacy.tokens import Doc, Token

from helpers.base import paths
from helpers.entities.descriptions import person_nouns, person_titles

# Marks of a clause that follows the main one and gives its time, cause or condition; not
# "as", which as often says whose words the main clause follows ("as Mr. McDonough
# suggested at the meeting").
_SCENE_MARKS = frozenset(
    ("when", "after", "before", "because", "since", "until", "once", "if", "whenever")
)
_OPENING_CONJUNCTIONS = frozenset(("and", "but", "so", "yet", "or"))
ASKING = frozenset(("ask", "question", "press", "challenge", "quiz", "inquire"))
_QUESTION_MARKS = frozenset(("if", "whether"))
_TOPIC_PREPOSITIONS = frozenset(("about", "on"))  # "pressed X on the funds"; not "over"
_NO_ANSWER = frozenset(("no", "not", "never", "n't"))  # "and got no reply", "did not answer"


def topic(token: Token) -> bool:
    """Whether a token is the object of "as for" or "for" opening its sentence and set off
    by a comma ("As for Trump, …", "And for Perez and the others whose names …, …"), or a
    noun phrase opening its sentence before a colon, with no verb of its own ("And oh yes,
    Carly Fiorina: What are her qualifications?"): the sentence announces it as what it is
    about."""
    if token.dep_ == "dep":
        return _announced(token)
    preposition = token.head
    if token.dep_ != "pobj" or preposition.lower_ != "for":
        return False
    first = preposition
    if first.i > 0 and first.nbor(-1).lower_ == "as":
        first = first.nbor(-1)
    before = [t for t in token.doc[token.sent.start : first.i] if not t.is_punct]
    if any(t.lower_ not in _OPENING_CONJUNCTIONS for t in before):
        return False
    end = token.right_edge.i + 1
    return end < len(token.doc) and token.doc[end].text == ","


def _announced(token: Token) -> bool:
    """A noun phrase that the parse hangs loose on its sentence's verb, right before a colon,
    with nothing before it in the sentence but conjunctions, interjections and commas."""
    if token.pos_ not in ("PROPN", "NOUN"):
        return False
    words = [t.i for t in token.subtree if not (t.is_punct or t.pos_ == "INTJ")]
    end = max(words, default=token.i) + 1
    if end >= len(token.doc) or token.doc[end].text != ":":
        return False
    before = token.doc[token.sent.start : min(words, default=token.i)]
    return all(t.is_punct or t.pos_ == "INTJ" or t.lower_ in _OPENING_CONJUNCTIONS for t in before)


def scene_clause(verb: Token, people: Container[int]) -> bool:
    """Whether a verb of asking heads a clause that follows a main clause whose subject is a
    person (`people`: the token indices of person mentions, or "he" or "she") and only gives
    its time, cause or condition ("Ryan did not exude confidence when Tapper asked …": the
    answer after it is Ryan's; not "Some cheer when Johnson calls for …", which is about
    Johnson). A clause that states something is left alone: in "Hillary Clinton was
    campaigning in Iowa when Bernie Sanders said the race was far from over. '…,' he said",
    he is Sanders."""
    if verb.dep_ != "advcl" or verb.i < verb.head.i or verb.lemma_.lower() not in ASKING:
        return False
    marks = (c for c in verb.children if c.dep_ in ("mark", "advmod") and c.i < verb.i)
    if not any(c.lower_ in _SCENE_MARKS for c in marks):
        return False
    subjects = (c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass"))
    return any(c.i in people or c.lower_ in ("he", "she") for c in subjects)


def asked_person(subject: Token, people: Container[int]) -> Token | None:
    """The person a subject asks a question (`people`: the token indices of person mentions):
    the object of a verb of asking that is the subject's verb or a participle of it, with a
    question after it ("Hannity asked Trump how high the wall would be", "Melvin followed up
    by asking Clinton if he had …", "Tapper pressed Sanders on whether he would …", "Tapper
    asked Clinton about her emails"); not one asked to do something ("asked Clinton to
    resign"), nor one questioned or pressed over a topic ("Melvin questioned Bishop over the
    contract" is an interrogation, not a question the next quotation answers), nor where the
    asker's clause goes on ("Melvin asked Bishop whether he would resign, and got no reply":
    what follows is still Melvin's)."""
    verb = subject.head
    verbs = [verb, *(c for c in verb.children if c.dep_ in ("prep", "advcl", "xcomp"))]
    verbs += [c for v in verbs[1:] if v.dep_ == "prep" for c in v.children if c.dep_ == "pcomp"]
    for asking in verbs:
        if asking.lemma_.lower() not in ASKING or asking.pos_ != "VERB":
            continue
        children = list(asking.children)
        asked = next((c for c in children if c.dep_ == "dobj" and c.i in people), None)
        if asked is None or any(c.dep_ == "xcomp" for c in children) or _goes_on(verb, asking):
            continue
        if any(_question(asking, c) for c in children):
            return asked
    return None


def _question(asking: Token, child: Token) -> bool:
    """Whether a child of a verb of asking is the question asked: a clause it reports, one
    opened by "if" or "whether" (also after a preposition: "on whether he would …"), or a
    topic after "about" or "on" ("pressed Bishop on the missing funds"; not "questioned
    Bishop over the contract", an interrogation more than a question)."""
    if child.dep_ == "ccomp":
        return True
    if child.dep_ == "advcl":
        return any(m.lower_ in _QUESTION_MARKS for m in child.children)
    if child.dep_ != "prep":
        return False
    if child.lower_ in _TOPIC_PREPOSITIONS:
        return True  # "questioned / pressed / quizzed X about …", "challenged X on …"
    clauses = (c for c in child.children if c.dep_ == "pcomp")
    return any(m.lower_ in _QUESTION_MARKS for c in clauses for m in c.children)


def _goes_on(verb: Token, asking: Token) -> bool:
    """Whether the asker's clause goes on after the asking with a verb of its own that shares
    its subject and says no answer came ("asked Bishop whether …, and got no reply"; not
    "…, and waited", which still waits for the one asked)."""
    later = (c for c in verb.children if c.dep_ == "conj" and c.i > asking.i)
    return any(
        c.pos_ in ("VERB", "AUX")
        and not any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)
        and any(t.lower_ in _NO_ANSWER for t in c.subtree)
        for c in later
    )


def asks_in_person(doc: Doc, quoted: Collection[int]) -> bool:
    """Whether a quotation (`quoted`: its token indices) says its speaker asks the one spoken
    of ("I have asked him three times"): the words of the one who asked, not of the one
    asked, who may well say "I have asked my accountant" or "I have asked myself"."""
    return any(
        doc[i].lemma_.lower() in ASKING
        and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in doc[i].children)
        and any(c.dep_ == "dobj" and c.lower_ in ("him", "her", "them") for c in doc[i].children)
        for i in quoted
    )


def identified(attribute: Token) -> bool:
    """A name that "be" gives a described subject: "The two speakers are Robert Herbst and
    Jonathan Kuttab. He had tweeted …" makes them the subjects after it (not "It was Trump",
    nor "Clinton is the nominee", whose subject is already a person). The subject is a
    noun for a person (`person_noun`): "The target of her speech was Donald Trump. “…,”
    she said" does not make Trump the one the sentence is about."""
    if attribute.dep_ != "attr" or attribute.head.lemma_ != "be":
        return False
    return any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" and person_noun(c) for c in attribute.head.children
    )


def person_noun(noun: Token) -> bool:
    """Whether a noun is one for a person: of `data/person_nouns.txt`, `data/titles.txt`
    or `data/epithet_nouns.txt` ("speaker", "winner", "candidate")."""
    lemma = noun.lemma_.lower()
    epithets = person_nouns(paths.DATA_DIR / "epithet_nouns.txt")
    return lemma in person_nouns() or lemma in person_titles() or lemma in epithets


def names_with(first: Token) -> bool:
    """Whether the first of coordinated words is a name that "be" gives a described subject,
    or that subject itself where the parse hangs the coordination on it ("The two speakers
    are Robert Herbst, the coordinator …, and Jonathan Kuttab", where the small model makes
    "the coordinator" an apposition of "speakers" and Kuttab its conjunct)."""
    if first.dep_ == "appos":
        first = first.head
    if identified(first):
        return True
    attributes = (c for c in first.head.children if c.dep_ == "attr")
    return first.dep_ == "nsubj" and any(identified(a) for a in attributes)


def first_conjunct(conjunct: Token) -> Token:
    """The first of coordinated words: "Herbst" of "Herbst, … and Kuttab"."""
    while conjunct.dep_ == "conj" and conjunct.head.i != conjunct.i:
        conjunct = conjunct.head
    return conjunct
