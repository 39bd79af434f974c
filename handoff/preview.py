"""Triage a text for a clinic without recording anything: the worker, the `triage` command
and the admin preview all come through here."""

from collections.abc import Sequence
from datetime import datetime

from handoff.decision import Decision, Turn
from handoff.selectors import triage_settings_for_clinic
from handoff.triage import triage
from knowledge.selectors import faq_index_for_clinic
from medspai.models import Clinic


def triage_for_clinic(
    *,
    clinic: Clinic,
    text: str,
    history: Sequence[Turn] = (),
    at: datetime | None = None,
) -> Decision:
    return triage(
        text=text,
        history=history,
        settings=triage_settings_for_clinic(clinic=clinic),
        index=faq_index_for_clinic(clinic=clinic),
        at=at,
    )
