"""Reader settings kept between runs (the theme): a small JSON file beside the search
history in the user's data folder (`TALLY_DATA_DIR` overrides it, for tests)."""

from __future__ import annotations

import json

from tui.history import history_path


def settings_path():
    return history_path().with_name("settings.json")


def load() -> dict:
    """The saved settings; an unreadable file counts as none (the defaults)."""
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save(**changes) -> None:
    """Remember `changes`; a settings file that cannot be written is no error worth a word."""
    data = {**load(), **changes}
    path = settings_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".part")
        tmp.write_text(json.dumps(data, indent=1), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass
