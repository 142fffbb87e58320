"""Which figures the figures pane lists: a filter by claimant, metric, side, kind and value,
and the figure terms of a search query (`claimant:"Zelensky" value:>500000`).

No Textual here: the filter is data, described in words for the pane's title and the export,
and tested on figures alone (`tests/test_figure_filter.py`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace

from index.api import METRIC_GROUPS
from index.model import Figure

NO_SIDE = "none"  # the side of a figure whose side nobody could tell


@dataclass(frozen=True)
class FigureFilter:
    """Empty fields match everything. `claimants` match by words, case-insensitively
    ("uk ministry" finds "UK Ministry of Defence"); several are alternatives."""

    claimants: tuple[str, ...] = ()
    metric: str = ""  # a metric or a group ("personnel")
    side: str = ""  # russia, ukraine, both, or NO_SIDE
    kind: str = ""
    low: int | None = None  # value at least
    high: int | None = None  # value at most

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) not in ((), "", None) for f in fields(self))

    def matches(self, f: Figure) -> bool:
        if self.claimants and not any(_has_words(f.claimant, c) for c in self.claimants):
            return False
        if self.metric and f.metric not in METRIC_GROUPS.get(self.metric, (self.metric,)):
            return False
        if self.side and (f.side or NO_SIDE) != self.side:
            return False
        if self.kind and f.kind != self.kind:
            return False
        if self.low is not None and f.value < self.low:
            return False
        return self.high is None or f.value <= self.high

    def apply(self, figures: list[Figure]) -> list[Figure]:
        return [f for f in figures if self.matches(f)] if self else list(figures)

    def describe(self) -> str:
        """In words, for the pane's title and the export: `claimant UK Ministry · ≥ 1,000`."""
        parts = []
        if self.claimants:
            parts.append("claimant " + " or ".join(self.claimants))
        parts += [f"{name} {value}" for name, value in
                  (("metric", self.metric), ("side", self.side), ("kind", self.kind)) if value]
        if self.low is not None and self.high is not None:
            parts.append(f"value {self.low:,} to {self.high:,}")
        elif self.low is not None:
            parts.append(f"value ≥ {self.low:,}")
        elif self.high is not None:
            parts.append(f"value ≤ {self.high:,}")
        return " · ".join(parts)

    def slug(self) -> str:
        """A file-name part: `uk-ministry-of-defence-russia`."""
        words = [*self.claimants, self.metric, self.side, self.kind]
        return re.sub(r"[^a-z0-9]+", "-", " ".join(w for w in words if w).lower()).strip("-")[:60]

    def merged(self, other: FigureFilter) -> FigureFilter:
        """Both at once: `other`'s fields where this one leaves them empty."""
        changes = {f.name: getattr(other, f.name) for f in fields(self)
                   if getattr(self, f.name) in ((), "", None)}
        return replace(self, **changes)


def _has_words(claimant: str | None, wanted: str) -> bool:
    if not claimant:
        return False
    have = claimant.casefold()
    return all(word in have for word in wanted.casefold().split())


# `field:value`, `field:"a phrase"`, `field:[a to b]`, not after NOT or a minus
_TERM = re.compile(r'(?<![\w-])(NOT\s+|-)?(claimant|metric|side|value):'
                   r'("[^"]*"|\[[^\]]*\]|\{[^}]*\}|[^\s()]+)')


def number(text: str) -> int | None:
    digits = re.sub(r"[,_\s]", "", text)
    return int(digits) if digits.isdigit() else None


def from_query(query: str) -> FigureFilter:
    """The figure terms of a search query, as a filter: `claimant:"Zelensky"` lists
    Zelensky's figures, not every figure of the articles that mention him. Terms of one field
    are alternatives (`claimant:Putin OR claimant:Shoigu`); negated terms are left out."""
    claimants: list[str] = []
    found: dict[str, str] = {}
    low = high = None
    for m in _TERM.finditer(query or ""):
        negated, field, arg = m.groups()
        if negated:
            continue
        arg = arg.strip('"').replace("*", "").replace("?", "")
        if field == "claimant":
            claimants.append(arg)
        elif field in ("metric", "side"):
            found.setdefault(field, arg.lower())
        else:
            low, high = _value_bounds(arg, low, high)
    return FigureFilter(claimants=tuple(claimants), metric=found.get("metric", ""),
                        side=found.get("side", ""), low=low, high=high)


def _value_bounds(arg: str, low, high):
    if arg[:1] in "[{":
        parts = re.split(r"\s+to\s+", arg[1:-1].strip(), flags=re.IGNORECASE)
        if len(parts) == 2:
            return number(parts[0]) if parts[0] else low, number(parts[1]) if parts[1] else high
        return low, high
    m = re.fullmatch(r"([<>]=?)?(.+)", arg)
    op, value = m.group(1) or "", number(m.group(2))
    if value is None:
        return low, high
    if op.startswith(">"):
        return value + (0 if op == ">=" else 1), high
    if op.startswith("<"):
        return low, value - (0 if op == "<=" else 1)
    return value, value
