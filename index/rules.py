"""A fingerprint of the rules that read figures and index them: tally's extraction and date
code, its alias table, what a search document holds, and the user's own `claimants.toml`. An
index made under other rules is rebuilt, so a library never shows figures read by rules it no
longer has (an added spelling of a claimant included)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from index.folders import config_dir

_HERE = Path(__file__).parent
_RULE_FOLDERS = ("extraction", "dates")
_RULE_FILES = ("storage/documents.py", "storage/search_index/schema.py")


def fingerprint() -> str:
    """12 hex digits; the same while no rule changes. Reads ~40 small files: a few ms."""
    h = hashlib.sha256()
    for folder in _RULE_FOLDERS:
        for path in sorted((_HERE / folder).rglob("*")):
            if path.suffix in (".py", ".toml") and path.is_file():
                h.update(path.relative_to(_HERE).as_posix().encode())
                h.update(path.read_bytes())
    for name in _RULE_FILES:
        h.update(name.encode())
        h.update((_HERE / name).read_bytes())
    user = Path(config_dir()) / "claimants.toml"
    try:
        h.update(b"user:" + user.read_bytes())
    except OSError:
        pass  # no table of the user's own: the built-in one alone
    return h.hexdigest()[:12]
