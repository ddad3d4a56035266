"""What an article shows of a person's gender, so that "she said" skips a man named before.

The evidence is the article's own words, never a list of first names: an honorific before
the name ("Mr", "Ms"); a clause that reports what the person said of themselves ("Clinton
said she …", "Trump, who says he …"), not what they told someone ("Wakefield told The
Huffington Post that she was a regular" is about someone else); a sentence that
opens with "he" or "she" right after one whose subject is the person and that names no one
else, in the same paragraph ("Clinton bashed the plan. She said …"); and, weakest, the
he/his and she/her words after the name, outside quotations, where the paragraph names no
one else (to its end) or else the sentence does (to the sentence's end); a surname of
someone else the article named counts as naming them even where the model does not tag it.
"Him" and "her" as objects are no evidence: "Obama backed her up" is about someone else.
Nor is a word about someone described, not named: one whose nearest subject before it is a
person's title after "the" (`data/titles.txt`, or a title the article gave someone before),
the he/she subjects between them standing for it too ("The general stumped for Clinton, and
the campaign has touted his endorsement"; "the former president gave an endorsement of
Hillary Clinton. He didn't mention …"), or one nearer to such a title than to the name
("Clinton's campaign removed the mayor of Roanoke after he suggested …"). The strong
evidence, where there is any, decides; else the weak.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence

from spacy.tokens import Doc, Span, Token

from helpers.entities.descriptions import organisation_nouns, person_titles
from helpers.entities.quote_marks import find_quote_spans, quoted_tokens

_HONORIFIC_GENDER = {
    **dict.fromkeys(("mr", "mr.", "mister", "sir", "lord", "king", "prince"), "m"),
    **dict.fromkeys(("ms", "ms.", "mrs", "mrs.", "miss", "dame", "lady", "queen", "princess"), "f"),
}


def honorific_gender(doc: Doc, first: int) -> str:
    """'m' or 'f' for an honorific right before the name starting at token `first` ("Mrs.
    Clinton"), else ''."""
    return _HONORIFIC_GENDER.get(doc[first - 1].lower_, "") if first else ""


_WORD_GENDER = {
    **dict.fromkeys(("he", "him", "his", "himself"), "m"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "f"),
}
_OBJECTS = {"dobj", "pobj", "dative", "iobj", "obj"}
Mention = tuple[int, int, str]  # start and end character, entity


def votes(
    doc: Doc,
    mentions: Sequence[Mention],
    titles: Collection[str] | None = None,
    surnames: Collection[str] = (),
) -> list[tuple[str, str, bool]]:
    """(entity, 'm' or 'f', strong) for each piece of evidence in a paragraph (module
    docstring); `mentions`: the paragraph's people; `titles`: the nouns that describe a
    person (default: `descriptions.person_titles`; the article's own titles help);
    `surnames`: the last names of the people the article names, so that one the model does
    not tag as a person here still names someone else (`_others`)."""
    if not mentions:
        return []
    titles = person_titles() if titles is None else titles
    quoted = {t.i for s in find_quote_spans(doc.text) for t in quoted_tokens(doc, s)}
    found = [(e, g, True) for e, g in _strong(doc, mentions, quoted)]
    spans = (doc.char_span(start, end, alignment_mode="expand") for start, end, _ in mentions)
    named = {t.i for span in spans if span is not None for t in span}
    others = _others(doc, mentions, named, surnames)
    if len({entity for *_, entity in mentions}) == 1 and not others:
        start, _, entity = mentions[0]
        words = _words(doc, start, len(doc.text), quoted, (named, titles))
        return found + [(entity, g, False) for g in words]
    for sentence in doc.sents:
        within = [m for m in mentions if sentence.start_char <= m[0] < sentence.end_char]
        if any(sentence.start <= i < sentence.end for i in others):
            continue
        if len({entity for *_, entity in within}) == 1:
            start, _, entity = within[0]
            words = _words(doc, start, sentence.end_char, quoted, (named, titles))
            found += [(entity, g, False) for g in words]
    return found


def _others(
    doc: Doc, mentions: Sequence[Mention], named: set[int], surnames: Collection[str]
) -> set[int]:
    """The tokens, outside the paragraph's person mentions, that are the last name of
    someone else the article names and that the model did not tag as that person ("…
    Sanders's critique of a system that he said has favored …. Hillary Clinton, who …": the
    "he" is not Clinton's, though the paragraph names no other person as the model tags
    it). A surname of a person the paragraph names is left out, as it may be that person."""
    own = {entity.split()[-1] for *_, entity in mentions}
    return {
        t.i
        for t in doc
        if t.i not in named and t.pos_ == "PROPN" and t.text in surnames and t.text not in own
    }


def _words(
    doc: Doc, start: int, end: int, quoted: set[int], people: tuple[set[int], Collection[str]]
) -> list[str]:
    """The genders of the he/she words between two character offsets, outside quotations,
    leaving out "him" and "her" as objects and the words about someone described
    (`_described_before`; `people`: the tokens of the paragraph's person mentions, and the
    nouns that describe a person)."""
    return [
        _WORD_GENDER[t.lower_]
        for t in doc
        if start < t.idx < end
        and t.i not in quoted
        and t.lower_ in _WORD_GENDER
        and t.dep_ not in _OBJECTS
        and not _described_before(t, quoted, *people)
    ]


def _described_before(
    word: Token, quoted: set[int], named: set[int], titles: Collection[str]
) -> bool:
    """Whether a he/she word, outside quotations, is about someone not named: the nearest
    subject before it is a person's title after "the" ("the general", "the former
    president"; not "the binding of his copy") or a proper noun that is no mention, other
    he/she subjects (they stand for the same one), plurals, organisations and organisation
    nouns ("the campaign") passed over; or such a title, whatever its role, stands nearer
    to it than the name ("removed the mayor of Roanoke after he suggested"), unless it is
    the name's apposition."""
    before = [t for t in reversed(word.doc[: word.i]) if t.i not in quoted]
    for token in before:
        if token.i in named:
            break
        titled = token.tag_ == "NN" and token.lemma_.lower() in titles and _definite(token)
        if titled and not _beside_name(token, named):
            return True
    for token in (t for t in before if t.dep_ in ("nsubj", "nsubjpass")):
        if token.i in named:
            return False
        if token.ent_type_ not in ("", "PERSON") or token.lemma_.lower() in organisation_nouns():
            continue  # "the campaign", "The Post"
        described = token.lemma_.lower() in titles and _definite(token)
        described = described and not _beside_name(token, named)  # "the senator, Ted Cruz,"
        if token.tag_ == "NNP" or (token.tag_ == "NN" and described):
            return True
    return False


def _beside_name(noun: Token, named: set[int]) -> bool:
    """A title in apposition to a name, or with a name in apposition to it ("Akhil Johri,
    the chief financial officer"): it is that person."""
    return noun.head.i in named or any(c.i in named for c in noun.children)


def _definite(noun: Token) -> bool:
    """A noun with "the" ("the general"), not "this mojo" nor "what grandfather"."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _strong(doc: Doc, mentions: Sequence[Mention], quoted: set[int]) -> list[tuple[str, str]]:
    """A name subject and a subject he/she in the clause its verb reports or in the next
    sentence's opening: (entity, gender) each."""
    found, previous = [], None
    for sentence in doc.sents:
        first = _opening_pronoun(sentence, quoted)
        if first and previous:
            found.append((previous, first))
        people = {e for start, _, e in mentions if sentence.start_char <= start < sentence.end_char}
        previous = None
        for token in (t for t in sentence if t.dep_ == "nsubj" and t.i not in quoted):
            named = token.head.head if token.tag_ == "WP" and token.head.dep_ == "relcl" else token
            entity = _entity(named, mentions)
            if not entity:
                continue
            if token.head.dep_ == "ROOT" and people == {entity}:
                previous = entity
            told = any(c.dep_ in ("dobj", "dative") for c in token.head.children)
            reported = [c for c in token.head.children if c.dep_ == "ccomp" and not told]
            found += [(entity, g) for c in reported for g in _subject_pronouns(c, quoted)]
    return found


def _opening_pronoun(sentence: Span, quoted: set[int]) -> str:
    first = next((t for t in sentence if not (t.is_punct or t.is_space)), None)
    if first is None or first.i in quoted or first.dep_ != "nsubj":
        return ""
    return _WORD_GENDER.get(first.lower_, "") if first.lower_ in ("he", "she") else ""


def _subject_pronouns(clause: Token, quoted: set[int]) -> list[str]:
    return [
        _WORD_GENDER[c.lower_]
        for c in clause.children
        if c.dep_ == "nsubj" and c.lower_ in ("he", "she") and c.i not in quoted
    ]


def _entity(token: Token, mentions: Sequence[Mention]) -> str:
    return next((e for s, end, e in mentions if s <= token.idx < end), "")


def gender(honorific: str, counted: Counter) -> str:
    """'m', 'f' or '' (unknown): an honorific's, else the strong votes', else the weak ones'
    (`counted` keys: (gender, strong))."""
    if honorific:
        return honorific
    for strong in (True, False):
        m, f = counted[("m", strong)], counted[("f", strong)]
        if m != f:
            return "m" if m > f else "f"
    return ""
