"""Static checks of the code itself: pyflakes finds names that are used but never defined (a NameError waiting
for the one article that reaches that branch), imports nobody uses, and the like."""
from __future__ import annotations

from pathlib import Path

from pyflakes.api import checkPath
from pyflakes.reporter import Reporter

ROOT = Path(__file__).resolve().parent.parent


class _Collect(Reporter):
    def __init__(self) -> None:
        self.messages: list[str] = []

    def unexpectedError(self, filename, message):  # noqa: N802 (pyflakes' API)
        self.messages.append(f"{filename}: {message}")

    def syntaxError(self, filename, msg, lineno, offset, text):  # noqa: N802
        self.messages.append(f"{filename}:{lineno}: {msg}")

    def flake(self, message):
        self.messages.append(str(message))


def test_pyflakes_finds_nothing_in_the_package_dags_and_tests():
    report = _Collect()
    files = sorted(p for folder in ("pipeline", "dags", "tests") for p in (ROOT / folder).rglob("*.py"))
    assert len(files) > 20
    for path in files:
        checkPath(str(path), report)
    assert report.messages == []
