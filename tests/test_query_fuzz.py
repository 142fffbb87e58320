"""Any string typed into a search, through the library and through `tally search`: an answer
or a one-line QueryError, never a traceback."""

from __future__ import annotations

import io
import shutil
from pathlib import Path
from contextlib import redirect_stderr, redirect_stdout

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.api import QueryError, SearchResult
from index.library import Library

FIELDS = ["title", "body", "outlet", "claimant", "metric", "side", "published", "value",
          "colour", "file", "VALUE"]
WORDS = ["Bakhmut", "tanks", "General", "Staff", "AND", "OR", "NOT", "TO", "to", "*", "~",
         "~2", "~9", ">", "<", ">=", "(", ")", "[", "]", "{", "}", '"', "'", ":", "^", "\\",
         "500000", "99999999999999999999999999", "2024-02-30", "2024", "-", "+", "\x00",
         "\x1b[31m", "[bold]", "日本", "\u202e"]

token = st.one_of(
    st.sampled_from(WORDS),
    st.builds(lambda f, w: f"{f}:{w}", st.sampled_from(FIELDS), st.sampled_from(WORDS)),
    st.text(max_size=8),
)
queries = st.one_of(
    st.text(max_size=60),
    st.lists(token, max_size=12).map(" ".join),
    st.lists(token, max_size=12).map("".join),
    st.integers(0, 60).map(lambda n: "(" * n + "Bakhmut" + ")" * n),
    st.tuples(st.integers(0, 10**30), st.integers(0, 10**30)).map(
        lambda r: f"value:[{r[0]} to {r[1]}]"),
)


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    root = tmp_path_factory.mktemp("fuzz") / "corpus"
    shutil.copytree(Path(__file__).resolve().parents[1] / "sample_articles", root)
    lib = Library(root, cache_dir=root.parent / "cache")
    lib.update()
    return lib


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=queries)
def test_library_search_answers_or_explains_in_one_line(library, query):
    try:
        result = library.search(query, limit=5)
    except QueryError as err:
        assert str(err) and "\n" not in str(err)
        return
    assert isinstance(result, SearchResult)
    assert result.total >= len(result.hits)
    for hit in result.hits:
        text = library.article(hit.file).text
        assert all(0 <= s < e <= len(text) for s, e in hit.hits)


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=queries)
def test_tally_search_exits_0_or_2_with_one_line(library, query, monkeypatch):
    from tui.cli import main as cli

    monkeypatch.setenv("TALLY_CACHE_DIR", str(library.cache.parent))
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = cli.main(["search", query, str(library.root), "--json"])
    assert code in (0, 2), err.getvalue()
    assert "Traceback" not in out.getvalue() + err.getvalue()
    if code == 2:
        lines = err.getvalue().splitlines()
        assert len(lines) == 1 and lines[0].startswith("tally: error:")
