"""Search: `/` opens the input, the list narrows as the user types (debounced in the search
bar, run in a thread here), `enter` settles the query, `n` / `N` step through the hits.

A mixin of `TallyApp`: message handlers are found by name (`on_search_done`), which works
across the app's classes."""

from __future__ import annotations

import re

from textual import work
from textual.worker import get_current_worker

from index.api import QueryError

from tui.figure_filter import from_query
from tui.messages import QueryChanged, SearchClosed, SearchDone
from tui.panes.search_bar import SearchBar

TYPING_BUDGET = 0.08  # seconds of matching per keystroke; about 60,000 articles' worth

# The word being typed, at the end of the query: letters (a text field may name it), not
# an operator, not inside quotes, not a number, a range or a pattern already.
_LAST_WORD = re.compile(r"(?:^|[\s(])(?:(?:title|body|outlet|claimant):)?([^\W\d_][\w'-]*)$")
_OPERATORS = {"AND", "OR", "NOT", "TO"}


def as_you_type(query: str) -> str:
    """The query a keystroke searches: its last word as a prefix (`Bakh` finds Bakhmut), as
    lnav and less find while you type; `enter` searches the query as typed."""
    m = _LAST_WORD.search(query)
    if not m or query.count('"') % 2 or m.group(1) in _OPERATORS or len(m.group(1)) < 3:
        return query
    return query + "*"


class SearchFlow:
    def action_search(self) -> None:
        bar = self.query_one(SearchBar)
        bar.display = True
        self.focus_now(bar.input)

    def on_query_changed(self, message: QueryChanged) -> None:
        if not message.query.strip():
            self.clear_search(close=False)
            return
        self.run_search(message.query, message.final)

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, query: str, final: bool) -> None:
        if self.library is None:
            return
        try:
            # While typing, the top 50 are enough to narrow the list (a larger limit costs
            # snippets nobody reads yet); enter asks for more, for n / N across articles.
            # A keystroke's search has a time budget: over most of a large library it shows
            # the best of what it reached in time, and enter searches every article.
            asked = query if final else as_you_type(query)
            if self.first_index and hasattr(self.library, "scan"):
                # the search index comes at the end of a first index: the texts meanwhile
                result = self.library.scan(asked, limit=100 if final else 50)
            else:
                result = self.library.search(asked, limit=100 if final else 50,
                                             time_limit=None if final else TYPING_BUDGET)
            result.query = query  # as typed; `prefix` says the last word was a prefix
        except QueryError as err:
            message = str(err)
            if self.indexing and err.position is None and "search failed" in message:
                # the index is being rewritten under this search: not the query's fault
                message = "the index is being updated: the search runs again when it is done"
            self.post_message(SearchDone(query, None, message, err.position, final))
            return
        except Exception as err:  # a query must never take the reader down
            self.post_message(SearchDone(query, None, f"search failed: {err}", None, final))
            return
        if not get_current_worker().is_cancelled:
            self.mark_figures(query, result)
            self.post_message(SearchDone(query, result, final=final, prefix=asked != query))

    def mark_figures(self, query: str, result) -> None:
        """A query on fields only (`value:>500000`) marks no words: its hits are the figures
        it names, so the text marks them and n / N step through them."""
        terms = from_query(query)
        files = {h.file for h in result.hits if not h.hits}
        if not terms or not files:
            return
        spans: dict[str, list[tuple[int, int]]] = {}
        for f in self.library.figures(files=files):
            if terms.matches(f):
                spans.setdefault(f.file, []).append((f.start, f.end))
        for h in result.hits:
            if not h.hits and h.file in spans:
                h.hits = sorted(spans[h.file])

    def matched_files(self) -> list[str]:
        """The articles the current search matched, in the list's order."""
        return [h.file for h in self.search_result.hits] if self.search_result else []

    def on_search_done(self, message: SearchDone) -> None:
        bar = self.query_one(SearchBar)
        if message.query != bar.input.value:
            return  # an older query finished after the user typed on
        if message.result is None:
            bar.show_error(message.error, message.position)
            return
        bar.show_error(None)
        self.search_result = message.result
        self.search_prefix = message.prefix
        hit_list = [(h.file, s, e) for h in message.result.hits for s, e in h.hits]
        if hit_list != self.hit_list:  # the same hits again (a new index) keep "hit i/n"
            self.hit_index = None
        self.hit_list = hit_list
        keep = self.article.file if self.article else None
        self.article_list.show_hits(message.result.hits, message.result.total, keep=keep,
                                    complete=message.result.complete)
        if self.scope == "search":
            self._scope_figures()
        if message.final:
            # Enter: the query is settled, so its input gives its rows back to the text
            # (the status line names the search; `/` brings the input back to refine it).
            bar.display = False
            self.focus_now(self.article_list)
        if message.final and self.hit_list:
            self.hit_index = 0
            file, s, e = self.hit_list[0]
            self.open_article(file, hit=(s, e), sentence=self.sentence_at_in(file, (s, e)))
        elif message.final and message.result.hits:
            # A query on fields only (`value:>500000`) marks no words, yet it matched: open
            # its first article, or the text would show one the list no longer holds.
            first = message.result.hits[0].file
            if self.article is None or self.article.file != first:
                self.open_article(first)
        elif self.article is not None:
            hits = [(s, e) for f, s, e in self.hit_list if f == self.article.file]
            if hits != self.view.hits or self.view.current_hit:
                self.reopen(keep_hit=False)  # only when the open article's marks change
        self._status()
        self.refresh_bindings()

    def clear_search(self, close: bool = True) -> None:
        self.search_result = None
        self.hit_list = []
        self.hit_index = None
        bar = self.query_one(SearchBar)
        bar.show_error(None)
        if close:
            bar.display = False
        keep = self.article.file if self.article else None
        self.article_list.show_articles(self.summaries, keep=keep, skipped=self.skipped)
        if self.scope == "search":
            # no search left to show figures of: the pane goes back to the open article
            self.scope = "article"
            self._scope_figures()
        self.reopen(keep_hit=False)
        self._status()
        self.refresh_bindings()

    def on_search_closed(self, message: SearchClosed | None = None) -> None:
        self.query_one(SearchBar).input.value = ""
        self.clear_search()
        self.focus_now(self.article_list)

    def action_hit(self, step: int) -> None:
        if not self.hit_list:
            # A query on fields only (`value:>500000`) marks no words: n / N step through
            # the articles it matched instead, in the list's order.
            files = self.matched_files()
            if not files:
                return
            current = self.article.file if self.article else None
            # from outside the matches, n starts at the first and N at the last
            at = files.index(current) if current in files else (-1 if step > 0 else 0)
            self.open_article(files[(at + step) % len(files)])
            return
        if self.hit_index is None:
            self.hit_index = 0 if step > 0 else len(self.hit_list) - 1
        else:
            self.hit_index = (self.hit_index + step) % len(self.hit_list)
        file, s, e = self.hit_list[self.hit_index]
        self.open_article(file, hit=(s, e), sentence=self.sentence_at_in(file, (s, e)))

