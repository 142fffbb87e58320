"""A library made under other rules is read again: a spelling the user adds to their own
claimants.toml shows on the next run, with a message saying why everything was re-read."""

from __future__ import annotations

from pathlib import Path

from index.extraction import aliases
from index.library import Library

TEXT = "Losses update\nAccording to the Kyiv Defence Watch, Russia has lost 1,234 troops since the war began.\n"
REBUILT = "the rules that read figures changed"


def _claimants(lib: Library) -> set[str | None]:
    return {f.claimant for f in lib.figures()}


def test_a_spelling_added_by_the_user_rebuilds_once_and_shows(tmp_path, _private_dirs):
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "watch.txt").write_text(TEXT, encoding="utf-8")
    first = Library(root)
    first.update()
    assert _claimants(first) == {"Kyiv Defence Watch"}

    config = Path(_private_dirs) / "config"
    config.mkdir(parents=True, exist_ok=True)
    (config / "claimants.toml").write_text(
        '[[claimant]]\nname = "KDW Monitoring"\naliases = ["Kyiv Defence Watch"]\n', encoding="utf-8")
    aliases.reload()  # a new run reads the table afresh; this process kept the old one
    try:
        lib = Library(root)
        report = lib.update()
        assert any(REBUILT in m for m in report.messages)
        assert _claimants(lib) == {"KDW Monitoring"}
        assert not any(REBUILT in m for m in Library(root).update().messages)  # once, not every run
    finally:
        (config / "claimants.toml").unlink()
        aliases.reload()


def test_the_same_rules_read_nothing_again(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "watch.txt").write_text(TEXT, encoding="utf-8")
    Library(root).update()
    report = Library(root).update()
    assert not any(REBUILT in m or "another version" in m for m in report.messages)
