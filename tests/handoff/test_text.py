"""Small text operations: a signed name is left out of what the FAQ search reads."""

import pytest

from handoff.triage.text import without_signature


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "What is the cost for cheek filler? My friend paid $800 in Meridian. - Sue",
            "What is the cost for cheek filler? My friend paid $800 in Meridian.",
        ),
        ("Do you take checks? Respectfully, Walt Sorensen", "Do you take checks?"),
        ("Can I move my Friday facial? Thank you, Diane", "Can I move my Friday facial?"),
        (
            "Good afternoon, this is Margaret Hollis. Are you open on Mondays?",
            "Are you open on Mondays?",
        ),
    ],
)
def test_names_signed_before_or_after_are_left_out(text: str, asked: str) -> None:
    assert without_signature(text) == asked


@pytest.mark.parametrize(
    "text",
    [
        "price - Botox",  # a treatment after a dash is what is asked
        "Botox?",
        "How much is lip filler? Thanks!",
        "Best place for Botox",
        "thanks Botox",  # nothing would be left
    ],
)
def test_a_text_without_a_signed_name_is_kept(text: str) -> None:
    assert without_signature(text) == text
