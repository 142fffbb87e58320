"""A figure as extraction first reads it, before claimant and date are added."""

from __future__ import annotations

from dataclasses import dataclass

from index.extraction.numbers import Number


@dataclass(slots=True)
class Found:
    number: Number
    metric: str
    side: str | None
    kind: str
    loss: bool  # a loss (not a deployment): a country's loss claims come from its military
    part: bool = False  # a part of the count before it ("including 5.9 million within ...")
