"""Per-language resources loaded from data files (one folder per language).

A language folder holds `speech.yaml` (reporting verbs and markers), `mentions.yaml`
(pronouns, role, group, document and media nouns), `grammar.yaml` (function words) and
`quotes.yaml` (quotation marks). Adding a language is adding a folder; the engine reads only
the `LanguageResources` built here. Errors name the file and line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import yaml

from brink.datafile import LineDict, error_line, read_yaml

LANGUAGES_DIR = Path(__file__).parent
SUPPORTED_LANGUAGES: tuple[str, ...] = ("nl", "en")
RESOURCE_FILES = ("speech.yaml", "mentions.yaml", "grammar.yaml", "quotes.yaml")
SCHEMA_VERSION = 1


class LanguageDataError(ValueError):
    """A language resource file that does not follow the schema; names file and line."""


@dataclass(frozen=True, slots=True)
class Cue:
    """One inflected form of a reporting verb and how its content attaches."""

    form: str
    lemma: str
    complement: str  # "that" | "any"
    plural: bool = False
    prepositions: tuple[str, ...] = ()
    particle: str | None = None
    requires_complementizer: bool = False
    requires_before: tuple[str, ...] = ()
    requires_object: bool = False
    object_is_channel: bool = False
    # `"...", state television quoted him`: the subject is the channel, the object the speaker.
    object_is_speaker: bool = False
    # `warned Nato not to deploy ...`, `riep de VS op om ...`: after an object, an infinitive
    # clause is the content.
    infinitive_object: bool = False
    # `liet weten 'diep teleurgesteld' te zijn`: a te-infinitive clause right after the verb
    # is the content.
    infinitive_content: bool = False
    noun_form: bool = False
    complementizers: tuple[str, ...] = ()


@dataclass
class LanguageResources:
    code: str
    cues: dict[str, list[Cue]] = field(default_factory=dict)
    complementizers: frozenset[str] = frozenset()
    # Complementizers of a reported question (`whether`, `if`, `of`); after an infinitive
    # they open a condition instead (`threatened to use them if attacked`).
    question_complementizers: frozenset[str] = frozenset()
    participles: frozenset[str] = frozenset()
    # Participles of being asked that open a clause after a subject (`X, asked about Y,
    # said`): the clause is no apposition and holds no attribution.
    interview_participles: frozenset[str] = frozenset()
    # Phrases that say a source is kept unnamed (`on condition of anonymity`): its role names
    # someone new, never a person named elsewhere in the article.
    anonymity_markers: tuple[tuple[str, ...], ...] = ()
    participle_forms: frozenset[str] = frozenset()
    according_before: tuple[tuple[str, ...], ...] = ()
    according_after: frozenset[str] = frozenset()
    # Markers that attribute a clause to its own subject (`naar eigen zeggen`).
    according_self: tuple[tuple[str, ...], ...] = ()
    post_posed_demonstratives: frozenset[str] = frozenset()
    # Nouns that take a `that` clause of their own (`dismissed reports that ...`): the clause
    # is theirs, not the verb's.
    content_nouns: frozenset[str] = frozenset()
    pronouns: dict[str, dict[str, Any]] = field(default_factory=dict)
    role_nouns: frozenset[str] = frozenset()  # (person_nouns included)
    # People named by occupation or circumstance (`a worker`), never an office-holder.
    person_nouns: frozenset[str] = frozenset()
    # Endings of nouns for people (`councillor`, `strategist`) and, plural, for groups of them
    # (`specialists`, `raadsleden`): a lower-case head no list knows, with one of them, names a
    # source. `not_person_nouns` are words that end so and name no one (`computer`).
    person_noun_endings: tuple[str, ...] = ()
    people_noun_endings: tuple[str, ...] = ()
    person_noun_min_length: int = 7  # (shorter words end so by chance: `paper`, `order`)
    not_person_nouns: frozenset[str] = frozenset()
    # Phrases for one of a group (`one of the protesters`, `een van hen`): a person.
    partitives: tuple[tuple[str, ...], ...] = ()
    former_modifiers: frozenset[str] = frozenset()
    role_modifiers: frozenset[str] = frozenset()  # narrow a role noun (foreign, defence)
    # Roles in a proceeding (judge, prosecutor): "the judge said" introduces someone new, not
    # the person last named.
    functional_roles: frozenset[str] = frozenset()
    group_nouns: dict[str, str] = field(default_factory=dict)
    document_nouns: frozenset[str] = frozenset()
    media_nouns: frozenset[str] = frozenset()
    organization_nouns: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()
    prepositions: frozenset[str] = frozenset()
    np_prepositions: frozenset[str] = frozenset()
    conjunctions: frozenset[str] = frozenset()
    subordinators: frozenset[str] = frozenset()
    relative_pronouns: frozenset[str] = frozenset()
    adverbs: frozenset[str] = frozenset()
    auxiliaries: frozenset[str] = frozenset()
    catenatives: frozenset[str] = frozenset()
    time_words: frozenset[str] = frozenset()
    # Days a subject may carry before its verb (`The president Monday said`): not a name.
    day_words: frozenset[str] = frozenset()
    # Quantifiers that float after a subject (`Blinken and Lavrov both said`): not part of it.
    floating_quantifiers: frozenset[str] = frozenset()
    # Adverbial phrases between a subject and its verb (`Moscow in turn accuses ...`).
    adverb_phrases: tuple[tuple[str, ...], ...] = ()
    # Phrases after a source noun that say what the source knows (`people familiar with the
    # matter`, `sources close to the Kremlin`): the source is the noun before them.
    source_postmodifiers: tuple[tuple[str, ...], ...] = ()
    # Nouns of an apposition that comments on the whole clause before it (`..., a plan the
    # allies condemned`): it ends reported content rather than describing its last noun.
    comment_nouns: frozenset[str] = frozenset()
    discourse_markers: frozenset[str] = frozenset()
    channel_markers: frozenset[str] = frozenset()
    channel_frames: tuple[tuple[str, ...], ...] = ()
    abbreviations: frozenset[str] = frozenset()
    # Labels of links that scraped pages glue to the text around them (`... join NatoRead more
    # The president ...`): they end the sentence before them.
    link_labels: tuple[str, ...] = ()
    refusal_verbs: frozenset[str] = frozenset()  # `declined to say whether`: nothing said
    free_relatives: frozenset[str] = frozenset()  # `what he called blackmail`: no statement
    # Endings of participles that follow a source with a phrase of their own (`specialists
    # interviewed for this article said`): the source speaks, not the phrase's noun.
    postmodifier_participle_endings: tuple[str, ...] = ()
    # Words after a live blog's clock time (`13.47 uur - `); a capitalised time zone (`19:40
    # GMT - `) needs none.
    time_stamp_words: frozenset[str] = frozenset()
    # Words that open a sentence and stand capitalised nowhere else: after a lower-case word
    # they show a heading glued to the paragraph under it (`... over de zorgkosten Vooral
    # tegen ...`).
    heading_openers: frozenset[str] = frozenset()
    # The glued link labels of the last whole text asked about (see `glued_link_labels`).
    _last_glued: tuple[str, tuple[tuple[int, int], ...]] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    expletives: frozenset[str] = frozenset()
    verb_second: bool = False
    # The complementizer of reported content may be left out (`said they had seen ...`).
    complementizer_optional: bool = False
    # A name right after a reporting verb, without a comma, is its inverted source
    # (`... for the country said Ivan Petrov`); in a verb-second language inversion is
    # ordinary word order and tells nothing.
    bare_inversion: bool = False
    # Subordinate and relative clauses put the verb last (`die het Westen heeft bedreigd`): a
    # name inside one before the verb is not thereby the subject.
    verb_final_subordinate: bool = False
    # Catenatives that may take an object before `to` (`used his address to declare that`).
    object_catenatives: frozenset[str] = frozenset()
    # Words that open a condition (`unless they assess that ...`): a verb in such a clause
    # reports nothing that was said.
    conditional_subordinators: frozenset[str] = frozenset()
    # Titles of address before a surname (`Mr Grossi`, `mevrouw Ollongren`): not part of it.
    honorifics: frozenset[str] = frozenset()
    # How many adverbs end (`-ly`): such a word between a subject and its verb is skipped.
    adverb_suffix: str = ""
    passive_auxiliaries: frozenset[str] = frozenset()
    # Prepositions that name the agent of a passive ("werd door X verweten"): its speaker.
    agent_markers: frozenset[str] = frozenset()
    # "or", "nor": two reporting verbs so joined report together ("confirm or deny").
    disjunctions: frozenset[str] = frozenset()
    infinitive_markers: frozenset[str] = frozenset()
    # Words that open an infinitive clause (`to`, `om`).
    infinitive_openers: frozenset[str] = frozenset()
    absolute_markers: frozenset[str] = frozenset()
    # How a present participle ends ("-ing"): `with A condemning X and B praising Y`.
    participle_suffix: str = ""
    negations: frozenset[str] = frozenset()
    impersonal_subjects: frozenset[str] = frozenset()
    content_opening_pronouns: frozenset[str] = frozenset()
    indefinite_determiners: frozenset[str] = frozenset()
    articles: frozenset[str] = frozenset()
    # Words that make `Word: "..."` a heading, not a source (`Update`, `Conclusie`).
    heading_labels: frozenset[str] = frozenset()
    place_relatives: frozenset[str] = frozenset()
    possessive_suffixes: tuple[str, ...] = ()
    possessive_apostrophes: tuple[str, ...] = ()
    quote_pairs: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def cue_forms(self) -> frozenset[str]:
        return frozenset(self.cues)

    @property
    def according_before_words(self) -> frozenset[str]:
        return frozenset(phrase[0] for phrase in self.according_before)

    @cached_property
    def according_pattern(self) -> re.Pattern[str] | None:
        """Finds the first word of any `according to` marker, to skip sentences without one."""
        words = sorted(self.according_before_words, key=len, reverse=True)
        if not words:
            return None
        return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)

    def glued_link_labels(
        self, text: str, start: int = 0, end: int | None = None
    ) -> list[tuple[int, int]]:
        """Where a link label is glued to the word or sentence end before it (`NatoRead more`,
        `them?Read more The`): (start, end) of each, left to right. After a sentence end only
        before a capital (`end?Read more about it.` is a sentence). Found with `str.find` per
        label: a regular expression that looks behind at every position costs far more.

        The answer for a whole text is kept for the next call: segmentation, tokens and the
        actor linker each ask it of the same document."""
        if start == 0 and end is None:
            last = self._last_glued
            if last is not None and last[0] is text:
                return list(last[1])
            found = self._find_glued_link_labels(text, 0, len(text))
            self._last_glued = (text, tuple(found))
            return found
        return self._find_glued_link_labels(text, start, len(text) if end is None else end)

    def _find_glued_link_labels(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        found: list[tuple[int, int]] = []
        for label in self.link_labels:
            at = text.find(label, max(start, 1), end)
            while at >= 0:
                after = at + len(label)
                before = text[at - 1]
                if after < end and text[after].isspace():
                    if before.isalnum() or before == "_":
                        found.append((at, after))
                    elif before in ".?!":
                        rest = text[after:end].lstrip()
                        if rest[:1].isupper():
                            found.append((at, after))
                at = text.find(label, at + 1, end)
        found.sort(key=lambda span: (span[0], -span[1]))
        out: list[tuple[int, int]] = []
        for span in found:
            if not out or span[0] >= out[-1][1]:
                out.append(span)
        return out

    @cached_property
    def source_nouns(self) -> frozenset[str]:
        """Nouns that name a source by themselves: groups, documents, media."""
        return frozenset(self.group_nouns) | self.document_nouns | self.media_nouns

    @cached_property
    def noun_cue_forms(self) -> frozenset[str]:
        """Cue forms that are also nouns (`reports`, `estimates`): verbs only where no
        determiner or preposition makes them nouns."""
        return frozenset(form for form, cues in self.cues.items() if any(c.noun_form for c in cues))

    @cached_property
    def compound_role_endings(self) -> tuple[str, ...]:
        """Role nouns long enough to end a closed compound title (`defensiedeskundige`)."""
        return tuple(r for r in self.role_nouns if len(r) >= 6 and " " not in r)

    @cached_property
    def cue_triggers(self) -> frozenset[str]:
        """Every word that can start an attribution: reporting verbs, participles, `aldus`."""
        return frozenset(self.cues) | self.participles | self.according_after

    @cached_property
    def sentence_openers(self) -> frozenset[str]:
        """Function words that, capitalised after a word, betray a lost sentence break."""
        return (
            self.prepositions
            | self.discourse_markers
            | self.determiners
            | frozenset(self.pronouns)
            | self.according_before_words
        )

    @cached_property
    def not_name_starts(self) -> frozenset[str]:
        """Capitalised words that do not begin a person's name."""
        return (
            self.determiners
            | frozenset(self.pronouns)
            | self.prepositions
            | self.discourse_markers
            | self.subordinators
            | self.auxiliaries  # `Did Canberra handle ...?`
            | self.according_before_words  # `Volgens Jansen ...`
        )


def _words(value: Any, where: str) -> frozenset[str]:
    if value is None:
        return frozenset()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LanguageDataError(f"{where}: expected a list of words")
    return frozenset(v.lower() for v in value)


def _load_file(path: Path) -> LineDict:
    try:
        data = read_yaml(path)
    except OSError as exc:
        raise LanguageDataError(f"{path}: cannot read ({exc.strerror})") from exc
    except yaml.YAMLError as exc:
        line = error_line(exc)
        where = f"{path}:{line}" if line else str(path)
        raise LanguageDataError(f"{where}: not valid YAML ({exc})") from exc
    if not isinstance(data, LineDict):
        raise LanguageDataError(f"{path}:1: expected a mapping at the top")
    if data.get("version") != SCHEMA_VERSION:
        raise LanguageDataError(
            f"{path}:{data.line}: `version: {SCHEMA_VERSION}` expected, "
            f"found {data.get('version')!r}"
        )
    return data


def _parse_cues(data: LineDict, path: Path) -> dict[str, list[Cue]]:
    cues: dict[str, list[Cue]] = {}
    default_comps = tuple(data.get("complementizers") or ())
    for entry in data.get("verbs") or []:
        line = getattr(entry, "line", "?")
        where = f"{path}:{line}"
        if not isinstance(entry, dict) or "lemma" not in entry or "forms" not in entry:
            raise LanguageDataError(f"{where}: a verb needs `lemma` and `forms`")
        complement = entry.get("complement", "that")
        if complement not in ("that", "any"):
            raise LanguageDataError(
                f"{where}: complement must be `that` or `any`, not {complement!r}"
            )
        plural = _words(entry.get("plural"), where)
        nouns = _words(entry.get("noun_forms"), where)
        for form in _words(entry["forms"], where):
            cue = Cue(
                form=form,
                lemma=str(entry["lemma"]),
                complement=complement,
                plural=form in plural,
                prepositions=tuple(entry.get("prepositions") or ()),
                particle=entry.get("particle"),
                requires_complementizer=bool(entry.get("requires_complementizer", False)),
                requires_before=tuple(entry.get("requires_before") or ()),
                requires_object=bool(entry.get("requires_object", False)),
                object_is_channel=bool(entry.get("object_is_channel", False)),
                object_is_speaker=bool(entry.get("object_is_speaker", False)),
                infinitive_object=bool(entry.get("infinitive_object", False)),
                infinitive_content=bool(entry.get("infinitive_content", False)),
                noun_form=form in nouns,
                complementizers=tuple(entry.get("complementizers") or default_comps),
            )
            cues.setdefault(form, []).append(cue)
    return cues


def _count(value: Any, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise LanguageDataError(f"{where}: expected a whole number of at least 1")
    return value


def _endings(value: Any, where: str) -> tuple[str, ...]:
    """Word endings, as a tuple for `str.endswith`."""
    return tuple(sorted(_words(value, where)))


def _phrases(values: Any, where: str) -> tuple[tuple[str, ...], ...]:
    if not values:
        return ()
    if not isinstance(values, list):
        raise LanguageDataError(f"{where}: expected a list of phrases")
    return tuple(tuple(str(v).lower().split()) for v in values)


def load_language_dir(folder: Path) -> LanguageResources:
    """Build the resources of the language whose files are in `folder`."""
    files = {}
    for name in RESOURCE_FILES:
        path = folder / name
        if not path.exists():
            raise LanguageDataError(
                f"{path}: missing (a language folder needs {', '.join(RESOURCE_FILES)})"
            )
        files[name] = (path, _load_file(path))
    speech_path, speech = files["speech.yaml"]
    mentions_path, mentions = files["mentions.yaml"]
    grammar_path, grammar = files["grammar.yaml"]
    quotes_path, quotes = files["quotes.yaml"]

    according = speech.get("according_to") or {}
    cues = _parse_cues(speech, speech_path)
    g = f"{grammar_path}:{grammar.line}"
    m = f"{mentions_path}:{mentions.line}"
    pairs = []
    for pair in quotes.get("pairs") or []:
        if not isinstance(pair, dict) or "open" not in pair or "close" not in pair:
            raise LanguageDataError(
                f"{quotes_path}:{getattr(pair, 'line', '?')}: a pair needs `open` and `close`"
            )
        pairs.append((str(pair["open"]), tuple(str(c) for c in pair["close"])))
    group_nouns = mentions.get("group_nouns") or {}
    if not isinstance(group_nouns, dict):
        raise LanguageDataError(f"{m}: group_nouns must map a noun to its English descriptor")
    return LanguageResources(
        code=folder.name,
        cues=cues,
        complementizers=_words(speech.get("complementizers"), str(speech_path)),
        question_complementizers=_words(speech.get("question_complementizers"), str(speech_path)),
        participles=_words(speech.get("participles"), str(speech_path)),
        interview_participles=_words(speech.get("interview_participles"), str(speech_path)),
        anonymity_markers=_phrases(speech.get("anonymity_markers"), str(speech_path)),
        participle_forms=frozenset(
            form
            for form in cues
            if speech.get("participle_suffix") and form.endswith(str(speech["participle_suffix"]))
        ),
        participle_suffix=str(speech.get("participle_suffix") or ""),
        according_before=_phrases(according.get("before"), str(speech_path)),
        according_after=_words(according.get("after"), str(speech_path)),
        according_self=_phrases(according.get("self"), str(speech_path)),
        post_posed_demonstratives=_words(speech.get("post_posed_demonstratives"), str(speech_path)),
        content_nouns=_words(speech.get("content_nouns"), str(speech_path)),
        pronouns={k.lower(): dict(v) for k, v in (mentions.get("pronouns") or {}).items()},
        role_nouns=_words(mentions.get("role_nouns"), m) | _words(mentions.get("person_nouns"), m),
        person_nouns=_words(mentions.get("person_nouns"), m),
        person_noun_endings=_endings(mentions.get("person_noun_endings"), m),
        people_noun_endings=_endings(mentions.get("people_noun_endings"), m),
        person_noun_min_length=_count(mentions.get("person_noun_min_length", 7), m),
        not_person_nouns=_words(mentions.get("not_person_nouns"), m),
        partitives=_phrases(mentions.get("partitives"), m),
        former_modifiers=_words(mentions.get("former_modifiers"), m),
        role_modifiers=_words(mentions.get("role_modifiers"), m),
        functional_roles=_words(mentions.get("functional_roles"), m),
        group_nouns={k.lower(): str(v) for k, v in group_nouns.items()},
        document_nouns=_words(mentions.get("document_nouns"), m),
        media_nouns=_words(mentions.get("media_nouns"), m),
        organization_nouns=_words(mentions.get("organization_nouns"), m),
        determiners=_words(grammar.get("determiners"), g),
        prepositions=_words(grammar.get("prepositions"), g),
        np_prepositions=_words(grammar.get("np_prepositions"), g),
        conjunctions=_words(grammar.get("conjunctions"), g),
        subordinators=_words(grammar.get("subordinators"), g),
        relative_pronouns=_words(grammar.get("relative_pronouns"), g),
        adverbs=_words(grammar.get("adverbs"), g),
        auxiliaries=_words(grammar.get("auxiliaries"), g),
        catenatives=_words(grammar.get("catenatives"), g),
        time_words=_words(grammar.get("time_words"), g),
        day_words=_words(grammar.get("day_words"), g),
        floating_quantifiers=_words(grammar.get("floating_quantifiers"), g),
        adverb_phrases=_phrases(grammar.get("adverb_phrases"), g),
        source_postmodifiers=_phrases(grammar.get("source_postmodifiers"), g),
        comment_nouns=_words(grammar.get("comment_nouns"), g),
        discourse_markers=_words(grammar.get("discourse_markers"), g),
        channel_markers=_words(grammar.get("channel_markers"), g),
        channel_frames=_phrases(grammar.get("channel_frames"), g),
        abbreviations=_words(grammar.get("abbreviations"), g),
        link_labels=tuple(str(x) for x in grammar.get("link_labels") or ()),
        refusal_verbs=_words(grammar.get("refusal_verbs"), g),
        free_relatives=_words(grammar.get("free_relatives"), g),
        postmodifier_participle_endings=_endings(grammar.get("postmodifier_participle_endings"), g),
        time_stamp_words=_words(grammar.get("time_stamp_words"), g),
        heading_openers=_words(grammar.get("heading_openers"), g),
        expletives=_words(grammar.get("expletives"), g),
        verb_second=bool(grammar.get("verb_second", False)),
        complementizer_optional=bool(grammar.get("complementizer_optional", False)),
        bare_inversion=bool(grammar.get("bare_inversion", False)),
        verb_final_subordinate=bool(grammar.get("verb_final_subordinate", False)),
        adverb_suffix=str(grammar.get("adverb_suffix") or ""),
        honorifics=_words(grammar.get("honorifics"), g),
        conditional_subordinators=_words(grammar.get("conditional_subordinators"), g),
        object_catenatives=_words(grammar.get("object_catenatives"), g),
        passive_auxiliaries=_words(grammar.get("passive_auxiliaries"), g),
        agent_markers=_words(grammar.get("agent_markers"), g),
        disjunctions=_words(grammar.get("disjunctions"), g),
        infinitive_markers=_words(grammar.get("infinitive_markers"), g),
        infinitive_openers=_words(grammar.get("infinitive_openers"), g),
        absolute_markers=_words(grammar.get("absolute_markers"), g),
        negations=_words(grammar.get("negations"), g),
        impersonal_subjects=_words(grammar.get("impersonal_subjects"), g),
        content_opening_pronouns=_words(grammar.get("content_opening_pronouns"), g),
        indefinite_determiners=_words(grammar.get("indefinite_determiners"), g),
        articles=_words(grammar.get("articles"), g),
        heading_labels=_words(grammar.get("heading_labels"), g),
        place_relatives=_words(grammar.get("place_relatives"), g),
        possessive_suffixes=tuple(str(x) for x in grammar.get("possessive_suffixes") or ()),
        possessive_apostrophes=tuple(str(x) for x in grammar.get("possessive_apostrophes") or ()),
        quote_pairs=tuple(pairs),
    )


@cache
def load_language(code: str) -> LanguageResources:
    """The resources of a supported language (cached)."""
    folder = LANGUAGES_DIR / code
    if not folder.is_dir():
        raise LanguageDataError(
            f"no resources for language {code!r}; supported: {', '.join(SUPPORTED_LANGUAGES)}"
        )
    return load_language_dir(folder)
