"""The plain data of the triage decision: what goes in and what comes out.

No ORM here: the worker, the `triage` command, the admin preview, the API and the benchmarks all
build these from their own sources and call the same pure function.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

Role = Literal["patient", "assistant", "staff"]
Action = Literal["answer", "handoff"]
PriorityName = Literal["urgent", "high", "normal"]

PRIORITY_ORDER: tuple[PriorityName, ...] = ("urgent", "high", "normal")
# The contract's trigger names, in the order a reason is reported.
TRIGGERS: tuple[str, ...] = (
    "urgent",
    "medical",
    "emotional",
    "human_request",
    "consultation",
    "lead",
    "low_confidence",
    "ambiguous",
)
TRIGGER_PRIORITY: Mapping[str, PriorityName] = {
    "urgent": "urgent",
    "medical": "high",
    "emotional": "high",
    "lead": "high",
    "human_request": "normal",
    "consultation": "normal",
    "low_confidence": "normal",
    "ambiguous": "normal",
}


@dataclass(frozen=True)
class Turn:
    role: Role
    text: str


@dataclass(frozen=True)
class Match:
    """One FAQ's best-scoring row for a text."""

    faq_key: str
    score: float
    matched_text: str


@dataclass(frozen=True)
class GuardHit:
    trigger: str
    sentence: str
    rule: str


@dataclass(frozen=True)
class TriageSettings:
    """A clinic's knobs, as plain data."""

    clinic_name: str = "the clinic"
    clinic_phone: str = ""
    timezone: str = "UTC"
    business_hours: Mapping[str, list[str]] = field(default_factory=dict)
    confidence_threshold: float = 0.45
    ambiguity_margin: float = 0.04
    languages: tuple[str, ...] = ("en",)
    extra_phrases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Decision:
    action: Action
    triggers: tuple[str, ...]
    priority: PriorityName
    faq_key: str | None
    score: float | None
    lead: bool
    reply: str
    hits: tuple[GuardHit, ...] = ()
    matches: tuple[Match, ...] = ()
    summary: str = ""
    language: str = "en"
    answered_keys: tuple[str, ...] = ()
    at: datetime | None = None

    def contract_dict(self, message_id: Any) -> dict[str, Any]:
        """The output line of the triage contract (fields may be added, never renamed)."""
        return {
            "id": message_id,
            "action": self.action,
            "triggers": list(self.triggers),
            "priority": self.priority,
            "faq_key": self.faq_key,
            "score": None if self.score is None else round(self.score, 4),
            "lead": self.lead,
            "reply": self.reply,
            "summary": self.summary,
            "language": self.language,
            "matches": [{"faq_key": m.faq_key, "score": round(m.score, 4)} for m in self.matches],
        }


def highest_priority(triggers: tuple[str, ...] | list[str]) -> PriorityName:
    ranks = [PRIORITY_ORDER.index(TRIGGER_PRIORITY.get(t, "normal")) for t in triggers]
    return PRIORITY_ORDER[min(ranks)] if ranks else "normal"
