"""Reading article files into `Article` records (text cleaned, title, metadata, dates).

Whatever an analyst scraped, this module reads what it can and says why it could not read
the rest: every problem comes back as a `Skip` with a reason, nothing raises.

This is the front door the library and the command line use; each step has its own module:
- `files`: listing a corpus and reading a file's bytes (FIFOs, links, loops, size limit);
- `decoding`: bytes to text; `cleaning`: the text every offset counts in;
- `front_matter`, `html_pages`, `records`: what .txt/.md, .html and .json/.jsonl hold;
- `articles`: title, published date and outlet, the same for every kind of file.
The helpers other modules and tests use are re-exported here, so they keep one address.
"""

from __future__ import annotations

import re

from pathlib import Path

from index.reading.articles import TITLE_MAX, build_article, normalise_date, with_title
from index.reading.cleaning import BOILERPLATE, clean_text, is_blank, unify_line_breaks
from index.reading.decoding import decode_bytes
from index.reading.files import MAX_BYTES, SUFFIXES, list_files, read_bytes, relpath
from index.reading.front_matter import front_matter
from index.reading.html_pages import html_article, read_html
from index.model import Article, Skip
from index.reading.records import read_json

__all__ = [
    "BOILERPLATE", "MAX_BYTES", "SUFFIXES", "TITLE_MAX", "clean_text", "decode_bytes",
    "html_article", "list_files", "load_data", "load_file", "normalise_date", "relpath",
]


# a page as a browser saves it: the doctype or the html element at the start of a line, with a
# head or body after it ("<html> tags" in a sentence is text)
_SAVED_PAGE_RE = re.compile(r"^[ \t]*(?:<!DOCTYPE\s+html|<html[\s>])(?=[\s\S]{0,3000}<(?:head|body)[\s>])",
                            re.I | re.M)


def _read_text_file(raw: str, rel: str, name: str) -> tuple[list[Article], list[Skip]]:
    text = unify_line_breaks(raw).lstrip("\ufeff")
    meta: dict = {}
    front = front_matter(text)
    if front:
        meta, text = front
    page = _SAVED_PAGE_RE.search(text, 0, 4000)
    if page:  # a saved web page in a .txt file: its readable text, not its markup
        title, body, page_meta = html_article(text[page.start():])
        head = text[:page.start()].strip()  # a title line a scraper wrote before the page
        meta = {**page_meta, **meta}
        text = with_title(meta.get("title") or head or title, clean_text(body))
        art = build_article(rel, text, meta, name)
        return ([art], []) if art else ([], [Skip(rel, "no readable text in the page")])
    body = clean_text(text)
    text = with_title(meta.get("title"), body) if meta.get("title") else body
    art = build_article(rel, text, meta, name)
    if art is None:
        return [], [Skip(rel, "no article text (only whitespace, page furniture or front matter)")]
    return [art], []


def load_file(path: Path, rel: str) -> tuple[list[Article], list[Skip]]:
    """Read one file. A .jsonl/.json file can hold many articles (their `file` is
    `rel#N`, N counting from 1: the line of a .jsonl file, the position in a .json list).
    Never raises: problems come back as Skips with a reason."""
    try:
        return _load_file(Path(path), rel)
    except Exception as err:  # a bug here must cost one file, not the run
        return [], [Skip(rel, f"could not be read ({type(err).__name__}: {err})"[:300])]


def _load_file(path: Path, rel: str) -> tuple[list[Article], list[Skip]]:
    data, why = read_bytes(path)
    if data is None:
        return [], [Skip(rel, why)]
    return load_data(data, path, rel)


def load_data(data: bytes, path: Path, rel: str) -> tuple[list[Article], list[Skip]]:
    """`load_file` on bytes already read (and checked) from `path`."""
    if not data:
        return [], [Skip(rel, "empty file")]
    suffix = path.suffix.lower()
    raw, how = decode_bytes(data, html=suffix in (".html", ".htm"))
    if raw is None:
        return [], [Skip(rel, how)]
    if is_blank(raw):
        return [], [Skip(rel, "whitespace only")]
    name = path.name
    if suffix in (".html", ".htm"):
        return read_html(raw, rel, name)
    if suffix == ".jsonl":
        return read_json(raw, rel, name, lines=True)
    if suffix == ".json":
        return read_json(raw, rel, name, lines=False)
    return _read_text_file(raw, rel, name)
