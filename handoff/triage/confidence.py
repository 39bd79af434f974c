"""Answer confidence: the probability that an FAQ answer the engine is about to send is right.

The match score alone barely separates right answers from wrong ones; together with the margin
to the next FAQ, the shape of the text, the guard models' probabilities and the wording model's
(`wording.py`) it does better. The model is fitted on the training part only
(`learned_training`), and its threshold is chosen from out-of-fold predictions so that the
wrong-answer rate stays at or below 0.4% there (under half the 1% target: unseen texts bring
more wrong answers than out-of-fold estimates show).
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
from handoff.triage.ranking import RANKED
from handoff.triage.rerank import GATE_FEATURES
from knowledge.normalize import (
    ACTION_WORDS,
    INTENT_WORDS,
    TREATMENT_WORDS,
    content_words,
    stem,
)
from knowledge.retrieval import AGREEMENT_SIZE

LEARNED_TRIGGERS = ("medical", "emotional", "human_request", "consultation", "lead")
REASONS = ("best match", "each part matched", "each question matched", "follow-up", RANKED)
_INTENT = frozenset(stem(w) for w in INTENT_WORDS)
_TREATMENT = frozenset(stem(w) for w in TREATMENT_WORDS)
_ACTION = frozenset(stem(w) for w in ACTION_WORDS)
# When the patient wants to come: an answer that never speaks of days or times rarely fits.
_TIME_WORDS = (
    "monday tuesday wednesday thursday friday saturday sunday weekend weekday today tomorrow "
    "tonight morning afternoon evening"
)
_TIME = frozenset(stem(w) for w in _TIME_WORDS.split())
_CLOCK = re.compile(r"^\d+(?:am|pm)?$")
L1_C = 0.2
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
    "actions_missed",
    "actions_unasked",
    "time_asked",
    "time_missed",
    "second_covers_missed",
    "treatments_second_only",
    "missed_share",
    "min_key_score",
    "second_over_best",
    "word_space_wins",
    "word_space_lead",
    "word_space_score",
    "char_space_wins",
    "char_space_lead",
    "char_space_score",
    *GATE_FEATURES,
    "after_reply",
    "after_reply_words",
    "repeats_previous",
    "assistant_turns",
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
    # KbIndex.agreement of the FAQ about to be sent.
    agreement: tuple[float, ...] = (0.0,) * AGREEMENT_SIZE
    # rerank.gate_view: the ranking model's p of the FAQ about to be sent and of the others.
    ranking: tuple[float, ...] = (0.0,) * len(GATE_FEATURES)
    # The thread: whether we replied last, the FAQ that reply quoted, our replies so far.
    after_reply: bool = False
    previous_key: str | None = None
    assistant_turns: int = 0


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
        *_overlap(context.text_stems, context.row_stems, followup=reason == "follow-up"),
        *_answer_overlap(context.text_stems, context.row_stems, context.answer_stems),
        *_asked_elsewhere(context),
        *context.agreement,
        *context.ranking,
        *_thread(context, float(np.log1p(len(words)))),
    ]
    return np.asarray(values, dtype=float)


def _overlap(
    asked: frozenset[str], rows: tuple[frozenset[str], ...], *, followup: bool = False
) -> list[float]:
    """How well the best FAQ's phrasing covers what the text asks, and the runner-up's. A
    follow-up ("and how long does it last?") takes its subject from the previous question, so
    what the FAQ names and the text does not is no sign of a wrong answer there."""
    best, second = (*rows, frozenset(), frozenset())[:2]
    unasked = frozenset() if followup else best - asked
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
        float(len(unasked & _INTENT)),
        float(len(treatments - best)),
        float(len(unasked & _TREATMENT)),
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


def _asked_elsewhere(context: AnswerContext) -> list[float]:
    """What the text asks that the sent FAQ does not speak of: an action (book, cancel) or a
    day and time it never mentions, words the runner-up covers instead, and how weak the
    weakest answered FAQ and how close the runner-up are."""
    asked, answer = context.text_stems, context.answer_stems
    best, second = (*context.row_stems, frozenset(), frozenset())[:2]
    n = max(1, len(asked))
    times = {s for s in asked if s in _TIME or _CLOCK.match(s)}
    scores = [m.score for m in context.matches]
    answered = [m.score for m in context.matches if m.faq_key in context.keys] or [0.0]
    top = scores[0] if scores else 0.0
    return [
        float(len((asked & _ACTION) - best)),
        float(len((best & _ACTION) - asked)),
        float(bool(times)),
        float(bool(times) and not times & (best | answer)),
        len((asked - best) & second) / n,
        float(len((asked & _TREATMENT & second) - best)),
        len(asked - best - answer) / n,
        min(answered),
        scores[1] / top if len(scores) > 1 and top > 0 else 0.0,
    ]


def _thread(context: AnswerContext, log_words: float) -> list[float]:
    """A text that answers our last reply leans on it ("what about amex", "so she can come
    if I'm there?"): answers to such texts are wrong more often, the more so when the text is
    long enough to ask something new, or when it gets the FAQ we have just sent again."""
    after = float(context.after_reply)
    return [
        after,
        after * log_words,
        float(context.previous_key is not None and context.previous_key in context.keys),
        float(np.log1p(context.assistant_turns)),
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
    # L1 keeps the few features that matter: with ~30 wrong answers to learn from, a dense
    # model over every feature ranks the top of the list worse (out of fold).
    linear = LogisticRegression(
        C=L1_C, l1_ratio=1.0, solver="liblinear", max_iter=2000, random_state=0
    )
    base = make_pipeline(StandardScaler(), linear)
    return CalibratedClassifierCV(base, method="sigmoid", cv=3)
