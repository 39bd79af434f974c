"""Social niceties: "thanks!", "hi", "see you then". They get a short friendly reply, and a
greeting in front of a question is set aside so the question is what gets matched."""

import re
from typing import Literal

from handoff.triage.text import guard_text
from knowledge.normalize import word_set

SocialKind = Literal["greeting", "thanks", "farewell", "ack"]

_KINDS: dict[SocialKind, frozenset[str]] = {
    "thanks": word_set(
        "thanks thank thx ty tysm tyvm appreciate appreciated gracias merci cheers ta legend"
    ),
    "farewell": word_set("bye goodbye byeee cya ttyl later see soon adios night"),
    "greeting": word_set("hi hello hey hiya heya howdy yo morning afternoon evening hola"),
    "ack": word_set(
        """ok okay k kk okie okey cool great perfect awesome amazing noted understood alright
        fine nice lovely wonderful excellent sweet gotcha yay"""
    ),
}
_ACK_PHRASES = re.compile(
    r"\b(?:got it|will do|sounds (?:good|great|perfect)|see you|no worries|no probs|too easy|all good)\b"
)
# Words that may sit around the signal words without changing what the text is.
_FILLER = word_set(
    """so much very a lot you u again and all for it that then there tomorrow today tonight
    guys ladies have a an nice good great day weekend morning afternoon evening night the soon
    see talk to your help everyone team just oh ah lol haha hahaha omg really truly super sm
    ya yall y'all appreciated love it this is was be will do i me my well also too both sounds
    are you're youre the best amazing awesome sweet kind helpful at on in next week monday
    tuesday wednesday thursday friday saturday sunday booked online scheduled confirmed paid
    done signed set received got that's thats it's its wife husband mom she he her him love
    she'll he'll that'll no worries probs easy good mate"""
)
# Arriving or on the way: a short acknowledgement is all it needs.
_ARRIVING = re.compile(
    r"^(?:\W*(?:(?:i'?m|im|i am|we'?re|just) )?(?:on (?:my|our|the) way|omw|here|outside|arrived|"
    r"in the (?:lobby|parking lot|garage)|(?:just )?(?:pulling|parking) (?:in|up)|(?:just )?parked"
    r"(?: (?:in|at) the (?:garage|lot|parking lot|ramp|deck|back|front))?))+"
    r"(?:\W+(?:be|there|in|soon|shortly|now|a|few|sec|secs|min|mins|minutes|for|my|"
    r"appointment|appt|\d+(?::\d\d)?(?:am|pm)?))*\W*$"
)
# "ok do it", "yes go ahead": agreeing to something, which needs the thread to make sense of.
_CONSENT = re.compile(r"\b(?:do it|go ahead|book it|sign me up|let'?s do (?:it|that))\b")
_TIME = re.compile(r"^\d{1,2}(?::\d{2})?(?:am|pm)?$")
# "is tomorrow ok", "are u ok with that": a question without its question mark.
_ASKS = re.compile(r"^(?:is|are|can|could|does|do|should|would)\b")
_EMOJI_ONLY = re.compile(r"^[\W_]+$")
_WORD = re.compile(r"[a-z0-9':]+")


def social_kind(text: str) -> SocialKind | None:
    """The kind of social nicety a text is, or None when it asks or says something more."""
    cleaned = guard_text(text)
    if not cleaned:
        return None
    if _ARRIVING.match(cleaned):
        return "ack"
    if _CONSENT.search(cleaned):
        return None
    tokens = [t for t in _WORD.findall(cleaned) if not _TIME.match(t)]
    if not tokens:
        return "ack" if _EMOJI_ONLY.match(cleaned) and _positive_emoji(cleaned) else None
    signals = [kind for kind, words in _KINDS.items() for t in tokens if t in words]
    if _ACK_PHRASES.search(cleaned):
        signals.append("farewell" if "see you" in cleaned else "ack")
    if not signals:
        return None
    if any(t not in _FILLER and not any(t in w for w in _KINDS.values()) for t in tokens):
        return None
    if ("?" in cleaned or _ASKS.match(cleaned)) and "thanks" not in signals:
        return None
    for kind in ("thanks", "farewell", "greeting", "ack"):
        if kind in signals:
            return kind  # type: ignore[return-value]
    return None


def _positive_emoji(text: str) -> bool:
    return any(ch in text for ch in "👍👌🙏❤️😊🙂😀😁😍🥰💕💖✨🙌👏☺️😄💯🤗")


def strip_greeting(sentence: str) -> str:
    """'Hi! how much is botox' -> 'how much is botox' (only a leading greeting is removed)."""
    return re.sub(
        r"^\s*(?:hi|hello|hey|hiya|heya|good (?:morning|afternoon|evening)|hola)\b(?: there)?[\s,!.:-]*",
        "",
        sentence,
        flags=re.IGNORECASE,
    )
