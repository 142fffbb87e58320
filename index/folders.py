"""The user's folders for tally: the cache (indexes) and the config (claimant names, keys).

Shared by every stage: storage keeps indexes under the cache folder, extraction reads the
user's claimant names from the config folder, the reader its keymap.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path


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
