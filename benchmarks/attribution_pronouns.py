"""Pronoun sources split by whether PolNeAR's own annotation bears out CoreNLP's reading.

PolNeAR annotates a pronoun source as the pronoun ("he"); the person it stands for is
CoreNLP's coreference (`attribution.expected_source`), which is often wrong: most often a
"he said" after a quotation of the person just named, linked to someone the quotation or
its sentence mentions. The annotation cannot say who "he" is, but it does name sources: a
pronoun source is *borne out* when CoreNLP's person is also the nearest named-person source
that the annotation marks before it in the article (any attribution, not only direct
quotes), and *not borne out* otherwise. Speaker accuracy on the two parts shows how much of
the pronoun error lies where the gold itself is doubtful; the headline figure still counts
every pronoun source against CoreNLP.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from polnear import Article, Attribution, CoreNLP


def named_sources(
    article: Article, parse: CoreNLP | None, expected: Callable
) -> list[tuple[int, object]]:
    """(source start, Expected) of every attribution whose source names a person."""
    found = []
    for attribution in article.attributions:
        if attribution.source:
            source = expected(attribution, parse)
            if source.kind == "named" and source.person:
                found.append((min(s for s, _ in attribution.source), source))
    return sorted(found, key=lambda pair: pair[0])


def borne_out(
    attribution: Attribution, source, named: list[tuple[int, object]], right: Callable
) -> bool:
    """Whether the nearest named source annotated before this pronoun source is the person
    CoreNLP gives it (`right`: the benchmark's name comparison)."""
    start = min(s for s, _ in attribution.source)
    before = [expected for position, expected in named if position < start]
    return bool(before) and right(before[-1].person, source)


def report_lines(judged: list[tuple[bool, bool]]) -> list[str]:
    """Lines to print from (borne out, speaker right) of each judged pronoun source."""
    total, right = Counter(), Counter()
    for supported, ok in judged:
        total[supported] += 1
        right[supported] += ok
    lines = []
    for supported, label in ((True, "borne out by the annotation"), (False, "not borne out")):
        share = right[supported] / total[supported] if total[supported] else 0.0
        lines.append(f"    {label:28} {share:.3f}  ({right[supported]} of {total[supported]})")
    return lines
