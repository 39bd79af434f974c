"""Guard models learned from the labelled corpus: calibrated probabilities per trigger.

The rules (`guards.py`) are precise phrases; these models catch the phrasings no rule lists.
They are fitted from `data/corpus/train.jsonl` (never the test part) by `train_guards`, or on
first use, with fixed seeds: the same repository gives the same model, and nothing is fetched.
"""

import hashlib
import json
import logging
import pickle
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import sklearn
from scipy import sparse
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

logger = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[2]
TRAIN_PATH = REPO / "data" / "corpus" / "train.jsonl"
CACHE_DIR = REPO / "var" / "models"
LEARNED_TRIGGERS = ("medical", "emotional", "human_request", "consultation", "lead")
# The probability at which a learned guard fires, chosen by `train_guards` from out-of-fold
# predictions on the training part (the thresholds give each trigger's recall target while
# keeping routine questions answered). Stored with the model.
DEFAULT_THRESHOLDS = {t: 0.5 for t in LEARNED_TRIGGERS}


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
            labels = set(expect.get("triggers") or ())
            category = expect["category"]
            if category in LEARNED_TRIGGERS:
                labels.add(category)
            if expect.get("lead"):
                labels.add("lead")
            if expect.get("urgent"):
                labels.add("medical")
            examples.append(
                Example(line["text"], frozenset(labels & set(LEARNED_TRIGGERS)), category)
            )
    return examples


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
            classifiers[trigger] = _classifier().fit(features, y)
        return cls(word, char, classifiers, dict(thresholds or DEFAULT_THRESHOLDS))

    def _features(self, texts: Sequence[str]) -> sparse.csr_matrix:
        return sparse.hstack([self.word.transform(texts), self.char.transform(texts)]).tocsr()

    def probabilities(self, text: str) -> dict[str, float]:
        features = self._features([text])
        return {t: float(c.predict_proba(features)[0, 1]) for t, c in self.classifiers.items()}

    def probabilities_many(self, texts: Sequence[str]) -> dict[str, np.ndarray]:
        features = self._features(texts)
        return {t: c.predict_proba(features)[:, 1] for t, c in self.classifiers.items()}

    def fired(self, text: str) -> list[tuple[str, float]]:
        """The triggers whose probability clears their threshold, most likely first."""
        probs = self.probabilities(text)
        hits = [(t, p) for t, p in probs.items() if p >= self.thresholds[t]]
        return sorted(hits, key=lambda item: -item[1])


def training_fingerprint(path: Path = TRAIN_PATH) -> str:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    return f"{digest}-sklearn{sklearn.__version__}"


def cache_path(fingerprint: str) -> Path:
    return CACHE_DIR / f"guards-{fingerprint}.pickle"


def save(model: GuardModel, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(pickle.dumps(model))
    tmp.replace(path)


@lru_cache(maxsize=1)
def guard_model() -> GuardModel | None:
    """The product's model: from the cache the training command wrote, else fitted now."""
    if not TRAIN_PATH.is_file():
        logger.warning("no training corpus at %s; learned guards are off", TRAIN_PATH)
        return None
    fingerprint = training_fingerprint()
    path = cache_path(fingerprint)
    if path.is_file():
        try:
            # Our own file, written by `train_guards` or by this function from the repository.
            return pickle.loads(path.read_bytes())
        except Exception:
            logger.warning("unreadable guard model cache %s; refitting", path)
    from handoff.triage.learned_tuning import fit_with_tuned_thresholds

    model, _ = fit_with_tuned_thresholds(examples_from_jsonl(TRAIN_PATH))
    try:
        save(model, path)
    except OSError:
        logger.warning("could not cache the guard model at %s", path)
    return model


def texts_of(examples: Iterable[Example]) -> list[str]:
    return [e.text for e in examples]
