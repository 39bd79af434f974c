"""The staff inbox: the queue, a handoff's card, and the actions on it.

Pages render whole; htmx requests (polls and button POSTs) get just the fragment they replace.
Every handoff is looked up through `handoff_for_user`, so another clinic's handoff is a 404.
"""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from handoff import queue as selectors
from handoff.models import Handoff
from handoff.services import staff as services
from inbox.canned import canned_replies_for_clinic, canned_reply_render
from inbox.models import CannedReply
from inbox.presenters import (
    considered_faq_keys,
    event_line,
    handoff_reasons,
    person,
    queue_rows,
    transcript_rows,
)
from knowledge.selectors import faq_entries_by_key
from medspai.tenancy import clinics_for_user

QUEUE_LIMIT = 200


def _queue_context(request: HttpRequest, filters: selectors.QueueFilters, notice: str = "") -> dict:
    handoffs = list(selectors.handoff_queue(user=request.user, filters=filters)[:QUEUE_LIMIT])
    params = {"status": filters.status, "trigger": filters.trigger, "priority": filters.priority}
    if filters.mine:
        params["mine"] = "1"
    query = "&".join(f"{k}={v}" for k, v in params.items() if v)
    return {
        "filters": filters,
        "rows": queue_rows(handoffs=handoffs, user=request.user),
        "counts": selectors.handoff_counts(user=request.user),
        "poll_url": f"{reverse('inbox:queue')}?{query}",
        "notice": notice,
        "limit": QUEUE_LIMIT,
        "multi_clinic": clinics_for_user(user=request.user).count() > 1,
    }


@login_required
@require_GET
def queue(request: HttpRequest) -> HttpResponse:
    filters = selectors.QueueFilters.from_params(request.GET)
    context = _queue_context(request, filters)
    if request.htmx:
        return render(request, "inbox/_queue.html", context)
    context.update(
        statuses=[
            ("active", "Active"),
            ("open", "Open"),
            ("claimed", "Claimed"),
            ("resolved", "Resolved"),
            ("all", "All"),
        ],
        triggers=selectors.TRIGGER_FILTERS,
        priorities=selectors.PRIORITY_FILTERS,
    )
    return render(request, "inbox/queue.html", context)


def _live_context(
    request: HttpRequest,
    handoff: Handoff,
    *,
    notice: str = "",
    draft: str = "",
    reply_box: bool = True,
) -> dict[str, Any]:
    """What the live part of a card shows. The polled parts (transcript, timeline) have no
    reply box: `reply_box=False` spares them its canned replies and FAQ answers."""
    handoff = selectors.handoff_for_user(user=request.user, handoff_id=handoff.pk)
    is_mine = handoff.status == Handoff.Status.CLAIMED and handoff.claimed_by_id == request.user.pk
    events = list(selectors.handoff_events(handoff=handoff))
    context: dict[str, Any] = {
        "handoff": handoff,
        "clinic": handoff.clinic,
        "is_mine": is_mine,
        "holder": person(handoff.claimed_by) if handoff.claimed_by_id else "",
        "lapsed": not is_mine and services.claim_has_lapsed(handoff=handoff),
        "may_finish": handoff.status == Handoff.Status.OPEN or is_mine,
        "may_release": handoff.conversation.handled_by == "staff"
        and (
            handoff.status == Handoff.Status.RESOLVED
            or handoff.status == Handoff.Status.OPEN
            or is_mine
        ),
        "transcript": transcript_rows(
            messages=list(selectors.handoff_transcript(handoff=handoff)), handoff=handoff
        ),
        "events": [(e, event_line(e)) for e in events],
        "notice": notice,
        "draft": draft,
    }
    if reply_box:
        context["canned"] = list(canned_replies_for_clinic(clinic=handoff.clinic))
        # The FAQs the AI weighed, still in the KB: their answers, one pick into the reply box.
        context["suggestions"] = faq_entries_by_key(
            clinic=handoff.clinic, keys=considered_faq_keys(handoff=handoff)
        )
    return context


def _card_live(
    request: HttpRequest, handoff: Handoff, *, notice: str = "", draft: str = "", status: int = 200
) -> HttpResponse:
    if not request.htmx:
        if notice:
            messages.warning(request, notice)
        return redirect("inbox:card", handoff_id=handoff.pk)
    context = _live_context(request, handoff, notice=notice, draft=draft)
    return render(request, "inbox/_card_live.html", context, status=status)


@login_required
@require_GET
def card(request: HttpRequest, handoff_id: int) -> HttpResponse:
    handoff = selectors.handoff_for_user(user=request.user, handoff_id=handoff_id)
    services.handoff_mark_viewed(handoff=handoff, user=request.user)
    context = _live_context(request, handoff)
    previous_id, next_id = selectors.queue_neighbours(user=request.user, handoff=handoff)
    context.update(
        reasons=handoff_reasons(handoff=handoff),
        earlier_handoffs=list(selectors.patient_earlier_handoffs(handoff=handoff)),
        earlier_conversations=list(selectors.patient_earlier_conversations(handoff=handoff)),
        previous_id=previous_id,
        next_id=next_id,
    )
    return render(request, "inbox/card.html", context)


@login_required
@require_GET
def card_activity(request: HttpRequest, handoff_id: int) -> HttpResponse:
    """The polled parts of a card (transcript, timeline), so new texts show up by themselves."""
    handoff = selectors.handoff_for_user(user=request.user, handoff_id=handoff_id)
    if handoff.unread:
        services.handoff_mark_viewed(handoff=handoff, user=request.user)
    part = "timeline" if request.GET.get("part") == "timeline" else "transcript"
    context = _live_context(request, handoff, reply_box=False)
    return render(request, f"inbox/_{part}.html", context)


@login_required
@require_POST
def claim(request: HttpRequest, handoff_id: int) -> HttpResponse:
    handoff = selectors.handoff_for_user(user=request.user, handoff_id=handoff_id)
    result = services.handoff_claim(handoff=handoff, user=request.user)
    notice = ""
    if not result.won:
        notice = (
            "This handoff is already resolved."
            if result.reason == "resolved"
            else f"{person(result.holder)} already has this handoff."
        )
    status = 200 if result.won else 409
    if request.htmx and request.htmx.target == "queue":
        filters = selectors.QueueFilters.from_params(request.POST)
        context = _queue_context(request, filters, notice=notice)
        return render(request, "inbox/_queue.html", context, status=status)
    return _card_live(request, handoff, notice=notice, status=status)


@login_required
@require_POST
def reply(request: HttpRequest, handoff_id: int) -> HttpResponse:
    handoff = selectors.handoff_for_user(user=request.user, handoff_id=handoff_id)
    body = request.POST.get("body", "")
    try:
        services.handoff_reply(handoff=handoff, user=request.user, body=body)
    except ValueError as exc:
        return _card_live(request, handoff, notice=str(exc), draft=body, status=422)
    except services.NotClaimer as exc:
        return _card_live(request, handoff, notice=str(exc), draft=body, status=403)
    except services.HandoffConflict as exc:
        return _card_live(request, handoff, notice=str(exc), draft=body, status=409)
    return _card_live(request, handoff)


@login_required
@require_POST
def note(request: HttpRequest, handoff_id: int) -> HttpResponse:
    handoff = selectors.handoff_for_user(user=request.user, handoff_id=handoff_id)
    try:
        services.handoff_note(handoff=handoff, user=request.user, text=request.POST.get("note", ""))
    except ValueError as exc:
        return _card_live(request, handoff, notice=str(exc), status=422)
    return _card_live(request, handoff)


def _finish(request: HttpRequest, handoff_id: int, action: str) -> HttpResponse:
    handoff = selectors.handoff_for_user(user=request.user, handoff_id=handoff_id)
    service = services.handoff_resolve if action == "resolve" else services.handoff_release
    try:
        service(handoff=handoff, user=request.user)
    except services.NotClaimer as exc:
        return _card_live(request, handoff, notice=str(exc), status=403)
    except services.HandoffConflict as exc:
        return _card_live(request, handoff, notice=str(exc), status=409)
    return _card_live(request, handoff)


@login_required
@require_POST
def resolve(request: HttpRequest, handoff_id: int) -> HttpResponse:
    return _finish(request, handoff_id, "resolve")


@login_required
@require_POST
def release(request: HttpRequest, handoff_id: int) -> HttpResponse:
    return _finish(request, handoff_id, "release")


@login_required
@require_GET
def canned(request: HttpRequest, handoff_id: int) -> HttpResponse:
    """The reply box filled with a canned reply rendered for this patient, or with the answer
    of one of the clinic's FAQs (`faq`, its key), word for word as the AI would have sent it."""
    handoff = selectors.handoff_for_user(user=request.user, handoff_id=handoff_id)
    draft = ""
    chosen = request.GET.get("canned", "")
    chosen_faq = request.GET.get("faq", "")
    if chosen.isdigit():
        canned_reply = get_object_or_404(
            CannedReply, pk=int(chosen), clinic_id=handoff.clinic_id, active=True
        )
        draft = canned_reply_render(canned=canned_reply, patient=handoff.conversation.patient)
    elif chosen_faq:
        entries = faq_entries_by_key(clinic=handoff.clinic, keys=[chosen_faq])
        if not entries:
            raise Http404("No such FAQ in this clinic's knowledge base.")
        draft = entries[0].answer
    context = _live_context(request, handoff, draft=draft)
    context.update(chosen=chosen, chosen_faq=chosen_faq)
    return render(request, "inbox/_reply_form.html", context)
