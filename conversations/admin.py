from django.contrib import admin

from conversations.models import Conversation, Message, Patient
from medspai.admin_scoping import ClinicScopedAdmin


@admin.register(Patient)
class PatientAdmin(ClinicScopedAdmin):
    list_display = ["__str__", "clinic", "opted_out", "created_at"]
    list_filter = ["clinic", "opted_out"]
    search_fields = ["name", "phone"]


class MessageInline(admin.TabularInline):
    model = Message
    extra = 0
    can_delete = False
    fields = ["created_at", "author", "direction", "body", "media", "status", "reply_kind"]
    readonly_fields = fields
    ordering = ["created_at", "id"]

    def has_add_permission(self, request, obj=None) -> bool:  # type: ignore[no-untyped-def]
        return False


@admin.register(Conversation)
class ConversationAdmin(ClinicScopedAdmin):
    list_display = ["patient", "clinic", "channel", "handled_by", "is_active", "last_message_at"]
    list_filter = ["clinic", "handled_by", "is_active"]
    readonly_fields = [
        "clinic",
        "patient",
        "channel",
        "created_at",
        "last_message_at",
        "clinic_number",
    ]
    inlines = [MessageInline]


@admin.register(Message)
class MessageAdmin(ClinicScopedAdmin):
    clinic_lookup = "conversation__clinic"
    list_display = [
        "id",
        "conversation",
        "author",
        "direction",
        "status",
        "reply_kind",
        "created_at",
    ]
    list_filter = ["author", "direction", "status", "conversation__clinic"]
    readonly_fields = [f.name for f in Message._meta.fields]
