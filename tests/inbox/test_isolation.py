"""A clinic's patients are seen by that clinic's staff only: every handoff route is a 404 to
staff of another clinic, and nothing they do changes the handoff."""

import pytest
from django.urls import reverse

from conversations.models import Message
from handoff.models import Handoff

pytestmark = pytest.mark.django_db

INBOX_ROUTES = [
    ("get", "inbox:card", {}),
    ("get", "inbox:activity", {}),
    ("get", "inbox:canned", {}),
    ("post", "inbox:claim", {}),
    ("post", "inbox:reply", {"body": "hello"}),
    ("post", "inbox:note", {"note": "hello"}),
    ("post", "inbox:resolve", {}),
    ("post", "inbox:release", {}),
]
API_ROUTES = [
    ("get", "api:handoff-detail", {}),
    ("post", "api:handoff-claim", {}),
    ("post", "api:handoff-reply", {"body": "hello"}),
    ("post", "api:handoff-note", {"note": "hello"}),
    ("post", "api:handoff-resolve", {}),
    ("post", "api:handoff-release", {}),
]


def test_every_route_is_covered():
    from inbox.api.urls import urlpatterns as api_patterns
    from inbox.urls import urlpatterns as inbox_patterns

    handoff_routes = {f"inbox:{p.name}" for p in inbox_patterns if "handoff_id" in str(p.pattern)}
    handoff_routes |= {f"api:{p.name}" for p in api_patterns if "handoff_id" in str(p.pattern)}
    assert handoff_routes == {name for _, name, _ in INBOX_ROUTES + API_ROUTES}


@pytest.mark.parametrize(("method", "name", "data"), INBOX_ROUTES + API_ROUTES)
@pytest.mark.parametrize("htmx", [False, True])
def test_staff_of_another_clinic_get_404(client, outsider, handoff, method, name, data, htmx):
    client.force_login(outsider)
    headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    url = reverse(name, args=[handoff.pk])
    response = getattr(client, method)(url, data, **headers)
    assert response.status_code == 404
    assert b"Dana" not in response.content and b"swollen" not in response.content
    fresh = Handoff.objects.get(pk=handoff.pk)
    assert (fresh.status, fresh.claimed_by_id, fresh.unread) == ("open", None, True)
    assert list(fresh.events.values_list("kind", flat=True)) == ["opened"]
    assert not Message.objects.filter(author="staff").exists()


def test_another_clinics_handoff_never_shows_in_the_queue(client, outsider, handoff):
    client.force_login(outsider)
    for status in ("active", "open", "claimed", "resolved", "all"):
        page = client.get(reverse("inbox:queue") + f"?status={status}").content.decode()
        assert f'id="h-{handoff.pk}"' not in page and "Dana" not in page
        fragment = client.get(
            reverse("inbox:queue") + f"?status={status}", HTTP_HX_REQUEST="true"
        ).content.decode()
        assert f'id="h-{handoff.pk}"' not in fragment
    counts = client.get(reverse("inbox:queue")).context["counts"]
    assert counts["open"] == counts["claimed"] == counts["resolved"] == 0


def test_another_clinics_handoff_never_shows_in_the_api(client, outsider, handoff):
    client.force_login(outsider)
    for status in ("open", "claimed", "resolved", "all", "active"):
        body = client.get(reverse("api:handoff-list") + f"?status={status}").json()
        assert body["count"] == 0 and body["results"] == []


def test_user_without_a_clinic_sees_nothing(client, django_user_model, handoff):
    loner = django_user_model.objects.create_user(username="loner", password="x-123456789")
    client.force_login(loner)
    assert client.get(reverse("inbox:card", args=[handoff.pk])).status_code == 404
    assert f'id="h-{handoff.pk}"' not in client.get(reverse("inbox:queue")).content.decode()


def test_anonymous_api_requests_are_refused(client, handoff):
    assert client.get(reverse("api:handoff-list")).status_code in (401, 403)
    assert client.get(reverse("api:handoff-detail", args=[handoff.pk])).status_code in (401, 403)
