"""Shapes handoffs into what the inbox templates show: waiting times, reasons, transcript rows."""

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.utils import timezone

from conversations.models import Message
from handoff.models import Handoff, HandoffEvent
from handoff.queue import is_overdue, waiting_minutes
from knowledge.selectors import faq_entries_by_key

TRIGGER_LABELS = {
    "urgent": "Urgent",
    "medical": "Medical",
    "emotional": "Emotional",
    "human_request": "Asked for a person",
    "consultation": "Consultation",
    "lead": "Lead",
    "low_confidence": "AI unsure",
    "ambiguous": "Ambiguous",
    "media": "Photo",
    "language": "Language",
    "repeated_failure": "Repeated failure",
    "follow_up": "Follow-up",
}
AUTHOR_LABELS = {
    Message.Author.PATIENT: "Patient",
    Message.Author.ASSISTANT: "AI",
    Message.Author.STAFF: "Staff",
    Message.Author.SYSTEM: "System",
}


def person(user: AbstractBaseUser | None) -> str:
    if user is None:
        return "System"
    full = getattr(user, "get_full_name", lambda: "")()
    return full or user.get_username()


def display_phone(phone: str) -> str:
    """+15125550123 -> +1 (512) 555-0123; other numbers as stored."""
    if len(phone) == 12 and phone.startswith("+1") and phone[1:].isdigit():
        return f"+1 ({phone[2:5]}) {phone[5:8]}-{phone[8:]}"
    return phone


def format_minutes(minutes: int) -> str:
    if minutes < 1:
        return "< 1 min"
    if minutes < 60:
        return f"{minutes} min"
    if minutes < 60 * 24:
        hours, rest = divmod(minutes, 60)
        return f"{hours} h {rest} min" if rest else f"{hours} h"
    return f"{minutes // (60 * 24)} d"


@dataclass(frozen=True)
class QueueRow:
    handoff: Handoff
    waiting: str
    overdue: bool
    mine: bool
    holder: str
    trigger_labels: list[str]


def queue_rows(
    *, handoffs: list[Handoff], user: AbstractBaseUser, now: datetime | None = None
) -> list[QueueRow]:
    now = now or timezone.now()
    return [
        QueueRow(
            handoff=h,
            waiting=format_minutes(waiting_minutes(handoff=h, now=now)),
            overdue=is_overdue(handoff=h, now=now),
            mine=h.status == Handoff.Status.CLAIMED and h.claimed_by_id == user.pk,
            holder=person(h.claimed_by) if h.claimed_by_id else "",
            trigger_labels=[TRIGGER_LABELS.get(t, t) for t in h.triggers],
        )
        for h in handoffs
    ]


@dataclass(frozen=True)
class Reasons:
    """Why the AI handed off, and what it knew, from Handoff.details."""

    triggers: list[str]
    sentence: str
    summary: str
    treatments: list[str]
    dates: list[str]
    language: str
    matches: list[dict[str, Any]]
    last_ai_reply: str
    callback_number: str
    callback_display: str
    rules: list[str] = field(default_factory=list)


def _strings(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


def considered_faq_keys(*, handoff: Handoff) -> list[str]:
    """The FAQs the AI weighed before handing off, best first."""
    return [m["faq_key"] for m in _matches(handoff)]


def _matches(handoff: Handoff) -> list[dict[str, Any]]:
    details = handoff.details if isinstance(handoff.details, dict) else {}
    matches = []
    for match in details.get("matches") or []:
        if isinstance(match, dict) and "faq_key" in match:
            try:
                score = float(match.get("score") or 0.0)
            except (TypeError, ValueError):
                score = 0.0
            matches.append(
                {
                    "faq_key": str(match["faq_key"]),
                    "score": score,
                    "percent": round(max(0.0, min(score, 1.0)) * 100),
                }
            )
    matches.sort(key=lambda m: m["score"], reverse=True)
    return matches


def handoff_reasons(*, handoff: Handoff) -> Reasons:
    details = handoff.details if isinstance(handoff.details, dict) else {}
    matches = _matches(handoff)
    questions = {
        e.key: e.question
        for e in faq_entries_by_key(clinic=handoff.clinic, keys=[m["faq_key"] for m in matches])
    }
    for match in matches:
        match["question"] = questions.get(match["faq_key"], "")
    hits = details.get("hits") or []
    return Reasons(
        triggers=[TRIGGER_LABELS.get(t, t) for t in handoff.triggers],
        sentence=handoff.trigger_sentence,
        summary=handoff.summary,
        treatments=_strings(details.get("treatments")),
        dates=_strings(details.get("dates")),
        language=str(details.get("language") or ""),
        matches=matches,
        last_ai_reply=str(details.get("last_ai_reply") or ""),
        callback_number=handoff.conversation.patient.phone,
        callback_display=display_phone(handoff.conversation.patient.phone),
        rules=[str(h.get("rule")) for h in hits if isinstance(h, dict) and h.get("rule")],
    )


@dataclass(frozen=True)
class TranscriptRow:
    message: Message
    who: str
    side: str  # "in", "out" or "internal"
    triggered: bool
    delivery: str
    delivery_problem: bool


PROBLEM_STATUSES = {
    Message.Status.FAILED,
    Message.Status.UNDELIVERED,
    Message.Status.UNKNOWN,
    Message.Status.SUPPRESSED,
}


def transcript_rows(*, messages: list[Message], handoff: Handoff) -> list[TranscriptRow]:
    rows = []
    for m in messages:
        who = AUTHOR_LABELS.get(m.author, m.author)
        if m.author == Message.Author.STAFF and m.staff_user_id:
            who = person(m.staff_user)
        internal = m.status == Message.Status.INTERNAL or m.author == Message.Author.SYSTEM
        rows.append(
            TranscriptRow(
                message=m,
                who=who,
                side="internal" if internal else m.direction,
                triggered=m.pk == handoff.trigger_message_id,
                delivery="" if m.direction == Message.Direction.INBOUND else m.get_status_display(),
                delivery_problem=m.status in PROBLEM_STATUSES,
            )
        )
    return rows


def event_line(event: HandoffEvent) -> str:
    """One line of the timeline; notes are shown beside it, message bodies are not repeated."""
    actor = person(event.actor) if event.actor_id else ""
    kind = HandoffEvent.Kind
    lines = {
        kind.OPENED: "Handed off by the AI",
        kind.ESCALATED: "Escalated to urgent",
        kind.PATIENT_MESSAGE: "Patient texted again",
        kind.VIEWED: f"{actor} viewed",
        kind.CLAIMED: f"{actor} claimed",
        kind.UNCLAIMED: "Returned to the queue",
        kind.REPLIED: f"{actor} replied",
        kind.NOTE: f"Note by {actor}",
        kind.RESOLVED: f"{actor} resolved",
        kind.RELEASED: f"{actor} handed the thread back to the AI",
    }
    return lines.get(event.kind, event.get_kind_display())
