"""A patient's phone in the browser: texts go through the same pipeline as Twilio's webhook.

Only for local runs and demos (SIMULATOR_ENABLED, on with DEBUG): it lets anyone text as any
number, so production keeps it off.
"""

import re
import uuid

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET, require_POST

from conversations.models import Message
from conversations.services.records import message_record_inbound
from medspai.models import Clinic

PHONE = re.compile(r"^\+[1-9]\d{7,14}$")
DEFAULT_PATIENT_PHONE = "+15125551234"


def _require_enabled() -> None:
    if not settings.SIMULATOR_ENABLED:
        raise Http404("The simulator is off.")


def _context(request: HttpRequest) -> dict[str, object]:
    source = request.POST if request.method == "POST" else request.GET
    clinics = list(Clinic.objects.prefetch_related("numbers"))
    slug = source.get("clinic") or (clinics[0].slug if clinics else "")
    clinic = next((c for c in clinics if c.slug == slug), None)
    phone = source.get("phone", DEFAULT_PATIENT_PHONE).strip()
    messages = []
    if clinic and PHONE.match(phone):
        messages = list(
            Message.objects.filter(conversation__clinic=clinic, conversation__patient__phone=phone)
            .exclude(status=Message.Status.INTERNAL)
            .order_by("created_at", "id")[:200]
        )
    return {"clinics": clinics, "clinic": clinic, "phone": phone, "messages": messages}


@require_GET
def phone(request: HttpRequest) -> HttpResponse:
    _require_enabled()
    return render(request, "conversations/simulator.html", _context(request))


@require_GET
def thread(request: HttpRequest) -> HttpResponse:
    _require_enabled()
    return render(request, "conversations/_thread.html", _context(request))


@require_POST
def send(request: HttpRequest) -> HttpResponse:
    _require_enabled()
    context = _context(request)
    clinic = context["clinic"]
    phone_number = str(context["phone"])
    if not isinstance(clinic, Clinic) or not PHONE.match(phone_number):
        return HttpResponse("Pick a clinic and an E.164 phone number.", status=400)
    number = clinic.numbers.order_by("id").first()
    message_record_inbound(
        clinic=clinic,
        from_phone=phone_number,
        to_phone=number.phone_number if number else "",
        body=request.POST.get("body", ""),
        twilio_sid=f"SMsim{uuid.uuid4().hex}",
        media=[],
    )
    return render(request, "conversations/_thread.html", _context(request))
