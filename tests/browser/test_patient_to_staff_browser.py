"""The whole loop in a real browser: a patient texts from the phone simulator, the demo
clinic's staff (and not another clinic's) see the handoff appear, claim it, reply by SMS
through Twilio (a local fake of its REST API), hand the thread back, and the AI answers again."""

import pytest

from conversations.models import Conversation
from handoff.models import Handoff
from tests.browser.support import ARTIFACTS, PASSWORD, WAIT_MS
from tests.factories import make_staff

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PATIENT = "+15125551234"


def log_in(browser, live_server, username: str):
    context = browser.new_context(viewport={"width": 1280, "height": 860})
    page = context.new_page()
    page.set_default_timeout(WAIT_MS)
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/inbox/")
    return page


def test_patient_text_reaches_only_its_clinics_inbox_and_staff_reply_reaches_the_phone(
    browser,
    live_server,
    clinic,
    other_clinic,
    fake_twilio,
    settings,
):
    settings.SIMULATOR_ENABLED = True
    ARTIFACTS.mkdir(exist_ok=True)
    make_staff(clinic=clinic, username="alice")
    make_staff(clinic=other_clinic, username="mallory")
    alice = log_in(browser, live_server, "alice")
    mallory = log_in(browser, live_server, "mallory")

    phone = browser.new_page(viewport={"width": 420, "height": 860})
    phone.set_default_timeout(WAIT_MS)
    phone.goto(f"{live_server.url}/simulator/?clinic={clinic.slug}&phone=%2B15125551234")
    phone.fill(
        "input[name=body]",
        "I had lip filler yesterday and my lip is so swollen and sore, is that normal?",
    )
    phone.press("input[name=body]", "Enter")
    phone.wait_for_selector("#thread >> text=handed to staff")
    handoff = Handoff.objects.get()
    assert "medical" in handoff.triggers

    alice.wait_for_selector(f"#h-{handoff.pk}")
    mallory.reload()
    assert mallory.locator(f"#h-{handoff.pk}").count() == 0
    assert mallory.goto(f"{live_server.url}/inbox/{handoff.pk}/").status == 404

    alice.click(f"#h-{handoff.pk} a")
    alice.wait_for_selector("text=Why this came to you")
    alice.keyboard.press("c")
    alice.wait_for_selector("text=You have this")
    alice.keyboard.press("r")
    alice.keyboard.type("Hi, this is Alice, a nurse here. Could you send us a photo of your lip?")
    alice.click("#reply-form button[type=submit]")
    alice.wait_for_selector("#transcript >> text=Could you send us a photo")

    assert fake_twilio.bodies_to(PATIENT)[-1].startswith("Hi, this is Alice")
    phone.wait_for_selector("#thread >> text=Could you send us a photo of your lip?")
    phone.screenshot(path=str(ARTIFACTS / "simulator-after-staff-reply.png"), full_page=True)

    alice.once("dialog", lambda dialog: dialog.accept())
    alice.click("text=Hand back to AI")
    alice.wait_for_selector(".statusbar >> text=Resolved")
    assert Conversation.objects.get().handled_by == "ai"

    phone.fill("input[name=body]", "thanks! also where do I park?")
    phone.press("input[name=body]", "Enter")
    phone.wait_for_selector("#thread >> text=Free parking is behind the building.")
    assert fake_twilio.bodies_to(PATIENT)[-1] == "Free parking is behind the building."
