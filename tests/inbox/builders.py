"""A handoff in the shape intake opens one, for inbox tests (tests/factories.py has the rest)."""

from datetime import timedelta

from django.contrib.auth.models import User
from django.utils import timezone

from conversations.models import Conversation, Message
from handoff.models import PRIORITY_RANK, Handoff, HandoffEvent, Priority
from medspai.models import Clinic
from tests.factories import make_conversation, make_inbound


def make_handoff(
    *,
    clinic: Clinic,
    phone: str = "+15551230001",
    name: str = "Dana Whitfield",
    text: str = "My lips are really swollen two days after filler, is that normal?",
    triggers: tuple[str, ...] = ("medical",),
    priority: str = Priority.HIGH,
    age_minutes: int = 0,
    status: str = Handoff.Status.OPEN,
    claimed_by: User | None = None,
    summary: str = "",
) -> Handoff:
    """A handoff as intake opens it: patient text, AI ack, handoff, opened event, staff thread."""
    conversation = make_conversation(clinic=clinic, phone=phone)
    patient = conversation.patient
    if name and not patient.name:
        patient.name = name
        patient.save(update_fields=["name"])
    inbound = make_inbound(conversation=conversation, body=text)
    Message.objects.create(
        conversation=conversation,
        direction=Message.Direction.OUTBOUND,
        author=Message.Author.ASSISTANT,
        body="Thanks — a member of our team will text you shortly.",
        status=Message.Status.DELIVERED,
        in_reply_to=inbound,
        reply_kind=f"handoff_ack:{priority}",
    )
    now = timezone.now()
    handoff = Handoff.objects.create(
        clinic=clinic,
        conversation=conversation,
        trigger_message=inbound,
        triggers=list(triggers),
        priority=priority,
        priority_rank=PRIORITY_RANK[Priority(priority)],
        trigger_sentence=text.split("?")[0][:200],
        summary=summary or text[:120],
        details={
            "matches": [
                {"faq_key": "lip_filler_price", "score": 0.31},
                {"faq_key": "booking", "score": 0.12},
            ],
            "treatments": ["lip filler"],
            "dates": ["two days ago"],
            "language": "en",
            "last_ai_reply": "Lip filler is $650 per syringe.",
        },
        status=status,
        claimed_by=claimed_by,
        claimed_at=now if claimed_by else None,
        last_activity_at=now,
    )
    HandoffEvent.objects.create(handoff=handoff, kind=HandoffEvent.Kind.OPENED, message=inbound)
    if age_minutes:
        then = now - timedelta(minutes=age_minutes)
        Handoff.objects.filter(pk=handoff.pk).update(created_at=then)
        handoff.created_at = then
    Conversation.objects.filter(pk=conversation.pk).update(handled_by="staff")
    conversation.handled_by = "staff"
    return handoff
