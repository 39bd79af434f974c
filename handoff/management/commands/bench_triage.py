"""python manage.py bench_triage: per-message latency on a 500-entry KB, index build for 2,000."""

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from handoff.evaluation.bench import run_bench

CORPUS = Path(settings.BASE_DIR) / "data" / "corpus"
DEFAULT_KBS = [
    Path(settings.BASE_DIR) / "data" / "demo_kb.csv",
    CORPUS / "kb_glow.csv",
    CORPUS / "kb_harbor.csv",
]


class Command(BaseCommand):
    help = "Time the triage decision (p50/p99 per message) and the FAQ index build."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--dataset", type=Path, default=CORPUS / "train.jsonl")
        parser.add_argument("--kb-size", type=int, default=500)
        parser.add_argument("--build-size", type=int, default=2000)

    def handle(self, *args: Any, **options: Any) -> None:
        result = run_bench(
            kb_paths=DEFAULT_KBS,
            dataset=options["dataset"],
            kb_size=options["kb_size"],
            build_size=options["build_size"],
        )
        self.stdout.write(
            f"triage latency on a {result.kb_size}-entry KB over {result.messages} messages: "
            f"p50 {result.p50_ms:.2f} ms, p99 {result.p99_ms:.2f} ms, max {result.max_ms:.2f} ms"
        )
        self.stdout.write(
            f"index build for {result.build_size} entries: first {result.first_build_seconds:.3f} s, "
            f"median of 3 {result.build_seconds:.3f} s"
        )
