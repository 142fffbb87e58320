"""Checking a query before the engine sees it.

Whoosh's parser is lenient: an unclosed quote, an unknown field or `value:>abc` quietly turns
into a different query, or into nothing. A user deserves to know. `check()` finds the first
problem and raises QueryError with one line that points at it (1-based character) and says how
to fix it; it returns the query with friendly spellings normalised (`value:>500,000`).
"""

from __future__ import annotations

import re

from index.api import METRIC_GROUPS, QueryError
from index.model import METRICS, SIDES

FIELDS = ("title", "body", "outlet", "claimant", "metric", "side", "published", "value")
MAX_LENGTH = 1000
MAX_DEPTH = 16
MAX_FUZZ = 2
_MAX_VALUE = 2**63 - 1

_FIELD = re.compile(r"(?<![\w\\])([A-Za-z_]\w*):")
_NUMBER = re.compile(r"\d[\d,_]*")
_DATE = re.compile(r"\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?$")
_FUZZ = re.compile(r"(?<=\w)~(\d+)")
_OPEN = {"(": ")", "[": "]", "{": "}"}
_CLOSE = {v: k for k, v in _OPEN.items()}


def check(text: str) -> str:
    """The query, normalised, or QueryError."""
    if text is None or not text.strip():
        raise QueryError("empty query: type a word to search for, e.g. Bakhmut")
    if len(text) > MAX_LENGTH:
        raise QueryError(f"query is {len(text)} characters long: keep it under {MAX_LENGTH}")
    if "\x00" in text:
        raise QueryError("query contains a NUL character: remove it", text.index("\x00"))
    _check_brackets(text)
    _check_fields(text)
    _check_fuzz(text)
    return _normalise(text)


def _at(pos: int) -> str:
    return f"at character {pos + 1}"


def _outside_quotes(text: str):
    """Yield (index, char) for characters outside double quotes; raise on an odd quote."""
    quote_at = None
    for i, ch in enumerate(text):
        if ch == '"' and (i == 0 or text[i - 1] != "\\"):
            quote_at = None if quote_at is not None else i
            continue
        if quote_at is None:
            yield i, ch
    if quote_at is not None:
        raise QueryError(f"unbalanced quote {_at(quote_at)}: close it or remove it", quote_at)


def _check_brackets(text: str) -> None:
    stack: list[tuple[str, int]] = []
    for i, ch in _outside_quotes(text):
        if ch in _OPEN:
            stack.append((ch, i))
            if len(stack) > MAX_DEPTH:
                raise QueryError(
                    f"query nested too deeply {_at(i)}: use at most {MAX_DEPTH} levels of "
                    "parentheses", i)
        elif ch in _CLOSE:
            if not stack:
                raise QueryError(f"unbalanced '{ch}' {_at(i)}: remove it or add a "
                                 f"'{_CLOSE[ch]}' before it", i)
            opener, at = stack.pop()
            if _OPEN[opener] != ch:
                raise QueryError(f"'{opener}' {_at(at)} is closed by '{ch}' {_at(i)}: close "
                                 f"it with '{_OPEN[opener]}'", i)
    if stack:
        opener, at = stack[-1]
        raise QueryError(f"unbalanced '{opener}' {_at(at)}: close it with '{_OPEN[opener]}' "
                         "or remove it", at)


def _masked(text: str) -> str:
    """The text with quoted parts blanked, so checks skip phrases."""
    out = [" "] * len(text)
    for i, ch in _outside_quotes(text):
        out[i] = ch
    return "".join(out)


def _check_fields(text: str) -> None:
    masked = _masked(text)
    for m in _FIELD.finditer(masked):
        name, at = m.group(1), m.start(1)
        if name not in FIELDS:
            raise QueryError(
                f"unknown field '{name}:' {_at(at)}: use one of {', '.join(FIELDS)} "
                "(or put the words in quotes)", at)
        arg_at = m.end()
        arg = _argument(text, masked, arg_at)
        if arg == "(":
            continue
        if name == "value":
            _check_value(arg, arg_at)
        elif name == "published":
            _check_published(arg, arg_at)
        elif name in ("metric", "side") and arg and not arg.startswith(("(", '"')):
            word = arg.lower()
            allowed = (METRICS + tuple(METRIC_GROUPS)) if name == "metric" else SIDES
            if "*" not in word and "?" not in word and "~" not in word and word not in allowed:
                raise QueryError(f"unknown {name} '{arg}' {_at(arg_at)}: use one of "
                                 f"{', '.join(allowed)}", arg_at)
        elif not arg:
            raise QueryError(f"'{name}:' {_at(at)} has nothing after it: add a word, "
                             f"e.g. {name}:word", at)


def _argument(text: str, masked: str, at: int) -> str:
    """The text after `field:` up to the next space (a bracketed range as a whole)."""
    if at < len(text) and text[at] in "[{":
        close = "]" if text[at] == "[" else "}"
        end = text.find(close, at)
        return text[at:end + 1] if end >= 0 else text[at:]
    if at < len(text) and text[at] == '"':
        end = text.find('"', at + 1)
        return text[at:end + 1]
    if at < len(text) and text[at] == "(":
        return "("  # a group: its words are checked where they stand
    m = re.compile(r"[^\s()]*").match(masked, at)
    return m.group() if m else ""


def _number(token: str, at: int, field: str = "value") -> None:
    if not _NUMBER.fullmatch(token):
        raise QueryError(f"{field}:{token!s} {_at(at)} is not a number: write e.g. "
                         "value:>500000 or value:[1000 to 5000]", at)
    if int(re.sub(r"[,_]", "", token)) > _MAX_VALUE:
        raise QueryError(f"number {_at(at)} is too large: use at most {_MAX_VALUE}", at)


def _range_parts(arg: str) -> list[str] | None:
    """The bounds of `[a to b]`, `[a to]` or `[to b]`; None when it is not a range."""
    if len(arg) < 2 or arg[-1] not in "]}":
        return None
    m = re.fullmatch(r"(\S*?)\s*\bto\b\s*(\S*)", arg[1:-1].strip(), flags=re.IGNORECASE)
    if not m or not any(m.groups()):
        return None
    return [p for p in m.groups() if p]


def _check_value(arg: str, at: int) -> None:
    if not arg:
        raise QueryError(f"'value:' {_at(at - 6)} has no number: write e.g. value:>500000", at)
    if arg[0] in "[{":
        parts = _range_parts(arg)
        if parts is None:
            raise QueryError(f"bad range {_at(at)}: write value:[1000 to 5000]", at)
        for part in parts:
            _number(part, at)
        _check_order("value", parts, at, lambda p: (int(re.sub(r"[,_]", "", p)),))
        return
    token = re.sub(r"^[<>]=?", "", arg)
    _number(token, at + len(arg) - len(token))


def _check_order(field: str, parts: list[str], at: int, key) -> None:
    """A range from high to low matches nothing, silently: say so."""
    if len(parts) == 2:
        low, high = key(parts[0]), key(parts[1])
        n = min(len(low), len(high))  # published:[2023-06 to 2023] is no reversal
        if low[:n] > high[:n]:
            raise QueryError(f"range {_at(at)} runs from high to low and matches nothing: "
                             f"write {field}:[{parts[1]} to {parts[0]}]", at)


def _check_published(arg: str, at: int) -> None:
    hint = "write published:2024, published:2024-05 or published:[2023-01-01 to 2023-06-30]"
    if not arg:
        raise QueryError(f"'published:' has no date {_at(at)}: {hint}", at)
    if arg[0] in "[{":
        parts = _range_parts(arg)
        if parts is None or not all(_valid_date(p) for p in parts):
            raise QueryError(f"bad date range {_at(at)}: {hint}", at)
        _check_order("published", parts, at, lambda p: tuple(int(x) for x in p.split("-")))
        return
    token = re.sub(r"^[<>]=?", "", arg)
    if not _valid_date(token):
        raise QueryError(f"published:{arg} {_at(at)} is not a date: {hint}", at)


def _valid_date(token: str) -> bool:
    if not _DATE.match(token):
        return False
    parts = [int(p) for p in token.split("-")]
    if not 1 <= parts[0] <= 9999:
        return False
    if len(parts) > 1 and not 1 <= parts[1] <= 12:
        return False
    if len(parts) > 2:
        import calendar

        return 1 <= parts[2] <= calendar.monthrange(parts[0], parts[1])[1]
    return True


def _check_fuzz(text: str) -> None:
    masked = _masked(text)
    for m in _FUZZ.finditer(masked):
        if int(m.group(1)[:4]) > MAX_FUZZ:
            raise QueryError(f"fuzzy edit distance ~{m.group(1)} {_at(m.start())} is too "
                             f"large: use ~1 or ~2", m.start())


def _normalise(text: str) -> str:
    """`value:>500,000` -> `value:>500000` (the engine wants plain digits)."""
    def strip(m: re.Match) -> str:
        return m.group(1) + re.sub(r"(?<=\d)[,_](?=\d)", "", m.group(2))

    return re.sub(r"(value:[<>]?=?)(\[[^\]]*\]|\{[^}]*\}|[\d,_]+)", strip, text)
