""".json and .jsonl files: article records as news APIs and scrapers write them.

One file can hold many articles (a .json list, or one object per .jsonl line); each is
`rel#N`, and a bad record costs only itself, with a reason that names its line or
position ("line 7: 'text' is not a string"). Field names differ between sources, so the
names each field may go by are kept as data.
"""

from __future__ import annotations

import json
import re

from index.reading.articles import build_article, with_title
from index.reading.cleaning import clean_text, has_word
from index.model import Article, Skip

_RECORD_FIELDS = {
    "published": ("published", "published_at", "publishedAt", "date_published",
                  "datePublished", "pubdate", "date", "seendate"),
    "outlet": ("outlet", "source", "site", "site_name", "publisher", "domain"),
    "url": ("url", "link", "canonical_url", "uri"),
}


def _record(rec, where: str, rel: str, name: str) -> tuple[Article | None, str | None]:
    if not isinstance(rec, dict):
        return None, f"{where}: not an object"
    key = next((k for k in ("text", "body", "content") if k in rec), None)
    if key is None:
        return None, f"{where}: no 'text' field"
    if not isinstance(rec[key], str):
        return None, f"{where}: '{key}' is not a string"
    title = rec.get("title")
    if title is not None and not isinstance(title, str):
        return None, f"{where}: 'title' is not a string"
    # Optional fields of the wrong type are ignored, not fatal: the article still loads.
    # Scrapers and news APIs name them differently; the first present one counts.
    meta = {}
    for field, names in _RECORD_FIELDS.items():
        for alt in names:
            value = rec.get(alt)
            if isinstance(value, dict):  # {"source": {"id": null, "name": "BBC News"}}
                value = value.get("name")
            if isinstance(value, str) and value.strip():
                meta[field] = value
                break
    body = clean_text(rec[key])
    art = build_article(rel, with_title(title, body), meta, name) if has_word(body) else None
    if art is None:
        return None, f"{where}: '{key}' is empty"
    return art, None


_LINE_END = re.compile(r"\r\n|\r|\n")


def _integer(digits: str):
    """An integer too long for `int()` (over 4,300 digits) is read as a float (inf), not a
    reason to lose the record: it can only be in a field tally does not use."""
    return int(digits) if len(digits) < 4000 else float(digits)


def read_json(raw: str, rel: str, name: str, lines: bool) -> tuple[list[Article], list[Skip]]:
    arts: list[Article] = []
    skips: list[Skip] = []
    if lines:
        records = []
        # any line end: JSON cannot hold a raw CR or LF inside a string, so a file saved with
        # CR-only line ends is still one record a line (U+2028 can, and is no line end here)
        for n, line in enumerate(_LINE_END.split(raw), 1):
            if not line.strip():
                continue
            try:
                records.append((n, json.loads(line, parse_int=_integer), f"line {n}"))
            except (ValueError, RecursionError) as err:
                skips.append(Skip(f"{rel}#{n}", f"line {n}: not valid JSON ({_json_reason(err)})"))
    else:
        try:
            data = json.loads(raw, parse_int=_integer)
        except (ValueError, RecursionError) as err:
            return [], [Skip(rel, f"not valid JSON ({_json_reason(err)})")]
        if isinstance(data, dict):
            art, why = _record(data, "the object", rel, name)
            return ([art], []) if art else ([], [Skip(rel, why)])
        if not isinstance(data, list):
            return [], [Skip(rel, "JSON holds neither an article object nor a list of them")]
        records = [(n, rec, f"record {n}") for n, rec in enumerate(data, 1)]
    for n, rec, where in records:
        art, why = _record(rec, where, f"{rel}#{n}", name)
        if art:
            arts.append(art)
        else:
            skips.append(Skip(f"{rel}#{n}", why))
    if not arts and not skips:
        skips.append(Skip(rel, "no articles in the file"))
    return arts, skips


def _json_reason(err: Exception) -> str:
    if isinstance(err, RecursionError):
        return "nested too deeply"
    return str(err).split(":")[0]
