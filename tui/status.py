"""The status line under the panes: what the library holds, the search and where in its
hits the reader is, and what indexing is doing."""

from __future__ import annotations

from tui import render


def status_line(app) -> str:
    parts = [render.count(len(app.summaries), "article") + (" so far" if app.first_index
                                                             else ""),
             render.count(sum(a.figures for a in app.summaries), "figure")]
    skipped = len(app.skipped)
    if skipped:
        parts.append(f"{skipped} skipped (! lists them)")
    if app.search_result is not None:
        query = render.safe(app.search_result.query, one_line=True)
        query += "…" if app.search_prefix else ""  # `/Bakh…`: words that start so
        total = app.search_result.total
        if app.first_index:  # searched in the texts read so far, words only: say so
            parts.append(f"/{query}: {render.count(total, 'article')} of those read so far "
                         f"match{'es' if total == 1 else ''} (words only until indexed)")
        elif app.search_result.complete:
            parts.append(f"/{query}: {render.count(total, 'article')} "
                         f"match{'es' if total == 1 else ''}")
        else:  # the keystroke's time budget ran out: say what is known, not a count
            parts.append(f"/{query}: {total:,}+ articles match so far (enter: all)")
        if app.hit_list:
            i = "-" if app.hit_index is None else app.hit_index + 1
            parts.append(f"hit {i}/{len(app.hit_list)}")
        elif (files := app.matched_files()) and app.article and app.article.file in files:
            parts.append(f"article {files.index(app.article.file) + 1}/{len(files)}")
    if app.progress_note:
        parts.append(app.progress_note)
    return " · ".join(parts)
