"""The naive baseline the README compares against: plain TF-IDF, a 0.3 threshold, no guards."""

from collections.abc import Sequence

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import linear_kernel

from handoff.decision import Decision, Match
from knowledge.retrieval import FaqDoc

BASELINE_THRESHOLD = 0.3


class NaiveBaseline:
    def __init__(self, docs: Sequence[FaqDoc]) -> None:
        self.keys: list[str] = []
        rows: list[str] = []
        for doc in docs:
            for text in (doc.question, *doc.alternates):
                self.keys.append(doc.key)
                rows.append(text)
        self.answers = {d.key: d.answer for d in docs}
        self.vectorizer = TfidfVectorizer()
        self.matrix = self.vectorizer.fit_transform(rows)

    def decide(self, text: str) -> Decision:
        scores = linear_kernel(self.vectorizer.transform([text]), self.matrix)[0]
        best = int(scores.argmax()) if len(scores) else 0
        score = float(scores[best]) if len(scores) else 0.0
        key = self.keys[best] if self.keys else None
        if key is None or score < BASELINE_THRESHOLD:
            return Decision(
                action="handoff",
                triggers=("low_confidence",),
                priority="normal",
                faq_key=None,
                score=score,
                lead=False,
                reply="",
            )
        return Decision(
            action="answer",
            triggers=(),
            priority="normal",
            faq_key=key,
            score=score,
            lead=False,
            reply=self.answers[key],
            matches=(Match(key, score, ""),),
            answered_keys=(key,),
        )
