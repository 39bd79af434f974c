"""Reads that feed the triage decision."""

import re

from handoff.decision import TriageSettings
from handoff.models import GuardPhrase
from medspai.models import Clinic


def triage_settings_for_clinic(*, clinic: Clinic) -> TriageSettings:
    """A clinic's thresholds, hours and manager-added guard phrases as plain data."""
    phrases: dict[str, list[str]] = {}
    rows = GuardPhrase.objects.filter(clinic=clinic, active=True).values_list("trigger", "phrase")
    for trigger, phrase in rows.order_by("trigger", "phrase"):
        phrases.setdefault(trigger, []).append(phrase)
    return TriageSettings(
        clinic_name=clinic.name,
        clinic_phone=clinic.frontdesk_phone,
        timezone=clinic.timezone,
        business_hours=dict(clinic.business_hours or {}),
        confidence_threshold=clinic.confidence_threshold,
        ambiguity_margin=clinic.ambiguity_margin,
        languages=clinic_languages(clinic.languages),
        extra_phrases={trigger: tuple(p) for trigger, p in phrases.items()},
    )


def clinic_languages(value: str) -> tuple[str, ...]:
    """'en, es' -> ('en', 'es'); English when nothing is set."""
    codes = [c.strip().lower()[:2] for c in re.split(r"[,;\s]+", value or "") if c.strip()]
    return tuple(dict.fromkeys(codes)) or ("en",)
