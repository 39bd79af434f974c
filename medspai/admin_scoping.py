"""Admin mixin: a clinic manager sees and edits only the rows of their own clinics."""

from typing import Any

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest

from medspai.tenancy import clinics_for_user


class ClinicScopedAdmin(admin.ModelAdmin):
    clinic_lookup = "clinic"

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        queryset = super().get_queryset(request)
        if request.user.is_superuser:
            return queryset
        return queryset.filter(**{f"{self.clinic_lookup}__in": clinics_for_user(user=request.user)})

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        if db_field.name == "clinic" and not request.user.is_superuser:
            kwargs["queryset"] = clinics_for_user(user=request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)
