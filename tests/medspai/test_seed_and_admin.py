"""The demo seed and the admin as a clinic manager's console, scoped to their clinic."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client

from conversations.models import Patient
from handoff.models import Handoff
from knowledge.models import FaqEntry
from medspai.models import Clinic
from tests.factories import make_conversation


@pytest.fixture
def seeded(db) -> None:
    call_command("seed_demo", stdout=StringIO())


def login(client: Client, username: str) -> Client:
    assert client.login(username=username, password="medspai-demo")
    return client


def test_seed_demo_is_idempotent_and_creates_both_clinics(seeded):
    out = StringIO()
    call_command("seed_demo", stdout=out)

    demo = Clinic.objects.get(slug="demo")
    assert demo.numbers.get().phone_number == "+15125550100"
    assert demo.oncall_phone == "+15125550199" and demo.frontdesk_phone == "+15125550198"
    assert Clinic.objects.get(slug="demo2").numbers.get().phone_number == "+15125550200"
    assert FaqEntry.objects.filter(clinic=demo).count() >= 40
    assert Clinic.objects.count() == 2
    assert "manager" in out.getvalue() and "frontdesk" in out.getvalue()


def test_manager_sees_only_their_clinics_handoffs_and_faqs_in_admin(client, seeded):
    demo, demo2 = Clinic.objects.get(slug="demo"), Clinic.objects.get(slug="demo2")
    for clinic in (demo, demo2):
        Handoff.objects.create(
            clinic=clinic,
            conversation=make_conversation(clinic=clinic),
            triggers=["medical"],
            priority="high",
            priority_rank=1,
            summary=f"summary at {clinic.slug}",
        )
    login(client, "manager")

    handoffs = client.get("/admin/handoff/handoff/")
    faqs = client.get("/admin/knowledge/faqentry/")
    other = Handoff.objects.get(clinic=demo2)

    assert handoffs.status_code == 200
    assert b"summary at demo" in handoffs.content
    assert b"summary at demo2" not in handoffs.content
    assert faqs.status_code == 200
    assert client.get(f"/admin/handoff/handoff/{other.pk}/change/").status_code == 302
    assert client.get("/admin/medspai/clinic/").content.count(b"/admin/medspai/clinic/") >= 1
    assert str(demo2.name).encode() not in client.get("/admin/medspai/clinic/").content


def test_front_desk_staff_have_no_admin(client, seeded):
    login(client, "frontdesk")

    assert client.get("/admin/handoff/handoff/").status_code == 302


def test_admin_conversation_shows_the_transcript_to_the_manager(client, seeded):
    demo = Clinic.objects.get(slug="demo")
    conversation = make_conversation(clinic=demo)
    conversation.messages.create(
        direction="in", author="patient", body="hello there", status="received"
    )
    login(client, "manager")

    page = client.get(f"/admin/conversations/conversation/{conversation.pk}/change/")

    assert page.status_code == 200
    assert b"hello there" in page.content
    assert Patient.objects.count() == 1
