"""Fixtures of the operations tests."""

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def work_dir() -> Iterator[Path]:
    """A directory of our own outside pytest's shared, rotated base temp (other sessions may prune it)."""
    path = Path(tempfile.mkdtemp(prefix="mw-ops-test-"))
    path.chmod(0o755)  # the embedded server runs as its own OS user when we are root
    yield path
    shutil.rmtree(path, ignore_errors=True)
