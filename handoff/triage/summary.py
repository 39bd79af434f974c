"""One short line for staff: what the patient wants and why a person is needed."""

from collections.abc import Sequence

from handoff.decision import GuardHit, Match
from handoff.triage.text import clip

SUMMARY_LIMIT = 300
REASONS = {
    "urgent": "possible emergency",
    "medical": "question about their own treatment or health",
    "emotional": "upset, unhappy or anxious",
    "human_request": "asked for a person",
    "consultation": "wants a personal treatment recommendation",
    "lead": "high-value lead",
    "low_confidence": "no confident FAQ answer",
    "ambiguous": "unclear or ambiguous question",
}


def answer_summary(text: str, keys: Sequence[str]) -> str:
    return clip(f"Asked: {clip(text, 120)} — answered from FAQ {', '.join(keys)}.", SUMMARY_LIMIT)


def handoff_summary(
    text: str,
    triggers: Sequence[str],
    hits: Sequence[GuardHit],
    matches: Sequence[Match],
    language: str,
    detail: str = "",
) -> str:
    fired = next((h.sentence for h in hits if h.sentence), "") or text
    reasons = "; ".join(REASONS.get(t, t) for t in triggers)
    extras = []
    if any(h.rule.startswith("language.") for h in hits):
        extras.append(f"wrote in {language}")
    if any(h.rule.startswith("ambiguous.") and "retrieval" not in h.rule for h in hits):
        extras.append("says our answer missed" if text else "empty message")
    if set(triggers) <= {"low_confidence", "ambiguous"}:
        if detail:
            extras.append(detail)
        if matches:
            extras.append(f"closest FAQ {matches[0].faq_key} ({matches[0].score:.2f})")
    tail = f" ({', '.join(extras)})" if extras else ""
    wants = clip(fired, 140) if fired else "(no text)"
    return clip(f"“{wants}” — {reasons}{tail}.", SUMMARY_LIMIT)
