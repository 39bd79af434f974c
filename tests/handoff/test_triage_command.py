"""`manage.py triage`: a dry run over JSON lines, one answer per line, in order."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from conversations.models import Conversation, Message, Patient
from handoff.models import GuardPhrase, Handoff, StaffTask
from knowledge.models import FaqEntry


def run_triage(slug: str, *lines: str) -> list[dict]:
    out = io.StringIO()
    call_command(
        "triage", slug, stdin=io.StringIO("".join(f"{line}\n" for line in lines)), stdout=out
    )
    return [json.loads(line) for line in out.getvalue().splitlines()]


def counts() -> tuple[int, ...]:
    return tuple(
        model.objects.count()
        for model in (Conversation, Message, Patient, Handoff, StaffTask, FaqEntry)
    )


@pytest.mark.django_db
def test_contract_example_line(clinic) -> None:
    line = json.dumps(
        {
            "id": "m1",
            "text": "how much is lip filler?",
            "history": [
                {"role": "patient", "text": "hi"},
                {"role": "assistant", "text": "Hi! How can I help?"},
            ],
            "at": "2026-11-27T21:05:00-06:00",
        }
    )
    [result] = run_triage(clinic.slug, line)
    assert result["id"] == "m1" and result["action"] == "answer"
    assert result["faq_key"] == "lip_filler_price" and result["triggers"] == []
    assert result["reply"] == "Lip filler is $650 per syringe."
    assert result["priority"] == "normal" and result["lead"] is False
    assert 0.45 <= result["score"] <= 1


@pytest.mark.django_db
def test_dry_run_writes_nothing(clinic) -> None:
    before = counts()
    results = run_triage(
        clinic.slug,
        json.dumps({"id": 1, "text": "my lip is turning white after filler"}),
        json.dumps({"id": 2, "text": "can someone call me"}),
        json.dumps({"id": 3, "text": "I want a refund"}),
    )
    assert [r["action"] for r in results] == ["handoff", "handoff", "handoff"]
    assert results[0]["priority"] == "urgent"
    assert counts() == before


@pytest.mark.django_db
def test_one_line_out_per_line_in_and_order_kept(clinic) -> None:
    texts = ["how much is botox", "where do I park", "thanks!", "do you do tattoo removal"] * 5
    results = run_triage(
        clinic.slug, *(json.dumps({"id": f"m{i}", "text": t}) for i, t in enumerate(texts))
    )
    assert [r["id"] for r in results] == [f"m{i}" for i in range(len(texts))]
    assert [r.get("faq_key") for r in results[:4]] == ["botox_price", "parking", None, None]


@pytest.mark.django_db
def test_malformed_lines_get_an_error_and_the_run_goes_on(clinic) -> None:
    results = run_triage(
        clinic.slug,
        "not json",
        json.dumps({"id": "a"}),
        json.dumps({"id": "b", "text": 42}),
        json.dumps({"id": "c", "text": "hi", "history": "hello"}),
        json.dumps({"id": "d", "text": "hi", "history": [{"role": "robot", "text": "x"}]}),
        json.dumps({"id": "e", "text": "hi", "at": "yesterday"}),
        json.dumps(["a", "list"]),
        "",
        json.dumps({"id": "ok", "text": "how much is botox"}),
    )
    assert len(results) == 9
    assert all("error" in r for r in results[:8])
    assert [r["id"] for r in results[1:6]] == ["a", "b", "c", "d", "e"]
    assert "text" in results[1]["error"] and "history" in results[3]["error"]
    assert "role" in results[4]["error"] and "ISO-8601" in results[5]["error"]
    assert results[8]["faq_key"] == "botox_price"


@pytest.mark.django_db
def test_at_decides_what_the_reply_says_about_opening_hours(clinic) -> None:
    closed, open_ = run_triage(
        clinic.slug,
        json.dumps({"id": 1, "text": "can someone call me", "at": "2026-11-24T21:05:00-06:00"}),
        json.dumps({"id": 2, "text": "can someone call me", "at": "2026-11-24T11:00:00"}),
    )
    assert "when we open at 9:00 AM tomorrow" in closed["reply"]
    assert "shortly" in open_["reply"]


@pytest.mark.django_db
def test_manager_guard_phrases_apply(clinic) -> None:
    GuardPhrase.objects.create(clinic=clinic, trigger="medical", phrase="jawline")
    [result] = run_triage(clinic.slug, json.dumps({"id": 1, "text": "my jawline question"}))
    assert result["action"] == "handoff" and "medical" in result["triggers"]


@pytest.mark.django_db
def test_unknown_clinic_is_refused(clinic) -> None:
    with pytest.raises(CommandError, match="no clinic"):
        run_triage("nowhere", json.dumps({"id": 1, "text": "hi"}))


def test_broken_json_line_keeps_its_id_when_it_can_be_read(db) -> None:
    from handoff.management.commands.triage import _salvage_id

    assert _salvage_id('{"id": "m7", "text": "hi"') == "m7"
    assert _salvage_id('{"id": 12, "text": ') == 12
    assert _salvage_id("not json at all") is None
