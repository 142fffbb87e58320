"""A corpus of everything an analyst's scraped folder can throw at tally.

`make_hostile_corpus(root)` writes every case into `root` and returns, per relative name
(as `index.reading.loading.relpath` prints it), the keyword the skip reason must contain, or None
when the file must load as an article. `make_many_tiny_files` is the slow case, kept apart.

Use from any test: `from tests.hostile_corpus import make_hostile_corpus` (tests/ is a
package and pytest puts the repository on sys.path). Give it a fresh folder such as
`tmp_path / "corpus"`: it also writes a sibling folder `<root>-outside` that the corpus's
symlinks point to, and leaves one file with mode 000 (`unreadable.txt`).
Cases the platform cannot create (FIFOs, symlinks on some file systems) are left out of
the returned map rather than failing.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

ARTICLE = (
    "Russia lost 1,030 soldiers overnight, Ukraine says\n"
    "Ukraine's General Staff said on Tuesday that Russia lost 1,030 soldiers in the past "
    "24 hours, bringing the total to 133,190 since February 24, 2022.\n"
)


def article(n: int) -> str:
    """A distinct article per case (only the duplicates share a text): its own title and
    total, so each loaded case is told apart by its figures."""
    return (
        f"Losses report {n}: Russia lost {1000 + n:,} soldiers, Ukraine says\n"
        f"Ukraine's General Staff said on Tuesday that Russia lost {1000 + n:,} soldiers in "
        f"the past 24 hours, bringing the total to {133_000 + n:,} since February 24, 2022.\n"
    )

# Text that must reach the screen as harmless characters.
RICH_MARKUP = (
    "Markup in an article: [bold red]not bold[/bold red] [/] "
    "[link=file:///etc/passwd]x[/link] [@click=app.quit]quit[/]\n"
    "Russia lost 500 tanks, [italic]the ministry said[/italic].\n"
)
ESCAPES = (
    "Escapes in an article\n"
    "Red \x1b[31mtext\x1b[0m, cursor \x1b[2J\x1b[H home, clipboard \x1b]52;c;aGVsbG8=\x07 "
    "and a link \x1b]8;;http://x\x1b\\here\x1b]8;;\x1b\\ end. Russia lost 300 tanks.\n"
)
BIDI = "Bidi controls\nThe figure is \u202e0001\u202c soldiers, \u2066isolated\u2069 text.\n"
NULS = "NUL bytes\nRussia\x00 lost 1,0\x0030 soldiers\x00 overnight.\n"


def _write(root: Path, rel: str, data: bytes | str) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def make_hostile_corpus(root: Path) -> dict[str, str | None]:
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    expect: dict[str, str | None] = {}

    def case(rel: str, data: bytes | str, reason: str | None) -> None:
        _write(root, rel, data)
        expect[rel] = reason

    case("good.txt", article(1), None)
    case("binary.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, "binary")
    case("binary-random.txt", os.urandom(4096).replace(b"\xff\xfe", b"ab").replace(b"\xfe\xff", b"ab"), "binary")
    case("empty.txt", b"", "empty")
    case("whitespace.txt", b"  \n\t\n \r\n\xc2\xa0\n", "whitespace")
    case("invalid-utf8.txt", article(2).encode() + b"Caf\xc3\xa9 \xff\xfe\xfd broken bytes.\n", None)
    case("utf16-bom.txt", article(3).encode("utf-16"), None)
    case("utf16-nobom.txt", article(4).encode("utf-16-le"), None)
    case("utf8-bom.txt", b"\xef\xbb\xbf" + article(5).encode(), None)
    case("latin1.txt", ("Les pertes russes à Kyiv\nLe ministère a déclaré 500 soldats tués, "
                        "selon l'état-major général. Café, église, déjà.\n").encode("latin-1"), None)
    case("crlf.txt", article(6).replace("\n", "\r\n"), None)
    case("one-line.txt", "Russia lost 1,030 soldiers, the ministry said. " * 22_000, None)
    case("markup.txt", RICH_MARKUP, None)
    case("escapes.txt", ESCAPES, None)
    case("bidi.txt", BIDI, None)
    case("nuls.txt", NULS, None)
    case("zero-width.txt", "Zero width\nRussia lost 765\u200b110 troops and 1\u00ad000 tanks.\n", None)
    case("dup-a.txt", ARTICLE, None)  # the two duplicates: same text, two names
    case("sub/dup-b.txt", ARTICLE, None)
    case("name with spaces.txt", article(7), None)
    case("front-unclosed.md", "---\ntitle: Never closed\n\nRussia lost 500 tanks, Kyiv said.\n", None)
    case("front-junk.md", "---\ntitle: X\nthis line is junk\n---\nRussia lost 500 tanks.\n", None)
    case("front-good.md", "---\ntitle: Front matter title\npublished: 2024-12-16\noutlet: Kyiv Post\n"
                          "url: https://example.org/a\ntags:\n  - war\n---\nRussia lost 500 tanks.\n", None)
    case("page.html", "<html><head><title>Page</title></head><body><nav>menu</nav>"
                      "<p>Russia lost 500 tanks.</p><script>alert(1)</script></body></html>", None)
    case("empty-page.html", "<html><head></head><body><script>x()</script></body></html>", "no readable text")

    # Deep nesting
    deep = "/".join(f"d{i}" for i in range(50)) + "/deep.txt"
    case(deep, article(8), None)

    # JSON Lines with wrong types: each bad record is skipped, the good ones load
    records = [
        json.dumps({"title": "One", "text": article(9)}),
        json.dumps({"title": "Two", "text": 123}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"title": 5, "text": "Russia lost 5 tanks."}),
        json.dumps({"title": "Six", "body": "Russia lost 6 tanks.", "published": 20240101}),
        json.dumps({"title": "Seven"}),
        "",
        json.dumps({"title": "Nine", "text": "   "}),
    ]
    _write(root, "records.jsonl", "\n".join(records) + "\n")
    expect.update({
        "records.jsonl#1": None,
        "records.jsonl#2": "not a string",
        "records.jsonl#3": "not valid JSON",
        "records.jsonl#4": "not an object",
        "records.jsonl#5": "'title' is not a string",
        "records.jsonl#6": None,
        "records.jsonl#7": "no 'text'",
        "records.jsonl#9": "empty",
    })
    case("broken.json", '{"title": "x", "text": ', "not valid JSON")
    _write(root, "list.json", json.dumps([{"title": "A", "text": article(10)}, {"text": None}]))
    expect.update({"list.json#1": None, "list.json#2": "not a string"})

    # A file too large to read: 50 MiB written as a sparse file (instant, no disk used)
    big = _write(root, "enormous.txt", article(15))
    with open(big, "r+b") as fh:
        fh.truncate(50 * 1024 * 1024)
    expect["enormous.txt"] = "too large"

    # Ignored, not skipped: hidden files and folders, other file types
    _write(root, ".hidden.txt", ARTICLE)
    _write(root, ".git/config.txt", ARTICLE)
    _write(root, "notes.pdf", b"%PDF-1.4")

    # A folder named like an article: read as a folder
    case("x.txt/inner.txt", article(11), None)

    # Permissions (root reads anyway, so then the file loads)
    unreadable = _write(root, "unreadable.txt", article(12))
    unreadable.chmod(0)
    is_root = hasattr(os, "geteuid") and os.geteuid() == 0
    expect["unreadable.txt"] = None if is_root else "unreadable"

    # Names with a newline and with bytes that are not UTF-8
    try:
        _write(root, "name\nwith newline.txt", article(13))
        expect["name\\nwith newline.txt"] = None
    except OSError:
        pass
    try:  # a bidi override in a name must not reorder what the screen shows
        _write(root, "bidi\u202etxt.exe.txt", article(16))
        expect["bidi\\u202etxt.exe.txt"] = None
    except OSError:
        pass
    if os.name == "posix":
        try:
            with open(os.path.join(os.fsencode(root), b"caf\xe9.txt"), "wb") as fh:
                fh.write(article(14).encode())
            expect["caf\\xe9.txt"] = None
        except OSError:
            pass

    # A FIFO named like an article: must never be opened (it would block)
    if hasattr(os, "mkfifo"):
        try:
            os.mkfifo(root / "y.txt")
            expect["y.txt"] = "FIFO"
        except OSError:
            pass

    # Symlinks: a loop, links leaving the corpus, a link inside it, a dangling link
    outside = root.parent / f"{root.name}-outside"
    outside.mkdir(exist_ok=True)
    _write(outside, "secret.txt", "Outside\nThis file is not part of the corpus.\n")
    links = {
        "loop-a.txt": ("loop-b.txt", "loop"),
        "loop-b.txt": ("loop-a.txt", "loop"),
        "outside.txt": (str(outside / "secret.txt"), "outside"),
        "outside-dir": (str(outside), "outside"),
        "inside-link.txt": ("good.txt", None),  # the same file as good.txt: a duplicate
        "dangling.txt": ("no-such-file.txt", "broken link"),
        "sub/up": ("..", "loop"),
    }
    for name, (target, reason) in links.items():
        try:
            os.symlink(target, root / name)
            expect[name] = reason
        except (OSError, NotImplementedError):
            pass
    return expect


def make_many_tiny_files(root: Path, n: int = 10_000) -> int:
    """`n` tiny articles spread over 100 folders. Returns how many were written."""
    root = Path(root)
    for i in range(n):
        folder = root / f"f{i % 100:02d}"
        if i < 100:
            folder.mkdir(parents=True, exist_ok=True)
        (folder / f"a{i:05d}.txt").write_text(f"Article {i}\nRussia lost {i} tanks.\n", encoding="utf-8")
    return n
