"""Turning measurements into the table in bench/README.md: one column per corpus size, the
targets of issue 4 beside them, and the machine that produced them."""

from __future__ import annotations

import json
import os
import platform
import re
import subprocess
from dataclasses import asdict
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path

from bench.measure import median
from bench.run import Results

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results.json"
README = HERE / "README.md"
BEGIN, END = "<!-- results:begin -->", "<!-- results:end -->"


def summarise(res: Results) -> dict:
    """The numbers the table shows, as medians (p95 where said)."""
    full = [r.wall for r in res.full if r.rc == 0]
    wall = median(full)
    c = res.counts
    row = {
        "size": res.size, "repeat": res.repeat,
        "full_s": wall,
        "articles": c.get("articles"), "figures": c.get("figures"),
        "sentences": c.get("sentences"), "sentences_estimated": c.get("sentences_estimated"),
        "articles_per_s": c["articles"] / wall if c.get("articles") and full else None,
        "sentences_per_s": c["sentences"] / wall if c.get("sentences") and full else None,
        "cpu_s": median([r.cpu_s for r in res.full if r.rc == 0]),
        "maxrss_mb": median([r.maxrss_mb for r in res.full]),
        "tree_mb": median([r.tree_mb for r in res.full]),
        "index_mb": median(res.index_mb),
        "unchanged_s": median(res.unchanged),
        "edited_s": median(res.edited),
        "cpu_main_s": median([r.cpu_main_s for r in res.full if r.rc == 0]),
        "unchanged_cpu_s": median(res.unchanged_cpu),
        "edited_cpu_s": median(res.edited_cpu),
        "fresh_search_cpu_s": median(res.fresh_search_cpu),
        "open_s": res.queries.get("open_s"),
        "queries": res.queries.get("queries", {}),
        "fresh_search_s": median(res.fresh_search),
        "failures": res.failures,
    }
    for key in ("import_s", "usable_s", "checked_s", "keystroke_s", "keystroke_common_s",
                "enter_s", "reindex_s"):
        vals = [r[key] for r in res.reader if r.get(key) is not None]
        row[key] = median(vals) if vals else None
    row["reader_runs"] = len(res.reader)
    row["reader_crashes"] = res.reader_crashes
    row["load"] = [round(x, 1) for x in res.load]
    return row


def machine() -> dict:
    mem = 0
    try:
        with open("/proc/meminfo") as fh:
            mem = int(re.search(r"MemTotal:\s+(\d+)", fh.read()).group(1)) / 2**20
    except (OSError, AttributeError):
        pass

    def version(dist: str) -> str:
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            return "absent"

    try:
        commit = subprocess.run(["git", "describe", "--always", "--dirty"], cwd=HERE,
                                capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        commit = ""
    return {
        "commit": commit or "unknown",
        "cores": os.cpu_count(), "ram_gib": round(mem, 1),
        "python": platform.python_version(), "platform": platform.platform(terse=True),
        "textual": version("textual"), "whoosh": f"whoosh3 {version('whoosh3')}",
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    }


def record(row: dict, command: str) -> dict:
    """Merge this size's row into bench/results.json (other sizes keep their last run)."""
    data = json.loads(RESULTS.read_text()) if RESULTS.exists() else {"sizes": {}}
    row = dict(row, machine=machine(), command=command)
    data["sizes"][str(row["size"])] = row
    RESULTS.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n")
    return data


# (label, key in row or callable, unit formatter, target: (size, limit, how it is judged))
def _q(name: str, stat: str):
    return lambda row: (row.get("queries") or {}).get(name, {}).get(stat)


def _ms(x):
    return None if x is None else 1000 * x


LINES = [
    ("full `tally index`, s", "full_s", "{:.1f}", (100000, 300, "median")),
    ("full index, CPU s (all processes; contention-proof)", "cpu_s", "{:.1f}", None),
    ("full index, CPU s of the main process (catalog + Whoosh writer)", "cpu_main_s", "{:.1f}",
     None),
    ("cores kept busy by the full index (CPU s / wall s)",
     lambda r: r["cpu_s"] / r["full_s"] if r.get("cpu_s") and r.get("full_s") else None,
     "{:.2f}", None),
    ("articles/s", "articles_per_s", "{:.0f}", None),
    ("sentences/s of extraction", "sentences_per_s", "{:.0f}", None),
    ("articles / figures indexed", lambda r: (r.get("articles"), r.get("figures")), None, None),
    ("peak memory, largest process, MB", "maxrss_mb", "{:.0f}", (10000, 300, "median")),
    ("peak memory, process tree, MB", "tree_mb", "{:.0f}", None),
    ("index on disk, MB", "index_mb", "{:.0f}", None),
    ("re-run, unchanged corpus, s", "unchanged_s", "{:.2f}", (10000, 1.0, "median")),
    ("re-run, unchanged corpus, CPU s", "unchanged_cpu_s", "{:.2f}", None),
    ("re-run, 100 edited + 10 deleted, s", "edited_s", "{:.2f}", (10000, 0.5, "median")),
    ("re-run, 100 edited + 10 deleted, CPU s", "edited_cpu_s", "{:.2f}", None),
    ("Library open + first query, in process, ms", lambda r: _ms(r.get("open_s")), "{:.0f}", None),
]
for _name, _lim in (("selective term", {10000: 25, 100000: 50}), ("common AND", {10000: 60}),
                    ("phrase", {10000: 60}), ("fuzzy", {}), ("prefix", {}),
                    ("claimant:", {}), ("value:>500000", {})):
    LINES.append((f"query {_name}: p50 ms", _q(_name, "p50_ms"), "{:.1f}",
                  (10000, _lim[10000], "p50") if _name in ("common AND", "phrase") else None))
    LINES.append((f"query {_name}: p95 ms", _q(_name, "p95_ms"), "{:.1f}",
                  [(s, v, "p95") for s, v in _lim.items()] if _name == "selective term" else None))
    LINES.append((f"query {_name}: CPU p50 ms", _q(_name, "cpu_p50_ms"), "{:.1f}", None))
    LINES.append((f"query {_name}: matching articles", _q(_name, "total"), "{}", None))
LINES += [
    ("fresh process to first result (`tally search`), ms",
     lambda r: _ms(r.get("fresh_search_s")), "{:.0f}", None),
    ("same, CPU ms", lambda r: _ms(r.get("fresh_search_cpu_s")), "{:.0f}", None),
    ("reader: import of the app, ms", lambda r: _ms(r.get("import_s")), "{:.0f}", None),
    ("reader: construction to list shown, ms", lambda r: _ms(r.get("usable_s")), "{:.0f}",
     (10000, 500, "median")),
    ("reader: construction to change check done, ms", lambda r: _ms(r.get("checked_s")),
     "{:.0f}", None),
    ("reader: last keystroke to updated list (`Kristoffersen`), ms", lambda r: _ms(r.get("keystroke_s")),
     "{:.0f}", (10000, 100, "median")),
    ("reader: same, a common word (`kremlin`), ms", lambda r: _ms(r.get("keystroke_common_s")),
     "{:.0f}", None),
    ("reader: enter to updated list, ms", lambda r: _ms(r.get("enter_s")), "{:.0f}", None),
    ("reader: `r` after 100 edited + 10 deleted, to the updated list, s",
     "reindex_s", "{:.2f}", (10000, 0.5, "median")),
    ("reader: runs that crashed / finished", lambda r: (r.get("reader_crashes"),
                                                       r.get("reader_runs")), None, None),
]


def _value(row: dict, key):
    return key(row) if callable(key) else row.get(key)


def _fmt(value, fmt) -> str:
    if value is None or value != value:  # None or NaN
        return "–"
    if isinstance(value, tuple):
        return " / ".join("–" if v is None else f"{v:,}" for v in value)
    return fmt.format(value) if fmt else str(value)


def _targets(target) -> list[tuple[int, float, str]]:
    if target is None:
        return []
    return target if isinstance(target, list) else [target]


def table(data: dict) -> str:
    sizes = sorted(data["sizes"], key=int)
    rows = [data["sizes"][s] for s in sizes]
    head = "| measure | " + " | ".join(f"{int(s):,}" for s in sizes) + " | target (issue 4) |"
    lines = [head, "|---" * (len(sizes) + 2) + "|"]
    for label, key, fmt, target in LINES:
        cells = [_fmt(_value(r, key), fmt) for r in rows]
        verdicts = []
        for size, limit, how in _targets(target):
            row = data["sizes"].get(str(size))
            got = _value(row, key) if row else None
            if got is None or got != got:
                verdicts.append(f"<= {limit:g} at {size // 1000}k ({how}): not measured")
            elif got <= limit:
                verdicts.append(f"<= {limit:g} at {size // 1000}k ({how}): **met**")
            else:
                by = (f"+{100 * (got / limit - 1):.0f} %" if got < 2 * limit
                      else f"{got / limit:.1f}x")
                verdicts.append(f"<= {limit:g} at {size // 1000}k ({how}): **missed, {by}**")
        lines.append(f"| {label} | " + " | ".join(cells) + f" | {'; '.join(verdicts)} |")
    return "\n".join(lines)


def describe(data: dict) -> str:
    parts = []
    for s in sorted(data["sizes"], key=int):
        row = data["sizes"][s]
        m = row["machine"]
        parts.append(
            f"- {int(s):,} articles: {m['date']}, tally {m.get('commit', '?')}, {m['cores']} cores, {m['ram_gib']} GiB, "
            f"Python {m['python']}, textual {m['textual']}, {m['whoosh']}, {row['repeat']} "
            f"full run(s), 1-min load average after each: "
            f"{', '.join(map(str, row.get('load') or [])) or '?'}; `{row['command']}`")
        for failure in row.get("failures") or []:
            parts.append(f"  - failed: {failure}")
    return "\n".join(parts)


def update_readme(data: dict) -> None:
    """Replace the results block in bench/README.md (text outside it is kept)."""
    block = f"{BEGIN}\n{table(data)}\n\nMeasured:\n{describe(data)}\n{END}"
    text = README.read_text(encoding="utf-8") if README.exists() else f"# Benchmarks\n\n{BEGIN}\n{END}\n"
    if BEGIN in text and END in text:
        text = text[: text.index(BEGIN)] + block + text[text.index(END) + len(END):]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    README.write_text(text, encoding="utf-8")


def as_json(res: Results) -> dict:
    d = asdict(res)
    for run in d["full"]:
        run.pop("stdout", None)
        run.pop("stderr", None)
    return d
