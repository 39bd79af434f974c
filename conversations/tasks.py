"""Celery tasks of the messaging edge: delivery and the sweep that loses nothing."""

from celery import shared_task

from conversations.services.sending import message_deliver
from conversations.services.sweep import sweep_all


@shared_task(acks_late=True)
def deliver_message(message_id: int) -> None:
    message_deliver(message_id=message_id)


@shared_task
def sweep_unprocessed() -> dict[str, int]:
    return sweep_all()
