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
from collections.abc import Iterable
from typing import Any

Literals = frozenset[str]


def required_literals(pattern: re.Pattern[str]) -> Literals | None:
    """Strings of which every match of `pattern` contains at least one, or None."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    return _of_sequence(sre_parse.parse(pattern.pattern, pattern.flags).data)


def may_match(literals: Literals | None, text: str) -> bool:
    return literals is None or any(literal in text for literal in literals)


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
