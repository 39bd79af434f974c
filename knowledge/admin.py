from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone

from knowledge.models import FaqEntry
from medspai.admin_scoping import ClinicScopedAdmin


@admin.register(FaqEntry)
class FaqEntryAdmin(ClinicScopedAdmin):
    list_display = ["key", "question", "clinic", "active", "updated_at"]
    list_display_links = ["key", "question"]
    list_editable = ["active"]
    list_filter = [("clinic", admin.RelatedOnlyFieldListFilter), "active"]
    search_fields = ["key", "question", "alternates", "answer"]
    readonly_fields = ["created_at", "updated_at"]
    fields = [
        "clinic",
        "key",
        "question",
        "alternates",
        "answer",
        "active",
        "created_at",
        "updated_at",
    ]
    actions = ["activate", "deactivate"]

    @admin.action(description="Answer patients with the selected FAQs")
    def activate(self, request: HttpRequest, queryset: QuerySet[FaqEntry]) -> None:
        # updated_at moves too, so the clinic's search index is rebuilt on the next message.
        queryset.update(active=True, updated_at=timezone.now())

    @admin.action(description="Stop answering with the selected FAQs")
    def deactivate(self, request: HttpRequest, queryset: QuerySet[FaqEntry]) -> None:
        queryset.update(active=False, updated_at=timezone.now())
