"""Two people press "claim" at the same moment: exactly one wins, on a real database."""

import threading

import pytest
from django.db import connection, connections

from handoff.models import Handoff, HandoffEvent
from handoff.services.staff import ClaimResult, handoff_claim
from tests.conftest import in_ci, on_postgres
from tests.factories import make_clinic, make_staff
from tests.inbox.builders import make_handoff

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def needs_postgres() -> None:
    if on_postgres():
        return
    if in_ci():
        pytest.fail("The claim race must run on PostgreSQL in CI (set DATABASE_URL).")
    pytest.skip("needs PostgreSQL: SQLite serialises writers, so there is no race to test")


def claim_at_once(handoff: Handoff, users: list) -> list[ClaimResult]:
    barrier = threading.Barrier(len(users))
    results: list[ClaimResult] = []
    errors: list[BaseException] = []

    def press_claim(user: object) -> None:
        try:
            barrier.wait(timeout=10)
            results.append(handoff_claim(handoff=handoff, user=user))
        except BaseException as exc:  # reported below, not lost in the thread
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=press_claim, args=(u,)) for u in users]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors, errors
    return results


@pytest.mark.parametrize("round_", range(5))
def test_exactly_one_of_two_simultaneous_claims_wins(round_):
    assert connection.vendor == "postgresql"
    clinic = make_clinic()
    alice, bob = make_staff(clinic=clinic), make_staff(clinic=clinic)
    handoff = make_handoff(clinic=clinic, phone=f"+1555123{round_:04d}")

    results = claim_at_once(handoff, [alice, bob])

    winners = [r for r in results if r.won]
    losers = [r for r in results if not r.won]
    assert len(winners) == 1 and len(losers) == 1
    handoff.refresh_from_db()
    assert handoff.claimed_by == winners[0].holder
    assert losers[0].holder == handoff.claimed_by
    assert HandoffEvent.objects.filter(handoff=handoff, kind="claimed").count() == 1


def test_exactly_one_of_many_simultaneous_claims_wins():
    clinic = make_clinic()
    staff = [make_staff(clinic=clinic) for _ in range(6)]
    handoff = make_handoff(clinic=clinic)
    results = claim_at_once(handoff, staff)
    assert sum(r.won for r in results) == 1
    assert HandoffEvent.objects.filter(handoff=handoff, kind="claimed").count() == 1
