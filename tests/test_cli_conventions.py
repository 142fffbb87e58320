"""The command line's conventions as a shell user meets them: commands listed in --help,
choices offered, -V, --verbose, completion on TAB, `python -m tally`, and a clear message when
another package takes the name `index` or `tui`."""

from __future__ import annotations

import importlib.metadata
import shutil
import subprocess
import sys

import pytest

from tests.conftest import REPO
from tui.cli import main as cli
from tui.cli.parser import COMMANDS, EXTERNAL, completion


def run(capsys, *argv) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_help_lists_every_command_with_its_one_line_summary(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0
    lines = {line.split()[0]: line for line in out.splitlines() if line.startswith("    ")}
    summaries = {name: summary for name, (summary, _) in COMMANDS.items()} | EXTERNAL
    for name, summary in summaries.items():
        assert name in lines, name
        assert lines[name].split(None, 1)[1].strip() in summary  # the summary's first line


def test_minus_v_is_the_installed_version(capsys):
    _, short, _ = run(capsys, "-V")
    _, long, _ = run(capsys, "--version")
    assert short == long == f"tally {importlib.metadata.version('tally-reader')}\n"


def test_metric_and_side_offer_their_choices(capsys):
    _, out, _ = run(capsys, "figures", "--help")
    assert "tanks" in out and "personnel_killed" in out and "russia, ukraine, both" in out
    _, out, _ = run(capsys, "timeline", "--help")
    assert "any" in out and "[personnel]" in out


def test_verbose_logs_on_stderr_before_or_after_the_command(capsys, tmp_path, samples_dir):
    for argv in (["--verbose", "articles", samples_dir], ["articles", samples_dir, "--verbose"]):
        code, out, err = run(capsys, *argv)
        assert code == 0 and out
        assert "tally: DEBUG: tui.cli: library of" in err and "updated in" in err
    code, _, err = run(capsys, "articles", samples_dir)
    assert code == 0 and "DEBUG" not in err


def test_verbose_shows_the_traceback_of_a_failure(capsys, samples_dir, monkeypatch):
    from index.library import Library

    def boom(self, *a, **k):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(Library, "articles", boom)
    code, _, err = run(capsys, "articles", samples_dir, "--verbose")
    assert code == 1 and "Traceback" in err and "disk on fire" in err


@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash on this machine")
@pytest.mark.parametrize("words, expected", [
    (["tally", ""], {"index", "articles", "search", "figures", "timeline", "serve", "check",
                     "trace", "compare", "reference"}),
    (["tally", "fig"], {"figures"}),
    (["tally", "figures", "--metric", "ta"], {"tanks"}),
    (["tally", "timeline", "--side", ""], {"russia", "ukraine", "both", "any"}),
])
def test_bash_completes_commands_and_choices(tmp_path, words, expected):
    script = tmp_path / "tally.bash"
    script.write_text(completion("bash"), encoding="utf-8")
    array = " ".join(f"'{w}'" for w in words)
    shell = (f"source {script}; COMP_WORDS=({array}); COMP_CWORD={len(words) - 1}; "
             f"COMP_LINE='{' '.join(words)}'; COMP_POINT=${{#COMP_LINE}}; "
             f"_shtab_tally; printf '%s\\n' \"${{COMPREPLY[@]}}\"")
    done = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, timeout=20)
    assert done.returncode == 0, done.stderr
    assert set(done.stdout.split()) == expected


@pytest.mark.parametrize("shell, check", [("zsh", ["zsh", "-n"]), ("fish", ["fish", "-n"])])
def test_zsh_and_fish_scripts_parse(tmp_path, shell, check):
    text = completion(shell)
    assert "figures" in text and "tanks" in text
    if shutil.which(check[0]) is None:
        pytest.skip(f"no {shell} here to parse the script")
    script = tmp_path / f"tally.{shell}"
    script.write_text(text, encoding="utf-8")
    done = subprocess.run([*check, str(script)], capture_output=True, text=True, timeout=20)
    assert done.returncode == 0, done.stderr


@pytest.mark.skipif(shutil.which("fish") is None, reason="no fish on this machine")
def test_fish_completes_commands_and_metrics(tmp_path):
    script = tmp_path / "tally.fish"
    script.write_text(completion("fish"), encoding="utf-8")
    done = subprocess.run(["fish", "--no-config", "-c", f"source {script}; complete -C 'tally '; "
                           "echo ---; complete -C 'tally figures --metric ta'"],
                          capture_output=True, text=True, timeout=20)
    commands, metrics = done.stdout.split("---")
    assert {line.split("\t")[0] for line in commands.strip().splitlines()} >= {*COMMANDS, *EXTERNAL}
    assert metrics.split()[0] == "tanks"


def test_python_minus_m_tally_runs_the_command_line(tmp_path):
    done = subprocess.run([sys.executable, "-m", "tally", "-V"], capture_output=True,
                          text=True, timeout=60, cwd=tmp_path)
    assert done.returncode == 0 and done.stdout.startswith("tally ")


def test_a_module_named_index_in_the_way_is_named_not_a_traceback(tmp_path):
    (tmp_path / "index.py").write_text("raise SystemExit('not tally')\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "tally", "-V"], capture_output=True,
                          text=True, timeout=60, cwd=tmp_path)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert f"the module 'index' is {tmp_path / 'index.py'}" in done.stderr
    assert str(REPO / "index") in done.stderr or "tally's" in done.stderr


def test_serve_help_warns_that_the_port_opens_the_library(capsys):
    code, out, _ = run(capsys, "serve", "--help")
    assert code == 0 and "anyone who can reach the port can read" in " ".join(out.split())
    assert "127.0.0.1" in out


def test_serve_without_the_web_extra_says_how_to_get_it(capsys, monkeypatch, samples_dir):
    monkeypatch.setitem(sys.modules, "textual_serve.server", None)  # as if not installed
    code, out, err = run(capsys, "serve", samples_dir)
    assert code == 2 and out == ""
    assert "pip install 'tally-reader[web]'" in err
