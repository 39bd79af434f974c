"""The strings a pattern cannot match without: a cheap test before the regular expression.

Most guard rules match nothing in most texts, yet each one's pattern is tried at every position
of the text, and a story of 400 characters costs the 92 patterns about 2 ms. Every match of
`\\bsw[oe]ll\\w* (?:shut|closed)` contains "shut" or "closed"; a text with neither cannot
match, and two substring tests say so far faster than the pattern. `required_literals` reads
the parsed pattern and returns such a set (one of them is in every match), or None when it
cannot tell. It never guesses: an optional part, a character class, a look-around or a flag
contributes nothing, so the test can only skip patterns that could not have matched.
"""

import re
import re._constants as sre  # the parsed form of a pattern: documented by the parser, not public
import re._parser as sre_parse
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

Literals = frozenset[str]
# A literal is looked for only in texts that hold its first WINDOW characters.
WINDOW = 3


def required_literals(pattern: re.Pattern[str]) -> Literals | None:
    """Strings of which every match of `pattern` contains at least one, or None."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    return _of_sequence(sre_parse.parse(pattern.pattern, pattern.flags).data)


def may_match(literals: Literals | None, text: str) -> bool:
    return literals is None or any(literal in text for literal in literals)


def may_match_holding(literals: Literals | None, present: frozenset[str]) -> bool:
    """`may_match` for a text known to hold exactly `present` of the literals (as found by a
    `LiteralIndex` that has `literals` among its own)."""
    return literals is None or not literals.isdisjoint(present)


class LiteralIndex:
    """Which of many literals a text holds, in one pass over the text.

    The guards' rules need about 1,500 distinct strings between them; testing each against
    every text costs more than the patterns it spares. Each literal is filed under its first
    three characters, and a text looks up only the three-character windows it has (about one
    per character), testing the few literals filed under each. Shorter ones are tested directly.
    """

    def __init__(self, literals: Iterable[str]) -> None:
        filed: defaultdict[str, list[str]] = defaultdict(list)
        short: list[str] = []
        for literal in sorted(set(literals)):
            if len(literal) >= WINDOW:
                filed[literal[:WINDOW]].append(literal)
            else:
                short.append(literal)
        self._filed = {window: tuple(found) for window, found in filed.items()}
        self._short = tuple(short)

    def present(self, text: str) -> frozenset[str]:
        """The indexed literals that occur in `text`."""
        found = {literal for literal in self._short if literal in text}
        windows = {text[i : i + WINDOW] for i in range(len(text) - WINDOW + 1)}
        for window in windows & self._filed.keys():
            found.update(literal for literal in self._filed[window] if literal in text)
        return frozenset(found)


def _of_sequence(items: Iterable[tuple[Any, Any]]) -> Literals | None:
    """Each item of a sequence is in every match, so any item's set will do: the best one."""
    found: list[Literals] = []
    run: list[str] = []
    for op, arg in items:
        if op is sre.LITERAL:
            run.append(chr(arg))
            continue
        if run:  # a run of literal characters is itself required
            found.append(frozenset({"".join(run)}))
            run = []
        if op is sre.SUBPATTERN:
            _group, add_flags, del_flags, body = arg
            if add_flags or del_flags:
                break  # a case-insensitive part (or another flag): read no further
            inner = _of_sequence(body.data)
        elif op is sre.BRANCH:
            alternatives = [_of_sequence(branch.data) for branch in arg[1]]
            inner = None if None in alternatives else frozenset().union(*alternatives)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, _high, body = arg
            inner = _of_sequence(body.data) if low >= 1 else None
        else:  # a class, any character, a look-around, a boundary: nothing required
            inner = None
        if inner:
            found.append(inner)
    if run:
        found.append(frozenset({"".join(run)}))
    if not found:
        return None
    # The set whose shortest string is longest says the most, and a smaller one is cheaper.
    return max(found, key=lambda s: (min(map(len, s)), -len(s)))
