from django.contrib import admin
from django.db.models import ForeignKey, QuerySet
from django.forms import ModelChoiceField
from django.http import HttpRequest

from inbox.models import CannedReply
from medspai.models import Clinic, ClinicMembership


def managed_clinics(request: HttpRequest) -> QuerySet[Clinic]:
    """Superusers manage every clinic; anyone else only those where they are a manager."""
    if request.user.is_superuser:
        return Clinic.objects.all()
    return Clinic.objects.filter(
        memberships__user=request.user, memberships__role=ClinicMembership.Role.MANAGER
    ).distinct()


@admin.register(CannedReply)
class CannedReplyAdmin(admin.ModelAdmin):
    list_display = ["title", "clinic", "active"]
    list_filter = ["active", "clinic"]
    search_fields = ["title", "body"]
    list_editable = ["active"]
    actions = ["deactivate"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[CannedReply]:
        return super().get_queryset(request).filter(clinic__in=managed_clinics(request))

    def formfield_for_foreignkey(
        self, db_field: ForeignKey, request: HttpRequest, **kwargs: object
    ) -> ModelChoiceField | None:
        if db_field.name == "clinic":
            kwargs["queryset"] = managed_clinics(request)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_list_filter(self, request: HttpRequest) -> list[str]:
        return ["active", "clinic"] if managed_clinics(request).count() > 1 else ["active"]

    # Django's model permissions say what a user may do; being a manager says where.
    def has_module_permission(self, request: HttpRequest) -> bool:
        return super().has_module_permission(request) and managed_clinics(request).exists()

    def has_view_permission(self, request: HttpRequest, obj: CannedReply | None = None) -> bool:
        return super().has_view_permission(request, obj) and managed_clinics(request).exists()

    def has_add_permission(self, request: HttpRequest) -> bool:
        return super().has_add_permission(request) and managed_clinics(request).exists()

    def has_change_permission(self, request: HttpRequest, obj: CannedReply | None = None) -> bool:
        return super().has_change_permission(request, obj) and managed_clinics(request).exists()

    def has_delete_permission(self, request: HttpRequest, obj: CannedReply | None = None) -> bool:
        return super().has_delete_permission(request, obj) and managed_clinics(request).exists()

    @admin.action(description="Deactivate selected canned replies")
    def deactivate(self, request: HttpRequest, queryset: QuerySet[CannedReply]) -> None:
        updated = queryset.update(active=False)
        self.message_user(request, f"Deactivated {updated} canned replies.")
