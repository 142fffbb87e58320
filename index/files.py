"""Where the article files are, and their bytes read without ever hanging or raising.

Listing and reading share one worry: a corpus an analyst scraped can hold anything a file
system can (FIFOs and devices named .txt, symlink loops, links leaving the corpus, names
that are not UTF-8, files deleted while we read). Both stat before they open, and every
problem becomes a reason a person can read, so the loader only turns it into a `Skip`.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from .model import Skip

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl")
MAX_BYTES = 20_000_000  # "20 MB"; MB here is 10^6 bytes, as file managers show it


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


# --- reading -------------------------------------------------------------------------


def read_bytes(path: Path) -> tuple[bytes | None, str | None]:
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
