"""The phrase scan tries only the phrases that can start where it looks, and finds what one
plain ordered alternation finds."""

import json
import re
from pathlib import Path

import pytest

from knowledge import normalize
from knowledge.dispatch import by_first_char, dispatched_alternation, first_chars
from knowledge.lexicon import PHRASES

CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus"


@pytest.mark.parametrize(
    ("pattern", "chars"),
    [
        (r"\bhow much\b", {"h"}),
        (r"\b(?:cost|price|fees?)\b", {"c", "p", "f"}),
        (r"\$\s*(?=\d)", {"$"}),
        (r"(?<![:\d])\b(?:lip )?flip\b", {"l", "f"}),  # an optional word: either may start it
        (r"[a-c]ny", {"a", "b", "c"}),
        (r"\b\d{1,3} off\b", None),  # a class of characters
        (r"(?:x)?", None),  # may match nothing
        (r"(?i:botox)", None),  # either case
        (r".ox", None),
    ],
)
def test_first_chars_of_a_pattern(pattern: str, chars: set[str] | None) -> None:
    assert first_chars(pattern) == (frozenset(chars) if chars is not None else None)


def _plain(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


def test_the_first_pattern_that_matches_still_wins() -> None:
    patterns = [r"\d+ min", "ab", "abc", "b", r"\d+ minutes", "a"]
    plain = re.compile(_plain(patterns))
    dispatched = re.compile(dispatched_alternation(patterns, _plain))
    for text in ("abc", "5 minutes", "b ab a", "cab", "7 min abc"):
        assert [m.span() for m in dispatched.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]
    listed, anywhere = by_first_char(patterns)
    assert listed["a"] == (0, 1, 2, 4, 5)  # the digit patterns stay in their place
    assert anywhere == (0, 4)


def _old_canonical(text: str) -> str:
    """`canonical` with the phrases as one plain alternation, each in a group of its own."""
    union = re.compile(
        normalize._START
        + "(?:"
        + "|".join(f"(?P<p{i}>{p})" for i, (p, _) in enumerate(PHRASES))
        + ")"
    )

    def replace(found: re.Match[str]) -> str:
        replacement = normalize._REPLACEMENTS[int(str(found.lastgroup)[1:])]
        words = dict.fromkeys(replacement.replace("{0}", found.group(0)).split())
        return f" {' '.join(words)} "

    simplified = union.sub(replace, normalize.simplify(text))
    return normalize._SPACES.sub(" ", simplified.replace("-", " ")).strip()


def test_canonical_is_what_the_plain_alternation_gives_on_every_training_text() -> None:
    texts = [json.loads(line)["text"] for line in (CORPUS / "train.jsonl").open() if line.strip()]
    assert len(texts) > 1000
    assert [normalize.canonical(t) for t in texts] == [_old_canonical(t) for t in texts]
