"""Which words of a patient's text go with which words of the FAQ that answers it, learned
across clinics: "where do i leave my car" with "parking", "u take care credit" with "financing".

The search and the ranking read what the text and an FAQ share; a paraphrase that shares no
word with the FAQ ("is there somewhere to put my car" / "Where do I park?") scores low however
plain it is. The pair model reads every (text stem, FAQ stem) pair instead: a logistic
regression over those pairs (the FAQ's phrasings and, apart, its answer) plus the FAQ's own
stems, fitted on the training clinics' routine questions, one row per candidate FAQ, right or
wrong. Its score is one more column of the ranking. A row's features weigh 1/sqrt(count), so a
long FAQ does not win by having many words.
Pure: numpy in, numpy out.
"""

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression

# Chosen out of fold by groups of clinics (0.3 to 100 tried): from 0.3 up the ranking's first
# choice was right more often, up to 30; 100 was no better.
PAIR_C = 30.0
# FAQs whose stems' ids are remembered; past this the memory starts again (knowledge bases
# are rebuilt on every edit, and a worker serves many clinics).
IDS_CACHE_SIZE = 20_000


@dataclass(frozen=True)
class PairRow:
    """One (text, candidate FAQ): the stems of what the text asks, of the FAQ's phrasings and of
    its answer."""

    asked: frozenset[str]
    phrased: frozenset[str]
    answer: frozenset[str]


@dataclass
class PairModel:
    """Weights of (text stem, FAQ stem) pairs, as sparse text x FAQ-stem matrices."""

    text_stems: dict[str, int]
    faq_stems: dict[str, int]
    phrased: sp.csr_matrix  # text stem x FAQ stem, pairs with the phrasings
    answer: sp.csr_matrix  # the same, pairs with the answer
    prior: np.ndarray  # per FAQ stem in its phrasings
    intercept: float
    _ids: dict[frozenset[str], np.ndarray] = field(default_factory=dict, repr=False)

    @classmethod
    def fit(cls, rows: Sequence[PairRow], right: np.ndarray, c: float = PAIR_C) -> "PairModel":
        text_stems = _vocabulary(row.asked for row in rows)
        faq_stems = _vocabulary(s for row in rows for s in (row.phrased, row.answer))
        n_text, n_faq = len(text_stems), len(faq_stems)
        columns, values, lengths = [], [], []
        for row in rows:
            asked = np.array([text_stems[s] for s in row.asked], dtype=np.int64)
            phrased = np.array([faq_stems[s] for s in row.phrased], dtype=np.int64)
            answer = np.array([faq_stems[s] for s in row.answer], dtype=np.int64)
            cols = np.concatenate(
                [
                    (asked[:, None] * n_faq + phrased[None, :]).ravel(),
                    n_text * n_faq + (asked[:, None] * n_faq + answer[None, :]).ravel(),
                    2 * n_text * n_faq + phrased,
                ]
            )
            columns.append(cols)
            values.append(np.full(len(cols), 1.0 / math.sqrt(max(1, len(cols)))))
            lengths.append(len(cols))
        flat = np.concatenate(columns) if columns else np.zeros(0, dtype=np.int64)
        used, compact = np.unique(flat, return_inverse=True)
        design = sp.csr_matrix(
            (np.concatenate(values), compact, np.cumsum([0, *lengths])),
            shape=(len(rows), len(used)),
        )
        model = LogisticRegression(C=c, solver="liblinear", max_iter=3000, random_state=0)
        model.fit(design, right.astype(int))
        weights = model.coef_.ravel()
        space, within = np.divmod(used, n_text * n_faq)
        prior = np.zeros(n_faq)
        is_prior = space == 2
        prior[within[is_prior]] = weights[is_prior]
        return cls(
            text_stems=text_stems,
            faq_stems=faq_stems,
            phrased=_pair_matrix(within, weights, space == 0, n_text, n_faq),
            answer=_pair_matrix(within, weights, space == 1, n_text, n_faq),
            prior=prior,
            intercept=float(model.intercept_[0]),
        )

    def scores(self, rows: Sequence[PairRow]) -> np.ndarray:
        """The decision value of each (text, candidate FAQ)."""
        sums: dict[frozenset[str], tuple[np.ndarray, np.ndarray]] = {}
        out = np.empty(len(rows))
        for i, row in enumerate(rows):
            if row.asked not in sums:
                known = [self.text_stems[s] for s in row.asked if s in self.text_stems]
                ids = np.array(known, dtype=np.intp)
                sums[row.asked] = (_row_sums(self.phrased, ids), _row_sums(self.answer, ids))
            with_phrasings, with_answer = sums[row.asked]
            p, a = self._known(row.phrased), self._known(row.answer)
            total = with_phrasings[p].sum() + with_answer[a].sum() + self.prior[p].sum()
            count = len(row.asked) * (len(row.phrased) + len(row.answer)) + len(row.phrased)
            out[i] = total / math.sqrt(max(1, count)) + self.intercept
        return out

    def _known(self, stems: frozenset[str]) -> np.ndarray:
        """An FAQ's stems as ids (those seen in training), remembered per FAQ."""
        ids = self._ids.get(stems)
        if ids is None:
            ids = np.array([self.faq_stems[s] for s in stems if s in self.faq_stems], np.intp)
            if len(self._ids) >= IDS_CACHE_SIZE:
                self._ids.clear()
            self._ids[stems] = ids
        return ids


def _vocabulary(groups: Iterable[frozenset[str]]) -> dict[str, int]:
    return {s: i for i, s in enumerate(sorted({s for group in groups for s in group}))}


def _pair_matrix(
    within: np.ndarray, weights: np.ndarray, mine: np.ndarray, n_text: int, n_faq: int
) -> sp.csr_matrix:
    text, faq = np.divmod(within[mine], n_faq)
    return sp.csr_matrix((weights[mine], (text, faq)), shape=(n_text, n_faq))


def _row_sums(matrix: sp.csr_matrix, rows: np.ndarray) -> np.ndarray:
    """The sum of the given rows, dense: each FAQ stem's weight summed over the text's stems."""
    if len(rows) == 0:
        return np.zeros(matrix.shape[1])
    starts, ends = matrix.indptr[rows], matrix.indptr[rows + 1]
    lengths = ends - starts
    offsets = np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(lengths.sum())
    return np.bincount(matrix.indices[offsets], matrix.data[offsets], minlength=matrix.shape[1])
