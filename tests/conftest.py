import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

from medspai.celery import app as celery_app
from medspai.models import Clinic
from tests.factories import load_standard_faqs, make_clinic
from tests.fake_twilio import FakeTwilio, FakeTwilioServer
from tests.twilio_signing import twilio_signature

FIXTURES = Path(__file__).parent / "fixtures"
TEST_ACCOUNT_SID = "ACtest00000000000000000000000000aa"
TEST_AUTH_TOKEN = "test-auth-token-0123456789abcdef"


def on_postgres() -> bool:
    return os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://"))


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


@pytest.fixture(autouse=True)
def celery_in_process() -> Iterator[None]:
    """Tasks run in-process unless a test starts a real worker (see tests/test_worker.py)."""
    previous = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    yield
    celery_app.conf.task_always_eager = previous


@pytest.fixture
def clinic(db) -> Clinic:
    clinic = make_clinic(slug="testspa", name="Test Med Spa", number="+15125550100")
    load_standard_faqs(clinic)
    return clinic


@pytest.fixture
def other_clinic(db) -> Clinic:
    return make_clinic(slug="otherspa", name="Other Med Spa", number="+15125550200")


@pytest.fixture
def twilio_settings(settings: Any) -> Any:
    settings.TWILIO_ACCOUNT_SID = TEST_ACCOUNT_SID
    settings.TWILIO_AUTH_TOKEN = TEST_AUTH_TOKEN
    settings.TWILIO_BACKOFF_SECONDS = 0.01
    settings.PUBLIC_BASE_URL = ""
    return settings


@pytest.fixture
def fake_twilio(twilio_settings: Any) -> Iterator[FakeTwilio]:
    with FakeTwilioServer(account_sid=TEST_ACCOUNT_SID, auth_token=TEST_AUTH_TOKEN) as fake:
        twilio_settings.TWILIO_API_BASE_URL = fake.url
        yield fake


def twilio_fixture(name: str, **overrides: str) -> dict[str, str]:
    params = json.loads((FIXTURES / "twilio" / f"{name}.json").read_text())
    params.update(overrides)
    return params


def post_signed(
    client: Client,
    path: str,
    params: dict[str, str],
    *,
    token: str = TEST_AUTH_TOKEN,
    signature: str | None = None,
) -> Any:
    """POST a webhook the way Twilio does: form-encoded and signed over the full URL."""
    url = f"http://testserver{path}"
    sig = (
        signature
        if signature is not None
        else twilio_signature(auth_token=token, url=url, params=params)
    )
    return client.post(path, params, HTTP_X_TWILIO_SIGNATURE=sig)
