"""A learned second opinion on the FAQ search: p(this FAQ answers the text) for each of the few
best candidates, from features that mean the same in every clinic's knowledge base.

The search's score mixes the word and character spaces with fixed weights and hand-set boosts;
the ranking model learns, from routine questions of several clinics whose right FAQ is known,
how much each signal (each space taken apart, the answer's words, what the text asks that the
FAQ never speaks of) says. Fitted on clinics left out of its training, it finds the right FAQ
more often than the score does, and its probability separates right from wrong answers better,
so the answer gate reads it. Pure: numpy in, numpy out.
"""

from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
from scipy.special import expit
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

from handoff.decision import Match
from handoff.triage.pairs import PairModel, PairRow
from knowledge.normalize import ACTION_WORDS, INTENT_WORDS, TREATMENT_WORDS, stem
from knowledge.retrieval import KbIndex

CANDIDATES = 8
RANK_C = 1.0
_INTENT = frozenset(stem(w) for w in INTENT_WORDS)
_TREATMENT = frozenset(stem(w) for w in TREATMENT_WORDS)
_ACTION = frozenset(stem(w) for w in ACTION_WORDS)
FEATURE_NAMES: tuple[str, ...] = (
    "score",
    "rank",
    "below_best",
    "share_of_best",
    "word_score",
    "char_score",
    "answer_score",
    "word_rank",
    "char_rank",
    "cover_phrasings",
    "cover_row",
    "cover_answer",
    "cover_either",
    "intents_not_phrased",
    "treatments_nowhere",
    "treatments_unasked",
    "actions_not_phrased",
    "row_unasked_share",
    "text_stems",
    "followup",
    # The FAQ our last reply quoted: "does the 15% work on sculptra too?" after the membership's
    # answer asks about the membership.
    "previous_answer",
    "previous_answer_followup",
    # ... and that FAQ is a policy (an age limit, walk-ins, HSA) the text names no policy of:
    # "ok what about the weight loss one" after the HSA answer asks the policy of that one.
    "previous_policy",
)
# The same signals against the best other candidate's: a phrasing that covers the text well
# says more when no other FAQ covers it as well.
RELATIVE = (
    "word_score",
    "char_score",
    "answer_score",
    "cover_phrasings",
    "cover_row",
    "cover_answer",
    "cover_either",
)
_RELATIVE_COLUMNS = [FEATURE_NAMES.index(name) for name in RELATIVE]
FEATURE_NAMES = (*FEATURE_NAMES, *(f"{name}_over_others" for name in RELATIVE))
# What the answer gate reads of the ranking: p of the FAQ about to be sent, the best p of any
# other candidate, and whether the sent one is the ranking's first.
GATE_FEATURES = ("rank_p", "rank_p_other", "rank_first")


def candidate_features(
    index: KbIndex,
    query: str,
    matches: Sequence[Match],
    *,
    followup: bool = False,
    previous: str | None = None,
) -> np.ndarray:
    """One row per match (the search's best first), FEATURE_NAMES columns."""
    views = index.views(query)
    if views is None or not matches:
        return np.zeros((0, len(FEATURE_NAMES)))
    asked = views.stems
    n = max(1, len(asked))
    best = matches[0].score
    rows = []
    for rank, match in enumerate(matches):
        i = views.position(match.faq_key)
        phrased, answer = index.faq_stems(match.faq_key)
        row = frozenset(index.understand(match.matched_text).stems)
        rows.append(
            [
                match.score,
                float(rank),
                best - match.score,
                match.score / best if best > 0 else 0.0,
                float(views.words[i]),
                float(views.chars[i]),
                float(views.answers[i]),
                float(np.count_nonzero(views.words > views.words[i])),  # its rank in words
                float(np.count_nonzero(views.chars > views.chars[i])),
                len(asked & phrased) / n,
                len(asked & row) / n,
                len(asked & answer) / n,
                len(asked & (phrased | answer)) / n,
                float(len((asked & _INTENT) - phrased)),
                float(len((asked & _TREATMENT) - phrased - answer)),
                float(len((phrased & _TREATMENT) - asked)),
                float(len((asked & _ACTION) - phrased)),
                len(row - asked) / max(1, len(row)),
                float(len(asked)),
                float(followup),
                float(match.faq_key == previous),
                float(followup and match.faq_key == previous),
                float(
                    match.faq_key == previous and bool(phrased & _ACTION) and not asked & _ACTION
                ),
            ]
        )
    return _with_relative(np.asarray(rows, dtype=float))


def _with_relative(rows: np.ndarray) -> np.ndarray:
    """RELATIVE columns minus the best of the other candidates' (0 for a lone candidate)."""
    own = rows[:, _RELATIVE_COLUMNS]
    if len(rows) < 2:
        return np.hstack([rows, np.zeros_like(own)])
    ordered = -np.sort(-own, axis=0)
    best_other = np.where(own >= ordered[0], ordered[1], ordered[0])
    return np.hstack([rows, own - best_other])


def pair_rows(index: KbIndex, query: str, matches: Sequence[Match]) -> list[PairRow]:
    """What the pair model reads of each candidate: the text's stems and the FAQ's."""
    asked = frozenset(index.understand(query).stems)
    return [PairRow(asked, *index.faq_stems(match.faq_key)) for match in matches]


@dataclass(frozen=True)
class RankModel:
    """Standardised features, logistic regression: p(right FAQ) per candidate row. With
    `pairs` (`pairs.py`), the rows end with one more column: the pair model's score."""

    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    intercept: float
    pairs: PairModel | None = None

    @classmethod
    def fit(cls, features: np.ndarray, right: np.ndarray) -> "RankModel":
        scaler = StandardScaler().fit(features)
        linear = LogisticRegression(C=RANK_C, max_iter=2000, random_state=0)
        linear.fit(scaler.transform(features), right.astype(int))
        return cls(
            mean=scaler.mean_,
            scale=scaler.scale_,
            weights=linear.coef_.ravel(),
            intercept=float(linear.intercept_[0]),
        )

    def with_pairs(self, pairs: PairModel) -> "RankModel":
        return replace(self, pairs=pairs)

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        if len(features) == 0:
            return np.zeros(0)
        return expit(((features - self.mean) / self.scale) @ self.weights + self.intercept)


@dataclass(frozen=True)
class Ranking:
    """The search's best FAQs for a text, and the ranking model's p for each."""

    candidates: Sequence[Match]
    p: np.ndarray

    def position(self, key: str) -> int | None:
        return next((i for i, m in enumerate(self.candidates) if m.faq_key == key), None)


def gate_view(ranking: Ranking | None, sent: str) -> tuple[float, ...]:
    """GATE_FEATURES for the FAQ about to be sent. Without a ranking, all zero; an FAQ not
    among the candidates has p 0."""
    if ranking is None or len(ranking.p) == 0:
        return (0.0,) * len(GATE_FEATURES)
    mine = ranking.position(sent)
    p_sent = float(ranking.p[mine]) if mine is not None else 0.0
    others = [float(p) for i, p in enumerate(ranking.p) if i != mine]
    p_other = max(others) if others else 0.0
    return (p_sent, p_other, float(p_sent >= p_other))
