"""Fixtures for the staff inbox: people in two clinics and a handoff."""

import pytest
from django.contrib.auth.models import User

from handoff.models import Handoff
from medspai.models import Clinic
from tests.factories import make_staff
from tests.inbox.builders import make_handoff


@pytest.fixture
def staff(clinic: Clinic) -> User:
    user = make_staff(clinic=clinic, username="alice")
    user.first_name, user.last_name = "Alice", "Nguyen"
    user.save(update_fields=["first_name", "last_name"])
    return user


@pytest.fixture
def colleague(clinic: Clinic) -> User:
    return make_staff(clinic=clinic, username="bob")


@pytest.fixture
def outsider(other_clinic: Clinic) -> User:
    """Staff of another clinic: must never see this clinic's patients."""
    return make_staff(clinic=other_clinic, username="mallory")


@pytest.fixture
def handoff(clinic: Clinic) -> Handoff:
    return make_handoff(clinic=clinic, summary="Swelling after lip filler")


@pytest.fixture(autouse=True)
def fast_password_hashing(settings) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
