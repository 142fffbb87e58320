"""Reading article files into `Article` records (text cleaned, title, metadata, dates).

Whatever an analyst scraped, this module reads what it can and says why it could not read
the rest: every problem comes back as a `Skip` with a reason, nothing raises.

Cleaning happens here, once, before anything counts offsets, so every later layer (figures,
the index, the screen) sees the same harmless text:
- escape sequences (ANSI colours, OSC 52 clipboard writes, OSC 8 links) are removed whole,
  other control characters (NUL, ESC, C1) are removed, \\f and \\v become line breaks;
- bidi controls and zero-width characters that break words or numbers ("765\\u200b110") are
  removed; no-break and thin spaces become plain spaces;
- Rich markup ("[bold red]", "[@click=app.quit]") is ordinary text and stays as it is: the
  screen layer must never parse article text as markup.
"""

from __future__ import annotations

import codecs
import errno
import json
import os
import re
import stat
from datetime import datetime
from pathlib import Path

from .dates import date_from_filename, find_dates
from .model import Article, Skip

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl")
MAX_BYTES = 20_000_000  # "20 MB"; MB here is 10^6 bytes, as file managers show it
TITLE_MAX = 300  # characters kept in the `title` field (the text keeps the whole line)

# Whole lines (after trimming) that are page furniture, not article text. Matched
# case-insensitively against the entire line, and never against lines longer than
# BOILERPLATE_MAX_CHARS, so an article sentence is never cut.
BOILERPLATE = [
    r"share (?:this|the) (?:article|story|post|page)",
    r"share(?: on| via)? (?:facebook|twitter|x|whatsapp|telegram|linkedin|email)",
    r"(?:post|leave|add) a comment",
    r"\d* ?comments?",
    r"read more(?: (?:@|at|on|from) .*)?:?",
    r"(?:read|see) also:?.*",
    r"more details in the following article:?",
    r"@ ?youtube",
    r"subscribe(?: (?:to|on|for) .*)?",
    r"advertisement|advert|sponsored(?: content)?",
    r"sign up (?:for|to) .*",
    r"click here.*",
    r"follow us(?: on .*)?",
    r"join us on .*",
    r"(?:related|recommended)(?: articles?| stories| posts)?:?",
    r"(?:related|recommended|more) (?:articles?|stor(?:y|ies)|posts?|news|reading) ?:.*",
    r"(?:skip to (?:main )?content|back to top|print this (?:article|page))",
    r"(?:watch|listen):?",
    r"(?:image|photo) ?(?:credit|source)?:.{0,60}",
    r"continuation of the (?:material|article|text) (?:under|below) the video",
    r"newsletter\b.*|.{0,40}\ba newsletter for .*",
    r"new:? you can now listen to .*",
    r"you can read more .*",
    r"more .{0,40}(?:main page|home ?page|portal|website).*",
    r"for more information,? (?:please )?visit .*",
    r"expand|collapse|show more|load more",
]
BOILERPLATE_MAX_CHARS = 80
_BOILERPLATE = re.compile(r"(?:" + "|".join(BOILERPLATE) + r")[.!]?", re.IGNORECASE)

_ESCAPE_SEQUENCES = re.compile(
    r"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC ... BEL/ST (clipboard, links, titles)
    r"|\x1b\[[0-?]*[ -/]*[@-~]"  # CSI (colours, cursor moves)
    r"|\x9b[0-?]*[ -/]*[@-~]"  # CSI as a C1 character
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"  # DCS, SOS, PM, APC strings
    r"|\x1b[@-Z\\-_]"  # other two-character escapes
)
_REMOVE = re.compile(
    "[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f"  # C0 (but \t \n) and C1 controls
    "\u200b-\u200f\u2060-\u2064\ufeff\u00ad"  # zero-width characters, soft hyphen, LRM/RLM
    "\u202a-\u202e\u2066-\u2069\u061c"  # bidi embeddings, overrides, isolates
    "\ue000-\uf8ff]"  # private use: fonts' icons, never article text
)
_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_LINE_BREAKS = re.compile("\r\n?|[\v\f\x1c-\x1e\x85\u2028\u2029]")
_TRAILING = re.compile(r"[ \t]+$", re.MULTILINE)
_BLANK_RUNS = re.compile(r"\n{3,}")
_WORD = re.compile(r"\w", re.UNICODE)


# --- names ----------------------------------------------------------------------------

def _printable_name(name: str) -> str:
    """A file name safe to print: undecodable bytes as \\xNN, a newline as \\n, other
    characters that are not printable (controls, bidi and zero-width marks) as \\uNNNN."""
    if name.isprintable():
        return name
    out = []
    for c in name:
        if c.isprintable():
            out.append(c)
        elif "\udc80" <= c <= "\udcff":  # a byte os.fsdecode could not decode
            out.append(f"\\x{ord(c) - 0xDC00:02x}")
        else:
            out.append({"\n": "\\n", "\t": "\\t", "\r": "\\r"}.get(c, f"\\u{ord(c):04x}"))
    return "".join(out)


def relpath(path: Path, root: Path) -> str:
    """`path` relative to the corpus `root`, "/"-separated and printable (a file name's
    undecodable bytes show as \\xNN, a newline as \\n). A single-file corpus gives the file
    name."""
    try:
        if Path(root) == Path(path):
            rel = Path(path).name
        else:
            rel = os.path.relpath(os.fspath(path), os.fspath(root))
    except ValueError:
        rel = os.fspath(path)
    rel = os.fsdecode(rel).replace(os.sep, "/")
    return _printable_name(rel)


# --- listing --------------------------------------------------------------------------


def _supported(name: str) -> bool:
    return name.lower().endswith(SUFFIXES)


def _kind_of(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def list_files(root: Path) -> tuple[list[Path], list[Skip]]:
    """Every article file under `root` (a folder, recursive, or one file), sorted; plus the
    entries that cannot be articles (symlink loops, links leaving the corpus, FIFOs ...).
    Hidden files and folders and files of other types are ignored without a Skip. Nothing
    is opened: a FIFO named x.txt must not block the scan."""
    root = Path(root)
    files: list[Path] = []
    skips: list[Skip] = []
    try:
        st = os.stat(root)
    except OSError as err:
        return [], [Skip(relpath(root, root), _os_reason(err))]
    if not stat.S_ISDIR(st.st_mode):
        if not stat.S_ISREG(st.st_mode):
            return [], [Skip(relpath(root, root), f"not a regular file ({_kind_of(st.st_mode)})")]
        if not _supported(root.name):
            return [], [Skip(relpath(root, root), f"not an article file (tally reads {', '.join(SUFFIXES)})")]
        return [root], []

    real_root = os.path.realpath(root)
    seen_dirs = {(st.st_dev, st.st_ino)}
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = list(it)
        except OSError as err:
            skips.append(Skip(relpath(folder, root) + "/", f"unreadable folder: {_os_reason(err)}"))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            try:
                _classify(entry, path, root, real_root, seen_dirs, stack, files, skips)
            except OSError as err:  # vanished or unreadable while listing
                if err.errno != errno.ENOENT:
                    skips.append(Skip(relpath(path, root), _os_reason(err)))
    files.sort(key=lambda p: relpath(p, root))
    skips.sort(key=lambda s: s.file)
    return files, skips


def _classify(entry, path, root, real_root, seen_dirs, stack, files, skips) -> None:
    """Put one directory entry where it belongs: a folder to descend, a file, or a Skip."""
    is_link = entry.is_symlink()
    if is_link:
        try:
            st = os.stat(path)  # follows the link
        except OSError as err:
            if err.errno == errno.ELOOP:
                skips.append(Skip(relpath(path, root), "symlink loop"))
            elif err.errno == errno.ENOENT:
                skips.append(Skip(relpath(path, root), "broken link (its target does not exist)"))
            else:
                skips.append(Skip(relpath(path, root), _os_reason(err)))
            return
        target = os.path.realpath(path)
        if target != real_root and not target.startswith(real_root.rstrip(os.sep) + os.sep):
            if stat.S_ISDIR(st.st_mode) or _supported(entry.name):
                skips.append(Skip(relpath(path, root), "link points outside the corpus"))
            return
    else:
        st = entry.stat(follow_symlinks=False)
    if stat.S_ISDIR(st.st_mode):
        key = (st.st_dev, st.st_ino)
        if key in seen_dirs:
            skips.append(Skip(relpath(path, root), "symlink loop (a folder already read)"))
            return
        seen_dirs.add(key)
        stack.append(path)
        return
    if not _supported(entry.name):
        return
    if not stat.S_ISREG(st.st_mode):
        skips.append(Skip(relpath(path, root), f"not a regular file ({_kind_of(st.st_mode)})"))
        return
    files.append(path)


def _os_reason(err: OSError) -> str:
    if err.errno == errno.ENOENT:
        return "vanished (it was listed, then deleted)"
    if err.errno == errno.ELOOP:
        return "symlink loop"
    if isinstance(err, PermissionError):
        return f"unreadable: {err.strerror or 'permission denied'}"
    return f"unreadable: {err.strerror or err}"


# --- bytes to text --------------------------------------------------------------------

_BINARY_MAGIC = (
    b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b", b"\x7fELF",
    b"BZh", b"\xfd7zXZ", b"7z\xbc\xaf", b"Rar!", b"\x00\x00\x01\x00", b"OggS", b"ID3",
    b"SQLite format",
)


def _looks_utf16(data: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when BOM-less data is clearly UTF-16 (mostly Latin text:
    every other byte zero), else None."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 4:
        return None
    half = len(sample) // 2
    even_zero = sample[0::2].count(0)
    odd_zero = sample[1::2].count(0)
    if odd_zero > 0.6 * half and even_zero < 0.05 * half:
        return "utf-16-le"
    if even_zero > 0.6 * half and odd_zero < 0.05 * half:
        return "utf-16-be"
    return None


def _is_binary(data: bytes) -> bool:
    if data.startswith(_BINARY_MAGIC):
        return True
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13) or b == 127)
    return controls > 0.10 * len(sample)


_WESTERN = set("ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝßàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿŒœŠšŽžŸ"
               "‘’“”–—…€•«»°£©®× ")  # no ³ ¹ ¿ ±: those are ł ą ż ą in Central European pages


def _western_8bit(data: bytes) -> str | None:
    """Text in Windows-1252 / Latin-1, the usual legacy encoding of English and Western
    European news: charset-normalizer misreads short samples of it (as Baltic or Cyrillic
    code pages). Accepted only when every non-ASCII character is a Western letter or
    typographic mark and they are a minority of the letters (in a Cyrillic page every
    letter is a high byte)."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    high = [c for c in text if ord(c) > 127]
    letters = sum(1 for c in text if c.isalpha())
    if high and all(c in _WESTERN for c in high) and len(high) < 0.3 * max(letters, 1):
        return text
    return None


_DECLARED_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{2,40})", re.I)


def _declared(data: bytes) -> str | None:
    """The encoding an HTML page declares in its first 4 KB, if Python knows it."""
    m = _DECLARED_CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def decode_bytes(data: bytes, html: bool = False) -> tuple[str | None, str]:
    """(text, encoding) or (None, reason). UTF-8 with or without BOM, UTF-16/32 with BOM,
    UTF-16 without BOM when clearly so, mostly-UTF-8 with a few bad bytes (those become
    U+FFFD), an HTML page's declared charset, and legacy 8-bit encodings as
    charset-normalizer guesses them."""
    for bom, enc in (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(enc, errors="replace"), enc
    utf16 = _looks_utf16(data)
    if utf16:
        return data.decode(utf16, errors="replace"), utf16
    if _is_binary(data):
        return None, "binary file (not text)"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    multibyte = sum(1 for c in text if ord(c) > 127 and c != "\ufffd")
    if multibyte and bad <= max(3, multibyte // 4):  # UTF-8 with a few broken bytes
        return text, "utf-8 (with invalid bytes replaced)"
    declared = _declared(data) if html else None
    if declared and not declared.startswith(("utf-16", "utf-32")):
        return data.decode(declared, errors="replace"), declared
    western = _western_8bit(data)
    if western is not None:
        return western, "cp1252"
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
    except Exception:
        best = None
    if best is None or not best.encoding:
        return None, "undecodable text (not UTF-8, UTF-16 or a known 8-bit encoding)"
    try:
        return data.decode(best.encoding, errors="replace"), best.encoding
    except LookupError:
        return None, "undecodable text (not UTF-8, UTF-16 or a known 8-bit encoding)"


# --- cleaning -------------------------------------------------------------------------


def _is_boilerplate(line: str) -> bool:
    s = line.strip()
    return 0 < len(s) <= BOILERPLATE_MAX_CHARS and _BOILERPLATE.fullmatch(s) is not None


def clean_text(text: str) -> str:
    """The text every offset counts in: line ends unified, escape sequences, controls,
    bidi and zero-width characters removed, odd spaces made plain, boilerplate lines
    dropped, trailing spaces trimmed, runs of blank lines collapsed to one, and lines with
    no letter or digit removed from the top (a stray "---" is not a title)."""
    text = _LINE_BREAKS.sub("\n", text)
    text = _ESCAPE_SEQUENCES.sub("", text)
    text = _REMOVE.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _TRAILING.sub("", text)
    lines = [line for line in text.split("\n") if not _is_boilerplate(line)]
    first = next((i for i, line in enumerate(lines) if _WORD.search(line)), len(lines))
    text = "\n".join(lines[first:]).strip()
    return _BLANK_RUNS.sub("\n\n", text)


def _title_of(text: str) -> str:
    first = text.split("\n", 1)[0].replace("\t", " ").strip()
    first = re.sub(r"^#{1,6}\s+", "", first)  # a Markdown heading's marks
    first = re.sub(r"^(\*\*|__)(.+)\1$", r"\2", first).strip()
    return first if len(first) <= TITLE_MAX else first[: TITLE_MAX - 1].rstrip() + "…"


def _with_title(title: str | None, body: str) -> str:
    """The text with the title as its first line (unless the body already opens with it)."""
    title = clean_text(title or "").replace("\n", " ").strip()
    if not title:
        return body
    if body and _title_of(body).casefold() == title.casefold():
        return body
    return f"{title}\n\n{body}" if body else title


# --- metadata -------------------------------------------------------------------------

_D1, _D2 = datetime(1, 1, 1), datetime(2, 2, 2)


def normalise_date(value) -> str | None:
    """An ISO date from a metadata value ("2024-12-16T10:00:00Z", "Mon, 16 Dec 2024",
    "16 December 2024"), or None. A value that does not give year, month and day is no
    date (dateutil would fill the gaps from today)."""
    if not isinstance(value, str) or not value.strip() or len(value) > 100:
        return None
    from dateutil import parser

    value = value.strip()
    if len(value) >= 10:
        try:
            return _plausible(parser.isoparse(value).date().isoformat())
        except (ValueError, OverflowError):
            pass
    try:
        dayfirst = re.match(r"\d{1,2}\.\d{1,2}\.\d{4}", value) is not None  # 16.12.2024
        a = parser.parse(value, default=_D1, dayfirst=dayfirst)
        b = parser.parse(value, default=_D2, dayfirst=dayfirst)
        if (a.year, a.month, a.day) == (b.year, b.month, b.day):
            return _plausible(a.date().isoformat())
    except (ValueError, OverflowError, TypeError):
        pass
    # "Updated: Dec. 16, 2024 at 10:00 GMT": a full date inside a longer phrase
    for mention in find_dates(value):
        if mention.kind == "date" and mention.iso and re.search(r"\d{4}", mention.phrase):
            return mention.iso
    return None


def _plausible(iso: str) -> str | None:
    return iso if "1990" <= iso[:4] <= "2100" else None


_FRONT_KEYS = {
    "title": "title", "headline": "title",
    "published": "published", "date": "published", "published_at": "published",
    "pubdate": "published", "published_date": "published",
    "outlet": "outlet", "source": "outlet", "site": "outlet", "publisher": "outlet",
    "url": "url", "link": "url", "canonical": "url", "canonical_url": "url",
}
_FRONT_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$")


def _front_matter(text: str) -> tuple[dict, str] | None:
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


# --- readers --------------------------------------------------------------------------


def _article(rel: str, text: str, meta: dict, name: str) -> Article | None:
    if not text or not _WORD.search(text):
        return None
    published = normalise_date(meta.get("published"))
    published_from = "metadata" if published else None
    if not published:
        published = date_from_filename(name)
        published_from = "filename" if published else None
    outlet = meta.get("outlet") if isinstance(meta.get("outlet"), str) else None
    url = meta.get("url") if isinstance(meta.get("url"), str) else None
    return Article(
        file=rel,
        title=_title_of(text),
        text=text,
        outlet=clean_text(outlet)[:200] or None if outlet else None,
        url=clean_text(url)[:2000] or None if url else None,
        published=published,
        published_from=published_from,
        words=len(text.split()),
    )


def _read_text_file(raw: str, rel: str, name: str) -> tuple[list[Article], list[Skip]]:
    text = _LINE_BREAKS.sub("\n", raw).lstrip("\ufeff")
    meta: dict = {}
    front = _front_matter(text)
    if front:
        meta, text = front
    body = clean_text(text)
    text = _with_title(meta.get("title"), body) if meta.get("title") else body
    art = _article(rel, text, meta, name)
    if art is None:
        return [], [Skip(rel, "no article text (only whitespace, page furniture or front matter)")]
    return [art], []


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

    tree = LexborHTMLParser(raw.replace(_BREAK, "").replace(_LINE, ""))
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


def _read_html(raw: str, rel: str, name: str) -> tuple[list[Article], list[Skip]]:
    title, body, meta = html_article(raw)
    text = _with_title(title, clean_text(body))
    art = _article(rel, text, meta, name)
    if art is None:
        return [], [Skip(rel, "no readable text in the page")]
    return [art], []


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
    art = _article(rel, _with_title(title, body), meta, name) if _WORD.search(body) else None
    if art is None:
        return None, f"{where}: '{key}' is empty"
    return art, None


def _read_json(raw: str, rel: str, name: str, lines: bool) -> tuple[list[Article], list[Skip]]:
    arts: list[Article] = []
    skips: list[Skip] = []
    if lines:
        records = []
        for n, line in enumerate(raw.split("\n"), 1):
            if not line.strip():
                continue
            try:
                records.append((n, json.loads(line), f"line {n}"))
            except (ValueError, RecursionError) as err:
                skips.append(Skip(f"{rel}#{n}", f"line {n}: not valid JSON ({_json_reason(err)})"))
    else:
        try:
            data = json.loads(raw)
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


# --- one file -------------------------------------------------------------------------


def _read_bytes(path: Path) -> tuple[bytes | None, str | None]:
    """The file's bytes, or (None, reason). Opens non-blocking and checks the opened file
    itself, so a FIFO or device swapped in after listing cannot hang the run."""
    try:
        st = os.stat(path)
    except OSError as err:
        return None, _os_reason(err)
    if stat.S_ISDIR(st.st_mode):
        return None, "is a directory"
    if not stat.S_ISREG(st.st_mode):
        return None, f"not a regular file ({_kind_of(st.st_mode)})"
    if st.st_size > MAX_BYTES:
        return None, f"too large ({st.st_size // 1_000_000} MB > {MAX_BYTES // 1_000_000} MB limit)"
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as err:
        return None, _os_reason(err)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            return None, f"not a regular file ({_kind_of(st.st_mode)})"
        chunks, size = [], 0
        while size <= MAX_BYTES:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > MAX_BYTES:
            return None, f"too large (over {MAX_BYTES // 1_000_000} MB limit)"
        return b"".join(chunks), None
    except OSError as err:
        return None, _os_reason(err)
    finally:
        os.close(fd)


def load_file(path: Path, rel: str) -> tuple[list[Article], list[Skip]]:
    """Read one file. A .jsonl/.json file can hold many articles (their `file` is
    `rel#N`, N counting from 1: the line of a .jsonl file, the position in a .json list).
    Never raises: problems come back as Skips with a reason."""
    try:
        return _load_file(Path(path), rel)
    except Exception as err:  # a bug here must cost one file, not the run
        return [], [Skip(rel, f"could not be read ({type(err).__name__}: {err})"[:300])]


def _load_file(path: Path, rel: str) -> tuple[list[Article], list[Skip]]:
    data, why = _read_bytes(path)
    if data is None:
        return [], [Skip(rel, why)]
    if not data:
        return [], [Skip(rel, "empty file")]
    suffix = path.suffix.lower()
    raw, how = decode_bytes(data, html=suffix in (".html", ".htm"))
    if raw is None:
        return [], [Skip(rel, how)]
    if not raw.strip() or not _REMOVE.sub("", _SPACES.sub(" ", raw)).strip():
        return [], [Skip(rel, "whitespace only")]
    name = path.name
    if suffix in (".html", ".htm"):
        return _read_html(raw, rel, name)
    if suffix == ".jsonl":
        return _read_json(raw, rel, name, lines=True)
    if suffix == ".json":
        return _read_json(raw, rel, name, lines=False)
    return _read_text_file(raw, rel, name)
