"""How a quotation's neighbours attribute it: the attribution that interrupts it, the line
that introduces it, the line that signs it.

- “…,” she said, “…” is one quotation: two quoted passages of a paragraph whose words in
  between all belong to one speech verb's clause (its subject, adverbs, "in an interview").
- "X said:" at the end of a paragraph introduces the quotation that opens the next one; so
  does any sentence ending in a colon, as its subject's ("X released this statement:").
- Within a paragraph, a colon before a quotation gives it the name just before the colon
  ("Clinton: “…”"; not an organisation a verb or preposition governs: "… provides this
  example for AL 303:") or else the subject of the clause the colon ends (of its speech
  verb, else its main verb, but not a description that "be" speaks of: "A simpler
  question would be this:"), even where the parse hangs that clause on a verb of the
  quotation ("Clinton has since apologized for what happened: “… I should have used …”").
- A short line that is a dash and a name ("— Maria Lopez") signs the quotation before it,
  as tweets, letters and vox pops are set out.
- A sentence that reports a speech act with no words of its own ("Sen. Ted Cruz tweeted a
  warning.") gives its speaker to the quotation right after it (`spoken_sentences`).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from helpers.entities.clause_roles import ASKING
from helpers.entities.descriptions import person_titles
from helpers.entities.quote_leads import titled_conjunct
from helpers.entities.speakers import (
    ANONYMOUS,
    ORGANISATION,
    PERSON,
    UNATTRIBUTED,
    ArticleContext,
    speaker_for,
    stands_for,
)
from helpers.entities.subjects import (
    described_before,
    named_before,
    owned_or_object,
    subject_of,
)

_SIGNATURE = re.compile(r"\s*[—―–-]{1,2}\s*\S")
_SIGNATURE_WORDS = 12
OPENING_MARKS = "\"“„«'‘`"
_REPORTS = ("ccomp", "xcomp", "csubj")  # a reported clause: `reported` reads those
_DEFINITE = ("the", "this", "that", "these", "those")


@dataclass(frozen=True)
class Attribution:
    """Who speaks a quotation: name, speaker type, cue lemma and the cue verb's token index
    in its paragraph (None for "according to", a continuation or a signature)."""

    speaker: str
    kind: str
    cue: str
    verb: int | None = None


NO_ATTRIBUTION = Attribution(UNATTRIBUTED, UNATTRIBUTED, "")


def is_mark(token: Token) -> bool:
    """An opening quote mark, or two apostrophes or backticks written for one."""
    return not token.text.strip(OPENING_MARKS)


def is_speech(token: Token, verbs: frozenset[str]) -> bool:
    """An active speech verb, or a passive one that names its agent ("was called 'X' by Y");
    "put it" ("as Tom Ridge put it: '…'") is one too."""
    if token.pos_ != "VERB":
        return False
    lemma = token.lemma_.lower()
    if lemma == "put":
        return any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children)
    deps = {c.dep_ for c in token.children}
    return lemma in verbs and ("auxpass" not in deps or "agent" in deps)


def verb_attribution(
    article: ArticleContext, row: int, verb: Token, quoted: set[int], words: Collection[int] = ()
) -> Attribution:
    """The attribution a speech verb gives: its subject's name and type, or unattributed.
    A main verb the parse leaves with no subject has the person named right before it
    ("…, her adviser, Jake Sullivan, said:" where the parse hangs the adviser on a phrase
    before it: `subjects.named_before`). `words`: the token indices of the quotation it
    attributes, whose people a pronoun subject is not (`speakers.stands_for`)."""
    subject = subject_of(verb, quoted)
    if subject is None:
        people = {i for i in range(verb.sent.start, verb.i) if (row, i) in article.people}
        named = named_before(verb, people, quoted)
        subject = None if named is None or owned_or_object(named) else named
        subject = subject or described_before(verb, quoted)
    if subject is None:
        return Attribution(UNATTRIBUTED, UNATTRIBUTED, verb.lemma_.lower(), verb.i)
    # "noted SAF founder and Executive Vice President Alan M. Gottlieb": the name
    subject = titled_conjunct(subject, row, article.people)
    return Attribution(*speaker_for(article, row, subject, words), verb.lemma_.lower(), verb.i)


def interrupts(
    doc: Doc,
    first: list[Token],
    second: list[Token],
    found: tuple[Attribution | None, Attribution | None],
) -> bool:
    """Whether two quoted passages are one quotation that its attribution interrupts: nothing
    but punctuation between them, or only the words of one speech verb's clause, the verb
    among them, and no other verb framing the second passage."""
    gap = [t for t in doc[first[-1].i + 1 : second[0].i] if not (t.is_punct or t.is_space)]
    if not gap:
        return True
    verbs = {f.verb for f in found if f is not None and f.verb is not None}
    if len(verbs) != 1:
        return False
    verb = doc[verbs.pop()]
    clause = {t.i for t in verb.subtree}
    return verb in gap and all(t.i in clause for t in gap)


def introduction(
    article: ArticleContext, row: int, doc: Doc, quoted: set[int], verbs: frozenset[str]
) -> Attribution | None:
    """The attribution of a paragraph that ends "X said:", for the quotation opening the next one."""
    words = [t for t in doc[-2:] if not t.is_space]  # not `doc.text`: it joins every token
    if not words or words[-1].text != ":":
        return None
    last = words[-1]
    sentence = list(last.sent)
    for token in reversed(sentence):
        if token.i not in quoted and is_speech(token, verbs):
            return verb_attribution(article, row, token, quoted)
    return _main_verb_attribution(article, row, last.sent.root, quoted)


def colon_attribution(
    article: ArticleContext,
    row: int,
    doc: Doc,
    first: Token,
    quoted: set[int],
    verbs: frozenset[str],
) -> Attribution | None:
    """The source of a quotation after a colon in its paragraph, or None: the name before the
    colon, else the subject of the clause the colon ends (its speech verb's, else its main
    verb's)."""
    before = [t for t in doc[: first.i] if not (t.is_space or is_mark(t))]
    if len(before) < 2 or before[-1].text != ":" or before[-2].i in quoted:
        return None
    named = before[-2]
    # "Clinton: '…'" and "More from Jones: '…'", not "Rocco Buttiglione provides this example
    # for AL 303: '…'", where an organisation's name is what a verb or preposition governs
    if (row, named.i) in article.entity_at and not _governed(article, row, named):
        return Attribution(*stands_for(article, row, named), ":")
    # even where the parse hangs that clause on a verb of the quotation: "Clinton has since
    # apologized for what happened: '… I should have used …'"
    chain = [named]
    while chain[-1].head.i != chain[-1].i and chain[-1].head.i not in quoted:
        chain.append(chain[-1].head)
    speech = [t for t in chain if is_speech(t, verbs)][:1]
    found = [verb_attribution(article, row, t, quoted) for t in speech]
    found += [a for a in [_main_verb_attribution(article, row, chain[-1], quoted)] if a]
    return next((f for f in found if f.speaker != UNATTRIBUTED), found[-1] if found else None)


def _governed(article: ArticleContext, row: int, name: Token) -> bool:
    """Whether a mention of no person, by its head word (through its own words: "AL 303"),
    is the object of a verb or a preposition: a person so placed before a colon is still the
    source ("… doesn't surprise pollster Daron Shaw: '…'")."""
    entity = article.entity_at[(row, name.i)]
    if entity[1] == "PERSON":
        return False
    while name.head.i != name.i and article.entity_at.get((row, name.head.i)) == entity:
        name = name.head
    return name.dep_ in ("pobj", "dobj", "dative") and name.head.i != name.i


def _main_verb_attribution(
    article: ArticleContext, row: int, verb: Token, quoted: set[int]
) -> Attribution | None:
    """The attribution a clause ending in a colon gives by its main verb, not a speech verb
    ("President Clinton released the following statement:"), or None. What "be" says of a
    description is no one's speech unless the description names a person's role ("The
    spokesman was blunt:"): "A simpler question would be this:" and "The answer is:"
    introduce the writer's own words, not an anonymous source's; "Her message was clear:"
    those of the person the description belongs to."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    said = verb_attribution(article, row, verb, quoted)
    subject = subject_of(verb, quoted)
    role = subject is not None and subject.lemma_.lower() in person_titles()
    if verb.lemma_ != "be" or said.kind != ANONYMOUS or role:
        return said
    # "Her message was clear:", "Trump's response was blunt:": the owner's words
    owner = next((c for c in subject.children if c.dep_ == "poss"), None) if subject else None
    name, kind = stands_for(article, row, owner) if owner is not None else ("", "")
    return Attribution(name, kind, said.cue, said.verb) if kind in (PERSON, ORGANISATION) else None


def signature(article: ArticleContext, row: int, doc: Doc) -> Attribution | None:
    """The source a dash line names ("— Maria Lopez, teacher"), or None for any other line."""
    if len(doc) > _SIGNATURE_WORDS or not _SIGNATURE.match(doc.text):
        return None
    for token in doc:
        if (row, token.i) in article.entity_at:
            name, kind = stands_for(article, row, token)
            return Attribution(name, kind, "signed")
    return None


def spoken_sentences(
    article: ArticleContext, row: int, doc: Doc, inside: Collection[int], verbs: frozenset[str]
) -> list[tuple[int, Attribution]]:
    """(offset where it ends, attribution) of each sentence of a paragraph that reports a
    speech act with no words of its own: its main verb is a speech verb with a person or an
    organisation as subject, reporting no clause, and it holds no quotation and names no one
    else ("Sen. Ted Cruz … tweeted a warning."; not "Or maybe Jeb Bush, digital consultant
    Phil Musser says.", whose words are before it). A quotation right after it is that
    speech act's words, as after "…, Grassley said." (`quotes`). One who asks gives none:
    after "A reporter asked Trump about the wall." the words are Trump's answer, which this
    rule leaves to others (the asked one is no subject). Nor does a speech act about words
    already in the story ("Clinton mocked Trump's slogan.", "… criticized the remark.":
    `_about_known_words`): the quotation after it is often those words, someone else's."""
    found = []
    for sentence in doc.sents:
        verb = sentence.root
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in verbs or lemma in ASKING:
            continue
        if any(t.i in inside for t in sentence):
            continue
        if any(c.dep_ in _REPORTS for c in verb.children):  # reported speech: `reported`
            continue
        if _about_known_words(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        # no one else named: not "Or maybe Jeb Bush, digital consultant Phil Musser says."
        named = {article.entity_at[(row, t.i)][0] for t in sentence if (row, t.i) in article.people}
        if len(named) > 1:
            continue
        name, kind = speaker_for(article, row, subject)
        if kind in (PERSON, ORGANISATION):
            found.append((sentence.end_char, Attribution(name, kind, lemma)))
    return found


def _about_known_words(verb: Token) -> bool:
    """Whether a speech verb's object is a definite thing, not a person: "mocked Trump's
    slogan", "criticized the remark", "repeated the line" speak of words the story already
    has, whose speaker may be someone else; "tweeted a warning" brings new words. A
    possessive pronoun is most often the speaker's own ("Clinton touted her credentials.
    “We need ...”"), so only a named possessor counts."""
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
        if obj.ent_type_ in ("PERSON", "ORG", "NORP"):
            continue
        if any(
            (c.dep_ == "poss" and c.pos_ != "PRON") or (c.dep_ == "det" and c.lower_ in _DEFINITE)
            for c in obj.children
        ):
            return True
    return False
