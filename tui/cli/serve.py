"""`tally serve`: the reader in a browser, through textual-serve (the optional extra `web`).

Each browser tab that connects starts its own reader process (`python -m tally PATH`) whose
screen textual-serve relays over a websocket; those readers share the one library in the
cache folder like readers in several terminals do. There is no login: anyone who can reach
the port reads the library, so the server listens on this machine only unless told
otherwise.
"""

from __future__ import annotations

import logging
import shlex
import sys
from pathlib import Path

from tui.cli.parser import UsageError

log = logging.getLogger("tui.cli.serve")
LOCAL = ("127.0.0.1", "localhost", "::1")


def reader_command(root: Path) -> str:
    """The shell command textual-serve runs for each browser tab."""
    return shlex.join([sys.executable, "-m", "tally", str(root.resolve())])


def serve(root: Path, host: str, port: int) -> int:
    try:
        from textual_serve.server import Server
    except ImportError:
        raise UsageError("tally serve needs the web extra: pip install 'tally-reader[web]'"
                         ) from None
    if host not in LOCAL:
        sys.stderr.write(f"tally: note: listening on {host}: anyone who can reach port {port} "
                         "can read this library\n")
    command = reader_command(root)
    log.debug("serving %s on %s:%d", command, host, port)
    Server(command, host=host, port=port, title=f"tally: {root.name}").serve()
    return 0
