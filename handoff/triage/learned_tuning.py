"""Fitting the guard models and choosing their thresholds from out-of-fold predictions.

Only the training part of the corpus is used: five folds within it stand in for unseen
messages, so a threshold is chosen on predictions for texts the model did not see.
"""

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.model_selection import StratifiedKFold

from handoff.triage.learned import LEARNED_TRIGGERS, Example, GuardModel

FOLDS = 5
# Recall wanted from the learned guard alone on each trigger's messages (out of fold). The
# rules add their own recall on top; the bar also caps how often routine texts are caught.
TARGET_RECALL = {
    "medical": 0.95,
    "emotional": 0.92,
    "human_request": 0.92,
    "consultation": 0.90,
    "lead": 0.90,
}
MAX_ROUTINE_FALSE_ALARMS = 0.03
FLOOR, CEILING = 0.2, 0.9


@dataclass(frozen=True)
class TriggerTuning:
    trigger: str
    threshold: float
    recall: float
    routine_false_alarms: float
    positives: int


def out_of_fold(examples: Sequence[Example]) -> dict[str, np.ndarray]:
    categories = [e.category for e in examples]
    probs = {t: np.zeros(len(examples)) for t in LEARNED_TRIGGERS}
    folds = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=0)
    for train_idx, held_idx in folds.split(np.zeros(len(examples)), categories):
        model = GuardModel.fit([examples[i] for i in train_idx])
        held = model.probabilities_many([examples[i].text for i in held_idx])
        for trigger, values in held.items():
            probs[trigger][held_idx] = values
    return probs


def choose_threshold(trigger: str, probs: np.ndarray, examples: Sequence[Example]) -> TriggerTuning:
    positive = np.array([trigger in e.labels for e in examples])
    routine = np.array([e.category in {"routine", "smalltalk"} for e in examples])
    best = FLOOR
    for threshold in np.arange(CEILING, FLOOR - 1e-9, -0.01):
        recall = (probs[positive] >= threshold).mean() if positive.any() else 1.0
        false_alarms = (probs[routine] >= threshold).mean() if routine.any() else 0.0
        if false_alarms > MAX_ROUTINE_FALSE_ALARMS:
            break
        best = float(threshold)
        if recall >= TARGET_RECALL[trigger]:
            break
    return TriggerTuning(
        trigger=trigger,
        threshold=round(best, 2),
        recall=float((probs[positive] >= best).mean()) if positive.any() else 1.0,
        routine_false_alarms=float((probs[routine] >= best).mean()) if routine.any() else 0.0,
        positives=int(positive.sum()),
    )


def fit_with_tuned_thresholds(
    examples: Sequence[Example],
) -> tuple[GuardModel, list[TriggerTuning]]:
    probs = out_of_fold(examples)
    tunings = [choose_threshold(t, probs[t], examples) for t in LEARNED_TRIGGERS]
    model = GuardModel.fit(examples, thresholds={t.trigger: t.threshold for t in tunings})
    return model, tunings
