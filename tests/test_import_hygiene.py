"""The core must stay free of the UI: importing every `index` module loads no Textual."""

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import index


def test_importing_index_loads_no_textual():
    modules = [m.name for m in pkgutil.walk_packages(index.__path__, "index.")]
    code = "import sys\n" + "".join(f"import {m}\n" for m in modules) + (
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'tui'))\n"
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_no_index_source_mentions_textual():
    for path in Path(index.__path__[0]).rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert name.split(".")[0] not in ("textual", "tui"), f"{path}: imports {name}"
