"""What staff do to a handoff: view, claim, reply, note, resolve, release.

Every action is recorded as a HandoffEvent (who, when). Claims are won by a conditional UPDATE,
so two people pressing "claim" at once end with exactly one owner.
"""

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from conversations.models import Conversation, Message
from conversations.services.sending import MAX_SMS_CHARS, message_send
from handoff.models import Handoff, HandoffEvent
from medspai.models import Clinic

logger = logging.getLogger(__name__)

# A second view by the same person within this window is not recorded again.
VIEW_EVENT_WINDOW = timedelta(minutes=5)
MAX_NOTE_CHARS = 4000
# What the claimer does that keeps a claim alive; patient texts and page views do not.
LEASE_ACTIVITY = (HandoffEvent.Kind.CLAIMED, HandoffEvent.Kind.REPLIED, HandoffEvent.Kind.NOTE)


class HandoffActionError(Exception):
    """A staff action that cannot be done in the handoff's current state."""

    def __init__(self, message: str, *, holder: AbstractBaseUser | None = None) -> None:
        super().__init__(message)
        self.holder = holder


class NotClaimer(HandoffActionError):
    """Someone else holds the claim."""


class HandoffConflict(HandoffActionError):
    """The handoff is in a state that does not allow the action (open, resolved, superseded)."""


@dataclass(frozen=True)
class ClaimResult:
    won: bool
    handoff: Handoff
    holder: AbstractBaseUser | None
    reason: str = ""


def _lease_cutoff(*, clinic: Clinic, now: datetime) -> datetime:
    return now - timedelta(minutes=clinic.claim_lease_minutes)


def _idle_claims(*, clinic: Clinic, now: datetime) -> QuerySet[Handoff]:
    """Claims of a clinic older than its lease with nothing done by the claimer since."""
    cutoff = _lease_cutoff(clinic=clinic, now=now)
    recent_work = HandoffEvent.objects.filter(
        handoff=OuterRef("pk"),
        actor=OuterRef("claimed_by"),
        kind__in=LEASE_ACTIVITY,
        created_at__gte=cutoff,
    )
    return Handoff.objects.filter(
        clinic=clinic, status=Handoff.Status.CLAIMED, claimed_at__lt=cutoff
    ).exclude(Exists(recent_work))


def _claimer_is(handoff: Handoff, user: AbstractBaseUser) -> bool:
    return handoff.status == Handoff.Status.CLAIMED and handoff.claimed_by_id == user.pk


def _locked(handoff: Handoff) -> Handoff:
    """The current row, locked until the transaction ends (a no-op lock on SQLite)."""
    return (
        Handoff.objects.select_for_update(of=("self",))
        .select_related("conversation__patient", "clinic", "claimed_by")
        .get(pk=handoff.pk)
    )


def claim_has_lapsed(*, handoff: Handoff, now: datetime | None = None) -> bool:
    """Whether a colleague's claim has sat idle past the clinic's lease: anyone on staff may
    take it over rather than wait for the lease to be swept back to the queue."""
    if handoff.status != Handoff.Status.CLAIMED:
        return False
    now = now or timezone.now()
    return _idle_claims(clinic=handoff.clinic, now=now).filter(pk=handoff.pk).exists()


def handoff_claim(
    *, handoff: Handoff, user: AbstractBaseUser, now: datetime | None = None
) -> ClaimResult:
    """Take a handoff. Exactly one of several concurrent claimers wins; the rest learn who did."""
    now = now or timezone.now()
    with transaction.atomic():
        # The WHERE clause decides: whoever's UPDATE matches first owns it, the others match 0
        # rows (PostgreSQL re-checks the condition on the row after the first commit).
        won = Handoff.objects.filter(pk=handoff.pk, status=Handoff.Status.OPEN).update(
            status=Handoff.Status.CLAIMED,
            claimed_by=user,
            claimed_at=now,
            last_activity_at=now,
            updated_at=now,
        )
        expired_from: AbstractBaseUser | None = None
        if not won:
            idle = _idle_claims(clinic=handoff.clinic, now=now).filter(pk=handoff.pk).first()
            if idle is not None and idle.claimed_by_id != user.pk:
                expired_from = idle.claimed_by
                won = Handoff.objects.filter(
                    pk=idle.pk,
                    status=Handoff.Status.CLAIMED,
                    claimed_by=idle.claimed_by_id,
                    claimed_at=idle.claimed_at,
                ).update(claimed_by=user, claimed_at=now, last_activity_at=now, updated_at=now)
        current = Handoff.objects.select_related("claimed_by").get(pk=handoff.pk)
        if not won:
            if current.status == Handoff.Status.RESOLVED:
                return ClaimResult(False, current, None, reason="resolved")
            if _claimer_is(current, user):
                return ClaimResult(won=True, handoff=current, holder=user)
            return ClaimResult(False, current, current.claimed_by, reason="claimed")
        if expired_from is not None:
            HandoffEvent.objects.create(
                handoff=current,
                kind=HandoffEvent.Kind.UNCLAIMED,
                note=f"Claim by {_name(expired_from)} lapsed after "
                f"{handoff.clinic.claim_lease_minutes} min idle.",
            )
        HandoffEvent.objects.create(handoff=current, kind=HandoffEvent.Kind.CLAIMED, actor=user)
    logger.info("handoff %s claimed by user %s", handoff.pk, user.pk)
    return ClaimResult(won=True, handoff=current, holder=user)


def handoff_reply(*, handoff: Handoff, user: AbstractBaseUser, body: str) -> Message:
    """Text the patient from the clinic, in the same thread. Only the claimer may."""
    text = body.strip()
    if not text:
        raise ValueError("The reply is empty.")
    if len(text) > MAX_SMS_CHARS:
        raise ValueError(f"The reply is longer than {MAX_SMS_CHARS} characters.")
    with transaction.atomic():
        current = _locked(handoff)
        if current.status == Handoff.Status.RESOLVED:
            raise HandoffConflict("This handoff is resolved.")
        if current.status == Handoff.Status.OPEN:
            raise HandoffConflict("Claim the handoff before replying.")
        if current.claimed_by_id != user.pk:
            raise NotClaimer(
                f"{_name(current.claimed_by)} has this handoff.", holder=current.claimed_by
            )
        conversation = current.conversation
        last_patient = (
            conversation.messages.filter(author=Message.Author.PATIENT).order_by("-id").first()
        )
        message = message_send(
            conversation=conversation,
            body=text,
            author=Message.Author.STAFF,
            staff_user=user,
            in_reply_to=last_patient,
            reply_kind="staff",
        )
        HandoffEvent.objects.create(
            handoff=current, kind=HandoffEvent.Kind.REPLIED, actor=user, message=message
        )
        current.last_activity_at = timezone.now()
        current.unread = False
        current.save(update_fields=["last_activity_at", "unread", "updated_at"])
    logger.info("handoff %s: staff reply %s queued by user %s", current.pk, message.pk, user.pk)
    return message


def handoff_note(*, handoff: Handoff, user: AbstractBaseUser, text: str) -> HandoffEvent:
    """An internal note for colleagues. Never sent to the patient."""
    note = text.strip()
    if not note:
        raise ValueError("The note is empty.")
    if len(note) > MAX_NOTE_CHARS:
        raise ValueError(f"The note is longer than {MAX_NOTE_CHARS} characters.")
    with transaction.atomic():
        current = _locked(handoff)
        event = HandoffEvent.objects.create(
            handoff=current, kind=HandoffEvent.Kind.NOTE, actor=user, note=note
        )
        if _claimer_is(current, user):
            current.last_activity_at = event.created_at
            current.save(update_fields=["last_activity_at", "updated_at"])
    return event


def _check_may_finish(current: Handoff, user: AbstractBaseUser) -> None:
    """Resolve and release: the claimer may, and anyone may while nobody holds it."""
    if current.status == Handoff.Status.CLAIMED and current.claimed_by_id != user.pk:
        raise NotClaimer(
            f"{_name(current.claimed_by)} has this handoff.", holder=current.claimed_by
        )


def _resolve(current: Handoff, user: AbstractBaseUser, now: datetime) -> None:
    current.status = Handoff.Status.RESOLVED
    current.resolved_by = user  # type: ignore[assignment]
    current.resolved_at = now
    current.last_activity_at = now
    current.unread = False
    current.save(
        update_fields=[
            "status",
            "resolved_by",
            "resolved_at",
            "last_activity_at",
            "unread",
            "updated_at",
        ]
    )
    HandoffEvent.objects.create(handoff=current, kind=HandoffEvent.Kind.RESOLVED, actor=user)


def handoff_resolve(*, handoff: Handoff, user: AbstractBaseUser) -> Handoff:
    """Done for now. The thread stays with staff: a new text opens a follow-up handoff."""
    with transaction.atomic():
        current = _locked(handoff)
        if current.status == Handoff.Status.RESOLVED:
            return current
        _check_may_finish(current, user)
        _resolve(current, user, timezone.now())
    logger.info("handoff %s resolved by user %s", current.pk, user.pk)
    return current


def handoff_release(*, handoff: Handoff, user: AbstractBaseUser) -> Handoff:
    """Give the thread back to the AI, resolving the handoff first if need be."""
    with transaction.atomic():
        current = _locked(handoff)
        conversation = Conversation.objects.select_for_update().get(pk=current.conversation_id)
        newer = (
            Handoff.objects.filter(conversation=conversation)
            .exclude(status=Handoff.Status.RESOLVED)
            .exclude(pk=current.pk)
            .exists()
        )
        if newer:
            raise HandoffConflict("A newer handoff for this patient is still open.")
        current.conversation = conversation
        already_released = current.status == Handoff.Status.RESOLVED and (
            conversation.handled_by == Conversation.Handler.AI
        )
        if already_released:
            return current
        if current.status != Handoff.Status.RESOLVED:
            _check_may_finish(current, user)
            _resolve(current, user, timezone.now())
        conversation.handled_by = Conversation.Handler.AI
        conversation.save(update_fields=["handled_by"])
        HandoffEvent.objects.create(handoff=current, kind=HandoffEvent.Kind.RELEASED, actor=user)
    logger.info("handoff %s released to the AI by user %s", current.pk, user.pk)
    return current


def handoff_mark_viewed(
    *, handoff: Handoff, user: AbstractBaseUser, now: datetime | None = None
) -> bool:
    """Record that someone looked (at most once per window) and clear the unread mark."""
    now = now or timezone.now()
    with transaction.atomic():
        if handoff.unread:
            Handoff.objects.filter(pk=handoff.pk, unread=True).update(unread=False)
            handoff.unread = False
        seen_lately = HandoffEvent.objects.filter(
            handoff=handoff,
            actor=user,
            kind=HandoffEvent.Kind.VIEWED,
            created_at__gte=now - VIEW_EVENT_WINDOW,
        ).exists()
        if seen_lately:
            return False
        HandoffEvent.objects.create(handoff=handoff, kind=HandoffEvent.Kind.VIEWED, actor=user)
    return True


def handoff_release_idle_claims(*, now: datetime | None = None) -> int:
    """Put claims idle past their clinic's lease back in the queue; returns how many."""
    now = now or timezone.now()
    clinic_ids = (
        Handoff.objects.filter(status=Handoff.Status.CLAIMED)
        .values_list("clinic_id", flat=True)
        .distinct()
    )
    released = 0
    for clinic in Clinic.objects.filter(pk__in=list(clinic_ids)):
        for idle in _idle_claims(clinic=clinic, now=now).select_related("claimed_by"):
            with transaction.atomic():
                # Only if nobody touched the claim since we looked.
                done = Handoff.objects.filter(
                    Q(pk=idle.pk),
                    status=Handoff.Status.CLAIMED,
                    claimed_by=idle.claimed_by_id,
                    claimed_at=idle.claimed_at,
                ).update(
                    status=Handoff.Status.OPEN, claimed_by=None, claimed_at=None, updated_at=now
                )
                if done:
                    HandoffEvent.objects.create(
                        handoff=idle,
                        kind=HandoffEvent.Kind.UNCLAIMED,
                        note=f"Claim by {_name(idle.claimed_by)} lapsed after "
                        f"{clinic.claim_lease_minutes} min idle.",
                    )
                    released += done
    if released:
        logger.info("returned %s idle claims to the queue", released)
    return released


def _name(user: AbstractBaseUser | None) -> str:
    if user is None:
        return "Someone"
    full = getattr(user, "get_full_name", lambda: "")()
    return full or user.get_username()
