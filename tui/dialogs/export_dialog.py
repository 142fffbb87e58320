"""`ctrl+e`: write the figures the pane shows to a CSV or JSON Lines file the user names.

Never into the corpus folder, and never over an existing file, unless the user confirms (a
second press of Write); every error is shown in the dialog, never raised."""

from __future__ import annotations

import json
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Static

from index.model import Figure

from tui import render
from tui.cli.output import FIGURE_KEYS, figure_row, write_csv


def write_figures(path: Path, figures: list[Figure], fmt: str) -> None:
    """Write `figures` as `tally figures --csv` or `--json` would: the same columns, the same
    CSV writer (no cell can run as a spreadsheet formula)."""
    tmp = path.with_name(path.name + ".part")
    with tmp.open("w", encoding="utf-8", newline="") as out:
        if fmt == "csv":
            write_csv(FIGURE_KEYS, (figure_row(f) for f in figures), out)
        else:
            for f in figures:
                out.write(json.dumps(figure_row(f), ensure_ascii=False) + "\n")
    tmp.replace(path)


def free_name(path: Path) -> Path:
    """`path`, or `name-2.csv`, `name-3.csv`... if it exists: a second export in the same
    folder proposes a new file instead of the one written a minute ago."""
    n = 2
    candidate = path
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return candidate


def inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve() if folder.is_dir() else folder.resolve().parent)
        return True
    except (ValueError, OSError):
        return False


class ExportDialog(ModalScreen[Path | None]):
    """Dismisses with the written path, or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="export.cancel")]

    def __init__(self, figures: list[Figure], corpus: Path, what: str = "figures",
                 slug: str = ""):
        super().__init__()
        self.figures = figures
        self.corpus = corpus
        self.what = what  # the pane and its filter, in words
        self.slug = slug  # for the proposed file name
        self._confirm: Path | None = None  # a path in the corpus the user was warned of
        self._replace: Path | None = None  # an existing file the user was warned of

    def compose(self) -> ComposeResult:
        with Vertical(id="export"):
            yield Label(render.plain(f"Export {render.count(len(self.figures), 'figure')}: "
                                     f"{self.what}", one_line=True))
            name = f"tally-figures-{self.slug}.csv" if self.slug else "tally-figures.csv"
            yield Input(value=str(free_name(Path.cwd() / name)), id="export-path")
            with RadioSet(id="export-format"):
                yield RadioButton("CSV", value=True, id="fmt-csv")
                yield RadioButton("JSON Lines", id="fmt-jsonl")
            yield Static(id="export-message")
            with Horizontal(id="export-buttons"):
                yield Button("Write", variant="primary", id="export-write")
                yield Button("Cancel", id="export-cancel")

    def on_mount(self) -> None:
        self.query_one("#export-path", Input).focus()

    @property
    def fmt(self) -> str:
        return "jsonl" if self.query_one("#fmt-jsonl", RadioButton).value else "csv"

    def _say(self, text: str) -> None:
        self.query_one("#export-message", Static).update(render.plain(text))

    @on(RadioSet.Changed)
    def _format_changed(self) -> None:
        field = self.query_one("#export-path", Input)
        path = Path(field.value)
        if path.suffix.lower() in (".csv", ".jsonl", ".json"):
            field.value = str(path.with_suffix(".csv" if self.fmt == "csv" else ".jsonl"))

    @on(Input.Submitted)
    @on(Button.Pressed, "#export-write")
    def write(self) -> None:
        raw = self.query_one("#export-path", Input).value.strip()
        if not raw:
            self._say("Name a file to write.")
            return
        path = Path(raw).expanduser()
        if not path.is_absolute():
            path = Path.cwd() / path
        if inside(path, self.corpus) and self._confirm != path:
            self._confirm = path
            self._say("That file is inside the corpus folder, which tally never writes to "
                      "unless asked. Press Write again to write it there anyway.")
            return
        if path.is_dir():
            self._say(f"{path} is a folder: name a file.")
            return
        if path.exists() and self._replace != path:
            self._replace = path
            self._say(f"{path.name} already exists. Press Write again to replace it, or "
                      "name another file.")
            return
        try:
            write_figures(path, self.figures, self.fmt)
        except OSError as err:
            self._say(f"Cannot write {path}: {err.strerror or err}")
            return
        self.app.notify(render.safe(f"Wrote {render.count(len(self.figures), 'figure')} to {path}", True),
                        markup=False)
        self.dismiss(path)

    @on(Button.Pressed, "#export-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
