"""The single path by which anything is texted to a patient.

Every outbound text is a Message row first; a worker delivers it. Opted-out patients are never
texted: checked when the row is made and again just before the request leaves.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from conversations.models import Conversation, Message
from conversations.services import twilio_gateway
from conversations.services.records import patient_set_opt_out

logger = logging.getLogger(__name__)

MAX_SMS_CHARS = 1600
# Later statuses never move back to earlier ones when Twilio's callbacks arrive out of order.
STATUS_RANK = {
    Message.Status.QUEUED: 0,
    Message.Status.SENDING: 1,
    Message.Status.UNKNOWN: 2,
    Message.Status.SENT: 3,
    Message.Status.DELIVERED: 4,
    Message.Status.UNDELIVERED: 4,
    Message.Status.FAILED: 4,
}
TWILIO_STATUS_MAP = {
    "queued": Message.Status.SENT,
    "accepted": Message.Status.SENT,
    "sending": Message.Status.SENT,
    "sent": Message.Status.SENT,
    "delivered": Message.Status.DELIVERED,
    "undelivered": Message.Status.UNDELIVERED,
    "failed": Message.Status.FAILED,
}


def message_send(
    *,
    conversation: Conversation,
    body: str,
    author: str,
    staff_user: object | None = None,
    in_reply_to: Message | None = None,
    reply_kind: str = "",
) -> Message:
    """Record an outbound text and deliver it after the surrounding transaction commits."""
    text = body.strip()
    if len(text) > MAX_SMS_CHARS:
        text = text[: MAX_SMS_CHARS - 1] + "…"
    suppressed = conversation.patient.opted_out
    message = Message.objects.create(
        conversation=conversation,
        direction=Message.Direction.OUTBOUND,
        author=author,
        staff_user=staff_user,
        body=text,
        in_reply_to=in_reply_to,
        reply_kind=reply_kind,
        status=Message.Status.SUPPRESSED if suppressed else Message.Status.QUEUED,
    )
    if not suppressed:
        transaction.on_commit(lambda: queue_delivery(message.pk))
    return message


def queue_delivery(message_id: int) -> None:
    from conversations.tasks import deliver_message

    try:
        deliver_message.delay(message_id)
    except Exception:
        logger.warning("could not queue delivery of message %s; the sweep will", message_id)


def message_deliver(*, message_id: int) -> Message | None:
    """Send one queued message through Twilio. Only one worker ever sends a given row."""
    claimed = Message.objects.filter(pk=message_id, status=Message.Status.QUEUED).update(
        status=Message.Status.SENDING
    )
    if not claimed:
        return None
    message = Message.objects.select_related("conversation__patient", "conversation__clinic").get(
        pk=message_id
    )
    conversation = message.conversation
    if conversation.patient.opted_out:
        return _finish(message, status=Message.Status.SUPPRESSED)
    if not twilio_gateway.twilio_configured():
        return _finish(message, status=Message.Status.RECORDED)
    from_number = conversation.clinic_number or _clinic_default_number(conversation)
    result = twilio_gateway.send_sms(
        to=conversation.patient.phone,
        from_=from_number,
        body=message.body,
        status_callback=status_callback_url(),
    )
    if result.ok:
        message.twilio_sid = result.sid
        return _finish(message, status=Message.Status.SENT, extra=["twilio_sid"])
    if result.error_code == twilio_gateway.OPTED_OUT_ERROR:
        patient_set_opt_out(patient=conversation.patient, opted_out=True)
    message.error_code = str(result.error_code or "")
    status = Message.Status.UNKNOWN if result.ambiguous else Message.Status.FAILED
    return _finish(message, status=status, extra=["error_code"])


def _finish(message: Message, *, status: str, extra: list[str] | None = None) -> Message:
    message.status = status
    message.sent_at = timezone.now()
    message.save(update_fields=["status", "sent_at", *(extra or [])])
    return message


def _clinic_default_number(conversation: Conversation) -> str:
    number = conversation.clinic.numbers.order_by("id").first()
    return number.phone_number if number else ""


def status_callback_url() -> str | None:
    if not settings.PUBLIC_BASE_URL:
        return None
    return settings.PUBLIC_BASE_URL + reverse("twilio-sms-status")


def message_update_status(*, twilio_sid: str, twilio_status: str, error_code: str = "") -> bool:
    """Apply a delivery-status callback; returns False for an SID we never sent."""
    new_status = TWILIO_STATUS_MAP.get(twilio_status)
    message = (
        Message.objects.select_related("conversation__patient")
        .filter(twilio_sid=twilio_sid, direction=Message.Direction.OUTBOUND)
        .first()
    )
    if message is None:
        return False
    if new_status is None:
        return True
    if STATUS_RANK.get(new_status, 0) >= STATUS_RANK.get(message.status, 0):
        message.status = new_status
        message.error_code = error_code or message.error_code
        message.save(update_fields=["status", "error_code"])
    if error_code == str(twilio_gateway.OPTED_OUT_ERROR):
        patient_set_opt_out(patient=message.conversation.patient, opted_out=True)
    return True


def stale_outbound_ids(*, older_than_seconds: int = 60) -> list[int]:
    """Outbound texts queued but never handed to a worker (broker down at the time)."""
    cutoff = timezone.now() - timedelta(seconds=older_than_seconds)
    return list(
        Message.objects.filter(
            Q(status=Message.Status.QUEUED),
            direction=Message.Direction.OUTBOUND,
            created_at__lt=cutoff,
        ).values_list("pk", flat=True)[:500]
    )


def mark_stuck_sends_unknown(*, older_than_seconds: int = 300) -> int:
    """A worker that died mid-send leaves a row in `sending`: it may or may not have gone out,
    so it is shown as unknown to staff and never resent."""
    cutoff = timezone.now() - timedelta(seconds=older_than_seconds)
    return Message.objects.filter(status=Message.Status.SENDING, created_at__lt=cutoff).update(
        status=Message.Status.UNKNOWN
    )
