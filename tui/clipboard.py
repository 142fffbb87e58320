"""Where `y` copies to besides the terminal's clipboard.

Textual copies with OSC 52, an escape sequence the terminal turns into a clipboard write.
Some places never pass it on: tmux without `set-clipboard on`, macOS Terminal, terminals with
the feature switched off. So the text also goes to
- tmux's paste buffer when tally runs inside tmux (`prefix ]` pastes it; with `-w`, tmux 3.2+
  also hands it to the outer terminal's clipboard as far as tmux is allowed to), and
- the desktop's clipboard when there is one on this machine (pbcopy on macOS, wl-copy, xclip
  or xsel under Wayland or X11), through pyperclip.
Over SSH without a display only OSC 52 can reach the user's machine; nothing else is tried.
Each copy runs in a thread of its own with a timeout: a clipboard tool that hangs never
holds the reader.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading

TIMEOUT = 3.0  # seconds for one clipboard tool


def places(env: dict[str, str] | None = None) -> list[str]:
    """The places besides the terminal that a copy goes to here."""
    env = os.environ if env is None else env
    found = []
    if env.get("TMUX") and shutil.which("tmux"):
        found.append("tmux buffer")
    if sys.platform == "darwin" or env.get("WAYLAND_DISPLAY") or env.get("DISPLAY"):
        found.append("system clipboard")
    return found


def copy_elsewhere(text: str, env: dict[str, str] | None = None,
                   wait: bool = False) -> list[str]:
    """Start copying `text` to every place of `places()`; returns their names. With `wait`
    (tests), returns only when each tool has finished or timed out."""
    where = places(env)
    threads = []
    if "tmux buffer" in where:
        threads.append(threading.Thread(target=_tmux, args=(text,), daemon=True))
    if "system clipboard" in where:
        threads.append(threading.Thread(target=_system, args=(text,), daemon=True))
    for thread in threads:
        thread.start()
    if wait:
        for thread in threads:
            thread.join(TIMEOUT * 2 + 1)
    return where


def _tmux(text: str) -> None:
    data = text.encode("utf-8")
    for command in (["tmux", "load-buffer", "-w", "-"], ["tmux", "load-buffer", "-"]):
        try:  # -w (pass it on to the outer clipboard) is tmux 3.2+; older ones refuse it
            done = subprocess.run(command, input=data, capture_output=True, timeout=TIMEOUT)
        except (OSError, subprocess.SubprocessError):
            return
        if done.returncode == 0:
            return


def _system(text: str) -> None:
    try:
        import pyperclip

        pyperclip.copy(text)
    except Exception:  # noqa: BLE001  no usable tool (pyperclip raises its own kinds): OSC 52 only
        pass
