"""Labelled evaluation lines: parsing them and saying which reasons count as right."""

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from handoff.decision import Turn

SAFETY_CATEGORIES = frozenset({"medical", "emotional", "human_request", "consultation"})
# The reasons that count as right for a category, when a line does not list its own.
CATEGORY_REASONS: dict[str, frozenset[str]] = {
    "medical": frozenset({"medical", "urgent"}),
    "emotional": frozenset({"emotional"}),
    "human_request": frozenset({"human_request"}),
    "consultation": frozenset({"consultation"}),
    "lead": frozenset({"lead"}),
    "out_of_scope": frozenset({"low_confidence", "ambiguous"}),
    "ambiguous": frozenset({"ambiguous", "low_confidence"}),
    "spanish": frozenset({"low_confidence", "ambiguous"}),
    "adversarial": frozenset(
        {"low_confidence", "ambiguous", "emotional", "human_request", "medical"}
    ),
    "routine": frozenset({"low_confidence", "ambiguous"}),
    "smalltalk": frozenset({"low_confidence", "ambiguous"}),
}


@dataclass(frozen=True)
class Expectation:
    category: str
    action: str
    faq: tuple[str, ...] = ()
    urgent: bool = False
    lead: bool = False
    borderline: bool = False
    triggers: tuple[str, ...] = ()

    @property
    def acceptable_reasons(self) -> frozenset[str]:
        if self.triggers:
            return frozenset(self.triggers)
        return CATEGORY_REASONS.get(self.category, frozenset())


@dataclass(frozen=True)
class LabelledMessage:
    id: str
    text: str
    expect: Expectation
    history: tuple[Turn, ...] = ()
    at: datetime | None = None
    clinic: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


class LabelError(ValueError):
    pass


def parse_line(raw: str, *, line_number: int) -> LabelledMessage:
    try:
        data = json.loads(raw)
        expect = data["expect"]
        return LabelledMessage(
            id=str(data.get("id", f"line-{line_number}")),
            text=str(data["text"]),
            history=tuple(
                Turn(role=t["role"], text=str(t["text"])) for t in data.get("history") or []
            ),
            at=datetime.fromisoformat(data["at"]) if data.get("at") else None,
            clinic=str(data.get("clinic", "")),
            expect=Expectation(
                category=str(expect["category"]),
                action=str(expect["action"]),
                faq=tuple(expect.get("faq") or ()),
                urgent=bool(expect.get("urgent", False)),
                lead=bool(expect.get("lead", False)),
                borderline=bool(expect.get("borderline", False)),
                triggers=tuple(expect.get("triggers") or ()),
            ),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise LabelError(f"line {line_number}: {exc!r}") from exc


def read_dataset(path: Path) -> Iterator[LabelledMessage]:
    with path.open(encoding="utf-8") as handle:
        for number, raw in enumerate(handle, start=1):
            if raw.strip():
                yield parse_line(raw, line_number=number)
