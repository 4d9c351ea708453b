"""The matching core's one-way dependency rule (docs/architecture.md), checked on the import statements."""

import ast
from pathlib import Path

import pytest

CORE = Path(__file__).parents[2] / "src" / "matchwerk" / "matching"
# What each concept folder may import from the matching core (besides itself).
ALLOWED = {
    "rules": set(),
    "explain": {"rules"},
    "index": {"rules"},
    "sync": {"rules", "index"},
    "assign": {"rules", "index"},
}
FORBIDDEN_IO = ("sqlalchemy", "asyncpg", "httpx", "fastapi", "matchwerk.db")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


@pytest.mark.parametrize("folder", sorted(ALLOWED))
def test_concept_folders_import_only_downwards(folder: str) -> None:
    offending = []
    for path in sorted((CORE / folder).glob("*.py")):
        for name in _imports(path):
            if not name.startswith("matchwerk.matching."):
                continue
            target = name.split(".")[2]
            if target != folder and target not in ALLOWED[folder]:
                offending.append(f"{path.name} imports {name}")
    assert offending == []


@pytest.mark.parametrize("folder", ["rules", "explain", "index", "assign"])
def test_pure_folders_do_no_io(folder: str) -> None:
    offending = [
        f"{path.name} imports {name}"
        for path in sorted((CORE / folder).glob("*.py"))
        for name in _imports(path)
        if name.startswith(FORBIDDEN_IO)
    ]
    assert offending == []


def test_no_matching_module_is_over_300_lines() -> None:
    long = [str(path) for path in CORE.rglob("*.py") if len(path.read_text().splitlines()) > 300]
    assert long == []
