"""Stand-ins for loading and extraction, used by the library tests only while the real
modules are still stubs (they raise NotImplementedError). Once the real ones exist, the tests
run against them and this module does nothing."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

from index.model import Article, Figure, Sentence, Skip


def real_engine_present() -> bool:
    from index import extract, loading

    try:
        loading.list_files(Path(__file__).parent)
        extract.analyse(Article(file="x.txt", title="x", text="x"))
    except NotImplementedError:
        return False
    except Exception:
        return True
    return True


def list_files(root):
    root = Path(root)
    if root.is_file():
        return [root], []
    return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in (".txt", ".md")), []


def relpath(path, root):
    root = Path(root)
    return Path(path).name if root.is_file() else Path(path).relative_to(root).as_posix()


def load_file(path, rel):
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        return [], [Skip(rel, f"unreadable ({err.strerror})")]
    if b"\x00" in data:
        return [], [Skip(rel, "binary file")]
    text = data.decode("utf-8", "replace")
    if not text.strip():
        return [], [Skip(rel, "empty file")]
    return [Article(file=rel, title=text.split("\n", 1)[0], text=text)], []


def analyse(article):
    text = article.text
    article.sentences = [Sentence(m.start(), m.end(), 0) for m in re.finditer(r"[^\n]+", text)]
    article.words = len(text.split())
    for m in re.finditer(r"\d{1,3}(?:,\d{3})+", text):
        sent = next(s for s in article.sentences if s.start <= m.start() < s.end)
        claimant = "General Staff of Ukraine" if "General Staff" in text else None
        article.figures.append(Figure(
            article.file, int(m.group().replace(",", "")), None, None, "personnel_killed",
            "russia", claimant, "cumulative", None, m.group(), m.start(), m.end(),
            text[sent.start:sent.end], sent.start, sent.end))
    return article


def install(monkeypatch) -> None:
    """Put the stand-ins in place when the real modules are stubs."""
    if real_engine_present():
        return
    from index import extract, loading

    monkeypatch.setattr(loading, "list_files", list_files)
    monkeypatch.setattr(loading, "load_file", load_file)
    monkeypatch.setattr(loading, "relpath", relpath, raising=False)
    monkeypatch.setattr(extract, "analyse", analyse)


def subprocess_env(tmp_path: Path, env: dict) -> dict:
    """Environment for a `tally` subprocess (and its worker processes) that installs the
    stand-ins through sitecustomize when the real modules are stubs."""
    env = dict(env)
    repo = str(Path(__file__).resolve().parents[1])
    paths = [repo]
    if not real_engine_present():
        site = tmp_path / "shim-site"
        site.mkdir(exist_ok=True)
        (site / "sitecustomize.py").write_text(textwrap.dedent(f"""
            import sys
            sys.path.insert(0, {repo!r})
            from tests import engine_shim
            from index import extract, loading
            loading.list_files = engine_shim.list_files
            loading.load_file = engine_shim.load_file
            loading.relpath = engine_shim.relpath
            extract.analyse = engine_shim.analyse
        """))
        paths.insert(0, str(site))
    env["PYTHONPATH"] = ":".join(paths + [env.get("PYTHONPATH", "")]).rstrip(":")
    return env
