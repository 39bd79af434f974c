"""Patients, their conversation threads and every message in them."""

from django.conf import settings
from django.db import models
from django.db.models import Q

from medspai.models import Clinic


class Patient(models.Model):
    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="patients")
    phone = models.CharField(max_length=20, help_text="E.164")
    name = models.CharField(max_length=120, blank=True)
    opted_out = models.BooleanField(default=False)
    opted_out_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["clinic", "phone"], name="unique_patient_phone"),
        ]

    def __str__(self) -> str:
        return self.name or self.masked_phone

    @property
    def first_name(self) -> str:
        return self.name.split()[0] if self.name.strip() else ""

    @property
    def masked_phone(self) -> str:
        return f"…{self.phone[-4:]}" if len(self.phone) >= 4 else self.phone


class Conversation(models.Model):
    class Channel(models.TextChoices):
        SMS = "sms", "SMS"

    class Handler(models.TextChoices):
        AI = "ai", "AI"
        STAFF = "staff", "Staff"

    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="conversations")
    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="conversations")
    channel = models.CharField(max_length=10, choices=Channel.choices, default=Channel.SMS)
    handled_by = models.CharField(max_length=10, choices=Handler.choices, default=Handler.AI)
    clinic_number = models.CharField(
        max_length=20, blank=True, help_text="The clinic's number the patient texted (E.164)."
    )
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_message_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            # One live thread per patient and channel: concurrent first texts share it.
            models.UniqueConstraint(
                fields=["patient", "channel"],
                condition=Q(is_active=True),
                name="one_active_conversation",
            ),
        ]
        indexes = [models.Index(fields=["clinic", "-last_message_at"])]

    def __str__(self) -> str:
        return f"{self.patient} ({self.channel})"


class Message(models.Model):
    class Direction(models.TextChoices):
        INBOUND = "in", "Inbound"
        OUTBOUND = "out", "Outbound"

    class Author(models.TextChoices):
        PATIENT = "patient", "Patient"
        ASSISTANT = "assistant", "AI assistant"
        STAFF = "staff", "Staff"
        SYSTEM = "system", "System"

    class Status(models.TextChoices):
        RECEIVED = "received", "Received"
        QUEUED = "queued", "Queued"
        SENDING = "sending", "Sending"
        SENT = "sent", "Sent"
        DELIVERED = "delivered", "Delivered"
        UNDELIVERED = "undelivered", "Undelivered"
        FAILED = "failed", "Failed"
        UNKNOWN = "unknown", "Unknown (not resent)"
        RECORDED = "recorded", "Recorded (Twilio not configured)"
        SUPPRESSED = "suppressed", "Suppressed (opted out)"
        INTERNAL = "internal", "Internal (never sent)"

    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="messages"
    )
    direction = models.CharField(max_length=3, choices=Direction.choices)
    author = models.CharField(max_length=10, choices=Author.choices)
    staff_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    body = models.TextField(blank=True)
    media = models.JSONField(default=list, blank=True, help_text="[{url, content_type}]")
    twilio_sid = models.CharField(max_length=64, unique=True, null=True, blank=True)
    status = models.CharField(max_length=12, choices=Status.choices)
    error_code = models.CharField(max_length=12, blank=True)
    in_reply_to = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="replies"
    )
    reply_kind = models.CharField(
        max_length=20, blank=True, help_text="answer, handoff_ack, help, staff, …"
    )
    processed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            # At most one automatic reply per inbound message, whatever retries happen.
            models.UniqueConstraint(
                fields=["in_reply_to"],
                condition=Q(author="assistant"),
                name="one_ai_reply_per_message",
            ),
        ]
        indexes = [
            models.Index(fields=["direction", "processed_at"], name="msg_unprocessed_idx"),
            models.Index(fields=["status", "created_at"], name="msg_status_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.get_author_display()} {self.direction} #{self.pk}"
