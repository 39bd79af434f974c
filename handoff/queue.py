"""Reads for the staff inbox: every one is scoped to the clinics the user works for."""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import Count, Min, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from conversations.models import Conversation, Message
from handoff.models import TRIGGERS, Handoff, HandoffEvent, Priority
from medspai.tenancy import clinics_for_user

AnyUser = AbstractBaseUser | AnonymousUser
ACTIVE_STATUSES = (Handoff.Status.OPEN, Handoff.Status.CLAIMED)
STATUS_FILTERS = ("active", "open", "claimed", "resolved", "all")
PRIORITY_FILTERS = tuple(Priority.values)
TRIGGER_FILTERS = (*TRIGGERS, "media", "language", "repeated_failure", "follow_up")
_FIRST_REPLY = Min("events__created_at", filter=Q(events__kind=HandoffEvent.Kind.REPLIED))


@dataclass(frozen=True)
class QueueFilters:
    status: str = "active"
    trigger: str = ""
    priority: str = ""
    mine: bool = False

    @classmethod
    def from_params(cls, params: Mapping[str, Any]) -> "QueueFilters":
        """From a QueryDict or POST data; unknown values fall back to the default."""
        status = str(params.get("status") or "active")
        trigger = str(params.get("trigger") or "")
        priority = str(params.get("priority") or "")
        return cls(
            status=status if status in STATUS_FILTERS else "active",
            trigger=trigger if trigger in TRIGGER_FILTERS else "",
            priority=priority if priority in PRIORITY_FILTERS else "",
            mine=str(params.get("mine") or "").lower() in {"1", "true", "on", "yes"},
        )


def handoffs_for_user(*, user: AnyUser) -> QuerySet[Handoff]:
    """Every handoff the user may see: their clinics' and no one else's."""
    return Handoff.objects.filter(clinic__in=clinics_for_user(user=user))


def handoff_queue(*, user: AnyUser, filters: QueueFilters | None = None) -> QuerySet[Handoff]:
    """The queue, urgent before high before normal, then whoever has waited longest."""
    filters = filters or QueueFilters()
    qs = handoffs_for_user(user=user).select_related(
        "clinic", "conversation__patient", "claimed_by", "resolved_by"
    )
    if filters.status == "active":
        qs = qs.filter(status__in=ACTIVE_STATUSES)
    elif filters.status != "all":
        qs = qs.filter(status=filters.status)
    if filters.priority:
        qs = qs.filter(priority=filters.priority)
    if filters.trigger:
        # JSON containment is not portable to SQLite; the list is short, so match the text.
        qs = qs.filter(triggers__icontains=f'"{filters.trigger}"')
    if filters.mine:
        qs = qs.filter(claimed_by=user.pk)
    qs = qs.annotate(first_reply_at=_FIRST_REPLY)
    if filters.status == "resolved":
        return qs.order_by("-resolved_at", "-id")
    return qs.order_by("priority_rank", "created_at", "id")


def handoff_counts(*, user: AnyUser) -> dict[str, int]:
    """How many handoffs per status, and how many the user holds."""
    qs = handoffs_for_user(user=user)
    counts = qs.aggregate(
        open=Count("id", filter=Q(status=Handoff.Status.OPEN)),
        claimed=Count("id", filter=Q(status=Handoff.Status.CLAIMED)),
        resolved=Count("id", filter=Q(status=Handoff.Status.RESOLVED)),
        mine=Count("id", filter=Q(status=Handoff.Status.CLAIMED, claimed_by=user.pk)),
        unread=Count("id", filter=Q(status__in=ACTIVE_STATUSES, unread=True)),
    )
    counts["active"] = counts["open"] + counts["claimed"]
    return counts


def handoff_for_user(*, user: AnyUser, handoff_id: int) -> Handoff:
    """One handoff, or 404 when it does not exist or belongs to another clinic."""
    handoff = (
        handoffs_for_user(user=user)
        .select_related("clinic", "conversation__patient", "claimed_by", "resolved_by")
        .annotate(first_reply_at=_FIRST_REPLY)
        .filter(pk=handoff_id)
        .first()
    )
    if handoff is None:
        raise Http404("No such handoff.")
    return handoff


def handoff_transcript(*, handoff: Handoff) -> QuerySet[Message]:
    """Every message of the handoff's thread, oldest first, with who wrote the staff ones."""
    return (
        Message.objects.filter(conversation_id=handoff.conversation_id)
        .select_related("staff_user")
        .order_by("created_at", "id")
    )


def handoff_events(*, handoff: Handoff) -> QuerySet[HandoffEvent]:
    return handoff.events.select_related("actor", "message").order_by("created_at", "id")


def patient_earlier_handoffs(*, handoff: Handoff) -> QuerySet[Handoff]:
    """The same patient's previous handoffs, newest first."""
    return (
        Handoff.objects.filter(
            clinic_id=handoff.clinic_id,
            conversation__patient_id=handoff.conversation.patient_id,
            created_at__lt=handoff.created_at,
        )
        .select_related("claimed_by", "resolved_by")
        .order_by("-created_at")[:20]
    )


def patient_earlier_conversations(*, handoff: Handoff) -> QuerySet[Conversation]:
    """The patient's other (closed) threads with this clinic, newest first."""
    return (
        Conversation.objects.filter(
            clinic_id=handoff.clinic_id, patient_id=handoff.conversation.patient_id
        )
        .exclude(pk=handoff.conversation_id)
        .annotate(message_count=Count("messages"))
        .order_by("-created_at")[:20]
    )


def queue_neighbours(*, user: AnyUser, handoff: Handoff) -> tuple[int | None, int | None]:
    """The ids before and after this handoff in the user's active queue (for j/k)."""
    ids = list(handoff_queue(user=user).values_list("id", flat=True)[:500])
    if handoff.pk not in ids:
        return (None, ids[0] if ids else None)
    at = ids.index(handoff.pk)
    return (ids[at - 1] if at > 0 else None, ids[at + 1] if at + 1 < len(ids) else None)


def waiting_minutes(*, handoff: Handoff, now: datetime | None = None) -> int:
    """Minutes since the handoff opened, until staff first replied or it was resolved."""
    end = getattr(handoff, "first_reply_at", None) or handoff.resolved_at or (now or timezone.now())
    return max(0, int((end - handoff.created_at) / timedelta(minutes=1)))


def is_overdue(*, handoff: Handoff, now: datetime | None = None) -> bool:
    """Still unanswered past the clinic's response target."""
    if handoff.status == Handoff.Status.RESOLVED or getattr(handoff, "first_reply_at", None):
        return False
    return waiting_minutes(handoff=handoff, now=now) >= handoff.clinic.response_target_minutes
