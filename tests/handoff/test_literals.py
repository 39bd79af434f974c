"""The strings a guard pattern cannot match without, and the test that skips it early."""

import re

import pytest

from handoff.evaluation.labels import read_dataset
from handoff.triage.guards import _GUARD_LITERALS, find_hits
from handoff.triage.learned_store import TRAIN_PATH as TRAIN
from handoff.triage.rules import GUARD_RULES
from handoff.triage.rules.literals import (
    LiteralIndex,
    may_match,
    may_match_holding,
    required_literals,
)
from handoff.triage.text import guard_text


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        (r"\bsw[oe]ll\w* (?:shut|closed)", {"shut", "closed"}),
        (r"(?:can'?t|cannot) (?:breathe|swallow)", {"breathe", "swallow"}),
        (r"won'?t", {"won"}),  # an optional character ends the run
        (r"(?:a)?b", {"b"}),
        (r"(?:ab)+", {"ab"}),
        (r"\bvision\b(?! test)", {"vision"}),  # a look-around adds nothing
        (r"a(?i:bc)d", {"a"}),  # nothing read past a case-insensitive part
    ],
)
def test_every_match_contains_one_of_the_literals(pattern: str, literals: set[str]) -> None:
    assert required_literals(re.compile(pattern)) == literals


@pytest.mark.parametrize("pattern", [r"x?", r"(?i)pain", r"\b(?:pain|\d+)\b", r"[a-z]+", r"(?:a|)"])
def test_no_literals_when_a_match_needs_none(pattern: str) -> None:
    assert required_literals(re.compile(pattern)) is None
    assert may_match(None, "anything")


def test_a_text_without_the_literals_is_skipped() -> None:
    literals = required_literals(re.compile(r"\bsw[oe]ll\w* (?:shut|closed)"))
    assert not may_match(literals, "my eyes are swollen")
    assert may_match(literals, "my eyes are swollen shut")


def test_no_rule_is_skipped_on_a_text_it_matches() -> None:
    texts = [guard_text(m.text) for m in read_dataset(TRAIN)]
    for rule in GUARD_RULES:
        matched = [t for t in texts if rule.pattern.search(t)]
        assert all(rule.may_match(t) for t in matched), rule.name
    assert sum(rule.literals is not None for rule in GUARD_RULES) >= 80


def test_the_guards_fire_the_same_with_and_without_the_early_test(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = [m.text for m in read_dataset(TRAIN)]
    # The same texts broken over lines: the message-wide rules read them joined again.
    texts += [_every_fifth_space_a_newline(t) for t in texts if t.count(" ") >= 5]
    early = [find_hits(t) for t in texts]
    monkeypatch.setattr("handoff.triage.rules.base.Rule.may_match", lambda self, text: True)
    monkeypatch.setattr(
        "handoff.triage.rules.base.Rule.may_match_holding", lambda self, present: True
    )
    monkeypatch.setattr("handoff.triage.guards.may_match_holding", lambda literals, present: True)
    monkeypatch.setattr(
        "handoff.triage.rules.base.may_match_holding", lambda literals, present: True
    )
    assert [find_hits(t) for t in texts] == early


def test_a_rule_tried_by_the_alternatives_whose_strings_are_present_finds_the_same() -> None:
    texts = [guard_text(m.text) for m in read_dataset(TRAIN)]
    texts += [guard_text(_every_fifth_space_a_newline(t)) for t in texts if t.count(" ") >= 5]
    held = [_GUARD_LITERALS.present(t) for t in texts]
    split = [rule for rule in GUARD_RULES if rule.branches]
    matching = 0
    for rule in split:
        found = [rule.pattern.search(t) is not None for t in texts]
        assert [rule.matches_holding(t, p) for t, p in zip(texts, held, strict=True)] == found
        matching += any(found)
    assert len(split) >= 40 and matching >= 30  # tried on texts they match, not only on misses
    skipped = sum(
        not may_match_holding(literals, p)
        for rule in split
        for literals, _ in rule.branches
        for p in held
    )
    assert skipped > len(texts) * len(split)  # most alternatives are skipped most of the time


def _every_fifth_space_a_newline(text: str) -> str:
    words = text.split(" ")
    return "".join(w + ("\n" if i % 5 == 4 else " ") for i, w in enumerate(words)).strip()


def test_the_index_finds_exactly_the_literals_a_text_holds() -> None:
    literals = sorted({lit for rule in GUARD_RULES for lit in rule.literals or ()})
    index = LiteralIndex(literals)
    texts = [guard_text(m.text) for m in read_dataset(TRAIN)]
    texts += ["", "a", "up", "ab", "swollen shut 😢", "{{name}}"]
    held = [index.present(t) for t in texts]
    assert held == [frozenset(lit for lit in literals if lit in t) for t in texts]
    assert sum(map(len, held)) > len(texts)  # it finds something: most texts hold a literal


def test_the_index_files_short_and_overlapping_literals() -> None:
    index = LiteralIndex(["in", "shut", "shutter", "utter", "hut"])
    assert index.present("shutters closed") == {"shut", "shutter", "utter", "hut"}
    assert index.present("mint") == {"in"}
    assert index.present("") == frozenset()


def test_a_message_wide_emergency_broken_over_two_lines_is_still_found() -> None:
    # "breaking down" is only there once the lines are joined, as the message-wide rules read.
    hits = find_hits("got filler last week and the skin is breaking\ndown near my lip")
    assert ("urgent", "urgent.skin_breakdown") in {(h.trigger, h.rule) for h in hits}
