"""Numbers as reporters write them: where they stand in a sentence and what value they mean.

`find_numbers(text)` returns every count-like number with exact offsets: digits with ",", "."
or space thousands separators ("765,110", "765 110", "1,020.010" = 1020010), decimals with a
scale ("1.2 million"), number words ("Sixty-five", "one", "half a million", "a dozen"), ranges
("70 to 80,000" = 70000..80000, "100,000-150,000", "between 10,000 and 15,000") and bulletin
deltas ("(+3)", "+200"), each with the hedge word in front of it as one canonical qualifier.

Vague amounts ("tens of thousands", "hundreds of", "dozens", "several hundred") are not
returned: they have no value to show. Whether a number is a *figure* (counts a war loss, not a
year, a price or a rifle calibre) is decided in `index.extraction.figures`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.extraction.initials import by_initial

# The canonical qualifiers, and the words that mean them. Kept small so a user can filter on
# them: over / under / nearly / about / around / approximately / roughly / at least / up to.
QUALIFIERS = {
    "over": ("more than", "over", "well over", "just over", "in excess of", "upwards of",
             "upward of", "above", "exceeding", "exceed", "exceeds", "exceeded", "north of",
             "surpassing", "surpassed", "topping", "topped", "passed", "over the"),
    "under": ("less than", "fewer than", "under", "just under", "below", "shy of"),
    "nearly": ("nearly", "almost", "close to", "approaching", "nearing", "quickly reaching",
               "fast approaching", "rapidly approaching", "is reaching", "are reaching",
               "just short of", "closing in on"),
    "about": ("about", "some", "an estimated about"),
    "around": ("around", "circa", "round about"),
    "approximately": ("approximately", "approx.", "an estimated", "estimated", "est."),
    "roughly": ("roughly", "an approximate"),
    "at least": ("at least", "no fewer than", "no less than", "a minimum of", "not less than"),
    "up to": ("up to", "as many as", "as much as", "at most", "no more than", "not more than"),
}
_QUAL_OF = {w: canon for canon, words in QUALIFIERS.items() for w in words}
# an optional qualifier right before a number, for the patterns that look past one ("killed at
# least 7", "including some 300", "and nearly 8,800")
QUALIFIER_BEFORE = (r"(?:(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+")
                                         for w in sorted(_QUAL_OF, key=len, reverse=True)) + r")\s+)?")
_QUAL_RE = re.compile(  # (grouped by first letter, `initials`: searched before every number)
    r"(?:\b(?:"
    + by_initial("|".join(sorted((re.escape(w) for w in _QUAL_OF), key=len, reverse=True)))
    + r")\s+$)",
    re.IGNORECASE,
)

UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "mln": 1_000_000, "bn": 1_000_000_000, "k": 1_000, "m": 1_000_000,
    # South Asian English, common in republished wire copy: "1 lakh soldiers" is 100,000
    "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
}

# (grouped by first letter, `initials`: NUMBER_RE tries it, twice over, at every word opening
# with one of its letters, "the", "to", "of" ... among them)
WORD_NUMBERS = (r"(?:" + "|".join(TENS) + r")(?:[- ](?:" + "|".join(UNITS) + r"))?"
                r"|" + "|".join(sorted(UNITS, key=len, reverse=True)))
_WORD_NUM = rf"(?:{by_initial(WORD_NUMBERS)})"
# Digits: grouped thousands ("765,110", "1,020.010", "765 110") or plain digits, optional
# decimals. Not glued to letters or other digits (Su-34, 155mm, F-16 are decided later).
_DIGITS = (
    r"\d{1,2}(?:,\d\d)+,\d{3}(?!\d|,\d)"  # 1,00,000 / 12,50,000 (South Asian grouping)
    r"|\d{1,3}(?:,\d{3})+(?:\.\d{3})*(?:\.\d+)?"  # 765,110 / 1,020.010 / 1,234.5
    r"|\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d])"  # 1.020.010 (European)
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.]\d)"  # 765 110
    r"|\d+(?:\.\d+)?"
)
_SCALE = r"(?:(?:\s*|-)(?:hundred|thousand|million|billion|mln|bn|lakhs?|crores?)\b|(?:k|m|bn)\b)"  # "15-thousand"
_ONE_NUMBER = (
    rf"(?:(?:{_DIGITS})(?:{_SCALE})?"
    rf"|half\s+a\s+(?:million|billion)"
    rf"|(?:a\s+)?(?:quarter|third)\s+of\s+a\s+million"
    rf"|a\s+(?:hundred|thousand|million)(?:\s+(?:thousand|million))?(?:\s+(?:and\s+)?{_WORD_NUM})?"
    rf"|a\s+dozen"
    # "two dozen", "Forty-thousand"
    rf"|{_WORD_NUM}\s+dozen\b"
    rf"|{_WORD_NUM}(?:[\s-]+(?:hundred|thousand|million|billion)\b(?:\s+(?:and\s+)?{_WORD_NUM})?)*"
    rf")"
)
_RANGE_SEP = r"(?:\s*[-\u2010-\u2015\u2212]\s*|\s+(?:to|and|or)\s+)"
# (every number opens with a sign, a digit, "a ", "half", "quarter", "third" or a number word:
# the lookahead, the words grouped by first letter, spares the other words ("the", "to", "of"
# ...) the dozens of alternatives, which IGNORECASE makes `re` enter one by one)
NUMBER_RE = re.compile(
    rf"(?<![\w.,/:\u2019'-])(?=[+\d]|a\s|half|quarter|third|{_WORD_NUM})(?P<sign>\+)?(?P<lo>{_ONE_NUMBER})"
    rf"(?:(?P<sep>{_RANGE_SEP})(?P<hi>{_ONE_NUMBER}))?(?![\w])(?![:/]\d)",
    re.IGNORECASE,
)
_OR_SO_RE = re.compile(r"\s+or\s+so\b", re.IGNORECASE)
_PLUS_AFTER_RE = re.compile(r"-plus\b|\+(?![\d\w])")
# Plus sign glued after a bracket or dash: "(+3)", "‒ +200".
_DELTA_BEFORE = re.compile(r"\+$")

# Vague amounts: no value to show.
VAGUE_AFTER = re.compile(
    r"^\s*(?:of\s+(?:thousands|millions|hundreds)|s\b|\s*s\s+of)", re.IGNORECASE
)
VAGUE_RE = re.compile(
    r"\b(?:tens|hundreds|thousands|millions|dozens|scores)\s+of\b"
    r"|\b(?:several|a\s+few|few|many|some)\s+(?:hundred|thousand|million|dozen)s?\b"
    r"|\bdozens\b|\bhundreds\b|\bthousands\b|\bmillions\b",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Number:
    start: int  # offsets of the number itself (qualifier excluded)
    end: int
    value: int | float
    upper: int | None
    approx: str | None
    delta: bool  # written with a leading "+": a bulletin's daily increase
    words: bool  # written in words ("one", "half a million"), not digits
    decimal: bool  # a bare decimal without scale ("3.5"): never a count


def _parse_words(s: str) -> int | None:
    s = s.lower().replace("-", " ")
    toks = [t for t in s.split() if t != "and"]
    if not toks:
        return None
    if toks[:2] == ["half", "a"]:
        return SCALES[toks[2]] // 2 if len(toks) == 3 else None
    if toks[:1] == ["a"] and toks[1:2] in (["quarter"], ["third"]):
        return 250_000 if toks[1] == "quarter" else 333_333
    if toks[:1] in (["quarter"], ["third"]) and toks[-1:] == ["million"]:  # "up to quarter of a million"
        return 250_000 if toks[0] == "quarter" else 333_333
    if toks == ["a", "dozen"]:
        return 12
    total, cur = 0, 0
    for t in toks:
        if t in ("a",):
            cur = 1
        elif t in UNITS:
            cur += UNITS[t]
        elif t in TENS:
            cur += TENS[t]
        elif t == "hundred":
            cur = max(cur, 1) * 100
        elif t == "dozen":
            cur = max(cur, 1) * 12
        elif t in ("thousand", "million", "billion"):
            total += max(cur, 1) * SCALES[t]
            cur = 0
        else:
            return None
    return total + cur


def _parse_one(s: str) -> tuple[int | float, bool, bool] | None:
    """(value, written in words, bare decimal) of one number, or None."""
    s = s.strip()
    m = _DIGITS_AND_SCALE_RE.match(s)
    if not m:
        v = _parse_words(s)
        return None if v is None else (v, True, False)
    digits, scale = m.group(1), (m.group(2) or "").lower()
    mult = SCALES.get(scale, 1) if scale else 1
    compact = digits.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    if len(compact) > 15:
        return None  # an id or a phone number, not a count
    if _GROUPED_RE.fullmatch(compact) and not (mult > 1 and "," not in compact):
        # every group has three digits: thousands separators, whatever the mark
        # ("1,020.010" troops = 1020010); "1.2 million" is not this case
        return int(compact.replace(",", "").replace(".", "")) * mult, False, False
    if _EUROPEAN_DECIMAL_RE.fullmatch(compact):  # 1.234,5
        compact = compact.replace(".", "").replace(",", ".")
    compact = compact.replace(",", "")
    try:
        v = float(compact) * mult
    except ValueError:
        return None
    if v != int(v):
        return v, False, True
    return int(v), False, ("." in compact and mult == 1)


# (compiled once: asked of every number)
_DIGITS_AND_SCALE_RE = re.compile(rf"({_DIGITS})(?:\s*|-)([a-z]+)?$", re.IGNORECASE)
_GROUPED_RE = re.compile(r"\d{1,3}(?:[,.]\d{3})+")
_EUROPEAN_DECIMAL_RE = re.compile(r"\d{1,3}(?:\.\d{3})+,\d+")
_OF_THOUSANDS_RE = re.compile(r"\s+of\s+(?:thousands|millions|hundreds)\b", re.I)
_VAGUE_BEFORE_RE = re.compile(r"\b(?:several|few|many|tens|hundreds|some)\s*$")
_SCALE_WORD_RE = re.compile(r"(?:hundred|thousand|million|dozen)", re.I)


def _scale_of(s: str) -> int:
    m = re.search(r"(hundred|thousand|million|billion|mln|bn|lakhs?|crores?|k|m)\s*$", s, re.IGNORECASE)
    return SCALES[m.group(1).lower()] if m else 1


def qualifier_before(text: str, start: int) -> tuple[str | None, int]:
    """The canonical qualifier written just before `start` and where it begins."""
    window = text[max(0, start - 32):start]
    m = _QUAL_RE.search(window)
    if not m:
        return None, start
    phrase = re.sub(r"\s+", " ", m.group(0).strip().lower())
    return _QUAL_OF.get(phrase), start - len(window) + m.start()


def find_numbers(text: str) -> list[Number]:
    """Every number with a value in `text` (see the module docstring)."""
    out: list[Number] = []
    for m in NUMBER_RE.finditer(text):
        lo_s = m.group("lo")
        if lo_s.lower() in ("a dozen",) and VAGUE_AFTER.match(text, m.end()):
            continue
        after = text[m.end():m.end() + 14]
        if _OF_THOUSANDS_RE.match(after):
            continue  # "tens of thousands": word match would not even start here, be safe
        before = text[max(0, m.start() - 12):m.start()].lower()
        if _VAGUE_BEFORE_RE.search(before) and _SCALE_WORD_RE.fullmatch(lo_s):
            continue
        lo = _parse_one(lo_s)
        if lo is None:
            continue
        lo_v, words, decimal = lo
        hi_s, upper = m.group("hi"), None
        end = m.end()
        if hi_s is not None:
            hi = _parse_one(hi_s)
            sep = m.group("sep").strip().lower()
            year_lo = re.fullmatch(r"(?:19|20)\d\d", lo_s) is not None
            year_hi = re.fullmatch(r"(?:19|20)\d\d", hi_s.strip()) is not None if hi_s else False
            # "70 or 80,000": the top's scale makes the first a shorthand of the same range
            shorthand = sep == "or" and hi is not None and lo_v < 1000 <= hi[0] and not words \
                and _scale_of(lo_s) == 1 and lo_v * 1000 <= hi[0]
            if hi is None or hi[2] or (sep in ("and", "or") and not shorthand and not re.search(r"\bbetween\s+(?:\w+\s+)?$", text[max(0, m.start() - 20):m.start()], re.I)) \
                    or year_lo != year_hi \
                    or (sep == "to" and re.search(r"\b(?:from|by)\s+(?:\w+\s+)?$", text[max(0, m.start() - 20):m.start()], re.I)):
                # not a range: "since 2022 to 796,000" (a year), "rose from 100 to 150", "raised by 40 to 3,540" (a change)
                # not a range: keep only the first number, re-scan the rest
                end = m.start("lo") + len(lo_s)
                hi_s = None
            else:
                hi_v = hi[0]
                # "70 to 80,000" and "10-15 thousand": the scale of the top applies to both
                if lo_v < hi_v and _scale_of(lo_s) == 1 and not words:
                    for scale in (1_000_000, 1_000):
                        if hi_v >= scale and lo_v * scale <= hi_v and lo_v < 1000 and (
                            _scale_of(hi_s) == scale or (scale == 1000 and hi_v % 1000 == 0 and lo_v < 100 and "," in hi_s)
                        ):
                            lo_v = lo_v * scale
                            break
                if not (isinstance(hi_v, int) and hi_v > lo_v):
                    end = m.start("lo") + len(lo_s)
                    hi_s = None
                else:
                    upper = int(hi_v)
        if hi_s is None:
            end = m.start("lo") + len(lo_s)
        start = m.start("lo")
        approx, _ = qualifier_before(text, m.start())
        if approx is None and _PLUS_AFTER_RE.match(text, end):
            approx = "over"  # "1,000-plus troops", "500+ tanks"
        elif approx is None and (so := _OR_SO_RE.match(text, end)):
            approx, end = "about", so.end()  # "40,000 or so civilians": the count reaches past its hedge
        out.append(
            Number(
                start=start,
                end=end,
                value=lo_v if decimal else int(lo_v),
                upper=upper,
                approx=approx,
                delta=m.group("sign") is not None,
                words=words,
                decimal=decimal,
            )
        )
        if hi_s is None and m.group("hi") is not None:
            # the second half was not a range partner: it may be a number of its own
            for n in find_numbers_at(text, m.start("hi"), m.end()):
                out.append(n)
    return out


def find_numbers_at(text: str, start: int, end: int) -> list[Number]:
    """Numbers inside text[start:end], offsets in `text`."""
    return [
        Number(n.start + start, n.end + start, n.value, n.upper, n.approx, n.delta, n.words,
               n.decimal)
        for n in find_numbers(text[start:end])
    ]
