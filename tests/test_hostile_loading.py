"""Hostile input: every bad file is skipped with a reason, every good one loads, nothing
blocks, nothing is written into the corpus, and no byte of an article can reach the
terminal as a control sequence."""

import os
import threading
import time
from pathlib import Path

import pytest

from index.reading.loading import list_files, load_file, relpath
from tests.hostile_corpus import article, make_hostile_corpus, make_many_tiny_files


def read_all(root: Path):
    files, skips = list_files(root)
    articles = []
    skips = list(skips)
    for f in files:
        arts, sk = load_file(f, relpath(f, root))
        articles += arts
        skips += sk
    return articles, skips


def snapshot(root: Path) -> dict:
    """Every entry under root with its size and mtime, without following links."""
    out = {}
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        for name in dirnames + filenames:
            p = os.path.join(dirpath, name)
            st = os.lstat(p)
            out[p] = (st.st_size, st.st_mtime_ns, st.st_mode)
    return out


@pytest.fixture
def hostile(tmp_path):
    root = tmp_path / "corpus"
    expected = make_hostile_corpus(root)
    yield root, expected
    for dirpath, _dirs, files in os.walk(root):  # let tmp_path clean up the unreadable file
        for name in files:
            try:
                os.chmod(os.path.join(dirpath, name), 0o644, follow_symlinks=False)
            except (OSError, NotImplementedError):
                pass


def test_every_case_loads_or_is_skipped_with_its_reason(hostile):
    root, expected = hostile
    before = snapshot(root)
    done = {}

    def run():
        done["result"] = read_all(root)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(timeout=60)
    assert "result" in done, "reading the hostile corpus blocked (a FIFO opened?)"
    articles, skips = done["result"]

    loaded = {a.file for a in articles}
    reasons = {s.file: s.reason for s in skips}
    for name, reason in expected.items():
        if reason is None:
            assert name in loaded, f"{name!r} did not load: {reasons.get(name)}"
        else:
            assert name in reasons, f"{name!r} was not skipped"
            assert reason.lower() in reasons[name].lower(), (name, reasons[name])
    # nothing else appears, hidden files and other types stay silent
    assert loaded | set(reasons) == set(expected)
    assert snapshot(root) == before, "the corpus was modified"


def test_no_article_text_carries_a_control_character(hostile):
    root, _ = hostile
    articles, _ = read_all(root)
    assert articles
    for art in articles:
        bad = [c for c in art.text if (ord(c) < 32 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F]
        assert not bad, (art.file, bad[:5])
        assert not any(c in art.text for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")
        assert not any(c in art.title for c in "\n\x1b")


def test_markup_stays_literal_and_escape_payloads_are_gone(hostile):
    root, _ = hostile
    articles = {a.file: a for a in read_all(root)[0]}
    markup = articles["markup.txt"].text
    assert "[bold red]not bold[/bold red]" in markup
    assert "[link=file:///etc/passwd]x[/link]" in markup and "[@click=app.quit]" in markup
    escapes = articles["escapes.txt"].text
    assert "aGVsbG8=" not in escapes and "http://x" not in escapes
    assert "Red text" in escapes and "Russia lost 300 tanks." in escapes
    assert "Russia lost 1,030 soldiers overnight." in articles["nuls.txt"].text
    assert "765110 troops" in articles["zero-width.txt"].text


def test_decoded_files_read_the_same_as_utf8(hostile):
    root, _ = hostile
    articles = {a.file: a for a in read_all(root)[0]}
    cases = {"good.txt": 1, "utf16-bom.txt": 3, "utf16-nobom.txt": 4, "utf8-bom.txt": 5, "crlf.txt": 6}
    for name, n in cases.items():
        assert articles[name].text == article(n).strip(), name
    assert articles["dup-a.txt"].text == articles["sub/dup-b.txt"].text
    assert "déclaré 500 soldats" in articles["latin1.txt"].text
    assert "Café" in articles["invalid-utf8.txt"].text
    assert articles["front-good.md"].published == "2024-12-16"


def test_names_are_printable(hostile):
    root, expected = hostile
    articles, skips = read_all(root)
    for name in [a.file for a in articles] + [s.file for s in skips]:
        assert name.isprintable(), repr(name)


def test_a_file_that_vanishes_after_listing_is_skipped(tmp_path):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"Title {i}\nBody.")
    files, _ = list_files(tmp_path)
    files[1].unlink()
    articles, skips = [], []
    for f in files:
        a, s = load_file(f, relpath(f, tmp_path))
        articles += a
        skips += s
    assert [a.file for a in articles] == ["0.txt", "2.txt"]
    assert [(s.file, "vanished" in s.reason) for s in skips] == [("1.txt", True)]


def test_paths_that_are_not_regular_files_are_skipped_by_load_file(tmp_path):
    (tmp_path / "dir.txt").mkdir()
    arts, skips = load_file(tmp_path / "dir.txt", "dir.txt")
    assert arts == [] and "directory" in skips[0].reason
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.txt")
        t = time.perf_counter()
        arts, skips = load_file(tmp_path / "pipe.txt", "pipe.txt")
        assert time.perf_counter() - t < 5
        assert arts == [] and "FIFO" in skips[0].reason


def test_ten_thousand_tiny_files(tmp_path):
    root = tmp_path / "many"
    n = make_many_tiny_files(root)
    t = time.perf_counter()
    articles, skips = read_all(root)
    seconds = time.perf_counter() - t
    assert skips == [] and len(articles) == n
    assert seconds < 30, f"{seconds:.1f} s for {n} files"


# --- any input -------------------------------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from index.dates import date_from_filename, date_in_opening, estimate_from_text, find_dates  # noqa: E402
from index.reading.loading import clean_text, decode_bytes  # noqa: E402
from index.extraction.sentences import split_sentences  # noqa: E402

NEWSY = st.lists(
    st.sampled_from(
        list("abcDEF 0123456789.,;:-–—'\"()[]/\n\t\r\x00\x1b\u200b\u00a0\u202e")
        + ["Dec. ", "U.S. ", "since ", "between ", "and ", "on Tuesday", "2024", "February 24, ",
           "last week", "KYIV, ", "(Reuters) -", "first anniversary", "years into the war"]
    ),
    max_size=120,
).map("".join)
ANY_TEXT = st.one_of(st.text(max_size=300), NEWSY)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_TEXT)
def test_sentences_are_exact_trimmed_and_ordered_for_any_text(text):
    last_end = 0
    for s in split_sentences(text):
        piece = text[s.start : s.end]
        assert piece and piece == piece.strip()
        assert s.start >= last_end
        last_end = s.end


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_TEXT, st.one_of(st.none(), st.just("2024-12-18"), st.text(max_size=12)))
def test_date_functions_never_raise_and_phrases_are_exact(text, ref):
    for d in find_dates(text, ref):
        assert text[d.start : d.end] == d.phrase
        assert d.iso is None or len(d.iso) == 10
    found = date_in_opening(text, ref)
    assert found is None or found[1] in text
    est = estimate_from_text(text)
    assert est is None or est[1] in text
    date_from_filename(text)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_decode_or_are_refused_and_clean_text_is_harmless(data):
    text, how = decode_bytes(data)
    assert isinstance(how, str)
    if text is not None:
        cleaned = clean_text(text)
        assert "\x1b" not in cleaned and "\x00" not in cleaned and "\r" not in cleaned
        assert clean_text(cleaned) == cleaned  # cleaning is stable


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=3000), st.sampled_from([".txt", ".md", ".html", ".json", ".jsonl"]))
def test_load_file_never_raises_on_any_bytes(tmp_path, data, suffix):
    path = tmp_path / f"x{suffix}"
    path.write_bytes(data)
    arts, skips = load_file(path, path.name)
    for art in arts:
        assert art.title == art.title.strip() and "\n" not in art.title
        assert art.text and "\x00" not in art.text
    assert all(s.reason for s in skips)
