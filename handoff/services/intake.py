"""What happens to a patient's text: answered by the AI, or handed to staff.

A worker calls `conversation_process_pending` with a conversation id. The conversation row is
locked, so two texts seconds apart are handled one after the other, in the order they arrived,
and each gets at most one automatic reply.
"""

import logging
from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone

from conversations.keywords import classify_keyword
from conversations.models import Conversation, Message
from conversations.services.records import patient_set_opt_out
from conversations.services.sending import message_send
from handoff.decision import Decision, Turn, highest_priority
from handoff.extract import dates_mentioned, treatments_mentioned
from handoff.models import PRIORITY_RANK, Handoff, HandoffEvent, Priority
from handoff.services.acks import help_reply, media_ack, safe_fallback_decision
from handoff.services.notify import staff_tasks_for_handoff

logger = logging.getLogger(__name__)

HISTORY_TURNS = 12
TRIAGE_TEXT_LIMIT = 2000
STICKY_TOPIC_DAYS = 14
ROLE_OF_AUTHOR = {
    Message.Author.PATIENT: "patient",
    Message.Author.ASSISTANT: "assistant",
    Message.Author.STAFF: "staff",
}


def conversation_process_pending(*, conversation_id: int) -> int:
    """Handle every unprocessed inbound text of a conversation, oldest first."""
    with transaction.atomic():
        conversation = (
            Conversation.objects.select_for_update()
            .select_related("patient", "clinic")
            .get(pk=conversation_id)
        )
        pending = list(
            conversation.messages.filter(
                direction=Message.Direction.INBOUND, processed_at__isnull=True
            ).order_by("created_at", "id")
        )
        for message in pending:
            message_process_inbound(conversation=conversation, message=message)
            message.processed_at = timezone.now()
            message.save(update_fields=["processed_at"])
    return len(pending)


def message_process_inbound(*, conversation: Conversation, message: Message) -> None:
    patient = conversation.patient
    keyword = classify_keyword(message.body) if not message.media else None
    if keyword == "opt_out":
        patient_set_opt_out(patient=patient, opted_out=True)
        _attach_to_open_handoff(conversation=conversation, message=message)
        return
    if keyword == "opt_in" and patient.opted_out:
        patient_set_opt_out(patient=patient, opted_out=False)
        return
    if patient.opted_out:
        # Stored and shown to staff, but nothing is ever sent to an opted-out number.
        _attach_to_open_handoff(conversation=conversation, message=message)
        return
    if keyword == "help":
        message_send(
            conversation=conversation,
            body=help_reply(clinic=conversation.clinic),
            author=Message.Author.ASSISTANT,
            in_reply_to=message,
            reply_kind="help",
        )
        return
    decision = _decide(conversation=conversation, message=message)
    if conversation.handled_by == Conversation.Handler.STAFF:
        _handle_staff_thread(conversation=conversation, message=message, decision=decision)
        return
    if decision.action == "answer" and not message.media:
        message_send(
            conversation=conversation,
            body=decision.reply,
            author=Message.Author.ASSISTANT,
            in_reply_to=message,
            reply_kind="answer",
        )
        return
    reasons = list(decision.triggers) + (["media"] if message.media else [])
    handoff = handoff_open(
        conversation=conversation,
        message=message,
        decision=decision,
        reasons=reasons,
        assignee=_sticky_assignee(conversation=conversation, decision=decision, message=message),
    )
    ack = _acknowledgement(conversation=conversation, message=message, decision=decision)
    message_send(
        conversation=conversation,
        body=ack,
        author=Message.Author.ASSISTANT,
        in_reply_to=message,
        reply_kind=f"handoff_ack:{handoff.priority}",
    )


UNSURE_TRIGGERS = frozenset({"low_confidence", "ambiguous"})


def _acknowledgement(*, conversation: Conversation, message: Message, decision: Decision) -> str:
    """The trigger's own acknowledgement, except that a photo is thanked for as a photo."""
    if message.media and set(decision.triggers) <= UNSURE_TRIGGERS:
        return media_ack(clinic=conversation.clinic)
    return decision.reply


def _decide(*, conversation: Conversation, message: Message) -> Decision:
    from handoff.preview import triage_for_clinic

    history = conversation_history(conversation=conversation, before=message)
    try:
        return triage_for_clinic(
            clinic=conversation.clinic,
            text=message.body[:TRIAGE_TEXT_LIMIT],
            history=history,
            at=message.created_at,
        )
    except Exception:
        # Never let a fault in the decision lose a text or answer wrongly: hand it to staff.
        logger.exception("triage failed for message %s; handing off", message.pk)
        return safe_fallback_decision(clinic=conversation.clinic)


def conversation_history(*, conversation: Conversation, before: Message) -> list[Turn]:
    rows = (
        conversation.messages.filter(created_at__lte=before.created_at)
        .exclude(pk=before.pk)
        .exclude(status__in=[Message.Status.INTERNAL])
        .filter(author__in=list(ROLE_OF_AUTHOR))
        .order_by("-created_at", "-id")[:HISTORY_TURNS]
    )
    return [Turn(role=ROLE_OF_AUTHOR[m.author], text=m.body) for m in reversed(rows)]  # type: ignore[arg-type]


def _handle_staff_thread(
    *, conversation: Conversation, message: Message, decision: Decision
) -> None:
    """Staff have this thread: the AI stays quiet, except to tell a patient in danger what to do."""
    handoff = open_handoff_for(conversation=conversation)
    if handoff is None:
        # Resolved but not released: a follow-up goes to whoever had it.
        last = conversation.handoffs.order_by("-created_at").first()
        handoff = handoff_open(
            conversation=conversation,
            message=message,
            decision=decision,
            reasons=list(decision.triggers) or ["follow_up"],
            assignee=last.claimed_by if last else None,
        )
    else:
        handoff_attach_message(handoff=handoff, message=message)
    if "urgent" in decision.triggers:
        if handoff.priority != Priority.URGENT:
            handoff_escalate(handoff=handoff, decision=decision, message=message)
        message_send(
            conversation=conversation,
            body=decision.reply,
            author=Message.Author.ASSISTANT,
            in_reply_to=message,
            reply_kind="handoff_ack:urgent",
        )


def open_handoff_for(*, conversation: Conversation) -> Handoff | None:
    return conversation.handoffs.exclude(status=Handoff.Status.RESOLVED).first()


def handoff_open(
    *,
    conversation: Conversation,
    message: Message,
    decision: Decision,
    reasons: list[str],
    assignee: object | None = None,
) -> Handoff:
    """Create the handoff staff will see, give the thread to staff and queue staff tasks."""
    now = timezone.now()
    patient_texts = [
        m.body for m in conversation.messages.filter(author=Message.Author.PATIENT).order_by("id")
    ]
    priority = highest_priority(reasons) if decision.action == "handoff" else Priority.HIGH
    if "media" in reasons and priority == Priority.NORMAL:
        priority = Priority.HIGH
    handoff = Handoff.objects.create(
        clinic=conversation.clinic,
        conversation=conversation,
        trigger_message=message,
        triggers=reasons,
        priority=priority,
        priority_rank=PRIORITY_RANK[Priority(priority)],
        lead=decision.lead,
        trigger_sentence=_trigger_sentence(decision=decision, message=message),
        summary=(decision.summary or _fallback_summary(message))[:300],
        details=_details(decision=decision, conversation=conversation, texts=patient_texts),
        status=Handoff.Status.CLAIMED if assignee else Handoff.Status.OPEN,
        claimed_by=assignee,  # type: ignore[misc]
        claimed_at=now if assignee else None,
        last_activity_at=now,
    )
    HandoffEvent.objects.create(handoff=handoff, kind=HandoffEvent.Kind.OPENED, message=message)
    if conversation.handled_by != Conversation.Handler.STAFF:
        conversation.handled_by = Conversation.Handler.STAFF
        conversation.save(update_fields=["handled_by"])
    staff_tasks_for_handoff(handoff=handoff, decision=decision)
    return handoff


def handoff_attach_message(*, handoff: Handoff, message: Message) -> None:
    HandoffEvent.objects.create(
        handoff=handoff, kind=HandoffEvent.Kind.PATIENT_MESSAGE, message=message
    )
    handoff.unread = True
    handoff.last_activity_at = timezone.now()
    handoff.save(update_fields=["unread", "last_activity_at", "updated_at"])


def handoff_escalate(*, handoff: Handoff, decision: Decision, message: Message) -> None:
    handoff.priority = Priority.URGENT
    handoff.priority_rank = PRIORITY_RANK[Priority.URGENT]
    handoff.triggers = sorted(set(handoff.triggers) | set(decision.triggers))
    handoff.trigger_sentence = _trigger_sentence(decision=decision, message=message)
    handoff.save(
        update_fields=["priority", "priority_rank", "triggers", "trigger_sentence", "updated_at"]
    )
    HandoffEvent.objects.create(handoff=handoff, kind=HandoffEvent.Kind.ESCALATED, message=message)
    staff_tasks_for_handoff(handoff=handoff, decision=decision)


def _attach_to_open_handoff(*, conversation: Conversation, message: Message) -> None:
    handoff = open_handoff_for(conversation=conversation)
    if handoff is not None:
        handoff_attach_message(handoff=handoff, message=message)


def _sticky_assignee(
    *, conversation: Conversation, decision: Decision, message: Message
) -> object | None:
    """After a release, a text on the same topic goes straight back to the same staff member."""
    since: datetime = timezone.now() - timedelta(days=STICKY_TOPIC_DAYS)
    last = (
        conversation.handoffs.filter(status=Handoff.Status.RESOLVED, resolved_at__gte=since)
        .exclude(claimed_by=None)
        .order_by("-resolved_at")
        .first()
    )
    if last is None:
        return None
    earlier = set(last.details.get("treatments", [])) | set(last.triggers)
    now = set(treatments_mentioned([message.body])) | set(decision.triggers)
    return last.claimed_by if earlier & now else None


def _trigger_sentence(*, decision: Decision, message: Message) -> str:
    if decision.hits:
        return decision.hits[0].sentence[:500]
    return message.body[:500]


def _fallback_summary(message: Message) -> str:
    if message.media and not message.body.strip():
        return "Patient sent a photo."
    return message.body.strip()[:140]


def _details(*, decision: Decision, conversation: Conversation, texts: list[str]) -> dict:
    last_ai = conversation.messages.filter(author=Message.Author.ASSISTANT).order_by("-id").first()
    return {
        "matches": [{"faq_key": m.faq_key, "score": round(m.score, 3)} for m in decision.matches],
        "hits": [
            {"trigger": h.trigger, "sentence": h.sentence, "rule": h.rule} for h in decision.hits
        ],
        "treatments": treatments_mentioned(texts),
        "dates": dates_mentioned(texts),
        "language": decision.language,
        "last_ai_reply": last_ai.body if last_ai else "",
        "callback_number": conversation.patient.phone,
    }
