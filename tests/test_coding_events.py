"""Events reported without content: active, passive, relative clauses, pronouns (own text)."""

from __future__ import annotations

import pytest

from brink.coding.langdata import action_table, event_cues
from brink.model import ActorRef
from test_coding_helpers import analyse, analyse_with_mentions, mention, statement


def _triples(text: str, lang: str, statements=None) -> set[tuple[str, str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    analysis = analyse(text, lang, statements)
    return {(e.actor.name or e.actor.text, e.action,
             (e.target.name or e.target.text) if e.target else None, e.mode)
            for e in analysis.events}


def test_passive_with_agent_nl() -> None:
    text = "De buurlanden Polen en Litouwen zijn vorige week door Moskou bedreigd."
    assert _triples(text, "nl") == {("Russia", "threaten", "Polen", None),
                                    ("Russia", "threaten", "Litouwen", None)}


def test_passive_with_agent_en() -> None:
    text = "In May, Norway was threatened with nuclear strikes by the Kremlin."
    assert _triples(text, "en") == {("Kremlin", "threaten", "Norway", "nuclear")}


def test_active_with_target_marker_and_nuclear_mode() -> None:
    text = "Minister Jansen dreigde met kernwapens richting de Russen."
    assert ("Jansen", "threaten", "Russia", "nuclear") in _triples(text, "nl")


def test_relative_clause_with_pronoun_resolved_to_last_speaker() -> None:
    first = "Wij geven niet toe."
    text = (f"„{first}”, zei Anna Berg. Zij sprak ook over de Belgen, die zij verwijt te "
            "weinig te doen.")
    st = statement(first, "nl", text=text, speaker="Anna Berg")
    st.speaker.span = (text.index("Anna"), text.index("Anna") + 9)
    assert ("Anna Berg", "accuse", "Belgen", None) in _triples(text, "nl", [st])


def test_relative_clause_en() -> None:
    first = "We will not give in."
    text = f'"{first}" said Maria Lopez. She met the Danes, whom she accused of stalling.'
    st = statement(first, "en", text=text, speaker="Maria Lopez")
    st.speaker.span = (text.index("Maria"), text.index("Maria") + 11)
    assert ("Maria Lopez", "accuse", "Danes", None) in _triples(text, "en", [st])


def test_speech_verb_with_content_is_not_an_event() -> None:
    assert _triples("Minister Jansen waarschuwde dat de oorlog lang duurt.", "nl") == set()
    assert _triples("General Smith warned that the war would last.", "en") == set()


def test_every_action_in_the_lexicons_maps_to_plover_or_cameo() -> None:
    table = action_table()
    for lang in ("en", "nl"):
        for action in event_cues(lang).actions:
            assert action in table
            assert table[action].plover or table[action].cameo


def test_nominal_events_with_possessor_and_source_en() -> None:
    assert ("Norway", "threaten", None, None) in _triples(
        "Analysts discussed Norway's threat at length.", "en")
    assert ("Kremlin", "warn", None, None) in _triples(
        "The move drew a sharp warning from the Kremlin on Friday.", "en")
    assert ("Canada", "criticize", "Chile", None) in _triples(
        "At the summit, Canada voiced strong criticism of Chile.", "en")


def test_nominal_events_nl() -> None:
    assert ("Spanje", "criticize", "Italië", None) in _triples(
        "Op de top had Spanje scherpe kritiek op Italië.", "nl")
    assert ("Russia", "praise", "Iran", None) in _triples(
        "Rusland uitte lof voor Iran na het bezoek.", "nl")


def test_noun_without_actor_yields_nothing() -> None:
    assert _triples("The threat of escalation remains high.", "en") == set()
    assert _triples("Het bedreigen van Jansen is strafbaar.", "nl") == set()


def test_passive_without_agent_has_no_actor() -> None:
    assert _triples("Last week Portugal was criticized sharply.", "en") == set()


def test_subject_relative_clause_keeps_antecedent_as_actor() -> None:
    text = "In March, Peru, which has denied sending troops against Bolivia, stayed silent."
    assert ("Peru", "deny", "Bolivia", None) in _triples(text, "en")
    text = "Minister Jansen, die net als Pietersen afstand nam van Bakker, zweeg."
    assert ("Jansen", "reject", "Bakker", None) in _triples(text, "nl")


def test_infinitive_complement_has_no_target() -> None:
    assert _triples("Minister Olsen threatened to close the border with Estonia.", "en") == {
        ("Olsen", "threaten", None, None)}


def test_listed_targets_after_including() -> None:
    got = _triples("Minister Olsen accused several states, including Chile and Peru, of lying.",
                   "en")
    assert {("Olsen", "accuse", "Chile", None), ("Olsen", "accuse", "Peru", None)} <= got


def test_tested_weapon_is_not_a_target() -> None:
    assert _triples("Pyongyang tested a Hwasong missile on Monday.", "en") == {
        ("North Korea", "test", None, None)}


def test_acts_inside_quotes_are_not_events() -> None:
    assert _triples('Olsen wrote: "Chile threatened us."', "en") == set()


def test_a_role_phrase_acts_not_the_country_inside_it() -> None:
    # "Ukraine's president" contains "Ukraine"; the longer linked mention is the actor.
    text = "Ukraine's president criticised Hungary on Friday."
    analysis = analyse_with_mentions(text, "en", [
        mention(text, "Ukraine", "UA", "Ukraine", "country"),
        mention(text, "Ukraine's president", "Q1", "Volodymyr Zelenskyy", "person"),
        mention(text, "Hungary", "HU", "Hungary", "country"),
    ])
    assert {(e.actor.name, e.action, e.target.name if e.target else None)
            for e in analysis.events} == {("Volodymyr Zelenskyy", "criticize", "Hungary")}


def test_a_possessor_before_a_role_and_name_is_no_target() -> None:
    text = "Anna Berg asked Moscow's spokesman Ivan Sokolov about the drills."
    triples = _triples(text, "en")
    assert {t[2] for t in triples} == {"Ivan Sokolov"}


def test_no_target_inside_a_conditional_clause() -> None:
    assert _triples("Moscow warned of new missiles if Norway and Denmark join the pact.",
                    "en") == {("Russia", "warn", None, None)}


def test_a_speech_verb_before_a_clause_without_that_has_content() -> None:
    assert _triples("Anna Berg announced she was leaving the party.", "en") == set()
    assert _triples("Anna Berg condemned the plan.", "en") == {
        ("Anna Berg", "criticize", None, None)}
    assert _triples("Veel Kamerleden vroegen zich af of het plan werkt.", "nl") == set()




def test_a_group_followed_by_its_members_is_left_to_their_names() -> None:
    triples = _triples("The Kremlin threatened countries such as Norway and Denmark.", "en")
    assert {t[2] for t in triples} == {"Norway", "Denmark"}


def test_the_country_means_the_country_talked_about() -> None:
    text = ("Russia has the largest arsenal, followed by America. Russia keeps adding to it. "
            "The country has modernised its missiles.")
    second = text.index("Russia keeps")
    analysis = analyse_with_mentions(text, "en", [
        mention(text, "Russia", "RU", "Russia", "country"),
        mention(text, "America", "US", "United States", "country"),
        ActorRef(text="Russia", span=(second, second + 6), actor_id="RU", name="Russia",
                 type="country"),
    ])
    assert [(e.actor.name, e.action) for e in analysis.events] == [("Russia", "modernize")]


def test_one_event_per_act() -> None:
    text = ("Moscow tested a new missile on Monday. Analysts said Moscow tested it to impress "
            "Washington.")
    assert [t[1] for t in _triples(text, "en")].count("test") == 1


def test_a_quoted_clause_after_the_verb_is_content_a_quoted_label_is_not() -> None:
    assert _triples("Anna Berg warned her neighbours on Friday “not to escalate the "
                    "situation any further”.", "en") == set()
    assert ("Anna Berg", "deny", None, None) in _triples(
        "Anna Berg dismissed the reports as “fakes”.", "en")


def test_no_target_behind_a_place_or_agent_preposition() -> None:
    triples = _triples("Anna Berg expressed outrage at the shelling at Zaporizhzhia.", "en")
    assert {t[2] for t in triples} == {None}


def test_a_possessive_pronoun_owns_the_act_and_a_narrated_name_resolves_it() -> None:
    text = "After weeks of threats from Ivan Sokolov, his latest order moved the missiles."
    analysis = analyse_with_mentions(text, "en", [
        mention(text, "Ivan Sokolov", "x", "Ivan Sokolov", "person")])
    assert ("Ivan Sokolov", "order") in {(e.actor.name, e.action) for e in analysis.events}





def test_a_participle_clause_acts_for_the_name_not_the_place() -> None:
    triples = _triples("Anna Berg, speaking in Oslo, condemned the allies.", "en")
    assert {t[0] for t in triples} == {"Anna Berg"}


def test_talking_to_a_news_outlet_is_no_meeting() -> None:
    text = "Anna Berg spoke with Reuters on Monday."
    analysis = analyse_with_mentions(text, "en", [
        mention(text, "Anna Berg", "ab", "Anna Berg", "person"),
        mention(text, "Reuters", "reuters", "Reuters", "media"),
    ])
    assert analysis.events == []


def test_a_name_inside_a_longer_known_name_is_one_target() -> None:
    assert _triples("Anna Berg, who has often threatened the West, left early.", "en") == {
        ("Anna Berg", "threaten", "the West", None)}


# One act each, on our own sentences: the triple must be among the events found.
ACTS = [
    pytest.param("De Europese Unie wees het verzoek van de regering om uitleg over de nieuwe "
                 "grens af.", "nl", ("European Union", "reject", None, None),
                 id="a separable particle after a long middle field"),
    pytest.param("The European Union criticised Western allies on Friday.", "en",
                 ("European Union", "criticize", "Western allies", None),
                 id="a target name completed by a group noun"),
    pytest.param("The European Union imposed fresh sanctions on Chile on Tuesday.", "en",
                 ("European Union", "sanction", "Chile", None),
                 id="a support verb with its act noun"),
    pytest.param("Moscow denied reports that its ships had left the port.", "en",
                 ("Russia", "deny", None, None), id="a noun complement is no content"),
    pytest.param("Other governments in the region, however, welcomed Norway's decision.", "en",
                 ("governments", "praise", "Norway", None), id="a group without a name, en"),
    pytest.param("Vooral de linkse oppositiepartijen bekritiseerden het plan.", "nl",
                 ("opposition parties", "criticize", None, None),
                 id="a group without a name, nl"),
    pytest.param("On Monday Anna Berg and other finance ministers walked out of the summit.",
                 "en", ("Anna Berg", "protest", None, None),
                 id="a coordinated subject is named by its first name"),
    pytest.param("Sanctions came on the same day that Anna Berg walked out of the summit.",
                 "en", ("Anna Berg", "protest", None, None),
                 id="a relative clause with its own subject"),
    pytest.param("Minister Ivan Sokolov heeft Polen gewaarschuwd voor de plaatsing van raketten.",
                 "nl", ("Ivan Sokolov", "warn", "Polen", None),
                 id="nl verb-final clause with an auxiliary"),
    pytest.param("Gisteren heeft Sokolov ook Litouwen bedreigd met represailles.", "nl",
                 ("Sokolov", "threaten", "Litouwen", None), id="nl inversion with an auxiliary"),
    pytest.param("Minister Jansen riep Italië gisteren op tot kalmte.", "nl",
                 ("Jansen", "appeal", "Italië", None), id="nl separable verb op"),
    pytest.param("Minister Jansen wees het voorstel resoluut af.", "nl",
                 ("Jansen", "reject", None, None), id="nl separable verb af"),
    pytest.param("In a phone call with Anna Berg, Ivan Sokolov repeated his offer.", "en",
                 ("Ivan Sokolov", "meet", "Anna Berg", None),
                 id="a framing phrase that opens the sentence is the subject's act"),
]


@pytest.mark.parametrize(("text", "lang", "act"), ACTS)
def test_act_is_found(text: str, lang: str, act: tuple[str, str, str | None, str | None]) -> None:
    assert act in _triples(text, lang)


def test_a_preposition_that_looks_like_a_particle_is_none() -> None:
    assert _triples("Minister Jansen nam in april het woord.", "nl") == set()


def _linked(text: str, lang: str,
            names: list[tuple[str, str, str, str]]) -> set[tuple[str, str, str | None]]:
    analysis = analyse_with_mentions(text, lang, [mention(text, *n) for n in names])
    return {(e.actor.name or e.actor.text, e.action, e.target.name if e.target else None)
            for e in analysis.events}


def test_a_short_phrase_before_that_still_introduces_content() -> None:
    assert _triples("General Smith warned on national television that the war would last.",
                    "en") == set()
    assert _triples("Minister Jansen waarschuwde op de radio dat de oorlog lang duurt.",
                    "nl") == set()


def test_a_noun_with_its_own_target_marker_takes_the_phrase_after_it() -> None:
    text = "The talks broke down after an attack on Norway by Chile."
    assert ("Chile", "attack", "Norway") in _linked(text, "en", [
        ("Norway", "NO", "Norway", "country"), ("Chile", "CL", "Chile", "country")])


def test_a_definite_noun_points_back_to_the_thing_named_before() -> None:
    en = "Shelling hit the Borsk Dam on Monday. Chile seized the dam a day later."
    assert ("Chile", "seize", "Borsk Dam") in _linked(en, "en", [
        ("Borsk Dam", "borsk", "Borsk Dam", "facility"), ("Chile", "CL", "Chile", "country")])
    nl = "Chili tekende in 2010 het Borsk-verdrag. Nu heeft Chili het verdrag opgeschort."
    assert ("Chili", "suspend", "Borsk Treaty") in _linked(nl, "nl", [
        ("Borsk-verdrag", "borsk", "Borsk Treaty", "treaty"), ("Chili", "CL", "Chile", "country")])


def test_a_meeting_in_a_framing_phrase_is_the_subjects() -> None:
    text = ("Chilean President Luis Soto said during a news conference with Peruvian President "
            "Ana Ruiz in Lima that the border would stay open.")
    assert ("Luis Soto", "meet", "Ana Ruiz") in _linked(text, "en", [
        ("Chilean", "CL", "Chile", "country"), ("Luis Soto", "soto", "Luis Soto", "person"),
        ("Peruvian", "PE", "Peru", "country"), ("Ana Ruiz", "ruiz", "Ana Ruiz", "person")])


def test_a_thing_does_not_act() -> None:
    text = "Chili tekende het Borsk-verdrag. Overleg over het verdrag was in 2021 al opgeschort."
    assert _linked(text, "nl", [("Borsk-verdrag", "borsk", "Borsk Treaty", "treaty"),
                                ("Chili", "CL", "Chile", "country")]) == set()


def test_no_target_inside_an_infinitive_clause_nl() -> None:
    text = "Het kabinet waarschuwde de burgers om niet naar Rusland te reizen."
    assert _linked(text, "nl", [("kabinet", "cabinet", "Dutch cabinet", "organization"),
                                ("Rusland", "RU", "Russia", "country")]) == {
        ("Dutch cabinet", "warn", None)}


def test_a_gerund_after_a_preposition_reports_no_act() -> None:
    assert ("Ukraine", "attack", "Crimea", None) not in _triples(
        "Moscow warned Kyiv against attacking Crimea.", "en")


def test_a_possessive_pronoun_is_no_target() -> None:
    text = "Chili schortte zijn deelname aan het verdrag op."
    analysis = analyse_with_mentions(text, "nl", [mention(text, "Chili", "CL", "Chile", "country")])
    assert [e.action for e in analysis.events] == ["suspend"]
    assert all(e.target is None or e.target.text != "zijn" for e in analysis.events)


@pytest.mark.parametrize(("text", "lang", "names"), [
    ("Nato met in Oslo on Monday. Chile warned the alliance against any move.", "en",
     [("Nato", "NATO", "NATO", "alliance"), ("Chile", "CL", "Chile", "country")]),
    ("De NAVO vergaderde maandag. Chili bedreigde het bondgenootschap opnieuw.", "nl",
     [("NAVO", "NATO", "NATO", "alliance"), ("Chili", "CL", "Chile", "country")]),
], ids=["en", "nl"])
def test_a_noun_for_its_kind_points_back_to_the_actor(
        text: str, lang: str, names: list[tuple[str, str, str, str]]) -> None:
    assert any(target == "NATO" for _, _, target in _linked(text, lang, names))


def test_review_edge_cases_events() -> None:
    assert ("Chile", "meet", "Peru") in _linked("Chile met with Peru on Monday.", "en", [
        ("Chile", "CL", "Chile", "country"), ("Peru", "PE", "Peru", "country")])


def test_a_noun_before_a_role_noun_is_its_modifier() -> None:
    text = ("The Chilean Ministry of Defence held a briefing. Later the defence minister "
            "criticised Peru.")
    linked = _linked(text, "en", [
        ("Chilean Ministry of Defence", "mod", "Ministry of Defence of Chile", "organization"),
        ("Peru", "PE", "Peru", "country")])
    assert not any(actor == "Ministry of Defence of Chile" for actor, _, _ in linked)


@pytest.mark.parametrize(("text", "lang", "names", "act"), [
    ("Lund, die het Westen herhaaldelijk heeft bedreigd, sprak op de top.", "nl",
     [("Lund", "lund", "Per Lund", "person"), ("het Westen", "west", "the West", "group")],
     ("Per Lund", "threaten", "the West")),
    ("The countries which Chile threatened joined Nato.", "en",
     [("Chile", "CL", "Chile", "country"), ("Nato", "NATO", "NATO", "alliance")],
     ("Chile", "threaten", "countries")),
], ids=["nl verb-final subject relative", "en restrictive object relative"])
def test_who_acts_in_a_relative_clause(text: str, lang: str,
                                       names: list[tuple[str, str, str, str]],
                                       act: tuple[str, str, str]) -> None:
    assert act in _linked(text, lang, names)


def test_a_list_of_targets_goes_on_past_the_clause_comma() -> None:
    text = "Chili eiste garanties van Peru, Bolivia en het Verenigd Koninkrijk."
    linked = _linked(text, "nl", [
        ("Chili", "CL", "Chile", "country"), ("Peru", "PE", "Peru", "country"),
        ("Bolivia", "BO", "Bolivia", "country"),
        ("Verenigd Koninkrijk", "GB", "United Kingdom", "country")])
    assert {t for _, _, t in linked} == {"Peru", "Bolivia", "United Kingdom"}


def test_a_medium_after_a_channel_preposition_is_no_target() -> None:
    text = "Lund had de Chileense president op Telegram gewaarschuwd."
    linked = _linked(text, "nl", [
        ("Lund", "lund", "Per Lund", "person"), ("Telegram", "tg", "Telegram", "media")])
    assert all(target != "Telegram" for _, _, target in linked)


def test_a_name_inside_a_relative_clause_does_not_act_for_the_subject() -> None:
    text = ("Minister Per Lund, die in Rio de G20-top bijwoonde, beschuldigde Peru ervan de oorlog "
            "te laten escaleren.")
    linked = _linked(text, "nl", [
        ("Per Lund", "lund", "Per Lund", "person"), ("G20", "g20", "G20", "organization"),
        ("Peru", "PE", "Peru", "country")])
    assert ("Per Lund", "accuse", "Peru") in linked


def test_a_possessive_before_a_title_and_a_person_names_the_person() -> None:
    text = "Lund later met Peru’s Prime Minister Ana Ruiz in Lima."
    linked = _linked(text, "en", [
        ("Lund", "lund", "Per Lund", "person"), ("Peru", "PE", "Peru", "country"),
        ("Ana Ruiz", "ruiz", "Ana Ruiz", "person")])
    assert ("Per Lund", "meet", "Ana Ruiz") in linked


@pytest.mark.parametrize(("text", "lang", "names", "act"), [
    ("Premier Lund sprak maandag in Lima met president Ruiz.", "nl",
     [("Lund", "lund", "Per Lund", "person"), ("Ruiz", "ruiz", "Ana Ruiz", "person")],
     ("Per Lund", "meet", "Ana Ruiz")),
    ("Premier Lund heeft vanochtend telefonisch met president Ruiz gesproken.", "nl",
     [("Lund", "lund", "Per Lund", "person"), ("Ruiz", "ruiz", "Ana Ruiz", "person")],
     ("Per Lund", "meet", "Ana Ruiz")),
    ("Lund spoke on Monday with the Peruvian president, Ana Ruiz.", "en",
     [("Lund", "lund", "Per Lund", "person"), ("Peruvian", "PE", "Peru", "country"),
      ("Ana Ruiz", "ruiz", "Ana Ruiz", "person")],
     ("Per Lund", "meet", "Ana Ruiz")),
], ids=["nl partner after the verb", "nl verb-final", "en role apposition"])
def test_a_joint_act_finds_its_partner_across_the_clause(
        text: str, lang: str, names: list[tuple[str, str, str, str]],
        act: tuple[str, str, str]) -> None:
    assert act in _linked(text, lang, names)


def test_a_meeting_needs_someone_met() -> None:
    text = "Per Lund spoke to reporters in Oslo."
    assert _linked(text, "en", [("Per Lund", "lund", "Per Lund", "person")]) == set()


def test_an_idiom_is_no_act() -> None:
    text = "After the talks, Per Lund struck a different note on Monday."
    assert _linked(text, "en", [("Per Lund", "lund", "Per Lund", "person")]) == set()


@pytest.mark.parametrize(("text", "lang", "names", "acts"), [
    ("Lund spoke on Monday about the war with Peru.", "en",
     [("Lund", "lund", "Per Lund", "person"), ("Peru", "PE", "Peru", "country")], set()),
    ("After Chile threatened Peru, Bolivia and Norway sent more troops.", "en",
     [("Chile", "CL", "Chile", "country"), ("Peru", "PE", "Peru", "country"),
      ("Bolivia", "BO", "Bolivia", "country"), ("Norway", "NO", "Norway", "country")],
     {("Chile", "threaten", "Peru")}),
    ("Chile struck Lima despite the deal.", "en",
     [("Chile", "CL", "Chile", "country"), ("Lima", "PE", "Peru", "country")],
     {("Chile", "attack", "Peru")}),
    ("Bolivia en Peru, die Chili heeft bedreigd, vragen om hulp.", "nl",
     [("Bolivia", "BO", "Bolivia", "country"), ("Peru", "PE", "Peru", "country"),
      ("Chili", "CL", "Chile", "country")],
     {("Chile", "threaten", "Peru")}),
], ids=["topic preposition", "list before a verb", "idiom needs its object",
        "nl country antecedent is the object"])
def test_review_of_the_fourth_session_events(
        text: str, lang: str, names: list[tuple[str, str, str, str]],
        acts: set[tuple[str, str, str]]) -> None:
    assert _linked(text, lang, names) == acts


@pytest.mark.parametrize(("text", "lang", "modifier", "verb_between"), [
    ("Anna Berg sprak dinsdag met de Chileense president Ivan Sokolov.", "nl", "Chileense", False),
    ("Anna Berg criticised the Chilean defence minister Ivan Sokolov.", "en", "Chilean", False),
    ("Anna Berg bekritiseerde de Chileense oud-premier Ivan Sokolov.", "nl", "Chileense", False),
    ("Chile warned president Ivan Sokolov on Monday.", "en", "Chile", True),
])
def test_a_demonym_before_a_lower_case_role_and_name_is_no_target(
        text: str, lang: str, modifier: str, verb_between: bool) -> None:
    # "de Chileense president Sokolov": the person is addressed, not Chile; a verb between
    # the country and the role makes the country the subject.
    named = [("Anna Berg", "Q1", "Anna Berg", "person"), (modifier, "CL", "Chile", "country"),
             ("Ivan Sokolov", "Q2", "Ivan Sokolov", "person")]
    analysis = analyse_with_mentions(
        text, lang, [mention(text, *m) for m in named if m[0] in text])
    found = {(e.actor.name, e.target.name if e.target else None) for e in analysis.events}
    if verb_between:
        assert found == {("Chile", "Ivan Sokolov")}
    else:
        assert {t for _, t in found} == {"Ivan Sokolov"}


@pytest.mark.parametrize(("text", "pair"), [
    ("Officials in Lima have repeatedly accused Chile of moving troops to the border.",
     ("officials", "Chile")),
    ("Chile accused officials in Lima of spying.", ("Chile", "officials")),
])
def test_a_group_with_a_place_phrase_acts_and_the_place_is_part_of_it(
        text: str, pair: tuple[str, str]) -> None:
    analysis = analyse_with_mentions(text, "en", [
        mention(text, "Lima", "PE", "Peru", "country"),
        mention(text, "Chile", "CL", "Chile", "country")])
    assert {(e.actor.name, e.target.name if e.target else None)
            for e in analysis.events} == {pair}


def test_a_collective_name_is_a_target_beside_linked_mentions_and_before_a_that_clause() -> None:
    # "het Westen" needs no actor record; the name inside the dat-clause is not accused
    text = "Minister Ivan Sokolov beschuldigde het Westen ervan dat het Peru steunt."
    analysis = analyse_with_mentions(text, "nl", [
        mention(text, "Ivan Sokolov", "Q2", "Ivan Sokolov", "person"),
        mention(text, "Peru", "PE", "Peru", "country")])
    assert {(e.actor.name, e.action, e.target.name if e.target else None)
            for e in analysis.events} == {("Ivan Sokolov", "accuse", "the West")}


@pytest.mark.parametrize(("text", "lang", "qualifier", "target"), [
    ("Anna Berg threatened Chile's western allies with sanctions.", "en", "Chile",
     "allies of Chile"),
    ("Anna Berg verweet de Chileense bondgenoten te weinig te doen.", "nl", "Chileense",
     "allies of Chile"),
])
def test_a_country_before_a_group_noun_qualifies_the_group(
        text: str, lang: str, qualifier: str, target: str) -> None:
    # the allies are addressed, not Chile; the name keeps whose allies they are
    analysis = analyse_with_mentions(text, lang, [
        mention(text, "Anna Berg", "Q1", "Anna Berg", "person"),
        mention(text, qualifier, "CL", "Chile", "country")])
    assert {(e.actor.name, e.target.name if e.target else None)
            for e in analysis.events} == {("Anna Berg", target)}


@pytest.mark.parametrize(("text", "lang"), [
    ("Peru, Chile and Bolivia signed the pact on Monday. Anna Berg accused the three "
     "countries of secrecy.", "en"),
    ("Peru, Chili en Bolivia tekenden maandag het pact. Anna Berg beschuldigde de drie landen "
     "van geheimzinnigheid.", "nl"),
])
def test_a_counted_group_is_the_last_that_many_named_before(text: str, lang: str) -> None:
    named = [("Anna Berg", "Q1", "Anna Berg", "person"), ("Peru", "PE", "Peru", "country"),
             ("Chile" if lang == "en" else "Chili", "CL", "Chile", "country"),
             ("Bolivia", "BO", "Bolivia", "country")]
    analysis = analyse_with_mentions(text, lang, [mention(text, *m) for m in named])
    assert {(e.actor.name, e.target.name if e.target else None)
            for e in analysis.events if e.action == "accuse"} == {
        ("Anna Berg", "Peru"), ("Anna Berg", "Chile"), ("Anna Berg", "Bolivia")}


def test_a_counted_group_needs_that_many_actors_named_before() -> None:
    text = "Chile signed the pact. Anna Berg accused the three countries of secrecy."
    analysis = analyse_with_mentions(text, "en", [
        mention(text, "Chile", "CL", "Chile", "country"),
        mention(text, "Anna Berg", "Q1", "Anna Berg", "person")])
    assert {e.target.name if e.target else None for e in analysis.events
            if e.action == "accuse"} <= {None, "countries"}


def test_an_unlinked_name_beside_linked_ones_and_a_role_in_apposition() -> None:
    # "Western powers" is in no actor data; the role after the comma is Sokolov's
    text = ("Ivan Sokolov, the ministry's spokesman, accused Western powers of using the "
            "agency against Lima.")
    linked = [mention(text, "Ivan Sokolov", "Q2", "Ivan Sokolov", "person"),
              mention(text, "Lima", "PE", "Peru", "country")]
    role = mention(text, "spokesman", "", "", "person")
    unresolved = ActorRef(text=role.text, span=role.span, reason="no holder found")
    analysis = analyse_with_mentions(text, "en", [linked[0], unresolved, linked[1]])
    assert {(e.actor.name, e.target.name if e.target else None)
            for e in analysis.events} == {("Ivan Sokolov", "Western")}


@pytest.mark.parametrize(("text", "lang", "body"), [
    ("Minister Anna Berg van Buitenlandse Zaken veroordeelt Lima.", "nl", "Buitenlandse Zaken"),
    ("Anna Berg of the Foreign Ministry condemned Lima.", "en", "Foreign Ministry"),
])
def test_a_body_after_a_persons_name_qualifies_the_person(text: str, lang: str,
                                                         body: str) -> None:
    analysis = analyse_with_mentions(text, lang, [
        mention(text, "Anna Berg", "Q1", "Anna Berg", "person"),
        mention(text, body, "Q2", "Ministry", "organization"),
        mention(text, "Lima", "PE", "Peru", "country")])
    assert {(e.actor.name, e.action, e.target.name if e.target else None)
            for e in analysis.events} == {("Anna Berg", "criticize", "Peru")}


@pytest.mark.parametrize(("text", "lang"), [
    ("Valdoria launched missile strikes on Lima on Tuesday.", "en"),
    ("Valdoria carried out air strikes on Lima.", "en"),
    ("Valdoria voerde een aanval uit op Lima.", "nl"),
])
def test_an_attack_noun_after_a_support_verb_is_an_attack(text: str, lang: str) -> None:
    analysis = analyse_with_mentions(text, lang, [
        mention(text, "Valdoria", "VA", "Valdoria", "country"),
        mention(text, "Lima", "PE", "Peru", "country")])
    assert {(e.actor.name, e.action, e.target.name if e.target else None)
            for e in analysis.events} == {("Valdoria", "attack", "Peru")}


@pytest.mark.parametrize(("text", "lang"), [
    ("Valdorian forces in the south of Peru attacked the port.", "en"),
    ("Valdoriaanse troepen in het zuiden van Peru vielen de haven aan.", "nl"),
])
def test_a_country_in_a_place_phrase_does_not_act(text: str, lang: str) -> None:
    demonym = text.split()[0]
    analysis = analyse_with_mentions(text, lang, [
        mention(text, demonym, "VA", "Valdoria", "country"),
        mention(text, "Peru", "PE", "Peru", "country")])
    assert {e.actor.name for e in analysis.events} == {"Valdoria"}


def test_an_agent_marker_names_the_actor_of_an_act_noun_after_another_source_marker() -> None:
    text = "De aanval in het binnenland van Peru door Valdoria baart zorgen."
    analysis = analyse_with_mentions(text, "nl", [
        mention(text, "Peru", "PE", "Peru", "country"),
        mention(text, "Valdoria", "VA", "Valdoria", "country")])
    assert {e.actor.name for e in analysis.events} == {"Valdoria"}


def _acts(text: str, lang: str,
          named: dict[str, tuple[str, str]]) -> set[tuple[str, str, str | None]]:
    """(actor, action, target) of the events, with ``named`` surface → (name, type) linked."""
    analysis = analyse_with_mentions(text, lang, [
        mention(text, surface, name[:2].upper(), name, type_)
        for surface, (name, type_) in named.items() if surface in text])
    return {(e.actor.name or e.actor.text, e.action, e.target.name if e.target else None)
            for e in analysis.events}


COUNTRIES = {"Valdoria": ("Valdoria", "country"), "Lima": ("Peru", "country"),
             "Chili": ("Chile", "country")}


@pytest.mark.parametrize(("text", "expected"), [
    # something else opens the clause: the subject follows the finite verb
    ("Daarna bedreigde Valdoria Lima opnieuw.", {("Valdoria", "threaten", "Peru")}),
    ("In Chili waarschuwde Valdoria Lima.", {("Valdoria", "warn", "Peru")}),
    ("Nadat Chili Lima had bedreigd, veroordeelde Valdoria de dreiging.",
     {("Chile", "threaten", "Peru"), ("Valdoria", "criticize", None)}),
    # the subject before a content clause: a statement, no event
    ("Eerder waarschuwde Valdoria al dat de grens dicht gaat.", set()),
])
def test_a_dutch_subject_after_the_finite_verb_acts(
        text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert _acts(text, "nl", COUNTRIES) == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("Valdoria, Chili en Lima veroordeelden de test.", "nl"),
    ("Valdoria, Chili and Lima condemned the test.", "en"),
])
def test_each_name_of_a_list_that_opens_the_sentence_acts(text: str, lang: str) -> None:
    assert _acts(text, lang, COUNTRIES) == {("Valdoria", "criticize", None),
                                            ("Chile", "criticize", None),
                                            ("Peru", "criticize", None)}


def test_a_country_and_a_body_in_a_persons_title_do_not_act() -> None:
    text = "De Valdoriaanse minister van Buitenlandse Zaken Anna Berg bedreigde Lima."
    named = {"Valdoriaanse": ("Valdoria", "country"),
             "Buitenlandse Zaken": ("Ministry", "organization"),
             "Anna Berg": ("Anna Berg", "person"), "Lima": ("Peru", "country")}
    assert _acts(text, "nl", named) == {("Anna Berg", "threaten", "Peru")}


@pytest.mark.parametrize(("text", "lang", "target"), [
    # the reaction to a deed is aimed at its agent, named where the article opens
    ("Valdoria tested a new missile on Monday. Peru condemned the launch.", "en", "Valdoria"),
    ("Valdoria testte maandag een nieuwe raket. Peru veroordeelde de lancering.", "nl",
     "Valdoria"),
    # in the passive too
    ("Valdoria tested a new missile on Monday. The launch was condemned by Peru.", "en",
     "Valdoria"),
    # a possessive pronoun names whose remarks they are
    ("Anna Berg spoke in Lima on Monday. Peru rejected her remarks.", "en", "Anna Berg"),
    # no agent before it: no target
    ("Peru condemned the launch.", "en", None),
    # a deed whose owner the sentence names is not the opening agent's: it is the owner's
    ("Valdoria tested a new missile. Peru condemned the launch of a satellite by Chile.", "en",
     "Chile"),
    ("Valdoria tested a new missile. Peru rejected the remarks of Chile.", "en", "Chile"),
])
def test_a_reaction_to_a_deed_is_aimed_at_the_agent_the_article_opens_with(
        text: str, lang: str, target: str | None) -> None:
    named = {"Valdoria": ("Valdoria", "country"), "Peru": ("Peru", "country"),
             "Chile": ("Chile", "country"), "Anna Berg": ("Anna Berg", "person")}
    reactions = {(actor, t) for actor, action, t in _acts(text, lang, named)
                 if action in ("criticize", "reject")}
    assert reactions == {("Peru", target)}


@pytest.mark.parametrize(("second", "lang"), [
    ("Pakistan distanced itself from the remarks on Tuesday.", "en"),
    ("Pakistan nam afstand van de uitspraken.", "nl"),
])
def test_a_reaction_through_a_preposition_is_aimed_at_the_speaker(second: str,
                                                                  lang: str) -> None:
    from brink.model import Document
    from brink.pipeline import Pipeline, Settings

    first = ("Narendra Modi said on Monday that the border would stay closed. " if lang == "en"
             else "Narendra Modi zei maandag dat de grens dicht blijft. ")
    analysis = Pipeline(Settings()).analyse(Document(id="t", text=first + second, lang=lang,
                                                     date="2025-05-20"))
    assert {(e.action, e.target.name if e.target else None) for e in analysis.events} == {
        ("reject", "Narendra Modi")}


def test_a_reaction_to_an_utterance_is_aimed_at_the_speaker_the_article_opens_with() -> None:
    from brink.model import Document
    from brink.pipeline import Pipeline, Settings

    text = ("Narendra Modi said in a speech on Monday that the border would stay closed. "
            "Pakistan rejected the remarks on Tuesday.")
    analysis = Pipeline(Settings()).analyse(Document(id="t", text=text, lang="en",
                                                     date="2025-05-20"))
    assert {(e.actor.name, e.action, e.target.name if e.target else None)
            for e in analysis.events} == {("Pakistan", "reject", "Narendra Modi")}


def test_a_preposition_before_an_act_noun_is_no_support_verb() -> None:
    # "uit" in "terug uit het verdrag" is a preposition: Valdoria imposes no sanctions
    text = "Valdoria trekt zich terug uit het verdrag als Lima de sancties opnieuw invoert."
    assert not [a for a in _acts(text, "nl", COUNTRIES) if a[1] == "sanction"]


def test_a_name_inside_an_apposition_does_not_act_and_time_words_precede_content() -> None:
    named = {"Anna Berg": ("Anna Berg", "person"), "Ivan Haas": ("Ivan Haas", "person"),
             "Lima": ("Peru", "country")}
    text = "Anna Berg, the sister of leader Ivan Haas, condemned Lima."
    assert _acts(text, "en", named) == {("Anna Berg", "criticize", "Peru")}
    # "warned last week that ...": a statement, no event
    text = "Anna Berg warned last week that Lima would pay."
    assert _acts(text, "en", named) == set()


def test_a_target_marker_after_a_deed_noun_belongs_to_the_deed() -> None:
    named = {"Valdoria": ("Valdoria", "country"), "Lima": ("Peru", "country")}
    # Lima was struck, not condemned
    assert _acts("Valdoria condemned the strike on Lima.", "en", named) == {
        ("Valdoria", "criticize", None)}
    # after other words the marker still names the target
    assert _acts("Valdoria dreigt met nucleaire wapens richting Lima.", "nl", named) == {
        ("Valdoria", "threaten", "Peru")}


def test_nl_gaf_opdracht_is_an_order_and_gives_no_act_of_the_infinitive_clause() -> None:
    named = {"Valdoria": ("Valdoria", "country")}
    assert _acts("Valdoria gaf het leger opdracht om oefeningen te houden.", "nl", named) == {
        ("Valdoria", "order", None)}
