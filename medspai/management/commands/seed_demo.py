"""Seed the demo clinics and users. Safe to run again: it updates rather than duplicates."""

from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth.models import Group, Permission, User
from django.core.management.base import BaseCommand
from django.db import transaction

from inbox.models import CannedReply
from knowledge.services import faq_import_csv
from medspai.models import Clinic, ClinicMembership, ClinicNumber

DEMO_KB = Path(settings.BASE_DIR) / "data" / "demo_kb.csv"
DEMO_PASSWORD = "medspai-demo"
MANAGER_PERMISSIONS = {
    "knowledge": ["add_faqentry", "change_faqentry", "delete_faqentry", "view_faqentry"],
    "handoff": [
        "view_handoff",
        "add_guardphrase",
        "change_guardphrase",
        "delete_guardphrase",
        "view_guardphrase",
        "view_stafftask",
    ],
    "medspai": ["change_clinic", "view_clinic"],
    "inbox": ["add_cannedreply", "change_cannedreply", "delete_cannedreply", "view_cannedreply"],
    "conversations": ["view_conversation", "view_patient", "view_message"],
}
CLINICS = [
    {
        "slug": "demo",
        "name": "Lumière Med Spa",
        "number": "+15125550100",
        "timezone": "America/Chicago",
        "frontdesk_phone": "+15125550198",
        "oncall_phone": "+15125550199",
    },
    {
        "slug": "demo2",
        "name": "Bluebonnet Aesthetics",
        "number": "+15125550200",
        "timezone": "America/Chicago",
        "frontdesk_phone": "+15125550298",
        "oncall_phone": "+15125550299",
    },
]
USERS = [
    ("manager", "demo", "manager"),
    ("frontdesk", "demo", "staff"),
    ("demo2staff", "demo2", "staff"),
]
CANNED = [
    (
        "Calling you now",
        "Hi {first_name}, this is the team at {clinic_name}. I'm calling you now from {clinic_phone}.",
    ),
    (
        "Nurse will follow up",
        "Hi {first_name}, thanks for your patience. Our nurse will text you back within the hour.",
    ),
]


class Command(BaseCommand):
    help = "Create the demo clinics (demo, demo2), their FAQ knowledge base and demo users."

    @transaction.atomic
    def handle(self, *args: Any, **options: Any) -> None:
        managers = self._manager_group()
        for spec in CLINICS:
            clinic = self._clinic(spec)
            with DEMO_KB.open("rb") as handle:
                result = faq_import_csv(clinic_slug=clinic.slug, fileobj=handle)
            self.stdout.write(f"{clinic.slug}: {result}")
            for title, body in CANNED:
                CannedReply.objects.update_or_create(
                    clinic=clinic, title=title, defaults={"body": body}
                )
        for username, slug, role in USERS:
            user, _ = User.objects.get_or_create(username=username)
            user.set_password(DEMO_PASSWORD)
            user.is_staff = role == "manager"
            user.save()
            if role == "manager":
                user.groups.add(managers)
            ClinicMembership.objects.update_or_create(
                user=user, clinic=Clinic.objects.get(slug=slug), defaults={"role": role}
            )
        self.stdout.write(self.style.SUCCESS("Demo ready. Logins (password: medspai-demo):"))
        for username, slug, role in USERS:
            self.stdout.write(f"  {username:<11} {role:<8} clinic {slug}")

    def _clinic(self, spec: dict[str, str]) -> Clinic:
        clinic, _ = Clinic.objects.update_or_create(
            slug=spec["slug"],
            defaults={
                "name": spec["name"],
                "timezone": spec["timezone"],
                "frontdesk_phone": spec["frontdesk_phone"],
                "oncall_phone": spec["oncall_phone"],
            },
        )
        ClinicNumber.objects.update_or_create(
            phone_number=spec["number"], defaults={"clinic": clinic}
        )
        return clinic

    def _manager_group(self) -> Group:
        group, _ = Group.objects.get_or_create(name="Clinic managers")
        for app_label, codenames in MANAGER_PERMISSIONS.items():
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label=app_label, codename__in=codenames
                )
            )
        return group
