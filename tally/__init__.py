"""`tally` and `python -m tally`: the one entry point, with a guard on the package names.

tally installs its code as the top-level packages `index` and `tui` (the layout it was
specified with). Those names are generic: another distribution, or an `index.py` in the
folder `python -m tally` runs from, can stand in their place. Renaming them would touch
every import in the project, so the entry point checks instead that both packages are the
ones installed beside this one and says plainly what shadows them when they are not.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_HOME = Path(__file__).resolve().parent.parent
_PACKAGES = ("index", "tui")


def shadowed() -> list[str]:
    """One line per package name that resolves to something other than tally's own."""
    import importlib.util

    problems = []
    for name in _PACKAGES:
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            spec = None
        origin = Path(spec.origin).resolve() if spec and spec.origin else None
        if origin is None or origin != _HOME / name / "__init__.py":
            problems.append(f"the module {name!r} is {origin or 'missing'}, "
                            f"not tally's ({_HOME / name})")
    return problems


def main() -> int:
    if os.name != "posix":
        # fcntl locks, forked workers and /proc: see the README's "Where tally runs"
        sys.stderr.write("tally: error: tally runs on Linux (and other POSIX systems); on "
                         "Windows run it in WSL, or read a library `tally serve` shares\n")
        return 1
    problems = shadowed()
    if problems:
        for problem in problems:
            sys.stderr.write(f"tally: error: {problem}; rename or uninstall the other one, "
                             "or run tally from another folder\n")
        return 1
    from tui.cli.main import main as cli_main

    return cli_main()
