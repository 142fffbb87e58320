"""Every key of the reader in the command palette (`ctrl+p`), named by area and in words
("figures: next figure in the text"), with the key that does it.

Names are kept by binding id: a binding of a pane without a name here fails
`tests/test_app_keys.py`, so a new key cannot be left out of the palette."""

from __future__ import annotations

# binding id → the palette's name for what the key does
TITLES = {
    "app.search": "search: find articles (Whoosh query language)",
    "app.next_hit": "search: next hit (or next matching article)",
    "app.prev_hit": "search: previous hit (or previous matching article)",
    "app.next_figure": "figures: next figure in the text",
    "app.prev_figure": "figures: previous figure in the text",
    "app.figures": "figures: show the figures pane",
    "app.timeline": "timeline: show the timeline",
    "app.compare": "checking: claimants side by side, with the official record",
    "app.back": "jump: back",
    "app.forward": "jump: forward",
    "app.copy": "copy: sentence with its citation",
    "app.export": "export: what the bottom pane shows, to CSV or JSON Lines",
    "app.zoom": "view: zoom the focused pane (again: back)",
    "app.help": "help: keys of the focused pane and the query language",
    "app.skipped": "library: skipped files and why",
    "app.reindex": "library: index now (update the search index)",
    "app.quit": "quit tally",
    "app.escape": "cancel: stop indexing, leave the zoom or the search",
    "app.focus_list": "pane: article list",
    "app.focus_text": "pane: article text",
    "app.focus_figures": "pane: figures",
    "app.focus_timeline": "pane: timeline",
    "app.list_narrower": "view: narrower article list",
    "app.list_wider": "view: wider article list",
    "app.toggle_list": "view: hide or show the article list",
    "app.toggle_bottom": "view: hide or show figures and timeline",
    "app.half_down": "view: half a page down",
    "app.half_up": "view: half a page up",
    "app.open_url": "article: open its web address (URL) in the browser",
    "list.down": "list: next article",
    "list.up": "list: previous article",
    "list.top": "list: first article",
    "list.bottom": "list: last article",
    "text.down": "text: scroll down a line",
    "text.up": "text: scroll up a line",
    "text.top": "text: to the top",
    "text.bottom": "text: to the end",
    "text.page_down": "text: page down",
    "text.page_up": "text: page up",
    "figures.down": "figures: next row",
    "figures.up": "figures: previous row",
    "figures.top": "figures: first row",
    "figures.bottom": "figures: last row",
    "figures.scope": "figures: scope article / library / search result",
    "figures.sort": "figures: sort by the next column",
    "figures.reverse": "figures: reverse the order",
    "figures.filter": "figures: filter by claimant, metric, side, kind, value",
    "figures.trace": "figures: trace the figure's value (every claim of it, earliest first)",
    "text.trace": "text: trace the figure's value (every claim of it, earliest first)",
    "timeline.down": "timeline: next point",
    "timeline.up": "timeline: previous point",
    "timeline.top": "timeline: first point",
    "timeline.bottom": "timeline: last point",
    "timeline.metric": "timeline: next metric",
    "timeline.metric_back": "timeline: previous metric",
    "timeline.side": "timeline: whose losses (russia, ukraine, both, all)",
    "timeline.group": "timeline: group by claimant or by outlet",
    "timeline.scale": "timeline: chart cumulative / daily / officers ...",
    "search.older": "search: older query from the history",
    "search.newer": "search: newer query from the history",
    "search.close": "search: leave the search",
}

# Actions no key does, that the palette offers all the same: (title, app action).
UNBOUND = (
    ("library: cancel indexing", "cancel_indexing"),
    ("figures: clear the filter", "clear_figures_filter"),
)

# Textual's own entries that tally's keys already do: "Keys" is `?`, "Maximize" is `z`,
# "Quit" is `q`.
TEXTUAL_DUPLICATES = {"Keys", "Maximize", "Minimize", "Quit"}


def palette(app):
    """(title, key help, callback) for every key of the app and its panes that does
    something now, and the unbound actions; a pane's key first brings its pane forward."""
    from tui.panes.article_list import ArticleList
    from tui.panes.article_view import ArticleView
    from tui.panes.figures_pane import FiguresPane
    from tui.panes.search_bar import SearchInput
    from tui.panes.timeline_pane import TimelineList, TimelinePane

    for binding in app.BINDINGS:
        name = binding.action.split("(")[0]
        if binding.id in TITLES and app.applies(name) and (
                name != "escape" or app.check_action("escape", ())):
            yield (TITLES[binding.id], f"key {app.get_key_display(binding)}",
                   lambda action=binding.action: app.run_action(action))
    panes = ((ArticleList, 1), (ArticleView, 2), (FiguresPane, 3), (TimelinePane, 4),
             (TimelineList, 4), (SearchInput, 0))
    for cls, number in panes:
        widget = app.query_one(cls)
        for binding in cls.BINDINGS:
            if binding.id not in TITLES:
                continue

            def run(action=binding.action, widget=widget, number=number) -> None:
                if number:
                    app.action_focus_pane(number)
                else:
                    app.action_search()
                app.call_after_refresh(app.run_action, action, widget)

            yield TITLES[binding.id], f"key {app.get_key_display(binding)}", run
    for title, action in UNBOUND:
        if app.applies(action):
            yield title, "", lambda action=action: app.run_action(action)
