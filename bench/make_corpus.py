"""Build a large, deterministic corpus from the real articles, for timing tally at scale.

Each output article is one real article (`../shared/corpora/gdelt-war-news` plus
`sample_articles`) changed so that the index is not fed duplicates, while staying a
plausible war-news article the extractor still finds figures in:
- numbers of 100 and more (not years) get their non-leading digits permuted, the same
  permutation throughout one article, so "765,110" reads the same wherever it recurs and
  keeps its magnitude and separators;
- front-line place names are swapped for others from one list;
- sentences are reordered within paragraphs (or, when no paragraph has two, two body
  paragraphs swap), so the same figures sit in different contexts;
- the date and country in the file name (`YYYYMMDDTHHMMSSZ_CC_en_<hash>.txt`) vary, and a
  newswire dateline with that date and a place ("KHARKIV, May 3, 2023 - ") opens the first
  paragraph, so even a one-line article differs from its other copies.
Article N depends only on (seed, N), so any size is a prefix of a larger one and the work
splits across processes. Output goes into month folders (`2023-05/...`), as a folder of
saved articles often is, so no single directory holds 100,000 entries.
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import shutil
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SOURCE_DIRS = (SHARED / "corpora" / "gdelt-war-news", REPO / "sample_articles")
SEED = 4

# Places that recur in reporting on the front; capitals and countries stay put because
# they feed attribution ("Kyiv says", "Moscow claims").
PLACES = (
    "Bakhmut", "Avdiivka", "Kharkiv", "Kherson", "Zaporizhzhia", "Mariupol", "Donetsk",
    "Luhansk", "Sievierodonetsk", "Lysychansk", "Izium", "Kupiansk", "Vuhledar", "Marinka",
    "Soledar", "Pokrovsk", "Chasiv Yar", "Robotyne", "Lyman", "Kreminna", "Toretsk",
    "Vovchansk", "Sumy", "Chernihiv", "Odesa", "Mykolaiv", "Dnipro", "Kramatorsk",
    "Sloviansk", "Bucha", "Irpin", "Hostomel", "Melitopol", "Berdiansk", "Enerhodar",
    "Nova Kakhovka", "Tokmak", "Orikhiv", "Kurakhove", "Selydove", "Myrnohrad", "Kostiantynivka",
)
COUNTRIES = ("US", "GB", "PL", "UA", "BY", "DE", "FR", "CA", "AU", "IE")
FIRST_DAY = datetime(2022, 1, 1)
DAYS = 365 * 4  # 2022 .. 2025

# Numbers of three digits and more; not parts of designations ("S-300", "Su-34"), ranges or
# decimals, which stay as they are.
_NUMBER = re.compile(r"(?<![\w.,-])(?:\d{1,3}(?:,\d{3})+(?![\d,.]\d|-)|\d{3,}(?![\w-]|,\d))")
_PLACE = re.compile(r"\b(" + "|".join(re.escape(p) for p in PLACES) + r")\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'\u201c\u2018A-Z])")
_YEAR = re.compile(r"(19|20)\d\d")


def load_sources(dirs=SOURCE_DIRS) -> list[tuple[str, str]]:
    """(file name, text) of every distinct source article, in a fixed order. The real corpus
    holds a few exact copies (syndicated stories); one of each is enough here."""
    sources, seen = [], set()
    for folder in dirs:
        for path in sorted(Path(folder).glob("*.txt")):
            text = path.read_text(encoding="utf-8", errors="replace")
            if text not in seen:
                seen.add(text)
                sources.append((path.name, text))
    if not sources:
        raise SystemExit(f"no source articles found in {', '.join(map(str, dirs))}")
    return sources


def _vary_numbers(text: str, rng: random.Random) -> str:
    digits = list("0123456789")
    rng.shuffle(digits)
    table = str.maketrans("0123456789", "".join(digits))

    def swap(m: re.Match) -> str:
        s = m.group(0)
        if _YEAR.fullmatch(s):
            return s  # a year: changing it would move the article in time
        return s[0] + s[1:].translate(table)

    return _NUMBER.sub(swap, text)


def _vary_places(text: str, rng: random.Random) -> str:
    shuffled = list(PLACES)
    rng.shuffle(shuffled)
    mapping = dict(zip(PLACES, shuffled))
    return _PLACE.sub(lambda m: mapping[m.group(1)], text)


def _vary_order(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    changed = False
    for i in range(1, len(lines)):  # line 0 is the title
        parts = _SENTENCE_END.split(lines[i])
        if len(parts) > 1:
            before = list(parts)
            rng.shuffle(parts)
            changed = changed or parts != before
            lines[i] = " ".join(parts)
    body = [i for i in range(1, len(lines)) if lines[i].strip()]
    if not changed and len(body) >= 2:
        a, b = rng.sample(body, 2)
        lines[a], lines[b] = lines[b], lines[a]
    return "\n".join(lines)


def _add_dateline(text: str, place: str, stamp: datetime) -> str:
    dateline = f"{place.upper()}, {stamp:%B} {stamp.day}, {stamp.year} - "
    lines = text.split("\n")
    for i in range(1, len(lines)):
        if lines[i].strip():
            lines[i] = dateline + lines[i]
            return "\n".join(lines)
    return text.rstrip("\n") + "\n\n" + dateline.rstrip(" -") + "\n"


def make_article(n: int, sources: list[tuple[str, str]], seed: int = SEED) -> tuple[str, str]:
    """The relative path and text of article `n`."""
    name, text = sources[n % len(sources)]
    rng = random.Random(f"{seed}:{n}")
    # Copy k of a source gets dateline place k mod 42 and a day whose residue mod 8 is
    # (k // 42) mod 8: no two copies of one source share both below 336 copies (150k files).
    k = n // len(sources)
    day = rng.randrange(DAYS // 8) * 8 + (k // len(PLACES)) % 8
    stamp = FIRST_DAY + timedelta(days=day, minutes=15 * rng.randrange(96))
    if k:  # the first pass over the sources keeps them as they are
        text = _vary_order(_vary_places(_vary_numbers(text, rng), rng), rng)
        text = _add_dateline(text, PLACES[k % len(PLACES)], stamp)
    country = name.split("_")[1] if name[:2] == "20" and name.count("_") >= 3 else "GB"
    if n >= len(sources):
        country = rng.choice(COUNTRIES)
    digest = hashlib.sha1(f"{seed}:{n}:{name}".encode()).hexdigest()[:10]
    rel = f"{stamp:%Y-%m}/{stamp:%Y%m%dT%H%M%SZ}_{country}_en_{digest}.txt"
    return rel, text


def _write_range(args: tuple[int, int, str, int]) -> int:
    start, stop, out, seed = args
    sources = load_sources()
    made = set()
    for n in range(start, stop):
        rel, text = make_article(n, sources, seed)
        folder = rel.split("/", 1)[0]
        if folder not in made:
            os.makedirs(os.path.join(out, folder), exist_ok=True)
            made.add(folder)
        with open(os.path.join(out, rel), "w", encoding="utf-8") as fh:
            fh.write(text)
    return stop - start


def make_corpus(size: int, out: Path, seed: int = SEED, jobs: int | None = None) -> Path:
    """Write `size` articles into `out` (emptied first) and return it. `out` must lie outside
    the repository: tally never writes into a corpus, and the repository is not one."""
    out = Path(out).resolve()
    if out == REPO or REPO in out.parents:
        raise SystemExit(f"{out} is inside the repository; pick a folder outside it")
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    jobs = jobs or min(os.cpu_count() or 1, 8)
    step = max(250, size // (jobs * 4) + 1)
    chunks = [(a, min(a + step, size), str(out), seed) for a in range(0, size, step)]
    if jobs == 1 or len(chunks) == 1:
        for chunk in chunks:
            _write_range(chunk)
    else:
        with ProcessPoolExecutor(jobs) as pool:
            list(pool.map(_write_range, chunks))
    (out / ".." / f"{out.name}.made").resolve().write_text(f"size={size} seed={seed}\n")
    return out


def corpus_is_made(out: Path, size: int, seed: int = SEED) -> bool:
    """True when `out` already holds the corpus `make_corpus(size, out, seed)` would write."""
    marker = Path(out).resolve().parent / f"{Path(out).resolve().name}.made"
    return marker.is_file() and marker.read_text() == f"size={size} seed={seed}\n"
