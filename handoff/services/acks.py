"""Replies the product sends outside the triage decision: HELP, photos, and the safe fallback."""

from handoff.decision import Decision
from medspai.models import Clinic


def help_reply(*, clinic: Clinic) -> str:
    phone = f" Call us at {clinic.frontdesk_phone}." if clinic.frontdesk_phone else ""
    return (
        f"{clinic.name}: this number answers questions and bookings by text.{phone} "
        "Reply STOP to opt out."
    )


def media_ack(*, clinic: Clinic) -> str:
    phone = (
        f" If this is urgent, call us at {clinic.frontdesk_phone}."
        if clinic.frontdesk_phone
        else ""
    )
    return (
        "Thanks for the photo. I've passed it to our team so a person can look at it, "
        f"and they'll text you back.{phone}"
    )


def safe_fallback_decision(*, clinic: Clinic) -> Decision:
    """The decision used when triage itself fails: a person takes over."""
    phone = f" or call us at {clinic.frontdesk_phone}" if clinic.frontdesk_phone else ""
    return Decision(
        action="handoff",
        triggers=("low_confidence",),
        priority="normal",
        faq_key=None,
        score=None,
        lead=False,
        reply=(
            "Thanks for your message. I'm passing it to our team so a person can help; "
            f"they'll text you back here{phone}."
        ),
        summary="Automatic triage was unavailable; please read the patient's text.",
    )
