"""Codes, speaker roles, targets and mixed signals on our own example sentences."""

from __future__ import annotations

import pytest

from test_coding_helpers import analyse, code, statement


def test_non_nuclear_content_is_other() -> None:
    st = code("The budget talks will resume on Monday.", "en")
    assert st.nuclear is False
    assert st.codes[0].code == "other"
    assert st.intensity == 0


def test_evidence_names_the_cues_that_fired() -> None:
    st = code("Het land trekt zich terug uit het verdrag over kernproeven.", "nl")
    assert st.codes[0].code == "arms_control"
    assert "kernproeven" in st.codes[0].evidence
    assert st.intensity is not None and st.intensity > 0  # a withdrawal escalates


def test_treaty_commitment_deescalates() -> None:
    st = code("We remain committed to the non-proliferation treaty and will comply with it.", "en")
    assert st.codes[0].code == "arms_control"
    assert st.intensity is not None and st.intensity < 0


def test_third_party_judging_a_threat_is_risk_assessment() -> None:
    text = "The risk that nuclear weapons will be used against Ukraine is growing."
    signaller = code(text, "en", speaker="Dmitry Peskov")
    analyst = code(text, "en", speaker="analysts", speaker_type="group")
    assert signaller.codes[0].code == "threat"
    assert analyst.codes[0].code == "risk_assessment"


def test_targets_fall_back_to_names_in_the_content() -> None:
    st = code("Wij zullen kernwapens inzetten als de Navo ons land aanvalt.", "nl")
    names = [t.name for t in st.targets]
    assert "NATO" in names
    assert st.codes[0].target == names[0]


def test_mixed_signals_per_speaker() -> None:
    hot = "Our nuclear arsenal will deter anyone who attacks us."
    cold = "We stay bound by the arms control treaty and comply with its limits."
    text = f"{hot} {cold}"
    a = statement(hot, "en", text=text, speaker="Sergei Lavrov")
    b = statement(cold, "en", text=text, speaker="Sergei Lavrov")
    analysis = analyse(text, "en", [a, b])
    assert [m["speaker"] for m in analysis.mixed_signals] == ["Sergei Lavrov"]
    flagged = analysis.mixed_signals[0]
    assert [e["index"] for e in flagged["escalating"]] == [0]
    assert [e["index"] for e in flagged["deescalating"]] == [1]


def test_first_person_warning_by_a_leader_is_a_threat_not_an_assessment() -> None:
    # A speaker outside the signaller list, talking for its own side: signalling.
    own_en = "Whoever attacks us will face the consequences of our nuclear answer."
    own_nl = "Wij zullen kernwapens inzetten als iemand onze grens aanvalt."
    for text, lang in ((own_en, "en"), (own_nl, "nl")):
        leader = code(text, lang, speaker="President Aldren")
        assert leader.codes[0].code == "threat", (lang, leader.codes)
    # The same danger described by a third party about someone else is an assessment.
    third_en = "The consequences of a nuclear answer by Moscow would be grave."
    third_nl = "Experts vrezen dat Moskou kernwapens zal inzetten als de oorlog escaleert."
    assert code(third_en, "en", speaker="analysts", speaker_type="group").codes[0].code == \
        "risk_assessment"
    assert code(third_nl, "nl", speaker="Anna Berg").codes[0].code == "risk_assessment"


def _last_statement_nuclear(sentences: list[str], content: str, lang: str) -> bool:
    text = " ".join([*sentences, content])
    st = statement(content, lang, text=text)
    start = text.index(content)
    st.sentence, st.sentence_span = content, (start, len(text))
    analyse(text, lang, [st])
    return bool(st.nuclear)


def test_an_article_about_nuclear_weapons_makes_its_cued_statements_nuclear() -> None:
    quote = "Whoever interferes will face consequences they have never seen."
    nuclear_article = ["The warheads were moved to the border.",
                       "Analysts counted the nuclear missiles again.",
                       "The weather was cold."]
    other_article = ["The talks were moved to the border town.",
                     "Analysts counted the tanks again.", "The weather was cold."]
    # the nearest sentence names no nuclear weapon; the article as a whole does
    assert _last_statement_nuclear(nuclear_article, quote, "en") is True
    assert _last_statement_nuclear(other_article, quote, "en") is False


def test_an_article_about_nuclear_weapons_nl() -> None:
    quote = "Wie zich ermee bemoeit, krijgt te maken met ongekende consequenties."
    article = ["De kernkoppen zijn naar de grens gebracht.",
               "Analisten telden de kernraketten opnieuw.", "Het was koud."]
    assert _last_statement_nuclear(article, quote, "nl") is True
    assert _last_statement_nuclear(["Het was koud.", "De trein was laat.", "Het regende."],
                                   quote, "nl") is False


def test_content_about_another_weapon_does_not_inherit_the_nuclear_topic() -> None:
    article = ["The warheads were moved to the border.",
               "Analysts counted the nuclear missiles again.", "The weather was cold."]
    claim = "Moscow could be seeking a pretext for using chemical weapons."
    assert _last_statement_nuclear(article, claim, "en") is False


@pytest.mark.parametrize(("content", "lang"), [
    ("Tehran has learnt that enrichment is leverage.", "en"),
    ("Pyongyang must return to talks on denuclearisation.", "en"),
    ("Iran heeft de verrijking van uranium verder opgevoerd.", "nl"),
    ("Chile will never allow Peru to acquire nuclear weapons.", "en"),
    ("Peru mag nooit een kernwapen verwerven, zei Chili.", "nl"),
])
def test_enrichment_and_denuclearisation_are_arms_control(content: str, lang: str) -> None:
    st = code(content, lang)
    assert st.nuclear and st.codes[0].code == "arms_control"
