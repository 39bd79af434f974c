"""Guard models learned from the labelled corpus: calibrated probabilities per trigger.

The rules (`guards.py`) are precise phrases; these models catch the phrasings no rule lists.
They are fitted from the training files (`data/corpus/train.jsonl` and `dev/*.jsonl`, never
the test part or the holdout) by `train_guards`, or on first use, with fixed seeds: the same repository gives the same model, and nothing is fetched.
"""

import itertools
import json
import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from handoff.triage.compiled import StackedEnsembles, compile_calibrated

REPO = Path(__file__).resolve().parents[2]
TRAIN_PATH = REPO / "data" / "corpus" / "train.jsonl"
LEARNED_TRIGGERS = ("medical", "emotional", "human_request", "consultation", "lead")
# Urgent is learned too, but only raises a handoff the other guards already make to urgent
# (the rules list emergencies; this head catches the phrasings they do not know yet).
URGENT = "urgent"
HEADS = (*LEARNED_TRIGGERS, URGENT)
# The probability at which a learned guard fires, chosen by `train_guards` from out-of-fold
# predictions on the training part (the thresholds give each trigger's recall target while
# keeping routine questions answered). Stored with the model.
DEFAULT_THRESHOLDS = {t: 0.5 for t in HEADS}
# A trigger with fewer examples on either side than the calibration folds is not learned.
MIN_CLASS_SIZE = 5
# Distinct words whose character n-gram columns the hot path remembers.
WORD_CACHE_SIZE = 16384
# The hot path remembers the last text's feature row (never changed once built): the guards
# and the answer gate read the same message, and no other message gains from it.
ROW_CACHE_SIZE = 1


@dataclass(frozen=True)
class Example:
    text: str
    labels: frozenset[str]
    category: str
    urgent: bool = False


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
    return Example(text, frozenset(labels & set(LEARNED_TRIGGERS)), category, urgent)


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
        for trigger in HEADS:
            y = np.array([_labelled(e, trigger) for e in examples], dtype=int)
            if min(y.sum(), len(y) - y.sum()) >= MIN_CLASS_SIZE:
                classifiers[trigger] = _classifier().fit(features, y)
        return cls(word, char, classifiers, dict(thresholds or DEFAULT_THRESHOLDS))

    def features_many(self, texts: Sequence[str]) -> sparse.csr_matrix:
        return sparse.hstack([self.word.transform(texts), self.char.transform(texts)]).tocsr()

    def probabilities(self, text: str) -> dict[str, float]:
        """One text, on the hot path: the same numbers as `probabilities_many`."""
        found = self._hot().guards.probabilities(self.features_one(text))
        return {t: float(found[t][0]) if t in found else 0.0 for t in HEADS}

    def features_one(self, text: str) -> sparse.csr_matrix:
        """`features_many([text])` without scikit-learn's per-call overhead (~2 ms). The guards
        and the answer gate's wording column read the same text: the row is built once."""
        return self._hot().rows(text)

    def _row(self, text: str) -> sparse.csr_matrix:
        cols: list[int] = []
        vals: list[float] = []
        offset = 0
        for space in self._hot().spaces:
            counts = space.columns(text)
            idf, tf = space.idf, _sublinear_tf(counts)
            start = len(vals)
            cols.extend([offset + col for col in counts])
            vals.extend([tf[count] * idf[col] for col, count in counts.items()])
            norm = math.sqrt(sum([v * v for v in vals[start:]]))
            if norm > 0:
                vals[start:] = [v / norm for v in vals[start:]]
            offset += space.size
        # The row scipy builds from (row, column) pairs, columns sorted, built directly (a
        # fraction of the cost): the products with it add in the same order, to the last bit.
        # int32 indices, scipy's own choice at this size, spare its check of their contents.
        columns = np.array(cols, dtype=np.int32)
        order = np.argsort(columns)
        indptr = np.array([0, len(cols)], dtype=np.int32)
        return sparse.csr_matrix(
            (np.array(vals, dtype=np.float64)[order], columns[order], indptr), shape=(1, offset)
        )

    def _hot(self) -> "_Hot":
        cached = self.__dict__.get("_hot_cache")
        if cached is None:
            spaces = (_HotSpace.of(self.word), _HotSpace.of(self.char))
            cached = _Hot(
                spaces=spaces,
                guards=StackedEnsembles.of(self.compiled),
                rows=lru_cache(maxsize=ROW_CACHE_SIZE)(self._row),
            )
            self.__dict__["_hot_cache"] = cached
        return cached

    def __getstate__(self) -> dict[str, object]:
        return {k: v for k, v in self.__dict__.items() if k != "_hot_cache"}

    def probabilities_many(self, texts: Sequence[str]) -> dict[str, np.ndarray]:
        features = self.features_many(texts)
        return {
            t: self.compiled[t].probabilities(features)
            if t in self.compiled
            else np.zeros(len(texts))
            for t in HEADS
        }

    def fired(self, text: str) -> list[tuple[str, float]]:
        """The triggers whose probability clears their threshold, most likely first."""
        probs = self.probabilities(text)
        hits = [(t, probs[t]) for t in LEARNED_TRIGGERS if probs[t] >= self.thresholds[t]]
        return sorted(hits, key=lambda item: -item[1])


def _labelled(example: Example, head: str) -> bool:
    return example.urgent if head == URGENT else head in example.labels


@dataclass(frozen=True)
class _Hot:
    """What `probabilities` reads on every message, derived from the model once per process."""

    spaces: tuple["_HotSpace", ...]
    guards: StackedEnsembles
    rows: Callable[[str], sparse.csr_matrix]  # features_one's rows, the last one remembered


@dataclass(frozen=True)
class _HotSpace:
    """A fitted vectorizer in the form one text at a time reads fastest."""

    # The columns of a text's known features and their counts, in order of first appearance
    # (the order the norm adds them in).
    columns: Callable[[str], Counter[int]]
    idf: list[float]  # Python floats: cheaper to read one at a time than numpy scalars
    size: int

    @classmethod
    def of(cls, vectorizer: TfidfVectorizer) -> "_HotSpace":
        idf = vectorizer.idf_.tolist()
        columns = _char_wb_columns(vectorizer) or _columns(vectorizer)
        return cls(columns=columns, idf=idf, size=len(idf))


def _sublinear_tf(counts: Counter[int]) -> Sequence[float]:
    """1 + ln(count), indexed by count, up to the largest of `counts`: a table look-up per
    feature instead of a call to math.log (the same floats, computed the same way)."""
    top = max(counts.values(), default=0)
    if top < len(_SUBLINEAR_TF):
        return _SUBLINEAR_TF
    return [0.0, *(1.0 + math.log(count) for count in range(1, top + 1))]


_SUBLINEAR_TF = [0.0, *(1.0 + math.log(count) for count in range(1, 256))]


def _columns(vectorizer: TfidfVectorizer) -> Callable[[str], Counter[int]]:
    analyzer, vocabulary = vectorizer.build_analyzer(), vectorizer.vocabulary_

    def columns(text: str) -> Counter[int]:
        counts = Counter(analyzer(text))
        return Counter({vocabulary[f]: n for f, n in counts.items() if f in vocabulary})

    return columns


def _char_wb_columns(vectorizer: TfidfVectorizer) -> Callable[[str], Counter[int]] | None:
    """For lower-cased char_wb n-grams: each word's known columns, cut and looked up once and
    remembered. scikit-learn cuts every word of every text again, and a long message has
    hundreds of such n-grams. None for any other analyzer."""
    plain = vectorizer.input == "content" and vectorizer.lowercase
    plain = plain and vectorizer.preprocessor is None and vectorizer.strip_accents is None
    if vectorizer.analyzer != "char_wb" or not plain:
        return None
    low, high = vectorizer.ngram_range
    vocabulary = vectorizer.vocabulary_

    @lru_cache(maxsize=WORD_CACHE_SIZE)
    def word_columns(word: str) -> tuple[int, ...]:
        grams = _char_wb_ngrams(word, low, high)
        return tuple(col for gram in grams if (col := vocabulary.get(gram)) is not None)

    def columns(text: str) -> Counter[int]:
        # scikit-learn's char_wb: the lower-cased text's whitespace-separated words.
        return Counter(itertools.chain.from_iterable(map(word_columns, text.lower().split())))

    return columns


def _char_wb_ngrams(word: str, low: int, high: int) -> list[str]:
    """scikit-learn's char_wb n-grams of one word, in its order: padded with a space each side,
    and a word shorter than n counted once."""
    padded = f" {word} "
    grams: list[str] = []
    for n in range(low, high + 1):
        grams.extend(padded[i : i + n] for i in range(max(1, len(padded) - n + 1)))
        if len(padded) <= n:
            break
    return grams


def texts_of(examples: Iterable[Example]) -> list[str]:
    return [e.text for e in examples]
