"""An in-memory LibraryAPI over the sample articles plus one hostile article.

The reader's tests drive the screens with it where the real index would only add noise
(slow indexing, figures that change as the extractor improves). Its figures are a hand-picked
subset of what a careful reader finds in the samples, located by their text.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from index.api import (
    ArticleSummary,
    Hit,
    Progress,
    QueryError,
    SearchResult,
    Series,
    UpdateReport,
)
from index.model import Article, Figure, Sentence, Skip
from index.timeline import timeline as build_timeline

SAMPLES = Path(__file__).resolve().parents[1] / "sample_articles"

HOSTILE_FILE = "zz_hostile.txt"
HOSTILE_TEXT = (
    "Markup [bold red]x[/] in a title\n"
    "An article may say [bold red]x[/], [link=file:///etc/passwd]y[/link] or "
    "[@click=app.quit]z and claim 4,200 losses.\n"
    "Nothing in it may change how the screen is drawn."
)

# (file prefix, text as printed, metric, side, claimant, kind, as_of, as_of_estimate)
FIGURES = [
    ("000", "150,000", "personnel_killed", "both", "Western intelligence", "cumulative", None, "2023-02-16"),
    ("000", "180,000", "personnel_casualties", "russia", "Eirik Kristoffersen (Norway)", "cumulative", None, "2023-02-16"),
    ("000", "200,000", "personnel_casualties", "russia", "US officials", "cumulative", None, None),
    ("000", "139,000", "personnel_casualties", "russia", "General Staff of Ukraine", "cumulative", None, "2023-02-16"),
    ("001", "300,000", "troops_deployed", "russia", "Russian officials", "cumulative", "2024-12-16", None),
    ("001", "765,110", "personnel_casualties", "russia", "General Staff of Ukraine", "cumulative", "2024-12-16", None),
    ("001", "1,600", "personnel_casualties", "russia", "General Staff of Ukraine", "daily", "2024-12-16", None),
    ("001", "198,000", "personnel_killed", "russia", "Volodymyr Zelensky", "cumulative", "2024-12-16", None),
    ("002", "500,080", "personnel_killed", "russia", "General Staff of Ukraine", "cumulative", "2024-05-20", None),
    ("002", "7,650", "tanks", "russia", "General Staff of Ukraine", "cumulative", "2024-05-20", None),
    ("002", "450,000", "personnel_killed", "russia", "UK Ministry of Defence", "cumulative", None, None),
    ("003", "1,020,010", "personnel_casualties", "russia", "General Staff of Ukraine", "cumulative", "2025-01-06", None),
    ("003", "10,980", "tanks", "russia", "General Staff of Ukraine", "cumulative", "2025-01-06", None),
    ("004", "1,030", "personnel_killed", "russia", "General Staff of Ukraine", "daily", None, "2023-02-14"),
    ("004", "133,190", "personnel_killed", "russia", "General Staff of Ukraine", "cumulative", None, "2023-02-14"),
    ("004", "6,500", "personnel_casualties", "ukraine", "Russian Ministry of Defence", "period", None, None),
    ("zz_", "4,200", "other", None, None, "other", None, None),
]
PUBLISHED = {"001": ("2024-12-16", 'text: "On December 16, 2024"')}
ESTIMATED = {"000": "2023-02-16", "004": "2023-02-14"}
OUTLETS = {"000": "Newsweek", "001": "Ukrainska Pravda", "004": "AP"}

FIELD = re.compile(r'(\w+):("[^"]*"|\S+)')


def _field_matches(f: Figure, name: str, want: str) -> bool:
    if name == "value":
        if want.startswith(">"):
            return f.value > int(want[1:])
        if want.startswith("<"):
            return f.value < int(want[1:])
        return f.value == int(want)
    if name == "claimant":  # by words, as the index's claimant field is searched
        return all(w in (f.claimant or "").lower() for w in want.strip('"').lower().split())
    return str(getattr(f, name, "")).lower() == want.lower()


SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
WORD = re.compile(r"\w+")


def _sentences(text: str) -> list[Sentence]:
    out, start, para = [], 0, 0
    for m in SENTENCE_END.finditer(text):
        if m.start() > start:
            out.append(Sentence(start, m.start(), para))
        if "\n" in m.group():
            para += 1
        start = m.end()
    if start < len(text):
        out.append(Sentence(start, len(text), para))
    return out


def _article(file: str, text: str) -> Article:
    key = file[:3]
    published, published_from = PUBLISHED.get(key, (None, None))
    art = Article(
        file=file,
        title=text.split("\n", 1)[0].strip(),
        text=text,
        outlet=OUTLETS.get(key),
        published=published,
        published_from=published_from,
        published_estimate=ESTIMATED.get(key),
        words=len(WORD.findall(text)),
        sentences=_sentences(text),
    )
    for prefix, shown, metric, side, claimant, kind, as_of, estimate in FIGURES:
        if prefix != key:
            continue
        start = text.index(shown)
        sent = next(s for s in art.sentences if s.start <= start < s.end)
        art.figures.append(
            Figure(
                file=file, value=int(shown.replace(",", "")), upper=None, approx=None,
                metric=metric, side=side, claimant=claimant, kind=kind, as_of=as_of,
                text=shown, start=start, end=start + len(shown),
                sentence=text[sent.start:sent.end], sentence_start=sent.start,
                sentence_end=sent.end, as_of_estimate=estimate,
            )
        )
    return art


class FakeLibrary:
    """Answers like `index.library.Library`, from memory. `delay` slows `update` so tests
    can watch progress and cancel it."""

    def __init__(self, root: Path = SAMPLES, hostile: bool = True, delay: float = 0.0):
        self.root = root
        self.delay = delay
        self.updates = 0
        self.slow_search = False  # a search given a time budget stops early, as at 100,000
        self._all: dict[str, Article] = {}
        for path in sorted(SAMPLES.glob("*.txt")):
            self._all[path.name] = _article(path.name, path.read_text(encoding="utf-8"))
        if hostile:
            self._all[HOSTILE_FILE] = _article(HOSTILE_FILE, HOSTILE_TEXT)
        self._indexed: dict[str, Article] = {}

    def update(self, progress=None, cancelled=None, rebuild=False) -> UpdateReport:
        self.updates += 1
        files = list(self._all)
        new = sum(1 for name in files if name not in self._indexed)
        for i, name in enumerate(files, 1):
            if cancelled and cancelled():
                break
            time.sleep(self.delay)
            self._indexed[name] = self._all[name]
            if progress:
                progress(Progress(i, len(files), name))
        return UpdateReport(added=new, unchanged=len(self._indexed) - new,
                            articles=len(self._indexed),
                            figures=sum(len(a.figures) for a in self._indexed.values()),
                            skipped=self.skipped())

    def articles(self) -> list[ArticleSummary]:
        return [
            ArticleSummary(a.file, a.title, a.outlet, a.url, a.published, a.published_from,
                           a.published_estimate, a.words, len(a.figures))
            for a in self._indexed.values()
        ]

    def article(self, file: str) -> Article:
        return self._indexed[file]

    def figures(self, metric=None, side=None, claimant=None, files=None) -> list[Figure]:
        return [
            f for a in self._indexed.values() for f in a.figures
            if (metric is None or f.metric == metric) and (side is None or f.side == side)
            and (claimant is None or f.claimant == claimant) and (files is None or f.file in files)
        ]

    def search(self, query: str, limit: int = 20, time_limit: float | None = None) -> SearchResult:
        if query.count('"') % 2 or query.count("(") != query.count(")"):
            raise QueryError(f"unbalanced quote or bracket in {query!r}: close it", len(query))
        # Field terms (`value:>500000`, `side:russia`) match an article's figures and, as in
        # the real index, mark no words in its text.
        fields = FIELD.findall(query)
        words = [w.lower() for w in re.findall(r"\w+\*?", FIELD.sub(" ", query))
                 if w not in ("AND", "OR", "NOT")]
        hits = []
        for a in self._indexed.values():
            if not all(any(_field_matches(f, name, want) for f in a.figures)
                       for name, want in fields):
                continue
            low = a.text.lower()
            spans = [(m.start(), m.end()) for w in words
                     for m in re.finditer(  # `pre*` finds the words it starts
                         rf"\b{re.escape(w[:-1])}\w*" if w.endswith("*") else
                         rf"\b{re.escape(w)}\b", low)]
            if fields and not words:
                hits.append(Hit(a.file, a.title, 1.0, a.text[:60], [], []))
            elif words and spans:
                spans.sort()
                s, e = spans[0]
                lo = max(0, s - 90)  # context before the hit, as the real snippets have
                snippet = a.text[lo:e + 30]
                hits.append(Hit(a.file, a.title, float(len(spans)), snippet,
                                [(s - lo, e - lo)], spans))
        hits.sort(key=lambda h: -h.score)
        if time_limit is not None and self.slow_search:  # the budget ran out after 2 matches
            return SearchResult(query, min(2, len(hits)), hits[:min(2, limit)], complete=False)
        return SearchResult(query, len(hits), hits[:limit])

    def timeline(self, metric="personnel", side="russia", by="claimant") -> list[Series]:
        # the real grouping and order (a pure function), over the fake's figures
        outlets = {a.file: a.outlet for a in self._indexed.values()}
        return build_timeline(self.figures(side=side), outlets, metric, side, by)

    def skipped(self) -> list[Skip]:
        return [Skip("broken.txt", "binary data, not text")]
