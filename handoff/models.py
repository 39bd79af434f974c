"""Handoffs to staff, what happened to them, the tasks sent to staff and guard phrases."""

from django.conf import settings
from django.db import models
from django.db.models import Q

from conversations.models import Conversation, Message
from handoff.decision import TRIGGERS
from medspai.models import Clinic

# Reasons a handoff can carry besides the triage triggers of the contract.
EXTRA_REASONS = ("media", "language", "repeated_failure")


class Priority(models.TextChoices):
    URGENT = "urgent", "Urgent"
    HIGH = "high", "High"
    NORMAL = "normal", "Normal"


PRIORITY_RANK = {Priority.URGENT: 0, Priority.HIGH: 1, Priority.NORMAL: 2}


class Handoff(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", "Open"
        CLAIMED = "claimed", "Claimed"
        RESOLVED = "resolved", "Resolved"

    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="handoffs")
    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="handoffs"
    )
    trigger_message = models.ForeignKey(
        Message, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    triggers = models.JSONField(default=list)
    priority = models.CharField(max_length=10, choices=Priority.choices)
    priority_rank = models.PositiveSmallIntegerField(default=2, db_index=True)
    lead = models.BooleanField(default=False)
    trigger_sentence = models.TextField(blank=True, help_text="The sentence that fired.")
    summary = models.CharField(max_length=300, blank=True, help_text="What the patient wants.")
    details = models.JSONField(
        default=dict, blank=True, help_text="FAQ matches, treatments, dates, language, …"
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    claimed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="claimed_handoffs",
    )
    claimed_at = models.DateTimeField(null=True, blank=True)
    last_activity_at = models.DateTimeField(null=True, blank=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    unread = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["priority_rank", "created_at"]
        constraints = [
            # A conversation has at most one handoff that staff have not finished.
            models.UniqueConstraint(
                fields=["conversation"],
                condition=~Q(status="resolved"),
                name="one_unresolved_handoff",
            ),
        ]
        indexes = [models.Index(fields=["clinic", "status", "priority_rank", "created_at"])]

    def __str__(self) -> str:
        return f"Handoff #{self.pk} ({', '.join(self.triggers)})"


class HandoffEvent(models.Model):
    """The audit trail of a handoff: who did what, when."""

    class Kind(models.TextChoices):
        OPENED = "opened", "Opened"
        ESCALATED = "escalated", "Escalated"
        PATIENT_MESSAGE = "patient_message", "Patient texted"
        VIEWED = "viewed", "Viewed"
        CLAIMED = "claimed", "Claimed"
        UNCLAIMED = "unclaimed", "Returned to queue"
        REPLIED = "replied", "Replied"
        NOTE = "note", "Internal note"
        RESOLVED = "resolved", "Resolved"
        RELEASED = "released", "Released to AI"

    handoff = models.ForeignKey(Handoff, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    message = models.ForeignKey(
        Message, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} #{self.handoff_id}"


class StaffTask(models.Model):
    """Work pushed to staff outside the inbox: an urgent page, a callback, a lead to chase."""

    class Kind(models.TextChoices):
        URGENT_PAGE = "urgent_page", "Urgent page to on-call"
        CALLBACK = "callback", "Callback"
        LEAD = "lead", "High-value lead"

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        SENT = "sent", "Notification sent"
        FAILED = "failed", "Notification failed"
        DONE = "done", "Done"

    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="staff_tasks")
    handoff = models.ForeignKey(
        Handoff, null=True, blank=True, on_delete=models.CASCADE, related_name="tasks"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    notify_phone = models.CharField(max_length=20, blank=True)
    notification_sid = models.CharField(max_length=64, blank=True)
    due_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["handoff", "kind"], name="one_task_kind_per_handoff"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.get_status_display()})"


class GuardPhrase(models.Model):
    """A phrase a clinic manager adds so that a trigger fires on it for that clinic."""

    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="guard_phrases")
    trigger = models.CharField(
        max_length=20,
        choices=[(t, t) for t in TRIGGERS if t not in ("low_confidence", "ambiguous")],
    )
    phrase = models.CharField(max_length=200, help_text="Matched case-insensitively as words.")
    active = models.BooleanField(default=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["clinic", "trigger", "phrase"], name="unique_guard_phrase"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.trigger}: {self.phrase}"
