"""The user's folders for tally: the cache (indexes) and the config (claimant names, keys).

Shared by every stage: storage keeps indexes under the cache folder, extraction reads the
user's claimant names from the config folder, the reader its keymap.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from contextvars import ContextVar
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
    return Path(config_dir())


def config_dir() -> str:
    """`config_home()` as a string, cheap enough to ask for every claimant name extraction
    reads (the alias tables are cached per folder)."""
    return _READ_ONCE.get() or _config_dir_for(os.environ.get("TALLY_CONFIG_DIR"))


# Asked for every claimant name (17,000 times for the 441 gdelt articles), the environment's
# answer cost 2% of extraction; one article's extraction reads it once (`config_read_once`), as
# it cannot change under it. (A context variable: each thread that extracts has its own.)
_READ_ONCE: ContextVar[str | None] = ContextVar("config_read_once", default=None)


@contextmanager
def config_read_once():
    """Within the block, `config_dir()` is the folder as it was on entering."""
    token = _READ_ONCE.set(config_dir())
    try:
        yield
    finally:
        _READ_ONCE.reset(token)


@lru_cache(maxsize=8)
def _config_dir_for(env: str | None) -> str:
    return os.path.expanduser(env) if env else _platform_config_dir()


@lru_cache(maxsize=1)
def _platform_config_dir() -> str:
    import platformdirs

    return platformdirs.user_config_dir("tally")
