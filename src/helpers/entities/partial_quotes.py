"""Partial quotations: quoted words set inside reported speech, not direct quotations.

In "Trump says voter fraud “would be one hell of a way to lose”" or "she called the
expulsion “pitiful”" the marks hold only part of what the source is reported to have said;
the rest is the writer's paraphrase. Such a quotation is `partial`: it opens inside the
clause its speech verb governs, after reported words of that clause (its subject, its
verb, the object the quoted words describe), or after words of the sentence that
"according to X" or a speech verb after the quotation attributes. X said “…”, X told
reporters “…”, “…,” X said, X said: “…” and According to X, “…” are direct: nothing but
the attribution stands before the opening mark. Scare quotes and titles are no quotations
at all (`quote_sources` finds no cue for them), so they are neither.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from helpers.entities.quote_context import Attribution, is_mark
from helpers.entities.quote_leads import aside_start
from helpers.entities.reported import ACCORDING_TO

_OPENS_SENTENCE = {".", "!", "?", ":", ";"}
_OPENS_ASIDE = {*_OPENS_SENTENCE, "(", "-", "--", "—", "–", "―"}  # an aside: "- “…,” he said -"
# Words that open a sentence without being reported: "But “…,” she said"
_ATTRIBUTION_DEPS = {"cc", "intj", "punct", "preconj"}
# A quoted phrase after one of these of its verb describes it: called the move "pitiful"
_DESCRIBED = {"dobj", "oprd", "attr", "acomp", "nsubjpass"}


def is_partial(doc: Doc, tokens: list[Token], inside: set[int], own: Attribution | None) -> bool:
    """Whether a quotation (its words `tokens`) opens inside the reported speech that its
    own attribution `own` governs, after reported words: a partial quotation. With no
    attribution of its own, whether it opens after words of its sentence."""
    first = tokens[0]
    if _opens_sentence(doc, first):
        return False
    if own is None:  # introduced by a verb the list lacks: 'joked, “…”', 'writing “…”'
        return bool(_before(first, inside)) and not _introduced(doc, first)
    if own.cue == ACCORDING_TO:
        aside = next((t for t in first.sent if t.lower_ == "according"), None)
        skip = {t.i for t in aside.subtree} if aside is not None else set()
        if aside is not None and aside.i + 1 < len(doc):
            skip |= {t.i for t in doc[aside.i + 1].subtree}
        return any(t.i not in skip for t in _before(first, inside))
    if own.verb is None:
        return False
    verb = doc[own.verb]
    if verb.i > first.i:  # the verb follows the quotation: only what is reported may precede it
        return bool(_before(first, inside))
    return _set_into(doc, verb, tokens, inside)


def _set_into(doc: Doc, verb: Token, tokens: list[Token], inside: set[int]) -> bool:
    """Whether a quotation after its speech verb shares its clause with reported words,
    before the mark ("said he was “…”", "said that “…”"; not "and I quote") or, in a clause the verb
    interrupts, before the verb ("The risk, he said, “is …”"), or whether a quoted phrase
    describes the verb's object ("called him “unfit”")."""
    start = aside_start(doc, tokens[0].i)  # "said, and I quote, “…”": the writer's aside
    between = [t for t in doc[verb.i + 1 : start] if _word(t, inside)]
    complement = _complement(verb, tokens)
    if complement is None:
        clause = {t.i for t in verb.subtree}
        head = _top(tokens)
        # "Then there was Charlie Sykes, who lamented, “…”": the words before a relative
        # clause's noun are the sentence that names the speaker, not reported speech
        start = verb.head.i if verb.dep_ == "relcl" else -1
        reported = [t for t in head.subtree if start < t.i < verb.i and t.i not in clause]
        return (any(t.i not in clause for t in between) and not _introduced(doc, tokens[0])) or any(
            _word(t, inside) for t in reported
        )
    reported = {t.i for t in complement.subtree}
    if any(t.i in reported for t in between):
        return True
    own = {t.i for t in tokens}
    phrase = _top(tokens).pos_ not in ("VERB", "AUX")
    return phrase and any(_described(c, own) for c in verb.children)


def _opens_sentence(doc: Doc, first: Token) -> bool:
    """Nothing before the opening mark, or the end of a sentence or a colon."""
    before = _previous(doc, first)
    return before is None or before.text in _OPENS_SENTENCE


def _previous(doc: Doc, first: Token) -> Token | None:
    """The token before the quotation's opening mark."""
    return next((t for t in reversed(doc[: first.i]) if not (t.is_space or is_mark(t))), None)


def _introduced(doc: Doc, first: Token) -> bool:
    """A comma or a verb right before the opening mark: the words after it are introduced
    as a quotation ('telling reporters, “…”'), not set into a clause."""
    before = _previous(doc, first)
    return before is not None and (before.text == "," or before.pos_ == "VERB")


def _word(token: Token, inside: set[int]) -> bool:
    return not (token.is_punct or token.is_space or token.i in inside or is_mark(token)) and (
        token.dep_ not in _ATTRIBUTION_DEPS
    )


def _before(first: Token, inside: set[int]) -> list[Token]:
    """The words before the quotation's opening mark in its sentence, after any dash,
    bracket or colon that opens an aside."""
    words = first.doc[first.sent.start : first.i]
    start = max((t.i + 1 for t in words if t.text in _OPENS_ASIDE), default=words.start)
    return [t for t in first.doc[start : first.i] if _word(t, inside)]


def _complement(verb: Token, tokens: list[Token]) -> Token | None:
    """The verb's dependent whose subtree holds the quotation's head, or None."""
    own = {t.i for t in tokens}
    for token in (t for t in tokens if t.head.i not in own or t.head.i == t.i):
        path = [token, *token.ancestors]
        for child, parent in zip(path, path[1:], strict=False):
            if parent.i == verb.i:
                return child
    return None


def _described(child: Token, own: set[int]) -> bool:
    """An object of the verb, outside the quotation, that a quoted phrase describes:
    "called the expulsion 'pitiful'", "what he calls 'real solutions'", "described it as …"."""
    return child.i not in own and (child.dep_ in _DESCRIBED or child.lower_ == "as")


def _top(tokens: list[Token]) -> Token:
    """The quotation's word that heads the others (the first, where the parse splits them)."""
    own = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in own or t.head.i == t.i), tokens[0])
