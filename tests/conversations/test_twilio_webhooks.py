"""The inbound webhook end to end: signed as Twilio signs, replies through the real SDK to a
local fake of Twilio's REST API."""

import logging

import pytest
from django.test import Client

from conversations.models import Conversation, Message, Patient
from handoff.models import Handoff
from tests.conftest import post_signed, twilio_fixture
from tests.fake_twilio import FakeTwilio

PATIENT = "+15125551234"
CLINIC_NUMBER = "+15125550100"
SMS_URL = "/twilio/sms/"


def text(client: Client, body: str, sid: str, **extra: str) -> object:
    return post_signed(
        client,
        SMS_URL,
        twilio_fixture(
            "inbound_sms", Body=body, MessageSid=sid, SmsSid=sid, SmsMessageSid=sid, **extra
        ),
    )


@pytest.mark.django_db(transaction=True)
def test_signed_text_gets_faq_answer_through_twilio(client, clinic, fake_twilio: FakeTwilio):
    response = text(client, "hey what time do you guys open on saturday?", "SM0001")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/xml")
    assert b"<Response></Response>" in response.content
    assert len(fake_twilio.sent) == 1
    sent = fake_twilio.sent[0]
    assert sent["To"] == PATIENT
    assert sent["From"] == CLINIC_NUMBER
    assert sent["Body"] == "We're open Mon-Fri 9-6 and Sat 10-3."
    reply = Message.objects.get(direction="out")
    assert reply.twilio_sid == sent["sid"]
    assert reply.status == Message.Status.SENT
    assert reply.in_reply_to.twilio_sid == "SM0001"


@pytest.mark.django_db(transaction=True)
def test_forged_signature_is_refused_and_stores_nothing(client, clinic, fake_twilio):
    params = twilio_fixture("inbound_sms")
    response = post_signed(client, SMS_URL, params, token="not-the-auth-token")

    assert response.status_code == 403
    assert Message.objects.count() == 0
    assert Patient.objects.count() == 0
    assert fake_twilio.sent == []


@pytest.mark.django_db(transaction=True)
def test_missing_signature_is_refused(client, clinic, fake_twilio):
    response = client.post(SMS_URL, twilio_fixture("inbound_sms"))

    assert response.status_code == 403
    assert Message.objects.count() == 0


@pytest.mark.django_db(transaction=True)
def test_signature_over_a_changed_body_is_refused(client, clinic, fake_twilio):
    params = twilio_fixture("inbound_sms")
    from tests.twilio_signing import twilio_signature

    signature = twilio_signature(
        auth_token="test-auth-token-0123456789abcdef",
        url=f"http://testserver{SMS_URL}",
        params=params,
    )
    tampered = {**params, "Body": "what is the price of botox"}
    response = post_signed(client, SMS_URL, tampered, signature=signature)

    assert response.status_code == 403
    assert Message.objects.count() == 0


@pytest.mark.django_db(transaction=True)
def test_signature_checked_against_public_base_url(client, clinic, fake_twilio, settings):
    settings.PUBLIC_BASE_URL = "https://medspai.example.com"
    params = twilio_fixture("inbound_sms")
    from tests.twilio_signing import twilio_signature

    good = twilio_signature(
        auth_token="test-auth-token-0123456789abcdef",
        url=f"https://medspai.example.com{SMS_URL}",
        params=params,
    )
    assert post_signed(client, SMS_URL, params).status_code == 403
    assert post_signed(client, SMS_URL, params, signature=good).status_code == 200


@pytest.mark.django_db(transaction=True)
def test_replayed_message_sid_causes_no_second_reply(client, clinic, fake_twilio):
    first = text(client, "where do I park?", "SMreplay")
    second = text(client, "where do I park?", "SMreplay")

    assert first.status_code == second.status_code == 200
    assert Message.objects.filter(direction="in").count() == 1
    assert Message.objects.filter(direction="out").count() == 1
    assert len(fake_twilio.sent) == 1


@pytest.mark.django_db(transaction=True)
def test_unknown_number_is_404_and_logs_no_body(client, clinic, fake_twilio, caplog):
    caplog.set_level(logging.DEBUG)
    body = "my secret medical question about my rash"
    response = text(client, body, "SMunknown", To="+19995550000")

    assert response.status_code == 404
    assert b"does not belong to any clinic" in response.content
    assert Message.objects.count() == 0
    assert body not in caplog.text
    assert "0000" in caplog.text


@pytest.mark.django_db(transaction=True)
def test_missing_fields_are_a_clear_400(client, clinic, fake_twilio):
    params = twilio_fixture("inbound_sms")
    del params["MessageSid"], params["SmsSid"]
    response = post_signed(client, SMS_URL, params)

    assert response.status_code == 400
    assert b"MessageSid" in response.content


@pytest.mark.django_db(transaction=True)
def test_stop_then_question_sends_nothing(client, clinic, fake_twilio):
    text(client, "STOP", "SMstop")
    text(client, "what are your hours?", "SMafter")

    patient = Patient.objects.get(phone=PATIENT)
    assert patient.opted_out is True
    assert fake_twilio.sent == []
    assert Message.objects.filter(direction="in").count() == 2
    assert not Message.objects.filter(direction="out").exclude(status="suppressed").exists()


@pytest.mark.parametrize("keyword", ["stop", "STOPALL", "Unsubscribe", "cancel", "END", "quit."])
@pytest.mark.django_db(transaction=True)
def test_every_carrier_stop_keyword_opts_out(client, clinic, fake_twilio, keyword):
    text(client, keyword, f"SM{keyword}")

    assert Patient.objects.get(phone=PATIENT).opted_out is True
    assert fake_twilio.sent == []


@pytest.mark.django_db(transaction=True)
def test_plain_stop_request_opts_out(client, clinic, fake_twilio):
    text(client, "please stop texting me", "SMplain")

    assert Patient.objects.get(phone=PATIENT).opted_out is True
    assert fake_twilio.sent == []


@pytest.mark.django_db(transaction=True)
def test_start_opts_back_in_and_answers_again(client, clinic, fake_twilio):
    text(client, "STOP", "SM1")
    text(client, "START", "SM2")
    text(client, "where can I park", "SM3")

    assert Patient.objects.get(phone=PATIENT).opted_out is False
    assert fake_twilio.bodies_to(PATIENT) == ["Free parking is behind the building."]


@pytest.mark.django_db(transaction=True)
def test_help_gets_clinic_name_and_phone(client, clinic, fake_twilio):
    text(client, "HELP", "SMhelp")

    [body] = fake_twilio.bodies_to(PATIENT)
    assert clinic.name in body
    assert clinic.frontdesk_phone in body


@pytest.mark.django_db(transaction=True)
def test_handoff_then_routine_question_gets_no_ai_reply(client, clinic, fake_twilio):
    text(
        client,
        "I got lip filler yesterday and my lip is really swollen and bruised, is that normal?",
        "SMmed",
    )
    text(client, "also what are your hours", "SMroutine")

    handoff = Handoff.objects.get()
    assert "medical" in handoff.triggers
    assert Conversation.objects.get().handled_by == "staff"
    assert len(fake_twilio.sent) == 1, "only the acknowledgement of the handoff is sent"
    assert "Mon-Fri" not in fake_twilio.sent[0]["Body"]
    routine = Message.objects.get(twilio_sid="SMroutine")
    assert handoff.events.filter(kind="patient_message", message=routine).exists()
    assert handoff.unread is True


@pytest.mark.django_db(transaction=True)
def test_picture_from_patient_is_kept_and_handed_to_staff(client, clinic, fake_twilio):
    response = post_signed(client, SMS_URL, twilio_fixture("inbound_mms"))

    assert response.status_code == 200
    message = Message.objects.get(direction="in")
    assert message.media == [
        {"url": twilio_fixture("inbound_mms")["MediaUrl0"], "content_type": "image/jpeg"}
    ]
    handoff = Handoff.objects.get()
    assert "media" in handoff.triggers
    assert handoff.priority in {"high", "urgent"}
    [ack] = fake_twilio.bodies_to(PATIENT)
    assert "photo" in ack.lower()


@pytest.mark.parametrize(
    "body",
    [
        "",
        "   ",
        "😀😀😀",
        "x" * 3000,
        "¿Cuánto cuesta el bótox?",
        "ボトックスはいくらですか",
        "\u0000weird\u200b",
    ],
)
@pytest.mark.django_db(transaction=True)
def test_odd_bodies_are_stored_and_answered_or_handed_off(client, clinic, fake_twilio, body):
    response = text(client, body, "SModd")

    assert response.status_code == 200
    inbound = Message.objects.get(direction="in")
    assert inbound.processed_at is not None
    assert Message.objects.filter(direction="out").count() == 1
    assert len(fake_twilio.sent) == 1


@pytest.mark.django_db(transaction=True)
def test_no_message_body_in_any_log(client, clinic, fake_twilio, caplog):
    caplog.set_level(logging.DEBUG)
    secret = "my chin has a weird lump since the kybella"
    text(client, secret, "SMlog")
    fake_twilio.scripted_failures.append(500)
    text(client, "where do I park?", "SMlog2", From="+15125559999")

    assert Message.objects.filter(direction="in").count() == 2
    assert secret not in caplog.text
    assert "behind the building" not in caplog.text
