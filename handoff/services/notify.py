"""Staff tasks: the urgent page, callbacks and high-value leads, pushed to staff phones.

Notifications carry the minimum necessary: the clinic, the kind of task and a link to the
inbox. Never the patient's name, number or words.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from conversations.services import twilio_gateway
from handoff.decision import Decision
from handoff.models import Handoff, StaffTask

logger = logging.getLogger(__name__)

TASK_LABEL = {
    StaffTask.Kind.URGENT_PAGE: "URGENT patient handoff",
    StaffTask.Kind.CALLBACK: "Patient asked for a call back",
    StaffTask.Kind.LEAD: "High-value lead waiting",
}


def staff_tasks_for_handoff(*, handoff: Handoff, decision: Decision) -> list[StaffTask]:
    clinic = handoff.clinic
    wanted: list[tuple[str, str]] = []
    if "urgent" in handoff.triggers:
        wanted.append((StaffTask.Kind.URGENT_PAGE, clinic.oncall_phone))
    if handoff.lead or "lead" in handoff.triggers:
        wanted.append((StaffTask.Kind.LEAD, clinic.frontdesk_phone))
    if "human_request" in handoff.triggers:
        wanted.append((StaffTask.Kind.CALLBACK, clinic.frontdesk_phone))
    tasks = []
    for kind, phone in wanted:
        task, created = StaffTask.objects.get_or_create(
            handoff=handoff,
            kind=kind,
            defaults={"clinic": clinic, "notify_phone": phone, "due_at": timezone.now()},
        )
        if created:
            transaction.on_commit(lambda pk=task.pk: queue_staff_task(pk))
            tasks.append(task)
    return tasks


def queue_staff_task(task_id: int) -> None:
    from handoff.tasks import notify_staff

    try:
        notify_staff.delay(task_id)
    except Exception:
        logger.warning("could not queue staff task %s; the sweep will", task_id)


def staff_task_notify(*, task_id: int) -> StaffTask | None:
    claimed = StaffTask.objects.filter(pk=task_id, status=StaffTask.Status.PENDING).update(
        status=StaffTask.Status.SENT, sent_at=timezone.now()
    )
    if not claimed:
        return None
    task = StaffTask.objects.select_related("clinic", "handoff").get(pk=task_id)
    if not task.notify_phone or not twilio_gateway.twilio_configured():
        return task
    from_number = task.clinic.numbers.order_by("id").first()
    result = twilio_gateway.send_sms(
        to=task.notify_phone,
        from_=from_number.phone_number if from_number else "",
        body=staff_notification_text(task=task),
        status_callback=None,
    )
    if result.ok:
        task.notification_sid = result.sid
        task.save(update_fields=["notification_sid"])
    else:
        task.status = StaffTask.Status.FAILED
        task.save(update_fields=["status"])
    return task


def staff_notification_text(*, task: StaffTask) -> str:
    link = (
        f" {settings.PUBLIC_BASE_URL}/inbox/{task.handoff_id}/" if settings.PUBLIC_BASE_URL else ""
    )
    return f"MedspAI · {task.clinic.name}: {TASK_LABEL[task.kind]} (#{task.handoff_id}).{link}"


def requeue_pending_staff_tasks(*, older_than_seconds: int) -> int:
    cutoff = timezone.now() - timedelta(seconds=older_than_seconds)
    ids = list(
        StaffTask.objects.filter(
            status=StaffTask.Status.PENDING, created_at__lt=cutoff
        ).values_list("pk", flat=True)[:200]
    )
    for task_id in ids:
        queue_staff_task(task_id)
    return len(ids)
