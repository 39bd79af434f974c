"""The wording model: the answer gate's column read from the text's n-grams."""

from datetime import datetime

import numpy as np
import pytest

from handoff.decision import TriageSettings
from handoff.triage.confidence import FEATURE_NAMES
from handoff.triage.engine import triage
from handoff.triage.learned import LEARNED_TRIGGERS, Example, GuardModel
from handoff.triage.learned_store import LearnedModels
from handoff.triage.learned_training import FixedGuards, clinic_out_of_fold
from handoff.triage.wording import WordingModel, clinic_groups, wording_out_of_fold
from knowledge.retrieval import KbIndex

# Answers to these were right in training...
PLAIN = [
    "how much is botox",
    "where do i park",
    "what are your hours on saturday",
    "do you take care credit",
    "how much is a hydrafacial",
    "are you open sundays",
    "whats the address",
    "do you sell gift cards",
]
# ...and to these, leaning on something said before, often wrong.
LEANING = [
    "and how long does the first one take",
    "what about that one",
    "and the other thing",
    "can i do it tomorrow",
    "and for that one how long",
    "what about the first one",
    "and that other one",
    "is that one tomorrow",
]


def ngrams() -> GuardModel:
    texts = PLAIN + LEANING
    return GuardModel.fit([Example(t, frozenset(), "routine") for t in texts])


def test_the_hot_path_gives_the_same_p_as_the_batch() -> None:
    guards = ngrams()
    texts = PLAIN + LEANING
    right = np.array([True] * len(PLAIN) + [False] * len(LEANING))
    model = WordingModel.fit(guards.features_many(texts), right)
    for text in ["and how long does that one take", "how much is botox", "", "🙂"]:
        fast = model.p(guards.features_one(text))
        slow = model.p_many(guards.features_many([text]))[0]
        assert fast == pytest.approx(slow, abs=1e-12)
    leaning = model.p(guards.features_one("and what about that one"))
    plain = model.p(guards.features_one("how much is a lip flip"))
    assert leaning < 0.5 < plain


def test_one_class_only_gives_the_share_it_saw() -> None:
    guards = ngrams()
    model = WordingModel.fit(guards.features_many(PLAIN), np.ones(len(PLAIN), dtype=bool))
    assert model.p(guards.features_one("anything at all")) > 0.99


def test_clinics_are_dealt_round_the_groups_by_name() -> None:
    clinics = np.array(["b", "a", "c", "a", "f", "e", "d", "g"])
    assert clinic_groups(clinics, groups=3).tolist() == [1, 0, 2, 0, 2, 1, 0, 0]


def test_each_group_of_clinics_is_judged_by_a_model_that_never_read_it() -> None:
    guards = ngrams()
    # Five clinics, one per group; in clinic "e" the right and wrong wordings are swapped.
    texts, right, clinics = [], [], []
    for clinic in "abcde":
        swapped = clinic == "e"
        texts += PLAIN + LEANING
        right += [not swapped] * len(PLAIN) + [swapped] * len(LEANING)
        clinics += [clinic] * (len(PLAIN) + len(LEANING))
    labels, names = np.array(right), np.array(clinics)
    p = wording_out_of_fold(guards.features_many(texts), labels, names)
    held = names == "e"
    # Read by models fitted on the other clinics, "e"'s right answers look wrong.
    assert p[held & labels].mean() < 0.5 < p[held & ~labels].mean()
    assert p[~held & labels].mean() > 0.5 > p[~held & ~labels].mean()


def test_the_gate_reads_the_wording_column_where_it_was_fitted_with_one() -> None:
    guards = ngrams()
    texts = (PLAIN + LEANING) * 4
    right = np.array(([True] * len(PLAIN) + [False] * len(LEANING)) * 4)
    clinics = np.repeat(np.array(["a", "b", "c", "d"]), len(PLAIN) + len(LEANING))
    # The other columns say nothing: only the wording tells right from wrong.
    features = np.random.default_rng(0).normal(size=(len(texts), 3))
    plain = clinic_out_of_fold(features, right, clinics)
    worded = clinic_out_of_fold(features, right, clinics, guards.features_many(texts))
    assert worded[right].mean() - worded[~right].mean() > 0.3
    assert abs(plain[right].mean() - plain[~right].mean()) < 0.2


class SeeingAnswers:
    """Sends nothing and remembers the columns the gate was given."""

    threshold = 1.01

    def __init__(self) -> None:
        self.seen: list[np.ndarray] = []

    def p_right(self, features: np.ndarray) -> float:
        self.seen.append(features)
        return 0.2


def test_the_engine_hands_the_gate_the_wording_p_of_the_text(demo_index: KbIndex) -> None:
    guards = ngrams()
    texts = PLAIN + LEANING
    right = np.array([True] * len(PLAIN) + [False] * len(LEANING))
    wording = WordingModel.fit(guards.features_many(texts), right)
    answers = SeeingAnswers()
    models = LearnedModels(guards=guards, answers=answers, wording=wording)  # type: ignore[arg-type]
    decision = triage(
        text="how much is botox?",
        index=demo_index,
        settings=TriageSettings(),
        at=datetime(2026, 11, 24, 20, 0),
        learned=models,
    )
    assert decision.action == "handoff"
    (columns,) = answers.seen
    assert columns.shape == (len(FEATURE_NAMES) + 1,)
    assert columns[-1] == pytest.approx(wording.p(guards.features_one("how much is botox?")))


def test_a_wording_model_without_the_guards_n_grams_is_refused(demo_index: KbIndex) -> None:
    guards = ngrams()
    wording = WordingModel.fit(guards.features_many(PLAIN + LEANING), np.arange(16) < 8)
    fixed = FixedGuards({t: 0.0 for t in LEARNED_TRIGGERS}, {t: 0.5 for t in LEARNED_TRIGGERS})
    models = LearnedModels(guards=fixed, answers=SeeingAnswers(), wording=wording)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="n-grams"):
        triage(text="how much is botox?", index=demo_index, learned=models)
