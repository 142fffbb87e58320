"""Search history survives restarts and damage."""

from tui import history


def test_queries_are_kept_in_order_without_duplicates():
    history.add("Bakhmut")
    history.add("tanks")
    history.add("Bakhmut")
    assert history.load() == ["tanks", "Bakhmut"]


def test_a_damaged_history_file_is_no_history(monkeypatch, tmp_path):
    monkeypatch.setenv("TALLY_DATA_DIR", str(tmp_path))
    history.history_path().write_text("{not json", encoding="utf-8")
    assert history.load() == []
    assert history.add("x") == ["x"]


def test_the_history_lives_in_the_data_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("TALLY_DATA_DIR", str(tmp_path / "d"))
    history.add("value:>500000")
    assert (tmp_path / "d" / "search_history.json").is_file()

