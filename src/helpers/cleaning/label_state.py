"""One article's labels while the labelling steps apply their evidence to it, with the
questions every step asks of a line (still open? a story paragraph? removed by its kind?)."""

from __future__ import annotations

from dataclasses import dataclass, field

from helpers.base.corpus import Article
from helpers.cleaning.lines import Line, LineReader
from helpers.cleaning.rules import Rule

KEPT = ("content", "headline")


@dataclass
class LabelState:
    """One article's labels while evidence is applied (index i is line i + 1)."""

    article: Article
    lines: list[Line]
    forms: list[str]
    words: list[int]
    labels: list[str]
    rules: list[str]
    reasons: list[str]
    clean: list[str]
    anchors: dict[int, Rule] = field(default_factory=dict)
    headline: str = ""
    headline_index: int = -1

    @classmethod
    def start(cls, article: Article, reader: LineReader) -> LabelState:
        lines = [reader.read(line) for line in article.lines]
        forms = [line.form for line in lines]
        empty = [""] * len(lines)
        return cls(
            article,
            lines,
            forms,
            [line.words for line in lines],
            ["content" if form else "blank" for form in forms],
            empty,
            empty[:],
            [line.clean for line in lines],
        )

    def open(self, i: int) -> bool:
        """Still plain content that no evidence has touched (not a dateline, not split)."""
        return self.labels[i] == "content" and not self.rules[i]

    def drop(self, i: int, kind: str, reason: str = "") -> None:
        self.labels[i], self.clean[i] = "boilerplate", ""
        self.rules[i], self.reasons[i] = kind, reason or kind

    def paragraph(self, i: int) -> bool:
        """A story paragraph that no evidence has touched and no kind names."""
        line = self.lines[i]
        return self.open(i) and line.kind is None and line.shape is not None and line.shape.story

    def nonblank(self) -> list[int]:
        return [i for i, form in enumerate(self.forms) if form]

    def by_kind(self, i: int) -> bool:
        """Removed for the kind its own words name (line_kinds), not by the researcher's rules."""
        hit = self.lines[i].kind
        return i not in self.anchors and hit is not None and self.rules[i] == hit.kind
