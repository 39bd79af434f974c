"""Choosing the learned parts' thresholds from out-of-fold predictions on the training part.

Five folds within train.jsonl stand in for unseen messages: every probability a threshold is
chosen on comes from a model that did not see that message. The rules are fixed; a learned
guard's threshold is chosen by what it adds to them on the held-out folds.
"""

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.model_selection import StratifiedKFold

from handoff.triage.learned import HEADS, LEARNED_TRIGGERS, URGENT, Example, GuardModel

FOLDS = 5
SEED = 0
# The rules were written reading train, so what a learned guard adds to them there
# underestimates what it adds on unseen texts. Each learned trigger therefore gets a fixed
# budget instead: it may hand off at most this share of the answers the rules got right
# (measured out of fold, which is honest), and takes the lowest threshold within it.
MAX_LOST_SHARE = 0.01
# The urgent head may raise at most this share of the non-urgent medical lines to urgent (out
# of fold). Written before it was measured on clinics it never saw: in a backtest (the rules of
# an earlier commit, eight urgent-heavy clinics left out of the fit) the share came to 5.8% on
# them, and the head raised 20 of the 31 emergencies those rules had missed.
MAX_URGENT_SHARE = 0.02
GRID = np.round(np.arange(0.30, 0.96, 0.01), 2)
# The answer gate aims at half the 1% target: out of fold on the training files the rules have
# already seen their own mistakes fixed, so unseen texts bring more wrong answers. dev2.jsonl,
# run once before it was trained on, showed it: 0.9% out of fold became 3.0% on it. Leaving one
# clinic out of five, a 0.5% bar gave 0.0-3.2% wrong on the clinic left out, a 1% bar 0.4-3.7%.
# With the wording column (`wording.py`) a 0.5% bar came to 1.2% wrong (15/1253) over the ten
# held-out sets, 0.4% to 0.8% (9/1110) with more answers right than before either way.
MAX_WRONG_RATE = 0.004


@dataclass(frozen=True)
class TriggerTuning:
    trigger: str
    threshold: float
    caught: int  # messages the rules missed and the learned guard catches (out of fold)
    lost: int  # routine answers the rules got right and the learned guard hands off
    positives: int


@dataclass(frozen=True)
class RuleOutcome:
    """What the rules alone did with one message, and what it should have been."""

    example: Example
    answered_right: bool  # routine/smalltalk answered right by the rules alone
    answered: bool
    triggers: frozenset[str]
    acceptable: frozenset[str]
    lead_expected: bool


def fold_ids(categories: Sequence[str]) -> np.ndarray:
    folds = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=SEED)
    ids = np.zeros(len(categories), dtype=int)
    for fold, (_, held) in enumerate(folds.split(np.zeros(len(categories)), categories)):
        ids[held] = fold
    return ids


def out_of_fold(examples: Sequence[Example], folds: np.ndarray) -> dict[str, np.ndarray]:
    probs = {t: np.zeros(len(examples)) for t in HEADS}
    for fold in range(FOLDS):
        held = np.flatnonzero(folds == fold)
        model = GuardModel.fit([examples[i] for i in np.flatnonzero(folds != fold)])
        for trigger, values in model.probabilities_many([examples[i].text for i in held]).items():
            probs[trigger][held] = values
    return probs


def choose_guard_threshold(
    trigger: str, probs: np.ndarray, outcomes: Sequence[RuleOutcome]
) -> TriggerTuning:
    """The lowest threshold whose out-of-fold cost in right answers stays within budget; what
    it catches that the rules missed is reported, not optimised (the rules saw train)."""
    gain = np.array([_gain(trigger, o) for o in outcomes], dtype=bool)
    loss = np.array([o.answered_right for o in outcomes], dtype=bool)
    budget = MAX_LOST_SHARE * max(1, int(loss.sum()))
    best = (1.01, 0, 0)
    for threshold in GRID[::-1]:
        fires = probs >= threshold
        caught, lost = int((fires & gain).sum()), int((fires & loss).sum())
        if lost > budget:
            break
        best = (float(threshold), caught, lost)
    positives = sum(trigger in o.example.labels for o in outcomes)
    return TriggerTuning(trigger, best[0], best[1], best[2], positives)


def _gain(trigger: str, outcome: RuleOutcome) -> bool:
    if trigger == "lead" and outcome.lead_expected and "lead" not in outcome.triggers:
        return True
    if trigger not in outcome.example.labels:
        return False
    if outcome.answered:
        return True  # a message that needed a person would have been answered
    return not (outcome.triggers & outcome.acceptable)  # handed off for the wrong reason


def choose_urgent_threshold(probs: np.ndarray, outcomes: Sequence[RuleOutcome]) -> TriggerTuning:
    """The lowest threshold at which the urgent head raises at most `MAX_URGENT_SHARE` of the
    non-urgent medical lines (out of fold). `caught`: emergencies the rules handed off without
    marking them urgent that it raises; `lost`: non-urgent medical lines it raises."""
    calm = np.array([o.example.category == "medical" and not o.example.urgent for o in outcomes])
    raised = np.array(
        [o.example.urgent and not o.answered and URGENT not in o.triggers for o in outcomes]
    )
    budget = MAX_URGENT_SHARE * max(1, int(calm.sum()))
    threshold = next((float(t) for t in GRID if (probs[calm] >= t).sum() <= budget), 1.01)
    fires = probs >= threshold
    positives = sum(o.example.urgent for o in outcomes)
    return TriggerTuning(
        URGENT, threshold, int((fires & raised).sum()), int((fires & calm).sum()), positives
    )


def tune_guards(
    probs: dict[str, np.ndarray], outcomes: Sequence[RuleOutcome]
) -> list[TriggerTuning]:
    tunings = [choose_guard_threshold(t, probs[t], outcomes) for t in LEARNED_TRIGGERS]
    return [*tunings, choose_urgent_threshold(probs[URGENT], outcomes)]


@dataclass(frozen=True)
class AnswerTuning:
    threshold: float
    answered: int
    wrong: int
    right_routine: int


def choose_answer_threshold(
    p_right: np.ndarray,
    right: np.ndarray,
    routine_right: np.ndarray,
    *,
    fixed_wrong: int,
    fixed_answered: int,
    max_wrong_rate: float = MAX_WRONG_RATE,
) -> AnswerTuning:
    """The lowest bar on out-of-fold p(right) whose wrong-answer rate (counting the answers the
    gate does not see, like social replies) stays at or below `max_wrong_rate`: the most
    routine questions answered right."""
    order = np.argsort(-p_right, kind="stable")
    best = AnswerTuning(1.01, fixed_answered, fixed_wrong, 0)
    wrong, automated = fixed_wrong, 0
    for n, i in enumerate(order, start=1):
        wrong += int(not right[i])
        automated += int(routine_right[i])
        if n < len(order) and p_right[order[n]] == p_right[i]:
            continue  # a bar cannot split equal probabilities
        answered = fixed_answered + n
        if wrong <= max_wrong_rate * answered and automated >= best.right_routine:
            below = p_right[order[n]] if n < len(order) else 0.0
            threshold = float((p_right[i] + below) / 2)
            best = AnswerTuning(threshold, answered, wrong, automated)
    return best


BOOTSTRAPS = 50


def bagged_answer_threshold(
    p_right: np.ndarray,
    right: np.ndarray,
    routine_right: np.ndarray,
    *,
    fixed_wrong: int,
    fixed_answered: int,
    max_wrong_rate: float = MAX_WRONG_RATE,
) -> AnswerTuning:
    """The median of the bars chosen on bootstrap resamples of the answers, with the counts it
    gives on all of them. With a handful of wrong answers allowed, the bar of one sample jumps
    with whichever wrong answer comes next; the median does not."""
    rng = np.random.default_rng(SEED)
    bars = []
    for _ in range(BOOTSTRAPS):
        sample = rng.integers(0, len(p_right), len(p_right))
        bars.append(
            choose_answer_threshold(
                p_right[sample],
                right[sample],
                routine_right[sample],
                fixed_wrong=fixed_wrong,
                fixed_answered=fixed_answered,
                max_wrong_rate=max_wrong_rate,
            ).threshold
        )
    threshold = float(np.median(bars))
    sent = p_right >= threshold
    return AnswerTuning(
        threshold,
        fixed_answered + int(sent.sum()),
        fixed_wrong + int((sent & ~right).sum()),
        int((sent & routine_right).sum()),
    )
