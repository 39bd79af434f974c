"""An ordered regex alternation that only tries, at each place, the patterns that can start
with the character found there.

Python's `re` tries the alternatives of `a|b|c` one after the other at every place it looks.
With a hundred-odd domain phrases, nearly all of them fail on their first character. Filed by
that character, `(?=h)(?:how much…|hours…)|(?=l)(?:lip flip…)|…` tries one short list. Two
alternatives that cannot start with the same character never both match at one place, and
each list keeps the original order, so the first pattern that matches is the one the plain
alternation would have found.
"""

import re
from collections.abc import Callable, Sequence
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

# Zero-width items: they look, they do not consume a character.
_ZERO_WIDTH = frozenset({sre.AT, sre.ASSERT, sre.ASSERT_NOT})


def first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of `pattern` can start with; None when that is not a short
    list of literal characters (a class like \\d, any character, an empty match)."""
    chars, nullable = _first(list(sre_parse.parse(pattern)))
    return None if chars is None or nullable else chars


def _first(items: list[tuple[object, object]]) -> tuple[frozenset[str] | None, bool]:
    """(the first characters of a sequence of parsed items, whether it can match empty)."""
    found: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        chars, nullable = _first_of_item(op, av)
        if chars is None:
            return None, False
        found |= chars
        if not nullable:
            return frozenset(found), False
    return frozenset(found), True


def _first_of_item(op: object, av: object) -> tuple[frozenset[str] | None, bool]:
    if op is sre.LITERAL:
        return frozenset({chr(av)}), False  # type: ignore[arg-type]
    if op is sre.IN:
        return _class_chars(av), False  # type: ignore[arg-type]
    if op is sre.SUBPATTERN:
        if av[1] & re.IGNORECASE:  # type: ignore[index]
            return None, False  # (?i:...): its first characters come in either case
        return _first(list(av[-1]))  # type: ignore[index]
    if op is sre.BRANCH:
        found: set[str] = set()
        nullable = False
        for branch in av[1]:  # type: ignore[index]
            chars, empty = _first(list(branch))
            if chars is None:
                return None, False
            found |= chars
            nullable = nullable or empty
        return frozenset(found), nullable
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, _, body = av  # type: ignore[misc]
        chars, empty = _first(list(body))
        return chars, empty or low == 0
    return None, False


def _class_chars(items: list[tuple[object, object]]) -> frozenset[str] | None:
    """The characters of a class like [abc] or [a-f]; None for a negated class or one with a
    category (\\d, \\w), whose members are not a short list."""
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))  # type: ignore[arg-type]
        elif op is sre.RANGE and av[1] - av[0] < 64:  # type: ignore[index,operator]
            chars.update(chr(c) for c in range(av[0], av[1] + 1))  # type: ignore[index,operator]
        else:
            return None
    return frozenset(chars)


def by_first_char(patterns: Sequence[str]) -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """For each character some pattern starts with, the indexes of the patterns that can start
    with it, in order (those whose first characters are unknown among them); and the indexes
    of the patterns whose first characters are unknown, for every other character."""
    starts = [first_chars(p) for p in patterns]
    chars = sorted(set().union(*(s for s in starts if s is not None)))
    listed = {
        char: tuple(i for i, s in enumerate(starts) if s is None or char in s) for char in chars
    }
    return listed, tuple(i for i, s in enumerate(starts) if s is None)


def dispatched_alternation(patterns: Sequence[str], alternation: Callable[[list[str]], str]) -> str:
    """`alternation(patterns)` as one alternative per first character, each tried only where
    that character is; the patterns whose first characters are unknown have one of their own
    for the characters no other pattern starts with."""
    listed, anywhere = by_first_char(patterns)
    branches = [
        f"(?={re.escape(char)})(?:{alternation([patterns[i] for i in indexes])})"
        for char, indexes in listed.items()
    ]
    if anywhere:
        others = "".join(re.escape(c) for c in listed)
        guard = f"(?![{others}])" if others else ""
        branches.append(f"{guard}(?:{alternation([patterns[i] for i in anywhere])})")
    return "|".join(branches)
