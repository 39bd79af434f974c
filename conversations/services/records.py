"""Writes for patients, conversations and inbound messages."""

import logging
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone

from conversations.models import Conversation, Message, Patient
from medspai.models import Clinic

logger = logging.getLogger(__name__)

MAX_BODY_CHARS = 5000


def clean_body(body: str) -> str:
    """NUL bytes cannot be stored (PostgreSQL text refuses them); overlong bodies are capped."""
    return body.replace("\x00", "")[:MAX_BODY_CHARS]


@dataclass(frozen=True)
class InboundResult:
    message: Message
    created: bool


def patient_get_or_create(*, clinic: Clinic, phone: str) -> Patient:
    # get_or_create retries the read after a unique-constraint race, so two first texts from a
    # new number end with one patient.
    patient, _ = Patient.objects.get_or_create(clinic=clinic, phone=phone)
    return patient


def conversation_get_or_create_active(
    *, patient: Patient, channel: str = Conversation.Channel.SMS, clinic_number: str = ""
) -> Conversation:
    conversation, _ = Conversation.objects.get_or_create(
        patient=patient,
        channel=channel,
        is_active=True,
        defaults={"clinic": patient.clinic, "clinic_number": clinic_number},
    )
    if clinic_number and conversation.clinic_number != clinic_number:
        conversation.clinic_number = clinic_number
        conversation.save(update_fields=["clinic_number"])
    return conversation


def message_record_inbound(
    *,
    clinic: Clinic,
    from_phone: str,
    to_phone: str,
    body: str,
    twilio_sid: str | None,
    media: list[dict[str, str]] | None = None,
) -> InboundResult:
    """Store a patient's text once (Twilio retries repeat the SID) and queue its processing."""
    if twilio_sid:
        existing = Message.objects.filter(twilio_sid=twilio_sid).first()
        if existing is not None:
            return InboundResult(message=existing, created=False)
    try:
        with transaction.atomic():
            patient = patient_get_or_create(clinic=clinic, phone=from_phone)
            conversation = conversation_get_or_create_active(
                patient=patient, clinic_number=to_phone
            )
            message = Message.objects.create(
                conversation=conversation,
                direction=Message.Direction.INBOUND,
                author=Message.Author.PATIENT,
                body=clean_body(body),
                media=media or [],
                twilio_sid=twilio_sid or None,
                status=Message.Status.RECEIVED,
            )
            conversation.last_message_at = message.created_at
            conversation.save(update_fields=["last_message_at"])
            transaction.on_commit(lambda: queue_conversation_processing(conversation.pk))
    except IntegrityError:
        # The same SID arrived twice at once: the other request stored it.
        existing = Message.objects.filter(twilio_sid=twilio_sid).first()
        if existing is None:
            raise
        return InboundResult(message=existing, created=False)
    return InboundResult(message=message, created=True)


def queue_conversation_processing(conversation_id: int) -> bool:
    """Hand the conversation to a worker; when the broker is down the sweep picks it up later."""
    from handoff.tasks import process_conversation

    try:
        process_conversation.delay(conversation_id)
    except Exception:
        logger.warning(
            "could not queue conversation %s; the sweep will re-queue it",
            conversation_id,
            exc_info=True,
        )
        return False
    return True


def patient_set_opt_out(*, patient: Patient, opted_out: bool) -> None:
    if patient.opted_out == opted_out:
        return
    patient.opted_out = opted_out
    patient.opted_out_at = timezone.now() if opted_out else None
    patient.save(update_fields=["opted_out", "opted_out_at"])
