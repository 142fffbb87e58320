"""tally's core: loading articles, sentences, figures, dates, the search index, queries and
timelines. Nothing in this package imports Textual (tests/test_import_hygiene.py)."""

__version__ = "0.1.0"
