"""What `pip install` and CI get: the README's test command is CI's, every dependency has a
known-good version in constraints.txt, the metadata says what tally is, and no module leans
on a private module of Rich or Textual."""

from __future__ import annotations

import re
import tomllib

from tests.conftest import REPO

PROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _name(requirement: str) -> str:
    return re.sub(r"[-_.]+", "-", re.match(r"[A-Za-z0-9_.\-]+", requirement).group()).lower()


def test_the_readme_test_command_is_exactly_what_ci_runs():
    ci = [line for line in (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
          if line.startswith("python3 -m venv")]
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert len(ci) == 1 and "-c constraints.txt" in ci[0]
    assert f"```sh\n{ci[0]}\n```" in readme


def test_every_dependency_has_a_known_good_version():
    pinned = {_name(line) for line in (REPO / "constraints.txt").read_text().splitlines()
              if "==" in line and not line.startswith("#")}
    wanted = PROJECT["dependencies"] + [r for extra in PROJECT["optional-dependencies"].values()
                                        for r in extra if not r.startswith("tally-reader")]
    assert {_name(r) for r in wanted} <= pinned


def test_metadata_says_license_python_and_where_it_runs():
    assert PROJECT["license"] == "MIT" and "LICENSE" in PROJECT["license-files"]
    assert "MIT License" in (REPO / "LICENSE").read_text(encoding="utf-8")
    assert "sample_articles" in (REPO / "NOTICE").read_text(encoding="utf-8")
    classifiers = set(PROJECT["classifiers"])
    assert {"Environment :: Console", "Operating System :: POSIX :: Linux",
            "Programming Language :: Python :: 3.11"} <= classifiers
    assert PROJECT["requires-python"] == ">=3.11" and PROJECT["urls"]
    assert PROJECT["dynamic"] == ["version"]  # one source: index/__init__.py


def test_no_module_imports_a_private_part_of_rich_or_textual():
    private = re.compile(r"(?:from|import)\s+(?:rich|textual)(?:\.\w+)*\._\w+|\._bindings_ready")
    for path in [*REPO.glob("index/**/*.py"), *REPO.glob("tui/**/*.py"), *REPO.glob("tally/*.py")]:
        assert not private.search(path.read_text(encoding="utf-8")), path
