"""German and English names of the contract's enum values, as advisors read them."""

LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "residence_status": {
        "asylum_seeker": ("Asylsuchend (Aufenthaltsgestattung)", "Asylum seeker (Aufenthaltsgestattung)"),
        "tolerated": ("Geduldet (Duldung)", "Tolerated (Duldung)"),
        "residence_permit": ("Aufenthaltserlaubnis", "Residence permit"),
        "temporary_protection": ("Vorübergehender Schutz (§ 24 AufenthG)", "Temporary protection (§24)"),
        "settlement_permit": ("Niederlassungserlaubnis", "Settlement permit"),
        "eu_citizen": ("EU-Bürgerin/EU-Bürger", "EU citizen"),
        "other": ("Sonstiges", "Other"),
    },
    "work_authorization": {
        "permitted": ("Arbeit erlaubt", "Permitted to work"),
        "permitted_with_approval": ("Mit Zustimmung der Ausländerbehörde", "With approval of the authority"),
        "not_permitted": ("Keine Arbeitserlaubnis", "Not permitted to work"),
    },
    "qualification_level": {
        "none": ("Keine formale Qualifikation", "No formal qualification"),
        "on_the_job": ("Im Beruf gelernt", "Learned on the job"),
        "vocational": ("Berufsausbildung", "Vocational training"),
        "bachelor": ("Bachelor", "Bachelor"),
        "master": ("Master/Diplom", "Master/diploma"),
        "doctorate": ("Promotion", "Doctorate"),
    },
    "recognition_status": {
        "not_started": ("Nicht begonnen", "Not started"),
        "not_required": ("Nicht erforderlich", "Not required"),
        "applied": ("Beantragt", "Applied"),
        "partial": ("Teilweise gleichwertig", "Partial equivalence"),
        "full": ("Voll gleichwertig", "Full equivalence"),
        "rejected": ("Abgelehnt", "Rejected"),
        "zab_evaluated": ("ZAB-Zeugnisbewertung", "ZAB credential evaluation"),
    },
    "certificate": {
        "goethe": ("Goethe", "Goethe"),
        "telc": ("telc", "telc"),
        "testdaf": ("TestDaF", "TestDaF"),
        "dtz": ("DTZ", "DTZ"),
        "osd": ("ÖSD", "ÖSD"),
        "other": ("Anderes", "Other"),
        "none": ("Keines", "None"),
    },
    "employment_type": {
        "full_time": ("Vollzeit", "Full time"),
        "part_time": ("Teilzeit", "Part time"),
        "apprenticeship": ("Ausbildung", "Apprenticeship"),
        "internship": ("Praktikum", "Internship"),
    },
    "candidate_status": {
        "active": ("aktiv", "active"),
        "placed": ("vermittelt", "placed"),
        "inactive": ("inaktiv", "inactive"),
    },
    "vacancy_status": {
        "open": ("offen", "open"),
        "paused": ("pausiert", "paused"),
        "filled": ("besetzt", "filled"),
        "closed": ("geschlossen", "closed"),
    },
    "role": {
        "admin": ("Administration", "Admin"),
        "advisor": ("Beratung", "Advisor"),
        "intake": ("Erfassung (Aufnahmeeinrichtung)", "Intake (reception centre)"),
        "employer": ("Arbeitgeber", "Employer"),
        "partner": ("Partner", "Partner"),
    },
    "stage": {
        "requested": ("Angefragt", "Requested"),
        "proposed": ("Vorgeschlagen", "Proposed"),
        "released": ("Freigegeben", "Released"),
        "contacted": ("Kontaktiert", "Contacted"),
        "interview": ("Vorstellungsgespräch", "Interview"),
        "trial_work": ("Probearbeit", "Trial work"),
        "offer": ("Angebot", "Offer"),
        "hired": ("Eingestellt", "Hired"),
        "closed": ("Abgeschlossen", "Closed"),
    },
    "closed_reason": {
        "not_suitable": ("Nicht geeignet", "Not suitable"),
        "employer_declined": ("Arbeitgeber hat abgesagt", "Employer declined"),
        "candidate_declined": ("Person hat abgesagt", "Candidate declined"),
        "candidate_unreachable": ("Person nicht erreichbar", "Candidate unreachable"),
        "consent_withdrawn": ("Einwilligung widerrufen", "Consent withdrawn"),
        "no_work_permit": ("Keine Arbeitserlaubnis", "No work permit"),
        "language": ("Sprache", "Language"),
        "recognition": ("Anerkennung", "Recognition"),
        "vacancy_filled": ("Stelle besetzt", "Vacancy filled"),
        "vacancy_closed": ("Stelle geschlossen", "Vacancy closed"),
        "duplicate": ("Doppelt", "Duplicate"),
        "other": ("Sonstiges", "Other"),
    },
    "component": {
        "occupation": ("Beruf", "Occupation"),
        "language": ("Sprache", "Language"),
        "recognition": ("Anerkennung", "Recognition"),
        "experience": ("Erfahrung", "Experience"),
        "availability": ("Verfügbarkeit", "Availability"),
        "location": ("Entfernung", "Location"),
    },
    "flag": {
        "below_qualification": ("unter Qualifikation", "below qualification"),
        "needs_work_approval": ("braucht Zustimmung der Ausländerbehörde", "needs work approval"),
    },
}


def label(kind: str, value: object, lang: str) -> str:
    """The readable name of an enum value (the value itself when unknown, '–' when empty)."""
    if value is None or value == "":
        return "–"
    names = LABELS.get(kind, {}).get(str(value))
    if names is None:
        return str(value)
    return names[0] if lang == "de" else names[1]


def choices(kind: str, lang: str) -> list[tuple[str, str]]:
    """(value, readable name) pairs for a select."""
    return [(value, names[0] if lang == "de" else names[1]) for value, names in LABELS[kind].items()]
