"""Selectors that scope every read to the clinics a user works for."""

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import QuerySet

from medspai.models import Clinic, ClinicNumber


def clinics_for_user(*, user: AbstractBaseUser | AnonymousUser) -> QuerySet[Clinic]:
    if not user.is_authenticated:
        return Clinic.objects.none()
    return Clinic.objects.filter(memberships__user=user).distinct()


def clinic_for_number(*, phone_number: str) -> Clinic | None:
    number = ClinicNumber.objects.select_related("clinic").filter(phone_number=phone_number).first()
    return number.clinic if number else None
