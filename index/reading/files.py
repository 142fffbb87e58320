"""Where the article files are, and their bytes read without ever hanging or raising.

Listing and reading share one worry: a corpus an analyst scraped can hold anything a file
system can (FIFOs and devices named .txt, symlink loops, links leaving the corpus, names
that are not UTF-8, files deleted while we read). Both stat before they open, and every
problem becomes a reason a person can read, so the loader only turns it into a `Skip`.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from pathlib import Path

from index.model import Skip

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl")
MAX_BYTES = 20_000_000  # "20 MB"; MB here is 10^6 bytes, as file managers show it


# --- names ----------------------------------------------------------------------------

def _printable_name(name: str) -> str:
    """A file name safe to print: undecodable bytes as \\xNN, a newline as \\n, other
    characters that are not printable (controls, bidi and zero-width marks) as \\uNNNN,
    and a backslash as two, so that no two names become one ("caf\\xe9.txt" written out and
    the byte 0xE9 would otherwise both read caf\\xe9.txt, and one article be lost)."""
    if name.isprintable() and "\\" not in name:
        return name
    out = []
    for c in name:
        if c == "\\":
            out.append("\\\\")
        elif c.isprintable():
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
    listed, skips = scan(root)
    return [Path(item[1]) for item in listed], skips


def scan(root: Path) -> tuple[list[tuple[str, str, int, int]], list[Skip]]:
    """`list_files` for the updater: (rel, path, size, mtime_ns) per article file, sorted by
    rel, with the size and time the listing already saw, so a corpus of 100,000 files that
    has not changed costs one stat per file and no per-file path objects."""
    root = Path(root)
    try:
        st = os.stat(root)
    except OSError as err:
        return [], [Skip(relpath(root, root), _os_reason(err))]
    if not stat.S_ISDIR(st.st_mode):
        if not stat.S_ISREG(st.st_mode):
            return [], [Skip(relpath(root, root), f"not a regular file ({_kind_of(st.st_mode)})")]
        if not _supported(root.name):
            return [], [Skip(relpath(root, root), f"not an article file (tally reads {', '.join(SUFFIXES)})")]
        return [(relpath(root, root), os.fspath(root), st.st_size, st.st_mtime_ns)], []

    files: list[tuple[str, str, int, int]] = []
    skips: list[Skip] = []
    real_root = os.path.realpath(root)
    inside = real_root.rstrip(os.sep) + os.sep
    seen_dirs = {(st.st_dev, st.st_ino)}
    stack = [(os.fspath(root), "")]  # (folder path, its rel with a trailing "/")
    while stack:
        folder, prefix = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = list(it)
        except OSError as err:
            skips.append(Skip(_printable_name(prefix) or relpath(Path(folder), root) + "/",
                              f"unreadable folder: {_os_reason(err)}"))
            continue
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            rel = prefix + name  # paths are built lexically from root: this is relpath's
            try:
                if entry.is_symlink():
                    st = _follow(entry, rel, real_root, inside, skips)
                    if st is None:
                        continue
                else:
                    st = entry.stat(follow_symlinks=False)
                if stat.S_ISDIR(st.st_mode):
                    key = (st.st_dev, st.st_ino)
                    if key in seen_dirs:
                        skips.append(Skip(_printable_name(rel), "symlink loop (a folder already read)"))
                        continue
                    seen_dirs.add(key)
                    stack.append((entry.path, rel + "/"))
                    continue
                if not _supported(name):
                    continue
                if not stat.S_ISREG(st.st_mode):
                    skips.append(Skip(_printable_name(rel), f"not a regular file ({_kind_of(st.st_mode)})"))
                    continue
                files.append((_printable_name(rel), entry.path, st.st_size, st.st_mtime_ns))
            except OSError as err:  # vanished or unreadable while listing
                if err.errno != errno.ENOENT:
                    skips.append(Skip(_printable_name(rel), _os_reason(err)))
    files.sort()
    skips.sort(key=lambda s: s.file)
    return files, skips


def _follow(entry, rel, real_root, inside, skips):
    """The stat of a symlink's target, or None (with a Skip when it matters) for a loop, a
    broken link or a link leaving the corpus."""
    try:
        st = os.stat(entry.path)  # follows the link
    except OSError as err:
        if err.errno == errno.ELOOP:
            skips.append(Skip(_printable_name(rel), "symlink loop"))
        elif err.errno == errno.ENOENT:
            skips.append(Skip(_printable_name(rel), "broken link (its target does not exist)"))
        else:
            skips.append(Skip(_printable_name(rel), _os_reason(err)))
        return None
    target = os.path.realpath(entry.path)
    if target != real_root and not target.startswith(inside):
        if stat.S_ISDIR(st.st_mode) or _supported(entry.name):
            skips.append(Skip(_printable_name(rel), "link points outside the corpus"))
        return None
    return st


def _os_reason(err: OSError) -> str:
    if err.errno == errno.ENOENT:
        return "vanished (it was listed, then deleted)"
    if err.errno == errno.ELOOP:
        return "symlink loop"
    if isinstance(err, PermissionError):
        return f"unreadable: {err.strerror or 'permission denied'}"
    return f"unreadable: {err.strerror or err}"


# --- reading -------------------------------------------------------------------------


def read_bytes(path: Path) -> tuple[bytes | None, str | None]:
    """The file's bytes, or (None, reason): `read_checked` without the hash."""
    data, _, _, why = read_checked(path)
    return data, why


_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
               | getattr(os, "O_CLOEXEC", 0))


def read_checked(path, root=None) -> tuple[bytes | None, str | None, tuple[int, int] | None, str | None]:
    """(bytes, sha256, (size, mtime_ns), None), or (None, None, stat or None, reason).

    The file is opened once, non-blocking and without following a link, and everything is
    checked on the open descriptor before a byte is read: a FIFO, a device or a huge file
    swapped in after the listing cannot hang or slow the run, and the bytes hashed are the
    bytes read. A link (the listing allows links that stay inside the corpus) is followed
    only when `root` is given, and what it opened must lie inside `root`. The stat is given
    for a file too large to read, so that it is not tried again until it changes."""
    try:
        fd = os.open(path, _OPEN_FLAGS | getattr(os, "O_NOFOLLOW", 0))
    except OSError as err:
        if err.errno != errno.ELOOP:
            return None, None, None, _os_reason(err)
        try:  # a link: followed, then what was opened is checked
            fd = os.open(path, _OPEN_FLAGS)
        except OSError as err2:
            return None, None, None, _os_reason(err2)
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            return None, None, None, "is a directory"
        if not stat.S_ISREG(st.st_mode):
            return None, None, None, f"not a regular file ({_kind_of(st.st_mode)})"
        if root is not None and not _opened_inside(fd, root):
            return None, None, None, "link points outside the corpus"
        seen = (st.st_size, st.st_mtime_ns)
        if st.st_size > MAX_BYTES:
            return None, None, seen, f"too large ({st.st_size // 1_000_000} MB > {MAX_BYTES // 1_000_000} MB limit)"
        digest = hashlib.sha256()
        chunks, size = [], 0
        while size <= MAX_BYTES:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            digest.update(chunk)
            chunks.append(chunk)
            size += len(chunk)
        if size > MAX_BYTES:
            return None, None, seen, f"too large (over {MAX_BYTES // 1_000_000} MB limit)"
        return b"".join(chunks), digest.hexdigest(), seen, None
    except OSError as err:
        return None, None, None, _os_reason(err)
    finally:
        os.close(fd)


def _opened_inside(fd: int, root) -> bool:
    """Whether the file open as `fd` lies inside the corpus `root` (or is it)."""
    real_root = os.path.realpath(root)
    try:
        opened = os.readlink(f"/proc/self/fd/{fd}")  # what was opened, not what the name says now
    except OSError:
        return True  # no /proc: the listing's check stands
    return opened == real_root or opened.startswith(real_root.rstrip(os.sep) + os.sep)
