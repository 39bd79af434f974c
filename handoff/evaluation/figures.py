"""The contract's figures over (expectation, decision) pairs. Pure: no database, no I/O."""

from collections import Counter
from dataclasses import dataclass, field

from handoff.decision import Decision
from handoff.evaluation.labels import SAFETY_CATEGORIES, LabelledMessage

MAX_WRONG_ANSWER_RATE = 0.01


@dataclass(frozen=True)
class Outcome:
    message: LabelledMessage
    decision: Decision

    @property
    def answered(self) -> bool:
        return self.decision.action == "answer"

    @property
    def right_faq(self) -> bool:
        keys = self.decision.answered_keys or (
            (self.decision.faq_key,) if self.decision.faq_key else ()
        )
        return bool(keys) and set(keys) <= set(self.message.expect.faq) | {None}

    @property
    def wrong_answer(self) -> bool:
        """Answered although it should have been handed off, or answered with the wrong FAQ."""
        if not self.answered:
            return False
        expect = self.message.expect
        if expect.action == "handoff":
            return True
        if expect.faq:
            return not self.right_faq
        return self.decision.faq_key is not None and expect.category != "routine"

    @property
    def right_reason(self) -> bool:
        got = set(self.decision.triggers)
        if self.message.expect.urgent and "urgent" not in got:
            return False
        return bool(got & self.message.expect.acceptable_reasons)


@dataclass
class Rate:
    hits: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None

    def __str__(self) -> str:
        if not self.total:
            return "n/a (no such messages)"
        return f"{self.value:.3f} ({self.hits}/{self.total})"


@dataclass
class Figures:
    safety_recall: Rate = field(default_factory=Rate)
    urgent_recall: Rate = field(default_factory=Rate)
    automation: Rate = field(default_factory=Rate)
    wrong_answer_rate: Rate = field(default_factory=Rate)
    reason_accuracy: Rate = field(default_factory=Rate)
    lead_recall: Rate = field(default_factory=Rate)
    counted: int = 0
    borderline_left_out: int = 0

    def as_dict(self) -> dict[str, object]:
        names = [
            "safety_recall",
            "urgent_recall",
            "automation",
            "wrong_answer_rate",
            "reason_accuracy",
            "lead_recall",
        ]
        return {
            **{
                n: {
                    "value": getattr(self, n).value,
                    "hits": getattr(self, n).hits,
                    "total": getattr(self, n).total,
                }
                for n in names
            },
            "counted": self.counted,
            "borderline_left_out": self.borderline_left_out,
        }


def compute_figures(outcomes: list[Outcome]) -> Figures:
    figures = Figures()
    for outcome in outcomes:
        expect = outcome.message.expect
        if expect.borderline:
            figures.borderline_left_out += 1
            continue
        figures.counted += 1
        decision = outcome.decision
        if expect.category in SAFETY_CATEGORIES:
            _count(figures.safety_recall, decision.action == "handoff")
        if expect.urgent:
            _count(figures.urgent_recall, decision.priority == "urgent")
        if expect.category == "routine":
            _count(figures.automation, outcome.answered and outcome.right_faq)
        if outcome.answered:
            _count(figures.wrong_answer_rate, outcome.wrong_answer)
        if decision.action == "handoff" and expect.action == "handoff":
            _count(figures.reason_accuracy, outcome.right_reason)
        if expect.lead:
            _count(figures.lead_recall, decision.lead)
    return figures


def _count(rate: Rate, hit: bool) -> None:
    rate.total += 1
    rate.hits += int(hit)


@dataclass(frozen=True)
class Coverage:
    threshold: float | None
    automation: float
    wrong_answer_rate: float
    answered: int


def coverage_at_wrong_rate(
    outcomes: list[Outcome], *, max_wrong_rate: float = MAX_WRONG_ANSWER_RATE
) -> Coverage:
    """The most routine messages answered right when a higher score bar is set, while the
    wrong-answer rate stays at or below `max_wrong_rate`."""
    counted = [o for o in outcomes if not o.message.expect.borderline]
    routine_total = sum(1 for o in counted if o.message.expect.category == "routine")
    answered = sorted((o for o in counted if o.answered), key=lambda o: -(o.decision.score or 0.0))
    best = Coverage(threshold=None, automation=0.0, wrong_answer_rate=0.0, answered=0)
    wrong = right_routine = 0
    for i, outcome in enumerate(answered, start=1):
        wrong += int(outcome.wrong_answer)
        right_routine += int(outcome.message.expect.category == "routine" and outcome.right_faq)
        score = outcome.decision.score or 0.0
        next_score = answered[i].decision.score or 0.0 if i < len(answered) else -1.0
        if next_score == score:
            continue  # a threshold cannot split equal scores
        rate = wrong / i
        automation = right_routine / routine_total if routine_total else 0.0
        if rate <= max_wrong_rate and automation >= best.automation:
            best = Coverage(
                threshold=score, automation=automation, wrong_answer_rate=rate, answered=i
            )
    return best


# What a handoff of a routine question can be besides a guard's: the KB match was not sure.
UNSURE_TRIGGERS = frozenset({"low_confidence", "ambiguous"})
ROUTINE_OUTCOMES = (
    "answered",
    "answered_wrong_faq",
    "social_reply",
    "guard",
    "held_back_first_right",
    "held_back_first_wrong",
)


def routine_outcome(outcome: Outcome) -> str:
    """Where a routine question went. A handoff only for an unsure match is `held_back`,
    split by whether the FAQ it would have sent (the first match) was an acceptable one."""
    decision = outcome.decision
    if decision.action == "answer":
        if not decision.faq_key:
            return "social_reply"
        return "answered" if outcome.right_faq else "answered_wrong_faq"
    if not set(decision.triggers) <= UNSURE_TRIGGERS:
        return "guard"
    first = decision.matches[0].faq_key if decision.matches else None
    return (
        "held_back_first_right" if first in outcome.message.expect.faq else "held_back_first_wrong"
    )


def routine_outcomes(outcomes: list[Outcome]) -> dict[str, int]:
    """How many counted routine questions went each way (`ROUTINE_OUTCOMES`). Answered plus
    held back with the right FAQ first is what a perfect answer gate would answer."""
    counts = Counter(
        routine_outcome(o)
        for o in outcomes
        if o.message.expect.category == "routine" and not o.message.expect.borderline
    )
    return {name: counts[name] for name in ROUTINE_OUTCOMES}


def trigger_confusion(outcomes: list[Outcome]) -> Counter[tuple[str, str]]:
    """(expected category, what was given) for every counted message."""
    confusion: Counter[tuple[str, str]] = Counter()
    for outcome in outcomes:
        if outcome.message.expect.borderline:
            continue
        got = (
            "+".join(outcome.decision.triggers) or f"answer:{outcome.decision.faq_key or 'social'}"
        )
        if outcome.decision.action == "answer":
            got = (
                "answer"
                if outcome.right_faq or not outcome.decision.faq_key
                else "answer(wrong faq)"
            )
        confusion[(outcome.message.expect.category, got)] += 1
    return confusion


def is_miss(outcome: Outcome) -> bool:
    expect = outcome.message.expect
    decision = outcome.decision
    if expect.borderline:
        return False
    if decision.action != expect.action or outcome.wrong_answer:
        return True
    if expect.urgent and decision.priority != "urgent":
        return True
    if expect.lead and not decision.lead:
        return True
    if expect.category == "routine" and not outcome.right_faq:
        return True
    return decision.action == "handoff" and not outcome.right_reason
