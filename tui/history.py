"""Search history kept between runs: a small JSON file in the user's data folder
(`TALLY_DATA_DIR` overrides it, for tests)."""

from __future__ import annotations

import json
import os
from pathlib import Path

LIMIT = 200


def history_path() -> Path:
    folder = os.environ.get("TALLY_DATA_DIR")
    if not folder:
        from platformdirs import user_data_dir

        folder = user_data_dir("tally")
    return Path(folder) / "search_history.json"


def load() -> list[str]:
    """Past queries, oldest first; an unreadable file is treated as no history."""
    try:
        data = json.loads(history_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [q for q in data if isinstance(q, str)][-LIMIT:] if isinstance(data, list) else []


def add(query: str) -> list[str]:
    """Remember `query` (moved to the end if already there) and return the history. A
    history that cannot be written is not worth an error: the search still ran."""
    query = query.strip()
    items = [q for q in load() if q != query]
    if query:
        items.append(query)
    items = items[-LIMIT:]
    path = history_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(items), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass
    return items
