"""Answer confidence: the probability that an FAQ answer the engine is about to send is right.

The match score alone barely separates right answers from wrong ones; together with the margin
to the next FAQ, the shape of the text and the guard models' probabilities it does better. The
model is fitted on the training part only (`learned_training`), and its threshold is chosen from
out-of-fold predictions so that the wrong-answer rate stays at or below 1%.
"""

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.calibration import CalibratedClassifierCV
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from handoff.decision import Match, TriageSettings
from handoff.triage.compiled import compile_calibrated
from handoff.triage.context import has_subject
from knowledge.normalize import INTENT_WORDS, TREATMENT_WORDS, content_words, stem

LEARNED_TRIGGERS = ("medical", "emotional", "human_request", "consultation", "lead")
REASONS = ("best match", "each part matched", "each question matched", "follow-up")
_INTENT = frozenset(stem(w) for w in INTENT_WORDS)
_TREATMENT = frozenset(stem(w) for w in TREATMENT_WORDS)
_WORD = re.compile(r"[a-z0-9']+", re.IGNORECASE)
FEATURE_NAMES: tuple[str, ...] = (
    "score",
    "second",
    "margin",
    "score_over_threshold",
    "margin_over_margin",
    "third_gap",
    "keys",
    "log_words",
    "questions",
    "has_question_mark",
    "sentences",
    "has_subject",
    "known_share",
    *(f"p_{t}" for t in LEARNED_TRIGGERS),
    "p_max",
    *(f"reason_{r}" for r in REASONS),
    "cover_best",
    "cover_second",
    "cover_gap",
    "row_cover_best",
    "intents_asked",
    "intents_missed",
    "intents_unasked",
    "treatments_missed",
    "treatments_unasked",
    "answer_cover",
    "answer_or_row_cover",
    "intents_not_in_answer",
)


@dataclass(frozen=True)
class AnswerContext:
    """What the engine knows when it is about to answer from the FAQ."""

    text: str
    matches: Sequence[Match]
    keys: Sequence[str]
    reason: str
    known_share: float
    guard_probabilities: Mapping[str, float]
    # The text's stems and those of the best and second FAQ's best-matching phrasing.
    text_stems: frozenset[str] = frozenset()
    row_stems: tuple[frozenset[str], ...] = ()
    answer_stems: frozenset[str] = frozenset()  # of the answer about to be sent


def answer_features(context: AnswerContext, settings: TriageSettings) -> np.ndarray:
    scores = [m.score for m in context.matches] + [0.0, 0.0, 0.0]
    text = context.text
    words = _WORD.findall(text)
    probs = [float(context.guard_probabilities.get(t, 0.0)) for t in LEARNED_TRIGGERS]
    reason = context.reason.split(" of ")[0]
    values = [
        scores[0],
        scores[1],
        scores[0] - scores[1],
        scores[0] - settings.confidence_threshold,
        (scores[0] - scores[1]) - settings.ambiguity_margin,
        scores[1] - scores[2],
        float(len(context.keys)),
        float(np.log1p(len(words))),
        float(text.count("?")),
        float("?" in text),
        float(max(1, len(re.findall(r"[.!?]+(?:\s|$)", text)))),
        float(has_subject(text)),
        context.known_share,
        *probs,
        max(probs),
        *(float(reason == r) for r in REASONS),
        *_overlap(context.text_stems, context.row_stems),
        *_answer_overlap(context.text_stems, context.row_stems, context.answer_stems),
    ]
    return np.asarray(values, dtype=float)


def _overlap(asked: frozenset[str], rows: tuple[frozenset[str], ...]) -> list[float]:
    """How well the best FAQ's phrasing covers what the text asks, and the runner-up's."""
    best, second = (*rows, frozenset(), frozenset())[:2]
    n = max(1, len(asked))
    cover_best, cover_second = len(asked & best) / n, len(asked & second) / n
    intents, treatments = asked & _INTENT, asked & _TREATMENT
    return [
        cover_best,
        cover_second,
        cover_best - cover_second,
        len(asked & best) / max(1, len(best)),
        float(len(intents)),
        float(len(intents - best)),
        float(len((best & _INTENT) - asked)),
        float(len(treatments - best)),
        float(len((best & _TREATMENT) - asked)),
    ]


def _answer_overlap(
    asked: frozenset[str], rows: tuple[frozenset[str], ...], answer: frozenset[str]
) -> list[float]:
    """Whether the answer itself speaks of what the text asks ("trim or shave" in a price
    answer is a sign of the wrong FAQ)."""
    n = max(1, len(asked))
    best = rows[0] if rows else frozenset()
    return [
        len(asked & answer) / n,
        len(asked & (answer | best)) / n,
        float(len((asked & _INTENT) - answer - best)),
    ]


def known_share(text: str, knows: Callable[[str], bool]) -> float:
    words = content_words(text)
    if not words:
        return 0.0
    return sum(1 for w in words if knows(w)) / len(words)


class AnswerModel:
    """p(right) for an FAQ answer, and the bar below which the engine hands off instead."""

    def __init__(self, classifier: CalibratedClassifierCV, threshold: float) -> None:
        self.classifier = classifier
        self.threshold = threshold
        self.compiled = compile_calibrated(classifier)

    @classmethod
    def fit(cls, features: np.ndarray, right: np.ndarray, threshold: float = 0.5) -> "AnswerModel":
        return cls(_classifier().fit(features, right.astype(int)), threshold)

    def p_right(self, features: np.ndarray) -> float:
        return float(self.compiled.probabilities(features.reshape(1, -1))[0])

    def p_right_many(self, features: np.ndarray) -> np.ndarray:
        return self.compiled.probabilities(features)


def _classifier() -> CalibratedClassifierCV:
    base = make_pipeline(StandardScaler(), LogisticRegression(C=0.5, max_iter=2000, random_state=0))
    return CalibratedClassifierCV(base, method="sigmoid", cv=3)
