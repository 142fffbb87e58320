"""Cleaning: the text every offset counts in, made once, before anything counts offsets.

Every later layer (sentences, figures, the index, the screen) sees the same harmless text:
- escape sequences (ANSI colours, OSC 52 clipboard writes, OSC 8 links) are removed whole,
  other control characters (NUL, ESC, C1) are removed, \\f and \\v become line breaks;
- bidi controls and zero-width characters that break words or numbers ("765\\u200b110") are
  removed; no-break and thin spaces become plain spaces;
- page furniture ("Share This Article", "Read more @ ...", consent and newsletter notices,
  a lone dateline "CNN —", an "Other Topics of Interest" box of links) is dropped by whole
  lines, kept as data below so it can grow without touching code; so the title (the first
  line left) is the headline, not furniture;
- Rich markup ("[bold red]", "[@click=app.quit]") is ordinary text and stays as it is: the
  screen layer must never parse article text as markup.
"""

from __future__ import annotations

import re

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
    r"you can (?:read|find) more .*",
    r"(?:view|watch|play) (?:the )?video",
    r"\d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?",  # a lone time stamp of a live page
    r"more .{0,40}(?:main page|home ?page|portal|website).*",
    r"for more information,? (?:please )?visit .*",
    r"expand|collapse|show more|load more",
]
BOILERPLATE_MAX_CHARS = 80
# Lines that are page furniture whatever their length, known by how they open: consent and
# newsletter notices ("By submitting your email, you agree to our Terms ..."), and a site's
# box of links to its other stories ("Other Topics of Interest <headline> <teaser>"), whose
# headlines and "X says" teasers are not this article's text or claims. Matched
# case-insensitively from the line's start, on lines up to BOILERPLATE_LEAD_MAX_CHARS.
BOILERPLATE_LEADS = [
    r"by (?:submitting|entering|providing) your (?:e-?mail|email address)\b",
    r"by (?:signing up|subscribing|clicking [\"“]?(?:sign up|subscribe))\b.{0,200}\b(?:terms|privacy)\b",
    r"you['’]re reading an excerpt from\b",
    r"(?:sign up|subscribe) (?:to|for) (?:get|receive|our) .{0,120}\b(?:newsletter|inbox)\b",
    r"other (?:topics|stories|articles) of interest\b",
    r"more (?:important |such )?(?:information|news|articles) (?:can be found|you will find|is available) on .{0,60}\b(?:main page|home ?page)\b",
    r"you can (?:track|follow) .{0,120}\b(?:our|the) live (?:coverage|blog|updates|page)\b",
]
BOILERPLATE_LEAD_MAX_CHARS = 1000
# A dateline alone on its line, an outlet's name and a dash before the story starts on the
# next line ("CNN —", "Hong Kong CNN —", "Washington (AP) —"): a few capitalised words, no
# sentence. Matched case-sensitively on the whole line.
DATELINE = r"(?:[A-Z][\w.’'-]*,? ){0,3}\(?[A-Z][A-Za-z.]{1,15}\)? ?[—–]"
_BOILERPLATE = re.compile(r"(?:" + "|".join(BOILERPLATE) + r")[.!]?", re.IGNORECASE)
_BOILERPLATE_LEAD = re.compile(r"(?:" + "|".join(BOILERPLATE_LEADS) + r")", re.IGNORECASE)
_DATELINE = re.compile(DATELINE)

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


def _is_boilerplate(line: str) -> bool:
    s = line.strip()
    if not s or len(s) > BOILERPLATE_LEAD_MAX_CHARS:
        return False
    if _BOILERPLATE_LEAD.match(s) is not None:
        return True
    return len(s) <= BOILERPLATE_MAX_CHARS and (
        _BOILERPLATE.fullmatch(s) is not None or _DATELINE.fullmatch(s) is not None)


# The name and pitch of a newsletter, on the line after its sign-up box's "Newsletter ..."
# ("By The Way: Travel better with news, tips and guides ..."): "Name Of Two Or More Words:
# pitch", one short line with no number in it.
_NEWSLETTER_LINE = re.compile(r"newsletter\b.*", re.IGNORECASE)
_PITCH = re.compile(r"(?:[A-Z][\w'’&-]*\s){1,5}?[A-Z][\w'’&-]*: [^\d\n]{10,140}")  # no count: no story


def _without_boilerplate(lines: list[str]) -> list[str]:
    out: list[str] = []
    after_newsletter = False
    for line in lines:
        s = line.strip()
        if not s:
            out.append(line)
            continue
        if _is_boilerplate(line) or (after_newsletter and _PITCH.fullmatch(s)):
            after_newsletter = _NEWSLETTER_LINE.fullmatch(s) is not None
            continue
        after_newsletter = False
        out.append(line)
    return out


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
    lines = _without_boilerplate(text.split("\n"))
    if not any(_WORD.search(line) for line in lines):
        # A page that is nothing but furniture (a newsletter sign-up saved as an article)
        # still indexes as what it is, rather than vanishing from the library.
        lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if _WORD.search(line)), len(lines))
    text = "\n".join(lines[first:]).strip()
    return _BLANK_RUNS.sub("\n\n", text)


def unify_line_breaks(text: str) -> str:
    """CRLF, CR and the other line separators as "\\n"."""
    return _LINE_BREAKS.sub("\n", text)


def has_word(text: str) -> bool:
    """Whether `text` holds a letter or digit (else it is no article)."""
    return _WORD.search(text) is not None


def is_blank(raw: str) -> bool:
    """Whether decoded text holds nothing but spaces and characters cleaning removes."""
    return not raw.strip() or not _REMOVE.sub("", _SPACES.sub(" ", raw)).strip()
