import pytest
from django.urls import reverse
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from conversations.models import Conversation, Message
from handoff.models import Handoff
from handoff.services.staff import handoff_claim, handoff_resolve
from knowledge.models import FaqEntry
from tests.inbox.builders import make_handoff

pytestmark = pytest.mark.django_db


@pytest.fixture
def api(staff) -> APIClient:
    client = APIClient()
    token = Token.objects.create(user=staff)
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client


@pytest.fixture
def colleague_api(colleague) -> APIClient:
    client = APIClient()
    client.force_authenticate(colleague)
    return client


def url(name: str, handoff: Handoff | None = None) -> str:
    return reverse(f"api:{name}", args=[handoff.pk] if handoff else [])


def test_list_filters_by_status_and_orders_by_priority(api, clinic, staff):
    normal = make_handoff(
        clinic=clinic, phone="+15551230201", priority="normal", triggers=("human_request",)
    )
    urgent = make_handoff(
        clinic=clinic, phone="+15551230202", priority="urgent", triggers=("urgent",)
    )
    done = make_handoff(clinic=clinic, phone="+15551230203")
    handoff_resolve(handoff=done, user=staff)
    body = api.get(url("handoff-list") + "?status=open").json()
    assert [h["id"] for h in body["results"]] == [urgent.pk, normal.pk]
    assert body["results"][0]["patient"]["phone"] == "+15551230202"
    resolved = api.get(url("handoff-list") + "?status=resolved").json()
    assert [h["id"] for h in resolved["results"]] == [done.pk]
    assert resolved["results"][0]["resolved_by"]["username"] == "alice"
    assert api.get(url("handoff-list") + "?status=claimed").json()["count"] == 0


def test_list_refuses_an_unknown_status(api):
    assert api.get(url("handoff-list") + "?status=lost").status_code == 400


def test_detail_has_the_transcript_and_events(api, handoff):
    body = api.get(url("handoff-detail", handoff)).json()
    assert body["id"] == handoff.pk and body["triggers"] == ["medical"]
    assert [m["author"] for m in body["transcript"]] == ["patient", "assistant"]
    assert body["transcript"][1]["status"] == "delivered"
    assert body["details"]["matches"][0]["faq_key"] == "lip_filler_price"
    assert [e["kind"] for e in body["events"]] == ["opened", "viewed"]
    assert [a["faq_key"] for a in body["suggested_answers"]] == ["lip_filler_price", "booking"]
    assert body["suggested_answers"][0]["answer"] == "Lip filler is $650 per syringe."


def test_suggested_answers_leave_out_faqs_switched_off_since(api, clinic, handoff):
    FaqEntry.objects.filter(clinic=clinic, key="lip_filler_price").update(active=False)
    body = api.get(url("handoff-detail", handoff)).json()
    assert [a["faq_key"] for a in body["suggested_answers"]] == ["booking"]


def test_claim_then_second_claim_is_409_naming_the_holder(api, colleague_api, handoff):
    response = api.post(url("handoff-claim", handoff))
    assert response.status_code == 200
    assert response.json()["status"] == "claimed"
    assert response.json()["claimed_by"]["username"] == "alice"
    lost = colleague_api.post(url("handoff-claim", handoff))
    assert lost.status_code == 409
    assert lost.json()["claimed_by"]["username"] == "alice" and "alice" in lost.json()["detail"]


def test_reply_by_claimer_is_201(api, handoff):
    api.post(url("handoff-claim", handoff))
    response = api.post(url("handoff-reply", handoff), {"body": "Hi Dana"}, format="json")
    assert response.status_code == 201
    body = response.json()
    assert body["author"] == "staff" and body["body"] == "Hi Dana"
    assert body["staff_user"]["username"] == "alice"
    assert Message.objects.get(pk=body["id"]).conversation_id == handoff.conversation_id


def test_reply_by_non_claimer_is_403(api, colleague_api, handoff):
    api.post(url("handoff-claim", handoff))
    response = colleague_api.post(url("handoff-reply", handoff), {"body": "Hi"}, format="json")
    assert response.status_code == 403 and response.json()["claimed_by"]["username"] == "alice"


def test_reply_to_unclaimed_is_409(api, handoff):
    response = api.post(url("handoff-reply", handoff), {"body": "Hi"}, format="json")
    assert response.status_code == 409
    assert not Message.objects.filter(author="staff").exists()


def test_reply_needs_a_body(api, handoff):
    api.post(url("handoff-claim", handoff))
    assert api.post(url("handoff-reply", handoff), {}, format="json").status_code == 400
    assert api.post(url("handoff-reply", handoff), {"body": "  "}, format="json").status_code == 400


def test_note(api, handoff):
    response = api.post(url("handoff-note", handoff), {"note": "VIP"}, format="json")
    assert response.status_code == 201
    assert response.json()["events"][-1]["kind"] == "note"


def test_resolve_keeps_staff_and_release_hands_back(api, handoff):
    api.post(url("handoff-claim", handoff))
    resolved = api.post(url("handoff-resolve", handoff))
    assert resolved.status_code == 200
    assert resolved.json()["status"] == "resolved" and resolved.json()["handled_by"] == "staff"
    released = api.post(url("handoff-release", handoff))
    assert released.status_code == 200 and released.json()["handled_by"] == "ai"
    assert Conversation.objects.get(pk=handoff.conversation_id).handled_by == "ai"


def test_resolve_of_a_colleagues_claim_is_403(api, colleague, handoff):
    handoff_claim(handoff=handoff, user=colleague)
    assert api.post(url("handoff-resolve", handoff)).status_code == 403
    assert api.post(url("handoff-release", handoff)).status_code == 403


def test_session_auth_works_too(client, staff, handoff):
    client.force_login(staff)
    assert client.get(url("handoff-list")).json()["count"] == 1
