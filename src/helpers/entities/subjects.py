"""Who is the subject of a speech verb (`subject_of`: its subject, a passive's agent, or up
through "who", participles and control verbs), and the subjects the small model's parse
leaves out, so that a later "he said" can find them.

The parse often hangs a sentence's subject somewhere else when a long phrase stands
before it or beside it: "At a campaign event in St. Clairsville, Ohio, 62-year-old Brenda
Johnson also railed against immigrants" makes Brenda Johnson the object of "At", and
"At Boca West, …, Jay DiPietro, the club's president, suggested that …" an apposition of
"Boca West", leaving "railed" and "suggested" with no subject. A sentence's main verb with
no subject of its own is the person's named just before it, when no verb stands between
them, or else the person the sentence opens with when a comma follows the name ("RoseAnn
DeMoro, executive director of a union that has endorsed Sanders, also said …", where the
parse makes her the subject of "endorsed"): that person is the sentence's subject for the
pronouns after it.

A name set in right after a speech verb and a comma speaks ("And Trump, said Sunshine, who
…, doesn't forgive"), whatever the parse makes of it.

A participle right after the noun phrase it modifies speaks for that noun ("a banner
saying '…'", "the share of Republicans saying '…'"), or for whoever issues, sends or holds
it up, or owns it ("The DNC issued a statement saying '…'", "his remarks calling …").

A surname the model tags as no entity at all ("Cruz openly admitted …") is a person when
it speaks: a bare capitalised singular proper noun, not "Democrats" or "a senior Democrat".
A name in apposition to an apposition stands for its head ("The other man, his cousin James
York, said"), and a pronoun is never a person its own verb names as object ("he told
Rubio").
"""

from __future__ import annotations

from collections.abc import Collection, Container, Mapping

from spacy.tokens import Doc, Token

from helpers.entities.quote_leads import relative_subject

SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
_NOT_SUBJECTS = {"poss", "pobj", "dobj", "dative"}
_THIRD_PERSON = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}


def unparsed_subjects(doc: Doc, people: set[int], quoted: set[int]) -> list[Token]:
    """The last token of the person named right before each subjectless main verb (module
    docstring); `people`: token indices of the paragraph's person mentions."""
    found = [named_before(sentence.root, people, quoted) for sentence in doc.sents]
    return [token for token in found if token is not None]


def named_before(verb: Token, people: Container[int], quoted: Container[int]) -> Token | None:
    """The last token of the person named right before `verb`, a sentence's main verb with
    no subject of its own, with no verb between them, or of the person the sentence opens
    with (module docstring); else None."""
    sentence = verb.sent
    if verb.i != sentence.root.i or verb.pos_ not in ("VERB", "AUX") or verb.i in quoted:
        return None
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    named = [i for i in range(sentence.start, verb.i) if i in people and i not in quoted]
    doc = verb.doc
    if not named:
        return None
    last = doc[named[-1]]
    # not one that a verb's phrase governs when the sentence opens with a name: "Trump,
    # appearing after Clinton at the forum, cited problems …" is Trump's, where the parse
    # makes "Trump" a clause of "cited"
    governed = any(a.pos_ in ("VERB", "AUX") for a in last.ancestors if a.i != verb.i)
    opening = _opening_name(doc, named) if governed else None
    if opening is None and not any(t.pos_ in ("VERB", "AUX") for t in doc[last.i + 1 : verb.i]):
        return last
    return opening or _opening_name(doc, named)


def described_before(verb: Token, quoted: Container[int]) -> Token | None:
    """The noun whose relative clause runs right up to `verb`, a sentence's main verb the
    parse left with no subject: "a White House official who spoke anonymously to discuss
    internal strategy said", where the parse hangs the official on a phrase before it."""
    sentence = verb.sent
    if verb.i != sentence.root.i or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    words = [t for t in verb.doc[sentence.start : verb.i] if not t.is_punct]
    for noun in words:
        if noun.pos_ not in ("NOUN", "PROPN") or noun.i in quoted:
            continue
        ends = max(t.i for t in noun.subtree if not t.is_punct) == words[-1].i
        if ends and any(c.dep_ == "relcl" for c in noun.children):
            return noun
    return None


def _opening_name(doc: Doc, named: list[int]) -> Token | None:
    """The last token of the person a sentence opens with (after "And", "But"), when a comma
    follows the name: "RoseAnn DeMoro, executive director of a union that has endorsed
    Sanders, also said …", "And Obama, for all the progress he helped wrangle, seems to
    agree", where the parse gives the main verb no subject."""
    first = doc[named[0]]
    opening = [t for t in doc[first.sent.start : first.i] if not (t.is_punct or t.is_space)]
    if any(t.dep_ not in ("cc", "compound") for t in opening):
        return None
    end = named[0]
    while end + 1 in named:
        end += 1
    after = doc[end + 1] if end + 1 < len(doc) else None
    return doc[end] if after is not None and after.text == "," else None


def set_in_speakers(doc: Doc, people: set[int], verbs: Container[str]) -> list[Token]:
    """The last token of each person named right after a speech verb that follows a comma,
    the name ending at a comma or full stop: "And Trump, said Sunshine, who remains friendly
    with him, doesn't forgive", where the parse makes Sunshine the subject of "forgive"
    (not "…, a Navy veteran, said Hillary Clinton should …")."""
    found = []
    for verb in doc[1:]:
        named = verb.i + 1
        if verb.lemma_.lower() not in verbs or doc[verb.i - 1].text != "," or named not in people:
            continue
        while named + 1 in people:
            named += 1
        if named + 1 < len(doc) and doc[named + 1].text in (",", "."):  # not "said X should"
            found.append(doc[named])
    return found


def subject_of(verb: Token, quoted: set[int]) -> Token | None:
    """Who does the speaking: the subject, a passive's agent, or up through "who"/participles.

    Never a word of the quotation itself, whatever the parse says.
    """
    controlled = False  # "was prompted to say": the passive subject of the verb controlling it
    for _ in range(6):
        subjects = [  # of two, the nearer: "His final assessment: '…,' he said"
            c
            for c in verb.children
            if c.i not in quoted and (c.dep_ == "nsubj" or (controlled and c.dep_ == "nsubjpass"))
        ]
        if subjects:
            return min(subjects, key=lambda c: abs(c.i - verb.i))
        for child in (c for c in verb.children if c.i not in quoted):
            if child.dep_ == "agent":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
        relative = relative_subject(verb)  # "Bannon, who Beck called '…'", parsed apart
        if relative is not None and relative.i not in quoted:
            return relative
        # "Mitt Romney, the 2012 nominee, tweeted": a speech verb the tagger read as a participle
        if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and _set_off(verb.head, verb):
            return verb.head
        holder = _holder(verb, quoted) if verb.dep_ == "acl" and verb.tag_ == "VBG" else None
        if holder is not None:  # "a sign saying '…'"
            return holder
        objects = [c for c in verb.head.children if c.dep_ == "dobj"]
        if verb.dep_ == "xcomp" and objects:  # "led Lavrov to declare"
            return objects[0]
        if verb.dep_ == "relcl":
            return verb.head
        controlled = verb.dep_ == "xcomp"
        if (
            verb.dep_ not in ("advcl", "xcomp", "conj", "pcomp", "prep", "pobj", "acl")
            or verb.head.i == verb.i
        ):
            return None
        aside = verb.dep_ in ("advcl", "conj")
        verb = verb.head
        # "told Newsmax that Romney 'had …,' adding, '…'": a participle or a second verb hung
        # on the reported clause (or on a verb it controls: "said Clinton will have to choose
        # …, saying") is said by the one who reports, not by its subject
        reported = verb
        while aside and reported.dep_ == "xcomp":
            reported = reported.head
        if aside and reported.dep_ == "ccomp" and reported.head.i != reported.i:
            verb = reported.head
    return None


def _set_off(name: Token, verb: Token) -> bool:
    """A person's name before `verb` with nothing between them but commas and the name's own
    apposition or relative clause ("Mitt Romney, the 2012 nominee, tweeted"; not "Bannon,
    who Beck called")."""
    if name.ent_type_ != "PERSON" or name.i > verb.i:
        return False
    own = {t.i for c in name.children if c.dep_ in ("appos", "relcl") for t in c.subtree}
    return all(t.is_punct or t.i in own for t in name.doc[name.i + 1 : verb.i])


def _holder(participle: Token, quoted: set[int]) -> Token | None:
    """The source of a participle set right after the noun phrase it modifies (no comma
    between): "a sign saying '…'" is the sign's, "the share of Republicans saying '…'" the
    share's; but what a verb's subject issues, sends, holds up or writes in is that
    subject's ("The DNC issued a statement saying '…'", "Forbes shot back in an article
    stating"), and what is someone's, theirs ("Mr. Clinton's remark describing"). None
    where the parse tells no more (the noun is one it is sent to, "an email to supporters
    stating", or an object with no subject found)."""
    noun = participle.head
    between = participle.doc[noun.i + 1 : participle.i]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i in quoted or noun.i > participle.i:
        return None
    phrase = {t.i for t in noun.subtree}
    if any(t.is_punct or t.dep_ in ("cc", "conj") or t.i not in phrase for t in between):
        return None
    owner = [c for c in noun.children if c.dep_ == "poss" and c.i not in quoted]
    words = noun.doc[owner[0].i + 1 : noun.i] if owner else []
    if owner and all(t.dep_ in ("case", "amod", "compound") for t in words):
        return owner[0]  # "Mr. Clinton's remark describing …", not "X's firing and carrying signs"
    if noun.dep_ in ("dobj", "attr"):
        return subject_of(noun.head, quoted)
    if noun.dep_ == "pobj":
        prep = noun.head
        verb = prep.head
        own = prep.lower_ != "to" and verb.pos_ in ("VERB", "AUX")
        return subject_of(verb, quoted) if own else None
    return noun


def owned_or_object(name: Token) -> bool:
    """A name that is a possessor or an object, or compounded with one: "Daley, President
    Obama's chief of staff, said", "Gene Sperling, a top outside Clinton adviser, said"."""
    while name.dep_ == "compound" and name.head.i != name.i:
        name = name.head
    return name.dep_ in _NOT_SUBJECTS


def untagged_name(token: Token, row: int, tagged: Container[tuple[int, int]]) -> bool:
    """A bare capitalised singular proper noun (module docstring) none of whose words is at a
    (row, token index) position in `tagged`, the article's entity mentions."""
    if any(c.dep_ in ("det", "amod", "nummod", "poss", "quantmod") for c in token.children):
        return False
    run = [token, *(c for c in token.children if c.dep_ == "compound")]
    return all(t.tag_ == "NNP" and t.is_title and (row, t.i) not in tagged for t in run)


def beside(token: Token) -> list[Token]:
    """Words in apposition to a head or compounded with it, the name in apposition to its
    apposition ("The other man, his cousin James York, said"), the name it is given ("a
    70-year-old academic named Eric Kingson"), the name it is set off from by a dash
    (`_dashed_name`) and the name after its relative clause (`_after_relative`)."""
    found = [c for c in token.children if c.dep_ in ("appos", "compound", "npadvmod")]
    nested = [g for c in found if c.dep_ == "appos" for g in c.children if g.dep_ == "appos"]
    named = [c for c in token.children if c.dep_ == "acl" and c.lemma_ == "name"]
    given = [g for c in named for g in c.children if g.dep_ == "oprd"]
    return found + nested + given + _dashed_name(token) + _after_relative(token)


def _after_relative(token: Token) -> list[Token]:
    """The name set off by commas right after the head's relative clause, which the parse
    hangs on that clause ("The editor I was talking to, Tim Grieve, interrupted …", where
    "Grieve" modifies "talking"): it is the head's apposition."""
    found = []
    for clause in (c for c in token.children if c.dep_ == "relcl"):
        for name in clause.children:
            opened = name.left_edge.i > 0 and name.left_edge.nbor(-1).text == ","
            closed = name.i + 1 < len(name.doc) and name.nbor(1).text in (",", "—")
            if name.i > clause.i and name.pos_ == "PROPN" and opened and closed:
                found.append(name)
    return found


def _dashed_name(token: Token) -> list[Token]:
    """The name right before a dash that opens the head's phrase, which the parse hangs on
    the head's verb as a loose word ("John Podesta — Bill Clinton's former chief of staff —
    offered", where "chief" is the subject): the phrase is that name's apposition."""
    left = token.left_edge
    if left.i < 2 or left.nbor(-1).text not in ("—", "–", "--", "-"):
        return []
    name = left.nbor(-2)
    return [name] if name.dep_ == "dep" and name.head == token.head else []


def objects_named(
    pronoun: Token, row: int, entities: Mapping[tuple[int, int], tuple[str, str]]
) -> set[str]:
    """The entities named as objects of a pronoun's own verb (`entities`: (row, token
    index) -> (entity, label)): in "he told Rubio", he is not Rubio. A quoted object is
    what he says, not whom he addresses."""
    objects = [c for c in pronoun.head.children if c.dep_ in ("dobj", "dative", "iobj")]
    objects = [c for c in objects if not any(t.is_quote for t in c.subtree)]
    found = {entities.get((row, t.i), ("", ""))[0] for c in objects for t in c.subtree}
    return found - {""}


def named_in(
    doc: Doc,
    row: int,
    quoted: Collection[int],
    entities: Mapping[tuple[int, int], tuple[str, str]],
) -> set[str]:
    """The people a quotation talks about (`quoted`: its token indices; `entities`: (row,
    token index) -> (entity, label)): those its words name when it also speaks of someone as
    he or she ("Hillary should just do whatever she wants to do"; not "you've got a very good
    candidate to vote for but it's not Bernie Sanders", where Sanders may name himself), and
    not a name that only modifies a noun ("the peaceful Donald Trump supporters", "Trump
    Tower"). A pronoun attributing the quotation is none of them."""
    if not any(doc[i].lower_ in _THIRD_PERSON for i in quoted):
        return set()
    found = set()
    for i in quoted:
        entity, label = entities.get((row, i), ("", ""))
        last = doc[i]
        while last.dep_ == "compound" and entities.get((row, last.head.i), ("", ""))[1] == "PERSON":
            last = last.head  # "Donald" -> "Trump"
        if label == "PERSON" and last.dep_ != "compound":
            found.add(entity)
    return found
