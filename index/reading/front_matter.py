"""Front matter: the `---` / `key: value` / `---` block a Markdown or text file may open with.

Only the keys tally shows are read (title, published, outlet, url, under the names site
generators and scrapers give them); nested values and other keys are ignored. Anything
malformed (no closing `---`, a line that is no `key: value`) means there is no front
matter: the file is read as plain text rather than lost.
"""

from __future__ import annotations

import re

_FRONT_KEYS = {
    "title": "title", "headline": "title",
    "published": "published", "date": "published", "published_at": "published",
    "pubdate": "published", "published_date": "published",
    "outlet": "outlet", "source": "outlet", "site": "outlet", "publisher": "outlet",
    "url": "url", "link": "url", "canonical": "url", "canonical_url": "url",
}
_FRONT_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$")


def front_matter(text: str) -> tuple[dict, str] | None:
    """(metadata, rest of the text) for `---` / `key: value` lines / `---`, or None when
    the file has none or it is malformed (then the file is read as plain text)."""
    if not text.startswith("---\n"):
        return None
    end = text.find("\n---", 3)
    if end < 0 or end > 20_000:
        return None
    after = text[end + 4 :]
    if after and not after.startswith("\n"):
        return None
    meta: dict = {}
    for line in text[4:end].split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[:1] in " \t" or line.lstrip().startswith("- "):
            continue  # a nested value or list item of the previous key: not ours
        m = _FRONT_LINE.match(line)
        if not m:
            return None
        key = _FRONT_KEYS.get(m.group(1).lower())
        value = m.group(2).strip().strip("'\"").strip()
        if key and value and key not in meta:
            meta[key] = value
    return meta, after
