"""Find the FAQ a patient's text is asking, with a score that means the same across clinics.

Every FAQ question, each of its alternates and its key are separate rows; the answer's own
words count a little too. A text is compared with every row by TF-IDF cosine over canonical
words (1-2 grams) and over character n-grams (3-5, which forgive typos); an FAQ scores mostly
its best row, partly all its rows together.
Words a knowledge base has never seen still count in the text's length, so "how much is a
tummy tuck" does not score like "how much is botox" just because "tummy tuck" is unknown.
What a question asks (price, hours, booking) weighs more than filler words; asking to book or
cancel favours FAQs about that; a treatment the clinic never mentions lowers every score.
Scores stay in [0, 1]. Pure: no Django, no database.
"""

import itertools
import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import scipy.sparse as sp

from handoff.decision import Match
from knowledge.normalize import (
    ACTION_WORDS,
    INTENT_WORDS,
    SUBJECT_WORDS,
    TREATMENT_WORDS,
    Analyzed,
    analyze,
    is_neutral,
    stem,
)

WORD_WEIGHT = 0.65
CHAR_WEIGHT = 1.0 - WORD_WEIGHT
# An unknown word weighs a little less than the rarest known one (it is often just chatter);
# an unknown treatment weighs more (the clinic's FAQs never mention it), an unknown body area
# less (it is a detail of the question).
OOV_FACTOR = 0.8
OOV_SUBJECT_FACTOR = 1.5
OOV_AREA_FACTOR = 0.5
MIN_SPELL_LENGTH = 5
UNDERSTOOD_CACHE_SIZE = 4096
COSINE_CACHE_SIZE = 64
# An FAQ scores mostly its best phrasing, partly all its phrasings together.
ROW_WEIGHT = 0.8
INTENT_BOOST = 1.5
# A treatment says more about which FAQ is meant than a body area does.
TREATMENT_BOOST = 1.3
ACTION_BOOST = 2.0
# Asked to book, move or cancel: an FAQ none of whose phrasings is about that is a worse match.
ACTION_MISMATCH_FACTOR = 0.75
SUBJECT_DAMPING = 0.5
# A pair of words in order counts less than the words themselves: "botox price" and "price of
# botox" ask the same thing.
BIGRAM_WEIGHT = 0.6
# A treatment that no FAQ of the clinic mentions, not even in an answer: the clinic
# most likely does not offer it, whatever else in the text matches.
UNKNOWN_TREATMENT_FACTOR = 0.5
AGREEMENT_SIZE = 6
# The answer's own words count a little: "is it above the coffee shop?" is answered by an FAQ
# whose answer says "upstairs from Blue Fern Coffee", whatever its question says.
ANSWER_WEIGHT = 0.1
# The text names a treatment the clinic offers: an FAQ whose phrasings are all about other
# treatments ("downtime for CO2?" vs "Is there downtime with CoolSculpting?") is a worse match.
TREATMENT_MISMATCH_FACTOR = 0.7
_INTENT_STEMS = frozenset(stem(w) for w in INTENT_WORDS)
_ACTION_STEMS = frozenset(stem(w) for w in ACTION_WORDS)
_SUBJECT_STEMS = frozenset(stem(w) for w in SUBJECT_WORDS)
_TREATMENT_STEMS = frozenset(stem(w) for w in TREATMENT_WORDS)


@dataclass(frozen=True)
class FaqDoc:
    key: str
    question: str
    alternates: tuple[str, ...] = ()
    answer: str = ""

    def phrasings(self) -> list[str]:
        key_phrase = self.key.replace("_", " ").replace("-", " ")
        rows = [self.question, *self.alternates]
        if sum(part.isalpha() and len(part) > 2 for part in key_phrase.split()) >= 2:
            rows.append(key_phrase)
        return [r for r in rows if r.strip()]


@dataclass(frozen=True)
class Views:
    """`KbIndex.views`: per FAQ (in `keys` order), its score in each space taken apart."""

    positions: Mapping[str, int]  # each FAQ key's place in the arrays
    stems: frozenset[str]  # the text's
    words: np.ndarray
    chars: np.ndarray
    answers: np.ndarray

    def position(self, key: str) -> int:
        return self.positions[key]


@dataclass
class _Space:
    """One TF-IDF feature space (words or characters): every row, then every FAQ as a whole."""

    analyzer: Callable[[str], list[str]]
    vocabulary: dict[str, int]
    idf: np.ndarray  # idf times any boost of the feature
    matrix: sp.csc_matrix  # l2-normalised rows, then l2-normalised FAQ centroids
    max_idf: float
    oov_factor: Callable[[str], float]
    # Per query, the same numbers in the forms the hot path reads fastest: one dict look-up
    # per feature for its column and idf (a Python float, not a numpy scalar), and the row
    # numbers already in the integer type np.bincount takes (else it converts them each call).
    _known: dict[str, tuple[int, float]] = field(init=False, repr=False)
    _rows: np.ndarray = field(init=False, repr=False)

    def __post_init__(self) -> None:
        idf = self.idf.tolist()
        self._known = {feature: (col, idf[col]) for feature, col in self.vocabulary.items()}
        self._rows = self.matrix.indices.astype(np.intp)

    def cosine(self, text: str, damp: Callable[[str], float] | None = None) -> np.ndarray:
        counts = Counter(self.analyzer(text))
        cols: list[int] = []
        vals: list[float] = []
        oov = 0.0
        for feature, count in counts.items():
            weight = (1.0 + math.log(count)) * (damp(feature) if damp else 1.0)
            known = self._known.get(feature)
            if known is not None:
                cols.append(known[0])
                vals.append(weight * known[1])
            else:
                oov += (weight * self.max_idf * self.oov_factor(feature)) ** 2
        norm = math.sqrt(sum(v * v for v in vals) + oov)
        n = self.matrix.shape[0]
        if not cols or norm == 0.0:
            return np.zeros(n, dtype=np.float64)
        # The query's columns of the CSC matrix, gathered in one go: cheaper than slicing.
        col_index = np.asarray(cols)
        starts = self.matrix.indptr[col_index]
        lengths = self.matrix.indptr[col_index + 1] - starts
        offsets = np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(
            lengths.sum()
        )
        weights = self.matrix.data[offsets] * np.repeat(np.asarray(vals) / norm, lengths)
        return np.bincount(self._rows[offsets], weights=weights, minlength=n)


def _l2_rows(matrix: sp.spmatrix) -> sp.csr_matrix:
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0.0] = 1.0
    return sp.csr_matrix(sp.diags(1.0 / norms) @ matrix)


@dataclass(frozen=True)
class _Features:
    """How a feature space cuts a text: into units, each unit into its features.

    A text's features are its units' features one after the other, so a knowledge base's few
    thousand distinct units are cut once, not once per row they occur in.
    """

    units: Callable[[str], list[str]]
    of_unit: Callable[[str], Sequence[str]]
    analyzer: Callable[[str], list[str]]  # the same as cutting into units, then each unit


def _count(texts: list[str], features: _Features) -> tuple[sp.csr_matrix, dict[str, int]]:
    """Texts x features counts, laid out exactly as sklearn's CountVectorizer leaves them.

    Counted as (texts x units) @ (units x features): exact, as counts are small integers.
    The layout matters: a row's entries stay in the order the features first appeared in the
    texts, only renumbered in sorted order, so every later sum over a row adds in the same
    order as before and scores (and ties between rows) stay the same to the last bit.
    """
    units: dict[str, int] = {}
    unit_cols: list[int] = []
    lengths: list[int] = []
    # Flat lists only: a list per text, alive through the build, would be promoted by the
    # garbage collector and bring on a full collection of the worker's heap.
    for text in texts:
        text_units = features.units(text)
        lengths.append(len(text_units))
        unit_cols.extend([units.setdefault(u, len(units)) for u in text_units])
    of_unit = [features.of_unit(u) for u in units]
    # Units in order of first appearance, each unit's features in order: the features' order of
    # first appearance in the texts.
    seen: dict[str, int] = {}
    feature_cols = [seen.setdefault(f, len(seen)) for fs in of_unit for f in fs]
    text_units = sp.csr_matrix(
        (np.ones(len(unit_cols)), unit_cols, np.cumsum([0, *lengths])),
        shape=(len(texts), len(units)),
    )
    unit_features = sp.csr_matrix(
        (np.ones(len(feature_cols)), feature_cols, np.cumsum([0, *map(len, of_unit)])),
        shape=(len(units), len(seen)),
    )
    counts = sp.csr_matrix(text_units @ unit_features)
    counts.sort_indices()
    vocabulary = {f: i for i, f in enumerate(sorted(seen))}
    renumber = np.array([vocabulary[f] for f in seen], dtype=counts.indices.dtype)
    # A fresh matrix: renumbered, the entries of a row are no longer in column order.
    layout = (counts.data, renumber[counts.indices], counts.indptr)
    return sp.csr_matrix(layout, shape=counts.shape), vocabulary


def _tfidf(counts: sp.csr_matrix) -> tuple[sp.csr_matrix, np.ndarray]:
    """sklearn's TfidfVectorizer(sublinear_tf=True, norm=None) weights and idf, same arithmetic:
    tf 1 + ln(count), smoothed idf 1 + ln((n + 1) / (df + 1))."""
    n_texts = counts.shape[0]
    df = np.bincount(counts.indices, minlength=counts.shape[1]).astype(np.float64)
    idf = np.full_like(df, fill_value=n_texts + 1)
    idf /= df + 1.0
    np.log(idf, out=idf)
    idf += 1.0
    weighted = counts.copy()
    np.log(weighted.data, out=weighted.data)
    weighted.data += 1.0
    weighted.data *= idf[weighted.indices]
    return weighted, idf


def _fit_space(
    texts: list[str],
    groups: sp.csr_matrix,
    features: _Features,
    oov_factor: Callable[[str], float],
    boost: Callable[[str], float] | None = None,
) -> _Space:
    counts, vocabulary = _count(texts, features)
    weighted, raw_idf = _tfidf(counts)
    idf = raw_idf
    if boost is not None:
        factors = np.ones(len(idf))
        for feature, col in vocabulary.items():
            factors[col] = boost(feature)
        weighted = weighted @ sp.diags(factors)
        idf = idf * factors
    rows = _l2_rows(weighted)
    faqs = _l2_rows(groups @ rows)
    return _Space(
        analyzer=features.analyzer,
        vocabulary=vocabulary,
        idf=idf,
        matrix=sp.csc_matrix(sp.vstack([rows, faqs])),
        max_idf=float(raw_idf.max()) if raw_idf.size else 1.0,  # answers may all be empty
        oov_factor=oov_factor,
    )


def _word_oov_factor(feature: str) -> float:
    if " " in feature:
        return 0.0  # an unseen pair of known words says nothing about the topic
    if feature in _TREATMENT_STEMS:
        return OOV_SUBJECT_FACTOR
    return OOV_AREA_FACTOR if feature in _SUBJECT_STEMS else OOV_FACTOR


def _char_oov_factor(feature: str) -> float:
    return OOV_FACTOR


def _word_boost(feature: str) -> float:
    parts = feature.split()
    intent = 1.0
    if any(part in _ACTION_STEMS for part in parts):
        intent = ACTION_BOOST
    elif any(part in _INTENT_STEMS for part in parts):
        intent = INTENT_BOOST
    elif any(part in _TREATMENT_STEMS for part in parts):
        intent = TREATMENT_BOOST
    return intent * (BIGRAM_WEIGHT if " " in feature else 1.0)


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))} | {word}


@dataclass
class _Speller:
    """Fixes a misspelled word to a word of this knowledge base one edit away."""

    known: set[str]
    neighbours: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def build(cls, words: Iterable[str]) -> "_Speller":
        speller = cls(known=set(words))
        for word in speller.known:
            if len(word) >= MIN_SPELL_LENGTH and word.isalpha():
                for variant in _deletes(word):
                    speller.neighbours.setdefault(variant, set()).add(word)
        return speller

    def correct(self, word: str) -> str:
        if word in self.known or len(word) < MIN_SPELL_LENGTH or not word.isalpha():
            return word
        candidates: set[str] = set()
        for variant in _deletes(word):
            candidates |= self.neighbours.get(variant, set())
        candidates = {c for c in candidates if _one_edit(word, c)}
        return min(candidates) if len(candidates) == 1 else word


def _one_edit(a: str, b: str) -> bool:
    """One letter added, dropped, changed or two neighbours swapped. Sharing a one-letter
    deletion is not enough: "chance" and "cancel" share "cance" but are two edits apart."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diffs) <= 1:
            return True
        i, j = diffs[0], diffs[-1]
        return len(diffs) == 2 and j == i + 1 and a[i] == b[j] and a[j] == b[i]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
    return short[i:] == long[i + 1 :]


def _word_doc(analyzed: Analyzed) -> str:
    return " ".join(analyzed.stems)


@lru_cache(maxsize=65536)
def _word_char_ngrams(word: str) -> tuple[str, ...]:
    """A word's character 3- to 5-grams, padded with a space each side (sklearn's char_wb)."""
    padded = f" {word} "
    grams: list[str] = []
    for n in range(3, 6):
        grams.extend(padded[i : i + n] for i in range(max(1, len(padded) - n + 1)))
        if len(padded) <= n:
            break
    return tuple(grams)


def char_ngrams(text: str) -> list[str]:
    """char_wb (3, 5) n-grams of a text, each word's computed once and remembered."""
    return [gram for word in text.split() for gram in _word_char_ngrams(word)]


def word_ngrams(text: str) -> list[str]:
    """A text's words, then each pair of adjacent words (sklearn's word (1, 2) n-grams)."""
    words = text.split()
    return [*words, *(f"{a} {b}" for a, b in itertools.pairwise(words))]


def _itself(feature: str) -> tuple[str]:
    return (feature,)


# Words: a pair of words spans two, so each unit is already a feature. Characters: a word's
# n-grams do not depend on its neighbours.
_WORD_FEATURES = _Features(units=word_ngrams, of_unit=_itself, analyzer=word_ngrams)
_CHAR_FEATURES = _Features(units=str.split, of_unit=_word_char_ngrams, analyzer=char_ngrams)


def _char_doc(analyzed: Analyzed, *, drop_subjects: bool = False) -> str:
    words = analyzed.words
    if drop_subjects:
        words = tuple(w for w in words if stem(w) not in _SUBJECT_STEMS) or words
    return " ".join(words)


def _without_when(analyzed: Analyzed) -> Analyzed:
    kept = [
        (s, w) for s, w in zip(analyzed.stems, analyzed.words, strict=True) if not is_neutral(w)
    ]
    return Analyzed(stems=tuple(s for s, _ in kept), words=tuple(w for _, w in kept))


def _damp_subjects(feature: str) -> float:
    return SUBJECT_DAMPING if any(p in _SUBJECT_STEMS for p in feature.split()) else 1.0


class KbIndex:
    """A clinic's FAQs, ready to be searched. Build with `build_index`."""

    def __init__(self, docs: Sequence[FaqDoc]) -> None:
        self._docs = {d.key: d for d in docs}
        if len(self._docs) != len(docs):
            raise ValueError("FAQ keys must be unique")
        self._keys: list[str] = [d.key for d in docs]
        self._positions = {key: i for i, key in enumerate(self._keys)}
        self._row_texts: list[str] = []
        starts: list[int] = []
        for doc in docs:
            starts.append(len(self._row_texts))
            self._row_texts.extend(doc.phrasings() or [doc.key])
        self._starts = np.array(starts, dtype=np.int64)
        self._ends = np.array([*starts[1:], len(self._row_texts)][: len(starts)], dtype=np.int64)
        analyzed = [analyze(text) for text in self._row_texts]
        self._speller = _Speller.build(w for a in analyzed for w in a.words)
        # Treatments the clinic's FAQs mention anywhere, answers included.
        self._treatments = {
            stem(w)
            for text in [*self._row_texts, *(d.answer for d in docs)]
            for w in analyze(text).words
            if stem(w) in _TREATMENT_STEMS
        }
        # For each asking-to-do word (book, cancel, ...), the FAQs any of whose phrasings use it;
        # for each treatment, the FAQs whose phrasings name it.
        self._doing = self._faqs_using(analyzed, starts, _ACTION_STEMS)
        self._naming = self._faqs_using(analyzed, starts, _TREATMENT_STEMS)
        self._names_a_treatment = np.zeros(len(docs), dtype=bool)
        for faqs in self._naming.values():
            self._names_a_treatment |= faqs
        self._understood: dict[str, Analyzed] = {}
        self._faq_stems: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        self._cosine_cache: dict[tuple[str, ...], tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
        self._word: _Space | None = None
        self._char: _Space | None = None
        self._answers: _Space | None = None  # each FAQ's answer, one row each
        if any(a.words for a in analyzed):
            groups = self._groups()
            self._word = _fit_space(
                [_word_doc(a) for a in analyzed],
                groups,
                _WORD_FEATURES,
                oov_factor=_word_oov_factor,
                boost=_word_boost,
            )
            self._char = _fit_space(
                [_char_doc(a) for a in analyzed], groups, _CHAR_FEATURES, _char_oov_factor
            )
            self._answers = _fit_space(
                [_word_doc(analyze(d.answer)) for d in docs],
                sp.identity(len(docs), format="csr"),
                _WORD_FEATURES,
                oov_factor=_word_oov_factor,
                boost=_word_boost,
            )

    def _groups(self) -> sp.csr_matrix:
        """FAQs x rows, 1 where the row is one of the FAQ's phrasings."""
        faq_of_row = np.repeat(np.arange(len(self._keys)), self._ends - self._starts)
        n_rows = len(self._row_texts)
        return sp.csr_matrix(
            (np.ones(n_rows), (faq_of_row, np.arange(n_rows))), shape=(len(self._keys), n_rows)
        )

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, key: object) -> bool:
        return key in self._docs

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(self._keys)

    def answer(self, key: str) -> str:
        return self._docs[key].answer

    def question(self, key: str) -> str:
        return self._docs[key].question

    def answered_in(self, reply: str | None) -> str | None:
        """The FAQ whose answer a reply quotes (the last one quoted when it quotes several)."""
        if not reply:
            return None
        at, key = max(
            ((reply.rfind(d.answer), d.key) for d in self._docs.values() if d.answer.strip()),
            default=(-1, ""),
        )
        return key if at >= 0 else None

    def understand(self, text: str) -> Analyzed:
        """The text's content words, misspellings fixed against this knowledge base."""
        cached = self._understood.get(text)
        if cached is None:
            joined = self._join_compounds(analyze(text).words)
            corrected = (self._speller.correct(w) for w in joined)
            words = tuple(w for w in corrected if self.knows(w) or not is_neutral(w))
            cached = Analyzed(stems=tuple(stem(w) for w in words), words=words)
            if len(self._understood) >= UNDERSTOOD_CACHE_SIZE:
                self._understood.clear()
            self._understood[text] = cached
        return cached

    def _join_compounds(self, words: tuple[str, ...]) -> list[str]:
        """'skin pen' -> 'skinpen' when the knowledge base writes it as one word."""
        out: list[str] = []
        for word in words:
            if out and out[-1] + word in self._speller.known:
                out[-1] += word
            else:
                out.append(word)
        return out

    def knows(self, word: str) -> bool:
        return word in self._speller.known

    def agreement(self, text: str, key: str) -> tuple[float, ...]:
        """How FAQ `key` fares in the word space and in the character space taken apart: one
        that wins in both is a surer answer than one the two views disagree on. (Won in words,
        won in characters, lead over the next FAQ in each, score in each.)"""
        views = self.views(text)
        if views is None or key not in self:
            return (0.0,) * AGREEMENT_SIZE
        i = self._positions[key]
        values: list[float] = []
        for per_faq in (views.words, views.chars):
            others = np.delete(per_faq, i)
            best_other = float(others.max()) if len(others) else 0.0
            values.extend([float(per_faq[i] >= best_other), float(per_faq[i]) - best_other])
            values.append(float(per_faq[i]))
        return tuple(values)

    def views(self, text: str) -> "Views | None":
        """Each FAQ's score for `text` in the word space, the character space and its answer's
        words, taken apart (no boosts or penalties): what a learned ranking reads."""
        analyzed = self.understand(text)
        if self._word is None or self._char is None or self._answers is None:
            return None
        if not analyzed.words:
            return None
        n_rows = len(self._row_texts)
        words, chars, answers = self._cosines(analyzed)
        return Views(
            positions=self._positions,
            stems=frozenset(analyzed.stems),
            words=_per_faq(words, self._starts, n_rows),
            chars=_per_faq(chars, self._starts, n_rows),
            answers=answers[len(self._keys) :],
        )

    def _cosines(
        self, analyzed: Analyzed, *, asking: bool = False
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The text's cosine with every row and FAQ in the word and character spaces and with
        every answer; remembered, as one text is searched and viewed several times. `asking`:
        the text asks to do something, so its treatments are damped (words) or dropped
        (characters)."""
        key = ("\x00asking", *analyzed.words) if asking else analyzed.words  # no word has a NUL
        cached = self._cosine_cache.get(key)
        if cached is None:
            assert self._word is not None and self._char is not None and self._answers is not None
            doc = _word_doc(analyzed)
            cached = (
                self._word.cosine(doc, _damp_subjects) if asking else self._word.cosine(doc),
                self._char.cosine(_char_doc(analyzed, drop_subjects=asking)),
                self._answers.cosine(doc),
            )
            if len(self._cosine_cache) >= COSINE_CACHE_SIZE:
                self._cosine_cache.clear()
            self._cosine_cache[key] = cached
        return cached

    def faq_stems(self, key: str) -> tuple[frozenset[str], frozenset[str]]:
        """The stems of all of an FAQ's phrasings, and of its answer."""
        cached = self._faq_stems.get(key)
        if cached is None:
            i = self._positions[key]
            texts = self._row_texts[int(self._starts[i]) : int(self._ends[i])]
            phrased = frozenset(st for t in texts for st in self.understand(t).stems)
            cached = (phrased, frozenset(self.understand(self.answer(key)).stems))
            self._faq_stems[key] = cached
        return cached

    def search(self, text: str, k: int = 5) -> list[Match]:
        """The k best FAQs for a text, one Match per FAQ (its best row), best first."""
        if self._word is None or self._char is None or self._answers is None or k <= 0:
            return []
        analyzed = self.understand(text)
        if not analyzed.words:
            return []
        asked = {s for s in analyzed.stems if s in _ACTION_STEMS}
        if asked:
            # "book a lip flip next week, mornings are best": when is a detail of the booking.
            analyzed = _without_when(analyzed)
        if asked:
            # Asked to book or move: the treatment is a detail, what is asked decides.
            words, chars, answers = self._cosines(analyzed, asking=True)
        else:
            words, chars, answers = self._cosines(analyzed)
        combined = WORD_WEIGHT * words + CHAR_WEIGHT * chars
        n_rows = len(self._row_texts)
        rows, whole = combined[:n_rows], combined[n_rows:]
        per_faq = ROW_WEIGHT * np.maximum.reduceat(rows, self._starts) + (1 - ROW_WEIGHT) * whole
        said = answers[len(self._keys) :]
        per_faq = (1 - ANSWER_WEIGHT) * per_faq + ANSWER_WEIGHT * said
        if any(s in _TREATMENT_STEMS and s not in self._treatments for s in analyzed.stems):
            per_faq *= UNKNOWN_TREATMENT_FACTOR
        if asked:
            per_faq *= np.where(self._any_of(self._doing, asked), 1.0, ACTION_MISMATCH_FACTOR)
        named = {s for s in analyzed.stems if s in self._treatments}
        if named:
            # FAQs about other treatments only: "downtime for CO2?" is not the CoolSculpting one.
            elsewhere = self._names_a_treatment & ~self._any_of(self._naming, named)
            per_faq *= np.where(elsewhere, TREATMENT_MISMATCH_FACTOR, 1.0)
        k = min(k, len(per_faq))
        top = np.argpartition(-per_faq, k - 1)[:k]
        top = top[np.argsort(-per_faq[top], kind="stable")]
        # The few winners as Python numbers: numpy scalars cost more one at a time.
        starts, ends = self._starts[top].tolist(), self._ends[top].tolist()
        matches: list[Match] = []
        for i, score, start, end in zip(
            top.tolist(), per_faq[top].tolist(), starts, ends, strict=True
        ):
            best_row = start + int(np.argmax(rows[start:end]))
            clipped = min(1.0, max(0.0, score))
            matches.append(Match(self._keys[i], round(clipped, 6), self._row_texts[best_row]))
        return matches

    def _faqs_using(
        self, analyzed: list[Analyzed], starts: list[int], stems: frozenset[str]
    ) -> dict[str, np.ndarray]:
        """For each of `stems`, the FAQs any of whose phrasings use it."""
        using: dict[str, np.ndarray] = {}
        for i, (start, end) in enumerate(zip(starts, self._ends.tolist(), strict=True)):
            for st in {st for a in analyzed[start:end] for st in a.stems if st in stems}:
                using.setdefault(st, np.zeros(len(starts), dtype=bool))[i] = True
        return using

    def _any_of(self, using: dict[str, np.ndarray], stems: set[str]) -> np.ndarray:
        """The FAQs any of whose phrasings use one of `stems`."""
        found = np.zeros(len(self._keys), dtype=bool)
        for st in stems:
            if st in using:
                found |= using[st]
        return found


def _per_faq(scores: np.ndarray, starts: np.ndarray, n_rows: int) -> np.ndarray:
    rows, whole = scores[:n_rows], scores[n_rows:]
    return ROW_WEIGHT * np.maximum.reduceat(rows, starts) + (1 - ROW_WEIGHT) * whole


def build_index(docs: Iterable[FaqDoc]) -> KbIndex:
    return KbIndex(list(docs))
