"""`?`: the keys of the focused pane and of the reader, plus a query cheat sheet."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Static

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
    table = Table(title=title, title_justify="left", show_header=False, box=None, expand=True)
    table.add_column("key", style="bold", width=16)
    table.add_column("does")
    for b in bindings:
        if b.description:
            table.add_row(_key(b, app), b.description)
    return table


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("q,escape,question_mark", "dismiss", "Close", id="help.close"),
    ]

    def __init__(self, focused: Widget | None):
        super().__init__()
        self.focused_widget = focused

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static(id="help-body")

    def on_mount(self) -> None:
        panes = []
        node = self.focused_widget
        while node is not None and node is not self.app and node is not self.app.screen:
            own = [b for b in getattr(node, "BINDINGS", []) if isinstance(b, Binding)]
            if own:
                name = PANE_NAMES.get(type(node).__name__, type(node).__name__)
                panes.append(keys_table(f"{name} (focused)", own, self.app))
            node = node.parent
        sheet = Table(title="Query language (Whoosh)", title_justify="left",
                      show_header=False, box=None, expand=True)
        sheet.add_column("query", style="bold cyan", width=40)
        sheet.add_column("finds")
        for q, what in QUERY_SHEET:
            sheet.add_row(q, what)
        extras = Table(title="Also", title_justify="left", show_header=False, box=None, expand=True)
        extras.add_column("key", style="bold", width=16)
        extras.add_column("does")
        for key, what in (("tab / shift+tab", "next / previous pane"),
                          ("1 2 3 4", "list, text, figures, timeline"),
                          ("< / >", "narrower / wider list"),
                          ("h / x", "hide the list / the bottom pane"),
                          ("ctrl+p", "every action, by name"),
                          ("ctrl+q", "quit from anywhere")):
            extras.add_row(key, what)
        from rich.console import Group

        body = Group(*panes, keys_table("Reader", self.app.BINDINGS, self.app), extras,
                     Text(""), sheet, Text("\nq or escape closes this help", style="dim"))
        self.body = body  # kept for tests and for copying
        self.query_one("#help-body", Static).update(body)

    def action_dismiss(self) -> None:
        self.dismiss(None)
