"""Exactly what the patient is sent: an FAQ's own answer, a short social reply, or an honest
acknowledgement that a person will take over and when. No reply here gives medical advice."""

from collections.abc import Sequence
from datetime import datetime

from handoff.decision import TriageSettings
from handoff.triage.hours import next_reply
from handoff.triage.social import SocialKind

ACK_ORDER = (
    "urgent",
    "medical",
    "emotional",
    "human_request",
    "consultation",
    "lead",
    "ambiguous",
    "low_confidence",
)

_ACKS = {
    "medical": (
        "Thanks for letting us know. Questions about your own treatment go to our clinical team, "
        "so I've passed your message to them. {when}."
    ),
    "emotional": (
        "I'm so sorry to hear this, and thank you for telling us. I've passed your message to "
        "our team so a person can help. {when}."
    ),
    "human_request": "Of course! I've asked our team to get back to you personally. {when}.",
    "consultation": (
        "Great question! The right choice depends on you, so I've passed this to our providers "
        "for a personal recommendation. {when}."
    ),
    "lead": (
        "How exciting! I've passed this to our team so they can put together the right options "
        "for you. {when}."
    ),
    "ambiguous": (
        "Thanks for your message! I want to be sure I understand what you need, so I've passed "
        "it to our team. {when}."
    ),
    "low_confidence": (
        "Thanks for your message! I want to make sure you get the right answer, so I've passed "
        "it to our team. {when}."
    ),
}
_SOCIAL = {
    "greeting": "Hi! Thanks for texting {clinic}. How can we help you today?",
    "thanks": "You're welcome! Let us know if there's anything else we can help with.",
    "farewell": "Thanks for texting {clinic}! See you soon, and text us here anytime.",
    "ack": "Great! Let us know if there's anything else we can help with.",
}
_SOCIAL_ES = {
    "greeting": "¡Hola! Gracias por escribir a {clinic}. ¿En qué te podemos ayudar?",
    "thanks": "¡De nada! Escríbenos si necesitas algo más.",
    "farewell": "¡Gracias por escribir a {clinic}! Hasta pronto.",
    "ack": "¡Perfecto! Escríbenos si necesitas algo más.",
}


def answer_reply(answers: Sequence[str]) -> str:
    """The FAQs' own answers, word for word; several questions get several answers."""
    return "\n\n".join(a.strip() for a in answers if a.strip())


def social_reply(kind: SocialKind, *, settings: TriageSettings, language: str = "en") -> str:
    table = _SOCIAL_ES if language == "es" else _SOCIAL
    return table[kind].format(clinic=settings.clinic_name)


def urgent_reply(*, settings: TriageSettings, language: str = "en") -> str:
    phone = settings.clinic_phone
    english = (
        "This could be serious. If you have trouble breathing, chest pain, vision changes, "
        "fainting, a fever with spreading redness, or skin turning white or dusky, "
        "call 911 or go to the nearest ER now. "
        + (f"Then call us at {phone}. " if phone else "Then call the clinic. ")
        + "We've alerted our on-call clinician."
    )
    if language != "es":
        return english
    spanish = (
        "Esto podría ser grave. Si tienes dificultad para respirar, dolor de pecho, cambios en "
        "la vista, desmayos, fiebre con enrojecimiento que se extiende o la piel se pone blanca u "
        "oscura, llama al 911 o ve a la sala de emergencias más cercana ahora. "
        + (f"Luego llámanos al {phone}. " if phone else "Luego llama a la clínica. ")
        + "Ya avisamos a nuestro clínico de guardia."
    )
    return f"{spanish}\n\n{english}"


def handoff_reply(
    *,
    triggers: Sequence[str],
    settings: TriageSettings,
    at: datetime,
    language: str = "en",
    asked_if_bot: bool = False,
) -> str:
    """The acknowledgement for the most pressing trigger, honest about when a person replies."""
    if "urgent" in triggers:
        return urgent_reply(settings=settings, language=language)
    window = next_reply(business_hours=settings.business_hours, timezone=settings.timezone, at=at)
    when = _sentence(window.phrase())
    primary = next((t for t in ACK_ORDER if t in triggers), "low_confidence")
    if primary == "human_request" and asked_if_bot:
        english = (
            f"I'm {settings.clinic_name}'s automated text assistant. I've let our team know "
            f"you'd like to talk with a person. {when}."
        )
    else:
        english = _ACKS.get(primary, _ACKS["low_confidence"]).format(when=when)
    if primary == "medical" and settings.clinic_phone:
        english += f" If it feels urgent, call us at {settings.clinic_phone} or call 911."
    elif primary == "medical":
        english += " If it feels urgent, call 911."
    if language == "es":
        spanish = f"¡Gracias por tu mensaje! {_sentence(window.phrase_es())}."
        return f"{spanish}\n\n{english}"
    return english


def _sentence(phrase: str) -> str:
    return phrase[:1].upper() + phrase[1:]
