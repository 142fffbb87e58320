"""Bytes to text: which encoding a scraped file is in, or why it is not text at all.

Order matters and is the whole point of this module: byte order marks first, then
BOM-less UTF-16, binary signatures, UTF-8 (strict, then with a few broken bytes), the
charset an HTML page declares, Windows-1252 for Western news, and only then
charset-normalizer's guess, which misreads short Western samples as Baltic or Cyrillic.
"""

from __future__ import annotations

import codecs
import re


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
    return _non_latin_utf16(sample)


def _non_latin_utf16(sample: bytes) -> str | None:
    """BOM-less UTF-16 of a script outside Latin ("Потери" is 1F 04 3E 04 ...): no zero bytes
    to count, but the sample decodes strictly into printable text with spaces and line breaks
    between words, which random bytes do not (a space is one code unit in 65,536)."""
    if sample.count(0) + sample.count(4) + sample.count(5) + sample.count(6) < len(sample) // 4:
        return None  # no script's high byte repeats: not UTF-16 of an alphabet
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(enc)
        except UnicodeDecodeError:
            continue
        spaces = sum(1 for c in text if c in " \n")
        printable = sum(1 for c in text if c.isprintable() or c in "\r\n\t")
        if spaces >= 0.05 * len(text) and printable >= 0.97 * len(text):
            return enc
    return None


def _is_binary(data: bytes) -> bool:
    if data.startswith(_BINARY_MAGIC):
        return True
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13) or b == 127)
    return controls > 0.10 * len(sample)


_WESTERN = set("ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿŒœŠšŽžŸƒ"
               "‘’“”‚„–—…€•«»‹›°£©®×÷ †‡ˆ‰˜™¡¢¤¥¦§¨ª¬\xad¯²´µ¶·¸º¼½¾\xa0")
# ³ ¹ ¿ ± are ł ą ż ą in Central European pages ("by³o"): Western only as signs, not inside words
_CENTRAL_IN_WORD = re.compile(r"(?<=[^\W\d_])[³¹¿±]|[³¹¿±](?=[^\W\d_])")


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
    if high and all(c in _WESTERN or c in "³¹¿±" for c in high) and len(high) < 0.3 * max(letters, 1) \
            and not _CENTRAL_IN_WORD.search(text):
        return text
    return None


_DECLARED_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{2,40})", re.I)


def _declared(data: bytes) -> str | None:
    """The encoding an HTML page declares in its first 4 KB, if Python knows it."""
    m = _DECLARED_CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        info = codecs.lookup(m.group(1).decode("ascii"))
    except (LookupError, UnicodeDecodeError):
        return None
    # a text encoding only: "punycode", "idna" or "rot13" are codecs of another kind
    return info.name if info._is_text_encoding and info.name not in _NOT_PAGE_CHARSETS else None


_NOT_PAGE_CHARSETS = {"punycode", "idna", "raw-unicode-escape", "unicode-escape", "utf-7"}


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
        try:
            return data.decode(declared, errors="replace"), declared
        except (UnicodeError, LookupError):
            pass  # a codec that fails even when told to replace: read the page as if undeclared
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
