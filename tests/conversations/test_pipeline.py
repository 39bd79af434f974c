"""Ordering, idempotence and never losing a text."""

import os
import threading

import pytest
from django.db import connection, transaction
from django.test import Client

from conversations.models import Conversation, Message, Patient
from conversations.services.records import message_record_inbound
from conversations.services.sweep import sweep_all
from handoff.services.intake import conversation_process_pending
from medspai.celery import app as celery_app
from tests.conftest import post_signed, twilio_fixture


def record(clinic, body: str, sid: str, phone: str = "+15125551234") -> Message:
    with transaction.atomic():
        return message_record_inbound(
            clinic=clinic, from_phone=phone, to_phone="+15125550100", body=body, twilio_sid=sid
        ).message


def use_broker(url: str) -> None:
    # Celery caches its connection and producer pools; drop them so the next publish
    # connects to `url` (what Celery itself does after a fork).
    celery_app.conf.broker_url = url
    celery_app._pool = None
    celery_app.amqp._producer_pool = None


@pytest.fixture
def broker_down():
    """A broker that refuses connections: queuing fails as it would in production."""
    previous = celery_app.conf.broker_url
    celery_app.conf.task_always_eager = False
    use_broker("redis://127.0.0.1:1/0")
    yield
    use_broker(previous)
    celery_app.conf.task_always_eager = True


def broker_back() -> None:
    use_broker(os.environ.get("CELERY_BROKER_URL") or "memory://")
    celery_app.conf.task_always_eager = True


@pytest.mark.django_db(transaction=True)
def test_broker_down_webhook_still_answers_and_sweep_delivers(
    client: Client, clinic, fake_twilio, broker_down
):
    params = twilio_fixture("inbound_sms", Body="where do I park?")
    response = post_signed(client, "/twilio/sms/", params)

    assert response.status_code == 200
    inbound = Message.objects.get(direction="in")
    assert inbound.processed_at is None
    assert fake_twilio.sent == []

    broker_back()
    counts = sweep_all(grace_seconds=0)

    assert counts["conversations"] == 1
    inbound.refresh_from_db()
    assert inbound.processed_at is not None
    assert fake_twilio.bodies_to("+15125551234") == ["Free parking is behind the building."]


@pytest.mark.django_db(transaction=True)
def test_two_texts_seconds_apart_are_answered_in_order_once_each(clinic, fake_twilio, broker_down):
    first = record(clinic, "where do I park?", "SMa")
    second = record(clinic, "how much is botox?", "SMb")

    broker_back()
    assert conversation_process_pending(conversation_id=first.conversation_id) == 2
    assert conversation_process_pending(conversation_id=first.conversation_id) == 0

    replies = list(Message.objects.filter(direction="out").order_by("id"))
    assert [r.in_reply_to_id for r in replies] == [first.pk, second.pk]
    assert fake_twilio.bodies_to("+15125551234") == [
        "Free parking is behind the building.",
        "Botox is $13 per unit.",
    ]


@pytest.mark.django_db(transaction=True)
def test_concurrent_first_texts_from_a_new_patient_share_one_conversation(clinic, fake_twilio):
    barrier = threading.Barrier(4)
    errors: list[BaseException] = []

    def send(i: int) -> None:
        try:
            barrier.wait(timeout=5)
            record(clinic, f"question {i}: where do I park?", f"SMc{i}", phone="+15125554444")
        except BaseException as exc:
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=send, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)

    assert errors == []
    assert Patient.objects.filter(phone="+15125554444").count() == 1
    assert Conversation.objects.filter(patient__phone="+15125554444").count() == 1
    assert Message.objects.filter(direction="in").count() == 4
    assert Message.objects.filter(direction="out", author="assistant").count() == 4


@pytest.mark.django_db(transaction=True)
def test_a_failing_decision_hands_off_instead_of_losing_the_text(clinic, fake_twilio, monkeypatch):
    import handoff.preview

    def explode(**kwargs):
        raise RuntimeError("index corrupted")

    monkeypatch.setattr(handoff.preview, "triage_for_clinic", explode)
    message = record(clinic, "where do I park?", "SMboom")

    message.refresh_from_db()
    assert message.processed_at is not None
    assert message.conversation.handoffs.get().triggers == ["low_confidence"]
    assert len(fake_twilio.sent) == 1
