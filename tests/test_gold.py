"""The figures a careful reader marks in the five sample articles (tests/data/gold_seeds.jsonl),
scored the way tally is judged: recall, precision, and the fields of every matched figure.

A predicted figure matches a gold one when it is in the same file, has the same value, and its
sentence contains the gold sentence (or equals it). Gold figures marked "optional" may be
found or not without penalty.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from index.extraction.extract import analyse
from index.reading.loading import load_file
from index.model import Figure

HERE = Path(__file__).resolve().parent
GOLD = HERE / "data" / "gold_seeds.jsonl"
SAMPLES = HERE.parent / "sample_articles"
FIELDS = ("metric", "side", "claimant", "kind", "approx", "upper")


def _gold() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def _predicted() -> list[Figure]:
    figs: list[Figure] = []
    for path in sorted(SAMPLES.iterdir()):
        articles, _ = load_file(path, path.name)
        for art in articles:
            figs.extend(analyse(art).figures)
    return figs


def _norm(s: str) -> str:
    return " ".join(s.split())


def _match(gold: list[dict], pred: list[Figure]) -> tuple[list[tuple[dict, Figure]], list[dict], list[Figure]]:
    used: set[int] = set()
    pairs, missed = [], []
    for g in gold:
        hit = None
        for i, f in enumerate(pred):
            if i in used or f.file != g["file"] or f.value != g["value"]:
                continue
            if _norm(g["sentence"]) in _norm(f.sentence):
                hit = i
                break
        if hit is None:
            if not g.get("optional"):
                missed.append(g)
        else:
            used.add(hit)
            pairs.append((g, pred[hit]))
    optional_ok = {id(f) for g, f in pairs if g.get("optional")}
    spurious = [f for i, f in enumerate(pred) if i not in used and id(f) not in optional_ok]
    return pairs, missed, spurious


@pytest.fixture(scope="module")
def scored():
    gold = _gold()
    pred = _predicted()
    return gold, pred, *_match(gold, pred)


def _report(gold, pred, pairs, missed, spurious) -> str:
    lines = [f"gold {len(gold)}  predicted {len(pred)}  matched {len(pairs)}"]
    for g in missed:
        lines.append(f"MISSED {g['file']} {g['value']} {g['metric']}: {g['sentence'][:100]}")
    for f in spurious:
        lines.append(f"SPURIOUS {f.file} {f.value} {f.metric}: {f.sentence[:100]}")
    errors = Counter()
    for g, f in pairs:
        if g.get("optional"):
            continue
        for field in FIELDS + ("as_of",):
            if field == "as_of" and g.get("as_of") is None:
                continue
            if g.get(field) != getattr(f, field):
                errors[field] += 1
                lines.append(f"  {field:9} gold={g.get(field)!r:32} got={getattr(f, field)!r:32} {f.file} {f.value}")
    lines.append("errors per field: " + ", ".join(f"{k} {v}" for k, v in errors.items()))
    return "\n".join(lines)


def _scores(gold, pred, pairs, missed, spurious):
    required = [g for g in gold if not g.get("optional")]
    found = len([1 for g, _ in pairs if not g.get("optional")])
    recall = found / len(required)
    precision = (len(pred) - len(spurious)) / len(pred) if pred else 0.0
    return recall, precision


def test_recall_and_precision(scored):
    gold, pred, pairs, missed, spurious = scored
    recall, precision = _scores(*scored)
    print(f"\nrecall {recall:.3f} precision {precision:.3f}")
    assert recall >= 0.95 and precision >= 0.90, _report(*scored)


@pytest.mark.parametrize("field,threshold", [("metric", 0.9), ("side", 0.9), ("claimant", 0.9), ("kind", 0.85)])
def test_fields_of_matched_figures(scored, field, threshold):
    gold, pred, pairs, missed, spurious = scored
    judged = [(g, f) for g, f in pairs if not g.get("optional")]
    right = sum(1 for g, f in judged if g.get(field) == getattr(f, field))
    share = right / len(judged)
    print(f"\n{field}: {right}/{len(judged)} = {share:.3f}")
    assert share >= threshold, _report(*scored)


def test_as_of_where_gold_has_it(scored):
    gold, pred, pairs, missed, spurious = scored
    dated = [(g, f) for g, f in pairs if g.get("as_of")]
    assert dated, "the gold dates some figures"
    wrong = [(g["as_of"], f.as_of, f.value) for g, f in dated if g["as_of"] != f.as_of]
    assert not wrong, _report(*scored)


def test_offsets_are_the_article_characters():
    for path in sorted(SAMPLES.iterdir()):
        for art in load_file(path, path.name)[0]:
            for f in analyse(art).figures:
                assert art.text[f.start:f.end] == f.text
                assert art.text[f.sentence_start:f.sentence_end] == f.sentence
                assert f.sentence_start <= f.start < f.end <= f.sentence_end
