"""Turn a patient's text or an FAQ phrasing into the canonical words retrieval compares.

Patients write "how much r ur lip injections", FAQs say "What does lip filler cost?". Both
should land on the same words: lower case, accents and emoji gone, brand names and slang mapped
to a family term (brand kept, so "dysport price" still prefers a Dysport FAQ), a light stemmer,
and the filler words dropped. Pure functions, no Django.
"""

import itertools
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from knowledge.dispatch import by_first_char, dispatched_alternation
from knowledge.lexicon import (
    ACTION_WORDS,
    AREA_WORDS,
    INTENT_WORDS,
    NEUTRAL_WORDS,
    PHRASES,
    STOPWORDS,
    SUBJECT_WORDS,
    TOKEN_MAP,
    TOPIC_WORDS,
    TREATMENT_WORDS,
    word_set,
)

__all__ = [
    "ACTION_WORDS",
    "AREA_WORDS",
    "INTENT_WORDS",
    "NEUTRAL_WORDS",
    "STOPWORDS",
    "SUBJECT_WORDS",
    "TOPIC_WORDS",
    "TREATMENT_WORDS",
    "Analyzed",
    "analyze",
    "canonical",
    "content_words",
    "is_neutral",
    "simplify",
    "stem",
    "word_set",
]


# Tried only where a word (or a "$") starts: most places in a text are inside a word.
_START = r"(?<!\w)(?=[\w$])"
_PATTERNS = tuple(pattern for pattern, _ in PHRASES)
_REPLACEMENTS = tuple(replacement for _, replacement in PHRASES)
# Says which phrase `_FIND` found: each phrase alone, only those that can start with the
# letter found there, in order.
_PHRASE = tuple(re.compile(pattern) for pattern in _PATTERNS)
_BY_FIRST_CHAR, _ANYWHERE = by_first_char(_PATTERNS)


def _nested_alternation(patterns: list[str]) -> str:
    """The patterns as one ordered alternation, runs of those starting with \\b nested apart.

    Nesting keeps the order, so the first pattern that matches still wins, as far as alone;
    it lets the regex parser factor the shared leading \\b out of a run, so a word start is
    checked once per run instead of once per phrase.
    """
    runs = itertools.groupby(patterns, key=lambda pattern: pattern.startswith(r"\b"))
    return "|".join("(?:" + "|".join(f"(?:{p})" for p in run) + ")" for _, run in runs)


# The phrases as one alternation: the first (in `PHRASES` order) that matches at a word start
# wins. Without groups, no alternative has to save and restore group marks, and at each word
# start only the phrases that can begin with its letter are tried (`dispatch.py`); this scan
# runs at every word start of every text.
_FIND = re.compile(_START + "(?:" + dispatched_alternation(_PATTERNS, _nested_alternation) + ")")


def _which_phrase(text: str, at: int) -> tuple[int, re.Match[str]] | None:
    """The first phrase that matches at `at`, as the alternation tries them."""
    for i in _BY_FIRST_CHAR.get(text[at], _ANYWHERE):
        match = _PHRASE[i].match(text, at)
        if match is not None:
            return i, match
    return None


def _replace(found: re.Match[str]) -> str:
    which = _which_phrase(found.string, found.start())
    if which is None or which[1].end() != found.end():  # same phrases in the same order
        raise AssertionError(f"phrase patterns disagree at {found.start()}: {found.string!r}")
    i, match = which
    replacement = _REPLACEMENTS[i]
    # "{0} semaglutide weightloss" for "semaglutide": the word once, not twice.
    words = dict.fromkeys(replacement.replace("{0}", match.group(0)).split())
    return f" {' '.join(words)} "


_NUMERIC = re.compile(r"^\d+(?:am|pm|st|nd|rd|th|s)?$")
# Compiled once: every FAQ row of every index build goes through `simplify`.
_PUNCTUATION = re.compile(r"[^\w\s'$/&+-]")
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
_SEPARATORS = re.compile(r"['/&+]|(?<!\w)-|-(?!\w)")
_SPACES = re.compile(r"\s+")


def is_neutral(word: str) -> bool:
    """A date, time or number: says when, not what."""
    return (
        word in NEUTRAL_WORDS
        or (word.endswith("s") and word[:-1] in NEUTRAL_WORDS)
        or bool(_NUMERIC.match(word))
    )


@dataclass(frozen=True)
class Analyzed:
    """A text as retrieval sees it: stemmed content words and the same words unstemmed."""

    stems: tuple[str, ...]
    words: tuple[str, ...]


def simplify(text: str) -> str:
    """Lower case, accents and emoji removed, punctuation turned into spaces."""
    text = text.lower()
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'")
        text = "".join(
            c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn"
        )
    text = _PUNCTUATION.sub(" ", text)
    text = text.replace("_", " ")
    text = _APOSTROPHE.sub("", text)  # what's -> whats
    text = _SEPARATORS.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def canonical(text: str) -> str:
    """The simplified text with domain phrases mapped to their canonical terms."""
    text = _FIND.sub(_replace, simplify(text))
    return _SPACES.sub(" ", text.replace("-", " ")).strip()


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """A light suffix stripper: enough to meet 'lips'/'lip' and 'booking'/'book'."""
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("sses"):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if word.endswith("ing") and len(word) > 5:
        word = word[:-3]
    elif word.endswith("ed") and len(word) > 5:
        word = word[:-2]
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


@lru_cache(maxsize=8192)
def _content_words(text: str) -> tuple[str, ...]:
    words: list[str] = []
    for token in canonical(text).split():
        for part in TOKEN_MAP.get(token, token).split():
            if part not in STOPWORDS and (len(part) > 1 or part.isdigit()):
                words.append(part)
    if "walkin" in words:
        # "can I come in today without an appointment?" asks about walk-ins, not booking.
        words = [w for w in words if w not in ("book", "availability")]
    return tuple(words)


def content_words(text: str) -> list[str]:
    """Canonical tokens of a text with slang mapped and filler words dropped (not stemmed)."""
    return list(_content_words(text))


@lru_cache(maxsize=16384)
def analyze(text: str) -> Analyzed:
    words = _content_words(text)
    return Analyzed(stems=tuple(stem(w) for w in words), words=words)
