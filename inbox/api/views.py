"""The inbox REST API: the same selectors and services as the htmx inbox."""

from django.db.models import QuerySet
from rest_framework import status
from rest_framework.decorators import api_view
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination
from rest_framework.request import Request
from rest_framework.response import Response

from handoff import queue as selectors
from handoff.models import Handoff
from handoff.services import staff as services
from inbox.api.serializers import (
    HandoffDetailSerializer,
    HandoffSerializer,
    MessageSerializer,
    NoteSerializer,
    ReplySerializer,
    user_ref,
)
from inbox.presenters import considered_faq_keys
from knowledge.selectors import faq_entries_by_key


def _detail(handoff: Handoff, *, code: int = status.HTTP_200_OK) -> Response:
    handoff = Handoff.objects.select_related(
        "clinic", "conversation__patient", "claimed_by", "resolved_by"
    ).get(pk=handoff.pk)
    context = {
        "transcript": selectors.handoff_transcript(handoff=handoff),
        "events": selectors.handoff_events(handoff=handoff),
        "suggestions": faq_entries_by_key(
            clinic=handoff.clinic, keys=considered_faq_keys(handoff=handoff)
        ),
    }
    return Response(HandoffDetailSerializer(handoff, context=context).data, status=code)


def _refused(exc: services.HandoffActionError) -> Response:
    code = status.HTTP_403_FORBIDDEN if isinstance(exc, services.NotClaimer) else 409
    return Response({"detail": str(exc), "claimed_by": user_ref(exc.holder)}, status=code)


@api_view(["GET"])
def handoff_list(request: Request) -> Response:
    requested = request.query_params.get("status", "active")
    if requested not in selectors.STATUS_FILTERS:
        raise ValidationError({"status": f"One of {', '.join(selectors.STATUS_FILTERS)}."})
    filters = selectors.QueueFilters.from_params(request.query_params)
    handoffs: QuerySet[Handoff] = selectors.handoff_queue(user=request.user, filters=filters)
    paginator = PageNumberPagination()
    page = paginator.paginate_queryset(handoffs, request)
    return paginator.get_paginated_response(HandoffSerializer(page, many=True).data)


@api_view(["GET"])
def handoff_detail(request: Request, handoff_id: int) -> Response:
    handoff = selectors.handoff_for_user(user=request.user, handoff_id=handoff_id)
    services.handoff_mark_viewed(handoff=handoff, user=request.user)
    return _detail(handoff)


@api_view(["POST"])
def handoff_claim(request: Request, handoff_id: int) -> Response:
    handoff = selectors.handoff_for_user(user=request.user, handoff_id=handoff_id)
    result = services.handoff_claim(handoff=handoff, user=request.user)
    if result.won:
        return _detail(result.handoff)
    detail = (
        "Already resolved."
        if result.reason == "resolved"
        else f"{result.holder.get_username() if result.holder else 'Someone'} has it."
    )
    return Response(
        {"detail": detail, "claimed_by": user_ref(result.holder)}, status=status.HTTP_409_CONFLICT
    )


@api_view(["POST"])
def handoff_reply(request: Request, handoff_id: int) -> Response:
    handoff = selectors.handoff_for_user(user=request.user, handoff_id=handoff_id)
    payload = ReplySerializer(data=request.data)
    payload.is_valid(raise_exception=True)
    try:
        message = services.handoff_reply(
            handoff=handoff, user=request.user, body=payload.validated_data["body"]
        )
    except services.HandoffActionError as exc:
        return _refused(exc)
    except ValueError as exc:
        raise ValidationError({"body": str(exc)}) from exc
    return Response(MessageSerializer(message).data, status=status.HTTP_201_CREATED)


@api_view(["POST"])
def handoff_note(request: Request, handoff_id: int) -> Response:
    handoff = selectors.handoff_for_user(user=request.user, handoff_id=handoff_id)
    payload = NoteSerializer(data=request.data)
    payload.is_valid(raise_exception=True)
    services.handoff_note(handoff=handoff, user=request.user, text=payload.validated_data["note"])
    return _detail(handoff, code=status.HTTP_201_CREATED)


@api_view(["POST"])
def handoff_resolve(request: Request, handoff_id: int) -> Response:
    handoff = selectors.handoff_for_user(user=request.user, handoff_id=handoff_id)
    try:
        services.handoff_resolve(handoff=handoff, user=request.user)
    except services.HandoffActionError as exc:
        return _refused(exc)
    return _detail(handoff)


@api_view(["POST"])
def handoff_release(request: Request, handoff_id: int) -> Response:
    handoff = selectors.handoff_for_user(user=request.user, handoff_id=handoff_id)
    try:
        services.handoff_release(handoff=handoff, user=request.user)
    except services.HandoffActionError as exc:
        return _refused(exc)
    return _detail(handoff)
