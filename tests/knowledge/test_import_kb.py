"""`manage.py import_kb`, the import service behind it, the cached index and the admin."""

import io
from pathlib import Path

import pytest
from django.contrib.auth.models import Permission
from django.core.management import CommandError, call_command
from django.test import Client

from knowledge.models import FaqEntry
from knowledge.selectors import faq_index_for_clinic
from knowledge.services import KbImportError, faq_import_csv
from medspai.models import Clinic
from tests.factories import make_faq, make_staff

HEADER = "key,question,answer,alternates\n"
GOOD = (
    HEADER
    + 'botox_price,How much is Botox?,"Botox is $13 per unit, confirmed at your visit.",'
    + "price of tox | cost of botox\n"
    + "parking,Where do I park?,Free parking behind the building.,is there parking|where can I park\n"
)


def write(tmp_path: Path, text: str | bytes, name: str = "kb.csv") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def import_kb(slug: str, path: Path) -> str:
    out = io.StringIO()
    call_command("import_kb", slug, str(path), stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_import_creates_the_clinic_and_its_faqs(tmp_path) -> None:
    output = import_kb("glow-austin", write(tmp_path, GOOD))
    assert "created 2, updated 0, unchanged 0 (new clinic)" in output
    clinic = Clinic.objects.get(slug="glow-austin")
    assert clinic.name == "Glow Austin"
    botox = FaqEntry.objects.get(clinic=clinic, key="botox_price")
    assert botox.answer == "Botox is $13 per unit, confirmed at your visit."
    assert botox.alternates == "price of tox | cost of botox"
    parking = FaqEntry.objects.get(clinic=clinic, key="parking")
    assert parking.alternate_list == ["is there parking", "where can I park"]


@pytest.mark.django_db
def test_importing_the_same_key_again_updates_it(tmp_path) -> None:
    import_kb("glow", write(tmp_path, GOOD))
    changed = GOOD.replace("Free parking behind the building.", "Park in the garage.")
    output = import_kb("glow", write(tmp_path, changed, "v2.csv"))
    assert "created 0, updated 1, unchanged 1" in output
    assert FaqEntry.objects.filter(clinic__slug="glow").count() == 2
    assert FaqEntry.objects.get(clinic__slug="glow", key="parking").answer == "Park in the garage."


@pytest.mark.django_db
def test_a_malformed_file_is_refused_whole_with_its_row_number(tmp_path) -> None:
    import_kb("glow", write(tmp_path, GOOD))
    bad = (
        HEADER
        + "parking,Where do I park?,Now in the garage.,\n"
        + "hours,What are your hours?,9 to 6,\n"
        + "hours,When are you open?,9 to 6,\n"
    )
    with pytest.raises(CommandError, match=r"row 4: key 'hours' is already used on row 3"):
        import_kb("glow", write(tmp_path, bad, "bad.csv"))
    assert not FaqEntry.objects.filter(key="hours").exists()
    assert FaqEntry.objects.get(key="parking").answer == "Free parking behind the building."


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("key,question,answer\nx,Q?,A\n", "missing column alternates"),
        (HEADER + "x,Q?,,\n", "row 2: empty answer"),
        (HEADER + ",Q?,A,\n", "row 2: empty key"),
        (HEADER + "x,,A,\n", "row 2: empty question"),
        (HEADER + "ok,Q?,A,\nx,Q?,It's $10, or $20,alt\n", "row 3: 5 cells, but the header has 4"),
        (HEADER + "lip filler,Q?,A,\n", "row 2: key 'lip filler': a key may not contain spaces"),
        ("", "missing column key"),
        (HEADER, "no FAQ rows"),
    ],
)
@pytest.mark.django_db
def test_malformed_files_name_the_problem_and_import_nothing(tmp_path, content, message) -> None:
    with pytest.raises(CommandError, match=message):
        import_kb("newspa", write(tmp_path, content))
    assert not Clinic.objects.filter(slug="newspa").exists()
    assert FaqEntry.objects.count() == 0


@pytest.mark.django_db
def test_undecodable_bytes_are_refused_with_the_row(tmp_path) -> None:
    latin1 = (HEADER + "hours,Hours?,Ouvert à 9h,\n").encode("latin-1")
    with pytest.raises(CommandError, match=r"row 2: the file is not UTF-8"):
        import_kb("newspa", write(tmp_path, latin1))


@pytest.mark.django_db
def test_a_bom_extra_columns_and_blank_rows_are_fine(tmp_path) -> None:
    content = (
        "\ufeffKey, Question ,answer,alternates,notes\n"
        "hours,What are your hours?,9 to 6,when are you open,internal note\n"
        ",,,,\n"
        "\n"
        "parking,Where do I park?,Behind.,,\n"
    )
    assert "created 2" in import_kb("glow", write(tmp_path, content.encode("utf-8")))
    assert set(FaqEntry.objects.values_list("key", flat=True)) == {"hours", "parking"}


@pytest.mark.django_db
def test_the_service_accepts_text_streams_and_reports_counts() -> None:
    result = faq_import_csv(clinic_slug="glow", fileobj=io.StringIO(GOOD))
    assert (result.created, result.updated, result.unchanged) == (2, 0, 0)
    assert str(result) == "created 2, updated 0, unchanged 0 (new clinic)"
    with pytest.raises(KbImportError) as refused:
        faq_import_csv(clinic_slug="Not A Slug", fileobj=io.StringIO(GOOD))
    assert "slug" in str(refused.value)


@pytest.mark.django_db
def test_missing_file_is_a_command_error() -> None:
    with pytest.raises(CommandError, match="no such file"):
        call_command("import_kb", "glow", "/nonexistent/kb.csv")


@pytest.mark.django_db
def test_index_follows_admin_edits(clinic) -> None:
    first = faq_index_for_clinic(clinic=clinic)
    assert faq_index_for_clinic(clinic=clinic) is first  # cached while nothing changes
    entry = FaqEntry.objects.get(clinic=clinic, key="parking")
    entry.answer = "Park in the new garage."
    entry.save()
    assert faq_index_for_clinic(clinic=clinic).answer("parking") == "Park in the new garage."
    entry.active = False
    entry.save()
    assert "parking" not in faq_index_for_clinic(clinic=clinic)
    make_faq(clinic=clinic, key="gift_cards", question="Do you sell gift cards?", answer="Yes!")
    assert faq_index_for_clinic(clinic=clinic).search("gift card")[0].faq_key == "gift_cards"


@pytest.mark.django_db
def test_each_clinic_has_its_own_index(clinic, other_clinic) -> None:
    make_faq(clinic=other_clinic, key="tattoo", question="Do you do tattoo removal?", answer="Yes")
    assert "tattoo" in faq_index_for_clinic(clinic=other_clinic)
    assert "tattoo" not in faq_index_for_clinic(clinic=clinic)


@pytest.mark.django_db
def test_a_manager_sees_only_their_clinics_faqs_in_the_admin(clinic, other_clinic) -> None:
    make_faq(clinic=other_clinic, key="other_secret", question="Other?", answer="Other.")
    manager = make_staff(clinic=clinic, role="manager")
    manager.is_staff = True
    manager.save()
    manager.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_faqentry", "change_faqentry"])
    )
    browser = Client()
    browser.force_login(manager)
    page = browser.get("/admin/knowledge/faqentry/").content.decode()
    assert "botox_price" in page and "other_secret" not in page
    other = FaqEntry.objects.get(key="other_secret")
    assert browser.get(f"/admin/knowledge/faqentry/{other.pk}/change/").status_code in (302, 404)


@pytest.mark.django_db
def test_deactivating_from_the_admin_takes_effect_on_the_next_message(clinic, admin_client) -> None:
    before = faq_index_for_clinic(clinic=clinic)
    assert "hours" in before
    entry = FaqEntry.objects.get(clinic=clinic, key="hours")
    response = admin_client.post(
        "/admin/knowledge/faqentry/",
        {"action": "deactivate", "_selected_action": [entry.pk]},
    )
    assert response.status_code == 302
    assert "hours" not in faq_index_for_clinic(clinic=clinic)


def test_demo_kb_imports_cleanly() -> None:
    from knowledge.services import parse_faq_csv

    path = Path(__file__).resolve().parents[2] / "data" / "demo_kb.csv"
    with path.open("rb") as handle:
        rows = parse_faq_csv(handle)
    assert len(rows) >= 40
    assert all(3 <= len(r.alternates.split(" | ")) <= 6 for r in rows)


@pytest.mark.django_db
def test_a_manager_can_try_a_message_on_their_clinic_only(clinic, other_clinic) -> None:
    manager = make_staff(clinic=clinic, role="manager")
    manager.is_staff = True
    manager.save()
    manager.user_permissions.add(*Permission.objects.filter(codename="view_faqentry"))
    browser = Client()
    browser.force_login(manager)
    page = browser.get("/admin/knowledge/faqentry/try/").content.decode()
    assert clinic.name in page and other_clinic.name not in page
    response = browser.post(
        "/admin/knowledge/faqentry/try/", {"clinic": clinic.pk, "text": "how much is botox?"}
    )
    assert "Botox is $13 per unit." in response.content.decode()
    refused = browser.post(
        "/admin/knowledge/faqentry/try/", {"clinic": other_clinic.pk, "text": "hi"}
    )
    assert "Select a valid choice" in refused.content.decode()
    assert FaqEntry.objects.filter(clinic=clinic).count() == 5


@pytest.mark.django_db
def test_a_clinics_own_key_style_is_kept(tmp_path: Path) -> None:
    # Dotted, camelCase, Title_Case and numbered keys are the clinic's ids: kept as they are.
    path = tmp_path / "kb.csv"
    path.write_text(
        HEADER
        + "botox.price,How much is Botox?,$13 a unit.,\n"
        + "lipFillerPrice,How much is lip filler?,$650.,\n"
        + "Hours_Location,Where are you?,Main St.,\n"
        + "tox-01,What is tox?,A neurotoxin.,\n",
        encoding="utf-8",
    )
    import_kb("keys", path)
    keys = set(FaqEntry.objects.filter(clinic__slug="keys").values_list("key", flat=True))
    assert keys == {"botox.price", "lipFillerPrice", "Hours_Location", "tox-01"}
