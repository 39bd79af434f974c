"""python manage.py triage CLINIC_SLUG < in.jsonl > out.jsonl

A dry run of the triage decision over JSON lines: one output line per input line, in order,
and nothing written to the database.
"""

import json
import re
import sys
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from handoff.decision import Turn
from handoff.preview import triage_for_clinic
from medspai.models import Clinic

ROLES = ("patient", "assistant", "staff")


class LineError(ValueError):
    """An input line that cannot be triaged; reported on its own output line."""


class Command(BaseCommand):
    help = (
        "Triage JSON lines from standard input ({id, text, history?, at?}) for a clinic and "
        "write one decision per line to standard output. Nothing is saved."
    )

    stealth_options = ("stdin",)

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("clinic_slug")

    def handle(self, *args: Any, **options: Any) -> None:
        clinic = Clinic.objects.filter(slug=options["clinic_slug"]).first()
        if clinic is None:
            raise CommandError(f"no clinic with slug {options['clinic_slug']!r}")
        # Belt and braces for "changes nothing": whatever happens below is rolled back.
        with transaction.atomic():
            for line in options.get("stdin") or sys.stdin:
                self.stdout.write(json.dumps(triage_line(clinic, line)))
                self.stdout.flush()
            transaction.set_rollback(True)


def triage_line(clinic: Clinic, line: str) -> dict[str, Any]:
    message_id: Any = None
    if not line.strip():
        return {"id": None, "error": "empty line"}
    try:
        item = json.loads(line)
        if not isinstance(item, dict):
            raise LineError("a line must be a JSON object")
        message_id = item.get("id")
        text, history, at = parse_item(item, clinic=clinic)
    except json.JSONDecodeError as exc:
        return {"id": _salvage_id(line), "error": f"invalid JSON: {exc.msg} (column {exc.colno})"}
    except LineError as exc:
        return {"id": message_id, "error": str(exc)}
    decision = triage_for_clinic(clinic=clinic, text=text, history=history, at=at)
    return decision.contract_dict(message_id)


def parse_item(item: dict[str, Any], *, clinic: Clinic) -> tuple[str, list[Turn], datetime | None]:
    text = item.get("text")
    if not isinstance(text, str):
        raise LineError("'text' is required and must be a string")
    return text, _history(item.get("history")), _at(item.get("at"), clinic=clinic)


def _history(value: Any) -> list[Turn]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise LineError("'history' must be a list of {role, text} objects")
    turns = []
    for i, turn in enumerate(value):
        if not isinstance(turn, dict):
            raise LineError(f"history[{i}] must be an object with 'role' and 'text'")
        if turn.get("role") not in ROLES:
            raise LineError(f"history[{i}].role must be one of {', '.join(ROLES)}")
        if not isinstance(turn.get("text"), str):
            raise LineError(f"history[{i}].text must be a string")
        turns.append(Turn(role=turn["role"], text=turn["text"]))
    return turns


def _at(value: Any, *, clinic: Clinic) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise LineError("'at' must be an ISO-8601 string")
    try:
        at = datetime.fromisoformat(value)
    except ValueError as exc:
        raise LineError(f"'at' is not an ISO-8601 date-time: {value!r}") from exc
    if at.tzinfo is None:
        try:
            at = at.replace(tzinfo=ZoneInfo(clinic.timezone))
        except (ZoneInfoNotFoundError, ValueError):
            at = at.replace(tzinfo=ZoneInfo("UTC"))
    return at


_ID = re.compile(r'"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+)')


def _salvage_id(line: str) -> Any:
    """The id of a line that is not valid JSON, when it can still be read, so the error line
    can be matched to its input."""
    match = _ID.search(line)
    if not match:
        return None
    try:
        return json.loads(match.group(1))
    except json.JSONDecodeError:
        return None
