"""Run the triage over a labelled data set, against knowledge bases imported for the run only."""

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction

from handoff.decision import Decision
from handoff.evaluation.baseline import NaiveBaseline
from handoff.evaluation.figures import Outcome
from handoff.evaluation.labels import LabelledMessage
from handoff.preview import triage_for_clinic
from knowledge.retrieval import FaqDoc
from knowledge.services import faq_import_csv, parse_faq_csv
from medspai.models import Clinic

THROWAWAY_PREFIX = "eval-"


class _Rollback(Exception):
    pass


@dataclass(frozen=True)
class KbSpec:
    """`path` serves the lines of clinic `name`; an empty name serves every line."""

    name: str
    path: Path

    @classmethod
    def parse(cls, value: str) -> "KbSpec":
        name, sep, path = value.partition("=")
        return cls(name=name, path=Path(path)) if sep else cls(name="", path=Path(value))


@contextmanager
def throwaway_clinics(specs: Iterable[KbSpec]) -> Iterator[dict[str, Clinic]]:
    """Import each KB into a clinic that exists only for the run: everything is rolled back."""
    try:
        with transaction.atomic():
            clinics: dict[str, Clinic] = {}
            for i, spec in enumerate(specs):
                with spec.path.open("rb") as handle:
                    result = faq_import_csv(
                        clinic_slug=f"{THROWAWAY_PREFIX}{i}-{spec.name or 'kb'}"[:50],
                        fileobj=handle,
                    )
                clinics[spec.name] = result.clinic
            yield clinics
            raise _Rollback
    except _Rollback:
        pass


def clinic_for(message: LabelledMessage, clinics: dict[str, Clinic]) -> Clinic:
    if message.clinic in clinics:
        return clinics[message.clinic]
    if "" in clinics:
        return clinics[""]
    raise KeyError(f"no --kb for clinic {message.clinic!r} (message {message.id})")


def run_product(messages: list[LabelledMessage], clinics: dict[str, Clinic]) -> list[Outcome]:
    outcomes = []
    for message in messages:
        decision = triage_for_clinic(
            clinic=clinic_for(message, clinics),
            text=message.text,
            history=message.history,
            at=message.at,
        )
        outcomes.append(Outcome(message=message, decision=decision))
    return outcomes


def run_baseline(messages: list[LabelledMessage], specs: list[KbSpec]) -> list[Outcome]:
    baselines: dict[str, NaiveBaseline] = {}
    for spec in specs:
        with spec.path.open("rb") as handle:
            rows = parse_faq_csv(handle)
        docs = [
            FaqDoc(
                key=r.key,
                question=r.question,
                alternates=tuple(a.strip() for a in r.alternates.split("|") if a.strip()),
                answer=r.answer,
            )
            for r in rows
        ]
        baselines[spec.name] = NaiveBaseline(docs)
    outcomes = []
    for message in messages:
        baseline = baselines.get(message.clinic) or baselines[""]
        decision: Decision = baseline.decide(message.text)
        outcomes.append(Outcome(message=message, decision=decision))
    return outcomes
