"""The per-source timeline: one series per source (claimant or outlet) and kind of figure.

A pure function over figures, so it is tested without an index. Cumulative totals and daily
counts are never put in one series (a line through both would be nonsense); undated figures
come last with `as_of` None, and figures dated only by an estimate are marked as such.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from index.api import METRIC_GROUPS, Series, TimelinePoint
from index.model import KINDS, METRICS, Figure

UNATTRIBUTED = "unattributed"  # a figure no one is said to claim
UNKNOWN_OUTLET = "unknown outlet"  # an article whose outlet tally could not find
BY = ("claimant", "outlet")

# "Two colonels, three lieutenants and 12 officers were also killed": counts of officers are
# personnel figures, but a line from 12 colonels to 300,000 troops means nothing, so they
# form series of their own (`Series.ranks`).
_RANKS = re.compile(
    r"\s*(?:(?:more|other|senior|high|top|russian|ukrainian|[a-z]+-ranking)\s+)*"
    r"(?:generals?|colonels?|lieutenants?|lieutenant[ -]colonels?|majors?|captains?|admirals?"
    r"|officers?|commanders?|lieutenantists?)\b", re.IGNORECASE)


def counts_ranks(fig: Figure) -> bool:
    """Whether the figure counts officers: the words right after it name a rank."""
    after = fig.sentence[fig.end - fig.sentence_start:][:60] if fig.sentence else ""
    return bool(_RANKS.match(after))


@dataclass(slots=True)
class Reference:
    """A series from outside the articles (an official daily record, say) that the chart
    draws beside the claims: `points` are (ISO date, value) in any order."""

    label: str
    points: list[tuple[str, int]] = field(default_factory=list)
    kind: str = "cumulative"  # drawn only on a chart of this kind


def metrics_present(figures: Iterable[Figure]) -> list[str]:
    """The metric choices (groups first, then metrics, in vocabulary order) that have at
    least one figure: the timeline offers no metric the library lacks."""
    have = {f.metric for f in figures}
    groups = [g for g, members in METRIC_GROUPS.items() if have & set(members)]
    return groups + [m for m in METRICS if m in have]


def metrics_of(metric: str) -> tuple[str, ...]:
    """A metric name, or a group name from METRIC_GROUPS, as the metrics it covers."""
    return METRIC_GROUPS.get(metric, (metric,))


def timeline(
    figures: Iterable[Figure],
    outlets: Mapping[str, str | None],
    metric: str = "personnel",
    side: str | None = "russia",
    by: str = "claimant",
) -> list[Series]:
    if by not in BY:
        raise ValueError(f"by must be one of {', '.join(BY)}, not {by!r}")
    wanted = set(metrics_of(metric))
    groups: dict[tuple[str, str | None, str, bool], list[TimelinePoint]] = {}
    for fig in figures:
        if fig.metric not in wanted or (side is not None and fig.side != side):
            continue
        outlet = outlets.get(fig.file)
        if by == "claimant":
            source = fig.claimant or UNATTRIBUTED
        else:
            source = outlet or UNKNOWN_OUTLET
        date, estimated = fig.as_of, False
        if date is None and fig.as_of_estimate:
            date, estimated = fig.as_of_estimate, True
        point = TimelinePoint(
            as_of=date, estimated=estimated, value=fig.value, upper=fig.upper,
            approx=fig.approx, kind=fig.kind, metric=fig.metric, claimant=fig.claimant,
            outlet=outlet, file=fig.file, start=fig.start, end=fig.end, sentence=fig.sentence,
        )
        groups.setdefault((source, fig.side, fig.kind, counts_ranks(fig)), []).append(point)

    series = []
    for (source, fig_side, kind, ranks), points in groups.items():
        # dated points by date; undated ones last; ties in reading order
        points.sort(key=lambda p: (p.as_of is None, p.as_of or "", p.file, p.start))
        series.append(Series(metric=metric, side=fig_side, by=by, source=source, kind=kind,
                             points=points, ranks=ranks))
    kind_order = {k: i for i, k in enumerate(KINDS)}
    # the best-documented sources first; "unattributed" / "unknown outlet" after named ones
    unnamed = {UNATTRIBUTED if by == "claimant" else UNKNOWN_OUTLET}
    series.sort(key=lambda s: (s.ranks, s.source in unnamed, -len(s.points), s.source.lower(),
                               kind_order.get(s.kind, 99), s.side or ""))
    return series
