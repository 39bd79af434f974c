"""A real Celery worker consuming from Redis: the production path of an inbound text."""

import os
import time

import pytest
from celery.contrib.testing.worker import start_worker

from conversations.models import Message
from medspai.celery import app as celery_app
from tests.conftest import in_ci, post_signed, twilio_fixture

BROKER = os.environ.get("CELERY_BROKER_URL", "")

pytestmark = [
    pytest.mark.redis,
    pytest.mark.skipif(
        not BROKER.startswith("redis://") and not in_ci(),
        reason="needs CELERY_BROKER_URL on a Redis server (set in CI by .ci/run)",
    ),
]


@pytest.fixture
def real_worker():
    assert BROKER.startswith("redis://"), "CI must run this test against Redis"
    celery_app.conf.task_always_eager = False
    celery_app.conf.broker_url = BROKER
    celery_app.conf.result_backend = None
    with start_worker(
        celery_app, pool="threads", concurrency=2, perform_ping_check=False, shutdown_timeout=10
    ):
        yield
    celery_app.conf.task_always_eager = True


@pytest.mark.django_db(transaction=True)
def test_inbound_text_is_answered_by_a_real_worker_on_redis(
    client, clinic, fake_twilio, real_worker
):
    params = twilio_fixture("inbound_sms", Body="is there parking?")
    assert post_signed(client, "/twilio/sms/", params).status_code == 200

    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and not fake_twilio.sent:
        time.sleep(0.1)

    assert fake_twilio.bodies_to("+15125551234") == ["Free parking is behind the building."]
    reply = Message.objects.get(direction="out")
    assert reply.status == Message.Status.SENT
