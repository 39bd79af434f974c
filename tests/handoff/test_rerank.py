"""The FAQ ranking model: its features, its arithmetic, and how the engine uses its opinion."""

from datetime import datetime

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from handoff.decision import Decision, TriageSettings
from handoff.triage.engine import triage
from handoff.triage.learned import LEARNED_TRIGGERS
from handoff.triage.learned_store import LearnedModels
from handoff.triage.learned_training import FixedGuards
from handoff.triage.ranking import RESCUE_P
from handoff.triage.rerank import (
    CANDIDATES,
    FEATURE_NAMES,
    GATE_FEATURES,
    RELATIVE,
    Ranking,
    RankModel,
    candidate_features,
    gate_view,
)
from knowledge.retrieval import KbIndex

RANK = FEATURE_NAMES.index("rank")


class PrefersRank:
    """A ranking model that gives `p` to the candidate at search rank `rank`, 0.05 to others."""

    pairs = None

    def __init__(self, rank: int, p: float = 0.9) -> None:
        self.rank, self.p = rank, p

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        return np.where(features[:, RANK] == self.rank, self.p, 0.05)


def decide(index: KbIndex, text: str, ranker: object) -> Decision:
    quiet = FixedGuards({t: 0.0 for t in LEARNED_TRIGGERS}, {t: 0.5 for t in LEARNED_TRIGGERS})
    return triage(
        text=text,
        index=index,
        settings=TriageSettings(),
        at=datetime(2026, 11, 24, 20, 0),
        learned=LearnedModels(guards=quiet, ranker=ranker),  # type: ignore[arg-type]
    )


def test_one_feature_row_per_candidate_best_first(demo_index: KbIndex) -> None:
    matches = demo_index.search("how much is botox", k=CANDIDATES)
    features = candidate_features(demo_index, "how much is botox", matches)
    assert features.shape == (len(matches), len(FEATURE_NAMES))
    assert features[:, RANK].tolist() == list(range(len(matches)))
    column = dict(zip(FEATURE_NAMES, features[0], strict=True))
    assert column["score"] == matches[0].score and column["below_best"] == 0.0
    assert 0.0 < column["word_score"] <= 1.0 and column["cover_either"] == 1.0
    assert candidate_features(demo_index, "", []).shape == (0, len(FEATURE_NAMES))


def test_relative_columns_compare_each_candidate_with_the_best_other(
    demo_index: KbIndex,
) -> None:
    matches = demo_index.search("how much is botox", k=CANDIDATES)
    features = candidate_features(demo_index, "how much is botox", matches)
    for name in RELATIVE:
        own = features[:, FEATURE_NAMES.index(name)]
        relative = features[:, FEATURE_NAMES.index(f"{name}_over_others")]
        for i in range(len(own)):
            assert relative[i] == own[i] - np.delete(own, i).max()
    lone = candidate_features(demo_index, "how much is botox", matches[:1])
    assert lone[0, FEATURE_NAMES.index("word_score_over_others")] == 0.0


def test_the_compiled_model_computes_what_sklearn_computes() -> None:
    rng = np.random.default_rng(0)
    features = rng.normal(size=(300, len(FEATURE_NAMES)))
    right = features[:, 0] + 0.5 * features[:, 4] + rng.normal(scale=0.5, size=300) > 0
    model = RankModel.fit(features, right)
    reference = make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=2000))
    reference.fit(features, right.astype(int))
    expected = reference.predict_proba(features)[:, 1]
    assert np.allclose(model.probabilities(features), expected, atol=1e-9)


def test_the_gate_reads_the_sent_faq_against_the_others(demo_index: KbIndex) -> None:
    candidates = demo_index.search("how much is botox", k=2)
    ranking = Ranking(candidates, np.array([0.8, 0.3]))
    first, second = candidates[0].faq_key, candidates[1].faq_key
    assert gate_view(ranking, first) == (0.8, 0.3, 1.0)
    assert gate_view(ranking, second) == (0.3, 0.8, 0.0)
    assert gate_view(ranking, "not_a_candidate") == (0.0, 0.8, 0.0)
    assert gate_view(None, first) == (0.0,) * len(GATE_FEATURES)


def test_the_rankings_first_choice_replaces_the_searchs_answer(demo_index: KbIndex) -> None:
    text = "how much is botox?"
    second = demo_index.search(text)[1].faq_key
    assert decide(demo_index, text, PrefersRank(0)).faq_key == "botox_price"
    switched = decide(demo_index, text, PrefersRank(1))
    assert (switched.action, switched.faq_key) == ("answer", second)


def test_a_match_too_weak_for_the_search_is_answered_only_when_the_ranking_is_sure(
    demo_index: KbIndex,
) -> None:
    text = "anything for sun damage"
    assert decide(demo_index, text, None).action == "handoff"
    sure = decide(demo_index, text, PrefersRank(0, p=RESCUE_P + 0.1))
    assert (sure.action, sure.faq_key) == ("answer", "ipl_photofacial")
    assert decide(demo_index, text, PrefersRank(0, p=RESCUE_P - 0.1)).action == "handoff"


def test_vague_texts_and_several_questions_keep_the_searchs_verdict(demo_index: KbIndex) -> None:
    # "whats the deal with the glow thing" refers to something it does not name.
    vague = decide(demo_index, "whats the deal with the glow thing", PrefersRank(0, p=0.99))
    assert vague.action == "handoff" and vague.triggers == ("ambiguous",)
    both = decide(demo_index, "how much is botox? where do i park?", PrefersRank(1, p=0.99))
    assert set(both.answered_keys) == {"botox_price", "parking"}


def test_the_faq_our_last_reply_quoted_is_marked(demo_index: KbIndex) -> None:
    # "ok what about the lip flip?" after the age answer: the age FAQ is a policy the text
    # names no policy of, so the ranking may keep to it.
    matches = demo_index.search("is there an age requirement lip flip", k=CANDIDATES)
    keys = [m.faq_key for m in matches]
    assert {"age_requirement", "lip_flip"} <= set(keys)
    features = candidate_features(
        demo_index,
        "what about the lip flip",
        matches,
        followup=True,
        previous="age_requirement",
    )
    column = {name: features[:, FEATURE_NAMES.index(name)] for name in FEATURE_NAMES}
    marked = [keys[i] for i in np.flatnonzero(column["previous_answer"])]
    assert marked == ["age_requirement"]
    assert column["previous_answer_followup"].tolist() == column["previous_answer"].tolist()
    assert column["previous_policy"].tolist() == column["previous_answer"].tolist()
    # A text that asks its own policy (booking) is not taken to ask the earlier one's.
    booking = candidate_features(
        demo_index, "can I book the lip flip", matches, previous="age_requirement"
    )
    assert booking[:, FEATURE_NAMES.index("previous_answer")].any()
    assert not booking[:, FEATURE_NAMES.index("previous_policy")].any()
    unmarked = candidate_features(demo_index, "what about the lip flip", matches, followup=True)
    assert not unmarked[:, FEATURE_NAMES.index("previous_answer")].any()
