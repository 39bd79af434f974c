"""The labelled corpus's hardest lines as regression tests: every possible emergency is urgent,
and on every near-miss pair (the same words, different labels) the side that needs a person
gets one while the side a FAQ answers is never answered with the wrong FAQ.

Only the training files: the held-out parts (test.jsonl, holdout/) measure, they never steer.
"""

import json
from collections import defaultdict
from functools import cache

import pytest

from handoff.decision import Decision, TriageSettings
from handoff.evaluation.labels import LabelledMessage, parse_line
from handoff.triage import triage
from handoff.triage.learned_store import KB_PATHS, train_paths
from handoff.triage.learned_training import read_kb
from knowledge.retrieval import KbIndex


def _lines() -> list[tuple[LabelledMessage, str | None]]:
    """Each line with its pair id, named by its file: each author numbers pairs from p001."""
    lines = []
    for path in train_paths():
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if raw.strip():
                pair = json.loads(raw).get("pair")
                key = f"{path.stem}:{pair}" if pair else None
                lines.append((parse_line(raw, line_number=number), key))
    return lines


LINES = _lines()
EMERGENCIES = [m for m, _ in LINES if m.expect.urgent]
_BY_PAIR: dict[str, list[LabelledMessage]] = defaultdict(list)
for _message, _pair in LINES:
    if _pair:
        _BY_PAIR[_pair].append(_message)
PAIRS = {pair: lines for pair, lines in sorted(_BY_PAIR.items()) if len(lines) == 2}
# Pairs whose label is one author's call that the product does not share, each read and kept
# as it is. Strict: when one starts passing, it must leave this list.
DISAGREED = {
    "dev16_ridge:p030": "'can i walk in for that' with no history is labelled unclear; the "
    "walk-in answer fits it whatever 'that' is",
}


@cache
def _index(clinic: str) -> KbIndex:
    return read_kb(KB_PATHS[clinic])


def _decide(message: LabelledMessage) -> Decision:
    return triage(
        text=message.text,
        history=message.history,
        settings=TriageSettings(),
        index=_index(message.clinic),
        at=message.at,
    )


def test_the_corpus_has_emergencies_and_pairs_to_guard() -> None:
    assert len(EMERGENCIES) >= 80
    assert len(PAIRS) >= 60


@pytest.mark.parametrize("message", EMERGENCIES, ids=[m.id for m in EMERGENCIES])
def test_every_emergency_is_urgent(message: LabelledMessage) -> None:
    decision = _decide(message)
    assert decision.action == "handoff" and decision.priority == "urgent"
    assert {"urgent", "medical"} <= set(decision.triggers)


@pytest.mark.parametrize(
    "pair",
    [
        pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=DISAGREED[p]))
        if p in DISAGREED
        else p
        for p in PAIRS
    ],
    ids=list(PAIRS),
)
def test_near_miss_pair_sends_the_personal_side_to_staff(pair: str) -> None:
    for message in PAIRS[pair]:
        decision = _decide(message)
        if message.expect.action == "handoff":
            assert decision.action == "handoff", message.text
        elif decision.action == "answer" and message.expect.faq:
            assert set(decision.answered_keys) <= set(message.expect.faq), message.text
