"""What the conversation so far adds to a new text: the earlier question a follow-up refers
to, a treatment the patient already had, and signs that our answers are missing the point."""

import re
from collections.abc import Sequence
from dataclasses import dataclass

from handoff.decision import GuardHit, Turn
from handoff.triage.rules import HAD_TREATMENT
from handoff.triage.text import guard_text
from knowledge.normalize import (
    INTENT_WORDS,
    SUBJECT_WORDS,
    TOPIC_WORDS,
    TREATMENT_WORDS,
    content_words,
    stem,
)

RECENT_TURNS = 8

_FOLLOWUP = re.compile(
    # "ok and how much?" still follows up; "thanks! also where do I park?" closes the earlier
    # exchange and asks something new.
    r"^\W*(?:(?:ok|okay|k|kk|oh|ah|cool|great|perfect|got it|gotcha)\W+)?"
    r"(?:and|what about|how about|also|or|plus|same (?:for|with)|what if|for|but)\b",
    re.IGNORECASE,
)
_FAILURE = re.compile(
    r"\b(?:that'?s|that is|this is|thats|it'?s) not (?:what i (?:asked|meant|said|wanted|need\w*)|"
    r"it|right|helpful|my question|the answer|what i'?m asking)\b"
    r"|\b(?:you'?re|you are|ur|u r) not (?:understanding|listening|helping|answering|getting it)\b"
    r"|\b(?:doesn'?t|didn'?t|does not|did not|not|never) answer(?:ing|ed)? my question\b"
    r"|\bwrong (?:answer|question|info)\b|\bnot helpful\b|\bi already (?:asked|said|told)\b"
    r"|\bread my (?:message|question|text)\b|\bno,? i (?:asked|said|meant)\b"
    r"|\byou (?:didn'?t|don'?t|do not|did not) (?:understand|get it|read)\b|\bnot what i asked\b"
    r"|\bthat'?s not what i\b|\bi asked about\b"
)
SUBJECT_STEMS = frozenset(stem(w) for w in SUBJECT_WORDS)
TOPIC_STEMS = frozenset(stem(w) for w in TOPIC_WORDS)
TREATMENT_STEMS = frozenset(stem(w) for w in TREATMENT_WORDS)
INTENT_STEMS = frozenset(stem(w) for w in INTENT_WORDS)


@dataclass(frozen=True)
class ThreadContext:
    previous_patient: str | None = None  # the patient's last text before this one
    treated_before: bool = False
    assistant_turns: int = 0
    patient_after_answer: tuple[str, ...] = ()  # patient texts that an assistant answered
    previous_reply: str | None = None  # our (or staff's) last text after the patient's last


def read_history(history: Sequence[Turn]) -> ThreadContext:
    recent = list(history)[-RECENT_TURNS:]
    patient = [t.text for t in recent if t.role == "patient" and t.text.strip()]
    answered = tuple(
        recent[i].text
        for i in range(len(recent) - 1)
        if recent[i].role == "patient" and recent[i + 1].role == "assistant"
    )
    last_patient = max((i for i, t in enumerate(recent) if t.role == "patient"), default=-1)
    replies = [t.text for t in recent[last_patient + 1 :] if t.role != "patient" and t.text]
    return ThreadContext(
        previous_patient=patient[-1] if patient else None,
        previous_reply=replies[-1] if replies else None,
        treated_before=any(HAD_TREATMENT.search(guard_text(t)) for t in patient),
        assistant_turns=sum(t.role == "assistant" for t in recent),
        patient_after_answer=answered,
    )


def is_followup(text: str) -> bool:
    return bool(_FOLLOWUP.match(text))


def followup_query(text: str, previous: str, *, keep_treatment: bool = True) -> str:
    """The question a follow-up means: 'and for lips?' after 'how much is botox?' -> the
    previous question with its subject swapped; 'how long does it last?' borrows the subject.
    A follow-up naming only an area keeps the earlier treatment unless `keep_treatment` is
    false."""
    current = content_words(text)
    earlier = content_words(previous)
    if any(stem(w) in SUBJECT_STEMS for w in current):
        # "and for cheeks, how much?" after "how long does filler last?" asks its own question
        # (the earlier topic, a membership or a package, still holds).
        asked = {stem(w) for w in current} & INTENT_STEMS
        new_question = bool(asked - {stem(w) for w in earlier})
        dropped = SUBJECT_STEMS | (INTENT_STEMS - TOPIC_STEMS if new_question else frozenset())
        kept = [w for w in earlier if stem(w) not in dropped]
        if keep_treatment and not names_treatment(text):
            # "what about the neck?" after "morpheus8 price?": the neck, for morpheus8.
            kept += [w for w in earlier if stem(w) in TREATMENT_STEMS]
        return " ".join([*kept, *current])
    subjects = [w for w in earlier if stem(w) in SUBJECT_STEMS]
    if not any(stem(w) in TOPIC_STEMS for w in current):
        subjects += [w for w in earlier if stem(w) in TOPIC_STEMS]
    return " ".join([*current, *subjects])


def carries_topic(text: str, previous: str) -> bool:
    """'can I cancel whenever?' after 'what is the glow club?': the earlier question's topic
    (a membership, a gift card, a package) is what a short text without its own is about."""
    current = {stem(w) for w in content_words(text)}
    return not current & (SUBJECT_STEMS | TOPIC_STEMS) and any(
        stem(w) in TOPIC_STEMS for w in content_words(previous)
    )


def names_treatment(text: str) -> bool:
    return any(stem(w) in TREATMENT_STEMS for w in content_words(text))


def has_subject(text: str) -> bool:
    return any(stem(w) in SUBJECT_STEMS for w in content_words(text))


def repeated_failure(text: str, context: ThreadContext) -> GuardHit | None:
    """The patient says our answer missed, or asks again what we already answered: frustration
    with the assistant, which a person should pick up."""
    if _FAILURE.search(guard_text(text)):
        return GuardHit("emotional", text.strip(), "emotional.answer_missed")
    words = set(content_words(text))
    if len(words) < 2 or context.assistant_turns == 0:
        return None
    for earlier in context.patient_after_answer:
        before = set(content_words(earlier))
        if before and len(words & before) / len(words | before) >= 0.7:
            return GuardHit("emotional", text.strip(), "emotional.asked_again")
    return None
