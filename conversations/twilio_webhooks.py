"""Twilio's webhooks: check the signature, record, queue after commit, answer at once."""

import logging

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from twilio.request_validator import RequestValidator, get_signature_algorithm

from conversations.services.records import message_record_inbound
from conversations.services.sending import message_update_status
from medspai.tenancy import clinic_for_number

logger = logging.getLogger(__name__)

EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'
MAX_MEDIA = 10


def _signature_is_valid(request: HttpRequest) -> bool:
    signature = request.headers.get("X-Twilio-Signature", "")
    if not signature or not settings.TWILIO_AUTH_TOKEN:
        return False
    if settings.PUBLIC_BASE_URL:
        url = settings.PUBLIC_BASE_URL + request.get_full_path()
    else:
        url = request.build_absolute_uri()
    algorithm = get_signature_algorithm(
        request.headers.get("X-Twilio-Webhooks-Signature-Settings", "")
    )
    validator = RequestValidator(settings.TWILIO_AUTH_TOKEN)
    return validator.validate(url, request.POST, signature, algorithm=algorithm)


def _twiml() -> HttpResponse:
    return HttpResponse(EMPTY_TWIML, content_type="text/xml")


def _media(request: HttpRequest) -> list[dict[str, str]]:
    try:
        count = min(int(request.POST.get("NumMedia", "0") or 0), MAX_MEDIA)
    except ValueError:
        count = 0
    items = []
    for i in range(count):
        url = request.POST.get(f"MediaUrl{i}", "")
        if url:
            items.append({"url": url, "content_type": request.POST.get(f"MediaContentType{i}", "")})
    return items


def _mask(number: str) -> str:
    return f"…{number[-4:]}" if len(number) > 4 else "?"


@csrf_exempt
@require_POST
def inbound_sms(request: HttpRequest) -> HttpResponse:
    if not _signature_is_valid(request):
        logger.warning("rejected inbound webhook with a missing or invalid signature")
        return HttpResponse("Invalid Twilio signature.", status=403, content_type="text/plain")
    sid = request.POST.get("MessageSid") or request.POST.get("SmsSid") or ""
    from_phone = request.POST.get("From", "").strip()
    to_phone = request.POST.get("To", "").strip()
    if not (sid and from_phone and to_phone):
        return HttpResponse(
            "MessageSid, From and To are required.", status=400, content_type="text/plain"
        )
    clinic = clinic_for_number(phone_number=to_phone)
    if clinic is None:
        logger.warning("inbound sms to a number of no clinic: %s (sid %s)", _mask(to_phone), sid)
        return HttpResponse(
            "This number does not belong to any clinic.", status=404, content_type="text/plain"
        )
    result = message_record_inbound(
        clinic=clinic,
        from_phone=from_phone,
        to_phone=to_phone,
        body=request.POST.get("Body", ""),
        twilio_sid=sid,
        media=_media(request),
    )
    if not result.created:
        logger.info("repeated inbound sms %s ignored", sid)
    return _twiml()


@csrf_exempt
@require_POST
def sms_status(request: HttpRequest) -> HttpResponse:
    if not _signature_is_valid(request):
        return HttpResponse("Invalid Twilio signature.", status=403, content_type="text/plain")
    sid = request.POST.get("MessageSid") or request.POST.get("SmsSid") or ""
    status = request.POST.get("MessageStatus") or request.POST.get("SmsStatus") or ""
    if not sid or not status:
        return HttpResponse("MessageSid and MessageStatus are required.", status=400)
    known = message_update_status(
        twilio_sid=sid, twilio_status=status, error_code=request.POST.get("ErrorCode", "")
    )
    if not known:
        logger.info("status callback for an unknown message sid %s", sid)
    return HttpResponse(status=204)
