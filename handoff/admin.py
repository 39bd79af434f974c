from django.contrib import admin
from django.utils.html import format_html, format_html_join

from handoff.models import GuardPhrase, Handoff, HandoffEvent, StaffTask
from medspai.admin_scoping import ClinicScopedAdmin


class HandoffEventInline(admin.TabularInline):
    model = HandoffEvent
    extra = 0
    can_delete = False
    fields = ["created_at", "kind", "actor", "note"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None) -> bool:  # type: ignore[no-untyped-def]
        return False


@admin.register(Handoff)
class HandoffAdmin(ClinicScopedAdmin):
    list_display = [
        "id",
        "clinic",
        "priority",
        "trigger_list",
        "summary",
        "status",
        "claimed_by",
        "created_at",
    ]
    list_filter = ["clinic", "status", "priority", "lead"]
    search_fields = ["summary"]
    readonly_fields = [
        "clinic",
        "conversation",
        "trigger_message",
        "triggers",
        "priority",
        "priority_rank",
        "lead",
        "trigger_sentence",
        "summary",
        "details",
        "created_at",
        "transcript",
    ]
    fields = [*readonly_fields, "status", "claimed_by", "claimed_at", "resolved_at"]
    inlines = [HandoffEventInline]

    @admin.display(description="Triggers")
    def trigger_list(self, obj: Handoff) -> str:
        return ", ".join(obj.triggers)

    @admin.display(description="Transcript")
    def transcript(self, obj: Handoff) -> str:
        rows = obj.conversation.messages.order_by("created_at", "id")
        return format_html(
            "<table>{}</table>",
            format_html_join(
                "",
                "<tr><td>{}</td><td><b>{}</b></td><td>{}</td><td>{}</td></tr>",
                (
                    (
                        m.created_at.strftime("%Y-%m-%d %H:%M"),
                        m.get_author_display(),
                        m.body,
                        m.get_status_display(),
                    )
                    for m in rows
                ),
            ),
        )


@admin.register(StaffTask)
class StaffTaskAdmin(ClinicScopedAdmin):
    list_display = ["id", "clinic", "kind", "status", "handoff", "created_at", "sent_at"]
    list_filter = ["clinic", "kind", "status"]


@admin.register(GuardPhrase)
class GuardPhraseAdmin(ClinicScopedAdmin):
    list_display = ["phrase", "trigger", "clinic", "active"]
    list_filter = ["clinic", "trigger", "active"]
    list_editable = ["active"]
    search_fields = ["phrase"]
