"""Rows of the catalog: names and text made safe for SQLite and back, figures to and from rows."""

from __future__ import annotations

import json
import re

from index.model import Figure, Sentence


# SQLite stores UTF-8 only. File names that are not UTF-8 reach Python as lone surrogates
# (surrogateescape); they are mapped into the last private-use plane and back, so a name
# survives the round trip. Lone surrogates inside article text become U+FFFD, one character
# for one, so every offset stays valid.
_SURR = re.compile("[\ud800-\udfff]")
_PUA = re.compile("[\U0010f800-\U0010ffff]")


def name_to_db(name: str) -> str:
    return _SURR.sub(lambda m: chr(0x10F800 + ord(m.group()) - 0xD800), name)


def name_from_db(name: str) -> str:
    return _PUA.sub(lambda m: chr(0xD800 + ord(m.group()) - 0x10F800), name)


def text_to_db(text: str | None) -> str | None:
    return _SURR.sub("\ufffd", text) if text else text


def opt_name(name: str | None) -> str | None:
    return name_from_db(name) if name is not None else None


_MAX = 2**63 - 1


def fits(f: Figure) -> bool:
    """SQLite integers are 64-bit; a "figure" beyond that is noise, not a claim."""
    return abs(f.value) <= _MAX and (f.upper is None or abs(f.upper) <= _MAX)


def figure_row(file_db: str, f: Figure) -> tuple:
    return (
        file_db, f.value, f.upper, f.approx, f.metric, f.side, text_to_db(f.claimant), f.kind,
        f.as_of, text_to_db(f.text), f.start, f.end, None, f.sentence_start,  # sentence: the article's
        f.sentence_end, f.as_of_estimate, text_to_db(f.as_of_from), text_to_db(f.claimant_from),
    )


def figure_from_row(row: tuple) -> Figure:
    fig = Figure(*row)
    fig.file = name_from_db(fig.file)
    return fig


def sentences_from_json(data: str | None) -> list[Sentence]:
    return [Sentence(*s) for s in json.loads(data or "[]")]
