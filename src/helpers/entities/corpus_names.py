"""What a whole corpus says about names, for reading each article's names.

The small model's tags are weak evidence one by one: it tags a surname ORG half the time,
takes "Email" or "Synod" for a person, and glues names together. Counted over the corpus
they say more: how often a span is tagged each way, how often the corpus writes each word in
lower case, and how often as a name (in a person's name, after a title or a first name). `name_spans.name_evidence` gathers
this for any part of a corpus; the evidence of parts adds up (`a + b`), so it can be
gathered per partition and summed before any article is read.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import cached_property

from helpers.entities.names import (
    DOMINANT_PERSON,
    NO_NAME_CHARACTER,
    is_full_name,
    name_key,
    name_words,
    surname_keys,
)
from helpers.entities.people_clusters import PeopleIndex

PLACE_LABELS = ("GPE", "LOC", "FAC")
# A first word the corpus writes in lower case this many times as often as in other names
# is no first name, though the model tags the name after it with it ("Cheers Tim").
GREETING = 10


@dataclass(frozen=True)
class NameEvidence:
    """What a corpus says about names: how often each (text, label) span occurs, how often it
    writes each word in lower case and right after a title, and how often it writes each
    pair of capitalised words one after the other. Evidence of two parts of a corpus adds
    up: `a + b`."""

    spans: Counter[tuple[str, str]]
    lower: Counter[str] = field(default_factory=Counter)
    after_title: Counter[str] = field(default_factory=Counter)
    capitalised_pairs: Counter[tuple[str, str]] = field(default_factory=Counter)

    def __add__(self, other: NameEvidence) -> NameEvidence:
        return NameEvidence(
            self.spans + other.spans,
            self.lower + other.lower,
            self.after_title + other.after_title,
            self.capitalised_pairs + other.capitalised_pairs,
        )

    def is_no_name(self, text: str, label: str) -> bool:
        """A "person" the model tagged that is no one's name: words that the corpus each
        writes in lower case more often than in other names ("Election Meddling" in a
        title-case tweet, where "Jeff Sessions" is a name though "jeff" is in a web address
        and "sessions" a common word: other Jeffs and "Mr. Sessions" name them more often),
        or whose first word it writes in lower case `GREETING` times as often as in other
        names ("Cheers Tim", "Dear Paulo", "Presidents Obama": a comment's sign-off, a
        letter's salutation; "Al Gore" stays, as "Al" begins other names often enough);
        one word that the corpus writes in lower case more often than as a name
        (`is_common`: "Email", "God", "Pope"); or an ampersand or a figure, which no
        person's name holds ("mom & dad & 3", "CIA & JFK", "Q. Windows 8")."""
        words = text.lower().split()
        if label != "PERSON":
            return False
        if len(words) == 1:
            return self.is_common(words[0])
        return bool(NO_NAME_CHARACTER.search(text)) or self._is_no_full_name(tuple(words))

    def _is_no_full_name(self, words: tuple[str, ...]) -> bool:
        """`is_no_name` of a name of two words or more (lower case) by its words' counts."""
        if not all(self.lower[w] for w in words):
            return False
        own = self._tagged_names[words]
        elsewhere = [self.after_title[w] + self._tagged_words[w] - own for w in words]
        lower = [self.lower[w] for w in words]
        common = all(n > e for n, e in zip(lower, elsewhere, strict=True))
        return common or lower[0] > GREETING * elsewhere[0]

    @cached_property
    def _tagged_names(self) -> Counter[tuple[str, ...]]:
        """How often the corpus tags each name of two words or more PERSON, by its words."""
        names: Counter[tuple[str, ...]] = Counter()
        for (text, label), count in self.spans.items():
            words = tuple(text.lower().split())
            if label == "PERSON" and len(words) > 1 and not NO_NAME_CHARACTER.search(text):
                names[words] += count
        return names

    @cached_property
    def _tagged_words(self) -> Counter[str]:
        """How often each word is written in a name of two words or more tagged PERSON."""
        uses: Counter[str] = Counter()
        for words, count in self._tagged_names.items():
            uses.update(dict.fromkeys(words, count))
        return uses

    def is_common(self, word: str) -> bool:
        """Whether the corpus writes a (lower-case) word in lower case more often than as a
        name (`name_uses`). Counted, not merely seen: "Lord God" once made "God" a name
        beside many "a god", and an Amy Pope made "Pope" one beside many "the pope"."""
        return self.lower[word] > self.name_uses[word]

    @cached_property
    def name_uses(self) -> Counter[str]:
        """How often the corpus writes each word as a name: right after a title ("Mr.
        Sessions"), plus its uses in names of two words or more tagged PERSON (not those
        that are no names: one "Patriot Coal" makes no name of "Patriot") or, where more,
        right after a word that begins such a name ("Al Gore", where the model tags "Al
        Franken" but not "Al Gore")."""
        in_names: Counter[str] = Counter()
        firsts = set()
        for words, count in self._tagged_names.items():
            if not self._is_no_full_name(words):
                in_names.update(dict.fromkeys(words, count))
                firsts.add(words[0])
        after_first: Counter[str] = Counter()
        for (first, word), count in self.capitalised_pairs.items():
            if first in firsts:
                after_first[word] += count
        words = in_names.keys() | after_first.keys()
        return self.after_title + Counter({w: max(in_names[w], after_first[w]) for w in words})

    def ends_in_organisation(self, text: str) -> bool:
        """Whether a name of two words or more ends in an acronym that the corpus tags, on its
        own, as an organisation or place more often than as a person: "Junge SVP", "Indiana
        GOP", "Hillary PAC" and "Obama CIA" are no one's names (a title-case headline, a
        party's youth wing)."""
        words = text.split()
        last = words[-1]
        if len(words) < 2 or not (len(last) > 1 and last.isalpha() and last.isupper()):
            return False
        elsewhere = sum(self.spans[last, label] for label in ("ORG", *PLACE_LABELS))
        return elsewhere > self.spans[last, "PERSON"]

    @cached_property
    def known(self) -> Counter[str]:
        """How often each name key occurs as a span."""
        known: Counter[str] = Counter()
        for (text, label), count in self.spans.items():
            if not self.is_no_name(text, label):
                known[name_key(text)] += count
        return known

    @cached_property
    def people(self) -> frozenset[str]:
        """Keys of the full names tagged PERSON somewhere."""
        return frozenset(
            name_key(text)
            for text, label in self.spans
            if label == "PERSON" and is_full_name(text) and not self.is_no_name(text, label)
        )

    @cached_property
    def surnames(self) -> frozenset[str]:
        return frozenset(s for key in self.people for s in surname_keys(key))

    @cached_property
    def labelled(self) -> Counter[tuple[str, str]]:
        """How often each name key is tagged with each label."""
        counts: Counter[tuple[str, str]] = Counter()
        for (text, label), count in self.spans.items():
            counts[name_key(text), label] += count
        return counts

    def spells_person(self, key: str) -> bool:
        """Whether a full name spells a person's full name tagged PERSON somewhere ("Volodymyr
        Zelenskyy" tagged ORG), and is not tagged a place more often than that person is
        tagged PERSON: one "Border Patrol San Diego tweeted" must not make a person of every
        "San Diego". Tagged ORG it may be a person all the same: the model tags "Carly
        Fiorina" ORG nine times in ten."""
        people = self.people_index.matches(key)
        as_place = sum(self.labelled[key, label] for label in PLACE_LABELS)
        return bool(people) and sum(self.labelled[p, "PERSON"] for p in people) >= as_place

    @cached_property
    def person_counts(self) -> Counter[str]:
        """How often the corpus writes each person's full name (tagged PERSON)."""
        counts: Counter[str] = Counter()
        for (text, label), count in self.spans.items():
            key = name_key(text)
            if key in self.people and label == "PERSON":
                counts[key] += count
        return counts

    @cached_property
    def surname_counts(self) -> Counter[str]:
        """How often the corpus names a person (a full name tagged PERSON) by each surname."""
        return Counter({s: people.total() for s, people in self.people_by_surname.items()})

    @cached_property
    def people_by_surname(self) -> dict[str, Counter[str]]:
        """How often the corpus writes each person's full name (`person_counts`), by surname."""
        people: dict[str, Counter[str]] = {}
        for key, count in self.person_counts.items():
            for surname in surname_keys(key):
                people.setdefault(surname, Counter())[key] = count
        return people

    def named_far_more(self, surname: str, keys: Collection[str]) -> bool:
        """Whether the corpus writes some other person with `surname` in full `DOMINANT_PERSON`
        times as often as the full names `keys` together: "Obama" in an article that names
        Michelle Obama in full only at its end, where the corpus names Barack Obama a hundred
        times as often."""
        people = self.people_by_surname.get(surname, Counter())
        others = [count for key, count in people.items() if key not in keys]
        ours = sum(people[key] for key in set(keys))
        return max(others, default=0) >= DOMINANT_PERSON * max(ours, 1)

    @cached_property
    def first_name_counts(self) -> Counter[str]:
        """How often the corpus names a person (a full name tagged PERSON) by each first name."""
        counts: Counter[str] = Counter()
        for key, count in self.person_counts.items():
            counts[name_words(key)[0]] += count
        return counts

    def is_first_name(self, word: str) -> bool:
        """Whether the corpus begins people's full names with `word` more often than it ends
        them with it: "Hillary" begins Hillary Clinton, while "Putin" ends Vladimir Putin
        even where one title-case "Putin Russia" begins a name."""
        return self.first_name_counts[word] > self.surname_counts[word]

    def names_more_than_spans(self, surname: str, key: str) -> bool:
        """Whether the corpus names a person by `surname` at least as often as it writes the
        whole span `key`: only then may the span be cut at that surname ("Citizens United",
        taken for a person a few times, must not cut every "United States")."""
        return self.surname_counts[surname] >= self.known[key]

    @cached_property
    def people_index(self) -> PeopleIndex:
        """`people` by surname, to find whether a name spells one of them."""
        return PeopleIndex(sorted(self.people))
