"""Canned replies: which a clinic's staff may pick, and their text for one patient."""

from django.db.models import QuerySet

from conversations.models import Patient
from inbox.models import CannedReply
from medspai.models import Clinic


class _KeepUnknown(dict[str, str]):
    """Leaves an unknown {placeholder} as typed instead of failing the reply."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def canned_replies_for_clinic(*, clinic: Clinic) -> QuerySet[CannedReply]:
    return CannedReply.objects.filter(clinic=clinic, active=True).order_by("title")


def canned_reply_render(*, canned: CannedReply, patient: Patient) -> str:
    clinic = canned.clinic
    values = _KeepUnknown(
        first_name=patient.first_name or "there",
        clinic_name=clinic.name,
        clinic_phone=clinic.frontdesk_phone,
    )
    try:
        return canned.body.format_map(values)
    except (ValueError, IndexError, KeyError, AttributeError):
        # A stray brace in the text: hand it over unrendered for staff to fix by hand.
        return canned.body
