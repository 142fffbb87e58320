"""The SQLite catalog: the truth about a corpus (files, articles, sentences, figures, skips).

The search index is derived from it and can always be rebuilt from it. One writer at a time
(the library holds an OS lock); readers open their own connections (WAL lets them read while a
writer commits). Every batch of files is written in one transaction, so a killed run leaves
each file either in its old state or its new one, never half-written.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from index.model import Article, Figure, Skip
from index.storage.catalog_rows import name_to_db, name_from_db, text_to_db, opt_name, fits, figure_row, figure_from_row

SCHEMA_VERSION = "3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS files (
    rel TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER, sha256 TEXT);
CREATE TABLE IF NOT EXISTS articles (
    file TEXT PRIMARY KEY, source TEXT NOT NULL, key TEXT NOT NULL,
    title TEXT, text TEXT, outlet TEXT, url TEXT, published TEXT, published_from TEXT,
    published_estimate TEXT, words INTEGER, nfigures INTEGER, text_sha TEXT,
    duplicate_of TEXT, sentences TEXT);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source);
CREATE INDEX IF NOT EXISTS articles_text_sha ON articles(text_sha);
CREATE TABLE IF NOT EXISTS figures (
    id INTEGER PRIMARY KEY, file TEXT NOT NULL, value INTEGER, upper INTEGER, approx TEXT,
    metric TEXT, side TEXT, claimant TEXT, kind TEXT, as_of TEXT, text TEXT,
    start INTEGER, "end" INTEGER, sentence TEXT, sentence_start INTEGER, sentence_end INTEGER,
    as_of_estimate TEXT, as_of_from TEXT, claimant_from TEXT);
CREATE INDEX IF NOT EXISTS figures_file ON figures(file);
CREATE INDEX IF NOT EXISTS figures_metric ON figures(metric);
CREATE TABLE IF NOT EXISTS skips (source TEXT NOT NULL, file TEXT NOT NULL, reason TEXT);
CREATE INDEX IF NOT EXISTS skips_source ON skips(source);
"""

FIGURE_COLUMNS = (
    "file", "value", "upper", "approx", "metric", "side", "claimant", "kind", "as_of", "text",
    "start", "end", "sentence", "sentence_start", "sentence_end", "as_of_estimate", "as_of_from",
    "claimant_from",
)
_FIG_SELECT = ", ".join(f'"{c}"' for c in FIGURE_COLUMNS)
_FIG_SELECT_F = ", ".join(f'f."{c}"' for c in FIGURE_COLUMNS)
SUMMARY_COLUMNS = (
    "file, title, outlet, url, published, published_from, published_estimate, words, "
    "nfigures, duplicate_of"
)

class CatalogError(Exception):
    """The catalog file is damaged or not a catalog."""


class Catalog:
    def __init__(self, path: Path, readonly: bool = False):
        self.path = path
        try:
            if readonly:
                self.db = self._open_readonly(path)
            else:
                self.db = sqlite3.connect(path, timeout=10, check_same_thread=False)
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self.db.executescript(_SCHEMA)
            self.db.execute("SELECT count(*) FROM meta").fetchone()
        except sqlite3.Error as err:
            raise CatalogError(str(err)) from err

    @staticmethod
    def _open_readonly(path: Path) -> sqlite3.Connection:
        uri = path.resolve().as_uri() + "?mode=ro"
        try:
            db = sqlite3.connect(uri, uri=True, timeout=10, check_same_thread=False)
            db.execute("SELECT count(*) FROM meta").fetchone()
            return db
        except sqlite3.Error:
            wal = f"{path}-wal"
            if not path.exists() or (os.path.exists(wal) and os.path.getsize(wal) > 0):
                raise
        # A full or read-only cache folder: SQLite cannot make the WAL's shared-memory file, and
        # with an empty or no WAL nobody is writing (a writer could not either), so the catalog
        # file holds everything and is read as it is.
        return sqlite3.connect(uri + "&immutable=1", uri=True, timeout=10, check_same_thread=False)

    def close(self) -> None:
        self.db.close()

    def quick_check(self) -> str | None:
        """None when SQLite finds the file sound, else its complaint."""
        try:
            rows = self.db.execute("PRAGMA quick_check").fetchall()
        except sqlite3.Error as err:
            return str(err)
        return None if rows == [("ok",)] else "; ".join(str(r[0]) for r in rows[:3])

    def checkpoint(self) -> None:
        try:
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error:
            pass  # a reader holds the WAL: it is checkpointed next time

    # meta ------------------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    # files -----------------------------------------------------------------------------
    def files(self) -> dict[str, tuple[int, int, str]]:
        rows = self.db.execute("SELECT rel, size, mtime_ns, sha256 FROM files")
        return {name_from_db(r[0]): (r[1], r[2], r[3]) for r in rows}

    def sources(self) -> set[str]:
        """Every file the catalog knows anything about (a row, an article or a skip)."""
        rows = self.db.execute(
            "SELECT rel FROM files UNION SELECT source FROM articles "
            "UNION SELECT source FROM skips WHERE source != ''")
        return {name_from_db(r[0]) for r in rows}

    def touch_files(self, stats: list[tuple[str, int, int]]) -> None:
        """Record a new size/mtime for files whose content hash did not change."""
        with self.db:
            self.db.executemany(
                "UPDATE files SET size=?, mtime_ns=? WHERE rel=?",
                [(s, m, name_to_db(rel)) for rel, s, m in stats],
            )

    def changes(self) -> int:
        """A counter bumped in every transaction that changes which articles exist or what
        they say: with the search index's own commit generation it tells, without reading
        either, that the two still agree."""
        return int(self.get_meta("changes") or 0)

    def _bump(self) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO meta VALUES ('changes', "
            "COALESCE((SELECT CAST(value AS INTEGER) FROM meta WHERE key='changes'), 0) + 1)")

    def article_files_of(self, rels: list[str]) -> list[str]:
        """The articles (files in stored form) that came from these source files."""
        out = []
        for i in range(0, len(rels), 500):
            part = [name_to_db(r) for r in rels[i:i + 500]]
            out.extend(r[0] for r in self.db.execute(
                f"SELECT file FROM articles WHERE source IN ({', '.join('?' * len(part))})", part))
        return out

    def write_batch(self, results: list) -> None:
        """Replace everything known about each file in `results` (pipeline.FileResult) in
        one transaction."""
        with self.db:
            self._bump()
            for res in results:
                self._forget(res.rel)
                if res.stat is not None:
                    self.db.execute(
                        "INSERT INTO files VALUES (?, ?, ?, ?)",
                        (name_to_db(res.rel), res.stat[0], res.stat[1], res.sha256),
                    )
                for skip in res.skips:
                    self.db.execute(
                        "INSERT INTO skips VALUES (?, ?, ?)",
                        (name_to_db(res.rel), name_to_db(skip.file), text_to_db(skip.reason)),
                    )
                for art in res.articles:
                    self._insert_article(res.rel, res.sha256 or "", art)

    def clear(self) -> None:
        """Forget every file (a rebuild), in one transaction."""
        with self.db:
            self._bump()
            for table in ("files", "articles", "figures", "skips"):
                self.db.execute(f"DELETE FROM {table}")

    def remove_files(self, rels: list[str]) -> None:
        if not rels:
            return
        with self.db:
            self._bump()
            for rel in rels:
                self._forget(rel)

    def _forget(self, rel: str) -> None:
        key = name_to_db(rel)
        self.db.execute("DELETE FROM files WHERE rel=?", (key,))
        self.db.execute("DELETE FROM skips WHERE source=?", (key,))
        self.db.execute(
            "DELETE FROM figures WHERE file IN (SELECT file FROM articles WHERE source=?)", (key,)
        )
        self.db.execute("DELETE FROM articles WHERE source=?", (key,))

    def _insert_article(self, source: str, key: str, art: Article) -> None:
        import hashlib

        text = text_to_db(art.text) or ""
        file = name_to_db(art.file)
        sentences = json.dumps([[s.start, s.end, s.paragraph] for s in art.sentences])
        self.db.execute(
            "INSERT OR REPLACE INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                file, name_to_db(source), key, text_to_db(art.title), text,
                text_to_db(art.outlet), text_to_db(art.url), art.published,
                text_to_db(art.published_from), art.published_estimate, art.words,
                len(art.figures), hashlib.sha256(text.encode("utf-8")).hexdigest(), None,
                sentences,
            ),
        )
        self.db.executemany(
            f"INSERT INTO figures ({_FIG_SELECT}) VALUES ({', '.join('?' * len(FIGURE_COLUMNS))})",
            [figure_row(file, f) for f in art.figures if fits(f)],
        )

    def mark_duplicates(self) -> None:
        """An article whose cleaned text equals an earlier file's (by name) is its duplicate.
        The marking records the change counter it matches, in the same transaction, so a run
        killed between writing articles and marking them is finished by the next one."""
        with self.db:
            self.db.execute(
                "UPDATE articles SET duplicate_of = (SELECT min(b.file) FROM articles b "
                "WHERE b.text_sha = articles.text_sha AND b.file < articles.file)"
            )
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('duplicates_marked', "
                            "COALESCE((SELECT value FROM meta WHERE key='changes'), '0'))")

    def duplicates_stale(self) -> bool:
        """True when articles changed after duplicates were last marked."""
        return str(self.get_meta("duplicates_marked") or 0) != str(self.changes())

    def replace_scan_skips(self, skips: list[Skip]) -> None:
        """Skips found while listing (loops, links leaving the corpus ...) belong to no file:
        they are re-found on every scan."""
        with self.db:
            self.db.execute("DELETE FROM skips WHERE source=''")
            self.db.executemany(
                "INSERT INTO skips VALUES ('', ?, ?)",
                [(name_to_db(s.file), text_to_db(s.reason)) for s in skips],
            )

    # reading ---------------------------------------------------------------------------
    def summaries(self) -> list[tuple]:
        rows = self.db.execute(f"SELECT {SUMMARY_COLUMNS} FROM articles ORDER BY file")
        return [(name_from_db(r[0]),) + tuple(r[1:9]) + (opt_name(r[9]),) for r in rows]

    def article(self, file: str) -> tuple | None:
        return self.db.execute(
            "SELECT file, title, text, outlet, url, published, published_from, "
            "published_estimate, words, duplicate_of, sentences FROM articles WHERE file=?",
            (name_to_db(file),),
        ).fetchone()

    def article_texts(self, files: list[str]) -> dict[str, tuple[str, str]]:
        """file -> (title, text) for the given files."""
        keys = {name_to_db(f): f for f in files}
        wanted, out = list(keys), {}
        for i in range(0, len(wanted), 500):  # one query per 500, not one per file
            part = wanted[i:i + 500]
            rows = self.db.execute(
                f"SELECT file, title, text FROM articles WHERE file IN ({', '.join('?' * len(part))})",
                part)
            out.update((keys[r[0]], (r[1] or "", r[2] or "")) for r in rows)
        return out

    def figures_of(self, file: str) -> list[Figure]:
        rows = self.db.execute(
            f"SELECT {_FIG_SELECT_F} FROM figures f WHERE f.file=? ORDER BY f.start, f.id",
            (name_to_db(file),),
        )
        return self._with_sentences([figure_from_row(r) for r in rows])

    def figures(self, metrics: tuple[str, ...] | None, side: str | None,
                include_duplicates: bool) -> list[Figure]:
        sql = f"SELECT {_FIG_SELECT_F} FROM figures f"
        where, args = [], []
        if not include_duplicates:
            sql += " JOIN articles a ON a.file = f.file"
            where.append("a.duplicate_of IS NULL")
        if metrics:
            where.append(f"f.metric IN ({', '.join('?' * len(metrics))})")
            args.extend(metrics)
        if side:
            where.append("f.side = ?")
            args.append(side)
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY f.file, f.start, f.id"
        return self._with_sentences([figure_from_row(r) for r in self.db.execute(sql, args)])

    def _with_sentences(self, figures: list[Figure]) -> list[Figure]:
        """Each figure's sentence, cut from its article's text (read once per article). It is
        stored once, there: stored per figure, a long sentence with many figures made a
        cache a thousand times the size of the article. Rows written before keep their own."""
        text, file, cut = "", None, {}
        for f in figures:
            if f.sentence is not None:
                continue
            if f.file != file:
                file, cut = f.file, {}
                row = self.db.execute("SELECT text FROM articles WHERE file=?", (name_to_db(file),)).fetchone()
                text = (row[0] or "") if row else ""
            span = (f.sentence_start, f.sentence_end)
            if span not in cut:  # one string per sentence, shared by its figures
                cut[span] = text[span[0]:span[1]]
            f.sentence = cut[span]
        return figures

    def outlets(self) -> dict[str, str | None]:
        return {name_from_db(r[0]): r[1] for r in self.db.execute("SELECT file, outlet FROM articles")}

    def index_docs(self) -> dict[str, str]:
        """file -> key (content hash of its source file) for every article: what the search
        index must hold."""
        return {r[0]: r[1] for r in self.db.execute("SELECT file, key FROM articles")}

    def doc_fields(self, file_db: str) -> tuple | None:
        """Everything the search index needs for one article (file in its stored form)."""
        art = self.db.execute(
            "SELECT title, text, outlet, published, published_estimate, key FROM articles "
            "WHERE file=?", (file_db,),
        ).fetchone()
        if art is None:
            return None
        figs = self.db.execute(
            "SELECT value, upper, metric, side, claimant FROM figures WHERE file=?", (file_db,)
        ).fetchall()
        return art, figs

    def skips(self) -> list[Skip]:
        rows = self.db.execute("SELECT file, reason FROM skips ORDER BY file")
        return [Skip(name_from_db(r[0]), r[1] or "") for r in rows]

    def counts(self) -> tuple[int, int]:
        arts = self.db.execute("SELECT count(*) FROM articles").fetchone()[0]
        figs = self.db.execute("SELECT count(*) FROM figures").fetchone()[0]
        return arts, figs

    def duplicates(self) -> list[tuple[str, str]]:
        rows = self.db.execute(
            "SELECT file, duplicate_of FROM articles WHERE duplicate_of IS NOT NULL ORDER BY file"
        )
        return [(name_from_db(a), name_from_db(b)) for a, b in rows]
