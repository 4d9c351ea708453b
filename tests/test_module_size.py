"""No module in src/ grows past ~300 lines (issue 8): a long module is a concept that wants splitting."""

from pathlib import Path

import matchwerk

LIMIT = 320  # "about 300": room for a docstring line or two, not for a second concept


def test_no_module_is_longer_than_about_300_lines() -> None:
    root = Path(matchwerk.__file__).parent
    lengths = {path.relative_to(root): len(path.read_text().splitlines()) for path in root.rglob("*.py")}
    assert lengths  # the walk found the package
    assert {path: lines for path, lines in lengths.items() if lines > LIMIT} == {}
