"""The learned guards and the answer-confidence gate: small synthetic data, no real corpus."""

import math
from collections import Counter
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest

from handoff.decision import TriageSettings, Turn
from handoff.triage import learned_store
from handoff.triage.confidence import FEATURE_NAMES, AnswerContext, answer_features
from handoff.triage.engine import PRODUCT, triage
from handoff.triage.learned import (
    HEADS,
    LEARNED_TRIGGERS,
    URGENT,
    Example,
    GuardModel,
    _char_wb_columns,
    example,
)
from handoff.triage.learned_store import LearnedModels, learned_models
from handoff.triage.learned_training import FixedGuards, TrainingResult, clinic_out_of_fold
from handoff.triage.learned_tuning import (
    RuleOutcome,
    bagged_answer_threshold,
    choose_answer_threshold,
    choose_guard_threshold,
    choose_urgent_threshold,
    fold_ids,
    out_of_fold,
)
from knowledge.normalize import analyze
from knowledge.retrieval import KbIndex

MEDICAL = [
    "my lip is swollen and hot after filler",
    "is it normal that my forehead hurts after botox",
    "i got a rash where the laser was",
    "my cheek is bruised since the injection",
    "the area feels numb two days later",
    "i have bumps after microneedling is that ok",
    "my eye looks droopy since my botox",
    "it still stings after the peel",
]
ROUTINE = [
    "how much is botox",
    "where do i park",
    "what are your hours on saturday",
    "do you take care credit",
    "can i book a hydrafacial thursday",
    "how long does filler last usually",
    "whats the price of a chemical peel",
    "do you sell gift cards",
]


def synthetic_examples() -> list[Example]:
    medical = [Example(t, frozenset({"medical"}), "medical") for t in MEDICAL]
    routine = [Example(t, frozenset(), "routine") for t in ROUTINE]
    return medical + routine


class StubAnswers:
    """An answer model that doubts everything."""

    threshold = 0.5

    def p_right(self, features: np.ndarray) -> float:
        assert features.shape == (len(FEATURE_NAMES),)
        return 0.1


def quiet(**probs: float) -> FixedGuards:
    values = {t: 0.0 for t in LEARNED_TRIGGERS} | probs
    return FixedGuards(values, {t: 0.5 for t in LEARNED_TRIGGERS})


def decide(index: KbIndex, text: str, learned: LearnedModels | None) -> object:
    return triage(
        text=text,
        index=index,
        settings=TriageSettings(),
        at=datetime(2026, 11, 24, 20, 0),
        learned=learned,
    )


def test_guard_model_fits_deterministically() -> None:
    first = GuardModel.fit(synthetic_examples()).probabilities("my lip hurts after filler")
    second = GuardModel.fit(synthetic_examples()).probabilities("my lip hurts after filler")
    assert first == second
    assert (
        first["medical"]
        > GuardModel.fit(synthetic_examples()).probabilities("where do i park")["medical"]
    )


def test_out_of_fold_probabilities_come_from_models_that_did_not_see_the_text() -> None:
    examples = synthetic_examples() * 2
    folds = fold_ids([e.category for e in examples])
    assert sorted(set(folds.tolist())) == [0, 1, 2, 3, 4]
    probs = out_of_fold(examples, folds)
    assert set(probs) == {*LEARNED_TRIGGERS, URGENT}
    assert all(len(p) == len(examples) for p in probs.values())
    assert np.all((probs["medical"] >= 0) & (probs["medical"] <= 1))


def _outcome(category: str, *, answered: bool, right: bool) -> RuleOutcome:
    labels = frozenset({"medical"}) if category == "medical" else frozenset()
    return RuleOutcome(
        example=Example("x", labels, category),
        answered_right=answered and right,
        answered=answered,
        triggers=frozenset() if answered else frozenset({"low_confidence"}),
        acceptable=frozenset({"medical"}) if category == "medical" else frozenset(),
        lead_expected=False,
    )


def test_guard_threshold_is_the_lowest_within_the_budget_of_lost_answers() -> None:
    # Two medical texts the rules answered (p 0.8, 0.6) and 200 right routine answers the
    # model doubts at 0.7, 0.4 and 0.35: the budget (1%) allows two lost answers.
    outcomes = [_outcome("medical", answered=True, right=False)] * 2 + [
        _outcome("routine", answered=True, right=True)
    ] * 200
    probs = np.array([0.8, 0.6, 0.7, 0.4, 0.35] + [0.05] * 197)
    tuning = choose_guard_threshold("medical", probs, outcomes)
    assert tuning.threshold == 0.36
    assert (tuning.caught, tuning.lost) == (2, 2)


def test_answer_threshold_is_the_lowest_bar_at_one_percent_wrong() -> None:
    p_right = np.linspace(1.0, 0.0, 300)
    right = np.ones(300, dtype=bool)
    right[[5, 150, 200, 250]] = False  # out-of-fold mistakes at high and low confidence
    tuning = choose_answer_threshold(
        p_right, right, right.copy(), fixed_wrong=0, fixed_answered=0, max_wrong_rate=0.01
    )
    # 200 answers with 2 wrong is 1%; any more answers bring a third mistake too soon.
    assert (tuning.answered, tuning.wrong, tuning.right_routine) == (200, 2, 198)
    assert p_right[200] < tuning.threshold < p_right[199]


def test_a_learned_hit_hands_off_with_its_trigger(demo_index: KbIndex) -> None:
    decision = decide(demo_index, "how much is botox?", LearnedModels(guards=quiet(medical=0.83)))
    assert decision.action == "handoff"
    assert decision.triggers == ("medical",)
    assert [h.rule for h in decision.hits] == ["learned:medical p=0.83"]


def test_a_learned_model_never_removes_urgent(demo_index: KbIndex) -> None:
    text = "my lip filler area turned white and hurts really bad"
    decision = decide(demo_index, text, LearnedModels(guards=quiet()))
    assert decision.priority == "urgent"
    assert decision.triggers[:2] == ("urgent", "medical")


def urgent_head(**probs: float) -> FixedGuards:
    values = {t: 0.0 for t in LEARNED_TRIGGERS} | {URGENT: 0.0} | probs
    return FixedGuards(values, {t: 0.5 for t in LEARNED_TRIGGERS} | {URGENT: 0.6})


def test_the_urgent_head_raises_a_handoff_to_urgent(demo_index: KbIndex) -> None:
    text = "my lip feels strange and kind of numb since the filler"
    calm = decide(demo_index, text, LearnedModels(guards=urgent_head(medical=0.9, urgent=0.55)))
    assert calm.action == "handoff" and calm.priority == "high"
    raised = decide(demo_index, text, LearnedModels(guards=urgent_head(medical=0.9, urgent=0.7)))
    assert raised.priority == "urgent"
    assert raised.triggers[:2] == ("urgent", "medical")
    assert "learned:urgent p=0.70" in [h.rule for h in raised.hits]
    assert "911" in raised.reply


def test_the_urgent_head_never_hands_off_an_answer_by_itself(demo_index: KbIndex) -> None:
    decision = decide(
        demo_index, "how much is botox?", LearnedModels(guards=urgent_head(urgent=0.99))
    )
    assert decision.action == "answer"


def test_the_urgent_head_adds_nothing_to_an_urgent_rule(demo_index: KbIndex) -> None:
    text = "my lip filler area turned white and hurts really bad"
    decision = decide(demo_index, text, LearnedModels(guards=urgent_head(urgent=0.99)))
    assert decision.priority == "urgent"
    assert not any(h.rule.startswith("learned:urgent") for h in decision.hits)


def test_an_urgent_example_teaches_the_urgent_head_and_the_medical_one() -> None:
    line = example(
        "she can't breathe since the drip", category="medical", triggers=(), lead=False, urgent=True
    )
    assert line.urgent and line.labels == {"medical"}
    emergencies = [
        Example(t, frozenset({"medical"}), "medical", urgent=True)
        for t in [
            "my lip turned white and hurts so bad after filler",
            "i cant breathe and my throat is closing after the drip",
            "my vision went blurry right after the filler",
            "chest pain and i fainted after my iv",
            "her skin is grey and blotchy where the filler went",
            "throat swelling and hives all over after the shot",
        ]
    ]
    model = GuardModel.fit(emergencies + synthetic_examples())
    assert URGENT in model.classifiers
    emergency = model.probabilities("my throat is closing and my lip turned white")[URGENT]
    assert emergency > 2 * model.probabilities("where do i park")[URGENT]
    assert model.fired("my lip is swollen and hot after filler")[0][0] == "medical"
    assert all(t != URGENT for t, _ in model.fired("my lip is swollen and hot after filler"))


def _medical_outcome(*, urgent: bool, rules_urgent: bool) -> RuleOutcome:
    return RuleOutcome(
        example=Example("x", frozenset({"medical"}), "medical", urgent=urgent),
        answered_right=False,
        answered=False,
        triggers=frozenset({"urgent", "medical"} if rules_urgent else {"medical"}),
        acceptable=frozenset({"medical", "urgent"}),
        lead_expected=False,
    )


def test_the_urgent_threshold_raises_at_most_two_percent_of_calm_medical_lines() -> None:
    # 100 calm medical lines, four of them worded like emergencies (p 0.9, 0.8, 0.7, 0.45);
    # three emergencies the rules handed off as medical only (p 0.95, 0.6, 0.3) and one the
    # rules marked urgent already.
    outcomes = (
        [_medical_outcome(urgent=False, rules_urgent=False)] * 100
        + [_medical_outcome(urgent=True, rules_urgent=False)] * 3
        + [_medical_outcome(urgent=True, rules_urgent=True)]
    )
    probs = np.array([0.9, 0.8, 0.7, 0.45] + [0.1] * 96 + [0.95, 0.6, 0.3, 0.99])
    tuning = choose_urgent_threshold(probs, outcomes)
    assert tuning.threshold == 0.71  # two calm lines raised, the third (0.7) stays calm
    assert (tuning.caught, tuning.lost, tuning.positives) == (1, 2, 4)


def test_the_answer_gate_refuses_a_doubtful_answer(demo_index: KbIndex) -> None:
    sent = decide(demo_index, "how much is botox?", LearnedModels(guards=quiet()))
    assert sent.action == "answer"
    refused = decide(
        demo_index,
        "how much is botox?",
        LearnedModels(guards=quiet(), answers=StubAnswers()),  # type: ignore[arg-type]
    )
    assert refused.action == "handoff"
    assert refused.triggers == ("low_confidence",)
    assert refused.hits[0].rule == "answer_confidence p=0.10"


class RecordingAnswers:
    """An answer model that sends everything and keeps the thread columns it was shown."""

    threshold = 0.5

    def __init__(self) -> None:
        self.seen: list[dict[str, float]] = []

    def p_right(self, features: np.ndarray) -> float:
        names = ("after_reply", "repeats_previous", "assistant_turns")
        self.seen.append({n: float(features[FEATURE_NAMES.index(n)]) for n in names})
        return 0.9


def test_the_gate_is_told_the_text_follows_our_reply(demo_index: KbIndex) -> None:
    answers = RecordingAnswers()
    history = [
        Turn("patient", "how much is botox"),
        Turn("assistant", demo_index.answer("botox_price")),
    ]
    decided = triage(
        text="and how long does it last?",
        history=history,
        index=demo_index,
        settings=TriageSettings(),
        at=datetime(2026, 11, 24, 20, 0),
        learned=LearnedModels(guards=quiet(), answers=answers),  # type: ignore[arg-type]
    )
    assert decided.faq_key == "botox_duration"
    assert answers.seen == [
        {"after_reply": 1.0, "repeats_previous": 0.0, "assistant_turns": math.log1p(1)}
    ]


def test_answer_features_follow_the_names() -> None:
    context = AnswerContext(
        text="how much is botox?",
        matches=(),
        keys=("botox_price",),
        reason="best match",
        known_share=1.0,
        guard_probabilities={},
    )
    assert answer_features(context, TriageSettings()).shape == (len(FEATURE_NAMES),)


def test_a_day_the_answer_never_mentions_and_a_follow_ups_missing_subject() -> None:
    def features(text: str, reason: str) -> dict[str, float]:
        context = AnswerContext(
            text=text,
            matches=(),
            keys=("iv_visit",),
            reason=reason,
            known_share=1.0,
            guard_probabilities={},
            text_stems=frozenset(analyze(text).stems),
            row_stems=(frozenset(analyze("how long does a botox iv drip take").stems),),
            answer_stems=frozenset(analyze("A drip takes 45 minutes.").stems),
        )
        return dict(zip(FEATURE_NAMES, answer_features(context, TriageSettings()), strict=True))

    asked = features("can i get an iv on saturday morning?", "best match")
    assert asked["time_asked"] == 1.0 and asked["time_missed"] == 1.0
    assert asked["treatments_unasked"] >= 1.0  # botox is in the FAQ, not in the text
    assert features("and how long does it take?", "follow-up")["treatments_unasked"] == 0.0


def test_the_gate_reads_whether_the_text_answers_our_last_reply() -> None:
    def features(text: str, **thread: object) -> dict[str, float]:
        context = AnswerContext(
            text=text,
            matches=(),
            keys=("payment_methods",),
            reason="best match",
            known_share=1.0,
            guard_probabilities={},
            **thread,  # type: ignore[arg-type]
        )
        return dict(zip(FEATURE_NAMES, answer_features(context, TriageSettings()), strict=True))

    fresh = features("what cards do you take")
    assert fresh["after_reply"] == fresh["after_reply_words"] == fresh["repeats_previous"] == 0.0
    reply = features(
        "what about amex", after_reply=True, previous_key="financing", assistant_turns=1
    )
    assert reply["after_reply"] == 1.0 and reply["repeats_previous"] == 0.0
    assert reply["after_reply_words"] == pytest.approx(math.log1p(3))
    again = features("and amex?", after_reply=True, previous_key="payment_methods")
    assert again["repeats_previous"] == 1.0


@pytest.fixture
def empty_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(learned_store, "CACHE_DIR", tmp_path / "models")
    learned_models.cache_clear()
    yield tmp_path / "models"
    learned_models.cache_clear()


def test_a_missing_cache_is_fitted_and_written(
    empty_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fitted = LearnedModels(guards=None, report={"fitted": True})
    calls = []

    def fake_fit() -> TrainingResult:
        calls.append(1)
        return TrainingResult(models=fitted, guards=[], answers=None, figures=None)  # type: ignore[arg-type]

    monkeypatch.setattr("handoff.triage.learned_training.fit_learned", fake_fit)
    assert learned_models().report == {"fitted": True}
    assert calls == [1]
    assert len(list(empty_cache.glob("learned-*.pickle"))) == 1
    learned_models.cache_clear()
    assert learned_models().report == {"fitted": True}
    assert calls == [1]  # the second process loads the cache


def test_a_fit_is_cached_under_the_corpus_it_read(
    empty_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The corpus changes while fitting: the model belongs to what was read, not to the new files.
    corpus = {"print": "before"}
    monkeypatch.setattr(learned_store, "fingerprint", lambda: corpus["print"])
    fitted = LearnedModels(guards=None, report={"fitted": True})

    def fit_while_the_corpus_changes() -> TrainingResult:
        corpus["print"] = "after"
        return TrainingResult(models=fitted, guards=[], answers=None, figures=None)  # type: ignore[arg-type]

    monkeypatch.setattr("handoff.triage.learned_training.fit_learned", fit_while_the_corpus_changes)
    assert learned_models().report == {"fitted": True}
    assert [p.name for p in empty_cache.glob("learned-*.pickle")] == ["learned-before.pickle"]


def test_a_missing_corpus_turns_the_learned_parts_off(
    empty_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, demo_index: KbIndex
) -> None:
    monkeypatch.setattr(learned_store, "TRAIN_PATH", tmp_path / "missing.jsonl")
    assert learned_models() is None
    decision = decide(demo_index, "how much is botox?", PRODUCT)  # type: ignore[arg-type]
    assert decision.action == "answer"


def test_the_hot_path_gives_scikit_learns_probabilities() -> None:
    model = GuardModel.fit(synthetic_examples())
    for text in ["my lip hurts after filler", "wheres parking?", ""]:
        assert np.allclose(
            model.features_one(text).toarray(), model.features_many([text]).toarray()
        )
        fast = model.probabilities(text)["medical"]
        slow = model.classifiers["medical"].predict_proba(model.features_many([text]))[0, 1]
        assert fast == pytest.approx(slow, abs=1e-12)


def test_the_hot_path_reads_sklearns_features_and_sums_them_in_the_same_order() -> None:
    """Per-word character columns and the stacked guard product change the speed only: the same
    features in the same order, and the same probabilities as each ensemble alone."""
    model = GuardModel.fit(synthetic_examples())
    analyzer, vocabulary = model.char.build_analyzer(), model.char.vocabulary_
    columns = _char_wb_columns(model.char)
    assert columns is not None
    texts = ["my lip hurts after filler", "My  LIP\thurts!! 😀 Après", "a", "", "lip lip lip"]
    for text in texts:
        expected = [
            (vocabulary[f], n) for f, n in Counter(analyzer(text)).items() if f in vocabulary
        ]
        assert list(columns(text).items()) == expected
        features = model.features_one(text)
        alone = {t: float(c.probabilities(features)[0]) for t, c in model.compiled.items()}
        assert model.probabilities(text) == {t: alone.get(t, 0.0) for t in HEADS}


def test_bagged_answer_threshold_reports_the_counts_of_its_own_bar() -> None:
    p_right = np.linspace(1.0, 0.0, 300)
    right = np.ones(300, dtype=bool)
    right[[5, 150, 200, 250]] = False
    tuning = bagged_answer_threshold(
        p_right, right, right.copy(), fixed_wrong=0, fixed_answered=0, max_wrong_rate=0.01
    )
    sent = p_right >= tuning.threshold
    assert tuning.answered == sent.sum() and tuning.wrong == (sent & ~right).sum()
    assert tuning.right_routine == (sent & right).sum()
    # The bar sits between the first wrong answer and the run where mistakes crowd in.
    assert p_right[6] > tuning.threshold > p_right[250]


def test_each_clinics_answers_are_judged_by_a_gate_fitted_on_the_others() -> None:
    rng = np.random.default_rng(0)
    features = rng.normal(size=(400, 3))
    clinics = np.array(["a", "b", "c", "d"] * 100)
    # In clinic "d" the signal is reversed: a gate that had seen "d" would half learn it.
    signal = np.where(clinics == "d", -features[:, 0], features[:, 0])
    right = signal > 0
    p = clinic_out_of_fold(features, right, clinics)
    held = clinics == "d"
    # Judged by the other clinics, "d"'s right answers look wrong and its wrong ones right.
    assert p[held & right].mean() < 0.5 < p[held & ~right].mean()
    assert p[~held & right].mean() > 0.5 > p[~held & ~right].mean()
