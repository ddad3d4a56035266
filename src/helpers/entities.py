"""Named entities: one identity per person, place and organisation across every outlet.

The small English model tags surnames as ORG half the time ("Lavrov", "Tillerson") and
misses some, so its spans are only a starting point:

1. spans are trimmed to the name (no "the", title or possessive); a span inside a title
   ("State" in "Secretary of State") is dropped; a span gluing two names ("the US Sergey
   Kislyak", "Obama White House", "FBI Russia", "U.S.-Russia") is split; a "person" made
   of common words ("Election Meddling" in a title-case tweet) is dropped;
2. within an article, a surname (or title + surname) matching a full PERSON name there is
   that person, a title before a name makes it a person ("Mr Lavrov"), and once every
   identity is known its surname is also found where the model saw no entity;
3. across articles, full names differing only in spelling (Sergei / Sergey Lavrov) are one
   person, a surname alone joins the one full name that ends with it, an acronym joins its
   expansion (US = United States), `data/aliases.yml` adds what matching cannot know, and an
   identity's label is the majority vote over its mentions (title evidence counts PERSON).

Mentions table: one row per mention. `paragraph` 0 is the headline, where the article's own
names are looked up as text (the model reads title case poorly); `sentence` numbers the
paragraph's sentences with words from 1, as `kwic.sentence_table` does (1 for the
headline); `start` and `end` are character offsets in the paragraph (or headline) text;
`attributive` marks a person's name used as a modifier ("the Trump administration"). A
place or organisation used as a modifier ("U.S. troops") is a plain mention of it.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import yaml
from rapidfuzz import fuzz
from spacy.tokens import Doc, Span

ENTITY_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC")
MENTION_COLUMNS = [
    "file", "outlet", "paragraph", "sentence", "start", "end", "text", "label", "entity", "attributive",
]  # fmt: skip
SALIENCE_COLUMNS = [
    "outlet", "entity", "label", "mentions", "per_1000_words", "share", "first_paragraph",
]  # fmt: skip
HEADLINE = 0
_SECTIONS = {"people": "PERSON", "places": "GPE", "organisations": "ORG", "metonyms": "ORG"}
_POSSESSIVE = {"'s", "’s", "'", "’"}
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_MODIFIER_DEPS = {"compound", "amod", "nmod"}
_TRAILING = {"PUNCT", "ADP", "CCONJ", "DET", "PART"}
_WORD = re.compile(r"\w+(?:[-'’.]\w+)*")
Titles = tuple[tuple[str, ...], ...]


class DataFileError(ValueError):
    """A researcher-editable data file that cannot be used; the message names file and line."""


@dataclass(frozen=True)
class Aliases:
    """Curated names: name key -> canonical name and label, metonym groups, titles."""

    canonical: Mapping[str, str] = field(default_factory=dict)
    labels: Mapping[str, str] = field(default_factory=dict)
    metonyms: Mapping[str, str] = field(default_factory=dict)
    titles: Titles = ()


@dataclass
class _Mention:
    row: int  # position in the paragraphs table
    start: int  # character offsets in the paragraph
    end: int
    text: str
    label: str
    person: str = ""  # key of the full name the mention resolves to

    @property
    def key(self) -> str:
        return name_key(self.text)


def name_key(text: str) -> str:
    """How names are compared: case-folded, without dots or a leading "the", single spaces."""
    key = " ".join(text.casefold().replace(".", "").replace("’", "'").split())
    return key[4:] if key.startswith("the ") else key


def data_lines(path: Path) -> list[tuple[int, str]]:
    """(line number, text) of a one-item-per-line data file, without blanks and # comments."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise DataFileError(f"{path}: file not found") from None
    return [
        (n, line.split("#")[0].strip())
        for n, line in enumerate(lines, 1)
        if line.split("#")[0].strip()
    ]


def load_titles(path: Path) -> Titles:
    """Titles from titles.txt as lower-case word tuples, longest first."""
    found: dict[tuple[str, ...], None] = {}
    for number, text in data_lines(path):
        if not re.fullmatch(r"[A-Za-z][A-Za-z.\- ]*", text):
            raise DataFileError(
                f"{path}, line {number}: {text!r} is not a title (letters, dots, hyphens, spaces)"
            )
        found[tuple(text.lower().split())] = None
    return tuple(sorted(found, key=len, reverse=True))


def load_aliases(path: Path, titles: Path | None = None) -> Aliases:
    """Read aliases.yml and the titles (default: titles.txt beside it), validated."""
    try:
        root = yaml.compose(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DataFileError(f"{path}: file not found") from None
    except yaml.MarkedYAMLError as error:
        raise DataFileError(
            f"{path}, line {error.problem_mark.line + 1}: {error.problem}"
        ) from None
    canonical: dict[str, str] = {}
    labels: dict[str, str] = {}
    metonyms: dict[str, str] = {}
    for section, entries in _yaml_pairs(root, path):
        if section.value not in _SECTIONS:
            raise _yaml_error(
                path, section, f"unknown section {section.value!r}; use {', '.join(_SECTIONS)}"
            )
        target = metonyms if section.value == "metonyms" else canonical
        for head, listed in _yaml_pairs(entries, path):
            name = _yaml_text(head, path)
            forms = ([head] if target is canonical else []) + _yaml_items(listed, path)
            for node in forms:
                key = name_key(_yaml_text(node, path))
                if target.get(key, name) != name:
                    raise _yaml_error(
                        path, node, f"{node.value!r} is under {target[key]!r} and {name!r}"
                    )
                target[key] = name
            if target is canonical:
                labels[name] = _SECTIONS[section.value]
    titles_path = titles or Path(path).with_name("titles.txt")
    found = load_titles(titles_path) if titles or titles_path.exists() else ()
    return Aliases(canonical, labels, metonyms, found)


def extract_mentions(
    paragraphs: pd.DataFrame,
    docs: Sequence[Doc],
    aliases: Aliases,
    include_attributive: bool = True,
    headlines: Mapping[str, str] | None = None,
    group_metonyms: bool = False,
) -> pd.DataFrame:
    """Every mention of a person, place or organisation, with its canonical entity.

    Args:
        paragraphs: file, outlet, paragraph, line, text (one row per story paragraph).
        docs: `nlp.parse_texts` of `paragraphs["text"]`, one per row, in order.
        aliases: `load_aliases(...)`: curated aliases, metonym groups and titles.
        include_attributive: keep names used as modifiers ("the Trump campaign").
        headlines: {file: headline}; the article's names found there become paragraph 0.
        group_metonyms: name "Moscow", "Kremlin"... by their group in aliases.yml.
    Returns:
        The mentions table (`MENTION_COLUMNS`) in article and text order.
    """
    frame = paragraphs.reset_index(drop=True)
    docs = _aligned(frame, docs)
    found = _names(docs, aliases.titles)
    articles = [list(rows) for rows in frame.groupby("file", sort=False).indices.values()]
    for rows in articles:
        _resolve_article([m for r in rows for m in found[r]])
    flat = [m for ms in found for m in ms]
    entity, labels = _identities(flat, aliases)
    for rows in articles:
        flat += _missed(docs, found, rows, entity, labels)
    flat.sort(key=lambda m: (m.row, m.start))
    records = [
        _record(frame.iloc[m.row], docs[m.row], m, entity[id(m)], labels, aliases.titles)
        for m in flat
    ]
    mentions = pd.DataFrame(records, columns=MENTION_COLUMNS)
    if headlines:
        order = {file: n for n, file in enumerate(frame["file"].unique())}
        mentions = pd.concat([_headline_mentions(mentions, headlines), mentions], ignore_index=True)
        by_article = mentions.assign(order=mentions["file"].map(order))
        mentions = mentions.loc[
            by_article.sort_values(["order", "paragraph", "start"], kind="stable").index
        ]
    if group_metonyms:
        group = mentions["text"].map(lambda text: aliases.metonyms.get(name_key(text)))
        mentions.loc[group.notna(), "entity"] = group[group.notna()]
        mentions.loc[group.notna(), "label"] = "ORG"
    if not include_attributive:
        mentions = mentions[~mentions["attributive"].astype(bool)]
    return mentions.astype({"attributive": bool}).reset_index(drop=True)


def entity_salience(
    mentions: pd.DataFrame, paragraphs: pd.DataFrame, include_attributive: bool = True
) -> pd.DataFrame:
    """How prominent each entity is in each outlet's coverage (`SALIENCE_COLUMNS`).

    mentions and per_1000_words count story paragraphs (not the headline); share is of the
    outlet's PERSON mentions for a person, of its mentions with the same label otherwise;
    first_paragraph is the earliest paragraph naming the entity in any of the outlet's
    articles (0 = the headline, 1 = the lead).
    """
    if not include_attributive:
        mentions = mentions[~mentions["attributive"].astype(bool)]
    words = paragraphs.groupby("outlet")["text"].agg(lambda texts: sum(map(count_words, texts)))
    body = mentions[mentions["paragraph"] > HEADLINE]
    table = body.groupby(["outlet", "entity", "label"]).size().rename("mentions").reset_index()
    table["per_1000_words"] = 1000 * table["mentions"] / table["outlet"].map(words)
    table["share"] = table["mentions"] / table.groupby(["outlet", "label"])["mentions"].transform(
        "sum"
    )
    first = mentions.groupby(["outlet", "entity"])["paragraph"].min().rename("first_paragraph")
    table = table.join(first, on=["outlet", "entity"])
    table = table.sort_values(["outlet", "mentions", "entity"], ascending=[True, False, True])
    return table[SALIENCE_COLUMNS].reset_index(drop=True)


def count_words(text: str) -> int:
    """Words in a text: runs of letters and digits, with inner hyphens, dots and apostrophes."""
    return len(_WORD.findall(text))


def _is_full_name(text: str) -> bool:
    """Two or more name words once initials and suffixes are left out."""
    return len(_name_words(name_key(text))) >= 2


def _surname_keys(key: str) -> set[str]:
    """The keys a full name's surname may be written as: "al-assad" and "assad"."""
    last = _name_words(key)[-1] if _name_words(key) else key
    return {last, last.split("-")[-1]}


def _name_words(key: str) -> list[str]:
    return [w for w in key.split() if len(w) > 1 and w not in _SUFFIXES]


def _yaml_pairs(node: yaml.Node | None, path: Path) -> list[tuple[yaml.Node, yaml.Node]]:
    if node is None or (isinstance(node, yaml.ScalarNode) and node.value in ("", "~", "null")):
        return []
    if not isinstance(node, yaml.MappingNode):
        raise _yaml_error(path, node, "expected a mapping of names (Name: [aliases])")
    return node.value


def _yaml_items(node: yaml.Node, path: Path) -> list[yaml.Node]:
    if isinstance(node, yaml.ScalarNode) and node.value in ("", "~", "null"):
        return []
    if not isinstance(node, yaml.SequenceNode):
        raise _yaml_error(path, node, "expected a list of names in brackets: [Name, Other Name]")
    return node.value


def _yaml_text(node: yaml.Node, path: Path) -> str:
    if not isinstance(node, yaml.ScalarNode) or not node.value.strip():
        raise _yaml_error(path, node, "expected a name (non-empty text)")
    return node.value.strip()


def _yaml_error(path: Path, node: yaml.Node, message: str) -> DataFileError:
    return DataFileError(f"{path}, line {node.start_mark.line + 1}: {message}")


def _aligned(frame: pd.DataFrame, docs: Sequence[Doc]) -> list[Doc]:
    """The docs as a list, after checking they are the paragraphs' parses, in order."""
    docs = list(docs)
    if len(docs) != len(frame):
        raise ValueError(
            f"got {len(docs)} parsed docs for {len(frame)} paragraph rows: pass the docs "
            "parsed from paragraphs['text'], one per row, in order"
        )
    for row, doc in zip(frame.itertuples(index=False), docs, strict=True):
        if doc.text != row.text:
            raise ValueError(
                f"{row.file}, paragraph {row.paragraph}: the doc is not this paragraph's parse"
            )
    return docs


def _names(docs: list[Doc], titles: Titles) -> list[list[_Mention]]:
    """Each paragraph's names: the model's spans trimmed, split where they glue two names,
    and relabelled PERSON where they spell a person's full name found elsewhere."""
    found = [_candidates(row, doc, titles) for row, doc in enumerate(docs)]
    # "Election Meddling" in a title-case tweet is no person: its words are common words
    common = {t.lower_ for doc in docs for t in doc if t.is_lower}
    found = [[m for m in ms if not _common_words(m, common)] for ms in found]
    known = Counter(m.key for ms in found for m in ms)
    people = {m.key for ms in found for m in ms if m.label == "PERSON" and _is_full_name(m.text)}
    surnames = {s for key in people for s in _surname_keys(key)}
    found = [
        [part for m in ms for part in _split(docs[m.row], m, surnames, known, titles)]
        for ms in found
    ]
    for m in (m for ms in found for m in ms if m.label != "PERSON" and _is_full_name(m.text)):
        if any(_same_person(m.key, key) for key in people):  # "Volodymyr Zelenskyy" as ORG
            m.label = "PERSON"
    return found


def _title_spans(doc: Doc | Span, titles: Titles) -> list[tuple[int, int]]:
    """Token ranges of titles in a doc, longest title first, left to right."""
    words = [t.lower_ for t in doc]
    spans, i = [], 0
    while i < len(words):
        size = next(
            (len(t) for t in titles if t[0] == words[i] and tuple(words[i : i + len(t)]) == t), 0
        )
        if size:
            spans.append((i, i + size))
        i += size or 1
    return spans


def _candidates(row: int, doc: Doc, titles: Titles) -> list[_Mention]:
    """The model's entity spans, trimmed to the name; a title right before marks a person."""
    title_spans = _title_spans(doc, titles)
    in_title = {i for s, e in title_spans for i in range(s, e)}
    title_end = {e for _, e in title_spans}
    found = []
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS or all(t.i in in_title for t in ent):
            continue
        start, end = ent.start, ent.end
        person = ent.label_ == "PERSON"
        while start < end and (
            doc[start].pos_ in ("DET", "PUNCT") or (person and start in in_title)
        ):
            start += 1
        while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].pos_ in _TRAILING):
            end -= 1
        if start < end:
            label = "PERSON" if start in title_end and end - start <= 3 else ent.label_
            found.append(_mention(row, doc[start:end], label))
    return found


def _common_words(m: _Mention, common: set[str]) -> bool:
    """A person name made only of words the corpus also writes in lower case."""
    words = m.text.split()
    return m.label == "PERSON" and len(words) > 1 and all(w.lower() in common for w in words)


def _mention(row: int, span: Span, label: str) -> _Mention:
    return _Mention(row, span.start_char, span.end_char, span.text, label)


def _split(
    doc: Doc, m: _Mention, surnames: set[str], known: Counter, titles: Titles
) -> list[_Mention]:
    """A span that glues two names, as two mentions; any other span unchanged."""
    parts = m.text.split("-")
    if " " not in m.text and len(parts) > 1 and all(name_key(p) in known for p in parts):
        # "U.S.-Russia" relations: both names, however the tokenizer cut them
        offsets = [m.start + sum(len(p) + 1 for p in parts[:i]) for i in range(len(parts))]
        return [
            _Mention(m.row, o, o + len(p), p, m.label) for o, p in zip(offsets, parts, strict=True)
        ]
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if len(span) < 2:
        return [m]
    run = len(span)
    while run > 0 and span[run - 1].is_alpha and span[run - 1].is_title:
        run -= 1
    # a person's name after a place or organisation: "the US Sergey Kislyak", "the UN Nikki Haley"
    titled = any(
        e in (span.start, span.start - 2) for _, e in _title_spans(doc[: span.start], titles)
    )
    named = span[-1].lower_ in surnames or (titled and len(span) - run >= 2)
    if m.label != "PERSON" and 0 < run < len(span) and named:
        head = [_mention(m.row, span[:run], m.label)] if name_key(span[:run].text) in known else []
        return head + [_mention(m.row, span[run:], "PERSON")]
    for cut in range(1, len(span)):
        left, right = span[:cut], span[cut:]
        if name_key(right.text) not in known:
            continue
        # a person's name before an organisation: "the Obama White House"
        if name_key(left.text) in surnames:
            right_label = "ORG" if m.label == "PERSON" else m.label
            return [_mention(m.row, left, "PERSON"), _mention(m.row, right, right_label)]
        # two names the model ran together once: "the FBI Russia investigation"
        if m.label != "PERSON" and name_key(left.text) in known and known[m.key] == 1:
            return [_mention(m.row, left, m.label), _mention(m.row, right, m.label)]
    return [m]


def _resolve_article(mentions: list[_Mention]) -> None:
    """Point an article's surnames at its full names: the nearest before, else the first after."""
    titled = {m.key for m in mentions if m.label == "PERSON" and " " not in m.key}
    for m in mentions:
        if _is_full_name(m.text) and _name_words(m.key)[-1] in titled:
            m.label = "PERSON"
    fulls = [m for m in mentions if m.label == "PERSON" and _is_full_name(m.text)]
    for m in fulls:
        m.person = m.key
    for m in mentions:
        if not m.person and " " not in m.key:
            matches = [f for f in fulls if m.key in _surname_keys(f.key)]
            before = [f for f in matches if (f.row, f.start) < (m.row, m.start)]
            if matches:
                m.person, m.label = (before[-1] if before else matches[0]).person, "PERSON"


def _missed(
    docs: list[Doc], found: list[list[_Mention]], rows: list[int], entity: dict, labels: dict
) -> list[_Mention]:
    """Surnames of an article's people where the model saw no entity ("Trump described...")."""
    forms = {}
    for m in (m for r in rows for m in found[r]):
        words = [w for w in re.findall(r"[^\W\d_]+", m.text) if w.lower() not in _SUFFIXES]
        if labels[entity[id(m)]] == "PERSON" and words:
            forms[words[-1]] = entity[id(m)]
    added = []
    for r in rows:
        taken = [(m.start, m.end) for m in found[r]]
        for token in docs[r]:
            end = token.idx + len(token)
            if token.text in forms and not any(s < end and token.idx < e for s, e in taken):
                added.append(_mention(r, docs[r][token.i : token.i + 1], "PERSON"))
                entity[id(added[-1])] = forms[token.text]
    return added


def _same_person(a: str, b: str) -> bool:
    """Full-name keys of one person: close first names and surnames ("sergei" ~ "sergey")."""
    wa, wb = _name_words(a), _name_words(b)
    return fuzz.ratio(wa[0], wb[0]) >= 80 and fuzz.ratio(wa[-1], wb[-1]) >= 85


def _people(mentions: list[_Mention]) -> dict[str, str]:
    """Full-name key -> canonical name: clusters of spellings, named by the commonest form."""
    forms = Counter(m.text for m in mentions if m.person and m.person == m.key)
    keys = sorted({m.person for m in mentions if m.person})
    parent = {k: k for k in keys}

    def root(k: str) -> str:
        while parent[k] != k:
            k = parent[k]
        return k

    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            if _same_person(a, b):
                parent[root(b)] = root(a)
    best: dict[str, tuple[int, str]] = {}
    for text, count in forms.items():
        r = root(name_key(text))
        best[r] = min(best.get(r, (0, text)), (-count, text))
    return {k: best[root(k)][1] for k in keys}


def _acronyms(keys: set[str]) -> dict[str, str]:
    """Acronym key -> the one multi-word key its letters spell ("us" -> "united states")."""
    spelled = defaultdict(set)
    for key in keys:
        words = [w for w in key.split() if w not in ("of", "the", "and", "for")]
        if len(words) >= 2:
            spelled["".join(w[0] for w in words)].add(key)
    return {a: next(iter(k)) for a, k in spelled.items() if len(k) == 1 and a in keys}


def _identities(
    mentions: list[_Mention], aliases: Aliases
) -> tuple[dict[int, str], dict[str, str]]:
    """Canonical entity of each mention (by id) and the voted label of each entity."""
    people = _people(mentions)
    by_surname = defaultdict(set)
    for key, name in people.items():
        for surname in _surname_keys(key):
            by_surname[surname].add(name)
    votes: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:
        votes[m.key]["PERSON" if m.person else m.label] += 1
    shown = {k: max(c, key=lambda t: (c[t], len(t), t)) for k, c in _texts(mentions).items()}
    others = {m.key for m in mentions if not m.person and _vote(votes[m.key]) != "PERSON"}
    acronyms = _acronyms(others)
    entity: dict[int, str] = {}
    for m in mentions:
        if m.person:
            name = people[m.person]
        elif _vote(votes[m.key]) == "PERSON" and len(by_surname[m.key]) == 1:
            name = next(iter(by_surname[m.key]))
        else:
            key = acronyms.get(m.key, m.key)
            name = aliases.canonical.get(m.key) or aliases.canonical.get(key) or shown[key]
        entity[id(m)] = aliases.canonical.get(name_key(name), name)
    tally: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:
        tally[entity[id(m)]]["PERSON" if m.person else m.label] += 1
    labels = {name: aliases.labels.get(name) or _vote(c) for name, c in tally.items()}
    return entity, labels


def _texts(mentions: list[_Mention]) -> dict[str, Counter]:
    texts: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:
        texts[m.key][m.text] += 1
    return texts


def _vote(counts: Counter) -> str:
    """The majority label; ties go to PERSON, then ORG, GPE, LOC, FAC."""
    return max(counts, key=lambda label: (counts[label], -ENTITY_LABELS.index(label)))


def _record(
    row: pd.Series, doc: Doc, m: _Mention, entity: str, labels: dict[str, str], titles: Titles
) -> tuple:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    label = labels[entity]
    attributive = label == "PERSON" and _is_attributive(span, titles)
    sentence = _sentence_number(doc, span)
    place = (row.file, row.outlet, row.paragraph, sentence, m.start, m.end)
    return (*place, m.text, label, entity, attributive)


def _is_attributive(span: Span, titles: Titles) -> bool:
    """A name modifying a noun outside it: "the Trump administration", "anti-Assad rebels".

    A titled name ("Mr Trump shaking hands") is never one, whatever the parse says.
    """
    root, head = span[-1], span[-1].head
    before = span.doc[max(0, span.start - 4) : span.start]
    return not any(e == len(before) for _, e in _title_spans(before, titles)) and (
        root.dep_ in _MODIFIER_DEPS
        and not span.start <= head.i < span.end
        and head.pos_ in ("NOUN", "PROPN")
    )


def numbered_sentences(doc: Doc) -> list[tuple[int, Span]]:
    """A paragraph's sentences that have words, numbered from 1 (as the mentions table does)."""
    spans = [s for s in doc.sents if any(not (t.is_punct or t.is_space) for t in s)]
    return list(enumerate(spans, start=1))


def _sentence_number(doc: Doc, span: Span) -> int:
    """Number of the span's sentence among the paragraph's sentences with words."""
    numbered = numbered_sentences(doc)
    return next((n for n, s in numbered if span.start < s.end), len(numbered) or 1)


def _headline_mentions(mentions: pd.DataFrame, headlines: Mapping[str, str]) -> pd.DataFrame:
    """Each article's names, as its body writes them, found in its headline (paragraph 0)."""
    rows = []
    for (file, outlet), group in mentions.groupby(["file", "outlet"], sort=False):
        headline = headlines.get(file) or ""
        forms = dict(_forms(group))
        taken: list[tuple[int, int]] = []
        for form in sorted(forms, key=len, reverse=True):
            for match in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", headline):
                if all(match.end() <= s or match.start() >= e for s, e in taken):
                    taken.append(match.span())
                    entity, label = forms[form]
                    rows.append(
                        (file, outlet, HEADLINE, 1, *match.span(), form, label, entity, False)
                    )
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


def _forms(group: pd.DataFrame) -> Iterable[tuple[str, tuple[str, str]]]:
    """Surface forms of an article's entities: as written, and a person's full name and surname."""
    for row in group.drop_duplicates(["text", "entity"]).itertuples(index=False):
        yield row.text, (row.entity, row.label)
        if row.label == "PERSON":
            yield row.entity, (row.entity, row.label)
            words = [w for w in row.entity.split() if name_key(w) not in _SUFFIXES]
            yield words[-1], (row.entity, row.label)
