"""From a patient's text to the FAQ (or FAQs) that answer it, or the reason none does.

Each question in the text is matched on its own, so "How much is botox? Where do I park?"
gets both answers; the whole text is matched too, so "I'm interested in lip filler. How much
is it?" still knows what "it" is. A follow-up like "and for lips?" borrows the rest of the
patient's previous question.
"""

import re
from dataclasses import dataclass, replace

from handoff.decision import Match, TriageSettings
from handoff.triage.context import (
    SUBJECT_STEMS,
    ThreadContext,
    carries_topic,
    followup_query,
    has_subject,
    is_followup,
    names_treatment,
)
from handoff.triage.social import social_kind, strip_greeting
from handoff.triage.text import split_sentences, without_signature
from knowledge.normalize import TREATMENT_WORDS, content_words, stem, word_set
from knowledge.retrieval import KbIndex

_QUESTION_START = re.compile(
    r"^\W*(?:how|hows|what|whats|when|whens|where|wheres|which|who|whos|why|do|does|did|can|"
    r"could|would|will|is|are|should|may|any|have you|got|is there|are there|r u|u)\b",
    re.IGNORECASE,
)
_REQUEST = re.compile(
    r"\b(?:i want|i'?d like|i would like|looking for|interested in|book|schedule|price|cost|"
    r"how much|need to know|tell me|let me know|late|running behind|cancel|"
    r"reschedul\w*|move my)\b",
    re.IGNORECASE,
)
STATEMENT_EXTRA = 0.15
_INNER_QUESTION = re.compile(
    r"\b(?:do|does|can|could|would|will|is|are) (?:you|u|y'?all|i|we|it|they|there)\b",
    re.IGNORECASE,
)
# What one asks about a treatment; with only "it" to say which, the question is unclear.
_SUBJECTLESS = frozenset(
    stem(w)
    for w in (
        "price",
        "availability",
        "available",
        "offer",
        "last",
        "takeeffect",
        "long",
        "book",
        "work",
        "sessions",
    )
)
_REFERENCE = re.compile(
    r"\b(?:that|it|this(?! (?:month|week|weekend|year|morning|afternoon|evening|time|season))|"
    r"those|these|the other|the one|the thing|that thing|the stuff|the deal|the special|the offer|"
    r"the promo|the package)\b",
    re.IGNORECASE,
)
_UNNAMED = re.compile(
    r"\b(?:the|that|this) (?:one|thing|stuff)\b"
    r"(?! (?:with|for|where|on|in|at|near|by|called|that (?:is|does|makes))\b)",
    re.IGNORECASE,
)
# Words that say plainly what is asked, even in a two-word text ("parking?", "hours?").
_CLEAR = frozenset(
    stem(w)
    for w in word_set(
        """hours open close location parking insurance financing pay payment cash deposit
        cancel reschedule late book availability walkin membership giftcard referral age
        injector phone price"""
    )
)
_GENERIC = frozenset(
    stem(w)
    for w in word_set(
        "use include included offer have do get thing stuff one kind type option info"
    )
)
# "price?", "how long?": only ever asked about a treatment, so alone they are unclear.
_ABOUT_A_TREATMENT = frozenset(
    stem(w) for w in ("price", "last", "takeeffect", "long", "work", "sessions")
)
_TREATMENTS = frozenset(stem(w) for w in TREATMENT_WORDS)
_PRONOUN = re.compile(r"\b(?:it|that|this|they|them|those|these|one)\b", re.IGNORECASE)
_CONJUNCTION = re.compile(r",?\s+(?:and|&|plus|also|as well as)\s+|\s*,\s*", re.IGNORECASE)
_GIBBERISH = re.compile(
    r"^[^aeiouy]{4,}$|(.)\1{3}|qwer|wert|erty|asdf|sdfg|dfgh|fghj|ghjk|hjkl|zxcv|xcvb|cvbn|vbnm"
)


# "what about men?" with nothing before it: a follow-up to a question nobody asked.
_DANGLING = re.compile(
    r"^\W*(?:and|what about|how about|also|plus|same (?:for|with)|but)\b(?:\W+\w+){0,3}\W*$",
    re.IGNORECASE,
)
FOLLOWUP_WITHOUT_HISTORY = "a follow-up with no earlier question"
# More sentences than this are not answered one by one (a pasted essay, a wall of dashes): the
# text is judged whole, which keeps a 5,000-character text from running 800 searches.
MAX_QUESTIONS = 12


@dataclass(frozen=True)
class Retrieval:
    matches: tuple[Match, ...] = ()
    keys: tuple[str, ...] = ()
    problem: str | None = None  # "low_confidence" or "ambiguous" when nothing is answered
    reason: str = ""
    query: str = ""  # what was searched when it differs from the text (a follow-up, rewritten)


def confident(matches: list[Match], settings: TriageSettings) -> bool:
    if not matches or matches[0].score < settings.confidence_threshold:
        return False
    return len(matches) < 2 or matches[0].score - matches[1].score >= settings.ambiguity_margin


def retrieve(
    text: str, *, index: KbIndex, settings: TriageSettings, thread: ThreadContext
) -> Retrieval:
    """The FAQ(s) that answer the text, or why none does. A signed name is left out of the
    search, and what was searched is then the retrieval's query."""
    asked = without_signature(text)
    found = _retrieve(asked, index=index, settings=settings, thread=thread)
    if asked != text and not found.query:
        return replace(found, query=asked)
    return found


def _retrieve(
    text: str, *, index: KbIndex, settings: TriageSettings, thread: ThreadContext
) -> Retrieval:
    if thread == ThreadContext() and _DANGLING.match(text):
        return Retrieval(
            matches=tuple(index.search(text, k=3)),
            problem="ambiguous",
            reason=FOLLOWUP_WITHOUT_HISTORY,
        )
    segments = _question_segments(text, index)
    if not segments:
        return Retrieval(problem="ambiguous", reason="nothing recognisable to match")
    if not any(_question_like(s) for s in segments):
        # Only statements ("so excited for tomorrow!"): answer only a very clear match.
        threshold = settings.confidence_threshold + STATEMENT_EXTRA
        settings = replace(settings, confidence_threshold=threshold)
    full = " ".join(segments)
    matches = index.search(full)
    if thread.previous_patient and (is_followup(text) or _short_without_subject(full, index)):
        query = followup_query(full, thread.previous_patient)
        rewritten = index.search(query)
        query, rewritten = _area_reading(full, thread.previous_patient, index, query, rewritten)
        if confident(rewritten, settings) and (
            is_followup(text)
            or not confident(matches, settings)
            or (_needs_a_subject(full) and has_subject(query))
            or (
                carries_topic(full, thread.previous_patient)
                and _speaks_of(index, rewritten[0].faq_key, full)
            )
        ):
            return replace(_answer(rewritten, "follow-up of the previous question"), query=query)
    if 1 < len(segments) <= MAX_QUESTIONS:
        several = _several_questions(segments, index, settings)
        if several is not None:
            return several
    return _judge(full, matches, index, settings)


def _speaks_of(index: KbIndex, key: str, text: str) -> bool:
    """Whether an FAQ's phrasings or answer use every word the text asks with: the
    membership's answer speaks of cancelling, not of parking."""
    phrased, answer = index.faq_stems(key)
    asked = set(index.understand(text).stems)
    return bool(asked) and asked <= phrased | answer


def _area_reading(
    text: str, previous: str, index: KbIndex, query: str, matches: list[Match]
) -> tuple[str, list[Match]]:
    """'and for lips?' after 'how much is botox?': the lips' own FAQ (lip filler, lip flip)
    when the clinic has one that names the area, else the lips of the earlier treatment."""
    if not has_subject(text) or names_treatment(text):
        return query, matches
    swapped = followup_query(text, previous, keep_treatment=False)
    found = index.search(swapped)
    if not found or (matches and found[0].faq_key == matches[0].faq_key):
        return query, matches
    areas = set(index.understand(text).stems) & SUBJECT_STEMS
    if areas & set(index.understand(found[0].matched_text).stems):
        return swapped, found
    return query, matches


def _question_segments(text: str, index: KbIndex) -> list[str]:
    segments = []
    for sentence in split_sentences(text):
        sentence = strip_greeting(sentence).strip()
        if not sentence or social_kind(sentence) is not None:
            continue
        words = index.understand(sentence).words
        if words and not all(_GIBBERISH.search(w) and not index.knows(w) for w in words):
            segments.append(sentence)
    return segments


def _short_without_subject(text: str, index: KbIndex) -> bool:
    return not has_subject(text) and len(index.understand(text).words) <= 4


def _question_like(sentence: str) -> bool:
    return bool(
        sentence.rstrip().endswith("?")
        or _QUESTION_START.match(sentence)
        or _REQUEST.search(sentence)
        or _INNER_QUESTION.search(sentence)
    )


def _several_questions(
    segments: list[str], index: KbIndex, settings: TriageSettings
) -> Retrieval | None:
    """Several questions in one text: answer them all, or hand off if one has no answer.

    A question without a treatment ("how much is it?") borrows one from the sentences before
    it, and one that joins two questions ("...per unit and any openings?") is split.
    """
    asked = [(i, s) for i, s in enumerate(segments) if _question_like(s)] or list(
        enumerate(segments)
    )
    keys: list[str] = []
    best: list[Match] = []
    unanswerable: list[list[Match]] = []
    for i, segment in asked:
        context = " ".join(segments[:i])
        query = segment if has_subject(segment) else _borrow(segment, context)
        found = index.search(query)
        parts = _conjoined_parts(segment, index, settings, context)
        if parts:
            keys.extend(parts)
        elif confident(found, settings):
            keys.append(found[0].faq_key)
        elif not found or found[0].score < settings.confidence_threshold:
            unanswerable.append(found)
        else:
            return None  # an ambiguous question: the whole text decides
        if found and (not best or found[0].score > best[0].score):
            best = found
    if unanswerable:
        if not keys:
            return None
        worst = min(unanswerable, key=lambda m: m[0].score if m else 0.0)
        return Retrieval(
            matches=tuple(worst[:3]),
            problem="low_confidence",
            reason="one of the questions has no confident FAQ match",
        )
    return Retrieval(
        matches=tuple(best[:3]), keys=tuple(dict.fromkeys(keys)), reason="each question matched"
    )


def _borrow(segment: str, context: str) -> str:
    """'price?' after 'got anything for sun spots?' asks about the sentence before it; after
    'I love my botox.' it asks about botox."""
    if not context or has_subject(context):
        return followup_query(segment, context)
    return f"{segment} {context}"


def _judge(full: str, matches: list[Match], index: KbIndex, settings: TriageSettings) -> Retrieval:
    if _needs_a_subject(full) or _vague(full):
        return Retrieval(
            matches=tuple(matches[:3]),
            problem="ambiguous",
            reason="asks about 'it' without saying what",
        )
    if not matches or matches[0].score < settings.confidence_threshold:
        return Retrieval(
            matches=tuple(matches[:3]),
            problem="low_confidence",
            reason="best match below threshold",
        )
    if (
        _only_subjects(full)
        and len(matches) > 1
        and matches[1].score >= settings.confidence_threshold
        and matches[0].score - matches[1].score < 5 * settings.ambiguity_margin
    ):
        # "botox?" names a treatment but not what about it, and several FAQs cover it.
        return Retrieval(
            matches=tuple(matches[:3]), problem="ambiguous", reason="names a treatment only"
        )
    parts = _conjoined_parts(full, index, settings)
    if parts:
        return Retrieval(matches=tuple(matches[:3]), keys=parts, reason="each part matched")
    if not confident(matches, settings):
        return Retrieval(
            matches=tuple(matches[:3]), problem="ambiguous", reason="two FAQs match almost equally"
        )
    return _answer(matches, "best match")


def _conjoined_parts(
    text: str, index: KbIndex, settings: TriageSettings, context: str = ""
) -> tuple[str, ...]:
    """'how much is botox and lip filler' -> both prices, when each part is clear on its own.

    A part that names only a treatment borrows what the other parts ask; a part that names no
    treatment borrows one from `context` (the sentences before it).
    """
    parts = [p for p in _CONJUNCTION.split(text) if p and p.strip()]
    if not 2 <= len(parts) <= 3 or not all(_question_like(p) or _only_subjects(p) for p in parts):
        return ()
    asks = " ".join(p for p in parts if not _only_subjects(p))
    treatments = " ".join(w for w in content_words(text) if stem(w) in _TREATMENTS)
    keys: list[str] = []
    for number, part in enumerate(parts):
        if _only_subjects(part):
            part = followup_query(part, asks)
        elif context and not has_subject(part):
            part = followup_query(part, context)
        elif treatments and not any(stem(w) in _TREATMENTS for w in content_words(part)):
            part = f"{part} {treatments}"  # "morpheus8 face and neck price": neck of morpheus8
        elif _asks_only_what(part):
            # "I need to cancel tomorrow, is there a fee?": the fee of what the rest asks.
            part = " ".join([part, *(p for i, p in enumerate(parts) if i != number)])
        found = index.search(part)
        if not confident(found, settings):
            return ()
        keys.append(found[0].faq_key)
    return tuple(dict.fromkeys(keys)) if len(set(keys)) > 1 else ()


def _asks_only_what(text: str) -> bool:
    """'is there a fee?', 'any openings?': what is asked, with nothing to say about what."""
    stems = [stem(w) for w in content_words(text)]
    return bool(stems) and all(s in _SUBJECTLESS for s in stems)


def _needs_a_subject(text: str) -> bool:
    """'how much is it?', 'is it available?': asks about something it does not name."""
    if not _asks_only_what(text):
        return False
    if _PRONOUN.search(text):
        return True
    stems = [stem(w) for w in content_words(text)]
    return len(stems) <= 2 and all(s in _ABOUT_A_TREATMENT for s in stems)


def _vague(text: str) -> bool:
    """'is that included?', 'info on the special?', 'what do you use': refers to something the
    text does not name, or asks nothing in particular. 'the one my friend got, how much is it'
    points at a treatment it never names."""
    if _UNNAMED.search(text) and not has_subject(text):
        return True
    words = content_words(text)
    if len(words) > 2 or has_subject(text) or any(stem(w) in _CLEAR for w in words):
        return False
    return bool(_REFERENCE.search(text)) or all(stem(w) in _GENERIC for w in words)


def _only_subjects(text: str) -> bool:
    words = content_words(text)
    return bool(words) and all(stem(w) in SUBJECT_STEMS for w in words)


def _answer(matches: list[Match], reason: str) -> Retrieval:
    return Retrieval(matches=tuple(matches[:3]), keys=(matches[0].faq_key,), reason=reason)
