from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest

from medspai.models import Clinic, ClinicMembership, ClinicNumber
from medspai.tenancy import clinics_for_user


class ClinicNumberInline(admin.TabularInline):
    model = ClinicNumber
    extra = 0


class ClinicMembershipInline(admin.TabularInline):
    model = ClinicMembership
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(Clinic)
class ClinicAdmin(admin.ModelAdmin):
    list_display = [
        "name",
        "slug",
        "timezone",
        "confidence_threshold",
        "ambiguity_margin",
        "response_target_minutes",
    ]
    search_fields = ["name", "slug"]
    inlines = [ClinicNumberInline, ClinicMembershipInline]
    fieldsets = [
        (None, {"fields": ["name", "slug", "timezone", "business_hours", "languages"]}),
        ("Phones", {"fields": ["frontdesk_phone", "oncall_phone"]}),
        (
            "How the AI steps back",
            {"fields": ["confidence_threshold", "ambiguity_margin"]},
        ),
        ("Inbox", {"fields": ["response_target_minutes", "claim_lease_minutes"]}),
    ]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Clinic]:
        queryset = super().get_queryset(request)
        if request.user.is_superuser:
            return queryset
        return queryset.filter(pk__in=clinics_for_user(user=request.user))

    def get_readonly_fields(self, request: HttpRequest, obj: Clinic | None = None) -> list[str]:
        return [] if request.user.is_superuser else ["slug"]

    def get_inlines(self, request: HttpRequest, obj: Clinic | None) -> list:
        return self.inlines if request.user.is_superuser else []
