"""Where a corpus's index lives: one folder per corpus in the user's cache folder.

The folder is keyed by the corpus's resolved absolute path, so two corpora never share an
index and the same corpus reached through a different working directory reuses its own.
Nothing here ever touches the corpus itself.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from pathlib import Path

from index.folders import cache_home

CATALOG = "catalog.sqlite"
INDEX = "whoosh"
MANIFEST = "whoosh-manifest.json"
LOCK = "write.lock"
SEAL = "catalog-seal.json"


def corpus_cache_dir(root: Path, cache_dir: Path | None = None) -> Path:
    """The folder holding the catalog and index of the corpus at `root`: a readable name
    (so a user browsing the cache knows which is which) plus a hash of the full path."""
    resolved = Path(os.path.abspath(root)).resolve()
    raw = os.fsencode(str(resolved))
    digest = hashlib.sha256(raw).hexdigest()[:12]
    name = re.sub(r"[^A-Za-z0-9._-]+", "-", resolved.name or "root").strip("-.")[:40] or "corpus"
    return (cache_dir or cache_home()) / f"{name}-{digest}"


# --- generations: a rebuild is made beside the library it replaces -------------------------
#
# The corpus folder holds the writer's lock and `current`, a link to the folder with the
# library in use: "." (the corpus folder itself, as libraries were laid out before) or a
# `lib-N` folder that a rebuild made. A rebuild writes a new `lib-N`, and only when it is
# complete is `current` switched to it, in one atomic rename: readers go on with the last good
# library meanwhile, and a killed rebuild leaves it untouched. Each folder has its own catalog,
# with its own write-ahead log, so no log is ever applied to another catalog.

CURRENT = "current"
_OLD_LAYOUT = (CATALOG, CATALOG + "-wal", CATALOG + "-shm", SEAL, MANIFEST)


def live_folder(home: Path) -> Path:
    """The path through which the library in use is read and written (`home/current`), made
    on first use; `home` itself when the link cannot be made (a read-only cache)."""
    link = home / CURRENT
    if os.path.lexists(link):
        return link
    try:
        home.mkdir(parents=True, exist_ok=True)
        os.symlink(".", link)
    except FileExistsError:
        pass
    except OSError:
        return home
    return link


def new_generation(home: Path) -> Path:
    """A new, empty folder for a rebuild, beside the library in use."""
    n = 1 + max([int(p.name[4:]) for p in home.glob("lib-*") if p.name[4:].isdigit()] + [0])
    folder = home / f"lib-{n}"
    folder.mkdir()
    return folder


def switch_to(home: Path, folder: Path) -> None:
    """Make `folder` the library in use (atomically), then delete the one it replaces."""
    link = home / CURRENT
    old = os.readlink(link) if os.path.islink(link) else "."
    tmp = home / (CURRENT + ".tmp")
    if os.path.lexists(tmp):
        os.unlink(tmp)
    os.symlink(folder.name, tmp)
    os.replace(tmp, link)
    if old != folder.name:
        _remove(home, old)


def remove_stale(home: Path) -> None:
    """Delete what killed rebuilds left: generations other than the one in use, and the old
    layout's files once a generation is in use. Only the writer calls this."""
    link = home / CURRENT
    if not os.path.islink(link):
        return
    live = os.readlink(link)
    for folder in home.glob("lib-*"):
        if folder.name != live:
            _remove(home, folder.name)
    if live != ".":
        _remove(home, ".")


def _remove(home: Path, name: str) -> None:
    if name == ".":
        for file in _OLD_LAYOUT:
            try:
                os.unlink(home / file)
            except FileNotFoundError:
                pass
        shutil.rmtree(home / INDEX, ignore_errors=True)
    elif name.startswith("lib-") and "/" not in name:
        shutil.rmtree(home / name, ignore_errors=True)
