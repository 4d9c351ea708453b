# ruff: noqa: E501  (whole sentences of UI text are keys here)
"""German by default, English on request: the language of a page, and the English of every German text."""

from fastapi import Request

from matchwerk.matching.router import _language as explanation_language  # the API's rule, so both agree

LANGUAGES = ("de", "en")
LANG_COOKIE = "mw_lang"


def pick_language(request: Request) -> str:
    """The language chosen with the switch (cookie), else the first of de/en in Accept-Language, else de."""
    chosen = request.cookies.get(LANG_COOKIE)
    if chosen in LANGUAGES:
        return chosen
    return explanation_language(request.headers.get("accept-language"))


def translate(text: str, lang: str) -> str:
    """The English of a German UI text (the German itself when lang is de or no translation exists)."""
    if lang == "de":
        return text
    return ENGLISH.get(text, text)


# German UI text -> English. tests/web/test_i18n.py checks that every text in the templates is here.
ENGLISH: dict[str, str] = {
    # layout and navigation
    "Zum Inhalt springen": "Skip to content",
    "Hauptnavigation": "Main navigation",
    "Personen": "People",
    "Stellen": "Vacancies",
    "Vermittlungen": "Placements",
    "Statistik": "Statistics",
    "Verwaltung": "Administration",
    "Abmelden": "Sign out",
    "Sprache": "Language",
    "Angemeldet als": "Signed in as",
    "Rolle": "Role",
    # sign-in
    "Anmelden": "Sign in",
    "E-Mail": "E-mail",
    "Passwort": "Password",
    "Bitte melden Sie sich mit Ihrem Konto an.": "Please sign in with your account.",
    "E-Mail oder Passwort ist falsch.": "E-mail or password is wrong.",
    "Zu viele Fehlversuche. Bitte warten Sie {minutes} Minuten.": (
        "Too many failed attempts. Please wait {minutes} minutes."
    ),
    "Sie wurden abgemeldet.": "You have been signed out.",
    "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.": (
        "Your session has expired. Please sign in again."
    ),
    "Das Formular ist abgelaufen. Bitte versuchen Sie es noch einmal.": (
        "The form has expired. Please try again."
    ),
    # people
    "Suche": "Search",
    "Name, Referenz oder Beruf": "Name, reference or occupation",
    "Suchen": "Search",
    "Filter": "Filters",
    "Status": "Status",
    "alle": "all",
    "Deutsch mindestens": "German at least",
    "Aufnahmeeinrichtung": "Reception centre",
    "Person erfassen": "Add person",
    "Keine Personen gefunden.": "No people found.",
    "Weitere anzeigen": "Show more",
    "Name": "Name",
    "Referenz": "Reference",
    "Beruf": "Occupation",
    "Deutsch": "German",
    "Wohnort": "Place of residence",
    "aktiv": "active",
    "vermittelt": "placed",
    "inaktiv": "inactive",
    # intake form
    "Pflichtfelder sind mit * markiert.": "Required fields are marked with *.",
    "Bitte korrigieren Sie die markierten Angaben.": "Please correct the marked entries.",
    "Angaben zur Person": "Personal details",
    "Vorname": "Given name",
    "Nachname": "Family name",
    "Geburtsdatum": "Date of birth",
    "Telefon": "Phone",
    "Staatsangehörigkeit": "Nationality",
    "Ländercode, z. B. UA, SY, AF": "Country code, e.g. UA, SY, AF",
    "Einwilligungen": "Consent",
    "Bitte lesen Sie die Texte der Person vor oder lassen Sie sie übersetzen. Jede Einwilligung ist freiwillig und kann jederzeit widerrufen werden.": (
        "Please read these texts to the person or have them translated. Every consent is voluntary and can be "
        "withdrawn at any time."
    ),
    "Ich bin einverstanden, dass mein Profil mit offenen Stellen verglichen wird, damit Beraterinnen und Berater passende Arbeit für mich finden.": (
        "I agree that my profile is compared with open vacancies so that advisors can find suitable work for me."
    ),
    "Ich bin einverstanden, dass Arbeitgeber mein Profil ohne Namen sehen. Meinen Namen und meine Kontaktdaten erhält ein Arbeitgeber erst, wenn eine Beraterin oder ein Berater mich für eine bestimmte Stelle freigibt.": (
        "I agree that employers see my profile without my name. An employer only gets my name and contact "
        "details when an advisor releases me for a specific vacancy."
    ),
    "Ich bin einverstanden, dass mein Profil mit Kontaktdaten an die Agentur für Arbeit bzw. das Jobcenter weitergegeben wird.": (
        "I agree that my profile with contact details is passed on to the employment agency or job centre."
    ),
    "Aufenthalt und Arbeitserlaubnis": "Residence and right to work",
    "Aufenthaltsstatus": "Residence status",
    "Arbeitserlaubnis": "Right to work",
    "bitte wählen": "please choose",
    "Ort und Mobilität": "Place and mobility",
    "Postleitzahl": "Postal code",
    "Ort": "Municipality",
    "Maximaler Arbeitsweg (km)": "Maximum commute (km)",
    "Bereit umzuziehen": "Willing to relocate",
    "Berufe": "Occupations",
    "Beruf {n}": "Occupation {n}",
    "in jeder Sprache, z. B. електрик, كهربائي, Elektriker": "in any language, e.g. електрик, كهربائي, Elektriker",
    "Vorschläge": "Suggestions",
    "Automatisch zuordnen": "Assign automatically",
    "Berufserfahrung (Jahre)": "Work experience (years)",
    "Qualifikation": "Qualification",
    "Land der Qualifikation": "Country of qualification",
    "Anerkennung": "Recognition",
    "Sprachen": "Languages",
    "Sprache {n}": "Language {n}",
    "Sprachcode, z. B. de, en, uk, ar": "Language code, e.g. de, en, uk, ar",
    "Niveau": "Level",
    "Zertifikat": "Certificate",
    "Weiteres": "More",
    "Kenntnisse (durch Komma getrennt)": "Skills (separated by commas)",
    "Führerscheine": "Driving licences",
    "Verfügbar ab": "Available from",
    "Beschäftigungsarten": "Employment types",
    "Speichern": "Save",
    "Profil gespeichert.": "Profile saved.",
    "Unbekannte Postleitzahl.": "Unknown postal code.",
    # profile
    "Profil": "Profile",
    "Einwilligungsverlauf": "Consent history",
    "Passende Stellen": "Matching vacancies",
    "Noch keine Änderungen.": "No changes yet.",
    "Keine passenden offenen Stellen.": "No matching open vacancies.",
    "Keine Angabe": "Not given",
    "ja": "yes",
    "nein": "no",
    "Abgleich mit Stellen": "Matching with vacancies",
    "Weitergabe an Arbeitgeber": "Sharing with employers",
    "Weitergabe an Arbeitsagentur": "Sharing with employment agency",
    "erteilt": "given",
    "widerrufen": "withdrawn",
    "Zeitpunkt": "Time",
    "geändert von": "changed by",
    "Änderung": "Change",
    "Erfasst": "Captured",
    "Bestandteil": "Component",
    "Bewertung": "Score",
    "Begründung": "Reason",
    "Hindernisse": "Blockers",
    "Nächste Schritte": "Next steps",
    "Hinweise": "Notes",
    "Übereinstimmung": "Match",
    "Stelle öffnen": "Open vacancy",
    "Profil öffnen": "Open profile",
    "unter Qualifikation": "below qualification",
    "braucht Zustimmung der Ausländerbehörde": "needs approval of the foreigners' authority",
    # components
    "Beruf_": "Occupation",
    "Sprache_": "Language",
    "Anerkennung_": "Recognition",
    "Erfahrung_": "Experience",
    "Verfügbarkeit_": "Availability",
    "Entfernung_": "Location",
    # vacancies
    "Arbeitgeber": "Employer",
    "Stellen gesamt": "Positions",
    "Beginn": "Start",
    "Keine Stellen gefunden.": "No vacancies found.",
    "Passende Personen": "Matching people",
    "Keine passenden Personen.": "No matching people.",
    "Anforderungen": "Requirements",
    "Angebote": "Offers",
    "Sprachkurs": "Language course",
    "Unterstützung bei der Anerkennung": "Support with recognition",
    "Wohnung": "Housing",
    "Mindesterfahrung (Jahre)": "Minimum experience (years)",
    "Umkreis (km)": "Radius (km)",
    "nur ohne Hindernisse": "only without blockers",
    "Anzeigen": "Show",
    "offen": "open",
    "pausiert": "paused",
    "besetzt": "filled",
    "geschlossen": "closed",
    # admin
    "Benutzer": "Users",
    "API-Schlüssel": "API keys",
    "Protokoll": "Audit log",
    "Benutzer anlegen": "Create user",
    "Passwort (leer: wird erzeugt)": "Password (empty: generated)",
    "Anlegen": "Create",
    "Neues Passwort für {email} (wird nur jetzt angezeigt):": "New password for {email} (shown only now):",
    "Letzte Anmeldung": "Last sign-in",
    "gesperrt": "disabled",
    "Sperren": "Disable",
    "Entsperren": "Enable",
    "Passwort zurücksetzen": "Reset password",
    "Schlüssel anlegen": "Create key",
    "Bezeichnung": "Label",
    "Arbeitgeber-ID (nur Rolle employer)": "Employer id (role employer only)",
    "Aufnahmeeinrichtung (nur Rolle intake)": "Reception centre (role intake only)",
    "Neuer Schlüssel (wird nur jetzt angezeigt):": "New key (shown only now):",
    "Zuletzt benutzt": "Last used",
    "Widerrufen": "Revoke",
    "widerrufen am": "revoked on",
    "Angelegt": "Created",
    "Aktion": "Action",
    "Ressource": "Resource",
    "Akteur": "Actor",
    "Von": "From",
    "Bis": "Until",
    "Details": "Details",
    "Keine Einträge.": "No entries.",
    # validation messages of the intake form (forms.MESSAGES)
    "Bitte ausfüllen.": "Please fill in.",
    "Bitte eine Referenz angeben, z. B. ZUE-RAT-000123.": "Please give a reference, e.g. ZUE-RAT-000123.",
    "Diese Referenz ist schon vergeben.": "This reference is already taken.",
    "Bitte eine fünfstellige Postleitzahl eingeben.": "Please enter a five-digit postal code.",
    "Bitte ein gültiges Datum eingeben.": "Please enter a valid date.",
    "Bitte eine gültige E-Mail-Adresse eingeben.": "Please enter a valid e-mail address.",
    "Bitte eine gültige Telefonnummer eingeben, z. B. +49 211 555010.": (
        "Please enter a valid phone number, e.g. +49 211 555010."
    ),
    "Bitte einen Ländercode aus zwei Großbuchstaben eingeben, z. B. UA.": (
        "Please enter a two-letter country code, e.g. UA."
    ),
    "Bitte einen Sprachcode aus Kleinbuchstaben eingeben, z. B. uk.": (
        "Please enter a lower-case language code, e.g. uk."
    ),
    "Bitte eine Zahl im erlaubten Bereich eingeben.": "Please enter a number in the allowed range.",
    "Jede Sprache nur einmal angeben.": "Give each language only once.",
    "Bitte das Niveau wählen.": "Please choose the level.",
    "Diese Angabe ist ungültig.": "This entry is not valid.",
    # placements
    "Meine Fälle, fällig diese Woche": "My cases due this week",
    "fällig": "due",
    "Keine fälligen Fälle bis Sonntag.": "No cases due by Sunday.",
    "Offene Fälle nach Phase": "Open cases by stage",
    "Vermittlung": "Placement",
    "Phase": "Stage",
    "Person": "Person",
    "Stelle": "Vacancy",
    "Nächster Schritt": "Next step",
    "Phase ändern": "Change stage",
    "Neue Phase": "New stage",
    "Grund (nur bei Abschluss)": "Reason (closing only)",
    "Fällig am": "Due on",
    "Notiz": "Note",
    "Verlauf": "History",
    "Vorschlagen": "Propose",
    "Freigeben": "Release",
    "Vermittlung öffnen": "Open placement",
    "Noch keine Vermittlungen.": "No placements yet.",
    # assignment
    "Zuordnung": "Assignment",
    "Verteilt die Personen so auf die offenen Stellen, dass die Summe der Übereinstimmungen am größten ist: jede Person höchstens einmal, jede Stelle höchstens mit ihren offenen Plätzen.": (
        "Assigns people to open vacancies so that the sum of the match scores is highest: each person at most "
        "once, each vacancy at most with its open positions."
    ),
    "{n} Vorschläge angelegt, {m} übersprungen (schon vorgeschlagen oder nicht mehr möglich).": (
        "{n} proposals created, {m} skipped (already proposed or no longer possible)."
    ),
    "Beruf (KldB-Code oder Anfang)": "Occupation (KldB code or prefix)",
    "Ort der Stelle": "Place of the vacancy",
    "Mindest-Übereinstimmung (0 bis 1)": "Minimum match (0 to 1)",
    "Zuordnung berechnen": "Compute assignment",
    "{placed} von {positions} offenen Plätzen besetzt, Summe {total}; nach dem Prinzip „wer zuerst kommt“: {gplaced} Plätze, Summe {gtotal}.": (
        "{placed} of {positions} open positions filled, total {total}; first come, first served: "
        "{gplaced} positions, total {gtotal}."
    ),
    "Übernehmen": "Accept",
    "Ausgewählte vorschlagen": "Propose the selected",
    "Keine Paare über der Mindest-Übereinstimmung.": "No pairs above the minimum match.",
    # statistics
    "Anonyme Zahlen: Gruppen mit 1 bis 4 Personen (und Werte, aus denen sie sich errechnen ließen) werden nicht veröffentlicht.": (
        "Anonymous figures: groups of 1 to 4 people (and values they could be worked out from) are never published."
    ),
    "Auswertung": "Report",
    "Angebot und Nachfrage": "Supply and demand",
    "Gruppiert nach": "Grouped by",
    "Regionen": "Regions",
    "Regierungsbezirke": "Government districts",
    "Kreise und kreisfreie Städte": "Counties and county-free cities",
    # errors
    "Nicht gefunden": "Not found",
    "Diesen Eintrag gibt es nicht, oder er ist für Sie nicht sichtbar.": (
        "This entry does not exist, or you may not see it."
    ),
    "Kein Zugriff": "No access",
    "Ihre Rolle darf diese Seite nicht öffnen.": "Your role may not open this page.",
    "Fehler": "Error",
    "Zurück zur Übersicht": "Back to the overview",
    "Seite {n}": "Page {n}",
    "Tabelle": "Table",
}
