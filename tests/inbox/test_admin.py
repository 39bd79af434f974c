import pytest
from django.contrib.auth.models import Permission

from inbox.models import CannedReply
from tests.factories import make_staff

pytestmark = pytest.mark.django_db
CHANGELIST = "/admin/inbox/cannedreply/"


def admin_user(*, clinic, role: str):
    user = make_staff(clinic=clinic, role=role)
    user.is_staff = True
    user.save(update_fields=["is_staff"])
    user.user_permissions.set(Permission.objects.filter(content_type__app_label="inbox"))
    return user


def test_manager_sees_and_edits_only_their_clinics_canned_replies(client, clinic, other_clinic):
    mine = CannedReply.objects.create(clinic=clinic, title="Aftercare", body="Hi {first_name}")
    theirs = CannedReply.objects.create(clinic=other_clinic, title="Secret", body="x")
    client.force_login(admin_user(clinic=clinic, role="manager"))
    page = client.get(CHANGELIST).content.decode()
    assert "Aftercare" in page and "Secret" not in page
    assert client.get(f"{CHANGELIST}{theirs.pk}/change/").status_code == 302  # "not found"
    assert client.get(f"{CHANGELIST}{mine.pk}/change/").status_code == 200


def test_manager_cannot_add_to_another_clinic(client, clinic, other_clinic):
    client.force_login(admin_user(clinic=clinic, role="manager"))
    response = client.post(
        f"{CHANGELIST}add/",
        {
            "clinic": other_clinic.pk,
            "title": "Sneaky",
            "body": "x",
            "active": "on",
        },
    )
    assert response.status_code == 200  # the form comes back with an error
    assert not CannedReply.objects.filter(title="Sneaky").exists()
    client.post(
        f"{CHANGELIST}add/",
        {
            "clinic": clinic.pk,
            "title": "Welcome",
            "body": "Hi",
            "active": "on",
        },
    )
    assert CannedReply.objects.get(title="Welcome").clinic == clinic


def test_plain_staff_do_not_manage_canned_replies(client, clinic):
    client.force_login(admin_user(clinic=clinic, role="staff"))
    assert client.get(CHANGELIST).status_code == 403


def test_superuser_sees_every_clinic(client, django_user_model, clinic, other_clinic):
    CannedReply.objects.create(clinic=clinic, title="Aftercare", body="x")
    CannedReply.objects.create(clinic=other_clinic, title="Secret", body="x")
    root = django_user_model.objects.create_superuser("root", "root@example.com", "pw-123456789")
    client.force_login(root)
    page = client.get(CHANGELIST).content.decode()
    assert "Aftercare" in page and "Secret" in page
