"""Where the bundled sample articles are, installed or in a checkout."""

from __future__ import annotations

from pathlib import Path


def samples_dir() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here / "sample_articles", here.parent / "sample_articles"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the bundled sample articles are missing from this installation")
