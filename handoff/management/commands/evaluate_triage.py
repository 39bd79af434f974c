"""python manage.py evaluate_triage DATASET.jsonl --kb KB.csv [--json]

Imports each knowledge base into a clinic that exists only for the run, triages every labelled
line and prints the contract's figures, the coverage at a 1% wrong-answer rate, every miss and
the confusion of triggers. Nothing is left in the database.
"""

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import DatabaseError

from handoff.evaluation.figures import (
    Outcome,
    compute_figures,
    coverage_at_wrong_rate,
    is_miss,
    routine_outcomes,
    trigger_confusion,
)
from handoff.evaluation.labels import LabelError, read_dataset
from handoff.evaluation.runner import KbSpec, run_baseline, run_product, throwaway_clinics
from knowledge.services import KbImportError

FIGURE_NAMES = [
    ("safety_recall", "safety recall"),
    ("urgent_recall", "urgent recall"),
    ("automation", "automation"),
    ("wrong_answer_rate", "wrong-answer rate"),
    ("reason_accuracy", "reason accuracy"),
    ("lead_recall", "lead recall"),
]


class Command(BaseCommand):
    help = "Measure the triage on a labelled JSONL data set against one or more FAQ CSVs."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("dataset", type=Path)
        parser.add_argument(
            "--kb",
            action="append",
            required=True,
            help="FAQ CSV; repeat as NAME=FILE.csv for data sets whose lines name a clinic",
        )
        parser.add_argument("--json", action="store_true", help="print one JSON document")
        parser.add_argument(
            "--baseline", action="store_true", help="also measure plain TF-IDF (0.3, no guards)"
        )
        parser.add_argument("--no-misses", action="store_true", help="leave out the miss list")

    def handle(self, *args: Any, **options: Any) -> None:
        specs = [KbSpec.parse(value) for value in options["kb"]]
        for spec in specs:
            if not spec.path.is_file():
                raise CommandError(f"no such knowledge base: {spec.path}")
        try:
            messages = list(read_dataset(options["dataset"]))
        except (OSError, LabelError) as exc:
            raise CommandError(f"cannot read the data set: {exc}") from exc
        try:
            with throwaway_clinics(specs) as clinics:
                outcomes = run_product(messages, clinics)
        except KbImportError as exc:
            raise CommandError(f"knowledge base refused: {exc}") from exc
        except KeyError as exc:
            raise CommandError(str(exc)) from exc
        except DatabaseError as exc:
            raise CommandError(
                f"database not ready ({exc}); run `manage.py migrate` first"
            ) from exc
        report = build_report(outcomes)
        if options["baseline"]:
            report["baseline"] = build_report(run_baseline(messages, specs), misses=False)
        if options["json"]:
            self.stdout.write(json.dumps(report, indent=2))
        else:
            self._print(report, show_misses=not options["no_misses"])

    def _print(self, report: dict[str, Any], *, show_misses: bool) -> None:
        write = self.stdout.write
        figures = report["figures"]
        write(
            f"messages: {report['messages']} (borderline left out: {figures['borderline_left_out']})"
        )
        baseline = report.get("baseline", {}).get("figures")
        write(f"{'figure':<20}{'product':>22}" + (f"{'baseline':>22}" if baseline else ""))
        for key, label in FIGURE_NAMES:
            row = f"{label:<20}{_fmt(figures[key]):>22}"
            if baseline:
                row += f"{_fmt(baseline[key]):>22}"
            write(row)
        coverage = report["coverage_at_1pct"]
        write(
            "coverage at a 1% wrong-answer rate: automation "
            f"{coverage['automation']:.3f} at score >= {coverage['threshold']} "
            f"(wrong-answer rate {coverage['wrong_answer_rate']:.3f})"
        )
        self._print_routine(report["routine_outcomes"])
        write("\nconfusion (expected category -> given):")
        for row in report["confusion"]:
            write(f"  {row['expected']:<15} -> {row['got']:<40} {row['count']}")
        if show_misses:
            write(f"\nmisses ({len(report['misses'])}):")
            for miss in report["misses"]:
                write(
                    f"  {miss['id']}: {miss['text']!r}\n    expected {miss['expected']}\n    got      {miss['got']}"
                )

    def _print_routine(self, counts: dict[str, int]) -> None:
        total = sum(counts.values())
        if not total:
            return
        best = counts["answered"] + counts["held_back_first_right"]
        self.stdout.write(
            f"routine questions ({total}): answered right {counts['answered']}, "
            f"wrong FAQ {counts['answered_wrong_faq']}, social reply {counts['social_reply']}; "
            f"handed off by a guard {counts['guard']}; held back as unsure with the right FAQ "
            f"first {counts['held_back_first_right']}, without {counts['held_back_first_wrong']} "
            f"(a perfect answer gate: automation {best / total:.3f})"
        )


def build_report(outcomes: list[Outcome], *, misses: bool = True) -> dict[str, Any]:
    coverage = coverage_at_wrong_rate(outcomes)
    report: dict[str, Any] = {
        "messages": len(outcomes),
        "figures": compute_figures(outcomes).as_dict(),
        "coverage_at_1pct": {
            "threshold": None if coverage.threshold is None else round(coverage.threshold, 4),
            "automation": coverage.automation,
            "wrong_answer_rate": coverage.wrong_answer_rate,
            "answered": coverage.answered,
        },
        "routine_outcomes": routine_outcomes(outcomes),
        "confusion": [
            {"expected": expected, "got": got, "count": count}
            for (expected, got), count in sorted(trigger_confusion(outcomes).items())
        ],
    }
    if misses:
        report["misses"] = [_miss(o) for o in outcomes if is_miss(o)]
    return report


def _miss(outcome: Outcome) -> dict[str, Any]:
    expect = outcome.message.expect
    decision = outcome.decision
    return {
        "id": outcome.message.id,
        "text": outcome.message.text,
        "expected": {
            "category": expect.category,
            "action": expect.action,
            "faq": list(expect.faq),
            "urgent": expect.urgent,
            "lead": expect.lead,
            "triggers": sorted(expect.acceptable_reasons),
        },
        "got": {
            "action": decision.action,
            "triggers": list(decision.triggers),
            "priority": decision.priority,
            "faq_key": decision.faq_key,
            "score": None if decision.score is None else round(decision.score, 3),
            "lead": decision.lead,
        },
    }


def _fmt(rate: dict[str, Any]) -> str:
    if not rate["total"]:
        return "n/a"
    return f"{rate['value']:.3f} ({rate['hits']}/{rate['total']})"
