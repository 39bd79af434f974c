from datetime import timedelta

import pytest
from django.utils import timezone

from conversations.models import Conversation, Message
from handoff.models import Handoff, HandoffEvent
from handoff.services.staff import (
    HandoffConflict,
    NotClaimer,
    handoff_claim,
    handoff_mark_viewed,
    handoff_note,
    handoff_release,
    handoff_release_idle_claims,
    handoff_reply,
    handoff_resolve,
)
from tests.inbox.builders import make_handoff

pytestmark = pytest.mark.django_db


def kinds(handoff: Handoff) -> list[str]:
    return list(handoff.events.order_by("id").values_list("kind", flat=True))


def test_claim_of_open_handoff_wins_and_is_recorded(handoff, staff):
    result = handoff_claim(handoff=handoff, user=staff)
    assert result.won and result.holder == staff
    handoff.refresh_from_db()
    assert handoff.status == "claimed" and handoff.claimed_by == staff and handoff.claimed_at
    assert handoff.events.filter(kind="claimed", actor=staff).count() == 1


def test_claim_by_second_staff_is_refused_naming_who_has_it(handoff, staff, colleague):
    handoff_claim(handoff=handoff, user=staff)
    result = handoff_claim(handoff=handoff, user=colleague)
    assert not result.won
    assert result.holder == staff and result.reason == "claimed"
    handoff.refresh_from_db()
    assert handoff.claimed_by == staff


def test_claiming_again_is_harmless(handoff, staff):
    handoff_claim(handoff=handoff, user=staff)
    assert handoff_claim(handoff=handoff, user=staff).won
    assert kinds(handoff).count("claimed") == 1


def test_claim_of_resolved_handoff_is_refused(handoff, staff):
    handoff_resolve(handoff=handoff, user=staff)
    result = handoff_claim(handoff=handoff, user=staff)
    assert not result.won and result.reason == "resolved"


def test_idle_claim_past_the_lease_can_be_taken_over(handoff, staff, colleague):
    long_ago = timezone.now() - timedelta(minutes=handoff.clinic.claim_lease_minutes + 5)
    handoff_claim(handoff=handoff, user=staff, now=long_ago)
    HandoffEvent.objects.filter(handoff=handoff, kind="claimed").update(created_at=long_ago)
    result = handoff_claim(handoff=handoff, user=colleague)
    assert result.won
    handoff.refresh_from_db()
    assert handoff.claimed_by == colleague
    assert kinds(handoff)[-2:] == ["unclaimed", "claimed"]


def test_claim_with_recent_work_is_not_taken_over(handoff, staff, colleague):
    long_ago = timezone.now() - timedelta(minutes=handoff.clinic.claim_lease_minutes + 5)
    handoff_claim(handoff=handoff, user=staff, now=long_ago)
    HandoffEvent.objects.filter(handoff=handoff, kind="claimed").update(created_at=long_ago)
    handoff_note(handoff=handoff, user=staff, text="Calling her back now.")
    assert not handoff_claim(handoff=handoff, user=colleague).won


def test_release_idle_claims_returns_them_to_the_queue(clinic, staff, colleague):
    idle = make_handoff(clinic=clinic, phone="+15551230010")
    busy = make_handoff(clinic=clinic, phone="+15551230011")
    long_ago = timezone.now() - timedelta(minutes=clinic.claim_lease_minutes + 1)
    handoff_claim(handoff=idle, user=staff, now=long_ago)
    handoff_claim(handoff=busy, user=colleague, now=long_ago)
    HandoffEvent.objects.filter(kind="claimed").update(created_at=long_ago)
    handoff_reply(handoff=busy, user=colleague, body="Checking with the nurse.")

    assert handoff_release_idle_claims() == 1
    idle.refresh_from_db()
    busy.refresh_from_db()
    assert idle.status == "open" and idle.claimed_by is None
    assert busy.status == "claimed" and busy.claimed_by == colleague
    event = idle.events.get(kind="unclaimed")
    assert event.actor is None and "alice" in event.note.lower()
    assert handoff_release_idle_claims() == 0


def test_release_idle_claims_uses_each_clinics_lease(clinic, other_clinic, staff):
    other_clinic.claim_lease_minutes = 120
    other_clinic.save(update_fields=["claim_lease_minutes"])
    from tests.factories import make_staff

    other_staff = make_staff(clinic=other_clinic)
    here = make_handoff(clinic=clinic, phone="+15551230020")
    there = make_handoff(clinic=other_clinic, phone="+15551230021")
    an_hour_ago = timezone.now() - timedelta(minutes=60)
    handoff_claim(handoff=here, user=staff, now=an_hour_ago)
    handoff_claim(handoff=there, user=other_staff, now=an_hour_ago)
    HandoffEvent.objects.filter(kind="claimed").update(created_at=an_hour_ago)
    assert handoff_release_idle_claims() == 1
    assert Handoff.objects.get(pk=there.pk).status == "claimed"


def test_reply_by_claimer_texts_the_patient_in_the_same_thread(handoff, staff):
    handoff_claim(handoff=handoff, user=staff)
    message = handoff_reply(
        handoff=handoff, user=staff, body="  Hi Dana, a little swelling is normal.  "
    )
    assert message.conversation_id == handoff.conversation_id
    assert message.author == Message.Author.STAFF and message.reply_kind == "staff"
    assert message.staff_user == staff and message.body == "Hi Dana, a little swelling is normal."
    assert message.direction == "out" and message.status == Message.Status.QUEUED
    assert message.in_reply_to_id == handoff.trigger_message_id
    event = handoff.events.get(kind="replied")
    assert event.actor == staff and event.message == message


def test_reply_to_opted_out_patient_is_never_sent(handoff, staff):
    patient = handoff.conversation.patient
    patient.opted_out = True
    patient.save(update_fields=["opted_out"])
    handoff_claim(handoff=handoff, user=staff)
    message = handoff_reply(handoff=handoff, user=staff, body="Hello")
    assert message.status == Message.Status.SUPPRESSED


def test_reply_needs_a_claim(handoff, staff):
    with pytest.raises(HandoffConflict):
        handoff_reply(handoff=handoff, user=staff, body="Hi")
    assert not Message.objects.filter(author="staff").exists()


def test_reply_by_someone_else_than_the_claimer_is_refused(handoff, staff, colleague):
    handoff_claim(handoff=handoff, user=staff)
    with pytest.raises(NotClaimer) as refused:
        handoff_reply(handoff=handoff, user=colleague, body="Hi")
    assert refused.value.holder == staff
    assert not Message.objects.filter(author="staff").exists()


def test_empty_reply_is_refused(handoff, staff):
    handoff_claim(handoff=handoff, user=staff)
    with pytest.raises(ValueError):
        handoff_reply(handoff=handoff, user=staff, body="   ")


def test_note_is_recorded_and_never_sent(handoff, colleague):
    before = Message.objects.count()
    event = handoff_note(handoff=handoff, user=colleague, text="Patient is a VIP, be gentle.")
    assert event.kind == "note" and event.actor == colleague
    assert Message.objects.count() == before


def test_resolve_keeps_the_thread_with_staff(handoff, staff):
    handoff_claim(handoff=handoff, user=staff)
    handoff_resolve(handoff=handoff, user=staff)
    handoff.refresh_from_db()
    assert handoff.status == "resolved" and handoff.resolved_by == staff and handoff.resolved_at
    assert handoff.conversation.handled_by == "staff"
    assert kinds(handoff)[-1] == "resolved"
    handoff_resolve(handoff=handoff, user=staff)
    assert kinds(handoff).count("resolved") == 1


def test_resolve_of_someone_elses_claim_is_refused(handoff, staff, colleague):
    handoff_claim(handoff=handoff, user=staff)
    with pytest.raises(NotClaimer):
        handoff_resolve(handoff=handoff, user=colleague)


def test_release_hands_the_thread_back_to_the_ai(handoff, staff):
    handoff_claim(handoff=handoff, user=staff)
    handoff_release(handoff=handoff, user=staff)
    handoff.refresh_from_db()
    assert handoff.status == "resolved" and handoff.resolved_by == staff
    assert Conversation.objects.get(pk=handoff.conversation_id).handled_by == "ai"
    assert kinds(handoff)[-2:] == ["resolved", "released"]
    handoff_release(handoff=handoff, user=staff)
    assert kinds(handoff).count("released") == 1


def test_release_after_resolve_by_any_colleague(handoff, staff, colleague):
    handoff_claim(handoff=handoff, user=staff)
    handoff_resolve(handoff=handoff, user=staff)
    handoff_release(handoff=handoff, user=colleague)
    assert Conversation.objects.get(pk=handoff.conversation_id).handled_by == "ai"


def test_release_is_refused_while_a_newer_handoff_is_open(clinic, handoff, staff):
    handoff_resolve(handoff=handoff, user=staff)
    newer = make_handoff(clinic=clinic)
    assert newer.conversation_id == handoff.conversation_id
    with pytest.raises(HandoffConflict):
        handoff_release(handoff=handoff, user=staff)
    assert Conversation.objects.get(pk=handoff.conversation_id).handled_by == "staff"


def test_view_is_recorded_once_per_window_and_clears_unread(handoff, staff, colleague):
    assert handoff.unread
    assert handoff_mark_viewed(handoff=handoff, user=staff)
    assert not handoff_mark_viewed(handoff=handoff, user=staff)
    assert handoff_mark_viewed(handoff=handoff, user=colleague)
    later = timezone.now() + timedelta(minutes=10)
    assert handoff_mark_viewed(handoff=handoff, user=staff, now=later)
    handoff.refresh_from_db()
    assert not handoff.unread
    assert handoff.events.filter(kind="viewed").count() == 3
