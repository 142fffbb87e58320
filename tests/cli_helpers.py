"""The command line run in the test's own process, as a user calls it."""

from __future__ import annotations

from tui.cli import main as cli


def run(capsys, *argv) -> tuple[int, str, str]:
    """(exit status, stdout, stderr) of `tally ARGV`; never a traceback."""
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err
