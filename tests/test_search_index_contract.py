"""The contract of the search index (`index/storage/search_index/`), as the library relies on
it, written against its calls only: Store (create, write, batch, docs, verify, generation,
clear, parse, search), SegmentBuilder (a worker's segment, adopted by a batch) and the two
errors. Nothing here imports Whoosh, so another engine, or another Whoosh distribution
(whoosh-ng, whoosh-reloaded), can be run against it:

    TALLY_SEARCH_ENGINE=my_package.search_index python -m pytest -q tests/test_search_index_contract.py

where `my_package.search_index` offers the same names as `index.storage.search_index`. To try
another Whoosh distribution, install it in place of whoosh3 in a scratch virtualenv and run
this module there (tools/newest_versions.py shows how such a run is set up).
"""

from __future__ import annotations

import importlib
import os

import pytest

from index import query as query_mod
from index.storage.documents import Doc

ENGINE = importlib.import_module(os.environ.get("TALLY_SEARCH_ENGINE",
                                                "index.storage.search_index"))

# (file, title, text, outlet, published, figures: (value, upper, metric, side, claimant))
ARTICLES = [
    ("a.txt", "Bakhmut falls after months of fighting",
     "Russian forces took Bakhmut. The General Staff of Ukraine put Russian losses at "
     "765,110 troops and 7,650 tanks.", "Kyiv Independent", "2023-05-21",
     [(765110, None, "personnel_casualties", "russia", "General Staff of Ukraine"),
      (7650, None, "tanks", "russia", "General Staff of Ukraine")]),
    ("b.txt", "Mobilisation in Russia",
     "The mobilization drew 300,000 reservists; officials near Bakhmut spoke of heavy losses.",
     "Reuters", "2022-10-01", [(300000, None, "troops_deployed", "russia", "Russian officials")]),
    ("c.txt", "Drones over Kyiv",
     "Air defence downed 20 drones overnight, the Air Force said.", "AP", "2024-01-10",
     [(20, None, "drones", "russia", "Ukrainian Air Force")]),
    ("d.txt", "Western estimate of the dead",
     "US officials estimate 120,000 Russian and 70,000 Ukrainian soldiers killed.",
     "New York Times", None,
     [(120000, None, "personnel_killed", "russia", "US officials"),
      (70000, None, "personnel_killed", "ukraine", "US officials")]),
]


def doc(file, title, text, outlet, published, figures, key="k1") -> Doc:
    return Doc(file, key, title, text, outlet, published, figures)


DOCS = [doc(*a) for a in ARTICLES]


@pytest.fixture
def store(tmp_path):
    s = ENGINE.Store(tmp_path / "index", tmp_path / "manifest.json")
    s.create()
    s.write(DOCS, [])
    yield s
    s.close()


def found(store, text: str, limit: int = 20) -> list[str]:
    total, hits, _, complete = store.search(store.parse(query_mod.check(text)), limit)
    assert complete and total >= len(hits)
    return [file for file, _ in hits]


def test_docs_lists_every_file_with_its_key(store):
    assert store.docs() == {d.file: "k1" for d in DOCS}
    assert store.exists()


@pytest.mark.parametrize("query, files", [
    ("Bakhmut", {"a.txt", "b.txt"}),
    ('"General Staff"', {"a.txt"}),
    ("Bakhmutt~", {"a.txt", "b.txt"}),        # fuzzy
    ("mobili*", {"b.txt"}),                   # prefix
    ("tank", {"a.txt"}),                      # stemmed: "tanks" in the text
    ("Bakhmut AND reservists", {"b.txt"}),
    ("drones OR reservists", {"b.txt", "c.txt"}),
    ("Bakhmut NOT mobilization", {"a.txt"}),
    ("title:Bakhmut", {"a.txt"}),
    ("outlet:reuters", {"b.txt"}),
    ('claimant:"General Staff of Ukraine"', {"a.txt"}),
    ("metric:personnel", {"a.txt", "d.txt"}),  # a group holds its metrics
    ("metric:drones", {"c.txt"}),
    ("side:ukraine", {"d.txt"}),
    ("value:>500000", {"a.txt"}),
    ("value:[100 to 10000]", {"a.txt"}),
    ("published:[2023-01-01 to 2023-06-30]", {"a.txt"}),
    ("zzyzzyx", set()),
])
def test_queries_find_the_articles_that_hold_them(store, query, files):
    assert set(found(store, query)) == files


def test_a_phrase_does_not_run_across_two_claimants(tmp_path):
    s = ENGINE.Store(tmp_path / "index", tmp_path / "manifest.json")
    s.create()
    s.write([doc("x.txt", "t", "text", None, None,
                 [(1, None, "tanks", "russia", "General Staff"), (2, None, "tanks", "russia",
                                                                  "Ukraine's army")])], [])
    assert found(s, 'claimant:"Staff Ukraine"') == []
    assert found(s, 'claimant:"General Staff"') == ["x.txt"]


def test_a_prefix_of_a_claimant_does_not_reach_the_word_between_claimants(tmp_path):
    s = ENGINE.Store(tmp_path / "index", tmp_path / "manifest.json")
    s.create()
    s.write([doc("x.txt", "t", "text", None, None,
                 [(1, None, "tanks", "russia", "General Staff"), (2, None, "tanks", "russia", "Oryx")]),
             doc("y.txt", "t", "text", None, None, [(3, None, "tanks", "russia", "Claims Office")])], [])
    assert found(s, "claimant:claim*") == ["y.txt"]


def test_a_title_match_ranks_above_a_mention_in_the_text(store):
    assert found(store, "Bakhmut")[0] == "a.txt"


def test_total_counts_every_match_beyond_the_limit(store):
    total, hits, _, _ = store.search(store.parse("Bakhmut"), 1)
    assert total == 2 and len(hits) == 1


def test_hit_offsets_point_at_the_words_in_title_and_text(store):
    _, _, matcher, _ = store.search(store.parse("tank Bakhmut"), 5)
    title, text = ARTICLES[0][1], ARTICLES[0][2]
    words = {text[a:b].lower() for a, b in matcher(title, text)}  # offsets into the text
    assert {"bakhmut", "tanks"} <= words


def test_a_time_limited_search_says_whether_it_saw_everything(store):
    total, hits, _, complete = store.search(store.parse("Bakhmut"), 10, time_limit=5.0)
    assert complete and total == 2


def test_writing_a_file_again_replaces_it_and_delete_removes_it(store):
    store.write([doc("a.txt", "Quiet day", "Nothing happened.", None, None, [], key="k2")], [])
    assert found(store, "Bakhmut") == ["b.txt"]
    assert store.docs()["a.txt"] == "k2"
    store.write([], ["b.txt"])
    assert found(store, "Bakhmut") == [] and "b.txt" not in store.docs()


def test_a_batch_that_fails_keeps_nothing_of_its_uncommitted_part(store):
    with pytest.raises(RuntimeError):
        with store.batch(set(), every=1000) as batch:
            batch.add([doc("e.txt", "Kherson", "Kherson news.", None, None, [])])
            raise RuntimeError("killed")
    assert found(store, "Kherson") == []


def test_a_batch_commits_every_n_documents(store):
    before = store.generation()
    with store.batch(set(), every=2) as batch:
        batch.add([doc(f"n{i}.txt", "Kherson", "Kherson news.", None, None, []) for i in range(5)])
    assert store.generation() > before
    assert len(found(store, "Kherson")) == 5


def test_many_small_commits_stay_searchable(store):
    for i in range(ENGINE.MAX_SEGMENTS + 3):
        with store.batch({"a.txt"}, merge=False) as batch:
            batch.add([doc(f"s{i}.txt", "Avdiivka", f"Avdiivka report {i}.", None, None, [])])
    assert len(found(store, "Avdiivka", limit=100)) == ENGINE.MAX_SEGMENTS + 3
    assert set(found(store, "Bakhmut")) == {"a.txt", "b.txt"}


def test_a_workers_segment_is_committed_with_the_batch(store):
    builder = ENGINE.SegmentBuilder(store.folder)
    builder.add([doc("w.txt", "Vuhledar", "Vuhledar was shelled.", None, None, [])])
    segment = builder.finish()
    with store.batch(set()) as batch:
        batch.adopt([segment])
    assert found(store, "Vuhledar") == ["w.txt"]
    assert ENGINE.SegmentBuilder(store.folder).finish() is None  # nothing added, nothing made


def test_another_store_on_the_folder_sees_the_commits(store, tmp_path):
    other = ENGINE.Store(store.folder, store.manifest)
    assert set(found(other, "Bakhmut")) == {"a.txt", "b.txt"}
    store.write([doc("k.txt", "Kupiansk", "Kupiansk text.", None, None, [])], [])
    assert found(other, "Kupiansk") == ["k.txt"]  # the reader's searcher moves on
    other.close()


def test_verify_passes_a_good_index_and_names_a_damaged_or_missing_one(store, tmp_path):
    store.verify()
    store.close()
    victim = max((p for p in store.folder.iterdir() if p.is_file() and "LOCK" not in p.name),
                 key=lambda p: p.stat().st_size)
    victim.write_bytes(victim.read_bytes()[: victim.stat().st_size // 2])
    with pytest.raises(ENGINE.StoreDamaged):
        ENGINE.Store(store.folder, store.manifest).verify()
    with pytest.raises(ENGINE.StoreMissing):
        ENGINE.Store(tmp_path / "nothing", tmp_path / "nothing.json").verify()


def test_clear_empties_the_index(store):
    store.clear()
    assert store.docs() == {} and found(store, "Bakhmut") == []
