"""The wording model: how often an FAQ answer to a text worded like this one turned out right.

The answer gate's other features read scores and overlaps. Some wordings are answered wrongly
whatever the scores say ("and how long does the first one take?", "what about amex", "can I do
it tomorrow"), and some are nearly always answered right ("r u open sundays"). A logistic
regression over the guard models' word and character n-grams, fitted on the training part's
gate rows (an answer the engine would send, right or wrong), gives the gate one more column.

Out of fold on the training clinics (thirty-four), the column lifted the gate's AUC from 0.897
to 0.915, and the routine answers it lets through at a 0.4% wrong-answer rate from 0.37 to 0.43
of those it sees.
"""

import math
from collections.abc import Callable, Sequence

import numpy as np
from joblib import Parallel, delayed
from scipy import sparse
from sklearn.linear_model import LogisticRegression

WORDING_C = 1.0
# Clinics are split into this many groups for the out-of-fold column the gate is fitted on.
GROUPS = 5


class WordingModel:
    """p(the FAQ answer is right) from the text's n-grams alone, as the gate's extra column."""

    def __init__(self, coef: np.ndarray, intercept: float) -> None:
        self.coef = coef
        self.intercept = intercept

    @classmethod
    def fit(cls, features: sparse.csr_matrix, right: np.ndarray) -> "WordingModel":
        if len(np.unique(right)) < 2:  # nothing to tell apart: the share it has seen
            share = float(np.clip(np.mean(right), 1e-6, 1 - 1e-6)) if len(right) else 0.5
            return cls(np.zeros(features.shape[1]), math.log(share / (1 - share)))
        model = LogisticRegression(C=WORDING_C, max_iter=3000, random_state=0)
        model.fit(features, right.astype(int))
        return cls(model.coef_[0].copy(), float(model.intercept_[0]))

    def p(self, row: sparse.csr_matrix) -> float:
        """One text's row, on the hot path."""
        z = float(row.data @ self.coef[row.indices]) + self.intercept
        return 1.0 / (1.0 + math.exp(-z)) if z > -500 else 0.0

    def p_many(self, features: sparse.csr_matrix) -> np.ndarray:
        z = np.asarray(features @ self.coef).ravel() + self.intercept
        return 1.0 / (1.0 + np.exp(-z))


def clinic_groups(clinics: np.ndarray, groups: int = GROUPS) -> np.ndarray:
    """Each row's group: clinics, sorted by name, dealt round the groups in turn."""
    names = sorted({str(c) for c in clinics})
    group_of = {name: i % groups for i, name in enumerate(names)}
    return np.array([group_of[str(c)] for c in clinics], dtype=int)


def wording_out_of_fold(
    features: sparse.csr_matrix, right: np.ndarray, clinics: np.ndarray, *, jobs: int = 1
) -> np.ndarray:
    """Each row's p from a model fitted on the other groups of clinics: what the gate sees at a
    clinic the wording model never read."""
    groups = clinic_groups(clinics)
    held_out = [groups == g for g in np.unique(groups)]
    return predict_held_out(
        held_out,
        lambda held: WordingModel.fit(features[~held], right[~held]).p_many(features[held]),
        jobs=jobs,
    )


def predict_held_out(
    held_out: Sequence[np.ndarray],
    predict: Callable[[np.ndarray], np.ndarray],
    *,
    jobs: int = 1,
) -> np.ndarray:
    """Each held-out mask's predictions (`predict(mask)`, fitted without it), in parallel,
    gathered into one array over all rows."""
    found = Parallel(n_jobs=jobs)(delayed(predict)(held) for held in held_out)
    p = np.zeros(len(held_out[0]) if held_out else 0)
    for held, values in zip(held_out, found, strict=True):
        p[held] = values
    return p
