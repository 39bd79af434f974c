"""Canned replies staff pick from in the inbox."""

from django.db import models

from medspai.models import Clinic


class CannedReply(models.Model):
    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="canned_replies")
    title = models.CharField(max_length=80)
    body = models.TextField(help_text="Placeholders: {first_name}, {clinic_name}, {clinic_phone}.")
    active = models.BooleanField(default=True)

    class Meta:
        ordering = ["title"]
        verbose_name_plural = "canned replies"

    def __str__(self) -> str:
        return self.title
