"""Benchmarks for tally at 1k, 10k and 100k articles: `python -m bench make|run` (README.md)."""
