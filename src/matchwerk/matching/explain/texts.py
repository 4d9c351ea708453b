"""The German and English wording of match explanations, and locale-aware number and date formatting."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

LANGUAGES = ("de", "en")

TEXTS: dict[str, dict[str, str]] = {
    "de": {
        "score": "({value})",
        "vacancy_unresolved": "Die Stelle hat keinen zugeordneten Beruf (KldB); ",
        "no_occupations": "Keine Berufsangaben",
        "same_occupation": "Gleicher Beruf: {vacancy}",
        "same_group_at_or_above": "{candidate} in derselben Berufsuntergruppe {group} wie {vacancy}, "
        "gleiches oder höheres Anforderungsniveau",
        "same_group_below": "{candidate} in derselben Berufsuntergruppe {group} wie {vacancy}, "
        "unter dem geforderten Anforderungsniveau",
        "same_3_digit": "{candidate} in derselben Berufsgruppe {group} wie {vacancy}",
        "same_2_digit": "{candidate} in derselben Berufshauptgruppe {group} wie {vacancy}",
        "related": "{candidate} ist laut Katalog verwandt mit {vacancy}",
        "unrelated": "Kein passender Beruf: {candidate} passt nicht zu {vacancy}",
        "title_similarity": "Titelvergleich ohne KldB-Code: „{candidate}“ und „{vacancy}“ "
        "zu {percent} % ähnlich, halb gewichtet",
        "no_language_requirements": "Keine Sprachanforderungen",
        "language": "{language} {have}, gefordert {need}: {gap}",
        "gap_met": "erfüllt",
        "gap_1": "eine Stufe darunter",
        "gap_2": "zwei Stufen darunter",
        "gap_n": "{levels} Stufen darunter",
        "course": "der Betrieb bietet einen Job-BSK",
        "average": "Mittelwert aus {count} Anforderungen",
        "level_none": "keine Kenntnisse",
        "level_native": "Muttersprache",
        "rules_regulated": "{vacancy} ist ein reglementierter Beruf",
        "rules_required": "Der Betrieb verlangt für {vacancy} eine Anerkennung",
        "rules_free": "{vacancy} ist nicht reglementiert",
        "recognition_same": "{rules}; Anerkennung dafür: {status}",
        "recognition_other": "{rules}; die Anerkennung der Person ({status}) betrifft einen anderen Beruf: "
        "{occupation}",
        "recognition_none": "{rules}; keine Berufsangaben",
        "counts_as_not_started": " (zählt hier als nicht begonnen)",
        "support": "der Betrieb unterstützt die Anerkennung (+{bonus})",
        "experience": "{years} Berufserfahrung als {occupation}, gefordert {minimum}",
        "experience_no_minimum": "{years} Berufserfahrung als {occupation}, keine Mindestanforderung "
        "(volle Punktzahl ab 5 Jahren)",
        "experience_unknown": "Berufserfahrung als {occupation} unbekannt",
        "year": "{count} Jahr",
        "years": "{count} Jahre",
        "availability": "Verfügbar {available}, Beginn {start}: {delay}",
        "available_now": "sofort",
        "available_from": "ab {date}",
        "start_now": "sofort",
        "in_time": "rechtzeitig",
        "days_late": "{days} Tage nach Beginn",
        "place_unknown": "Ort unbekannt ({which}): Entfernungsfilter nicht angewendet",
        "place_candidate": "Wohnort",
        "place_vacancy": "Arbeitsort",
        "place_both": "Wohn- und Arbeitsort",
        "no_radius": "{distance} km entfernt, kein Umkreis angegeben: Entfernungsfilter nicht angewendet",
        "within": "{distance} km entfernt, erlaubt {allowed} km",
        "relocating": "{distance} km entfernt, erlaubt {allowed} km: außerhalb, aber umzugsbereit",
        "outside": "{distance} km entfernt, erlaubt {allowed} km: außerhalb",
        "blocker_recognition_regulated": "Reglementierter Beruf {vacancy}: ohne volle Anerkennung keine "
        "Tätigkeit im Beruf (Stand: {status})",
        "blocker_recognition_required": "Der Betrieb verlangt die volle Anerkennung (Stand: {status})",
        "blocker_german": "Deutsch {have}, gefordert {need}: {gap}",
        "blocker_work_approval": "Die Beschäftigung braucht die Zustimmung der Ausländerbehörde",
        "suggest_counselling": "Anerkennungsberatung, z. B. beim IQ Netzwerk NRW, für {occupation}",
        "suggest_compensation": "Ausgleichsmaßnahme für die teilweise Gleichwertigkeit: {measure}",
        "usual_compensation": "Anpassungslehrgang oder Kenntnis- bzw. Eignungsprüfung",
        "suggest_job_bsk": "Berufsbezogener Deutschkurs (Job-BSK) von {have} Richtung {need}",
        "suggest_helper": "Einstieg als {helper}, solange die Anerkennung läuft",
        "flag_below_qualification": "{candidate} liegt auf einem höheren Anforderungsniveau ({have}) als "
        "{vacancy} ({need}): die Person würde unter ihrer Qualifikation arbeiten",
        "flag_work_approval": "Vor Arbeitsbeginn muss die Ausländerbehörde der Beschäftigung zustimmen",
    },
    "en": {
        "score": "({value})",
        "vacancy_unresolved": "The vacancy has no resolved occupation (KldB); ",
        "no_occupations": "No occupations given",
        "same_occupation": "Same occupation: {vacancy}",
        "same_group_at_or_above": "{candidate} is in the same occupational subgroup {group} as {vacancy}, "
        "at or above the required skill level",
        "same_group_below": "{candidate} is in the same occupational subgroup {group} as {vacancy}, "
        "below the required skill level",
        "same_3_digit": "{candidate} is in the same occupational group {group} as {vacancy}",
        "same_2_digit": "{candidate} is in the same occupational main group {group} as {vacancy}",
        "related": "{candidate} is related to {vacancy} in the catalogue",
        "unrelated": "No matching occupation: {candidate} does not fit {vacancy}",
        "title_similarity": "Title comparison without a KldB code: “{candidate}” and “{vacancy}” "
        "are {percent}% similar, weighted by half",
        "no_language_requirements": "No language requirements",
        "language": "{language} {have}, required {need}: {gap}",
        "gap_met": "met",
        "gap_1": "one level below",
        "gap_2": "two levels below",
        "gap_n": "{levels} levels below",
        "course": "the employer offers a job-related German course",
        "average": "average of {count} requirements",
        "level_none": "none",
        "level_native": "native",
        "rules_regulated": "{vacancy} is a regulated occupation",
        "rules_required": "The employer requires recognition for {vacancy}",
        "rules_free": "{vacancy} is not regulated",
        "recognition_same": "{rules}; recognition for it: {status}",
        "recognition_other": "{rules}; the candidate's recognition ({status}) concerns another occupation: "
        "{occupation}",
        "recognition_none": "{rules}; no occupations given",
        "counts_as_not_started": " (counts as not started here)",
        "support": "the employer supports recognition (+{bonus})",
        "experience": "{years} of experience as {occupation}, required {minimum}",
        "experience_no_minimum": "{years} of experience as {occupation}, no minimum required "
        "(full score from 5 years)",
        "experience_unknown": "Experience as {occupation} unknown",
        "year": "{count} year",
        "years": "{count} years",
        "availability": "Available {available}, start {start}: {delay}",
        "available_now": "now",
        "available_from": "from {date}",
        "start_now": "immediately",
        "in_time": "in time",
        "days_late": "{days} days after the start",
        "place_unknown": "Location unknown ({which}): the distance filter was not applied",
        "place_candidate": "candidate's place",
        "place_vacancy": "place of work",
        "place_both": "both places",
        "no_radius": "{distance} km away, no radius given: the distance filter was not applied",
        "within": "{distance} km away, {allowed} km allowed",
        "relocating": "{distance} km away, {allowed} km allowed: outside, but willing to relocate",
        "outside": "{distance} km away, {allowed} km allowed: outside",
        "blocker_recognition_regulated": "Regulated occupation {vacancy}: working in it requires full "
        "recognition (status: {status})",
        "blocker_recognition_required": "The employer requires full recognition (status: {status})",
        "blocker_german": "German {have}, required {need}: {gap}",
        "blocker_work_approval": "Employment needs approval from the foreigners' authority "
        "(Ausländerbehörde)",
        "suggest_counselling": "Recognition counselling, e.g. at IQ Netzwerk NRW, for {occupation}",
        "suggest_compensation": "Compensation measure for the partial equivalence: {measure}",
        "usual_compensation": "adaptation course or knowledge/aptitude test",
        "suggest_job_bsk": "Job-related German course (Job-BSK) from {have} towards {need}",
        "suggest_helper": "Start as {helper} while recognition is pending",
        "flag_below_qualification": "{candidate} is at a higher skill level ({have}) than {vacancy} "
        "({need}): the candidate would work below their qualification",
        "flag_work_approval": "The foreigners' authority must approve the employment before work starts",
    },
}

# KldB 2010 skill levels (the fifth digit).
SKILL_LEVEL_TEXT = {
    "de": {"1": "Helfer", "2": "Fachkraft", "3": "Spezialist", "4": "Experte"},
    "en": {"1": "helper", "2": "skilled worker", "3": "specialist", "4": "expert"},
}

RECOGNITION_STATUS_TEXT = {
    "de": {
        "not_started": "nicht begonnen",
        "not_required": "nicht erforderlich",
        "applied": "beantragt",
        "partial": "teilweise gleichwertig",
        "full": "voll anerkannt",
        "rejected": "abgelehnt",
        "zab_evaluated": "ZAB-Zeugnisbewertung",
    },
    "en": {
        "not_started": "not started",
        "not_required": "not required",
        "applied": "applied for",
        "partial": "partially equivalent",
        "full": "fully recognised",
        "rejected": "rejected",
        "zab_evaluated": "ZAB statement of comparability",
    },
}

LANGUAGE_NAMES = {
    "de": {
        "de": "Deutsch",
        "en": "Englisch",
        "ar": "Arabisch",
        "uk": "Ukrainisch",
        "ru": "Russisch",
        "fa": "Persisch",
        "tr": "Türkisch",
        "ku": "Kurdisch",
        "ti": "Tigrinya",
        "fr": "Französisch",
        "pl": "Polnisch",
        "es": "Spanisch",
    },
    "en": {
        "de": "German",
        "en": "English",
        "ar": "Arabic",
        "uk": "Ukrainian",
        "ru": "Russian",
        "fa": "Persian",
        "tr": "Turkish",
        "ku": "Kurdish",
        "ti": "Tigrinya",
        "fr": "French",
        "pl": "Polish",
        "es": "Spanish",
    },
}


def decimal(value: float, lang: str, digits: int = 2) -> str:
    """A number with fixed decimals; German uses a decimal comma."""
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if lang == "de" else text


def amount(value: float, lang: str) -> str:
    """A quantity without needless decimals (7 or 7,5)."""
    text = f"{value:.1f}".removesuffix(".0")
    return text.replace(".", ",") if lang == "de" else text


@lru_cache(maxsize=4096)
def day(value: date, lang: str) -> str:
    """A date as 01.04.2025 (de) or 2025-04-01 (en)."""
    return value.strftime("%d.%m.%Y") if lang == "de" else value.isoformat()
