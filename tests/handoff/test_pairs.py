"""The pair model: which words of a text go with which words of the FAQ that answers it."""

import math

import numpy as np
import pytest
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from handoff.decision import TriageSettings
from handoff.evaluation.labels import Expectation, LabelledMessage
from handoff.triage.learned_training import Corpus, rank_stage
from handoff.triage.matching import Retrieval
from handoff.triage.pairs import PairModel, PairRow
from handoff.triage.ranking import candidates_of
from handoff.triage.rerank import FEATURE_NAMES, pair_rows
from knowledge.retrieval import KbIndex

PARKING = (frozenset({"where", "park"}), frozenset({"lot", "free", "behind", "build"}))
HOURS = (frozenset({"hour", "open"}), frozenset({"monday", "friday", "9am", "6pm"}))
FINANCING = (frozenset({"financ", "payment", "plan"}), frozenset({"cherri", "month", "appli"}))
FAQS = {"parking": PARKING, "hours": HOURS, "financing": FINANCING}
# Patients' words for each FAQ, none of them the FAQ's own.
ASKED = {
    "parking": ["car leave", "car put", "spot car", "drive spot", "car garage", "leave truck"],
    "hours": ["late till", "close time", "till sunday", "when close", "late tonight", "early"],
    "financing": ["split pay", "care credit", "afford month", "pay over", "credit split", "klarna"],
}


def training_rows() -> tuple[list[PairRow], np.ndarray]:
    rows, right = [], []
    for answer, texts in ASKED.items():
        for text in texts:
            for key, (phrased, said) in FAQS.items():
                rows.append(PairRow(frozenset(text.split()), phrased, said))
                right.append(key == answer)
    return rows, np.array(right)


@pytest.fixture(scope="module")
def model() -> PairModel:
    rows, right = training_rows()
    return PairModel.fit(rows, right)


def scores_for(model: PairModel, text: str) -> dict[str, float]:
    asked = frozenset(text.split())
    rows = [PairRow(asked, phrased, said) for phrased, said in FAQS.values()]
    return dict(zip(FAQS, model.scores(rows).tolist(), strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("where can i leave the car", "parking"),
        ("how late", "hours"),
        ("can i split it", "financing"),
    ],
)
def test_words_the_faq_never_uses_point_to_it(model: PairModel, text: str, expected: str) -> None:
    scores = scores_for(model, text)
    assert max(scores, key=scores.__getitem__) == expected


def test_words_never_seen_leave_the_faqs_on_their_own_stems(model: PairModel) -> None:
    unseen = scores_for(model, "zzz qqq")
    for key, (phrased, said) in FAQS.items():
        prior = sum(model.prior[model.faq_stems[s]] for s in phrased)
        count = 2 * (len(phrased) + len(said)) + len(phrased)
        assert unseen[key] == pytest.approx(prior / math.sqrt(count) + model.intercept)


def test_the_score_is_the_regression_it_was_fitted_as(model: PairModel) -> None:
    """The sparse text x FAQ-stem matrices give the same decision value as the logistic
    regression over the named pairs."""
    rows, right = training_rows()
    named = []
    for row in rows:
        features = {f"p:{t}|{f}": 1.0 for t in row.asked for f in row.phrased}
        features |= {f"a:{t}|{f}": 1.0 for t in row.asked for f in row.answer}
        features |= {f"f:{f}": 1.0 for f in row.phrased}
        named.append({k: v / math.sqrt(len(features)) for k, v in features.items()})
    design = DictVectorizer(sparse=False).fit_transform(named)
    regression = LogisticRegression(C=30.0, solver="liblinear", max_iter=3000, random_state=0)
    regression.fit(design, right.astype(int))
    assert model.scores(rows) == pytest.approx(regression.decision_function(design), abs=1e-3)


def test_the_ranking_reads_the_pair_score_last(demo_index: KbIndex, model: PairModel) -> None:
    found = Retrieval(matches=(), keys=(), reason="best match below threshold", query=None)
    text = "where can i leave my car"
    plain_candidates, plain = candidates_of(text, found, demo_index)
    candidates, features = candidates_of(text, found, demo_index, pairs=model)
    assert [m.faq_key for m in candidates] == [m.faq_key for m in plain_candidates]
    assert plain.shape[1] == len(FEATURE_NAMES) and features.shape[1] == len(FEATURE_NAMES) + 1
    assert np.array_equal(features[:, :-1], plain)
    expected = model.scores(pair_rows(demo_index, text, candidates))
    assert features[:, -1].tolist() == expected.tolist()


def test_each_clinics_ranking_reads_a_pair_model_that_never_saw_it(demo_index: KbIndex) -> None:
    """The answer gate is fitted on rankings of clinics the pair model never read: a word only
    one clinic's patients use is unknown to that clinic's pair model, known to the final one."""
    texts = {
        "where do i park": "parking",
        "how much is botox": "botox_price",
        "what are your hours": "hours",
        "do you have payment plans": "financing",
    }
    clinics = ["alder", "birch", "cedar", "dogwood", "elm", "fir"]
    messages = [
        LabelledMessage(
            id=f"{clinic}-{i}",
            text=f"{text} {clinic}word",
            expect=Expectation(category="routine", action="answer", faq=(faq,)),
            clinic=clinic,
        )
        for clinic in clinics
        for i, (text, faq) in enumerate(texts.items())
    ]
    corpus = Corpus(messages=messages, indexes={clinic: demo_index for clinic in clinics})
    stage = rank_stage(corpus, TriageSettings())
    final = stage.model.pairs
    assert final is not None
    for clinic in clinics:
        own = stage.by_clinic[clinic].pairs
        assert own is not None and f"{clinic}word" in final.text_stems
        assert f"{clinic}word" not in own.text_stems
        assert any(f"{other}word" in own.text_stems for other in clinics if other != clinic)
