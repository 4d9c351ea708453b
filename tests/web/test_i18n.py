"""Every German text of the pages has an English translation."""

import re
from pathlib import Path

from matchwerk.web import forms, pages, routes_session
from matchwerk.web.i18n import ENGLISH, translate

TEMPLATES = Path(pages.__file__).parent / "templates"


def _texts() -> set[str]:
    found: set[str] = set()
    for template in TEMPLATES.rglob("*.html"):
        source = template.read_text(encoding="utf-8")
        found.update(re.findall(r'_\("([^"]+)"', source))
        found.update(re.findall(r"_\('([^']+)'", source))
        # macro arguments that are labels: input("name", "Label", ...), select(...), checkbox(...)
        found.update(re.findall(r'(?:input|select)\("[^"]+"(?: % n)?, "([^"]+)"', source))
        found.update(re.findall(r'checkbox\("[^"]+", "([^"]+)"', source))
        found.update(re.findall(r'hint="([^"]+)"', source))
    return found


def test_every_template_text_has_english() -> None:
    texts = _texts()
    assert len(texts) > 100
    missing = sorted(t for t in texts if t not in ENGLISH)
    assert missing == []


def test_every_message_of_the_code_has_english() -> None:
    messages = [
        *forms.MESSAGES.values(),
        routes_session.WRONG_CREDENTIALS,
        routes_session.THROTTLED,
        pages._NOT_FOUND,
        *pages._TITLES.values(),
    ]
    assert [m for m in messages if m not in ENGLISH] == []


def test_translate() -> None:
    assert translate("Personen", "en") == "People"
    assert translate("Personen", "de") == "Personen"
