"""Indexing progress on stderr, for the command line."""

from __future__ import annotations

import sys
import time

from tui.cli.output import is_tty


BAR_DELAY = 0.5  # seconds of work before a bar is worth drawing


def progress_printer():
    """Progress on stderr: a rich bar on a terminal, a plain line every 100 files or 2 s
    when piped. The bar appears only once the work has taken BAR_DELAY: an update that finds
    nothing to do (most read commands) must not flash a bar every time."""
    from index.api import Progress

    if is_tty(sys.stderr):
        import threading

        from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
        from rich.progress import Progress as Bar

        from tui.cli.output import console

        bar = Bar(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), transient=True, console=console(sys.stderr))
        lock = threading.Lock()  # the timer thread and the updater both touch the bar
        state = {"task": None, "last": Progress(0, 0, "", "scan"), "over": False,
                 "armed": False}
        labels = {"scan": "scanning", "extract": "reading", "write": "indexing"}

        def draw(p: Progress) -> None:
            bar.update(state["task"], description=labels.get(p.phase, p.phase),
                       completed=p.done, total=p.total or None)

        def appear() -> None:
            with lock:
                if state["over"] or state["task"] is not None:
                    return
                bar.start()
                state["task"] = bar.add_task("scanning", total=None)
                draw(state["last"])

        timer = threading.Timer(BAR_DELAY, appear)
        timer.daemon = True

        def show(p: Progress) -> None:
            with lock:
                if state["over"]:
                    return
                if p.phase == "done":
                    state["over"] = True
                    timer.cancel()
                    if state["task"] is not None:
                        bar.stop()
                    return
                state["last"] = p
                if state["task"] is not None:
                    draw(p)
                elif not state["armed"]:  # the clock starts with the first report
                    state["armed"] = True
                    timer.start()

        return show

    state = {"last": 0.0, "done": -1}

    def plain(p: Progress) -> None:
        now = time.monotonic()
        if p.phase == "extract" and (p.done == p.total or p.done - state["done"] >= 100
                                     or now - state["last"] >= 2.0):
            sys.stderr.write(f"indexed {p.done}/{p.total} files\n")
            state["last"], state["done"] = now, p.done
        elif p.phase == "write" and p.done == 0 and p.total:
            sys.stderr.write(f"updating the search index ({p.total} articles)\n")
        sys.stderr.flush()

    return plain
