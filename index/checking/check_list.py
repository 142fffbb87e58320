"""Checking a list of figures: each against the bulletin of its date, and before one is
flagged, against the bulletin its article's other figures agree on (`dating.estimate`: a
figure whose own date was misread still quotes that bulletin). The other figures of an
article are also the context that makes an unnamed figure in a General Staff list checked."""

from __future__ import annotations

from index.checking.checks import Check, check_figure, checkable, near_general_staff
from index.checking.dating import estimate
from index.checking.record import Record
from index.model import Figure


def check_all(figures: list[Figure], record: Record, texts: dict[str, str] | None = None,
              context: list[Figure] | None = None) -> list[Check | None]:
    """A check (or None) per figure, in order. `texts` (file -> article text) lets a figure
    that adds two columns be read as their sum (else its sentence is used); `context` holds
    the other figures of their articles, when `figures` is a filtered list."""
    near = near_general_staff(figures + (context or []))
    by_file: dict[str, dict] = {}  # file -> its figures, each once
    for f in figures + (context or []):
        by_file.setdefault(f.file, {})[(f.start, f.end)] = f
    out = []
    for f in figures:
        if not checkable(f, (f.file, f.start) in near):
            out.append(None)
            continue
        if texts and f.file in texts:
            after = texts[f.file][f.end:f.end + 80]
        else:
            after = f.sentence[max(0, f.end - f.sentence_start):][:80]
        out.append((_safely(check_figure, f, record, after), after))
    quoted: dict[str, set[str]] = {}  # file -> the bulletins its figures match
    for f, c in zip(figures, out):
        if c is not None and c[0] is not None and c[0].status == "match":
            quoted.setdefault(f.file, set()).add(c[0].bulletin)
    return [_second_look(f, c, record, by_file, quoted) if c is not None else None
            for f, c in zip(figures, out)]


def _second_look(f: Figure, checked, record: Record, by_file, quoted) -> Check | None:
    """Before a figure is flagged: the bulletins its article quotes elsewhere (matched by its
    other figures, or agreed on by them) may be the one it quotes under a misread date."""
    check, after = checked
    if check is None or check.status == "match":
        return check
    days = set(quoted.get(f.file, ()))
    others = [g for key, g in by_file[f.file].items() if key != (f.start, f.end)]
    found = estimate(others, record)
    if found:
        days.add(found[0])
    for day in sorted(days):
        again = _safely(check_figure, f, record, after, day)
        if again is not None and again.status == "match":
            return again
    return check


def _safely(check, f: Figure, *args) -> Check | None:
    """A figure whose date is not a whole ISO date ("2024-05") cannot be placed: unchecked."""
    try:
        return check(f, *args)
    except ValueError:
        return None
