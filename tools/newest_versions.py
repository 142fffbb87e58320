"""Would tally pass with the newest releases of its dependencies? Not part of CI.

CI installs the known-good versions of constraints.txt, so a new release reaches it only when
someone moves that file. This script is how to decide: in a scratch virtualenv it installs
tally with the newest versions pyproject.toml allows (no constraints), runs the suite there,
and reports which versions differ from constraints.txt, which exact pins have newer releases,
and how the suite went. With `--engine DIST` it puts another Whoosh distribution in place of
whoosh3 and runs the search index's contract suite (tests/test_search_index_contract.py).

    python tools/newest_versions.py                      # newest allowed versions, whole suite
    python tools/newest_versions.py --engine whoosh-ng   # another Whoosh, contract suite only
    python tools/newest_versions.py --keep /tmp/newest   # keep the virtualenv to look around

It prints a Markdown report on stdout and exits 0 when the tests passed, 1 when they did not.
It needs the network (the package index) and takes a few minutes.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def pins(text: str) -> dict[str, str]:
    """name -> version of `name==version` lines (requirements or constraints syntax)."""
    found = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        m = re.match(r"^([A-Za-z0-9_.\-]+)(?:\[[^\]]*\])?\s*==\s*([^\s;,]+)", line.strip('" ,'))
        if m:
            found[_norm(m.group(1))] = m.group(2)
    return found


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def changes(known: dict[str, str], now: dict[str, str]) -> list[tuple[str, str, str]]:
    """(name, known version or "", newest version or "") for every difference."""
    names = sorted(set(known) | set(now))
    return [(n, known.get(n, ""), now.get(n, "")) for n in names if known.get(n) != now.get(n)]


def exact_pins() -> dict[str, str]:
    """The `==` pins of pyproject.toml's dependencies and extras."""
    import tomllib

    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lines = list(project["dependencies"])
    for extra in project.get("optional-dependencies", {}).values():
        lines += extra
    return pins("\n".join(lines))


def run(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    print(f"$ {' '.join(command)}", file=sys.stderr)
    return subprocess.run(command, text=True, capture_output=True, **kwargs)


def newest_release(python: str, name: str) -> str | None:
    done = run([python, "-m", "pip", "index", "versions", name])
    m = re.search(r"Available versions: ([^,\s]+)", done.stdout)
    return m.group(1) if m else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", help="a Whoosh distribution to put in place of whoosh3")
    parser.add_argument("--keep", type=Path, help="build the virtualenv here and keep it")
    parser.add_argument("--workers", default="2", help="pytest -n (2)")
    args = parser.parse_args(argv)

    scratch = tempfile.TemporaryDirectory(prefix="tally-newest-")
    venv = args.keep or Path(scratch.name) / "venv"
    run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = str(venv / "bin" / "python")
    started = time.monotonic()
    install = run([python, "-m", "pip", "install", "-q", "--upgrade", "--upgrade-strategy",
                   "eager", "-e", f"{REPO}[test]"], cwd=REPO)
    if install.returncode:
        print(f"# newest versions: the install failed\n\n```\n{install.stderr[-4000:]}\n```")
        return 1
    suite = ["tests"]
    if args.engine:
        run([python, "-m", "pip", "uninstall", "-q", "-y", "whoosh3"], check=True)
        engine = run([python, "-m", "pip", "install", "-q", args.engine])
        if engine.returncode:
            print(f"# {args.engine}: the install failed\n\n```\n{engine.stderr[-4000:]}\n```")
            return 1
        suite = ["tests/test_search_index_contract.py"]
    freeze = run([python, "-m", "pip", "freeze", "--exclude-editable"], check=True).stdout
    known = pins((REPO / "constraints.txt").read_text(encoding="utf-8"))
    now = pins(freeze)
    tests = run([python, "-m", "pytest", "-q", "-n", args.workers, "-p", "no:cacheprovider",
                 *suite], cwd=REPO, env=_env(Path(scratch.name)))
    summary = (tests.stdout.strip().splitlines() or ["(no output)"])[-1]

    out = [f"# tally with the newest {'versions' if not args.engine else args.engine}",
           "", f"Python {sys.version.split()[0]}; {time.monotonic() - started:.0f} s; "
           f"suite: `{' '.join(suite)}`", "", f"**Tests: {summary}**", "",
           "## Versions that differ from constraints.txt", "",
           "| package | constraints.txt | installed now |", "| --- | --- | --- |"]
    out += [f"| {n} | {a or '-'} | {b or '-'} |" for n, a, b in changes(known, now)] or [
        "| (none) | | |"]
    out += ["", "## Exact pins in pyproject.toml with newer releases", "",
            "| package | pinned | newest release |", "| --- | --- | --- |"]
    newer = []
    for name, version in sorted(exact_pins().items()):
        latest = newest_release(python, name)
        if latest and latest != version:
            newer.append(f"| {name} | {version} | {latest} |")
    out += newer or ["| (none) | | |"]
    if tests.returncode:
        failures = [line for line in tests.stdout.splitlines()
                    if line.startswith(("FAILED", "ERROR"))]
        out += ["", "## Failures", "", "```", *failures[:80], "```"]
    print("\n".join(out))
    if args.keep is None:
        scratch.cleanup()
    return 0 if tests.returncode == 0 else 1


def _env(scratch: Path) -> dict[str, str]:
    import os

    env = dict(os.environ, TALLY_CACHE_DIR=str(scratch / "cache"))
    env.pop("PIP_CONSTRAINT", None)
    return env


if __name__ == "__main__":
    sys.exit(main())
