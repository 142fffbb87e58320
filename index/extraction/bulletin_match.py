"""A figure no one is named for, which is a number of the General Staff's daily bulletin.

Outlets relay Kyiv's running tally without saying whose it is ("Overnight, the country's armed
forces increased its running tally of Russian troops killed by 1,030, bringing its total to
133,190"; "bringing the total loss of these machines reported to 18,450"). An exact number of the
record, in a bulletin of the figure's own days, is that tally: the claimant is the General Staff,
and the reason says which bulletin. Only numbers that cannot be a coincidence count: exact, not
round, not tiny, and for a figure with no date a running total the record held for one week at
most.
"""

from __future__ import annotations

from index.checking.checks import GENERAL_STAFF, WINDOW_DAYS, days_between as _days
from index.checking.record import COLUMNS, RecordError, load_record
from index.model import Figure

SMALLEST = 20  # "two tanks" could be anyone's
UNDATED_SMALLEST = 1000
UNDATED_SPAN_DAYS = 7


def _plain(fig: Figure) -> bool:
    """Exact as written: no qualifier, no range, not a round thousand or hundred."""
    return (fig.approx is None and fig.upper is None and fig.value >= SMALLEST
            and not (fig.value >= 1000 and fig.value % 100 == 0)
            and not any(c.isalpha() for c in fig.text))


def _bulletin(fig: Figure, record) -> str | None:
    daily = fig.kind == "daily"
    found = record.allowing(fig.metric, fig.value, fig.value, daily)
    if not found:
        return None
    when = fig.as_of or fig.as_of_estimate
    if when:
        near = [i for i in found if _days(record.dates[i], when) <= WINDOW_DAYS]
        return record.dates[min(near, key=lambda i: _days(record.dates[i], when))] if near else None
    if daily or fig.value < UNDATED_SMALLEST or _days(record.dates[found[0]], record.dates[found[-1]]) > UNDATED_SPAN_DAYS:
        return None
    return record.dates[found[0]]


def general_staff_by_record(figures: list[Figure]) -> None:
    """Name the General Staff for the unnamed figures of Russian losses its bulletins hold."""
    todo = [f for f in figures if f.claimant is None and f.side in ("russia", None) and f.metric in COLUMNS
            and f.kind in ("cumulative", "daily") and _plain(f)]
    if not todo:
        return
    try:
        record = load_record()
    except (RecordError, OSError):
        return
    for fig in todo:
        day = _bulletin(fig, record)
        if day:
            fig.claimant, fig.side = GENERAL_STAFF, "russia"
            fig.claimant_from = f"the number of the General Staff's bulletin of {day}"
    _rest_of_the_list(figures)


LIST_WHY = "a line of the General Staff's bulletin of {}, among lines that match it"
_LIST_MATCHES = 3  # lines of one list that match a bulletin: then it is that bulletin


def _rest_of_the_list(figures: list[Figure]) -> None:
    """A list whose lines match one bulletin is that bulletin: its other lines ("Tanks — 11704
    (+3)" whose day's three the record does not hold as written, "Submarines — 2", too small to
    match by themselves) are the General Staff's too, between its first and last matched line."""
    by_day: dict[str, list[Figure]] = {}
    for f in figures:
        if f.claimant_from and f.claimant_from.startswith("the number of the General Staff's bulletin of "):
            by_day.setdefault(f.claimant_from.rsplit(" ", 1)[-1], []).append(f)
    for day, matched in by_day.items():
        if len({f.sentence_start for f in matched}) < _LIST_MATCHES:
            continue
        first, last = min(f.sentence_start for f in matched), max(f.sentence_start for f in matched)
        for f in figures:
            if f.claimant is None and f.side in ("russia", None) and first <= f.sentence_start <= last \
                    and len(f.sentence) < 80 and f.kind in ("cumulative", "daily"):
                f.claimant, f.side, f.claimant_from = GENERAL_STAFF, "russia", LIST_WHY.format(day)
