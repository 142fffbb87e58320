"""Fixtures every test shares: no test touches the user's real cache, config or data."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "sample_articles"
SHARED = REPO.parent / "shared"  # present on the team's machines, absent in a user's clone


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path_factory, monkeypatch):
    base = tmp_path_factory.mktemp("tally-home")
    monkeypatch.setenv("TALLY_CACHE_DIR", str(base / "cache"))
    monkeypatch.setenv("TALLY_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("TALLY_DATA_DIR", str(base / "data"))
    return base


@pytest.fixture
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present (a user's clone has no team data)")
    return SHARED


@pytest.fixture
def gdelt_dir(shared_dir) -> Path:
    corpus = shared_dir / "corpora" / "gdelt-war-news"
    if not corpus.is_dir():
        pytest.skip("the gdelt corpus is not present")
    return corpus
