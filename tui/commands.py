"""Every reader action in the command palette (`ctrl+p`), named by area and in words
("figures: next figure in the text"), with the key that does it."""

from __future__ import annotations

# (title, action); the key is read from the bindings, so a remapped key shows as remapped.
COMMANDS = (
    ("search: find articles (Whoosh query language)", "search"),
    ("search: next hit", "hit(1)"),
    ("search: previous hit", "hit(-1)"),
    ("figures: show the figures pane", "show_figures"),
    ("figures: next figure in the text", "step_figure(1)"),
    ("figures: previous figure in the text", "step_figure(-1)"),
    ("figures: scope article / library / search result", "figures_scope"),
    ("timeline: show the timeline", "show_timeline"),
    ("checking: claimants side by side, with the official record", "compare"),
    ("jump: back", "back"),
    ("jump: forward", "forward"),
    ("copy: sentence with its citation", "copy_sentence"),
    ("export: figures shown to CSV or JSON Lines", "export"),
    ("view: zoom the focused pane", "zoom"),
    ("view: narrower article list", "resize_list(-1)"),
    ("view: wider article list", "resize_list(1)"),
    ("view: hide or show the article list", "toggle_list"),
    ("view: hide or show figures and timeline", "toggle_bottom"),
    ("pane: article list", "focus_pane(1)"),
    ("pane: article text", "focus_pane(2)"),
    ("pane: figures", "focus_pane(3)"),
    ("pane: timeline", "focus_pane(4)"),
    ("library: skipped files and why", "skipped"),
    ("library: index now (update the search index)", "reindex"),
    ("library: cancel indexing", "cancel_indexing"),
    ("help: keys of the focused pane and the query language", "help"),
)


def key_help(app, action: str) -> str:
    """`key ]` for the binding that runs `action`, or "" when no key does."""
    for binding in app.BINDINGS:
        if binding.action == action:
            return f"key {app.get_key_display(binding)}"
    return ""
