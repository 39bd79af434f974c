"""Pure fixtures for the triage decision: the demo knowledge base as an index, and settings."""

import csv
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from handoff.decision import TriageSettings
from knowledge.retrieval import FaqDoc, KbIndex, build_index
from medspai.models import default_business_hours

DEMO_KB = Path(__file__).resolve().parents[2] / "data" / "demo_kb.csv"
AUSTIN = ZoneInfo("America/Chicago")
HOURS = default_business_hours()


def read_docs(path: Path) -> list[FaqDoc]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [
            FaqDoc(
                key=row["key"],
                question=row["question"],
                alternates=tuple(a.strip() for a in row["alternates"].split("|") if a.strip()),
                answer=row["answer"],
            )
            for row in csv.DictReader(handle)
        ]


@pytest.fixture(scope="session")
def demo_index() -> KbIndex:
    return build_index(read_docs(DEMO_KB))


@pytest.fixture
def spa() -> TriageSettings:
    return TriageSettings(
        clinic_name="Lumière Med Spa",
        clinic_phone="+15125550142",
        timezone="America/Chicago",
        business_hours=HOURS,
    )


@pytest.fixture
def open_hours() -> datetime:
    """A Tuesday afternoon in Austin."""
    return datetime(2026, 11, 24, 14, 30, tzinfo=AUSTIN)


@pytest.fixture
def after_hours() -> datetime:
    """A Tuesday night in Austin: the clinic opens at 9:00 AM on Wednesday."""
    return datetime(2026, 11, 24, 21, 5, tzinfo=AUSTIN)
