"""The figures of the contract, computed on small hand-checked cases, and the command."""

import json
from io import StringIO

import pytest
from django.core.management import call_command

from handoff.decision import Decision, Match
from handoff.evaluation.figures import (
    Outcome,
    compute_figures,
    coverage_at_wrong_rate,
    is_miss,
    routine_outcomes,
)
from handoff.evaluation.labels import parse_line
from knowledge.models import FaqEntry
from medspai.models import Clinic


def labelled(
    category: str, action: str, faq=(), urgent=False, lead=False, borderline=False, triggers=()
):
    line = {
        "id": f"{category}-{action}",
        "text": "x",
        "expect": {
            "category": category,
            "action": action,
            "faq": list(faq),
            "urgent": urgent,
            "lead": lead,
            "borderline": borderline,
            "triggers": list(triggers),
        },
    }
    return parse_line(json.dumps(line), line_number=1)


def answer(key: str | None, score: float = 0.8) -> Decision:
    return Decision(
        "answer", (), "normal", key, score, False, "reply", answered_keys=(key,) if key else ()
    )


def handoff(*triggers: str, priority: str = "normal", lead: bool = False) -> Decision:
    return Decision("handoff", tuple(triggers), priority, None, 0.2, lead, "ack")


def test_figures_count_each_definition_of_the_contract():
    outcomes = [
        Outcome(labelled("routine", "answer", faq=["hours"]), answer("hours", 0.9)),
        Outcome(labelled("routine", "answer", faq=["hours"]), answer("parking", 0.5)),
        Outcome(labelled("routine", "answer", faq=["price"]), handoff("low_confidence")),
        Outcome(
            labelled("medical", "handoff", urgent=True, triggers=["urgent", "medical"]),
            handoff("urgent", "medical", priority="urgent"),
        ),
        Outcome(labelled("medical", "handoff"), handoff("emotional", priority="high")),
        Outcome(labelled("emotional", "handoff"), answer("hours", 0.6)),
        Outcome(
            labelled("lead", "handoff", lead=True), handoff("lead", priority="high", lead=True)
        ),
        Outcome(labelled("medical", "handoff", borderline=True), answer("hours")),
    ]
    figures = compute_figures(outcomes)

    assert (figures.safety_recall.hits, figures.safety_recall.total) == (2, 3)
    assert (figures.urgent_recall.hits, figures.urgent_recall.total) == (1, 1)
    assert (figures.automation.hits, figures.automation.total) == (1, 3)
    assert (figures.wrong_answer_rate.hits, figures.wrong_answer_rate.total) == (2, 3)
    assert (figures.reason_accuracy.hits, figures.reason_accuracy.total) == (2, 3)
    assert (figures.lead_recall.hits, figures.lead_recall.total) == (1, 1)
    assert figures.borderline_left_out == 1
    assert [is_miss(o) for o in outcomes] == [False, True, True, False, True, True, False, False]


def held_back(trigger: str, first: str | None) -> Decision:
    matches = (Match(first, 0.4, "row"), Match("other", 0.3, "row")) if first else ()
    return Decision("handoff", (trigger,), "normal", None, 0.4, False, "ack", matches=matches)


def test_routine_outcomes_split_what_the_gate_held_back_by_the_faq_it_would_have_sent():
    routine = labelled("routine", "answer", faq=["price", "price_lips"])
    outcomes = [
        Outcome(routine, answer("price")),
        Outcome(routine, answer("parking")),
        Outcome(routine, answer(None)),
        Outcome(routine, handoff("medical", priority="high")),
        Outcome(routine, handoff("lead", "low_confidence", priority="high")),
        Outcome(routine, held_back("low_confidence", "price_lips")),
        Outcome(routine, held_back("ambiguous", "price")),
        Outcome(routine, held_back("ambiguous", "parking")),
        Outcome(routine, held_back("low_confidence", None)),
        Outcome(labelled("routine", "answer", faq=["price"], borderline=True), answer("price")),
        Outcome(labelled("medical", "handoff"), held_back("low_confidence", "price")),
    ]

    assert routine_outcomes(outcomes) == {
        "answered": 1,
        "answered_wrong_faq": 1,
        "social_reply": 1,
        "guard": 2,
        "held_back_first_right": 2,
        "held_back_first_wrong": 2,
    }


def test_urgent_message_without_urgent_trigger_has_the_wrong_reason():
    outcome = Outcome(
        labelled("medical", "handoff", urgent=True), handoff("medical", priority="high")
    )

    assert compute_figures([outcome]).reason_accuracy.hits == 0


def test_coverage_raises_the_bar_until_wrong_answers_fit_under_one_percent():
    outcomes = [
        Outcome(labelled("routine", "answer", faq=["a"]), answer("a", 0.9 - i / 1000))
        for i in range(99)
    ]
    outcomes.append(Outcome(labelled("emotional", "handoff"), answer("a", 0.5)))
    outcomes.append(Outcome(labelled("emotional", "handoff"), answer("a", 0.95)))

    coverage = coverage_at_wrong_rate(outcomes)

    assert coverage.wrong_answer_rate <= 0.01
    assert coverage.automation == pytest.approx(99 / 99)
    assert coverage.threshold == pytest.approx(0.9 - 98 / 1000)


@pytest.mark.django_db
def test_evaluate_command_prints_figures_and_leaves_no_trace(tmp_path):
    kb = tmp_path / "kb.csv"
    kb.write_text(
        "key,question,answer,alternates\n"
        "hours,What are your hours?,We are open 9-5.,when are you open | opening times\n"
        "parking,Where do I park?,Behind the building.,is there parking\n"
    )
    data = tmp_path / "set.jsonl"
    lines = [
        {
            "id": "r1",
            "text": "when are you open on monday?",
            "expect": {"category": "routine", "action": "answer", "faq": ["hours"]},
        },
        {
            "id": "m1",
            "text": "my lips turned white and hurt a lot after filler an hour ago",
            "expect": {"category": "medical", "action": "handoff", "urgent": True},
        },
    ]
    data.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    clinics_before = Clinic.objects.count()

    out = StringIO()
    call_command("evaluate_triage", str(data), "--kb", str(kb), "--json", "--baseline", stdout=out)
    report = json.loads(out.getvalue())

    assert report["messages"] == 2
    assert report["figures"]["urgent_recall"] == {"value": 1.0, "hits": 1, "total": 1}
    assert report["figures"]["automation"]["total"] == 1
    assert "baseline" in report
    assert sum(report["routine_outcomes"].values()) == 1

    text = StringIO()
    call_command("evaluate_triage", str(data), "--kb", str(kb), stdout=text)
    outcomes = report["routine_outcomes"]
    answered = outcomes["answered"] + outcomes["held_back_first_right"]
    assert f"routine questions (1): answered right {outcomes['answered']}," in text.getvalue()
    assert f"(a perfect answer gate: automation {answered:.3f})" in text.getvalue()
    assert Clinic.objects.count() == clinics_before
    assert FaqEntry.objects.count() == 0


def test_bench_command_reports_latency_and_build_time(tmp_path):
    from django.conf import settings

    from handoff.evaluation.bench import load_docs, run_bench, synthetic_kb

    kb = settings.BASE_DIR / "data" / "demo_kb.csv"
    data = tmp_path / "set.jsonl"
    data.write_text(
        json.dumps(
            {
                "id": "a",
                "text": "what are your hours",
                "expect": {"category": "routine", "action": "answer"},
            }
        )
        + "\n"
    )
    docs = synthetic_kb(load_docs([kb]), 120)

    result = run_bench(kb_paths=[kb], dataset=data, kb_size=120, build_size=150, rounds=1)

    assert len({d.key for d in docs}) == 120
    assert result.messages == 1
    assert 0 < result.p50_ms <= result.p99_ms <= result.max_ms
    assert result.build_seconds > 0
