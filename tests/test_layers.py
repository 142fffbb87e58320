"""The stages of `index/` import one way only, so a change inside one cannot reach the
others unseen: reading (a path in, articles out) and extraction (an article in, figures out)
know nothing of each other or of storage; storage knows nothing of extraction; only the
search index's package imports Whoosh; the command line's modules import no Textual.

Imports are read from the source (every `import`, also inside functions), so a rule broken
by a lazy import fails here as well."""

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

# stage -> the packages it must not import
RULES = {
    "index.reading": ("index.extraction", "index.storage", "index.library", "index.updater",
                      "index.pipeline", "tui"),
    "index.extraction": ("index.reading", "index.storage", "index.library", "index.updater",
                         "index.pipeline", "tui"),
    "index.dates": ("index.reading", "index.extraction", "index.storage", "index.library", "tui"),
    "index.storage": ("index.extraction", "index.reading", "index.library", "index.updater",
                      "index.pipeline", "tui"),
    # checking reads the library's records (model, api), never files or extraction's rules
    "index.checking": ("index.reading", "index.extraction", "index.storage", "index.library",
                       "index.updater", "index.pipeline", "tui"),
    "index": ("tui", "textual"),
    "tui.cli.main": ("textual",),
}


def imports_of(path: Path, module: str) -> set[str]:
    """Every module `path` imports, absolute, with relative imports resolved."""
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[:len(package) - node.level + 1] if node.level else []
            name = ".".join(base + ([node.module] if node.module else []))
            found.add(name)
            found.update(f"{name}.{a.name}" for a in node.names)
    return found


def modules_under(package: str):
    folder = REPO.joinpath(*package.split("."))
    for path in sorted(folder.rglob("*.py")):
        parts = path.relative_to(REPO).with_suffix("").parts
        yield path, ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def breaks(module_imports: set[str], banned: tuple[str, ...]) -> list[str]:
    return sorted(m for m in module_imports
                  if any(m == b or m.startswith(b + ".") for b in banned))


@pytest.mark.parametrize("stage", sorted(RULES))
def test_each_stage_imports_only_what_it_may(stage):
    wrong = {}
    for path, module in modules_under(stage):
        bad = breaks(imports_of(path, module), RULES[stage])
        if bad:
            wrong[module] = bad
    assert wrong == {}


def test_only_the_search_index_package_imports_whoosh():
    allowed = "index.storage.search_index"
    users = sorted(module for path, module in modules_under("index")
                   if breaks(imports_of(path, module), ("whoosh",))
                   and not (module == allowed or module.startswith(allowed + ".")))
    assert users == []


def test_a_broken_rule_is_caught(tmp_path):
    # what the rule test sees in a module of extraction that reaches into storage lazily
    source = tmp_path / "claims.py"
    source.write_text("def f():\n    from index.storage.catalog import Catalog\n"
                      "from ..reading import loading\n")
    seen = imports_of(source, "index.extraction.claims")
    assert breaks(seen, RULES["index.extraction"]) == [
        "index.reading", "index.reading.loading", "index.storage.catalog",
        "index.storage.catalog.Catalog"]


def test_no_module_is_a_cycle_of_two():
    """Two modules importing each other (even under TYPE_CHECKING) hide which one is the base."""
    graph = {module: imports_of(path, module) for path, module in modules_under("index")}
    pairs = sorted((a, b) for a in graph for b in graph[a]
                   if a < b and b in graph and a in graph[b])
    assert pairs == []
