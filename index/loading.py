"""Reading article files into `Article` records (text cleaned, title, metadata, dates)."""

from __future__ import annotations

from pathlib import Path

from .model import Article, Skip

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl")


def list_files(root: Path) -> tuple[list[Path], list[Skip]]:
    """Every article file under `root` (a folder, recursive, or one file), sorted; plus the
    entries that cannot be articles (symlink loops, links leaving the corpus, FIFOs ...)."""
    raise NotImplementedError


def load_file(path: Path, rel: str) -> tuple[list[Article], list[Skip]]:
    """Read one file. A .jsonl/.json file can hold many articles (their `file` is
    `rel#N`, N counting from 1). Never raises: problems come back as Skips with a reason."""
    raise NotImplementedError
