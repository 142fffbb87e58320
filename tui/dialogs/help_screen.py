"""`?`: the keys of the focused pane and of the reader, plus a query cheat sheet."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Static

from tui.dialogs.reading_dialog import ReadingDialog

QUERY_SHEET = [
    ("Bakhmut", "articles that name Bakhmut"),
    ('"General Staff"', "a phrase"),
    ("tanks AND drones", "both words (AND is the default)"),
    ("tanks OR drones / NOT", "either word / exclude"),
    ("casualt*  /  Bakhmutt~", "prefix / fuzzy"),
    ('claimant:"UK Ministry of Defence"', "figures claimed by a source"),
    ("metric:tanks  side:russia", "what is counted, whose losses"),
    ("value:>500000", "figures above a value"),
    ("published:2024  published:[2023-01 TO 2023-06]", "dates and ranges"),
    ("title:  body:  outlet:", "search one field"),
]


PANE_NAMES = {
    "ArticleList": "Article list",
    "ArticleView": "Article text",
    "FiguresPane": "Figures",
    "TimelineList": "Timeline list",
    "TimelinePane": "Timeline",
    "SearchInput": "Search",
}


def _key(binding: Binding, app) -> str:
    return binding.key_display or ", ".join(app.get_key_display(Binding(k.strip(), ""))
                                            for k in binding.key.split(","))


def keys_table(title: str, bindings, app) -> Table:
    table = Table(title=title, title_justify="left", title_style="bold underline",
                  show_header=False, box=None)
    table.add_column("key", style="bold cyan", min_width=18, max_width=18)
    table.add_column("does")
    for b in bindings:
        if b.description:
            table.add_row(_key(b, app), b.description)
    return table


class HelpScreen(ReadingDialog):
    SCROLL_ID = "help"
    BINDINGS = [
        Binding("q,escape,question_mark", "dismiss", "Close", id="help.close"),
        Binding("j", "scroll('down')", "Down", show=False, id="help.down"),
        Binding("k", "scroll('up')", "Up", show=False, id="help.up"),
    ]

    def __init__(self, focused: Widget | None):
        super().__init__()
        self.focused_widget = focused

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static(id="help-body")
        yield Footer()  # "q Close" where the reader's keys were

    def on_mount(self) -> None:
        panes = []
        node = self.focused_widget
        while node is not None and not isinstance(node, Screen):
            own = [b for b in getattr(node, "BINDINGS", []) if isinstance(b, Binding)]
            if own:
                name = PANE_NAMES.get(type(node).__name__, type(node).__name__)
                panes.append(keys_table(f"{name} (focused)", own, self.app))
            node = node.parent
        sheet = Table(title="Query language (Whoosh)", title_justify="left",
                      title_style="bold underline", show_header=False, box=None)
        sheet.add_column("query", style="bold cyan", min_width=18)
        sheet.add_column("finds")
        for q, what in QUERY_SHEET:
            sheet.add_row(q, what)
        extras = Table(title="Also", title_justify="left", title_style="bold underline",
                       show_header=False, box=None)
        extras.add_column("key", style="bold cyan", min_width=18, max_width=18)
        extras.add_column("does")
        for key, what in (("tab / shift+tab", "next / previous pane"),
                          ("ctrl+p", "every action, by name"),
                          ("ctrl+q", "quit from anywhere")):
            extras.add_row(key, what)
        from rich.console import Group

        keys = Group(*panes, keys_table("Reader", self.app.BINDINGS, self.app), extras)
        queries = Group(sheet, Text("\nq or escape closes this help", style="dim"))
        if self.app.size.width >= 110:
            # side by side on a wide terminal: everything in view without scrolling
            body = Table.grid(padding=(0, 4))
            body.add_row(keys, queries)
        else:
            body = Group(keys, Text(""), queries)
        self.body = Group(keys, queries)  # kept for tests
        self.query_one("#help-body", Static).update(body)
