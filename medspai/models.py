"""The clinic: the tenant every row of the product belongs to."""

from django.conf import settings
from django.db import models


def default_business_hours() -> dict[str, list[str]]:
    """Opening hours per weekday in the clinic's timezone; an empty list means closed."""
    return {
        "mon": ["09:00", "18:00"],
        "tue": ["09:00", "18:00"],
        "wed": ["09:00", "18:00"],
        "thu": ["09:00", "19:00"],
        "fri": ["09:00", "17:00"],
        "sat": ["10:00", "15:00"],
        "sun": [],
    }


class Clinic(models.Model):
    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=120)
    timezone = models.CharField(max_length=64, default="America/Chicago")
    business_hours = models.JSONField(default=default_business_hours)
    frontdesk_phone = models.CharField(
        max_length=20, blank=True, help_text="Front-desk number given to patients (E.164)."
    )
    oncall_phone = models.CharField(
        max_length=20, blank=True, help_text="On-call clinician paged for urgent handoffs."
    )
    confidence_threshold = models.FloatField(
        default=0.45, help_text="Answer only when the best FAQ match scores at least this."
    )
    ambiguity_margin = models.FloatField(
        default=0.04, help_text="Hand off when the two best different FAQs are closer than this."
    )
    response_target_minutes = models.PositiveIntegerField(
        default=15, help_text="Waiting time after which the inbox highlights a handoff."
    )
    claim_lease_minutes = models.PositiveIntegerField(
        default=30, help_text="An idle claim returns to the queue after this long."
    )
    languages = models.CharField(
        max_length=40, default="en", help_text="Languages the FAQ covers, comma-separated."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ClinicNumber(models.Model):
    """A Twilio number that belongs to a clinic: inbound texts to it are that clinic's."""

    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="numbers")
    phone_number = models.CharField(max_length=20, unique=True, help_text="E.164")

    def __str__(self) -> str:
        return self.phone_number


class ClinicMembership(models.Model):
    class Role(models.TextChoices):
        MANAGER = "manager", "Manager"
        STAFF = "staff", "Staff"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="clinic_memberships"
    )
    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=10, choices=Role.choices, default=Role.STAFF)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "clinic"], name="unique_membership"),
        ]

    def __str__(self) -> str:
        return f"{self.user} @ {self.clinic} ({self.role})"
