"""Per-language modality and event lexicons, and the action -> PLOVER/CAMEO mapping (all data)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from functools import cache
from pathlib import Path
from typing import Any

from brink.coding.codebook import data_path
from brink.coding.lexicon import Lexicon, LexiconSet, check_pattern
from brink.datafile import DataFileError, Problems, load_yaml
from brink.languages import load_language


@dataclass(slots=True)
class ModalityCues:
    negation: Lexicon
    negation_exceptions: Lexicon
    conditional: Lexicon
    hedged: Lexicon
    question_marks: tuple[str, ...] = ("?",)
    _matcher: tuple[tuple[Lexicon, ...], LexiconSet] | None = field(
        default=None, repr=False, compare=False)

    def matcher(self) -> LexiconSet:
        """Negation, negation exceptions, conditional and hedged cues as one matcher."""
        lexicons = (self.negation, self.negation_exceptions, self.conditional, self.hedged)
        if self._matcher is None or self._matcher[0] != lexicons:  # compared by identity
            self._matcher = (lexicons, LexiconSet(lexicons))
        return self._matcher[1]


def phrase_at(text: str, phrases: Iterable[str]) -> str | None:
    """The one of ``phrases`` (lower case) that ``text`` starts with as whole words, if any
    ("including", "each other", "so that")."""
    low = text.lower()
    return next((m for m in phrases
                 if low.startswith(m) and not low[len(m):len(m) + 1].isalnum()), None)


@dataclass(slots=True)
class EventCues:
    actions: dict[str, Lexicon] = field(default_factory=dict)
    exclude: set[str] = field(default_factory=set)
    passive_auxiliaries: set[str] = field(default_factory=set)
    # Finite auxiliaries and modals: with names between one and the verb, the clause is verb-final.
    auxiliaries: set[str] = field(default_factory=set)
    # Prepositions of a passive's agent ("by", "door"; grammar.yaml).
    agent_markers: set[str] = field(default_factory=set)
    relative_pronouns: set[str] = field(default_factory=set)
    person_pronouns: set[str] = field(default_factory=set)
    target_markers: set[str] = field(default_factory=set)
    not_names: set[str] = field(default_factory=set)
    names: dict[str, str] = field(default_factory=dict)
    # Nouns naming an act ("threat", "kritiek op"): their actor is a possessor, a source
    # phrase ("from X", "van X") or the subject of a support verb ("issued a rebuke").
    nominals: dict[str, Lexicon] = field(default_factory=dict)
    complementizers: set[str] = field(default_factory=set)
    infinitive_markers: set[str] = field(default_factory=set)
    source_markers: set[str] = field(default_factory=set)
    support_verbs: set[str] = field(default_factory=set)
    other_pronouns: set[str] = field(default_factory=set)
    determiners: set[str] = field(default_factory=set)
    first_person: Lexicon | None = None  # "we", "our": the speaker's own side
    nominal_target_markers: set[str] = field(default_factory=set)
    list_markers: set[str] = field(default_factory=set)
    group_nouns: set[str] = field(default_factory=set)
    progressive_suffixes: tuple[str, ...] = ()
    # Plural endings of act nouns, longest first: "the launches" is told by "launched".
    plural_suffixes: tuple[str, ...] = ()
    # Pronouns that open a clause as its subject: "announced it would" has content.
    subject_pronouns: set[str] = field(default_factory=set)
    # Words that open a subordinate clause; an act's target is not looked for beyond them
    # ("warns of weapons if Sweden joins": Sweden is no target).
    clause_markers: set[str] = field(default_factory=set)
    # Reflexives, particles and adverbs that may stand between a speech verb and the word that
    # opens its content ("vroegen zich af of ...", "warned again that ...").
    content_gap_words: set[str] = field(default_factory=set)
    content_gap_prepositions: set[str] = field(default_factory=set)
    # Definite descriptions of a country ("the country", "het land"): the latest country named.
    country_anaphors: set[str] = field(default_factory=set)
    # "the government", "de regering": the government of the country talked about
    government_anaphors: set[str] = field(default_factory=set)
    # Definite articles: "the plant" / "de centrale" points back to the latest named thing
    # whose name ends in that noun ("the Zaporizhzhia Nuclear Power Plant").
    definite_articles: set[str] = field(default_factory=set)
    # Nouns that name what kind of thing an actor is ("the alliance" -> the latest alliance).
    type_nouns: dict[str, set[str]] = field(default_factory=dict)
    # "in a phone call with X", "tijdens een persconferentie met X": the subject's act.
    frame_prepositions: set[str] = field(default_factory=set)
    # The same only when they open a clause: "..., as a warning to Nato".
    clause_frames: set[str] = field(default_factory=set)
    # Prepositions before an -ing form that make it a gerund ("against attacking").
    gerund_prepositions: set[str] = field(default_factory=set)
    # Prepositions that close a noun naming a joint act and introduce the partner.
    partner_markers: set[str] = field(default_factory=set)
    # Prepositions of the means after an act, leaving its addressee unsaid ("dreigde met
    # kernwapens", "threatened with sanctions"): see `events._objectless`.
    means_markers: set[str] = field(default_factory=set)
    # Lower-case words inside a capitalised title ("Secretary of State").
    title_joiners: set[str] = field(default_factory=set)
    genitive_markers: set[str] = field(default_factory=set)
    bare_numbers: set[str] = field(default_factory=set)
    demonstratives: set[str] = field(default_factory=set)
    fronted_adverbs: set[str] = field(default_factory=set)
    indefinite_articles: set[str] = field(default_factory=set)
    inverted_subject_pronouns: set[str] = field(default_factory=set)
    support_verb_nouns: set[str] = field(default_factory=set)
    infinitive_content_acts: set[str] = field(default_factory=set)
    factual_gerund_prepositions: set[str] = field(default_factory=set)
    # closed compounds name an act by their last part ("kernwapendoctrine" is a doctrine)
    compound_heads: bool = False
    threatening_objects: set[str] = field(default_factory=set)
    # Adjectives that make an act with a copula ("is kritisch op", "was critical of").
    predicate_adjectives: set[str] = field(default_factory=set)
    # Words that open an indirect question ("whether", "of", "hoe"), and reflexives that make
    # asking wondering ("vroegen zich af of").
    question_words: set[str] = field(default_factory=set)
    reflexive_pronouns: set[str] = field(default_factory=set)
    # Prepositions after which an act noun names what is threatened or asked for, not whom
    # ("the threat of nuclear war against the US", "his appeal for calm"): action -> markers.
    content_markers: dict[str, set[str]] = field(default_factory=dict)
    # Acts whose infinitive's object is their target ("threatened to strike American bases").
    infinitive_object_acts: set[str] = field(default_factory=set)
    # Possessive relative pronouns: the act noun after one is its antecedent's ("whose").
    relative_possessives: set[str] = field(default_factory=set)
    # Markers that open a clause of purpose: acts in it have not happened ("zodat", "so that").
    purpose_markers: set[str] = field(default_factory=set)
    # Markers that open a clause of known background: acts in it are not reported as news
    # ("When he first attacked Ukraine, ...").
    background_markers: set[str] = field(default_factory=set)
    # Markers of a comparison before the verb: the party after one did the same ("net als").
    comparison_markers: tuple[str, ...] = ()
    # Verbs that threaten only when a consequence follows ("vowed a fitting response").
    consequence_forms: set[str] = field(default_factory=set)
    # Acts aimed at the country they go to, named after a destination marker ("deployed
    # nuclear weapons in Belarus").
    destination_acts: set[str] = field(default_factory=set)
    destination_markers: set[str] = field(default_factory=set)
    # Launching verbs that are an act only with a projectile in their object.
    launch_forms: set[str] = field(default_factory=set)
    projectiles: set[str] = field(default_factory=set)
    launch_target_markers: set[str] = field(default_factory=set)
    # Reciprocal objects: each of the subjects acts on the others ("blamed each other").
    reciprocal_pronouns: set[str] = field(default_factory=set)
    # Nouns of a person's conduct: a reaction to "his handling" is aimed at him.
    conduct_nouns: set[str] = field(default_factory=set)
    # Nouns of taking part ("participation in", "deelname aan"): what follows is the object.
    participation_nouns: set[str] = field(default_factory=set)
    # Nouns for a body's meeting: whoever asks for "a meeting of X" asks X to meet.
    assembly_nouns: set[str] = field(default_factory=set)
    # Nouns for an act on a treaty: "the suspension", without a complement, is of the treaty
    # named last.
    treaty_act_nouns: set[str] = field(default_factory=set)
    # Object pronouns for a thing ("seized it"): the plant, treaty or region named last.
    object_thing_pronouns: set[str] = field(default_factory=set)
    # What calms a conflict ("restraint", "a ceasefire", "an end to"): asked for, an appeal.
    conciliatory_objects: set[str] = field(default_factory=set)
    # Speech ("to comment", "commentaar te geven"): refused, a declining (`with_speech`).
    speech_objects: set[str] = field(default_factory=set)
    # Prepositions of place: a name after one does not head a noun phrase
    # ("de politierechter in Den Haag" acts, not Den Haag).
    place_markers: set[str] = field(default_factory=set)
    # Plural nouns that name a group acting without a name ("Western leaders", "veel
    # oppositiepartijen"), with the English word for them.
    collectives: dict[str, str] = field(default_factory=dict)
    possessive_pronouns: set[str] = field(default_factory=set)
    # Possessive endings of a name ("Russia's") and a bare possessive apostrophe ("Paris'").
    possessive_suffixes: tuple[str, ...] = ()
    possessive_apostrophes: tuple[str, ...] = ()
    # Nouns for a person's function ("minister", "spokesman"), from the language's mentions:
    # a noun before one is its modifier ("the defence minister" is no defence ministry).
    role_nouns: frozenset[str] = frozenset()
    # Words that narrow a role noun ("foreign", "defence", "waarnemend"), and those that make
    # it a former one ("former", "oud"): with role nouns they make a lower-case title.
    role_modifiers: frozenset[str] = frozenset()
    # Relative clauses put the verb last: "die het Westen heeft bedreigd" names its object
    # before the verb, so a name there does not make the clause an object relative.
    verb_final_subordinate: bool = False
    # Main clauses put the finite verb second: after an opening adverb or phrase the subject
    # follows it ("Daarna bedreigde Rusland Polen").
    verb_second: bool = False
    # Words of time (grammar.yaml): "warned last week that ..." still introduces content.
    time_words: frozenset[str] = frozenset()
    # Prepositions that introduce a channel ("op Telegram", "on state television"): a medium
    # after one is where the act was done, not whom it was aimed at.
    channel_markers: frozenset[str] = frozenset()
    # Separable verbs: finite form -> [(action, particle)] ("riep ... op" = appeal).
    # finite form -> (action, particle, whether a negation must stand between them)
    separable: dict[str, list[tuple[str, str, bool]]] = field(default_factory=dict)
    # "niet", "geen": for separable acts that are a refusal ("gaf geen commentaar")
    negation_words: set[str] = field(default_factory=set)
    # Verbs of a joint act whose partner follows a partner marker anywhere in the clause
    # ("sprak maandag in Kyiv met Zelensky", "met Grossi gesproken"): form -> action.
    partner_verbs: dict[str, str] = field(default_factory=dict)
    # Prepositions of a topic ("spoke about the war with Russia"): a partner marker after one
    # belongs to the topic, not to the joint act.
    topic_prepositions: set[str] = field(default_factory=set)
    # "the three countries", "de twee leiders": plural nouns of a kind of actor, and the
    # numbers that count them (the last that many actors of the kind named before).
    counted_groups: dict[str, str] = field(default_factory=dict)
    number_words: dict[str, int] = field(default_factory=dict)
    # Nouns for a deed ("the launch") or an utterance ("de toespraak") and the reactions that
    # may take one as their object: "condemned the launch" is aimed at whoever launched, the
    # first doer (or speaker) the article names when the sentence names no one.
    deed_nouns: set[str] = field(default_factory=set)
    utterance_nouns: set[str] = field(default_factory=set)
    act_reactions: set[str] = field(default_factory=set)
    # The acts whose actors are such agents (besides the speakers): deeds, not reactions.
    act_agents: set[str] = field(default_factory=set)
    # Objects that make an act verb an idiom ("struck a different note" is no attack):
    # action -> nouns.
    idiom_objects: dict[str, set[str]] = field(default_factory=dict)
    # Prepositions after an act's object that name whom it is addressed to ("demanded a
    # response from the IAEA"): action -> prepositions.
    addressee_markers: dict[str, set[str]] = field(default_factory=dict)
    # Words that may follow a clause-final particle ("riep op tot kalmte", "kondigde aan dat").
    particle_followers: set[str] = field(default_factory=set)
    # What joins coordinated names ("Finland and Sweden", "Yellen and other ministers").
    joiners: set[str] = field(default_factory=lambda: {"", ",", "&"})
    _matcher: tuple[tuple[Lexicon, ...], LexiconSet] | None = field(
        default=None, repr=False, compare=False)
    _patterns: dict[str, re.Pattern[str]] = field(default_factory=dict, repr=False,
                                                  compare=False)
    _prepositions: set[str] | None = field(default=None, repr=False, compare=False)
    _nominal_heads: frozenset[str] | None = field(default=None, repr=False, compare=False)

    def prepositions(self) -> set[str]:
        """Every preposition the lexicon names, whatever its role."""
        if self._prepositions is None:
            self._prepositions = (
                self.frame_prepositions | self.place_markers | self.target_markers
                | self.nominal_target_markers | self.source_markers | self.partner_markers
                | self.topic_prepositions | self.gerund_prepositions | self.agent_markers)
        return self._prepositions

    def nominal_heads(self) -> frozenset[str]:
        """The first words of the nouns that name acts ("demand", "call" of "call for")."""
        if self._nominal_heads is None:
            # (a one-word noun, or a noun and its marker: not the modifier of "missile test")
            markers = self.nominal_target_markers | self.partner_markers | self.source_markers
            self._nominal_heads = frozenset(
                t.split()[0].lower() for lex in self.nominals.values() for t in lex.terms
                if len(t.split()) == 1 or t.split()[-1].lower() in markers)
        return self._nominal_heads

    def unreal_clause_pattern(self) -> re.Pattern[str]:
        """Any of ``purpose_markers`` and ``background_markers``, as whole words."""
        return self._words_pattern("unreal_clauses",
                                   self.purpose_markers | self.background_markers)

    def separable_forms(self) -> re.Pattern[str]:
        """Any finite form of a separable verb, as a whole word (built on first use)."""
        return self._words_pattern("separable", self.separable)

    def number_forms(self) -> re.Pattern[str]:
        """Any of ``number_words`` ("three", "drie"), as a whole word."""
        return self._words_pattern("number_words", self.number_words)

    def partner_forms(self) -> re.Pattern[str]:
        """Any form of a joint-act verb (``partner_verbs``), as a whole word."""
        return self._words_pattern("partner_verbs", self.partner_verbs)

    def country_anaphor_pattern(self) -> re.Pattern[str]:
        """Any of ``country_anaphors`` ("the country", "het land"), as whole words."""
        return self._words_pattern("country_anaphors", self.country_anaphors)

    def government_anaphor_pattern(self) -> re.Pattern[str]:
        """Any of ``government_anaphors`` ("the government", "de regering"), as whole words."""
        return self._words_pattern("government_anaphors", self.government_anaphors)

    def modifier_gap(self) -> re.Pattern[str]:
        """What may stand between a modifier name and the name it modifies: a possessive or a
        hyphenated compound, then lower-case words ("Putin's press secretary Dmitry Peskov",
        "VVD-leider Rutte")."""
        found = self._patterns.get("modifier_gap")
        if found is None:
            marks = "|".join(map(re.escape, sorted(
                {*self.possessive_suffixes, *self.possessive_apostrophes}, key=len,
                reverse=True))) or r"(?!)"
            found = self._patterns["modifier_gap"] = re.compile(
                r"(?:" + marks + r"|-\w+)(?:\s+[a-z][\w-]*){0,4}\s+$")
        return found

    def _words_pattern(self, key: str, words: Iterable[str]) -> re.Pattern[str]:
        found = self._patterns.get(key)
        if found is None:
            alternatives = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
            found = self._patterns[key] = re.compile(
                r"(?<!\w)(?:" + (alternatives or r"(?!)") + r")(?!\w)", re.IGNORECASE)
        return found

    def list_marker_at(self, text: str) -> str | None:
        """The list marker ("including", "waaronder") ``text`` starts with, if any."""
        return phrase_at(text, self.list_markers)

    def action_matcher(self) -> LexiconSet:
        """The action lexicons (``actions`` order), then the nominal ones (``nominals``
        order), as one matcher built on first use."""
        lexicons = (*self.actions.values(), *self.nominals.values())
        if self._matcher is None or self._matcher[0] != lexicons:  # compared by identity
            self._matcher = (lexicons, LexiconSet(lexicons))
        return self._matcher[1]

    def action_labels(self) -> list[tuple[str, bool]]:
        """``(action, is_nominal)`` per lexicon of `action_matcher`."""
        return [(a, False) for a in self.actions] + [(a, True) for a in self.nominals]


@dataclass(slots=True)
class ActionInfo:
    plover: str | None
    cameo: str | None
    intensity: float
    takes_target: bool = True  # False: the object is a thing (a missile tested), not an actor
    # Actor types that make the act something else ("spoke with TASS" is an interview).
    not_with: tuple[str, ...] = ()
    # A joint act needs its partner: without a target it is no event ("spoke to reporters").
    needs_target: bool = False
    # An act aimed at someone whom the clause leaves unsaid ("Medvedev's threat", "expressed
    # outrage"): the target is taken from the context (`events.implied_target`).
    implied_target: bool = False
    # Target types against which the act is a verbal one: an "attack" on a person is criticism.
    verbal_with: tuple[str, ...] = ()
    verbal_action: str | None = None
    # The act it becomes when it names a consequence (`threatening_objects`): a warning of
    # retaliation is a threat.
    with_consequence: str | None = None
    # The act it becomes when what it asks for calms a conflict (`conciliatory_objects`):
    # a call for restraint is an appeal.
    with_conciliatory: str | None = None
    # A question is no claim: the act stays an event when an indirect question follows it
    # ("asked whether ...", "wilden weten hoe ...").
    asks_questions: bool = False
    # An act whose object names an act is that act: "announced new sanctions" is a sanction,
    # made by the noun with the verb as its support verb, and no announcement event.
    yields_to_object: bool = False
    # Target types against which the act is a verbal one when a person does it ("the
    # opposition leader attacked the cabinet" is criticism; "Russia attacked Kyiv" is not).
    verbal_from_persons: tuple[str, ...] = ()
    # The act it becomes when the text names a target for an act that takes none: a missile
    # fired at a city is an attack, not a test.
    with_target: str | None = None
    # The act is an event even when its content follows and makes a statement as well: a
    # denial is a reported act whatever was denied ("denied that it had sunk").
    with_content: bool = False
    # The act it becomes when what is refused is speech (`speech_objects`): refusing to
    # comment is declining, not rejecting.
    with_speech: str | None = None
    # The act is aimed at parties only, never at a thing: a denial is aimed at the accuser,
    # not at the plant it is about ("..., which Ukraine denies").
    party_target: bool = False


def _open(path: Path, lang: str, keys: set[str]) -> tuple[Any, Problems]:
    doc = load_yaml(path)
    p = Problems(path)
    if not isinstance(doc, dict):
        p.add(doc, None, "must be a YAML mapping")
        p.raise_if_any()
    if doc.get("language") != lang:
        p.add(doc, "language", f"language must be {lang!r}")
    for key in doc:
        if key not in keys | {"language", "version"}:
            p.add(doc, key, f"unknown key {key!r} (expected {', '.join(sorted(keys))})")
    return doc, p


def _patterns(p: Problems, doc: Any, key: str) -> list[str]:
    pats = p.string_list(doc, key, doc.get(key, []), key)
    good = []
    for i, pat in enumerate(pats):
        if (err := check_pattern(pat)) is not None:
            p.add(doc[key], i, f"{key}: bad pattern {pat!r}: {err}")
        else:
            good.append(pat)
    return good


@cache
def modality_cues(lang: str) -> ModalityCues:
    path = data_path("languages", lang, "modality.yaml")
    if not path.is_file():
        return ModalityCues(Lexicon([]), Lexicon([]), Lexicon([]), Lexicon([]))
    keys = {"negation", "negation_exceptions", "conditional", "conditional_patterns", "hedged",
            "question_marks"}
    doc, p = _open(path, lang, keys)
    out = ModalityCues(
        negation=Lexicon(p.string_list(doc, "negation", doc.get("negation", []), "negation")),
        negation_exceptions=Lexicon(p.string_list(
            doc, "negation_exceptions", doc.get("negation_exceptions", []), "negation_exceptions")),
        conditional=Lexicon(
            p.string_list(doc, "conditional", doc.get("conditional", []), "conditional"),
            _patterns(p, doc, "conditional_patterns")),
        hedged=Lexicon(p.string_list(doc, "hedged", doc.get("hedged", []), "hedged")),
        question_marks=tuple(p.string_list(
            doc, "question_marks", doc.get("question_marks", ["?"]), "question_marks")),
    )
    p.raise_if_any()
    return out


# Word-set fields of EventCues not read as a plain list of events.yaml: `joiners` adds to its
# defaults, `agent_markers` is grammar (grammar.yaml), shared with extraction.
_SET_ELSEWHERE = frozenset(("joiners", "agent_markers"))


@cache
def event_cues(lang: str) -> EventCues:
    path = data_path("languages", lang, "events.yaml")
    if not path.is_file():
        return EventCues()
    keys = {"actions", "nominals", "exclude", "passive_auxiliaries",
            "relative_pronouns", "person_pronouns", "other_pronouns", "target_markers",
            "not_names", "names", "complementizers", "infinitive_markers", "source_markers",
            "support_verbs", "list_markers", "group_nouns", "progressive_suffixes",
            "plural_suffixes",
            "determiners", "nominal_target_markers", "first_person", "subject_pronouns",
            "clause_markers", "country_anaphors", "government_anaphors", "place_markers",
            "content_gap_words",
            "definite_articles", "frame_prepositions", "clause_frames", "title_joiners",
            "genitive_markers", "threatening_objects", "conciliatory_objects", "bare_numbers",
            "participation_nouns", "predicate_adjectives", "conduct_nouns", "assembly_nouns",
            "treaty_act_nouns", "speech_objects",
            "object_thing_pronouns",
            "question_words", "reflexive_pronouns", "content_markers", "negation_words",
            "infinitive_object_acts", "launch_forms", "projectiles",
            "launch_target_markers", "reciprocal_pronouns", "consequence_forms",
            "destination_acts", "destination_markers",
            "relative_possessives", "comparison_markers",
            "purpose_markers", "background_markers",
            "demonstratives", "fronted_adverbs", "indefinite_articles",
            "inverted_subject_pronouns", "support_verb_nouns", "factual_gerund_prepositions",
            "infinitive_content_acts",
            "compound_heads",
            "gerund_prepositions",
            "type_nouns", "partner_markers", "means_markers",
            "content_gap_prepositions",
            "collectives", "possessive_pronouns", "joiners", "auxiliaries", "separable",
            "particle_followers", "partner_verbs", "idiom_objects", "addressee_markers",
            "topic_prepositions",
            "counted_groups", "number_words", "deed_nouns", "utterance_nouns", "act_reactions",
            "act_agents"}
    doc, p = _open(path, lang, keys)
    known = action_table()
    grammar = load_language(lang)

    def lexicons(key: str) -> dict[str, Lexicon]:
        out: dict[str, Lexicon] = {}
        raw = doc.get(key, {})
        if p.mapping(doc, key, raw, key):
            for name, forms in raw.items():
                if name not in known:
                    p.add(raw, name, f"action {name!r} is not in actions.yaml "
                          f"(known: {', '.join(sorted(known))})")
                out[name] = Lexicon(p.string_list(raw, name, forms, f"{key}.{name}"))
        return out

    actions = lexicons("actions")
    nominals = lexicons("nominals")

    def words(key: str) -> set[str]:
        return {w.lower() for w in p.string_list(doc, key, doc.get(key, []), key)}

    def ordered(key: str) -> tuple[str, ...]:
        return tuple(p.string_list(doc, key, doc.get(key, []), key))

    def mapping(key: str) -> dict[str, str]:
        out: dict[str, str] = {}
        raw = doc.get(key, {})
        if p.mapping(doc, key, raw, key):
            for k, v in raw.items():
                if not isinstance(v, str):
                    p.add(raw, k, f"{key}: the canonical name must be a string")
                else:
                    out[str(k)] = v
        return out

    type_nouns: dict[str, set[str]] = {}
    raw_types = doc.get("type_nouns", {})
    if p.mapping(doc, "type_nouns", raw_types, "type_nouns"):
        for kind, nouns in raw_types.items():
            type_nouns[str(kind)] = {
                w.lower() for w in p.string_list(raw_types, kind, nouns, f"type_nouns.{kind}")}
    separable: dict[str, list[tuple[str, str, bool]]] = {}
    raw_sep = doc.get("separable", {})
    if p.mapping(doc, "separable", raw_sep, "separable"):
        for action, spec in raw_sep.items():
            if action not in known:
                p.add(raw_sep, action, f"separable: action {action!r} is not in actions.yaml")
                continue
            items = spec if isinstance(spec, list) else [spec]
            for item in items:
                if (not isinstance(item, dict) or not isinstance(item.get("particle"), str)
                        or not isinstance(item.get("forms"), list)
                        or not isinstance(item.get("negated", False), bool)):
                    p.add(raw_sep, action, "separable: each entry needs `forms` (a list) and "
                          "`particle` (a word), and may say `negated: true`")
                    continue
                for form in item["forms"]:
                    separable.setdefault(str(form).lower(), []).append(
                        (str(action), item["particle"].lower(), item.get("negated", False)))
    def words_by_action(key: str) -> dict[str, set[str]]:
        """`key: {action: [word, ...]}`, the actions checked against actions.yaml."""
        out: dict[str, set[str]] = {}
        raw = doc.get(key, {})
        if p.mapping(doc, key, raw, key):
            for action, listed in raw.items():
                if action not in known:
                    p.add(raw, action, f"{key}: action {action!r} is not in actions.yaml")
                    continue
                out[str(action)] = {w.lower() for w in
                                    p.string_list(raw, action, listed, f"{key}.{action}")}
        return out

    partner_verbs = {form: action for action, forms in words_by_action("partner_verbs").items()
                     for form in forms}
    idiom_objects = words_by_action("idiom_objects")
    number_words: dict[str, int] = {}
    raw_numbers = doc.get("number_words", {})
    if p.mapping(doc, "number_words", raw_numbers, "number_words"):
        for word, value in raw_numbers.items():
            if not isinstance(value, int) or isinstance(value, bool):
                p.add(raw_numbers, word, "number_words: the value must be a whole number")
            else:
                number_words[str(word).lower()] = value
    # Every plain word-set field of EventCues is the lower-cased list under its own key.
    word_sets = {f.name: words(f.name) for f in fields(EventCues)
                 if f.type == "set[str]" and f.name not in _SET_ELSEWHERE}
    out = EventCues(
        actions=actions,
        nominals=nominals,
        names=mapping("names"),
        first_person=Lexicon(sorted(words("first_person"))),
        progressive_suffixes=tuple(sorted(words("progressive_suffixes"))),
        plural_suffixes=tuple(sorted(words("plural_suffixes"), key=len, reverse=True)),
        # possessive marks are grammar (languages/<lang>/grammar.yaml), shared with extraction
        possessive_suffixes=grammar.possessive_suffixes,
        possessive_apostrophes=grammar.possessive_apostrophes,
        role_nouns=grammar.role_nouns,
        role_modifiers=grammar.role_modifiers | grammar.former_modifiers,
        verb_final_subordinate=grammar.verb_final_subordinate,
        verb_second=grammar.verb_second,
        compound_heads=doc.get("compound_heads") is True,
        time_words=grammar.time_words,
        channel_markers=grammar.channel_markers,
        agent_markers=set(grammar.agent_markers),
        joiners={"", ",", "&"} | words("joiners"),
        collectives={k.lower(): v for k, v in mapping("collectives").items()},
        counted_groups={k.lower(): v for k, v in mapping("counted_groups").items()},
        content_markers=words_by_action("content_markers"),
        comparison_markers=tuple(w.lower() for w in ordered("comparison_markers")),
        deed_nouns=words("deed_nouns"),
        utterance_nouns=words("utterance_nouns"),
        act_reactions=words("act_reactions"),
        act_agents=words("act_agents"),
        number_words=number_words,
        type_nouns=type_nouns,
        separable=separable,
        partner_verbs=partner_verbs,
        idiom_objects=idiom_objects,
        addressee_markers=words_by_action("addressee_markers"),
    )
    for name, value in word_sets.items():
        setattr(out, name, value)
    p.raise_if_any()
    return out


@cache
def _actions_file() -> tuple[Path, Any]:
    """actions.yaml, read once for the action table and its two settings."""
    path = data_path("data", "codebook", "actions.yaml")
    return path, load_yaml(path)


def _actor_types(p: Problems, info: dict[str, Any], name: str, key: str) -> tuple[str, ...]:
    """``actions.<name>.<key>``, a list of actor types (none when absent or malformed)."""
    listed = info.get(key, [])
    if not isinstance(listed, list) or not all(isinstance(t, str) for t in listed):
        p.add(info, key, f"actions.{name}.{key} must be a list of actor types")
        return ()
    return tuple(listed)


@cache
def action_table() -> dict[str, ActionInfo]:
    path, doc = _actions_file()
    p = Problems(path)
    out: dict[str, ActionInfo] = {}
    raw = doc.get("actions") if isinstance(doc, dict) else None
    if raw is None or not p.mapping(doc, "actions", raw, "actions"):
        raise DataFileError(p.items or [f"{path}: `actions` is required"])
    for name, info in raw.items():
        if not p.mapping(raw, name, info, f"actions.{name}"):
            continue
        intensity = info.get("intensity", 0)
        if not isinstance(intensity, int | float) or not -3 <= intensity <= 3:
            p.add(info, "intensity", f"actions.{name}.intensity must be a number in -3 … 3")
            intensity = 0
        flags: dict[str, bool] = {}
        for key, default in (("takes_target", True), ("needs_target", False),
                             ("implied_target", False), ("asks_questions", False),
                             ("yields_to_object", False), ("with_content", False),
                             ("party_target", False)):
            flags[key] = info.get(key, default)
            if not isinstance(flags[key], bool):
                p.add(info, key, f"actions.{name}.{key} must be true or false")
                flags[key] = default
        verbal = info.get("verbal_with", {})
        if not isinstance(verbal, dict) or len(verbal) > 1 or not all(
                isinstance(k, str) and isinstance(v, list) and all(isinstance(t, str) for t in v)
                for k, v in verbal.items()):
            p.add(info, "verbal_with", f"actions.{name}.verbal_with must map one action to a "
                                       "list of actor types")
            verbal = {}
        verbal_action, verbal_types = next(iter(verbal.items()), (None, []))
        becomes: dict[str, str | None] = {}
        for key in ("with_consequence", "with_conciliatory", "with_target", "with_speech"):
            becomes[key] = info.get(key)
            if becomes[key] is not None and becomes[key] not in raw:
                p.add(info, key, f"actions.{name}.{key} must name an action of this file")
                becomes[key] = None
        out[str(name)] = ActionInfo(info.get("plover"), info.get("cameo"), float(intensity),
                                    flags["takes_target"], _actor_types(p, info, name, "not_with"),
                                    flags["needs_target"], flags["implied_target"],
                                    tuple(verbal_types), verbal_action,
                                    becomes["with_consequence"], becomes["with_conciliatory"],
                                    flags["asks_questions"], flags["yields_to_object"],
                                    _actor_types(p, info, name, "verbal_from_persons"),
                                    becomes["with_target"],
                                    flags["with_content"], becomes["with_speech"],
                                    flags["party_target"])
    p.raise_if_any()
    return out


@cache
def implied_target_window() -> int:
    """How many sentences before an act's own are searched for its unsaid target."""
    path, doc = _actions_file()
    window = doc.get("implied_target_window", 2) if isinstance(doc, dict) else 2
    if not isinstance(window, int) or isinstance(window, bool) or window < 0:
        p = Problems(path)
        p.add(doc, "implied_target_window", "implied_target_window must be a whole number ≥ 0")
        p.raise_if_any()
    return int(window)


@cache
def nuclear_bonus() -> float:
    _, doc = _actions_file()
    return float(doc.get("nuclear_bonus", 1)) if isinstance(doc, dict) else 1.0
