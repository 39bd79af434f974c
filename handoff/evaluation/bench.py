"""Speed of the triage: per-message latency on a large KB and the time to build an index."""

import gc
import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from handoff.decision import TriageSettings
from handoff.evaluation.labels import read_dataset
from handoff.triage import triage
from handoff.worker import settle_heap
from knowledge.retrieval import FaqDoc, build_index
from knowledge.services import parse_faq_csv

LOCATIONS = [
    "",
    "downtown",
    "north",
    "south",
    "east",
    "west",
    "uptown",
    "lakeside",
    "midtown",
    "riverside",
    "hill country",
    "airport",
    "university",
    "westlake",
    "domain",
]


def load_docs(paths: Sequence[Path]) -> list[FaqDoc]:
    docs: list[FaqDoc] = []
    for path in paths:
        with path.open("rb") as handle:
            for row in parse_faq_csv(handle):
                alternates = tuple(a.strip() for a in row.alternates.split("|") if a.strip())
                docs.append(FaqDoc(f"{path.stem}-{row.key}", row.question, alternates, row.answer))
    return docs


def synthetic_kb(base: Sequence[FaqDoc], size: int) -> list[FaqDoc]:
    """`size` FAQ entries: the real ones, then the same topics for a chain's other locations."""
    docs: list[FaqDoc] = []
    for i in range(size):
        doc = base[i % len(base)]
        location = LOCATIONS[(i // len(base)) % len(LOCATIONS)]
        suffix = f" at the {location} location" if location else ""
        docs.append(
            FaqDoc(
                key=f"{doc.key}-{i}",
                question=doc.question.rstrip("?") + suffix + "?",
                alternates=tuple(a + suffix for a in doc.alternates),
                answer=doc.answer,
            )
        )
    return docs


@dataclass(frozen=True)
class BenchResult:
    kb_size: int
    messages: int
    p50_ms: float
    p99_ms: float
    max_ms: float
    build_size: int
    build_seconds: float
    first_build_seconds: float


def run_bench(
    *,
    kb_paths: Sequence[Path],
    dataset: Path,
    kb_size: int = 500,
    build_size: int = 2000,
    rounds: int = 3,
) -> BenchResult:
    base = load_docs(kb_paths)
    index = build_index(synthetic_kb(base, kb_size))
    settings = TriageSettings()
    messages = list(read_dataset(dataset))
    for message in messages[:50]:  # warm caches the way a running worker has them
        triage(text=message.text, history=message.history, settings=settings, index=index)
    settle_heap()  # as a worker process does once its models are loaded
    timings: list[float] = []
    try:
        for message in messages:
            start = time.perf_counter()
            triage(
                text=message.text,
                history=message.history,
                settings=settings,
                index=index,
                at=message.at,
            )
            timings.append((time.perf_counter() - start) * 1000)
    finally:
        gc.unfreeze()
    timings.sort()
    big = synthetic_kb(base, build_size)
    builds = []
    for _ in range(rounds):
        start = time.perf_counter()
        build_index(big)
        builds.append(time.perf_counter() - start)
    return BenchResult(
        kb_size=kb_size,
        messages=len(timings),
        p50_ms=statistics.median(timings),
        p99_ms=timings[min(len(timings) - 1, int(len(timings) * 0.99))],
        max_ms=timings[-1],
        build_size=build_size,
        build_seconds=statistics.median(builds),
        first_build_seconds=builds[0],
    )
