"""The user's own keys: `keymap.toml` in tally's config folder maps binding ids to keys.

```toml
[keys]
"app.search" = "ctrl+f"
"app.next_hit" = "n,f3"
```

The ids are the ones `?` and the README list. A missing or broken file never stops the reader:
it starts with the default keys and says what was wrong.
"""

from __future__ import annotations

import tomllib

from index.folders import config_home

FILE_NAME = "keymap.toml"


def load_keymap(known_ids: set[str]) -> tuple[dict[str, str], list[str]]:
    """The keymap to apply and the problems to tell the user about."""
    path = config_home() / FILE_NAME
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}, []
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        return {}, [f"{path}: not read ({err}); using the default keys"]
    keys = data.get("keys", {})
    if not isinstance(keys, dict):
        return {}, [f"{path}: [keys] must be a table of binding id = \"key\""]
    keymap: dict[str, str] = {}
    problems: list[str] = []
    for binding_id, key in keys.items():
        if binding_id not in known_ids:
            problems.append(f"{path}: no binding has the id {binding_id!r}")
        elif not isinstance(key, str) or not key.strip():
            problems.append(f"{path}: the key for {binding_id!r} must be a string like \"ctrl+f\"")
        else:
            keymap[binding_id] = key.strip()
    return keymap, problems


def binding_ids(base: type) -> set[str]:
    """Every binding id declared by tally's own widgets, screens and app (subclasses of
    `base`, a Textual DOMNode class), including dialogs that are not on screen yet."""
    ids: set[str] = set()
    todo = [base]
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        if not cls.__module__.startswith("tui."):
            continue
        for binding in cls.__dict__.get("BINDINGS", ()):
            binding_id = getattr(binding, "id", None)
            if binding_id:
                ids.add(binding_id)
    return ids
