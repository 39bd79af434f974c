import os

import pytest

from medspai.models import Clinic
from tests.factories import load_standard_faqs, make_clinic


def on_postgres() -> bool:
    return os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://"))


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


@pytest.fixture
def clinic(db) -> Clinic:
    clinic = make_clinic(slug="testspa", name="Test Med Spa", number="+15125550100")
    load_standard_faqs(clinic)
    return clinic


@pytest.fixture
def other_clinic(db) -> Clinic:
    return make_clinic(slug="otherspa", name="Other Med Spa", number="+15125550200")
