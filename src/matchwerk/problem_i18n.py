"""German problem details: titles and the common details translated when Accept-Language prefers ``de``.

English stays the default for errors (clients match on ``type``, people read ``title``/``detail``);
a detail without a translation here is kept in English under a German title.
"""

import re
from typing import Any

SUPPORTED = ("de", "en")

TITLES_DE = {
    "bad-request": "Ungültige Anfrage",
    "unauthorized": "Anmeldung erforderlich",
    "authentication-required": "Anmeldung erforderlich",
    "forbidden": "Nicht erlaubt",
    "not-allowed": "Nicht erlaubt",
    "not-found": "Nicht gefunden",
    "method-not-allowed": "Methode nicht erlaubt",
    "conflict": "Konflikt",
    "precondition-failed": "Vorbedingung nicht erfüllt",
    "payload-too-large": "Anfrage zu groß",
    "request-body-too-large": "Anfrage zu groß",
    "unsupported-media-type": "Nicht unterstützter Medientyp",
    "validation-failed": "Ungültige Eingabe",
    "rate-limited": "Zu viele Anfragen",
    "too-many-requests": "Zu viele Anfragen",
    "service-unavailable": "Dienst nicht verfügbar",
    "internal-server-error": "Interner Fehler",
}
_NOUNS_DE = {
    "Candidate": "Kandidat/in",
    "Vacancy": "Stelle",
    "Employer": "Arbeitgeber",
    "Webhook endpoint": "Webhook-Endpunkt",
    "Delivery": "Zustellung",
    "API key": "API-Schlüssel",
    "Occupation": "Beruf",
}
_DETAILS_DE: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^(" + "|".join(_NOUNS_DE) + r") (\S+) not found\.$"), "{noun} {1} nicht gefunden."),
    (re.compile(r"^The request body is not valid JSON\.$"), "Der Anfragetext ist kein gültiges JSON."),
    (
        re.compile(r"^(\d+) invalid field\(s\); first: (.*)$"),
        "{0} ungültige(s) Feld(er); erstes: {1}",
    ),
    (re.compile(r"^Unknown query parameter\(s\): (.+)\.$"), "Unbekannte(r) Abfrageparameter: {0}."),
    (
        re.compile(r"^If-Match (.+) does not match the current ETag (.+)\.$"),
        "If-Match {0} passt nicht zum aktuellen ETag {1}.",
    ),
    (
        re.compile(r"^A resource with the same unique key already exists; nothing was changed\.$"),
        "Ein Datensatz mit demselben eindeutigen Schlüssel existiert bereits; nichts wurde geändert.",
    ),
    (
        re.compile(r"^A candidate with reference (.+) already exists\.$"),
        "Eine Person mit dem Aktenzeichen {0} ist bereits erfasst.",
    ),
    (re.compile(r"^The request body exceeds (\d+) bytes\.$"), "Der Anfragetext ist größer als {0} Bytes."),
    (
        re.compile(r"^The import exceeds (\d+) bytes; split it into smaller files\.$"),
        "Der Import ist größer als {0} Bytes; bitte in kleinere Dateien aufteilen.",
    ),
    (
        re.compile(r"^The import has more than (\d+) rows; split it into smaller files\.$"),
        "Der Import hat mehr als {0} Zeilen; bitte in kleinere Dateien aufteilen.",
    ),
    (
        re.compile(r"^Too many requests with this API key; retry later\.$"),
        "Zu viele Anfragen mit diesem API-Schlüssel; bitte später erneut versuchen.",
    ),
    (
        re.compile(r"^Send an API key as 'Authorization: Bearer <token>'\.$"),
        "Bitte einen API-Schlüssel als 'Authorization: Bearer <token>' senden.",
    ),
    (
        re.compile(r"^The API key is unknown or revoked\.$"),
        "Der API-Schlüssel ist unbekannt oder widerrufen.",
    ),
    (
        re.compile(r"^The role '(\w+)' may not use this operation\.$"),
        "Die Rolle '{0}' darf diese Operation nicht verwenden.",
    ),
    (
        re.compile(r"^If-Match was sent but the vacancy does not exist yet\.$"),
        "If-Match wurde gesendet, aber die Stelle existiert noch nicht.",
    ),
]


def preferred_language(accept_language: str | None, default: str = "en") -> str:
    """The supported language ranked highest in an Accept-Language header (by quality, then order)."""
    ranked = []
    for position, part in enumerate((accept_language or "").split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        ranked.append((-quality, position, tag.strip().lower()[:2]))
    return next((tag for q, _, tag in sorted(ranked) if tag in SUPPORTED and q < 0), default)


def _detail_de(detail: str) -> str:
    for pattern, template in _DETAILS_DE:
        found = pattern.match(detail)
        if found:
            groups = found.groups()
            noun = _NOUNS_DE.get(groups[0], "") if groups else ""
            return template.format(*groups, noun=noun)
    return detail


def localise(body: dict[str, Any], language: str) -> dict[str, Any]:
    """The problem body in ``language`` (German: title by ``type``, the common details)."""
    if language != "de":
        return body
    slug = str(body.get("type", "")).rsplit("/", 1)[-1]
    return {
        **body,
        "title": TITLES_DE.get(slug, body.get("title")),
        "detail": _detail_de(str(body.get("detail", ""))),
    }
