"""The gold sets kept in tests/data/gold are well formed: every figure uses the product's
vocabulary and names an article that `sources.jsonl` says where to find, and every article has
a source to fetch it again from. A malformed mark would score tally against a typo."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.model import KINDS, METRICS, SIDES

GOLD = Path(__file__).parent / "data" / "gold"
FIELDS = {"file", "value", "upper", "approx", "metric", "side", "claimant", "kind", "as_of", "sentence"}


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


SOURCES = _lines(GOLD / "sources.jsonl")
BATCHES = sorted(p for p in GOLD.glob("[A-Z][A-Z].jsonl"))


@pytest.mark.parametrize("batch", BATCHES, ids=lambda p: p.stem)
def test_every_figure_uses_the_vocabulary_and_names_a_known_article(batch):
    files = {s["file"] for s in SOURCES if s["batch"] == batch.stem}
    for row in _lines(batch):
        assert FIELDS <= row.keys(), row
        assert row["metric"] in METRICS and row["kind"] in KINDS and row["side"] in (*SIDES, None), row
        assert isinstance(row["value"], int) and row["value"] > 0, row
        assert row["file"] in files, row["file"]
        assert row["as_of"] is None or len(row["as_of"]) == 10, row


def test_every_article_says_where_its_text_came_from():
    for s in SOURCES:
        assert (s["source"] or s["url"]) and len(s["sha256"]) == 64, s
    assert len({(s["batch"], s["file"]) for s in SOURCES}) == len(SOURCES)
