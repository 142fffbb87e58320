"""The headless commands' output: articles, search, figures, timeline (see PRODUCT.md for the
JSON shapes, which are a contract: keys exactly as written there)."""

from __future__ import annotations

import sys

from tui import render
from tui.cli.output import (FIGURE_KEYS, clean, console, highlighted, is_tty, table,
                            value_text, write_csv, write_jsonl)

ARTICLE_KEYS = ["file", "title", "outlet", "url", "published", "published_from", "words",
                "figures"]
# PRODUCT.md's point plus "metric": a group ("personnel") mixes killed and killed+wounded,
# and a reader of the JSON must be able to tell them apart
POINT_KEYS = ["as_of", "estimated", "value", "upper", "approx", "kind", "metric", "file",
              "start", "sentence"]


def articles(library, args) -> int:
    rows = library.articles()
    if args.json:
        write_jsonl({k: getattr(a, k) for k in ARTICLE_KEYS} for a in rows)
        return 0
    # an article dated only by an estimate shows it as ~date, as `tally figures` does:
    # `published:` queries match it, so the list must not show it as undated
    table(["file", "published", "from", "outlet", "figures", "title"],
          [[a.file, _published(a), a.published_from or ("estimate" if _published(a) else ""),
            a.outlet or "", a.figures,
            a.title + (f"  (duplicate of {a.duplicate_of})" if a.duplicate_of else "")]
           for a in rows])
    return 0


def _published(a) -> str:
    return render.dated(a.published, a.published_estimate, undated="")


def search(library, args) -> int:
    result = library.search(args.query, limit=args.limit)
    if args.json:
        write_jsonl({"file": h.file, "title": h.title, "score": round(h.score, 4),
                     "snippet": h.snippet, "hits": [list(s) for s in h.hits]}
                    for h in result.hits)
        return 0
    tty = is_tty(sys.stdout)
    out = console()
    shown = len(result.hits)
    for rank, hit in enumerate(result.hits, 1):
        head = f"{rank}. {clean(hit.file)}  ({hit.score:.2f}, {render.count(len(hit.hits), 'hit')})"
        out.print(head, style="bold" if tty else None)
        out.print("   " + _shorten(clean(hit.title), 160))
        snippet = highlighted(hit.snippet, hit.snippet_hits, tty)
        if tty:
            out.print("   ", snippet, sep="")
        else:
            out.print("   " + snippet)
    if result.total > shown:
        sys.stdout.flush()
        sys.stderr.write(f"{shown} of {result.total} matching articles shown; "
                         "use --limit for more\n")
    return 0


def _shorten(text: str, width: int) -> str:
    """A title that is a whole paragraph (scraped pages) is cut at a word, with an ellipsis."""
    if len(text) <= width:
        return text
    cut = text.rfind(" ", 0, width)
    return text[:cut if cut > width // 2 else width].rstrip() + "…"


def _figure_row(fig) -> dict:
    return {k: getattr(fig, k) for k in FIGURE_KEYS}


def figures(library, args) -> int:
    figs = library.figures(metric=args.metric, side=args.side, claimant=args.claimant)
    if args.json:  # "check": the General Staff bulletin it matches or differs from, or null
        write_jsonl(_figure_row(f) | {"check": c and c.as_json()}
                    for f, c in zip(figs, library.checks(figs)))
        return 0
    if args.csv:
        write_csv(FIGURE_KEYS, (_figure_row(f) for f in figs))
        return 0
    table(["file", "as of", "value", "metric", "side", "claimant", "kind", "text"],
          [[f.file, f.as_of or (f"~{f.as_of_estimate}" if f.as_of_estimate else ""),
            value_text(f.value, f.upper, f.approx), f.metric, f.side or "",
            f.claimant or "", f.kind, f.text] for f in figs])
    return 0


def timeline(library, args) -> int:
    side = None if args.side == "any" else (args.side or "russia")
    series = library.timeline(metric=args.metric or "personnel", side=side, by=args.by)
    if args.json:
        write_jsonl({"metric": s.metric, "side": s.side, "by": s.by, "source": s.source,
                     "points": [{k: getattr(p, k) for k in POINT_KEYS} for p in s.points]}
                    for s in series)
        return 0
    lines = []
    for s in series:
        lines.append(f"{clean(s.source)}: {s.metric}, {s.side or 'any side'}, {s.kind} "
                     f"({render.count(len(s.points), 'figure')})")
        # each point says what it counts: a group mixes killed and killed+wounded
        values = [value_text(p.value, p.upper, p.approx) for p in s.points]
        width = max(len(p.metric) for p in s.points)
        wide = max(18, *map(len, values))  # "approximately 70,000-80,000" keeps columns
        for p, value in zip(s.points, values):
            date = (f"~{p.as_of}" if p.estimated else p.as_of) if p.as_of else "undated"
            lines.append(f"  {date:<12} {value:>{wide}}  {p.metric:<{width}}  {clean(p.file)}")
    if lines:
        sys.stdout.write("\n".join(lines) + "\n")
    else:
        sys.stdout.flush()
        sys.stderr.write(f"tally: note: no {args.metric or 'personnel'} figures"
                         + (f" for side {side}" if side else "")
                         + "; try another --metric or --side any\n")
    return 0
