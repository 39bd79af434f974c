"""High-recall guards: which triggers a text fires, and the sentence that fired each.

Rules run sentence by sentence so staff see the sentence that mattered; a few combinations
(fever with a red, swollen area; hives with swelling) are also checked across the whole text.
"""

import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from handoff.decision import GuardHit
from handoff.triage.rules import (
    FIRST_PERSON,
    GUARD_RULES,
    HAD_TREATMENT,
    MESSAGE_WIDE,
    RECENCY,
    SEVERAL_TREATMENTS,
    TREATED,
    TREATMENT_FAMILIES,
    UPCOMING_TREATMENT,
    URGENT,
    Rule,
    big_budget,
)
from handoff.triage.rules.literals import LiteralIndex, may_match_holding, required_literals
from handoff.triage.text import guard_text, negated, split_sentences


@dataclass(frozen=True)
class GuardContext:
    """What the thread so far tells the guards."""

    treated_before: bool = False  # the patient said earlier that they had a treatment


# The strings each treatment family's pattern needs (`literals.required_literals`).
_FAMILY_LITERALS = {name: required_literals(p) for name, p in TREATMENT_FAMILIES.items()}
# Every string some guard rule or family pattern needs, to find in one pass over a text.
_GUARD_LITERALS = LiteralIndex(
    itertools.chain(
        *(rule.literals or () for rule in GUARD_RULES),
        *(literals or () for rule in GUARD_RULES for literals, _ in rule.branches),
        *(literals or () for literals in _FAMILY_LITERALS.values()),
    )
)

# A lead rule that alone may only mention an event (see the engine's `_event_only_mentioned`).
WEAK_LEAD = "lead.event"


def find_hits(
    text: str,
    *,
    extra_phrases: Mapping[str, Iterable[str]] | None = None,
    context: GuardContext | None = None,
) -> tuple[GuardHit, ...]:
    """Every trigger the text fires, first hit per trigger, in priority-agnostic order."""
    context = context or GuardContext()
    message = guard_text(text)
    treated = context.treated_before or bool(TREATED.search(message))
    had_treatment = context.treated_before or bool(
        HAD_TREATMENT.search(message) and not UPCOMING_TREATMENT.search(message)
    )
    # One pass over the whole text first: most rules match nothing, and only the rest need
    # checking sentence by sentence. A rule whose required words are absent is not even tried.
    present = _GUARD_LITERALS.present(message)
    candidates = [
        r
        for r in GUARD_RULES
        if r.anchored or (r.may_match_holding(present) and r.matches_holding(message, present))
    ]
    hits: list[GuardHit] = []
    if candidates:
        for sentence in split_sentences(text):
            hits.extend(
                _sentence_hits(
                    sentence, candidates, treated=treated, had=had_treatment, context=context
                )
            )
    hits.extend(_message_hits(text, message, present))
    hits.extend(_phrase_hits(text, extra_phrases or {}))
    return _with_medical_for_urgent(_first_per_trigger(hits))


def _sentence_hits(
    sentence: str, rules: list[Rule], *, treated: bool, had: bool, context: GuardContext
) -> list[GuardHit]:
    lowered = guard_text(sentence)
    personal = bool(
        FIRST_PERSON.search(lowered) or RECENCY.search(lowered) or context.treated_before
    )
    conditions = {"personal": personal, "treated": treated, "had_treatment": had}
    hits: list[GuardHit] = []
    for rule in rules:
        hit = _apply(rule, lowered, sentence, conditions)
        if hit is not None:
            hits.append(hit)
    return hits


def _apply(rule: Rule, lowered: str, sentence: str, conditions: dict[str, bool]) -> GuardHit | None:
    match = rule.pattern.search(lowered) if rule.may_match(lowered) else None
    if match is None or not all(conditions[need] for need in rule.needs):
        return None
    if rule.unless is not None and rule.unless.search(lowered):
        return None
    if rule.negatable and negated(lowered, match.start()):
        # "no trouble breathing" still talks about their body: medical, not urgent.
        return (
            GuardHit("medical", sentence, f"{rule.name}.negated")
            if rule.trigger == "urgent"
            else None
        )
    return GuardHit(rule.trigger, sentence, rule.name)


def _message_hits(text: str, message: str, present: frozenset[str]) -> list[GuardHit]:
    """`present`: the literals `message` holds."""
    hits: list[GuardHit] = []
    flat = message.replace("\n", " ")
    # Joining lines can make a literal ("eye pain" from "eye\npain").
    flat_present = present if flat == message else _GUARD_LITERALS.present(flat)
    for rule in URGENT:
        if rule.name not in MESSAGE_WIDE or not rule.may_match_holding(flat_present):
            continue
        if rule.unless and rule.unless.search(flat):
            continue
        if rule.pattern.search(flat) and not _negated_at(rule, flat):
            hits.append(GuardHit("urgent", text.strip(), rule.name))
    families = [
        name
        for name, pattern in TREATMENT_FAMILIES.items()
        if may_match_holding(_FAMILY_LITERALS[name], present) and pattern.search(message)
    ]
    if len(families) >= SEVERAL_TREATMENTS:
        hits.append(GuardHit("lead", text.strip(), "lead.several_treatments"))
    for sentence in split_sentences(text):
        if big_budget(guard_text(sentence)):
            hits.append(GuardHit("lead", sentence, "lead.budget_amount"))
    return hits


def _negated_at(rule: Rule, text: str) -> bool:
    match = rule.pattern.search(text)
    return bool(match and rule.negatable and negated(text, match.start()))


@lru_cache(maxsize=256)
def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    cleaned = sorted({guard_text(p) for p in phrases if p.strip()}, key=len, reverse=True)
    if not cleaned:
        return None
    alternatives = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in cleaned)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def _phrase_hits(text: str, extra_phrases: Mapping[str, Iterable[str]]) -> list[GuardHit]:
    """A clinic manager's own phrases: matched case-insensitively as whole words."""
    hits: list[GuardHit] = []
    for trigger, phrases in extra_phrases.items():
        pattern = _phrase_pattern(tuple(phrases))
        if pattern is None:
            continue
        for sentence in split_sentences(text):
            match = pattern.search(guard_text(sentence))
            if match:
                hits.append(GuardHit(trigger, sentence, f"phrase:{match.group(0)}"))
                break
    return hits


def _first_per_trigger(hits: list[GuardHit]) -> list[GuardHit]:
    """One hit per trigger, the first; a lead's group, package or budget outranks an event it
    merely mentions ("for 8 girls for my bachelorette" is a group, whatever else it asks)."""
    seen: dict[str, GuardHit] = {}
    for hit in hits:
        kept = seen.setdefault(hit.trigger, hit)
        if kept.rule == WEAK_LEAD and hit.rule != WEAK_LEAD:
            seen[hit.trigger] = hit
    return list(seen.values())


def _with_medical_for_urgent(hits: list[GuardHit]) -> tuple[GuardHit, ...]:
    urgent = next((h for h in hits if h.trigger == "urgent"), None)
    if urgent is not None and not any(h.trigger == "medical" for h in hits):
        hits.append(GuardHit("medical", urgent.sentence, "medical.urgent_implies_medical"))
    return tuple(hits)
