"""Re-queue work that never reached a worker (the broker was down when it was queued)."""

from datetime import timedelta

from django.utils import timezone

from conversations.models import Message
from conversations.services.records import queue_conversation_processing
from conversations.services.sending import (
    mark_stuck_sends_unknown,
    queue_delivery,
    stale_outbound_ids,
)

GRACE_SECONDS = 30


def sweep_all(*, grace_seconds: int = GRACE_SECONDS) -> dict[str, int]:
    cutoff = timezone.now() - timedelta(seconds=grace_seconds)
    conversation_ids = set(
        Message.objects.filter(
            direction=Message.Direction.INBOUND, processed_at__isnull=True, created_at__lt=cutoff
        ).values_list("conversation_id", flat=True)[:500]
    )
    for conversation_id in conversation_ids:
        queue_conversation_processing(conversation_id)
    outbound = stale_outbound_ids(older_than_seconds=grace_seconds)
    for message_id in outbound:
        queue_delivery(message_id)
    from handoff.services.notify import requeue_pending_staff_tasks

    tasks = requeue_pending_staff_tasks(older_than_seconds=grace_seconds)
    return {
        "conversations": len(conversation_ids),
        "outbound": len(outbound),
        "staff_tasks": tasks,
        "stuck_sends": mark_stuck_sends_unknown(),
    }
