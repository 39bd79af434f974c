from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import URLPattern, path
from django.utils import timezone

from handoff.decision import Turn
from handoff.preview import triage_for_clinic
from knowledge.models import FaqEntry
from knowledge.preview_form import TryMessageForm
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
    change_list_template = "admin/knowledge/faqentry/change_list.html"

    def get_urls(self) -> list[URLPattern]:
        try_url = path(
            "try/", self.admin_site.admin_view(self.try_message), name="knowledge_faqentry_try"
        )
        return [try_url, *super().get_urls()]

    def try_message(self, request: HttpRequest) -> HttpResponse:
        """What the assistant would do with a text, without sending or saving anything."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        form = TryMessageForm(request.POST or None, user=request.user)
        decision = None
        if request.method == "POST" and form.is_valid():
            previous = form.cleaned_data["previous"].strip()
            decision = triage_for_clinic(
                clinic=form.cleaned_data["clinic"],
                text=form.cleaned_data["text"],
                history=[Turn("patient", previous)] if previous else [],
            )
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": "Try a message",
            "form": form,
            "decision": decision,
        }
        return TemplateResponse(request, "admin/knowledge/faqentry/try_message.html", context)

    @admin.action(description="Answer patients with the selected FAQs")
    def activate(self, request: HttpRequest, queryset: QuerySet[FaqEntry]) -> None:
        # updated_at moves too, so the clinic's search index is rebuilt on the next message.
        queryset.update(active=True, updated_at=timezone.now())

    @admin.action(description="Stop answering with the selected FAQs")
    def deactivate(self, request: HttpRequest, queryset: QuerySet[FaqEntry]) -> None:
        queryset.update(active=False, updated_at=timezone.now())
