"""Where a corpus's index lives: one folder per corpus in the user's cache folder.

The folder is keyed by the corpus's resolved absolute path, so two corpora never share an
index and the same corpus reached through a different working directory reuses its own.
Nothing here ever touches the corpus itself.
"""

from __future__ import annotations

import hashlib
import os
import re
from functools import lru_cache
from pathlib import Path

CATALOG = "catalog.sqlite"
INDEX = "whoosh"
MANIFEST = "whoosh-manifest.json"
LOCK = "write.lock"


def cache_home() -> Path:
    """`TALLY_CACHE_DIR` when set (tests, portable installs), else the platform's cache folder."""
    env = os.environ.get("TALLY_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    import platformdirs  # only needed without the override

    return Path(platformdirs.user_cache_dir("tally"))


def config_home() -> Path:
    """`TALLY_CONFIG_DIR` when set, else the platform's config folder: where users keep
    their own claimant names (`claimants.toml`) and keys (`keymap.toml`)."""
    env = os.environ.get("TALLY_CONFIG_DIR")
    return Path(env).expanduser() if env else Path(_platform_config_dir())


@lru_cache(maxsize=1)
def _platform_config_dir() -> str:
    import platformdirs

    return platformdirs.user_config_dir("tally")


def corpus_cache_dir(root: Path, cache_dir: Path | None = None) -> Path:
    """The folder holding the catalog and index of the corpus at `root`: a readable name
    (so a user browsing the cache knows which is which) plus a hash of the full path."""
    resolved = Path(os.path.abspath(root)).resolve()
    raw = os.fsencode(str(resolved))
    digest = hashlib.sha256(raw).hexdigest()[:12]
    name = re.sub(r"[^A-Za-z0-9._-]+", "-", resolved.name or "root").strip("-.")[:40] or "corpus"
    return (cache_dir or cache_home()) / f"{name}-{digest}"
