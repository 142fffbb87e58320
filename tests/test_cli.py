"""`tally` as scripts and shells use it: the JSON shapes of PRODUCT.md, exit codes, one-line
errors, plain progress when piped, and no article byte that can drive the terminal."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.cli_helpers import run
from tui.cli import main as cli

FIGURE_KEYS = {"file", "value", "upper", "approx", "metric", "side", "claimant", "kind",
               "as_of", "text", "start", "end", "sentence", "sentence_start", "sentence_end",
               "claimant_from"}
ARTICLE_KEYS = {"file", "title", "outlet", "url", "published", "published_from", "words",
                "figures"}
HIT_KEYS = {"file", "title", "score", "snippet", "hits"}
SERIES_KEYS = {"metric", "side", "by", "source", "points"}
POINT_KEYS = {"as_of", "estimated", "value", "upper", "approx", "kind", "metric", "file",
              "start", "sentence"}


@pytest.fixture
def corpus(tmp_path, samples_dir) -> Path:
    root = tmp_path / "corpus"
    shutil.copytree(samples_dir, root)
    return root




def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def test_version_and_help(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.startswith("tally ")
    code, out, _ = run(capsys, "--help")
    assert code == 0
    listed = [line.split()[0] for line in out.splitlines() if line.startswith("    ")]
    for command in ("index", "articles", "search", "figures", "timeline"):
        assert command in listed
    code, out, _ = run(capsys, "figures", "--help")
    assert code == 0 and "--claimant" in out


def test_articles_json_shape(capsys, corpus):
    code, out, err = run(capsys, "articles", corpus, "--json")
    assert code == 0
    rows = jsonl(out)
    assert len(rows) == 5 and all(set(r) == ARTICLE_KEYS for r in rows)
    assert all(isinstance(r["figures"], int) for r in rows)


def test_figures_json_shape_and_offsets(capsys, corpus):
    code, out, _ = run(capsys, "figures", corpus, "--json")
    rows = jsonl(out)
    assert code == 0 and rows and all(set(r) == FIGURE_KEYS | {"check"} for r in rows)
    _, arts, _ = run(capsys, "articles", corpus, "--json")
    assert sum(a["figures"] for a in jsonl(arts)) == len(rows)
    row = rows[0]
    text = (corpus / row["file"]).read_text(encoding="utf-8-sig")
    assert row["text"] in text


def test_figures_csv_has_the_figure_keys_as_header(capsys, corpus):
    code, out, _ = run(capsys, "figures", corpus, "--csv")
    reader = csv.DictReader(io.StringIO(out))
    rows = list(reader)
    assert code == 0 and set(reader.fieldnames) == FIGURE_KEYS and rows


def test_figures_filters(capsys, corpus):
    _, out, _ = run(capsys, "figures", corpus, "--json", "--metric", "personnel",
                    "--side", "russia", "--claimant", "general staff")
    rows = jsonl(out)
    assert all(r["metric"] in ("personnel_killed", "personnel_casualties") for r in rows)
    assert all(r["side"] == "russia" and "general staff" in r["claimant"].lower() for r in rows)


def test_search_json_shape_and_hits(capsys, corpus):
    code, out, _ = run(capsys, "search", "Bakhmut", corpus, "--json")
    rows = jsonl(out)
    assert code == 0 and len(rows) == 2 and all(set(r) == HIT_KEYS for r in rows)
    for row in rows:
        text = (corpus / row["file"]).read_text(encoding="utf-8-sig")
        assert row["hits"] and "Bakhmut" in row["snippet"]
    _, out, _ = run(capsys, "search", "Bakhmut", corpus, "--json", "--limit", "1")
    assert len(jsonl(out)) == 1


def test_search_human_output_marks_the_hits(capsys, corpus):
    code, out, _ = run(capsys, "search", "Bakhmut", corpus)
    assert code == 0 and "**Bakhmut**" in out
    heads = [line for line in out.splitlines() if line[:1].isdigit()]
    assert len(heads) == 2 and all(line.endswith(", 1 hit)") for line in heads)


def test_timeline_json_shape(capsys, corpus):
    code, out, _ = run(capsys, "timeline", corpus, "--json")
    rows = jsonl(out)
    assert code == 0
    for row in rows:
        assert set(row) == SERIES_KEYS and row["by"] == "claimant"
        assert all(set(p) == POINT_KEYS for p in row["points"])
        dated = [p["as_of"] for p in row["points"] if p["as_of"]]
        assert dated == sorted(dated)
        assert len({p["kind"] for p in row["points"]}) == 1
    code, out, _ = run(capsys, "timeline", corpus, "--json", "--by", "outlet", "--side", "any")
    assert code == 0 and all(r["by"] == "outlet" for r in jsonl(out))


def test_nothing_matched_is_success_with_empty_output(capsys, corpus):
    code, out, _ = run(capsys, "search", "zzyzzyxx", corpus, "--json")
    assert (code, out) == (0, "")


@pytest.mark.parametrize("argv, words", [
    (["figures", "/no/such/folder"], ["no such file or folder"]),
    (["search", '"unbalanced', "{corpus}"], ["unbalanced quote", "character 1"]),
    (["figures", "{corpus}", "--metric", "tank"], ["unknown metric", "tanks"]),
    (["figures", "{corpus}", "--side", "france"], ["unknown side", "russia"]),
    (["timeline", "{corpus}", "--by", "weather"], ["invalid choice"]),
    (["search", "Bakhmut", "{corpus}", "--limit", "0"], ["at least 1"]),
    (["figures", "{corpus}", "--bogus"], ["unrecognized arguments"]),
    (["figures", "{corpus}", "--json", "--csv"], ["--csv: not allowed with argument --json"]),
    (["search", "value:[5 to 1]", "{corpus}"], ["high to low", "write value:[1 to 5]"]),
    (["search", "published:[2024 to 2023-06]", "{corpus}"],
     ["high to low", "published:[2023-06 to 2024]"]),
    (["search"], ["required"]),
])
def test_usage_errors_exit_2_with_one_line(capsys, corpus, argv, words):
    code, out, err = run(capsys, *[a.replace("{corpus}", str(corpus)) for a in argv])
    lines = err.splitlines()
    assert code == 2 and out == ""
    assert len(lines) == 1 and lines[0].startswith("tally: error: ")
    for word in words:
        assert word in lines[0]


def test_an_unexpected_failure_is_one_line_exit_1(capsys, corpus, monkeypatch):
    from index.library import Library

    def boom(self, *a, **k):
        raise RuntimeError("disk on fire\nsecond line")

    monkeypatch.setattr(Library, "articles", boom)
    code, out, err = run(capsys, "articles", corpus)
    assert code == 1 and err.splitlines() == [
        "tally: error: RuntimeError: disk on fire (TALLY_DEBUG=1 shows the details)"]


def test_hostile_article_text_is_printed_as_harmless_text(capsys, tmp_path):
    root = tmp_path / "hostile"
    root.mkdir()
    evil = ("[bold]Bakhmut[/] \x1b[2J\x1b]52;c;ZXZpbA==\x07 \x1b]8;;http://x\x1b\\link "
            "\u202etxt.exe \x9b31m [@click=app.quit]x[/] 12,345\n")
    (root / "evil.txt").write_text("Evil [link=http://x]title[/link]\n" + evil, encoding="utf-8")
    name = os.fsdecode(b"bad\x1b[31mname\xff.txt")
    (root / name).write_text("Another\nBakhmut 12,345\n", encoding="utf-8")
    for argv in (["articles", root], ["figures", root], ["search", "Bakhmut", root],
                 ["timeline", root, "--side", "any"], ["index", root],
                 ["articles", root, "--json"], ["figures", root, "--json"],
                 ["figures", root, "--csv"], ["search", "Bakhmut", root, "--json"]):
        code, out, err = run(capsys, *argv)
        assert code == 0
        for stream in (out, err):
            assert "\x1b" not in stream and "\x9b" not in stream and "\x07" not in stream
            assert "\u202e" not in stream and "\udcff" not in stream
    code, out, _ = run(capsys, "search", "Bakhmut", root)
    assert "[bold]" in out  # shown, not interpreted


def test_index_prints_counts_and_skips_every_time(capsys, corpus):
    (corpus / "empty.txt").write_bytes(b"")
    code, out, _ = run(capsys, "index", corpus)
    assert code == 0 and "6 added" in out and "1 skipped" in out and "5 articles" in out
    assert "empty.txt: " in out
    code, out, _ = run(capsys, "index", corpus)
    assert "6 unchanged" in out and "empty.txt: " in out
    code, out, _ = run(capsys, "index", corpus, "--rebuild")
    assert "6 added" in out


def tally(tmp_path, *argv, env=None, **kw) -> subprocess.CompletedProcess:
    env = {**os.environ, **(env or {}), "PYTHONPATH": str(REPO)}
    kw.setdefault("timeout", 120)
    return subprocess.run([sys.executable, "-m", "tui.cli", *map(str, argv)],
                          capture_output=True, text=True, env=env, **kw)


def test_piped_tally_index_prints_plain_progress_lines(tmp_path, corpus):
    proc = tally(tmp_path, "index", corpus)
    assert proc.returncode == 0, proc.stderr
    assert "indexed 5/5 files" in proc.stderr
    assert "\x1b" not in proc.stderr + proc.stdout and "Traceback" not in proc.stderr
    assert "5 articles" in proc.stdout


def test_default_path_is_the_bundled_samples(tmp_path):
    proc = tally(tmp_path, "articles", "--json")
    assert proc.returncode == 0, proc.stderr
    assert len(proc.stdout.splitlines()) == 5


READER_NEEDS_A_TERMINAL = ("tally: error: the reader needs a terminal; for scripts use "
                           "`tally figures|search|articles ... --json`")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_reader_without_a_terminal_is_a_one_line_error(capsys, monkeypatch):
    import tui.app

    started = []
    monkeypatch.setattr(tui.app, "TallyApp",
                        lambda root: type("Fake", (), {"run": lambda self: started.append(root)})())
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # `tally </dev/null`
    code, out, err = run(capsys)
    assert (code, out, err.splitlines(), started) == (2, "", [READER_NEEDS_A_TERMINAL], [])
    # stdin a terminal but stdout redirected (`tally >out`): the same
    monkeypatch.setattr(sys, "stdin", _Terminal())
    code, out, err = run(capsys)
    assert (code, err.splitlines(), started) == (2, [READER_NEEDS_A_TERMINAL], [])
    # on a terminal the reader opens
    monkeypatch.setattr(sys, "stdout", _Terminal())
    assert cli.main([]) == 0 and len(started) == 1


def test_the_reader_piped_exits_at_once_instead_of_hanging(tmp_path):
    proc = tally(tmp_path, stdin=subprocess.DEVNULL, timeout=60)
    assert (proc.returncode, proc.stdout) == (2, "")
    assert proc.stderr.splitlines() == [READER_NEEDS_A_TERMINAL]


BINARY = bytes(range(256)) * 8


@pytest.mark.parametrize("argv", [["articles"], ["articles", "--json"], ["figures"],
                                  ["figures", "--csv"], ["search", "Bakhmut"],
                                  ["timeline", "--json"]])
def test_a_single_unreadable_file_says_why_on_stderr(capsys, tmp_path, argv):
    bad = tmp_path / "binary.txt"
    bad.write_bytes(BINARY)
    command, *options = argv
    code, out, err = run(capsys, command, *([bad] if command != "search" else [options.pop(0), bad]),
                         *options)
    assert code == 0 and "binary" not in out
    assert err.splitlines() == ["tally: note: skipped binary.txt: binary file (not text)"]


def test_read_commands_say_how_many_files_were_skipped(capsys, corpus):
    (corpus / "binary.txt").write_bytes(BINARY)
    (corpus / "empty.txt").write_bytes(b"")
    hint = f"tally: note: 2 files skipped; `tally index {corpus}` lists them"
    for argv in (["articles", corpus], ["figures", corpus, "--json"],
                 ["search", "Bakhmut", corpus], ["timeline", corpus]):
        code, out, err = run(capsys, *argv)
        assert code == 0 and err.splitlines() == [hint]
        assert "binary.txt" not in out
    code, out, err = run(capsys, "index", corpus)
    assert "binary.txt: binary file (not text)" in out and "empty.txt: " in out


@pytest.mark.parametrize("argv", [["search", "Bakhmut"], ["search", "Bakhmut", "--json"],
                                  ["figures"], ["figures", "--csv"], ["articles"],
                                  ["timeline"], ["index"]])
def test_a_reader_that_stops_reading_is_no_error(tmp_path, corpus, argv):
    """`tally search ... | head -1`: the closed pipe ends tally quietly with status 0."""
    assert tally(tmp_path, "index", corpus).returncode == 0
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before tally writes a byte
    try:
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        proc = subprocess.run([sys.executable, "-m", "tui.cli", argv[0], *argv[1:2], str(corpus),
                               *argv[2:]], stdout=write_end, stderr=subprocess.PIPE,
                              text=True, env=env, timeout=120)
    finally:
        os.close(write_end)
    assert (proc.returncode, proc.stderr) == (0, "")


def test_index_says_how_its_figure_count_relates_to_tally_figures(capsys, corpus):
    first = sorted(corpus.iterdir())[1]
    (corpus / "zz-copy.txt").write_bytes(first.read_bytes())
    _, out, _ = run(capsys, "index", corpus)
    _, listed, _ = run(capsys, "figures", corpus, "--json")
    _, arts, _ = run(capsys, "articles", corpus, "--json")
    counts = {a["file"]: a["figures"] for a in jsonl(arts)}
    total, twice = sum(counts.values()), counts["zz-copy.txt"]
    assert twice and total - twice == len(jsonl(listed))
    assert f"6 articles, {total} figures ({twice} in duplicate articles, listed once) in " in out


def test_timeline_points_say_what_each_figure_counts(capsys, corpus):
    """The default group mixes killed and killed+wounded: each point carries its own metric,
    the same as the figure it comes from."""
    _, out, _ = run(capsys, "timeline", corpus, "--json")
    _, figs, _ = run(capsys, "figures", corpus, "--json")
    metric_at = {(f["file"], f["start"]): f["metric"] for f in jsonl(figs)}
    points = [p for row in jsonl(out) for p in row["points"]]
    assert {p["metric"] for p in points} == {"personnel_killed", "personnel_casualties"}
    assert all(p["metric"] == metric_at[p["file"], p["start"]] for p in points)


def test_timeline_human_output(capsys, corpus):
    code, out, err = run(capsys, "timeline", corpus, "--by", "outlet", "--side", "any")
    assert code == 0 and out.endswith("\n") and err == ""
    assert out.startswith("unknown outlet: personnel") and "unattributed" not in out
    points = [line.split() for line in out.splitlines() if line.startswith("  ")]
    assert {"personnel_killed", "personnel_casualties"} <= {word for p in points for word in p}
    # columns line up also under a long qualifier ("approximately 198,000")
    for block in _series_blocks(out):
        lines = block.splitlines()[1:]
        assert len({line.index("personnel_") for line in lines}) == 1, lines
    _, out, _ = run(capsys, "timeline", corpus, "--metric", "submarines")
    assert out.splitlines()[0].endswith("submarines, russia, cumulative (1 figure)")
    code, out, err = run(capsys, "timeline", corpus, "--metric", "deserters")
    assert (code, out) == (0, "")
    assert err == ("tally: note: no deserters figures for side russia; "
                   "try another --metric or --side any\n")


def _stderr_on_a_terminal(*argv) -> tuple[int, str]:
    """Run tally with stderr on a pseudo-terminal (stdout piped); what the terminal got."""
    import pty

    master, slave = pty.openpty()
    try:
        env = {**os.environ, "PYTHONPATH": str(REPO), "COLUMNS": "100"}
        proc = subprocess.run([sys.executable, "-m", "tui.cli", *map(str, argv)],
                              stdout=subprocess.PIPE, stderr=slave, stdin=subprocess.DEVNULL,
                              env=env, timeout=120)
    finally:
        os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the terminal's other side is closed: all read
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    return proc.returncode, b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.parametrize("argv", [["figures", "{corpus}", "--json"], ["articles", "{corpus}"],
                                  ["search", "Bakhmut", "{corpus}"], ["timeline", "{corpus}"]])
def test_read_commands_on_a_terminal_show_no_bar_when_nothing_changed(tmp_path, corpus, argv):
    assert tally(tmp_path, "index", corpus).returncode == 0
    code, terminal = _stderr_on_a_terminal(*[a.replace("{corpus}", str(corpus)) for a in argv])
    assert (code, terminal) == (0, "")


def test_a_bar_appears_when_updating_takes_a_while(capsys, corpus, monkeypatch):
    import time

    from index.api import Progress
    from index.library import Library

    real_update = Library.update

    def slow_update(self, progress=None, **kw):
        progress(Progress(0, 0, "", "scan"))
        time.sleep(1.0)  # e.g. many edited files
        progress(Progress(3, 7, "a.txt", "extract"))
        time.sleep(0.3)
        return real_update(self, progress=progress, **kw)

    monkeypatch.setattr(Library, "update", slow_update)
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert cli.main(["figures", str(corpus), "--json"]) == 0
    assert "reading" in terminal.getvalue() and "3/7" in terminal.getvalue()


def test_the_article_list_shows_the_dates_published_queries_match(capsys, corpus):
    _, out, _ = run(capsys, "search", "published:2023", corpus, "--json")
    found = {hit["file"] for hit in jsonl(out)}
    _, table, _ = run(capsys, "articles", corpus)
    dated = {row[0]: row[1:3] for row in (line.split("\t") for line in table.splitlines()[1:])}
    assert found
    for file in found:  # dated only by an estimate: marked so
        date, source = dated[file]
        assert date.lstrip("~").startswith("2023") and (date[0] != "~" or source == "estimate")


def test_the_skipped_note_comes_after_the_answer(tmp_path, corpus):
    """On a terminal a long answer would scroll a note printed first out of sight."""
    (corpus / "binary.txt").write_bytes(BINARY)
    proc = subprocess.run([sys.executable, "-m", "tui.cli", "figures", str(corpus)],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=120)
    lines = proc.stdout.splitlines()
    assert proc.returncode == 0 and len(lines) > 2
    assert lines[-1].startswith("tally: note: 1 file skipped;")


def _series_blocks(out: str) -> list[str]:
    """`tally timeline` output cut into one block per series (a heading, then its points)."""
    blocks: list[str] = []
    for line in out.splitlines():
        if not line.startswith("  "):
            blocks.append("")
        blocks[-1] += line + "\n"
    return blocks


def test_a_range_within_one_period_is_no_reversal(capsys, corpus):
    code, out, err = run(capsys, "search", "published:[2023-02 to 2023]", corpus, "--json")
    assert code == 0 and err == "" and jsonl(out)
    code, out, err = run(capsys, "search", "value:[500000 to 500000]", corpus, "--json")
    assert code == 0 and err == "" and jsonl(out)


def test_a_mistyped_command_names_the_commands(capsys):
    assert cli.main(["bogus-command"]) == 2
    err = capsys.readouterr().err
    assert "no such command or folder: bogus-command" in err and "figures" in err and "search" in err
    assert cli.main(["./no-such-folder"]) == 2
    assert "no such file or folder: ./no-such-folder" in capsys.readouterr().err
