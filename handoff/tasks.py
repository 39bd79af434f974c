"""Celery tasks: load ids, call one service."""

from celery import shared_task

from handoff.services.intake import conversation_process_pending
from handoff.services.notify import staff_task_notify


@shared_task(acks_late=True)
def process_conversation(conversation_id: int) -> int:
    return conversation_process_pending(conversation_id=conversation_id)


@shared_task(acks_late=True)
def notify_staff(task_id: int) -> None:
    staff_task_notify(task_id=task_id)


@shared_task
def release_idle_claims() -> int:
    from handoff.services.staff import handoff_release_idle_claims

    return handoff_release_idle_claims()
