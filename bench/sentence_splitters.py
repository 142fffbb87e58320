"""Which splitter should cut lines into sentences? NLTK's Punkt against its alternatives,
on the sentence tests, the gold figures and the speed over real articles.

    python -m bench.sentence_splitters ["own splitter" ...]   # needs the shared gdelt corpus

Each candidate replaces `_punkt_spans` (the Punkt step of index/extraction/sentences.py;
the line split, the glued-sentence cut and the list-marker rule stay) and the script runs
tests/test_sentences.py, tests/test_gold.py and tests/test_extract.py in this process with it,
then times `split_sentences` over the gdelt corpus and counts the sentences that differ from
NLTK's. Candidates whose package is missing are reported as such. nupunkt is not a
dependency: `pip install nupunkt` to measure it.
"""

from __future__ import annotations

import contextlib
import io
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from index.extraction import sentences as S

REPO = Path(__file__).resolve().parents[1]
TESTS = ["tests/test_sentences.py", "tests/test_gold.py", "tests/test_extract.py"]


def nltk_punkt():
    return S._punkt_spans


def nupunkt_untrained():
    """nupunkt's Punkt with tally's abbreviations and sentence starters, no model."""
    from nupunkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(S.ABBREVIATIONS)
    params.sent_starters = set(S.SENTENCE_STARTERS)
    tok = PunktSentenceTokenizer(params, include_common_abbrevs=False)
    return lambda line: list(tok.span_tokenize(line))


def nupunkt_model():
    """nupunkt's bundled model (trained on legal and financial text) plus tally's list."""
    import nupunkt

    tok = nupunkt.load_default_model()
    tok.add_abbreviations(list(S.ABBREVIATIONS))
    return lambda line: list(tok.span_tokenize(line))


_BREAK = re.compile(r"([.?!…])([\"'”’»)\]]*)(\s+)")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


def own_splitter():
    """A break at every end mark followed by a space, except after an abbreviation of the list
    (unless a sentence starter follows), an initial ("J."), or before a lower-case word."""
    def split(line: str) -> list[tuple[int, int]]:
        spans, start = [], 0
        for m in _BREAK.finditer(line):
            after = line[m.end():m.end() + 1]
            if not after or after.islower() or after.isdigit() and m.group(1) == ".":
                continue
            if m.group(1) == ".":
                word = _WORD_BEFORE.search(line, max(0, m.start() - 40), m.start())
                token = word.group(1).lower() if word else ""
                nxt = re.match(r"\w+", line[m.end():])
                starter = nxt and nxt.group().lower() in S.SENTENCE_STARTERS
                if (token.strip(".") in S.ABBREVIATIONS and not starter) or (
                        len(token) == 1 and token.isalpha()):
                    continue
            spans.append((start, m.start(3)))
            start = m.end()
        spans.append((start, len(line)))
        return [(a, b) for a, b in spans if a < b]
    return split


CANDIDATES = {"nltk Punkt (now)": nltk_punkt, "nupunkt, untrained": nupunkt_untrained,
              "nupunkt, its model": nupunkt_model, "own splitter": own_splitter}


def run_tests() -> tuple[int, int]:
    class Count:
        passed = failed = 0

        def pytest_runtest_logreport(self, report):
            if report.when == "call" or report.outcome == "failed":
                if report.outcome == "passed":
                    self.passed += 1
                elif report.outcome == "failed":
                    self.failed += 1

    counter = Count()
    with contextlib.redirect_stdout(io.StringIO()):
        pytest.main(["-q", "-p", "no:cacheprovider", "-p", "no:randomly", *TESTS],
                     plugins=[counter])
    return counter.passed, counter.failed


def corpus() -> list[str]:
    from tests.conftest import REPO as _  # noqa: F401  (tests import path)

    for root in (REPO.parent / "shared", Path("/work/shared")):
        folder = root / "corpora" / "gdelt-war-news"
        if folder.is_dir():
            return [p.read_text(encoding="utf-8", errors="replace")
                    for p in sorted(folder.glob("*.txt"))]
    return []


def import_ms(module: str) -> float:
    code = f"import time; t=time.perf_counter(); import {module}; print(time.perf_counter()-t)"
    times = []
    for _ in range(3):
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        if done.returncode:
            return float("nan")
        times.append(float(done.stdout) * 1000)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    names = (argv if argv is not None else sys.argv[1:]) or list(CANDIDATES)
    texts = corpus()
    original = S._punkt_spans
    baseline = [S.split_sentences(t) for t in texts]
    rows = []
    for name in names:
        make = CANDIDATES[name]
        print(f"measuring {name} ...", file=sys.stderr)
        try:
            spans = make()
        except ImportError as err:
            rows.append(f"| {name} | not installed ({err.name}) | | | |")
            continue
        S._punkt_spans = spans if make is not nltk_punkt else original
        passed, failed = run_tests()
        S.split_sentences("Warm up. Once.")
        t0 = time.perf_counter()
        split = [S.split_sentences(t) for t in texts]
        seconds = time.perf_counter() - t0
        count = sum(len(s) for s in split)
        differ = sum(len({(s.start, s.end) for s in a} ^ {(s.start, s.end) for s in b})
                     for a, b in zip(split, baseline))
        rows.append(f"| {name} | {passed} passed, {failed} failed | {count / seconds:,.0f} "
                    f"| {count:,} | {differ:,} |")
        S._punkt_spans = original
    print(f"{len(texts)} gdelt articles; tests: {' '.join(TESTS)}\n")
    print("| splitter | tests | sentences/s | sentences | differ from nltk |")
    print("| --- | --- | --- | --- | --- |")
    print("\n".join(rows))
    print(f"\nimport: nltk.tokenize.punkt {import_ms('nltk.tokenize.punkt'):.0f} ms, "
          f"nupunkt {import_ms('nupunkt'):.0f} ms (fresh interpreter, best of 3)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
