"""Direct quotes and their speakers against PolNeAR's gold attributions. Prints figures.

    .venv/bin/python benchmarks/attribution.py POLNEAR_DIR --split dev
    # today's code before issue 15, from a second checkout of commit f77d17e:
    PYTHONPATH=BASE_CHECKOUT/src .venv/bin/python benchmarks/attribution.py POLNEAR_DIR --split dev
    # notebook 02's entities stage alone (warm parse cache: run once before timing):
    .venv/bin/python benchmarks/attribution.py POLNEAR_DIR --split train --articles 300 --jobs 1 --time-only

The workbook runs as notebook 02 does: `passes.entity_tables` over every paragraph (each
non-empty line after the title; the title is the headline), with the workbook's model and
parse cache, `data/aliases.yml` and `data/speech_verbs.txt`. Notebook 01's cleaning is not
run: PolNeAR's texts have no page boilerplate, and this measures attribution alone.

Gold direct quote: an attribution whose content starts with a quote mark, not lying inside
another direct quote's content (a quote within a quote is the outer speaker's words), not
in the title. Its characters are those of its content spans (an interrupted quotation is
one attribution with several content spans).

Predicted direct quotes: the rows of `kind` direct. Quoted words inside reported speech
(Trump says voter fraud “would be one hell of a way to lose.”) are rows of `kind` partial
(round 3 of issue 15; before it they were direct): PolNeAR annotates them as attributions
whose content starts before the quote mark, so they are no gold direct quotes. The partial
rows are counted apart: how many there are, and how many of them overlap a gold direct
quote (by the matching below: a direct quote the workbook took for a partial one). The
figures are printed strictly and with the direct rows that are partial quotes by the gold
set aside (an unmatched predicted quote lying for at least half its characters inside the
content of any gold attribution counts neither way); for code before round 3, the strict
figure counts its partial quotes as false.

Matching: a predicted quote (the workbook's `quote` text, found again in its paragraph and,
when it runs on, in the next ones) matches the gold quote it shares most characters with,
when they share at least half the characters of the shorter of the two. Precision is the
share of predicted quotes that match; recall the share of gold quotes matched at least
once. A fragment is a matched predicted quote whose gold quote another predicted quote also
matches (“…,” she said, “…” found as two).

Speaker: the gold source is read with PolNeAR's CoreNLP parse (not the workbook's). Its
head is the source token whose dependency head lies outside the source; where the parse
breaks the source into several such tokens ("Clinton's top aide/dobj Jake Sullivan/nsubj"),
a person's name among them, else a noun that is a subject, else a noun, else the first, but
never a word modifying another nor one after a preposition (round 6; before, the first, so
"aide" was judged as a description), unless it is a person's name after a title that holds
a preposition ("former secretary of state Hillary Clinton", "master of ceremonies Asab
Al-Tabchi"; round 12). Kind: `named` when
the head is a PERSON token (or an untagged proper noun: a PERSON token of the source nearest
it is then the name, so that "Professor Foner" and "C. Stewart Verdery Jr." name Foner and
Verdery, not the title or the suffix), `pronoun` for a personal or relative pronoun, `organisation`
for an ORGANIZATION token, else `description`. The expected person: the head's PERSON name;
for other kinds a name in apposition to the head ("Another critic, Laurence Tribe"; or hung
on it as `dep` after it: "his nephew Michery el Soheil"; round 12: also after an
organisation, "Priorities USA chief strategist Guy Cecil", and the name a description is
given, "a 70-year-old academic named Eric Kingson"), else
the last PERSON-named mention before the source in the head's coreference chain (the
first after, if none before). A predicted speaker is right for an expected person when its
last name word equals the expected one's and their first names, when both are given, are
equal or stand for one given name in `data/aliases.yml` ("Rick Hasen" is "Richard Hasen"),
or, where the expected name is one word, when it is the predicted one's first word (CoreNLP
names a person "Hillary" or "Betsy", and writes "Lou" for Lou Jiwei, surname first;
a name's words: an apostrophe inside a word keeps it whole, "O'Hanlon"; initials,
titles and suffixes are left out, so "Gene Sperling" matches "B. Sperling"); for an
organisation when it shares a word with the organisation's name; for a
description or pronoun with no person behind it when it holds the source's head word
("senior official" for "a senior official"), or, for a definite description, when it is the
one person the article writes with that head word as a title (`attribution_roles`: "Barack
Obama" for "the president" where CoreNLP's coreference links it to no name). Quotes whose pronoun source CoreNLP does not
resolve to a name or organisation are counted apart, not judged; so are pronoun sources
whose CoreNLP person the quotation itself names (round 10, `pronoun (ruled out)`): the
subject of the attribution cannot be someone named in what it says ("'Rubio is not going
after the person who is winning,' he said" is not Rubio), so the chain gives no expected
person, nor (round 13) someone its own verb names as object or in a phrase hung on it
("'…,' he told Hannity", "'…,' he said of Trump and Ryan"); so are descriptions whose
head is no noun, number or adjective and that CoreNLP resolves to no one ("it recommended",
"which notes", or a cue marked as the source: "said"), as no speaker could match them. Pronoun sources are also
split by whether the nearest named source annotated before them is CoreNLP's person
(`attribution_pronouns`); the pronoun figure above it still counts them all.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd
from attribution_pronouns import borne_out, named_sources, report_lines
from attribution_roles import titled_person
from polnear import Article, Attribution, CoreNLP, read_corenlp, read_split

import helpers
from helpers.base import paths, runners
from helpers.entities import identities, names, parsing, passes, quotes

OPENING_MARKS = "\"“„«‘'"
NO_SOURCE = "none"
_MODIFYING = ("compound", "nmod", "amod", "case")  # CoreNLP's deps of a word modifying another
UNRESOLVED = ("pronoun (unresolved)", "pronoun (ruled out)", "description (unresolved)")
_HONORIFICS = {  # titles, not first names, when a name is compared
    *"mr mrs ms miss dr sen rep gov president senator governor mayor judge justice".split(),
    *"adm admiral gen general lt col capt sgt professor prof rev secretary speaker".split(),
    *"representative alderman commissioner archbishop bishop cardinal maj sheriff".split(),
}
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_OBJECTS = ("dobj", "iobj", "nmod")  # CoreNLP's deps of a verb's objects and its phrases
_STOPWORDS = {"the", "a", "an", "of", "for", "and", "'s", "in", "on", "to"}
_FIRST_NAMES = names.load_aliases(paths.DATA_DIR / "aliases.yml").first_names


@dataclass(frozen=True)
class Expected:
    """What a gold source is: its kind, and the person, organisation or head word it names."""

    kind: str
    person: str = ""
    organisation: str = ""
    head: str = ""
    titled: str = ""  # the one person the article names with the head word as a title


def gold_quotes(article: Article) -> list[Attribution]:
    """The article's direct quotes, as the module docstring defines them."""
    title_end = len(article.text.split("\n", 1)[0])
    direct = [
        a
        for a in article.attributions
        if article.text[a.content[0][0] : a.content[0][1]].lstrip().startswith(tuple(OPENING_MARKS))
        and a.content[0][0] > title_end
    ]
    return [a for a in direct if not any(_inside(a, b) for b in direct if b is not a)]


def _inside(inner: Attribution, outer: Attribution) -> bool:
    return all(any(s <= a and b <= e for s, e in outer.content) for a, b in inner.content)


def paragraph_rows(articles: list[Article]) -> tuple[pd.DataFrame, dict[str, str]]:
    """The paragraphs table notebook 02 reads, and each file's headline."""
    rows = [
        (f"{a.name}.txt", a.publisher, n, n + 1, text)
        for a in articles
        for n, (_, text) in enumerate(a.paragraphs(), start=1)
    ]
    columns = ["file", "outlet", "paragraph", "line", "text"]
    return pd.DataFrame(rows, columns=columns), {f"{a.name}.txt": a.title for a in articles}


def locate(quote: str, paragraphs: list[tuple[int, str]], index: int, after: int) -> set[int]:
    """Article character offsets of a predicted quote that starts in paragraph `index` at or
    after offset `after` of it: its pieces (a quotation joined over the attribution that
    interrupts it, or run on into the next paragraphs) found one after the other."""
    covered, rest = set(), quote
    while rest and index < len(paragraphs):
        offset, text = paragraphs[index]
        start = _find_prefix(rest, text, after)
        if start < 0:
            index, after = index + 1, 0  # the rest runs on into the next paragraph
            continue
        taken = _common_prefix(rest, text[start:])
        covered |= set(range(offset + start, offset + start + taken))
        rest, after = rest[taken:].lstrip(), start + taken
    return covered


def _find_prefix(rest: str, text: str, after: int) -> int:
    """Where the longest of a few prefixes of `rest` next occurs in `text` (-1: none)."""
    for size in (40, 20, 10, 4):
        found = text.find(rest[:size], after)
        if found >= 0:
            return found
    return -1


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def predicted_quotes(table: pd.DataFrame, articles: list[Article]) -> list[dict]:
    """The workbook's direct quotes, each with its article characters."""
    if "kind" in table.columns:
        table = table[table["kind"] == "direct"]
    by_name = {f"{a.name}.txt": a for a in articles}
    found, last = [], {}
    for row in table.to_dict("records"):
        article = by_name[row["file"]]
        paragraphs = article.paragraphs()
        index = row["paragraph"] - 1
        after = last.get((row["file"], index), 0)
        chars = locate(row["quote"], paragraphs, index, after)
        if chars:
            last[(row["file"], index)] = min(chars) - paragraphs[index][0] + 1
        found.append({**row, "chars": chars, "article": article.name})
    return found


def match(predicted: list[dict], gold: dict[str, list[Attribution]]) -> dict[int, tuple]:
    """Predicted quote index -> (article, gold index) of the gold quote it matches."""
    matched = {}
    for n, p in enumerate(predicted):
        best, best_overlap = None, 0
        for g, attribution in enumerate(gold.get(p["article"], [])):
            chars = {i for s, e in attribution.content for i in range(s, e)}
            overlap = len(p["chars"] & chars)
            if overlap > best_overlap and overlap >= 0.5 * min(len(p["chars"]), len(chars)):
                best, best_overlap = (p["article"], g), overlap
        if best is not None:
            matched[n] = best
    return matched


def partial_quote(quote: dict, articles: dict[str, Article]) -> bool:
    """A predicted quote lying mostly inside the content of a gold attribution that is not a
    direct quote: a partial quotation within reported speech (`said it was "pitiful"`)."""
    for attribution in articles[quote["article"]].attributions:
        chars = {i for s, e in attribution.content for i in range(s, e)}
        if len(quote["chars"] & chars) >= 0.5 * max(1, len(quote["chars"])):
            return True
    return False


def partial_rows(found: pd.DataFrame, articles: list[Article], gold: dict) -> str:
    """How many rows are partial quotations, and how many of them match a gold direct quote."""
    if "kind" not in found.columns or not (found["kind"] == "partial").any():
        return "partial quotations (kind partial, not counted as direct): 0"
    partial = predicted_quotes(found[found["kind"] == "partial"].assign(kind="direct"), articles)
    missed = len(match(partial, gold))
    return (
        f"partial quotations (kind partial, not counted as direct): {len(partial)}, "
        f"of which {missed} match a gold direct quote"
    )


def expected_source(attribution: Attribution, parse: CoreNLP | None) -> Expected:
    """The gold source's kind and what it names (module docstring)."""
    if not attribution.source:
        return Expected(NO_SOURCE)
    if parse is None:
        return Expected("no parse")
    tokens = parse.tokens
    inside = [
        i
        for i, t in enumerate(tokens)
        if any(s <= t.start and t.end <= e for s, e in attribution.source)
    ]
    if not inside:
        return Expected("no parse")
    head = _source_head(tokens, inside)
    token = tokens[head]
    if token.ner == "PERSON" or (token.pos == "NNP" and token.ner == "O"):
        # a title or suffix as the head ("Professor Foner", "C. Stewart Verdery Jr."): the name
        people = sorted((abs(i - head), i) for i in inside if tokens[i].ner == "PERSON")
        if token.ner != "PERSON" and people:
            return Expected("named", person=_name_run(tokens, people[0][1]))
        return Expected("named", person=_run(tokens, head, token.ner))
    kind = "description"
    if token.pos in ("PRP", "WP") and token.text.lower() not in ("it",):
        kind = "pronoun"
    elif token.ner == "ORGANIZATION":
        kind = "organisation"
    for i in inside:
        beside = tokens[i].dep == "appos" or (tokens[i].dep == "dep" and i > head)
        if tokens[i].ner == "PERSON" and beside and tokens[i].head == head:
            return Expected(kind, person=_name_run(tokens, i))
    given = _given_name(tokens, head, inside)
    if given is not None and kind == "description":
        return Expected(kind, person=_name_run(tokens, given))
    if kind == "organisation":
        return Expected(kind, organisation=_run(tokens, head, "ORGANIZATION"))
    found = _through_chain(parse, head, kind, min(inside))
    if kind == "pronoun" and _named_within(found.person, tokens, attribution.content):
        return Expected("pronoun (ruled out)")  # "'… Clinton …,' he said" is not Clinton
    if kind == "pronoun" and _object_of_verb(found.person, tokens, head):
        return Expected("pronoun (ruled out)")  # "'…,' he told Hannity" is not Hannity
    if kind == "description" and found.head and not token.pos.startswith(("NN", "CD", "JJ")):
        return Expected("description (unresolved)")  # "it", "that", or a cue marked as source
    if found.head:
        return replace(found, titled=titled_person(parse, head, _name_run, _surname))
    return found


def _source_head(tokens, inside: list[int]) -> int:
    """The source token whose dependency head lies outside the source; where CoreNLP's parse
    breaks the source into several ("aide/dobj Jake Sullivan/nsubj"), a person's name among
    them, else a noun that is a subject, else a noun, else the first. Never a word that
    modifies another ("the senior Cruz adviser" is no Cruz), nor one after a preposition
    ("the former top aide to President George W. Bush" is no Bush)."""
    preposition = next(  # or a relative pronoun: "a member who supports Trump" is no Trump
        (i for i in inside if tokens[i].pos in ("IN", "TO", "WP", "WDT")), inside[-1] + 1
    )
    heads = [i for i in inside if tokens[i].head not in inside] or inside[:1]
    for wanted in (
        lambda t: t.ner == "PERSON",
        lambda t: t.pos.startswith("NN") and t.dep.startswith("nsubj"),
        lambda t: t.pos.startswith("NN"),
    ):
        chosen = [
            i
            for i in heads
            if wanted(tokens[i])
            and (
                (i > preposition and _named_after_title(tokens, i, inside))
                or (i < preposition and not tokens[i].dep.startswith(_MODIFYING))
            )
        ]
        if chosen:
            return chosen[0]
    return heads[0]


def _named_after_title(tokens, i: int, inside: list[int]) -> bool:
    """A person's name after a title that holds a preposition ("former secretary of state
    Hillary Clinton", "master of ceremonies Asab Al-Tabchi"; round 12): nothing but title
    words before it, no name nor verb nor relative pronoun, and no preposition right before
    the name and its title ("the former top aide to President George W. Bush", "Andrew J.
    Pincus of the law firm Mayer Brown", "the boy, who …, said his name was Mason")."""
    if tokens[i].ner != "PERSON":
        return False
    start = _title_start(tokens, i, inside)
    before = [tokens[j] for j in inside if j < start]
    if not before or before[-1].pos in ("IN", "TO"):
        return False
    return not any(t.ner == "PERSON" or t.pos.startswith(("VB", "W")) for t in before)


def _title_start(tokens, i: int, inside: list[int]) -> int:
    """Where the capitalised words before token i begin, a preposition between capitalised
    words included ("Secretary of State Hillary Clinton", not "aide to President Bush")."""
    start = i
    while start - 1 in inside and tokens[start - 1].pos == "NNP":
        start -= 1
    while (
        start - 2 in inside
        and tokens[start - 1].pos in ("IN", "TO")
        and tokens[start - 2].pos == "NNP"
    ):
        start -= 2
        while start - 1 in inside and tokens[start - 1].pos == "NNP":
            start -= 1
    return start


def _given_name(tokens, head: int, inside: list[int]) -> int | None:
    """The PERSON token named by a participle "named" or "called" hung on the source's head
    ("a 70-year-old academic named Eric Kingson"; round 12), else None."""
    for i in inside:
        verb = tokens[i].head
        if tokens[i].ner == "PERSON" and verb in inside and tokens[verb].head == head:
            if tokens[verb].text.lower() in ("named", "called") and tokens[verb].dep == "acl":
                return i
    return None


def _through_chain(parse: CoreNLP, head: int, kind: str, position: int) -> Expected:
    tokens = parse.tokens
    chain = next((c for c in parse.chains if any(h == head for _, _, h in c)), ())
    chain = chain or next((c for c in parse.chains if any(s <= head < e for s, e, _ in c)), ())
    named = [h for s, e, h in chain if tokens[h].ner == "PERSON" and not s <= head < e]
    before = [h for h in named if h < position]
    if before or named:
        return Expected(kind, person=_name_run(tokens, (before or named)[-1 if before else 0]))
    organisations = [h for _, _, h in chain if tokens[h].ner == "ORGANIZATION"]
    if organisations:
        return Expected(kind, organisation=_run(tokens, organisations[0], "ORGANIZATION"))
    if kind == "pronoun":
        return Expected("pronoun (unresolved)")
    return Expected(kind, head=tokens[head].text.lower())


def _named_within(person: str, tokens, content: tuple) -> bool:
    """Whether the quotation's own words name `person` (a PERSON token holding the last word
    of the name): the pronoun that is the subject of its attribution cannot be that person
    ("'Clinton is still going to be crooked Hillary,' he said" is not Clinton's), so a
    coreference chain that says so gives no expected person."""
    want = _person_words(person)[-1:]
    return bool(want) and any(
        t.ner == "PERSON"
        and _person_words(t.text)[-1:] == want
        and any(s <= t.start and t.end <= e for s, e in content)
        for t in tokens
    )


def _object_of_verb(person: str, tokens, pronoun: int) -> bool:
    """Whether the verb whose subject the pronoun is names `person` as its object or in a
    phrase hung on it ("'…,' he told Hannity", "'…,' he said of Trump and Ryan"): a
    verb's subject is not its own object (round 13), so a coreference chain that says so
    gives no expected person, as `_named_within` rules out a person the quotation names."""
    want = _person_words(person)[-1:]
    verb = tokens[pronoun].head
    if not want or not tokens[pronoun].dep.startswith("nsubj") or verb < 0:
        return False
    objects = [i for i, t in enumerate(tokens) if t.head == verb and t.dep.startswith(_OBJECTS)]
    objects += [i for i, t in enumerate(tokens) if t.head in objects and t.dep.startswith("conj")]
    # the object's own word, whatever CoreNLP's tagger made of it ("told Hannity/ORGANIZATION")
    return any(
        tokens[i].pos.startswith("NNP") and _person_words(tokens[i].text)[-1:] == want
        for i in objects
    )


def _run(tokens, index: int, ner: str) -> str:
    start = end = index

    def same(t) -> bool:  # a name the tagger missed is its run of proper nouns
        return t.ner == ner and (ner != "O" or t.pos == "NNP")

    while start > 0 and same(tokens[start - 1]):
        start -= 1
    while end + 1 < len(tokens) and same(tokens[end + 1]):
        end += 1
    return " ".join(t.text for t in tokens[start : end + 1])


def _name_run(tokens, index: int) -> str:
    return _run(tokens, index, "PERSON")


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", text.lower().replace("’", "'"))


def _full_names_match(speaker: str, titled: str) -> bool:
    """First and last names both given and equal ("former President Bush" is no Jeb Bush)."""
    got, want = _person_words(speaker), _person_words(titled)
    return len(got) > 1 and len(want) > 1 and (got[0], got[-1]) == (want[0], want[-1])


def _surname(name: str) -> str:
    return (_person_words(name) or [""])[-1]


def _person_words(name: str) -> list[str]:
    """A name's words without titles, suffixes and initials, "O'Hanlon" one word."""
    name = unicodedata.normalize("NFKD", name.lower().replace("’", "'"))
    name = "".join(c for c in name if not unicodedata.combining(c))  # "Calderón" is "Calderon"
    found = re.findall(r"[a-z0-9]+(?:['-][a-z0-9]+)*", name)
    words = [w for w in found if w not in _HONORIFICS and len(w) > 1]
    while words and words[-1] in _SUFFIXES:
        words.pop()
    return words


def _given(first_name: str) -> frozenset[str]:
    """The given names a first name may stand for, itself among them."""
    return _FIRST_NAMES.get(first_name, frozenset()) | {first_name}


def speaker_right(speaker: str, expected: Expected) -> bool:
    """Whether the workbook's speaker is the gold source (module docstring)."""
    if expected.person:
        got, want = _person_words(speaker), _person_words(expected.person)
        if len(want) == 1 and len(got) > 1 and got[0] == want[0]:
            return True  # the gold's one word is the first ("Hillary"; "Lou" of Lou Jiwei)
        if 1 < len(want) < len(got) and got[-len(want) :] == want:
            return True  # the gold's words end the name ("Vargas Llosa", "de Blasio")
        if not got or not want or got[-1] != want[-1]:
            return False
        return len(got) < 2 or len(want) < 2 or bool(_given(got[0]) & _given(want[0]))
    if expected.organisation:
        return bool(set(_words(speaker)) & (set(_words(expected.organisation)) - _STOPWORDS))
    head = expected.head.rstrip("s")
    if expected.titled and _full_names_match(speaker, expected.titled):
        return True
    return bool(head) and any(w.rstrip("s") == head for w in _words(speaker))


def run_workbook(articles: list[Article], jobs: int, cache_dir: str) -> pd.DataFrame:
    """Notebook 02's entities stage on the articles; the quotes table."""
    paragraphs, headlines = paragraph_rows(articles)
    settings = passes.ParseSettings(parsing.require_model(""), paths.cache_file(cache_dir), 256)
    with runners.open_runner("local", jobs, "", False) as runner:
        tables = passes.entity_tables(
            paragraphs,
            headlines=headlines,
            aliases=identities.load_aliases(paths.data_file("aliases.yml")),
            speech_verbs=quotes.load_speech_verbs(paths.data_file("speech_verbs.txt")),
            settings=settings,
            runner=runner,
        )
    return tables.quotes


def report(articles: list[Article], found: pd.DataFrame, root: Path, split: str) -> list[str]:
    """Print the figures; return the lines describing each speaker error (for --errors)."""
    gold = {a.name: gold_quotes(a) for a in articles}
    predicted = predicted_quotes(found, articles)
    matched = match(predicted, gold)
    n_gold = sum(map(len, gold.values()))
    hit = set(matched.values())
    precision = len(matched) / len(predicted) if predicted else 0.0
    recall = len(hit) / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    by_name = {a.name: a for a in articles}
    partial = sum(
        1 for n, p in enumerate(predicted) if n not in matched and partial_quote(p, by_name)
    )
    kept = len(predicted) - partial
    precision_kept = len(matched) / kept if kept else 0.0
    f1_kept = 2 * precision_kept * recall / (precision_kept + recall) if recall else 0.0
    shared = Counter(matched.values())
    fragments = sum(1 for g in matched.values() if shared[g] > 1)
    print(f"gold direct quotes {n_gold}, predicted direct quotes {len(predicted)}")
    print(partial_rows(found, articles, gold))
    print(f"direct quotes: precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")
    print(
        f"  with the {partial} partial quotes inside other attributions set aside: "
        f"precision {precision_kept:.3f}  F1 {f1_kept:.3f}"
    )
    print(
        f"fragments of one interrupted quotation: {fragments} of {len(predicted)} predicted "
        f"({fragments / max(1, len(predicted)):.1%})"
    )
    parses = {name: read_corenlp(root, split, name) for name in {a for a, _ in hit}}
    right, total, errors, pronouns, named = Counter(), Counter(), [], [], {}
    for n, (name, g) in sorted(matched.items()):
        expected = expected_source(gold[name][g], parses[name])
        total[expected.kind] += 1
        ok = speaker_right(predicted[n]["speaker"], expected)
        right[expected.kind] += ok
        if expected.kind == "pronoun":
            if name not in named:
                named[name] = named_sources(by_name[name], parses[name], expected_source)
            supported = borne_out(gold[name][g], expected, named[name], speaker_right)
            pronouns.append((supported, ok))
        if not ok:
            shown = (
                expected.kind if expected.kind != "pronoun" else f"pronoun ({_borne(supported)})"
            )
            errors.append(
                f"{shown}: got {predicted[n]['speaker']!r}, want "
                f"{expected.person or expected.organisation or expected.head!r} "
                f"({name}, {predicted[n]['quote'][:50]!r})"
            )
    judged = [k for k in total if k not in (NO_SOURCE, "no parse", *UNRESOLVED)]
    print("speaker accuracy on matched quotes, by gold source kind:")
    for kind in sorted(total):
        share = f"{right[kind] / total[kind]:.3f}" if kind in judged else "  -  "
        print(f"  {kind:22} {share}  ({right[kind]} of {total[kind]})")
    overall = sum(right[k] for k in judged) / max(1, sum(total[k] for k in judged))
    print(f"  {'all judged':22} {overall:.3f}")
    print("  pronoun sources, by whether the annotation bears out CoreNLP's person:")
    print("\n".join(report_lines(pronouns)))
    return errors


def _borne(supported: bool) -> str:
    return "borne out" if supported else "not borne out"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("polnear", type=Path, help="PolNeAR checkout or git mirror")
    parser.add_argument("--split", choices=("train", "dev"), default="dev")
    parser.add_argument("--jobs", type=int, default=0, help="worker processes; 0: one per core")
    parser.add_argument("--articles", type=int, default=0, help="only the first N (0: all)")
    parser.add_argument("--time-only", action="store_true", help="time the stage; no figures")
    parser.add_argument("--cache-dir", default="", help="parse cache folder; empty: .cache/")
    parser.add_argument("--errors", type=Path, help="write the speaker errors to this file")
    args = parser.parse_args()
    commit = subprocess.run(
        ["git", "-C", str(Path(helpers.__file__).parent), "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    print(f"helpers from {Path(helpers.__file__).parent} (commit {commit or '?'})")
    articles = read_split(args.polnear, args.split)[: args.articles or None]
    start = time.perf_counter()
    found = run_workbook(articles, args.jobs, args.cache_dir)
    print(
        f"{args.split}: {len(articles)} articles, entities stage {time.perf_counter() - start:.1f} s"
    )
    if args.time_only:
        return
    errors = report(articles, found, args.polnear, args.split)
    if args.errors:
        args.errors.write_text("\n".join(errors) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
