"""Modality per language, and how it moves the intensity score (docs/coding.md, "Modality")."""

from __future__ import annotations

import pytest

from test_coding_helpers import code

# The same threat in five moods, per language (our own sentences).
CASES = {
    "en": {
        "asserted": "We will use nuclear weapons against any state that attacks us.",
        "conditional": "If they attack us, we will use nuclear weapons against them.",
        "hedged": "We might use nuclear weapons against a state that attacks us.",
        "question": "Will we use nuclear weapons against a state that attacks us?",
        "negated": "We will never use nuclear weapons against a state that attacks us.",
    },
    "nl": {
        "asserted": "Wij zullen kernwapens gebruiken tegen elke staat die ons aanvalt.",
        "conditional": "Als zij ons aanvallen, zullen wij kernwapens tegen hen gebruiken.",
        "hedged": "Wij zouden mogelijk kernwapens gebruiken tegen een staat die ons aanvalt.",
        "question": "Zullen wij kernwapens gebruiken tegen een staat die ons aanvalt?",
        "negated": "Wij zullen nooit kernwapens gebruiken tegen een staat die ons aanvalt.",
    },
}


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("mood", ["asserted", "conditional", "hedged", "question", "negated"])
def test_each_modality_is_detected(lang: str, mood: str) -> None:
    st = code(CASES[lang][mood], lang)
    assert st.modality == mood
    assert st.nuclear is True


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_modality_orders_the_intensity(lang: str) -> None:
    score = {mood: code(text, lang).intensity for mood, text in CASES[lang].items()}
    assert all(v is not None for v in score.values())
    # Documented direction: asserted > conditional > hedged > question > 0 > negated.
    assert score["asserted"] > score["conditional"] > score["hedged"] > score["question"] > 0
    assert score["negated"] is not None and score["negated"] < 0


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_negated_threat_is_not_a_threat(lang: str) -> None:
    asserted = code(CASES[lang]["asserted"], lang)
    negated = code(CASES[lang]["negated"], lang)
    assert asserted.codes[0].code == "threat"
    assert negated.codes[0].code == "deescalation"


def test_not_only_is_not_a_negation() -> None:
    st = code("Not only will we use nuclear weapons, we will use them first.", "en")
    assert st.modality == "asserted"


def test_negator_inside_the_condition_does_not_negate_the_claim() -> None:
    st = code("Als wij geen enkel kernwapen hadden, zou het land allang zijn aangevallen.", "nl")
    assert st.modality == "conditional"


@pytest.mark.parametrize("lang,text", [
    ("en", "We will use nuclear weapons against any state that attacks us."),
    ("nl", "Wij zullen kernwapens gebruiken tegen elke staat die ons aanvalt."),
])
def test_directness_discounts_the_intensity(lang: str, text: str) -> None:
    direct = code(text, lang, kind="direct").intensity
    indirect = code(text, lang, kind="indirect").intensity
    according = code(text, lang, kind="according_to").intensity
    assert direct is not None and indirect is not None and according is not None
    assert direct > indirect > according > 0


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Nobody should think we are bluffing about our nuclear weapons."),
    ("en", "This is not a bluff: our nuclear forces are ready."),
    ("nl", "Niemand moet denken dat wij bluffen met onze kernwapens."),
    ("nl", "Wij bluffen niet: onze kernwapens staan klaar."),
])
def test_denying_a_bluff_asserts_the_threat(lang: str, text: str) -> None:
    st = code(text, lang)
    assert st.modality == "asserted"
    assert st.codes[0].code == "threat"
    assert st.intensity is not None and st.intensity > 0


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "We do not rule out the use of nuclear weapons."),
    ("en", "A nuclear strike cannot be ruled out."),
    ("nl", "Een nucleaire aanval is niet uitgesloten."),
    ("nl", "Wij sluiten niet uit dat wij kernwapens inzetten."),
])
def test_not_ruling_out_keeps_it_possible(lang: str, text: str) -> None:
    # a double negative: hedged, not negated (so a threat stays a threat)
    assert code(text, lang).modality == "hedged"
