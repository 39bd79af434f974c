"""Carrier keywords and plain-language stop requests.

Twilio and the carriers act on the standard keywords themselves (and send their own
confirmation); we mirror the state so that our send path never texts an opted-out number.
"""

import re
from typing import Literal

Keyword = Literal["opt_out", "opt_in", "help"]

OPT_OUT_WORDS = frozenset({"stop", "stopall", "unsubscribe", "cancel", "end", "quit"})
OPT_IN_WORDS = frozenset({"start", "unstop", "yes"})
HELP_WORDS = frozenset({"help", "info"})

_STOP_REQUEST = re.compile(
    r"""
    \b(?:stop|quit|cease|don'?t|do\ not|no\ more|never)\b [^.?!]{0,25}?
        \b(?:text|texting|texts|messag\w*|contact\w*|sms|spam\w*)\b
    | \b(?:remove|take|delete)\b [^.?!]{0,20}? \b(?:off|from)\b [^.?!]{0,20}? \b(?:list|texts?)\b
    | \b(?:unsubscribe|opt\ ?(?:me\ )?out)\b
    | \blose\ (?:my|this)\ number\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
_QUESTION_OF_POLICY = re.compile(r"\b(?:how|can|could|what|will)\b.*\?$", re.IGNORECASE)


def classify_keyword(body: str) -> Keyword | None:
    """The keyword a whole message amounts to, or None for an ordinary text."""
    word = re.sub(r"[^\w]+", "", body.strip().lower())
    if word in OPT_OUT_WORDS:
        return "opt_out"
    if word in OPT_IN_WORDS:
        return "opt_in"
    if word in HELP_WORDS:
        return "help"
    if _is_stop_request(body):
        return "opt_out"
    return None


def _is_stop_request(body: str) -> bool:
    text = " ".join(body.split())
    if not text or len(text) > 200:
        return False
    if _QUESTION_OF_POLICY.search(text) and "stop" not in text.lower():
        return False
    return bool(_STOP_REQUEST.search(text))
