"""Small builders for test rows: plain functions with sensible defaults."""

import itertools

from django.contrib.auth.models import User

from conversations.models import Conversation, Message, Patient
from knowledge.models import FaqEntry
from medspai.models import Clinic, ClinicMembership, ClinicNumber

_seq = itertools.count(1)


def make_clinic(*, slug: str | None = None, number: str | None = None, **fields: object) -> Clinic:
    n = next(_seq)
    clinic = Clinic.objects.create(
        slug=slug or f"clinic-{n}",
        name=str(fields.pop("name", f"Clinic {n}")),
        frontdesk_phone=str(fields.pop("frontdesk_phone", "+15125550198")),
        oncall_phone=str(fields.pop("oncall_phone", "+15125550199")),
        **fields,
    )
    ClinicNumber.objects.create(clinic=clinic, phone_number=number or f"+1512555{1000 + n:04d}")
    return clinic


def make_staff(*, clinic: Clinic, username: str | None = None, role: str = "staff") -> User:
    user = User.objects.create_user(
        username=username or f"staff{next(_seq)}", password="pw-for-tests-123"
    )
    ClinicMembership.objects.create(user=user, clinic=clinic, role=role)
    return user


def make_faq(
    *, clinic: Clinic, key: str, question: str, answer: str, alternates: str = ""
) -> FaqEntry:
    return FaqEntry.objects.create(
        clinic=clinic, key=key, question=question, answer=answer, alternates=alternates
    )


def make_conversation(*, clinic: Clinic, phone: str = "+15551230001") -> Conversation:
    patient, _ = Patient.objects.get_or_create(clinic=clinic, phone=phone)
    conversation, _ = Conversation.objects.get_or_create(
        clinic=clinic, patient=patient, channel="sms", is_active=True
    )
    return conversation


def make_inbound(*, conversation: Conversation, body: str) -> Message:
    return Message.objects.create(
        conversation=conversation,
        direction=Message.Direction.INBOUND,
        author=Message.Author.PATIENT,
        body=body,
        status=Message.Status.RECEIVED,
    )


STANDARD_FAQS: list[tuple[str, str, str, str]] = [
    (
        "hours",
        "What are your hours?",
        "We're open Mon-Fri 9-6 and Sat 10-3.",
        "when are you open | opening times | are you open on saturday",
    ),
    (
        "botox_price",
        "How much is Botox?",
        "Botox is $13 per unit.",
        "price of tox | cost of botox | how much per unit",
    ),
    (
        "lip_filler_price",
        "How much is lip filler?",
        "Lip filler is $650 per syringe.",
        "cost of lip filler | juvederm lips price",
    ),
    (
        "parking",
        "Where do I park?",
        "Free parking is behind the building.",
        "is there parking | where can I park",
    ),
    (
        "booking",
        "How do I book an appointment?",
        "Book online at example.com/book or reply with a time.",
        "can I make an appointment | schedule a visit",
    ),
]


def load_standard_faqs(clinic: Clinic) -> None:
    for key, question, answer, alternates in STANDARD_FAQS:
        make_faq(clinic=clinic, key=key, question=question, answer=answer, alternates=alternates)
