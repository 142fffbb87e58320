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


async def search(pilot, query: str) -> None:
    """`/`, the query, enter; then wait for the result."""
    await pilot.press("slash")
    await pilot.press(*query)
    await pilot.press("enter")
    await settle(pilot, 0.2)


async def cancel_indexing_midway(pilot, lib) -> None:
    """Once the first file of a slow indexing is in, escape; wait for the thread to stop."""
    app = pilot.app
    for _ in range(60):  # until the first file is in (a loaded machine starts late)
        if app.indexing and lib._indexed:
            break
        await pilot.pause(0.05)
    assert app.indexing
    await pilot.press("escape")
    for _ in range(40):  # the thread stops at its next check of `cancelled`
        if not app.indexing:
            break
        await pilot.pause(0.05)
    await settle(pilot)
