from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from conversations.models import Conversation, Message
from handoff.models import Handoff, HandoffEvent
from handoff.services.staff import handoff_claim, handoff_reply
from inbox.models import CannedReply
from knowledge.models import FaqEntry
from tests.factories import make_inbound
from tests.inbox.builders import make_handoff

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def logged_in(client, staff):
    client.force_login(staff)
    return client


def card_url(handoff: Handoff, action: str = "card") -> str:
    return reverse(f"inbox:{action}", args=[handoff.pk])


def test_queue_needs_login(client):
    response = client.get(reverse("inbox:queue"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_login_page_renders(client):
    response = client.get("/accounts/login/?next=/inbox/")
    assert response.status_code == 200
    assert b'name="password"' in response.content


def test_queue_lists_handoffs_most_urgent_first(logged_in, clinic):
    normal = make_handoff(
        clinic=clinic,
        phone="+15551230101",
        name="Nora Normal",
        triggers=("human_request",),
        priority="normal",
        age_minutes=50,
    )
    urgent = make_handoff(
        clinic=clinic,
        phone="+15551230102",
        name="Uma Urgent",
        triggers=("urgent",),
        priority="urgent",
        age_minutes=1,
    )
    page = logged_in.get(reverse("inbox:queue")).content.decode()
    assert page.index("Uma Urgent") < page.index("Nora Normal")
    assert f'id="h-{urgent.pk}"' in page and f'id="h-{normal.pk}"' in page
    assert 'hx-trigger="every 4s' in page
    assert "htmx.min.js" in page and "inbox.js" in page


def test_queue_marks_unread_overdue_and_who_has_it(logged_in, clinic, colleague):
    late = make_handoff(clinic=clinic, phone="+15551230103", age_minutes=40)
    taken = make_handoff(clinic=clinic, phone="+15551230104", name="Tess Taken")
    handoff_claim(handoff=taken, user=colleague)
    page = logged_in.get(reverse("inbox:queue")).content.decode()
    assert f'class="item prio-high unread overdue" id="h-{late.pk}"' in page
    assert "wait late" in page and "waiting 40 min" in page
    assert "bob has it" in page


def test_queue_poll_returns_only_the_fragment(logged_in, handoff):
    response = logged_in.get(reverse("inbox:queue") + "?status=open", **HTMX)
    html = response.content.decode()
    assert html.lstrip().startswith('<section id="queue"')
    assert "<html" not in html
    assert 'hx-get="/inbox/?status=open"' in html
    assert f'id="h-{handoff.pk}"' in html


def test_queue_filters(logged_in, clinic, staff):
    medical = make_handoff(clinic=clinic, phone="+15551230105", triggers=("medical",))
    lead = make_handoff(clinic=clinic, phone="+15551230106", triggers=("lead",), priority="normal")
    handoff_claim(handoff=lead, user=staff)

    def ids(query: str) -> set[int]:
        html = logged_in.get(reverse("inbox:queue") + query, **HTMX).content.decode()
        return {h.pk for h in (medical, lead) if f'id="h-{h.pk}"' in html}

    assert ids("") == {medical.pk, lead.pk}
    assert ids("?trigger=lead") == {lead.pk}
    assert ids("?priority=high") == {medical.pk}
    assert ids("?mine=1") == {lead.pk}
    assert ids("?status=open") == {medical.pk}
    assert ids("?status=resolved") == set()
    assert ids("?status=bogus&trigger=bogus") == {medical.pk, lead.pk}


def test_card_shows_why_what_and_the_whole_thread(logged_in, handoff, staff):
    handoff_claim(handoff=handoff, user=staff)
    handoff_reply(handoff=handoff, user=staff, body="Hi Dana, can you send a photo?")
    response = logged_in.get(card_url(handoff))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Medical" in page and "My lips are really swollen two days after filler" in page
    assert "Swelling after lip filler" in page
    assert "lip filler" in page and "two days ago" in page
    assert 'href="tel:+15551230001"' in page
    assert "lip_filler_price" in page and "0.31" in page
    assert "Lip filler is $650 per syringe." in page
    assert "Thanks — a member of our team" in page  # the AI's ack in the transcript
    assert "Hi Dana, can you send a photo?" in page and "Queued" in page and "Delivered" in page
    assert "Alice Nguyen claimed" in page and "Alice Nguyen replied" in page


def test_card_shows_earlier_conversations(logged_in, clinic, handoff):
    patient = handoff.conversation.patient
    old = Conversation.objects.create(clinic=clinic, patient=patient, is_active=False)
    make_inbound(conversation=old, body="Do you do laser?")
    page = logged_in.get(card_url(handoff)).content.decode()
    assert "Earlier with this patient" in page and "1 message" in page


def test_opening_a_card_records_the_view_and_clears_unread(logged_in, handoff, staff):
    logged_in.get(card_url(handoff))
    logged_in.get(card_url(handoff))
    handoff.refresh_from_db()
    assert not handoff.unread
    assert handoff.events.filter(kind="viewed", actor=staff).count() == 1


def test_card_poll_shows_new_patient_texts(logged_in, handoff):
    make_inbound(conversation=handoff.conversation, body="Also it itches a bit")
    html = logged_in.get(
        card_url(handoff, "activity") + "?part=transcript", **HTMX
    ).content.decode()
    assert html.lstrip().startswith('<ol id="transcript"') and "Also it itches a bit" in html
    html = logged_in.get(card_url(handoff, "activity") + "?part=timeline", **HTMX).content.decode()
    assert html.lstrip().startswith('<section id="timeline"')


def test_claim_button_returns_the_card_fragment(logged_in, handoff, staff):
    response = logged_in.post(card_url(handoff, "claim"), **HTMX)
    html = response.content.decode()
    assert response.status_code == 200 and html.lstrip().startswith('<section id="card-live"')
    assert "You have this" in html and 'id="reply-body"' in html
    handoff.refresh_from_db()
    assert handoff.claimed_by == staff


def test_lost_claim_says_who_has_it(logged_in, handoff, colleague):
    handoff_claim(handoff=handoff, user=colleague)
    response = logged_in.post(card_url(handoff, "claim"), **HTMX)
    assert response.status_code == 409
    assert "bob already has this handoff." in response.content.decode()


def test_a_lapsed_claim_offers_take_over_and_moves_to_the_taker(
    logged_in, handoff, staff, colleague
):
    long_ago = timezone.now() - timedelta(minutes=handoff.clinic.claim_lease_minutes + 5)
    handoff_claim(handoff=handoff, user=colleague, now=long_ago)
    HandoffEvent.objects.filter(handoff=handoff, kind="claimed").update(created_at=long_ago)
    html = logged_in.get(card_url(handoff)).content.decode()
    assert "Take over" in html and "has not worked on this for a while" in html
    response = logged_in.post(card_url(handoff, "claim"), **HTMX)
    assert response.status_code == 200 and "You have this" in response.content.decode()
    handoff.refresh_from_db()
    assert handoff.claimed_by == staff


def test_a_fresh_claim_offers_no_take_over(logged_in, handoff, colleague):
    handoff_claim(handoff=handoff, user=colleague)
    html = logged_in.get(card_url(handoff)).content.decode()
    assert "Take over" not in html and "is replying to this patient" in html


def test_claim_from_the_queue_returns_the_queue(logged_in, handoff):
    response = logged_in.post(
        card_url(handoff, "claim"), {"status": "active"}, HTTP_HX_TARGET="queue", **HTMX
    )
    html = response.content.decode()
    assert html.lstrip().startswith('<section id="queue"') and "You have it" in html


def test_reply_sends_and_clears_the_box(logged_in, handoff, staff):
    handoff_claim(handoff=handoff, user=staff)
    response = logged_in.post(card_url(handoff, "reply"), {"body": "Ice and ibuprofen."}, **HTMX)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Ice and ibuprofen." in html  # now in the transcript
    assert (
        '<textarea id="reply-body" name="body" rows="3" maxlength="1600" required '
        'placeholder="Type a text message…"></textarea>' in html
    )
    message = Message.objects.get(author="staff")
    assert message.staff_user == staff and message.reply_kind == "staff"


def test_reply_without_claim_is_refused_and_keeps_the_draft(logged_in, handoff, colleague):
    handoff_claim(handoff=handoff, user=colleague)
    response = logged_in.post(card_url(handoff, "reply"), {"body": "My draft"}, **HTMX)
    assert response.status_code == 403
    assert "bob has this handoff." in response.content.decode()
    assert not Message.objects.filter(author="staff").exists()


def test_empty_reply_is_refused(logged_in, handoff, staff):
    handoff_claim(handoff=handoff, user=staff)
    response = logged_in.post(card_url(handoff, "reply"), {"body": " "}, **HTMX)
    assert response.status_code == 422 and "The reply is empty." in response.content.decode()


def test_note_shows_in_the_timeline_and_is_not_sent(logged_in, handoff):
    response = logged_in.post(card_url(handoff, "note"), {"note": "Called, no answer."}, **HTMX)
    assert "Called, no answer." in response.content.decode()
    assert not Message.objects.filter(author="staff").exists()


def test_resolve_and_release(logged_in, handoff, staff):
    handoff_claim(handoff=handoff, user=staff)
    html = logged_in.post(card_url(handoff, "resolve"), **HTMX).content.decode()
    assert "Resolved" in html and "The thread stays with staff." in html
    html = logged_in.post(card_url(handoff, "release"), **HTMX).content.decode()
    assert "The AI answers this patient again." in html
    assert Conversation.objects.get(pk=handoff.conversation_id).handled_by == "ai"
    assert list(handoff.events.values_list("kind", flat=True))[-2:] == ["resolved", "released"]


def test_resolve_of_a_colleagues_claim_is_refused(logged_in, handoff, colleague):
    handoff_claim(handoff=handoff, user=colleague)
    response = logged_in.post(card_url(handoff, "resolve"), **HTMX)
    assert response.status_code == 403
    handoff.refresh_from_db()
    assert handoff.status == "claimed"


def test_forms_work_without_javascript(logged_in, handoff):
    response = logged_in.post(card_url(handoff, "claim"))
    assert response.status_code == 302 and response["Location"] == card_url(handoff)
    response = logged_in.post(card_url(handoff, "reply"), {"body": ""}, follow=True)
    assert "The reply is empty." in response.content.decode()


def test_canned_reply_fills_the_box_for_this_patient(logged_in, clinic, handoff, staff):
    canned = CannedReply.objects.create(
        clinic=clinic,
        title="Swelling",
        body="Hi {first_name}, this is {clinic_name}. Call us at {clinic_phone}. {unknown}",
    )
    handoff_claim(handoff=handoff, user=staff)
    html = logged_in.get(card_url(handoff, "canned") + f"?canned={canned.pk}", **HTMX)
    text = html.content.decode()
    assert text.lstrip().startswith('<form id="reply-form"')
    assert "Hi Dana, this is Test Med Spa. Call us at +15125550198. {unknown}" in text


def test_canned_reply_of_another_clinic_is_404(logged_in, other_clinic, handoff, staff):
    foreign = CannedReply.objects.create(clinic=other_clinic, title="X", body="Y")
    response = logged_in.get(card_url(handoff, "canned") + f"?canned={foreign.pk}", **HTMX)
    assert response.status_code == 404


def test_the_faqs_the_ai_weighed_fill_the_reply_box_with_their_answer(
    logged_in, clinic, other_clinic, handoff, staff
):
    FaqEntry.objects.filter(clinic=clinic, key="lip_filler_price").update(
        question="How much is lip filler?",
        answer="Lip filler is $650 per syringe & touch-ups are free.",
    )
    FaqEntry.objects.filter(clinic=clinic, key="booking").update(active=False)
    FaqEntry.objects.create(
        clinic=other_clinic, key="booking", question="Other clinic's booking", answer="Call."
    )
    handoff_claim(handoff=handoff, user=staff)

    page = logged_in.get(card_url(handoff)).content.decode()
    form = page[page.index('<form id="reply-form"') :]
    form = form[: form.index("</form>")]
    assert '<option value="lip_filler_price">How much is lip filler?</option>' in form
    assert "booking" not in form  # switched off here; the other clinic's is not ours
    assert "How much is lip filler?" in page[page.index("What the AI considered") :]

    html = logged_in.get(card_url(handoff, "canned") + "?faq=lip_filler_price", **HTMX)
    text = html.content.decode()
    assert text.lstrip().startswith('<form id="reply-form"')
    assert ">Lip filler is $650 per syringe &amp; touch-ups are free.</textarea>" in text
    assert '<option value="lip_filler_price" selected>' in text


def test_an_faq_answer_switched_off_or_of_another_clinic_is_404(
    logged_in, clinic, other_clinic, handoff, staff
):
    FaqEntry.objects.filter(clinic=clinic, key="booking").update(active=False)
    FaqEntry.objects.create(clinic=other_clinic, key="theirs_only", question="Q?", answer="A.")
    handoff_claim(handoff=handoff, user=staff)
    for key in ("booking", "theirs_only", "nonexistent"):
        response = logged_in.get(card_url(handoff, "canned") + f"?faq={key}", **HTMX)
        assert response.status_code == 404


def test_the_polled_parts_of_a_card_read_no_faqs_or_canned_replies(logged_in, handoff, staff):
    handoff_claim(handoff=handoff, user=staff)
    for part in ("transcript", "timeline"):
        with CaptureQueriesContext(connection) as queries:
            response = logged_in.get(card_url(handoff, "activity") + f"?part={part}", **HTMX)
        assert response.status_code == 200
        tables = " ".join(q["sql"] for q in queries.captured_queries)
        assert "knowledge_faqentry" not in tables and "inbox_cannedreply" not in tables
    with CaptureQueriesContext(connection) as queries:
        logged_in.get(card_url(handoff), **HTMX)
    assert "knowledge_faqentry" in " ".join(q["sql"] for q in queries.captured_queries)


def test_faqs_removed_since_the_handoff_are_not_offered(logged_in, clinic, handoff, staff):
    FaqEntry.objects.filter(clinic=clinic, key__in=["lip_filler_price", "booking"]).delete()
    handoff_claim(handoff=handoff, user=staff)
    page = logged_in.get(card_url(handoff)).content.decode()
    assert 'name="faq"' not in page
    assert "(no longer in the FAQ)" in page


def test_actions_need_post(logged_in, handoff):
    for action in ("claim", "reply", "note", "resolve", "release"):
        assert logged_in.get(card_url(handoff, action)).status_code == 405


def test_answered_handoff_is_not_overdue(logged_in, clinic, staff):
    handoff = make_handoff(clinic=clinic, age_minutes=60)
    handoff_claim(handoff=handoff, user=staff)
    handoff_reply(handoff=handoff, user=staff, body="On it")
    HandoffEvent.objects.filter(kind="replied").update(
        created_at=handoff.created_at + timedelta(minutes=5)
    )
    page = logged_in.get(reverse("inbox:queue")).content.decode()
    assert "answered in 5 min" in page and "overdue" not in page
