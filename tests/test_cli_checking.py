"""`tally check`, `trace`, `compare` and `reference` as a fact-checker runs them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.cli_helpers import run


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    from tests.conftest import SAMPLES

    root = tmp_path_factory.mktemp("cli-checking") / "corpus"
    shutil.copytree(SAMPLES, root)
    return root




def test_check_lists_what_differs_and_what_no_bulletin_has(capsys, corpus):
    code, out, _ = run(capsys, "check", corpus)
    assert code == 0
    differs = out.split("no bulletin has it")[0]
    assert "350 aircraft" in differs and "the bulletin of 2024-05-25 said 356" in differs
    assert "765,110" not in out  # it matches (a day later): not a note for the checker
    assert "General Staff figures checked" in out.splitlines()[-1]


def test_check_json_is_the_figures_that_need_a_note(capsys, corpus):
    code, out, _ = run(capsys, "check", corpus, "--json")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and rows and all(r["check"]["status"] in ("differs", "none") for r in rows)


def test_figures_json_carries_the_check(capsys, corpus):
    _, out, _ = run(capsys, "figures", corpus, "--json")
    rows = {(r["file"][:3], r["text"]): r["check"] for r in map(json.loads, out.splitlines())}
    assert rows[("001", "765,110")] == {"status": "match", "bulletin": "2024-12-17",
                                        "official": 765110}
    assert rows[("001", "198,000")] is None  # Zelensky's: nothing to check it against


def test_trace_finds_every_claim_of_a_value_earliest_first(capsys, corpus):
    code, out, _ = run(capsys, "trace", "500,000", corpus, "--json")
    steps = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and {s["value"] for s in steps} >= {500000, 500080}
    assert steps[0]["role"] == "first"
    assert [s["date"] for s in steps] == sorted(s["date"] or "9999" for s in steps)


def test_trace_of_a_value_no_one_claims_says_so(capsys, corpus):
    code, out, err = run(capsys, "trace", "123k", corpus)
    assert code == 0 and out == "" and "no claim of 123,000" in err


def test_compare_has_a_row_per_claimant_and_the_official_record(capsys, corpus):
    code, out, _ = run(capsys, "compare", corpus, "--metric", "personnel", "--side", "russia",
                       "--by", "quarter")
    lines = out.splitlines()
    assert code == 0 and lines[0].split("\t")[1:] == ["2023-Q1", "2024-Q2", "2024-Q4",
                                                     "2025-Q2"]
    official = next(line for line in lines if line.startswith("General Staff bulletins"))
    assert "765,110" in out and official.split("\t")[1] == "139,080"


@pytest.mark.parametrize("argv, message", [
    (["trace", "lots"], "not a number"),
    (["compare", "--metric", "morale"], "unknown metric"),
    (["reference", "import"], "needs a file"),
    (["reference", "import", "/nonexistent.json"], "no such file"),
])
def test_bad_usage_is_one_line_and_status_2(capsys, argv, message):
    code, _, err = run(capsys, *argv)
    assert code == 2 and message in err and len(err.splitlines()) == 1


def test_reference_says_which_copy_and_how_far_and_import_replaces_it(capsys, tmp_path):
    code, out, _ = run(capsys, "reference")
    assert code == 0 and "shipped copy" in out and "2022-02-25 to 2026-08-08" in out
    newer = tmp_path / "russia_losses_equipment.json"
    newer.write_text(json.dumps([{"date": "2026-08-09", "tank": 12260}]))
    code, out, _ = run(capsys, "reference", "import", newer)
    assert code == 0 and "to 2026-08-09" in out
    assert "imported copy" in run(capsys, "reference")[1]
    broken = tmp_path / "broken.json"
    broken.write_text("[1, 2]")
    code, _, err = run(capsys, "reference", "import", broken)
    assert code == 2 and "nothing imported" in err
