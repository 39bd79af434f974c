"""Writes to a clinic's knowledge base."""

import csv
import io
import re
from dataclasses import dataclass
from typing import IO

from django.core.validators import validate_slug
from django.db import transaction
from django.forms import ValidationError

from knowledge.models import ALTERNATES_SEPARATOR, KEY_PATTERN, KEY_RULE, FaqEntry
from medspai.models import Clinic

REQUIRED_COLUMNS = ("key", "question", "answer", "alternates")
_KEY = re.compile(KEY_PATTERN)
MAX_ERRORS = 20


class KbImportError(ValueError):
    """A knowledge-base file that was refused as a whole: nothing was written."""

    def __init__(self, errors: list[str]) -> None:
        self.errors = errors
        super().__init__("; ".join(errors))


@dataclass(frozen=True)
class FaqRow:
    row: int  # as a spreadsheet numbers it: the header is row 1
    key: str
    question: str
    answer: str
    alternates: str


@dataclass(frozen=True)
class ImportResult:
    clinic: Clinic
    clinic_created: bool
    created: int
    updated: int
    unchanged: int

    def __str__(self) -> str:
        new = " (new clinic)" if self.clinic_created else ""
        return f"created {self.created}, updated {self.updated}, unchanged {self.unchanged}{new}"


def faq_import_csv(*, clinic_slug: str, fileobj: IO[bytes] | IO[str]) -> ImportResult:
    """Create or update a clinic's FAQs from a CSV with the header key,question,answer,alternates.

    The clinic is created if it does not exist. Entries are matched by key; entries missing from
    the file are left alone. A malformed file raises KbImportError naming the rows, and nothing
    is written.
    """
    try:
        validate_slug(clinic_slug)
    except ValidationError as exc:
        raise KbImportError([f"clinic slug {clinic_slug!r} is not a valid slug"]) from exc
    rows = parse_faq_csv(fileobj)
    with transaction.atomic():
        clinic, clinic_created = Clinic.objects.get_or_create(
            slug=clinic_slug,
            defaults={"name": clinic_slug.replace("-", " ").replace("_", " ").title()},
        )
        existing = {e.key: e for e in FaqEntry.objects.select_for_update().filter(clinic=clinic)}
        created = updated = unchanged = 0
        for row in rows:
            entry = existing.get(row.key)
            if entry is None:
                FaqEntry.objects.create(
                    clinic=clinic,
                    key=row.key,
                    question=row.question,
                    answer=row.answer,
                    alternates=row.alternates,
                )
                created += 1
            elif (entry.question, entry.answer, entry.alternates) != (
                row.question,
                row.answer,
                row.alternates,
            ):
                entry.question, entry.answer, entry.alternates = (
                    row.question,
                    row.answer,
                    row.alternates,
                )
                entry.save(update_fields=["question", "answer", "alternates", "updated_at"])
                updated += 1
            else:
                unchanged += 1
    return ImportResult(clinic, clinic_created, created, updated, unchanged)


def parse_faq_csv(fileobj: IO[bytes] | IO[str]) -> list[FaqRow]:
    """Every row of the file, validated; KbImportError lists what is wrong, by row."""
    text = _decode(fileobj.read())
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = [h.strip().lower() for h in next(reader, [])]
        records = list(reader)
    except csv.Error as exc:
        raise KbImportError([f"row {reader.line_num}: {exc}"]) from exc
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        found = ",".join(header) or "nothing"
        raise KbImportError([f"row 1 (header): missing column {', '.join(missing)}; found {found}"])
    duplicated = sorted({h for h in header if h and header.count(h) > 1})
    if duplicated:
        raise KbImportError([f"row 1 (header): column {', '.join(duplicated)} appears twice"])
    return _rows(header, records)


def _decode(raw: bytes | str) -> str:
    if isinstance(raw, str):
        return raw.removeprefix("\ufeff")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise KbImportError(
            [f"row {line}: the file is not UTF-8 text (byte {exc.start}); save it as CSV UTF-8"]
        ) from exc


def _rows(header: list[str], records: list[list[str]]) -> list[FaqRow]:
    column = {name: header.index(name) for name in REQUIRED_COLUMNS}
    rows: list[FaqRow] = []
    errors: list[str] = []
    first_row_of: dict[str, int] = {}
    for number, cells in enumerate(records, start=2):
        if not any(c.strip() for c in cells):
            continue
        problem = _cell_count_problem(cells, len(header))
        if problem:
            errors.append(f"row {number}: {problem}")
            continue
        values = {name: cells[i].strip() for name, i in column.items()}
        row_errors = _row_problems(values)
        if values["key"] in first_row_of:
            row_errors.append(
                f"key {values['key']!r} is already used on row {first_row_of[values['key']]}"
            )
        first_row_of.setdefault(values["key"], number)
        errors.extend(f"row {number}: {e}" for e in row_errors)
        if not row_errors:
            rows.append(
                FaqRow(
                    number,
                    values["key"],
                    values["question"],
                    values["answer"],
                    _alternates(values["alternates"]),
                )
            )
    if errors:
        more = [f"and {len(errors) - MAX_ERRORS} more"] if len(errors) > MAX_ERRORS else []
        raise KbImportError(errors[:MAX_ERRORS] + more)
    if not rows:
        raise KbImportError(["the file has a header but no FAQ rows"])
    return rows


def _cell_count_problem(cells: list[str], expected: int) -> str:
    if len(cells) < expected:
        return f"{len(cells)} cells, but the header has {expected}"
    if len(cells) > expected and any(c.strip() for c in cells[expected:]):
        return (
            f"{len(cells)} cells, but the header has {expected} (is a comma in a cell not quoted?)"
        )
    return ""


def _row_problems(values: dict[str, str]) -> list[str]:
    problems = [f"empty {name}" for name in ("key", "question", "answer") if not values[name]]
    key = values["key"]
    if key and not _KEY.match(key):
        problems.append(f"key {key!r}: {KEY_RULE}")
    if len(key) > FaqEntry._meta.get_field("key").max_length:  # type: ignore[operator]
        problems.append(f"key {key[:20]!r}… is longer than 80 characters")
    if len(values["question"]) > FaqEntry._meta.get_field("question").max_length:  # type: ignore[operator]
        problems.append("question is longer than 300 characters")
    return problems


def _alternates(raw: str) -> str:
    phrasings = dict.fromkeys(a.strip() for a in raw.split("|") if a.strip())
    return ALTERNATES_SEPARATOR.join(phrasings)
