"""A file's CPU budget pays for its own text: the first file a process extracts does not also pay
for loading the claimant table and the sentence model, so a small file is never skipped as "too
long" because it came first (on a slow or busy machine it was)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[1]
_RUN = ("import sys; from index import pipeline; pipeline.FILE_BUDGET = 0.08; pipeline.BUDGET_PER_MB = 0.0; "
        "r = pipeline.process(sys.argv[1], 'a.txt', sys.argv[2]); "
        "print([s.reason for s in r.skips], sum(len(a.figures) for a in r.articles))")


def test_the_first_small_file_of_a_process_is_within_its_budget(tmp_path):
    (tmp_path / "a.txt").write_text("Losses\nRussia has lost 1,000 soldiers, the General Staff of Ukraine said "
                                    "on Monday.\n", encoding="utf-8")
    env = dict(os.environ, TALLY_CACHE_DIR=str(tmp_path / "cache"), PYTHONPATH=str(_ROOT))
    out = subprocess.run([sys.executable, "-c", _RUN, str(tmp_path / "a.txt"), str(tmp_path)], cwd=_ROOT, env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.stdout.split() == ["[]", "1"], out.stderr[-2000:]
