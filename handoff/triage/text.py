"""Small text operations the guards and the engine share: cleaning, sentences, negation."""

import re
import unicodedata
from functools import lru_cache

_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+|(?<=[.!?])(?=[A-Z])|\s+[-–—]\s+")
_NEGATION = re.compile(
    # "not just swelling", "not only bruising" add to what follows rather than deny it.
    r"\b(?:no|not(?! (?:just|only|merely)\b)|never|without|nor|isnt|isn't|arent|aren't|"
    # "my lip don't look right since the filler" says something is wrong.
    r"(?:dont|don't|doesnt|doesn't)(?! (?:look|feel|seem) (?:right|normal|good))|"
    r"didnt|didn't|havent|haven't|hasnt|hasn't|wasnt|wasn't|zero|denies|nothing like)\b"
)
_CLAUSE_BREAK = re.compile(
    r"[,.;:!?\u2013\u2014]|\s-\s|\bbut\b|\bthough\b|\balthough\b|\bhowever\b|"
    # "not day 1-3 and it's getting redder": a new clause.
    r"\band (?:now|it'?s|its|i'?m|im|i am|she'?s|he'?s)\b"
)
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


@lru_cache(maxsize=4096)
def guard_text(text: str) -> str:
    """Lower case, accents stripped, curly quotes straightened; punctuation and emoji kept."""
    text = text.lower()
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
        text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
        text = "".join(
            c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn"
        )
    return re.sub(r"[ \t]+", " ", text).strip()


def split_sentences(text: str) -> list[str]:
    """Sentences of a text message; a message without punctuation is one sentence."""
    parts = (p.strip() for p in _SENTENCE_END.split(text.strip()))
    return [p for p in parts if p and re.search(r"\w", p)] or (
        [text.strip()] if text.strip() else []
    )


def words(text: str) -> list[str]:
    return _WORD.findall(guard_text(text))


def negated(sentence: str, start: int) -> bool:
    """Whether the words just before `start`, in the same clause, negate what follows."""
    before = sentence[max(0, start - 30) : start]
    clause = _CLAUSE_BREAK.split(before)[-1]
    return bool(_NEGATION.search(clause))


def clip(text: str, limit: int = 90) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


_NAME = r"[A-Z][a-z'’]+(?: [A-Z][a-z'’]*\.?)?"
# Only the last characters can hold a sign-off; searching just them keeps a long text linear.
_SIGN_OFF_TAIL = 60
_SIGN_OFF = re.compile(
    # "… in Meridian. - Sue", "Thank you, Diane", "Regards, Lyle Hammond"
    rf"(?:(?<=[.!?]) ?[-–—~]+ ?{_NAME}|(?<=[.!?\n ])(?i:thanks|thank you|thx|many thanks|"
    rf"regards|best regards|kind regards|best|sincerely|respectfully|cheers|blessings|warmly|"
    rf"god bless)[,!.]? {_NAME})[^\w\s]*\s*$"
)
_INTRODUCTION = re.compile(
    # "Good afternoon, this is Margaret Hollis. I was wondering…"
    rf"^\W*(?:(?i:hi|hello|hey|good (?:morning|afternoon|evening))[\s,!.]*)?"
    rf"(?i:this is|my name is)\s+{_NAME}\s*(?:[,.!:;]|\bhere\b[,.!]?)\s*"
)


def without_signature(text: str) -> str:
    """The text without a leading introduction or a trailing sign-off with a name: the name
    says nothing about what is asked."""
    introduced = _INTRODUCTION.sub("", text, count=1)
    cut = max(0, len(introduced) - _SIGN_OFF_TAIL)
    stripped = (introduced[:cut] + _SIGN_OFF.sub("", introduced[cut:], count=1)).strip()
    return stripped or text
