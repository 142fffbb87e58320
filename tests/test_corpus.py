"""Extraction over 441 real articles (the team's gdelt corpus; skipped where it is absent):
nothing raises, every figure is the article's own characters inside its sentence, and no year
comes out as a figure."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from index.extraction.extract import analyse
from index.reading.loading import load_file
from index.model import METRICS, KINDS, SIDES

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpora" / "gdelt-war-news"
YEAR_CONTEXT = re.compile(r"\b(?:in|since|of|by|until|from|before|after|during|year)\s+$", re.I)


@pytest.fixture(scope="module")
def analysed():
    if not CORPUS.is_dir():
        pytest.skip("the gdelt corpus is not on this machine")
    out = []
    for path in sorted(CORPUS.iterdir()):
        articles, _ = load_file(path, path.name)
        out.extend(analyse(a) for a in articles)
    return out


def test_every_article_analyses(analysed):
    assert len(analysed) >= 400
    assert sum(len(a.sentences) for a in analysed) > 5000


def test_figures_are_the_articles_characters(analysed):
    for art in analysed:
        for f in art.figures:
            assert art.text[f.start:f.end] == f.text
            assert art.text[f.sentence_start:f.sentence_end] == f.sentence
            assert f.sentence_start <= f.start < f.end <= f.sentence_end
            assert f.metric in METRICS and f.kind in KINDS and f.side in SIDES + (None,)


def test_no_year_is_a_figure(analysed):
    for art in analysed:
        for f in art.figures:
            before = art.text[max(0, f.start - 12):f.start]
            is_year_like = re.fullmatch(r"(?:19|20)\d\d", f.text) is not None
            assert not (is_year_like and YEAR_CONTEXT.search(before)), (art.file, f.sentence)
            assert not (is_year_like and 1990 <= f.value <= 2030), (art.file, f.sentence)


def test_dates_come_from_file_names(analysed):
    for art in analysed:
        name = art.file.rsplit("/", 1)[-1]
        assert art.published == f"{name[:4]}-{name[4:6]}-{name[6:8]}", art.file


# 400 sentences of the corpus that hold a number near a word of loss or force, read by hand:
# the figures a careful reader marks in them (tests/data/gdelt_recall.jsonl; "optional" ones may
# be found or not). Recall and precision are measured on these sentences only.
RECALL_SAMPLE = Path(__file__).resolve().parent / "data" / "gdelt_recall.jsonl"


def test_recall_and_precision_on_hand_read_sentences(analysed):
    import json

    sample = [json.loads(line) for line in RECALL_SAMPLE.read_text(encoding="utf-8").splitlines()]
    figures: dict[tuple[str, str], list] = {}
    for art in analysed:
        for f in art.figures:
            figures.setdefault((art.file, f.sentence.strip()), []).append(f)
    required = found = predicted = spurious = 0
    wrong: list[str] = []
    for row in sample:
        got = figures.get((row["file"], row["sentence"].strip()), [])
        values = {g["value"] for g in row["figures"]}
        predicted += len(got)
        spurious += sum(1 for f in got if f.value not in values)
        for g in row["figures"]:
            hit = next((f for f in got if f.value == g["value"]), None)
            if not g["optional"]:
                required += 1
                found += hit is not None
            if hit is None:
                continue
            for field in ("metric", "side", "kind"):
                if g[field] is not None and getattr(hit, field) != g[field]:
                    wrong.append(f"{field}: {getattr(hit, field)} != {g[field]} in {row['sentence'][:80]}")
    recall, precision = found / required, 1 - spurious / max(1, predicted)
    print(f"\nrecall {found}/{required} = {recall:.3f}; precision {predicted - spurious}/{predicted}")
    assert recall >= 0.9, (recall, wrong)
    assert precision >= 0.95
    assert len(wrong) <= 0.05 * found, wrong
