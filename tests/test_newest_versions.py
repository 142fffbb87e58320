"""The newest-versions check reads pins the way pip writes them and reports every change."""

from __future__ import annotations

import importlib.util

from tests.conftest import REPO

spec = importlib.util.spec_from_file_location("newest", REPO / "tools" / "newest_versions.py")
newest = importlib.util.module_from_spec(spec)
spec.loader.exec_module(newest)


def test_pins_read_freeze_constraints_and_pyproject_lines():
    text = ("# comment\nrich==15.0.0\nPython_Dateutil==4.0.0  # note\n"
            '"textual==8.2.8",            # exact\nselenium>=4.20\n"tally-reader[web]",\n')
    assert newest.pins(text) == {"rich": "15.0.0", "python-dateutil": "4.0.0",
                                 "textual": "8.2.8"}


def test_changes_lists_upgrades_additions_and_removals():
    known = {"rich": "15.0.0", "nltk": "3.10.4", "old": "1.0"}
    now = {"rich": "15.1.0", "nltk": "3.10.4", "new": "2.0"}
    assert newest.changes(known, now) == [("new", "", "2.0"), ("old", "1.0", ""),
                                          ("rich", "15.0.0", "15.1.0")]


def test_every_exact_pin_of_pyproject_is_in_the_constraints_at_that_version():
    known = newest.pins((REPO / "constraints.txt").read_text(encoding="utf-8"))
    for name, version in newest.exact_pins().items():
        assert known.get(name) == version, name
