"""HTML articles: the story's text and metadata out of a saved web page, via selectolax.

A saved page is mostly not the story: scripts, navigation, headers, footers, asides, forms
and teaser lists. This module keeps the longest <article> (or <main>, or the body), one
paragraph per block element, and reads title, date, outlet and canonical URL from the
page's meta tags. selectolax is imported on first use: a corpus without HTML never pays.
"""

from __future__ import annotations

import re

from index.reading.articles import build_article, with_title
from index.reading.cleaning import clean_text
from index.model import Article, Skip

_DROP_TAGS = (
    "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "iframe",
    "svg", "template", "button", "select", "textarea", "dialog", "menu",
)
_BLOCK_TAGS = (
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li",
    "ul", "ol", "blockquote", "pre", "table", "tr", "dd", "dt", "dl", "figcaption",
    "figure", "address", "hr",
)
# Private-use characters, removed from the page first, so they mark only our breaks.
_BREAK, _LINE = "\ue000", "\ue001"
_HTML_DATE_META = (
    'meta[property="article:published_time"]', 'meta[property="og:published_time"]',
    'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]',
    'meta[name="date"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]',
    'meta[name="publish-date"]', 'meta[name="dc.date"]', 'meta[name="DC.date.issued"]',
    'meta[name="parsely-pub-date"]', 'meta[name="sailthru.date"]',
)


# The parser's time grows with the square of how deeply elements nest (100,000 nested <div>s
# took 29 s); no page nests its text this deep, so tags deeper are dropped before parsing.
MAX_DEPTH = 256
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)\b[^>]*?(/?)>")
# elements that hold nothing, or whose end tag may be left out: they do not nest
_FLAT = frozenset("area base br col embed hr img input link meta source track wbr p li dt dd tr td th "
                  "option optgroup thead tbody tfoot colgroup rb rt rp".split())


def _shallow(raw: str) -> str:
    """`raw` without the tags nested deeper than MAX_DEPTH (each dropped with its end tag)."""
    if raw.count("<") <= MAX_DEPTH:
        return raw
    out, last, depth, excess = [], 0, 0, 0
    for m in _TAG.finditer(raw):
        closing, name, selfclosing = m.group(1), m.group(2).lower(), m.group(3)
        if name in _FLAT or selfclosing:
            continue
        drop = False
        if not closing:
            if depth >= MAX_DEPTH:
                excess, drop = excess + 1, True
            else:
                depth += 1
        elif excess:
            excess, drop = excess - 1, True
        else:
            depth = max(0, depth - 1)
        if drop:
            out.append(raw[last:m.start()])
            last = m.end()
    if last == 0:
        return raw
    out.append(raw[last:])
    return "".join(out)


def _meta(tree, selectors) -> str | None:
    for sel in selectors:
        node = tree.css_first(sel)
        if node is not None:
            value = node.attributes.get("content") or node.attributes.get("href")
            if value and value.strip():
                return value.strip()
    return None


def html_article(raw: str) -> tuple[str | None, str, dict]:
    """(title, readable body text, metadata) of an HTML page: scripts, navigation,
    headers, footers, asides and forms dropped; one paragraph per block element."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(_shallow(raw.replace(_BREAK, "").replace(_LINE, "")))
    meta: dict = {}
    published = _meta(tree, _HTML_DATE_META)
    if not published:
        node = tree.css_first("time[datetime]")
        published = node.attributes.get("datetime") if node is not None else None
    if published:
        meta["published"] = published
    outlet = _meta(tree, ('meta[property="og:site_name"]', 'meta[name="application-name"]'))
    if outlet:
        meta["outlet"] = outlet
    url = _meta(tree, ('link[rel="canonical"]', 'meta[property="og:url"]'))
    if url:
        meta["url"] = url
    title = _meta(tree, ('meta[property="og:title"]', 'meta[name="twitter:title"]'))
    if not title:
        for sel in ("title", "h1"):
            node = tree.css_first(sel)
            if node is not None and node.text(deep=True).strip():
                title = node.text(deep=True).strip()
                break
    if title and outlet:  # "Russia lost 500 tanks - Kyiv Independent": the site is no title
        for sep in (" - ", " | ", " – ", " — ", " :: "):
            if title.endswith(sep + outlet) and len(title) > len(sep + outlet):
                title = title[: -len(sep + outlet)]
    for node in tree.css(", ".join(_DROP_TAGS)):
        node.decompose()
    # Pages list teasers as <article> too: the story is the one with the most text.
    articles = tree.css("article")
    body = (
        max(articles, key=lambda n: len(n.text(deep=True)))
        if articles
        else tree.css_first("main") or tree.body
    )
    if body is None:
        return title, "", meta
    for node in body.css(", ".join(_BLOCK_TAGS)):
        node.insert_before(_BREAK)
        node.insert_after(_BREAK)
    for node in body.css("br"):
        node.insert_after(_LINE)
    text = re.sub(r"\s+", " ", body.text(deep=True, separator=""))  # source layout is not ours
    paragraphs = []
    for part in text.split(_BREAK):
        lines = [line.strip() for line in part.split(_LINE)]
        part = "\n".join(line for line in lines if line)
        if part:
            paragraphs.append(part)
    return title, "\n\n".join(paragraphs), meta


def read_html(raw: str, rel: str, name: str) -> tuple[list[Article], list[Skip]]:
    title, body, meta = html_article(raw)
    text = with_title(title, clean_text(body))
    art = build_article(rel, text, meta, name)
    if art is None:
        return [], [Skip(rel, "no readable text in the page")]
    return [art], []
