"""What the reader does differently when `tally serve` shows it in a browser: the user's
files are on their own machine, not on the one that serves the reader."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from tui import render

EXPORT_NAME = "tally-figures.csv"


def deliver_figures(app, figures) -> None:
    """`ctrl+e` in a browser: the figures as a CSV download (Textual's deliver_text), written
    by the export dialog's own writer, so its formula guard applies too."""
    from tui.dialogs.export_dialog import write_figures

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / EXPORT_NAME
        write_figures(path, figures, "csv")
        text = path.read_text(encoding="utf-8")
    app.deliver_text(io.StringIO(text), save_filename=EXPORT_NAME, mime_type="text/csv")
    app.notify(f"Exported {render.count(len(figures), 'figure')} to {EXPORT_NAME} (a download)")
