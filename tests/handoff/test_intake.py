"""From a recorded text to an answer or a staffed handoff, with the tasks sent to staff."""

import pytest
from django.db import transaction

from conversations.models import Conversation, Message
from conversations.services.records import message_record_inbound
from handoff.models import Handoff, StaffTask
from handoff.services.staff import handoff_claim, handoff_release
from tests.factories import make_staff

PATIENT = "+15125551234"
ONCALL = "+15125550199"
FRONTDESK = "+15125550198"


def text(clinic, body: str, sid: str) -> Message:
    with transaction.atomic():
        message = message_record_inbound(
            clinic=clinic, from_phone=PATIENT, to_phone="+15125550100", body=body, twilio_sid=sid
        ).message
    message.refresh_from_db()
    return message


@pytest.mark.django_db(transaction=True)
def test_emergency_pages_on_call_with_minimum_necessary(clinic, fake_twilio):
    body = "my lip went white and blotchy an hour after filler and it hurts so bad"
    text(clinic, body, "SMurgent")

    handoff = Handoff.objects.get()
    assert handoff.priority == "urgent"
    assert {"urgent", "medical"} <= set(handoff.triggers)
    task = StaffTask.objects.get(kind="urgent_page")
    assert task.status == "sent" and task.notify_phone == ONCALL
    [page] = fake_twilio.bodies_to(ONCALL)
    assert "URGENT" in page and clinic.name in page
    assert "lip" not in page.lower() and PATIENT not in page
    [ack] = fake_twilio.bodies_to(PATIENT)
    assert "911" in ack and clinic.frontdesk_phone in ack


@pytest.mark.django_db(transaction=True)
def test_high_value_lead_is_flagged_and_sent_to_the_front_desk(clinic, fake_twilio):
    text(
        clinic,
        "planning my wedding in june, want botox + filler + facials for me and 5 bridesmaids",
        "SMlead",
    )

    handoff = Handoff.objects.get()
    assert handoff.lead is True
    assert handoff.priority == "high"
    assert StaffTask.objects.get(kind="lead").notify_phone == FRONTDESK
    assert len(fake_twilio.bodies_to(FRONTDESK)) == 1


@pytest.mark.django_db(transaction=True)
def test_call_back_request_creates_a_callback_task(clinic, fake_twilio):
    text(clinic, "can someone from the office call me back please", "SMcall")

    assert "human_request" in Handoff.objects.get().triggers
    assert StaffTask.objects.filter(kind="callback").count() == 1


@pytest.mark.django_db(transaction=True)
def test_handoff_records_why_what_and_the_ai_considered_matches(clinic, fake_twilio):
    text(clinic, "how much is botox", "SM1")
    text(clinic, "I got botox last tuesday and now my eyelid is drooping, is that normal?", "SM2")

    handoff = Handoff.objects.get()
    assert "medical" in handoff.triggers
    assert "eyelid" in handoff.trigger_sentence
    assert handoff.summary
    assert "Botox/neurotoxin" in handoff.details["treatments"]
    assert any("tuesday" in d.lower() for d in handoff.details["dates"])
    assert handoff.details["last_ai_reply"] == "Botox is $13 per unit."
    assert handoff.details["callback_number"] == PATIENT


@pytest.mark.django_db(transaction=True)
def test_emergency_in_a_staff_thread_escalates_and_tells_the_patient_what_to_do(
    clinic, fake_twilio
):
    text(clinic, "I'm really unhappy with my lip filler results", "SM1")
    handoff = Handoff.objects.get()
    assert handoff.priority == "high"

    text(clinic, "now my vision is blurry in one eye since the filler", "SM2")

    handoff.refresh_from_db()
    assert handoff.priority == "urgent"
    assert "urgent" in handoff.triggers
    assert handoff.events.filter(kind="escalated").exists()
    assert "911" in fake_twilio.bodies_to(PATIENT)[-1]
    assert len(fake_twilio.bodies_to(ONCALL)) == 1


@pytest.mark.django_db(transaction=True)
def test_after_release_the_ai_answers_and_the_same_topic_returns_to_the_same_nurse(
    clinic, fake_twilio
):
    nurse = make_staff(clinic=clinic)
    text(clinic, "got lip filler yesterday and one side looks bigger, is that normal?", "SM1")
    handoff = Handoff.objects.get()
    assert handoff_claim(handoff=handoff, user=nurse).won
    handoff_release(handoff=handoff, user=nurse)
    assert Conversation.objects.get().handled_by == "ai"

    text(clinic, "where do I park?", "SM2")
    assert fake_twilio.bodies_to(PATIENT)[-1] == "Free parking is behind the building."

    text(clinic, "the filler bump on my lip still hasn't gone down, should I worry?", "SM3")
    follow_up = Handoff.objects.exclude(pk=handoff.pk).get()
    assert follow_up.claimed_by == nurse
    assert follow_up.status == "claimed"


@pytest.mark.django_db(transaction=True)
def test_opted_out_patient_texting_a_staffed_thread_is_stored_and_shown_not_answered(
    clinic, fake_twilio
):
    text(clinic, "I want to talk to a manager about my bill", "SM1")
    sent_before = len(fake_twilio.sent)
    text(clinic, "STOP", "SM2")
    text(clinic, "hello??", "SM3")

    handoff = Handoff.objects.get()
    assert handoff.events.filter(kind="patient_message").count() == 2
    assert len(fake_twilio.sent) == sent_before
