"""How the engine uses the learned FAQ ranking (`rerank`): p for each of the search's best
FAQs, once per text, and the ranking's first choice in place of the search's answer or refusal,
for the answer gate to judge."""

import numpy as np

from handoff.decision import Match
from handoff.triage.matching import Retrieval
from handoff.triage.pairs import PairModel
from handoff.triage.rerank import (
    CANDIDATES,
    Ranking,
    RankModel,
    candidate_features,
    pair_rows,
)
from knowledge.retrieval import KbIndex

# The searches whose single answer (or refusal) the ranking model may overrule.
RANKABLE = frozenset(
    {
        "best match",
        "best match below threshold",
        "two FAQs match almost equally",
        "follow-up of the previous question",
    }
)
RANKED = "ranked first"
# The ranking's first choice replaces the search's answer when it is likelier at all, and puts
# a refused match to the gate from this p on (out of fold on the training files, both chosen
# for the most routine answers at the gate's wrong-answer target: 0.0-0.2 and 0.2-0.6 tried).
SWITCH_MARGIN = 0.0
RESCUE_P = 0.4


def rank(
    text: str,
    retrieval: Retrieval,
    ranker: RankModel | None,
    index: KbIndex,
    previous: str | None = None,
) -> Ranking | None:
    """The ranking model's p for each of the search's best FAQs, once per text; `previous`, the
    FAQ our last reply quoted, says which FAQ a follow-up may be about."""
    if ranker is None:
        return None
    if not retrieval.keys and retrieval.reason not in RANKABLE:
        return None
    candidates, features = candidates_of(text, retrieval, index, previous, ranker.pairs)
    return Ranking(candidates, ranker.probabilities(features))


def candidates_of(
    text: str,
    retrieval: Retrieval,
    index: KbIndex,
    previous: str | None = None,
    pairs: PairModel | None = None,
) -> tuple[list[Match], np.ndarray]:
    """The search's best FAQs for what the text was taken to ask, and their ranking features
    (the same for the product and for fitting the ranking); `previous` is the FAQ our last
    reply quoted; with `pairs`, the pair model's score ends each row."""
    query = retrieval.query or text
    candidates = index.search(query, k=CANDIDATES)
    features = candidate_features(
        index,
        query,
        candidates,
        followup=retrieval.reason.startswith("follow-up"),
        previous=previous,
    )
    if pairs is not None and len(features):
        features = np.column_stack([features, pairs.scores(pair_rows(index, query, candidates))])
    return candidates, features


def second_opinion(retrieval: Retrieval, ranking: Ranking | None) -> Retrieval:
    """The ranking model's first choice among the search's best, for the gate to judge: it
    replaces the search's answer when it is likelier, and puts a match the search found too
    weak or too close to call to the gate when it is likely right. Several questions, vague
    texts and treatments named alone keep the search's verdict."""
    if ranking is None or retrieval.reason not in RANKABLE or not ranking.candidates:
        return retrieval
    p = ranking.p
    first = int(np.argmax(p))
    chosen = ranking.candidates[first]
    if retrieval.problem is None:
        sent = ranking.position(retrieval.keys[0])
        if chosen.faq_key == retrieval.keys[0] or (
            sent is not None and p[first] < p[sent] + SWITCH_MARGIN
        ):
            return retrieval
    elif p[first] < RESCUE_P:
        return retrieval
    matches = (chosen, *(m for m in ranking.candidates if m is not chosen))[:3]
    return Retrieval(matches=matches, keys=(chosen.faq_key,), reason=RANKED, query=retrieval.query)
