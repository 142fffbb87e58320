"""Helpers for driving the reader in tests (no asyncio plugin needed)."""

from __future__ import annotations

import asyncio
import functools


def run_async(test):
    """Run an `async def` test to completion; pytest still sees its fixture arguments."""

    @functools.wraps(test)
    def wrapper(*args, **kwargs):
        asyncio.run(test(*args, **kwargs))

    return wrapper


async def settle(pilot, delay: float = 0.0) -> None:
    """Let timers fire (debounce), then wait until every worker has finished."""
    await pilot.pause(delay)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
