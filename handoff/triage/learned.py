"""Guard models learned from the labelled corpus: calibrated probabilities per trigger.

The rules (`guards.py`) are precise phrases; these models catch the phrasings no rule lists.
They are fitted from `data/corpus/train.jsonl` (never the test part) by `train_guards`, or on
first use, with fixed seeds: the same repository gives the same model, and nothing is fetched.
"""

import json
import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from handoff.triage.compiled import compile_calibrated

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
        self.compiled = {t: compile_calibrated(c) for t, c in classifiers.items()}

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
        """One text, on the hot path: the same numbers as `probabilities_many`."""
        features = self.features_one(text)
        return {
            t: float(self.compiled[t].probabilities(features)[0]) if t in self.compiled else 0.0
            for t in LEARNED_TRIGGERS
        }

    def features_one(self, text: str) -> sparse.csr_matrix:
        """`_features([text])` without scikit-learn's per-call overhead (~2 ms)."""
        cols: list[int] = []
        vals: list[float] = []
        offset = 0
        for vectorizer, analyzer in zip((self.word, self.char), self._analyzers(), strict=True):
            counts = Counter(analyzer(text))
            vocabulary, idf = vectorizer.vocabulary_, vectorizer.idf_
            start = len(vals)
            for feature, count in counts.items():
                col = vocabulary.get(feature)
                if col is not None:
                    cols.append(offset + col)
                    vals.append((1.0 + math.log(count)) * float(idf[col]))
            norm = math.sqrt(sum(v * v for v in vals[start:]))
            if norm > 0:
                vals[start:] = [v / norm for v in vals[start:]]
            offset += len(idf)
        return sparse.csr_matrix(
            (np.array(vals), (np.zeros(len(cols), dtype=int), np.array(cols, dtype=int))),
            shape=(1, offset),
        )

    def _analyzers(self) -> tuple[Callable[[str], list[str]], ...]:
        cached = self.__dict__.get("_analyzer_cache")
        if cached is None:
            cached = (self.word.build_analyzer(), self.char.build_analyzer())
            self.__dict__["_analyzer_cache"] = cached
        return cached

    def __getstate__(self) -> dict[str, object]:
        return {k: v for k, v in self.__dict__.items() if k != "_analyzer_cache"}

    def probabilities_many(self, texts: Sequence[str]) -> dict[str, np.ndarray]:
        features = self._features(texts)
        return {
            t: self.compiled[t].probabilities(features)
            if t in self.compiled
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
