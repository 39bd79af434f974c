"""Guard models learned from the labelled corpus: calibrated probabilities per trigger.

The rules (`guards.py`) are precise phrases; these models catch the phrasings no rule lists.
They are fitted from `data/corpus/train.jsonl` (never the test part) by `train_guards`, or on
first use, with fixed seeds: the same repository gives the same model, and nothing is fetched.
"""

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

REPO = Path(__file__).resolve().parents[2]
TRAIN_PATH = REPO / "data" / "corpus" / "train.jsonl"
LEARNED_TRIGGERS = ("medical", "emotional", "human_request", "consultation", "lead")
# The probability at which a learned guard fires, chosen by `train_guards` from out-of-fold
# predictions on the training part (the thresholds give each trigger's recall target while
# keeping routine questions answered). Stored with the model.
DEFAULT_THRESHOLDS = {t: 0.5 for t in LEARNED_TRIGGERS}
# A trigger with fewer examples on either side than the calibration folds is not learned.
MIN_CLASS_SIZE = 5


@dataclass(frozen=True)
class Example:
    text: str
    labels: frozenset[str]
    category: str


def examples_from_jsonl(path: Path) -> list[Example]:
    examples = []
    with path.open(encoding="utf-8") as handle:
        for raw in handle:
            if not raw.strip():
                continue
            line = json.loads(raw)
            expect = line["expect"]
            if expect.get("borderline"):
                continue
            examples.append(
                example(
                    line["text"],
                    category=expect["category"],
                    triggers=expect.get("triggers") or (),
                    lead=bool(expect.get("lead")),
                    urgent=bool(expect.get("urgent")),
                )
            )
    return examples


def example(
    text: str, *, category: str, triggers: Iterable[str], lead: bool, urgent: bool
) -> Example:
    labels = set(triggers)
    if category in LEARNED_TRIGGERS:
        labels.add(category)
    if lead:
        labels.add("lead")
    if urgent:
        labels.add("medical")
    return Example(text, frozenset(labels & set(LEARNED_TRIGGERS)), category)


def _featurizers() -> tuple[TfidfVectorizer, TfidfVectorizer]:
    word = TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True, lowercase=True)
    char = TfidfVectorizer(
        analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True, lowercase=True
    )
    return word, char


def _classifier() -> CalibratedClassifierCV:
    base = LogisticRegression(C=4.0, class_weight="balanced", max_iter=2000, random_state=0)
    return CalibratedClassifierCV(base, method="sigmoid", cv=5)


class GuardModel:
    """Probabilities that a text calls for each learned trigger."""

    def __init__(
        self,
        word: TfidfVectorizer,
        char: TfidfVectorizer,
        classifiers: dict[str, CalibratedClassifierCV],
        thresholds: dict[str, float],
    ) -> None:
        self.word = word
        self.char = char
        self.classifiers = classifiers
        self.thresholds = thresholds

    @classmethod
    def fit(
        cls, examples: Sequence[Example], thresholds: dict[str, float] | None = None
    ) -> "GuardModel":
        word, char = _featurizers()
        texts = [e.text for e in examples]
        features = sparse.hstack([word.fit_transform(texts), char.fit_transform(texts)]).tocsr()
        classifiers = {}
        for trigger in LEARNED_TRIGGERS:
            y = np.array([trigger in e.labels for e in examples], dtype=int)
            if min(y.sum(), len(y) - y.sum()) >= MIN_CLASS_SIZE:
                classifiers[trigger] = _classifier().fit(features, y)
        return cls(word, char, classifiers, dict(thresholds or DEFAULT_THRESHOLDS))

    def _features(self, texts: Sequence[str]) -> sparse.csr_matrix:
        return sparse.hstack([self.word.transform(texts), self.char.transform(texts)]).tocsr()

    def probabilities(self, text: str) -> dict[str, float]:
        return {t: float(p[0]) for t, p in self.probabilities_many([text]).items()}

    def probabilities_many(self, texts: Sequence[str]) -> dict[str, np.ndarray]:
        features = self._features(texts)
        return {
            t: self.classifiers[t].predict_proba(features)[:, 1]
            if t in self.classifiers
            else np.zeros(len(texts))
            for t in LEARNED_TRIGGERS
        }

    def fired(self, text: str) -> list[tuple[str, float]]:
        """The triggers whose probability clears their threshold, most likely first."""
        probs = self.probabilities(text)
        hits = [(t, p) for t, p in probs.items() if p >= self.thresholds[t]]
        return sorted(hits, key=lambda item: -item[1])


def texts_of(examples: Iterable[Example]) -> list[str]:
    return [e.text for e in examples]
