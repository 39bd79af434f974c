"""Every guard rule, by trigger. See `base` for what a rule is."""

from handoff.triage.rules.base import (
    FIRST_PERSON,
    HAD_TREATMENT,
    RECENCY,
    TREATED,
    TREATMENT,
    UPCOMING_TREATMENT,
    Rule,
)
from handoff.triage.rules.feelings import EMOTIONAL
from handoff.triage.rules.lead import LEAD, SEVERAL_TREATMENTS, TREATMENT_FAMILIES, big_budget
from handoff.triage.rules.limits import OFF_LIMITS
from handoff.triage.rules.medical import MEDICAL
from handoff.triage.rules.requests import CONSULTATION, HUMAN_REQUEST
from handoff.triage.rules.urgent import MESSAGE_WIDE, URGENT

GUARD_RULES: tuple[Rule, ...] = (
    *URGENT,
    *MEDICAL,
    *EMOTIONAL,
    *HUMAN_REQUEST,
    *CONSULTATION,
    *LEAD,
    *OFF_LIMITS,
)

__all__ = [
    "FIRST_PERSON",
    "GUARD_RULES",
    "HAD_TREATMENT",
    "MESSAGE_WIDE",
    "RECENCY",
    "SEVERAL_TREATMENTS",
    "TREATED",
    "TREATMENT",
    "TREATMENT_FAMILIES",
    "UPCOMING_TREATMENT",
    "URGENT",
    "Rule",
    "big_budget",
]
