"""A clinic's FAQ knowledge base: the only source of what the AI may tell a patient."""

from django.core.validators import RegexValidator
from django.db import models

from medspai.models import Clinic

ALTERNATES_SEPARATOR = " | "
# A clinic's own ids, kept as they are ("botox_price", "tox-01", "Hours_Location",
# "botox.price"): anything but spaces.
KEY_PATTERN = r"^\S+$"
KEY_RULE = "a key may not contain spaces"


class FaqEntry(models.Model):
    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="faq_entries")
    key = models.CharField(
        max_length=80,
        db_index=True,
        validators=[RegexValidator(KEY_PATTERN, KEY_RULE)],
        help_text="Stable external id within the clinic (no spaces).",
    )
    question = models.CharField(max_length=300)
    alternates = models.TextField(
        blank=True, help_text="Other phrasings of the question, separated by ' | '."
    )
    answer = models.TextField(help_text="Sent to the patient word for word.")
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["key"]
        verbose_name = "FAQ entry"
        verbose_name_plural = "FAQ entries"
        constraints = [
            models.UniqueConstraint(fields=["clinic", "key"], name="unique_faq_key"),
        ]

    def __str__(self) -> str:
        return self.key

    @property
    def alternate_list(self) -> list[str]:
        return [a.strip() for a in self.alternates.split("|") if a.strip()]
