"""Text in the encodings scraped corpora hold reads right: every Windows-1252 character in an
English article (12 of 123 used to come out as another code page's), a longer cp1252 article
with "€ · ½ ™" (read as cp775 before), BOM-less UTF-16 of a non-Latin script (skipped as
binary), JSON Lines with CR-only line ends (every record lost), a record with a 4,300-digit
number in a field tally does not use (rejected), and a page declaring `charset=punycode`
(a raw UnicodeDecodeError)."""

from __future__ import annotations

import json

import pytest

from index.reading.decoding import decode_bytes
from index.reading.loading import load_file

CP1252 = [bytes([b]).decode("cp1252") for b in range(0x80, 0x100) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)]


@pytest.mark.parametrize("char", CP1252)
def test_every_cp1252_character_in_an_english_article_reads_right(char):
    text = f"Russia has lost 1,000 soldiers {char} the General Staff said on Monday.\n"
    assert decode_bytes(text.encode("cp1252")) == (text, "cp1252")


def test_a_longer_cp1252_article_with_signs_is_not_read_as_a_baltic_code_page():
    text = "The café sold coffee for 3€ · ½ price ™ brand, Kyiv said. " * 30
    assert decode_bytes(text.encode("cp1252")) == (text, "cp1252")


def test_a_central_european_page_is_not_taken_for_cp1252_by_the_western_rule():
    from index.reading.decoding import _western_8bit

    polish = "Rosja straciła wiele żołnierzy, było źle, podał sztab.".encode("cp1250")
    assert _western_8bit(polish) is None


@pytest.mark.parametrize("enc", ["utf-16-le", "utf-16-be"])
def test_bom_less_utf16_of_cyrillic_text_is_read(enc):
    text = "Потери России: 1000 солдат, сообщил Генштаб Украины.\n" * 3
    assert decode_bytes(text.encode(enc)) == (text, enc)


def test_random_bytes_are_still_binary():
    import random

    rng = random.Random(7)
    data = bytes(rng.randrange(256) for _ in range(4000))
    assert decode_bytes(data) == (None, "binary file (not text)")


def _records(tmp_path, raw: bytes):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(raw)
    return load_file(path, "feed.jsonl")


def test_json_lines_with_cr_only_line_ends_keep_every_record(tmp_path):
    recs = [{"title": f"Report {i}", "text": f"Russia has lost {i},000 soldiers, the General Staff said."}
            for i in range(1, 4)]
    arts, skips = _records(tmp_path, "\r".join(json.dumps(r) for r in recs).encode())
    assert skips == [] and [a.title for a in arts] == ["Report 1", "Report 2", "Report 3"]


def test_a_huge_number_in_an_unused_field_does_not_lose_the_record(tmp_path):
    raw = '{"title": "Report", "text": "Russia has lost 5,000 soldiers.", "views": ' + "9" * 4300 + "}\n"
    arts, skips = _records(tmp_path, raw.encode())
    assert skips == [] and [a.title for a in arts] == ["Report"]


def test_a_page_declaring_punycode_is_read_as_if_undeclared(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(b'<html><head><meta charset="punycode"><title>Losses</title></head>'
                     b"<body><p>Russia has lost 5,000 soldiers at the caf\xe9, Kyiv said.</p></body></html>")
    arts, skips = load_file(path, "page.html")
    assert skips == []
    assert "Russia has lost 5,000 soldiers at the café, Kyiv said." in arts[0].text
