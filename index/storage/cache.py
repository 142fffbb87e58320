"""Where a corpus's index lives: one folder per corpus in the user's cache folder.

The folder is keyed by the corpus's resolved absolute path, so two corpora never share an
index and the same corpus reached through a different working directory reuses its own.
Nothing here ever touches the corpus itself.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from index.folders import cache_home

CATALOG = "catalog.sqlite"
INDEX = "whoosh"
MANIFEST = "whoosh-manifest.json"
LOCK = "write.lock"


def corpus_cache_dir(root: Path, cache_dir: Path | None = None) -> Path:
    """The folder holding the catalog and index of the corpus at `root`: a readable name
    (so a user browsing the cache knows which is which) plus a hash of the full path."""
    resolved = Path(os.path.abspath(root)).resolve()
    raw = os.fsencode(str(resolved))
    digest = hashlib.sha256(raw).hexdigest()[:12]
    name = re.sub(r"[^A-Za-z0-9._-]+", "-", resolved.name or "root").strip("-.")[:40] or "corpus"
    return (cache_dir or cache_home()) / f"{name}-{digest}"
