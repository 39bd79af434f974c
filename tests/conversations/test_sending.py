"""The single send path, through the official SDK to a local fake of Twilio over HTTP."""

import pytest
from django.db import transaction

from conversations.models import Message, Patient
from conversations.services.sending import message_send, message_update_status
from conversations.services.twilio_gateway import build_client
from tests.factories import make_conversation


def send(conversation, body="Hello from the clinic") -> Message:
    with transaction.atomic():
        message = message_send(conversation=conversation, body=body, author="staff")
    message.refresh_from_db()
    return message


@pytest.mark.django_db(transaction=True)
def test_send_goes_through_the_sdk_with_auth_and_status_callback(clinic, fake_twilio, settings):
    settings.PUBLIC_BASE_URL = "https://medspai.example.com"
    conversation = make_conversation(clinic=clinic)

    message = send(conversation)

    assert message.status == Message.Status.SENT
    [sent] = fake_twilio.sent
    assert sent["StatusCallback"] == "https://medspai.example.com/twilio/sms/status/"
    assert sent["From"] == "+15125550100"
    assert message.twilio_sid == sent["sid"]


@pytest.mark.django_db(transaction=True)
def test_429_and_5xx_are_retried_with_backoff_and_sent_once(clinic, fake_twilio):
    fake_twilio.scripted_failures.extend([429, 503])
    message = send(make_conversation(clinic=clinic))

    assert message.status == Message.Status.SENT
    assert fake_twilio.requests_seen == 3
    assert len(fake_twilio.sent) == 1


@pytest.mark.django_db(transaction=True)
def test_retries_stop_after_the_limit_and_mark_failed(clinic, fake_twilio, settings):
    settings.TWILIO_MAX_ATTEMPTS = 3
    fake_twilio.scripted_failures.extend([500, 500, 500, 500])
    message = send(make_conversation(clinic=clinic))

    assert message.status == Message.Status.FAILED
    assert fake_twilio.requests_seen == 3
    assert fake_twilio.sent == []


@pytest.mark.django_db(transaction=True)
def test_timeout_after_the_request_left_is_never_resent(clinic, fake_twilio, settings):
    settings.TWILIO_TIMEOUT_SECONDS = 0.2
    fake_twilio.delay_seconds = 0.6
    message = send(make_conversation(clinic=clinic))

    assert message.status == Message.Status.UNKNOWN
    assert fake_twilio.requests_seen == 1


@pytest.mark.django_db(transaction=True)
def test_unreachable_twilio_is_retried_then_failed(clinic, twilio_settings):
    twilio_settings.TWILIO_API_BASE_URL = "http://127.0.0.1:9"
    twilio_settings.TWILIO_MAX_ATTEMPTS = 2
    message = send(make_conversation(clinic=clinic))

    assert message.status == Message.Status.FAILED


@pytest.mark.django_db(transaction=True)
def test_21610_marks_the_patient_opted_out(clinic, fake_twilio):
    conversation = make_conversation(clinic=clinic, phone="+15125557777")
    fake_twilio.unsubscribed.add("+15125557777")

    message = send(conversation)

    assert message.status == Message.Status.FAILED
    assert message.error_code == "21610"
    assert Patient.objects.get(phone="+15125557777").opted_out is True
    assert send(conversation).status == Message.Status.SUPPRESSED
    assert fake_twilio.requests_seen == 1


@pytest.mark.django_db(transaction=True)
def test_opted_out_patient_is_never_sent_anything(clinic, fake_twilio):
    conversation = make_conversation(clinic=clinic)
    Patient.objects.filter(pk=conversation.patient_id).update(opted_out=True)
    conversation.refresh_from_db()

    message = send(conversation)

    assert message.status == Message.Status.SUPPRESSED
    assert fake_twilio.requests_seen == 0


@pytest.mark.django_db(transaction=True)
def test_without_credentials_texts_are_recorded_not_sent(clinic, settings):
    settings.TWILIO_ACCOUNT_SID = ""
    settings.TWILIO_AUTH_TOKEN = ""
    message = send(make_conversation(clinic=clinic))

    assert message.status == Message.Status.RECORDED


@pytest.mark.django_db(transaction=True)
def test_overlong_body_is_capped_at_1600_characters(clinic, fake_twilio):
    message = send(make_conversation(clinic=clinic), body="a" * 2000)

    assert len(message.body) == 1600
    assert len(fake_twilio.sent[0]["Body"]) == 1600


def test_api_base_url_replaces_twilio_host_for_every_request(twilio_settings):
    twilio_settings.TWILIO_API_BASE_URL = "http://127.0.0.1:5555"
    client = build_client()

    assert client.http_client.base_url == "http://127.0.0.1:5555"


@pytest.mark.django_db(transaction=True)
def test_status_callbacks_update_delivery_and_never_go_backwards(client, clinic, fake_twilio):
    from tests.conftest import post_signed, twilio_fixture

    message = send(make_conversation(clinic=clinic))
    params = twilio_fixture(
        "status_delivered", MessageSid=message.twilio_sid, SmsSid=message.twilio_sid
    )
    assert post_signed(client, "/twilio/sms/status/", params).status_code == 204
    message.refresh_from_db()
    assert message.status == Message.Status.DELIVERED

    late = {**params, "MessageStatus": "sent", "SmsStatus": "sent"}
    post_signed(client, "/twilio/sms/status/", late)
    message.refresh_from_db()
    assert message.status == Message.Status.DELIVERED


@pytest.mark.django_db
def test_status_callback_needs_a_valid_signature(client, clinic, fake_twilio):
    response = client.post(
        "/twilio/sms/status/", {"MessageSid": "SMx", "MessageStatus": "delivered"}
    )

    assert response.status_code == 403


@pytest.mark.django_db
def test_status_for_unknown_sid_is_ignored(clinic):
    assert message_update_status(twilio_sid="SMnope", twilio_status="delivered") is False


@pytest.mark.django_db(transaction=True)
def test_a_send_left_half_done_by_a_dead_worker_becomes_unknown_not_resent(clinic, fake_twilio):
    from datetime import timedelta

    from django.utils import timezone

    from conversations.services.sweep import sweep_all

    conversation = make_conversation(clinic=clinic)
    stuck = Message.objects.create(
        conversation=conversation, direction="out", author="assistant", body="hi", status="sending"
    )
    Message.objects.filter(pk=stuck.pk).update(created_at=timezone.now() - timedelta(minutes=10))

    counts = sweep_all(grace_seconds=0)

    stuck.refresh_from_db()
    assert counts["stuck_sends"] == 1
    assert stuck.status == Message.Status.UNKNOWN
    assert fake_twilio.requests_seen == 0
