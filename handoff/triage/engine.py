"""The triage decision: answer from the FAQ, or hand the conversation to a person, and why.

Pure: text, history, a clinic's settings and its FAQ index in; a frozen Decision out.
Order of concerns: guards first (safety never depends on the knowledge base), then the
language, then social niceties, then the knowledge base.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from handoff.decision import (
    TRIGGERS,
    Decision,
    GuardHit,
    TriageSettings,
    Turn,
    highest_priority,
)
from handoff.triage.confidence import AnswerContext, known_share
from handoff.triage.context import (
    ThreadContext,
    has_subject,
    is_followup,
    read_history,
    repeated_failure,
)
from handoff.triage.guards import WEAK_LEAD, GuardContext, find_hits
from handoff.triage.hours import now
from handoff.triage.language import detect_language, language_name
from handoff.triage.learned_store import LearnedModels, learned_models
from handoff.triage.matching import Retrieval, retrieve
from handoff.triage.ranking import rank, second_opinion
from handoff.triage.replies import answer_reply, handoff_reply, social_reply
from handoff.triage.rerank import Ranking, gate_view
from handoff.triage.social import social_kind
from handoff.triage.summary import answer_summary, handoff_summary
from knowledge.retrieval import KbIndex

_PLANNING = re.compile(
    r"\b(?:plan\w*|prep\w*|get ready|look (?:my |our )?best|glow up|what (?:should|can|would|do) "
    r"(?:i|we|you)|recommend\w*|suggest\w*|package|bundle|treatment plan|timeline|start (?:now|"
    r"early)|series|several|few treatments|everything|the works|bride|bridal|bridesmaids?|"
    # "I have a christmas party that night" is somewhere to be, not a party to plan.
    r"(?<!christmas )(?<!xmas )(?<!holiday )(?<!office )(?<!work )party|group|we want|we'?d like|"
    r"us)\b",
    re.IGNORECASE,
)
_QUESTION = re.compile(
    r"\?|^\W*(?:how|what|whats|when|where|which|do|does|can|could|is|are|will)\b", re.IGNORECASE
)
# A short follow-up to a text that needed a person needs one too.
INHERITED = frozenset({"medical", "emotional", "consultation"})
FOLLOW_UP_WORDS = 8
# `learned=PRODUCT` uses the models loaded once per process; None decides by the rules alone.
PRODUCT = "product"
TRIGGER_ORDER = TRIGGERS


def triage(
    *,
    text: str,
    history: Sequence[Turn] = (),
    settings: TriageSettings | None = None,
    index: KbIndex,
    at: datetime | None = None,
    learned: LearnedModels | str | None = PRODUCT,
) -> Decision:
    settings = settings or TriageSettings()
    at = at or now()
    text = (text or "").strip()
    models = learned_models() if learned == PRODUCT else learned
    models = models if isinstance(models, LearnedModels) else None
    thread = read_history(history)
    language = detect_language(text) if text else "en"
    probabilities = models.guard_probabilities(text) if models else {}
    hits = _hits(text, settings=settings, thread=thread, language=language)
    if models is not None:
        hits.extend(_learned_hits(text, hits, models, probabilities))
    if _event_only_mentioned(text, hits):
        hits = []
    if hits and models is not None:
        hits.extend(_learned_urgent(text, hits, models, probabilities))
    if hits:
        # A person takes over whatever the FAQ says: the closest matches are for staff only.
        retrieval = Retrieval(matches=tuple(index.search(text, k=3)))
        hits.extend(_inherited(text, thread, hits, answered=False))
        return _handoff(text, hits, retrieval, settings=settings, at=at, language=language)
    retrieval = retrieve(text, index=index, settings=settings, thread=thread)
    hits = _inherited(text, thread, hits, answered=bool(retrieval.keys))
    if hits:
        return _handoff(text, hits, retrieval, settings=settings, at=at, language=language)
    kind = social_kind(text)
    if kind is not None:
        return Decision(
            action="answer",
            triggers=(),
            priority="normal",
            faq_key=None,
            score=_best(retrieval),
            lead=False,
            reply=social_reply(kind, settings=settings, language=language),
            matches=retrieval.matches,
            summary=f"Social message ({kind}); short friendly reply.",
            language=language,
            at=at,
        )
    previous = index.answered_in(thread.previous_reply)
    ranking = rank(text, retrieval, models.ranker if models else None, index, previous)
    retrieval = second_opinion(retrieval, ranking)
    if retrieval.problem is None and models is not None:
        gate = _Gate(probabilities, ranking, thread, previous)
        retrieval = _gate(text, retrieval, models, index, settings, gate)
    if retrieval.problem is not None:
        rule = (
            retrieval.reason
            if retrieval.reason.startswith("answer_confidence")
            else (f"{retrieval.problem}.retrieval")
        )
        hit = GuardHit(retrieval.problem, text, rule)
        return _handoff(text, [hit], retrieval, settings=settings, at=at, language=language)
    return Decision(
        action="answer",
        triggers=(),
        priority="normal",
        faq_key=retrieval.keys[0],
        score=_best(retrieval),
        lead=False,
        reply=answer_reply([index.answer(k) for k in retrieval.keys]),
        matches=retrieval.matches,
        summary=answer_summary(text, retrieval.keys),
        language=language,
        answered_keys=retrieval.keys,
        at=at,
    )


def _hits(
    text: str, *, settings: TriageSettings, thread: ThreadContext, language: str
) -> list[GuardHit]:
    hits = list(
        find_hits(
            text,
            extra_phrases=settings.extra_phrases,
            context=GuardContext(treated_before=thread.treated_before),
        )
    )
    failure = repeated_failure(text, thread)
    if failure is not None:
        hits.append(failure)
    if language != "en" and language not in settings.languages:
        hits.append(GuardHit("low_confidence", text, f"language.{language}"))
    if not text:
        hits.append(GuardHit("ambiguous", "", "ambiguous.empty"))
    return hits


def _learned_hits(
    text: str, hits: list[GuardHit], models: LearnedModels, probabilities: dict[str, float]
) -> list[GuardHit]:
    """Phrasings no rule lists: a learned trigger adds itself when its calibrated probability
    clears its tuned threshold. Urgent stays with the rules."""
    fired = {h.trigger for h in hits}
    return [
        GuardHit(t, text, f"learned:{t} p={p:.2f}")
        for t, p in models.fired(probabilities)
        if t not in fired
    ]


@dataclass(frozen=True)
class _Gate:
    """What the answer gate reads besides the answer: the guard models' probabilities, the
    ranking, the thread and the FAQ our last reply quoted."""

    probabilities: dict[str, float]
    ranking: Ranking | None
    thread: ThreadContext
    previous: str | None


def _gate(
    text: str,
    retrieval: Retrieval,
    models: LearnedModels,
    index: KbIndex,
    settings: TriageSettings,
    gate: _Gate,
) -> Retrieval:
    """The answer-confidence gate: an FAQ answer the model doubts is handed to staff instead,
    as `ambiguous` when the next FAQ is close behind, else as `low_confidence`."""
    context = AnswerContext(
        text=text,
        matches=retrieval.matches,
        keys=retrieval.keys,
        reason=retrieval.reason,
        known_share=known_share(text, index.knows),
        guard_probabilities=gate.probabilities,
        # A follow-up is judged by the question it was taken to mean.
        text_stems=frozenset(index.understand(retrieval.query or text).stems),
        answer_stems=frozenset(
            st for key in retrieval.keys for st in index.understand(index.answer(key)).stems
        ),
        row_stems=tuple(
            frozenset(index.understand(m.matched_text).stems) for m in retrieval.matches[:2]
        ),
        agreement=index.agreement(retrieval.query or text, retrieval.keys[0]),
        ranking=gate_view(gate.ranking, retrieval.keys[0]),
        after_reply=gate.thread.previous_reply is not None,
        previous_key=gate.previous,
        assistant_turns=gate.thread.assistant_turns,
    )
    send, p = models.answer_confidence(context, settings)
    if send or p is None:
        return retrieval
    scores = [m.score for m in retrieval.matches] + [0.0, 0.0]
    close = scores[0] - scores[1] < 2 * settings.ambiguity_margin
    problem = (
        "ambiguous" if close and scores[1] >= settings.confidence_threshold else "low_confidence"
    )
    return Retrieval(
        matches=retrieval.matches, problem=problem, reason=f"answer_confidence p={p:.2f}"
    )


def _learned_urgent(
    text: str, hits: list[GuardHit], models: LearnedModels, probabilities: dict[str, float]
) -> list[GuardHit]:
    """A handoff the urgent rules did not mark is raised to urgent when the urgent head is
    sure enough: an emergency in words no rule lists yet pages the on-call clinician all the
    same. It never hands off an answer by itself."""
    if any(h.trigger == "urgent" for h in hits):
        return []
    p = models.urgent(probabilities)
    return [] if p is None else [GuardHit("urgent", text, f"learned:urgent p={p:.2f}")]


def _event_only_mentioned(text: str, hits: list[GuardHit]) -> bool:
    """'when does botox kick in? want it for a wedding' is a routine question that mentions an
    event; planning for the event ("what should I do before my wedding?") is a lead."""
    if not hits or any(h.rule != WEAK_LEAD for h in hits):
        return False
    return _QUESTION.search(text) is not None and not _PLANNING.search(text)


def _inherited(
    text: str, thread: ThreadContext, hits: list[GuardHit], *, answered: bool
) -> list[GuardHit]:
    """'and what about my cheek?' after a question about a swollen lip is still medical; a
    question the FAQ answers on its own ("where do I park?") is not."""
    previous = thread.previous_patient
    if not previous or not text:
        return []
    if not is_followup(text) and (answered or has_subject(text)):
        return []
    if len(text.split()) > FOLLOW_UP_WORDS or social_kind(text) is not None:
        return []
    fired = {h.trigger for h in hits}
    earlier = {h.trigger for h in find_hits(previous)} & INHERITED
    return [GuardHit(t, text, f"{t}.follow_up") for t in sorted(earlier - fired)]


def _handoff(
    text: str,
    hits: list[GuardHit],
    retrieval: Retrieval,
    *,
    settings: TriageSettings,
    at: datetime,
    language: str,
) -> Decision:
    triggers = tuple(t for t in TRIGGER_ORDER if any(h.trigger == t for h in hits))
    reply = handoff_reply(
        triggers=triggers,
        settings=settings,
        at=at,
        language=language,
        asked_if_bot=any(h.rule == "human_request.is_bot" for h in hits),
    )
    return Decision(
        action="handoff",
        triggers=triggers,
        priority=highest_priority(triggers),
        faq_key=None,
        score=_best(retrieval),
        lead="lead" in triggers,
        reply=reply,
        hits=tuple(hits),
        matches=retrieval.matches,
        summary=handoff_summary(
            text,
            triggers,
            hits,
            retrieval.matches,
            language_name(language),
            detail=retrieval.reason if retrieval.problem else "",
        ),
        language=language,
        at=at,
    )


def _best(retrieval: Retrieval) -> float | None:
    return retrieval.matches[0].score if retrieval.matches else None
