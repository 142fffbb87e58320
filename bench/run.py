"""One benchmark run at one corpus size: index from scratch, re-open unchanged, apply edits,
query warm, search from a fresh process, open the reader. Every tally command runs as its own
process with TALLY_CACHE_DIR (and config/data) in a scratch folder, never the user's."""

from __future__ import annotations

import json
import os
import random
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

from bench import measure
from bench.make_corpus import corpus_is_made, make_corpus
from bench.probe import READER_QUERY


def default_base() -> Path:
    return Path(os.environ.get("TMPDIR") or "/tmp") / "tally-bench"


def tally_command() -> list[str]:
    """The installed `tally` next to this Python, else the same entry point via -c."""
    script = Path(sys.executable).with_name("tally")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "import sys; from tui.cli.main import main; sys.exit(main())"]


@dataclass
class Results:
    size: int
    repeat: int
    corpus: str
    full: list[measure.Run] = field(default_factory=list)
    unchanged: list[float] = field(default_factory=list)
    edited: list[float] = field(default_factory=list)
    unchanged_cpu: list[float] = field(default_factory=list)
    edited_cpu: list[float] = field(default_factory=list)
    fresh_search_cpu: list[float] = field(default_factory=list)
    index_mb: list[float] = field(default_factory=list)
    counts: dict = field(default_factory=dict)
    queries: dict = field(default_factory=dict)
    fresh_search: list[float] = field(default_factory=list)
    reader: list[dict] = field(default_factory=list)
    reader_crashes: int = 0
    load: list[float] = field(default_factory=list)  # 1-min load average after each full run
    failures: list[str] = field(default_factory=list)


class Bench:
    def __init__(self, size: int, base: Path, log=print):
        self.size = size
        self.base = Path(base)
        self.corpus = self.base / f"corpus-{size}"
        self.scratch = self.base / f"scratch-{size}"
        self.log = log
        self.tally = tally_command()

    # setting up -------------------------------------------------------------------------
    def ensure_corpus(self) -> None:
        if not corpus_is_made(self.corpus, self.size):
            self.log(f"making {self.size} articles in {self.corpus}")
            make_corpus(self.size, self.corpus)

    def env(self, cache: Path) -> dict[str, str]:
        env = dict(os.environ)
        env["TALLY_CACHE_DIR"] = str(cache)
        env["TALLY_CONFIG_DIR"] = str(self.scratch / "config")
        env["TALLY_DATA_DIR"] = str(self.scratch / "data")
        env.setdefault("PYTHONHASHSEED", "0")
        return env

    def tally_run(self, args: list[str], cache: Path, what: str) -> measure.Run:
        result = measure.run(self.tally + args, self.env(cache))
        if result.rc != 0:
            self.failures.append(f"{what}: exit {result.rc}: {result.stderr.strip()[-400:]}")
        return result

    def probe(self, kind: str, cache: Path) -> dict:
        cmd = [sys.executable, "-m", "bench", "probe", kind, str(self.corpus)]
        if kind == "reader":  # where the reader's edit round puts the articles it deletes
            cmd.append(str(self.scratch / "deleted-by-reader"))
        result = measure.run(cmd, self.env(cache), sample=False, timeout=900)
        self.log(f"[{self.size}]   probe {kind}: {result.wall:.1f} s")
        if result.rc != 0 or not result.stdout.strip():
            self.failures.append(f"probe {kind}: exit {result.rc}: {result.stderr.strip()[-600:]}")
            return {}
        return json.loads(result.stdout.strip().splitlines()[-1])

    # edits --------------------------------------------------------------------------------
    def edit(self, round_: int) -> tuple[dict[Path, bytes], list[Path]]:
        """Edit 100 articles and delete 10 (see edit_articles); returns what undo() needs."""
        return edit_articles(self.corpus, self.scratch / "deleted", f"edit:{self.size}:{round_}",
                             round_)

    @staticmethod
    def undo(originals: dict[Path, bytes], moved: list) -> None:
        undo_edit(originals, moved)

    # the run ------------------------------------------------------------------------------
    def run(self, repeat: int = 3, unchanged: int = 3, edit_rounds: int = 2,
            fresh: int = 5, readers: int = 3) -> Results:
        self.ensure_corpus()
        if self.scratch.exists():
            shutil.rmtree(self.scratch)
        self.scratch.mkdir(parents=True)
        res = Results(self.size, repeat, str(self.corpus))
        self.failures = res.failures
        root = str(self.corpus)
        for r in range(repeat):
            cache = self.scratch / f"cache-{r}"
            self.log(f"[{self.size}] repeat {r + 1}/{repeat}: full index")
            full = self.tally_run(["index", root], cache, "full index")
            res.full.append(full)
            res.load.append(os.getloadavg()[0])  # the machine is shared: say how busy it was
            self.log(f"[{self.size}]   {full.wall:.1f} s, peak {full.maxrss_mb:.0f} MB "
                     f"(tree {full.tree_mb:.0f} MB), exit {full.rc}")
            if full.rc != 0:
                break  # nothing else means anything without an index
            res.index_mb.append(measure.folder_mb(cache))
            for _ in range(unchanged):
                run = self.tally_run(["index", root], cache, "unchanged")
                res.unchanged.append(run.wall)
                res.unchanged_cpu.append(run.cpu_s)
            if r == 0:
                self.log(f"[{self.size}]   counts, queries, fresh search, reader")
                res.counts = self.probe("counts", cache)
                res.queries = self.probe("queries", cache)
                for _ in range(fresh):
                    run = self.tally_run(["search", READER_QUERY, root, "--json"], cache,
                                         "fresh search")
                    res.fresh_search.append(run.wall)
                    res.fresh_search_cpu.append(run.cpu_s)
                # The reader has crashed now and then (counted in the failures); measure until
                # `readers` runs finished, giving up after twice that many attempts.
                for _ in range(2 * readers):
                    got = self.probe("reader", cache)
                    if got:
                        res.reader.append(got)
                    else:
                        res.reader_crashes += 1
                    if len(res.reader) == readers:
                        break
            # Rounds build on each other (each is 100 edits + 10 deletions against the index
            # as the previous round left it); the corpus is put back afterwards.
            undo = []
            try:
                for k in range(edit_rounds):
                    undo.append(self.edit(r * edit_rounds + k))
                    run = self.tally_run(["index", root], cache, "edited")
                    res.edited.append(run.wall)
                    res.edited_cpu.append(run.cpu_s)
            finally:
                for originals, moved in reversed(undo):
                    self.undo(originals, moved)
            shutil.rmtree(cache, ignore_errors=True)
        return res


def edit_articles(corpus: Path, stash: Path, seed: str, mark: int
                  ) -> tuple[dict[Path, bytes], list[Path]]:
    """Edit 100 articles picked by `seed` (a figure changes, a sentence is added) and delete
    10 (moved into `stash`). Returns what undo_edit() needs to put them back."""
    files = sorted(corpus.rglob("*.txt"))
    rng = random.Random(seed)
    picked = rng.sample(files, min(len(files), 110))
    edited, deleted = picked[:100], picked[100:]
    originals = {p: p.read_bytes() for p in edited}
    for n, p in enumerate(edited):
        text = originals[p].decode("utf-8")
        addition = (f"\nUpdate: officials later put the toll at {1000 + 37 * n + mark:,} "
                    f"Russian soldiers killed.\n")
        p.write_text(text.rstrip("\n") + "\n" + addition, encoding="utf-8")
    stash.mkdir(parents=True, exist_ok=True)
    moved = []
    for p in deleted:
        target = stash / p.relative_to(corpus).as_posix().replace("/", "__")
        shutil.move(p, target)
        moved.append((p, target))
    return originals, moved


def undo_edit(originals: dict[Path, bytes], moved: list) -> None:
    for p, data in originals.items():
        p.write_bytes(data)
    for p, target in moved:
        shutil.move(target, p)
