"""Speaker resolution within one document.

Turns the mention nearest each cue into a named `Speaker`:

* a surname (`Medvedev`) takes the full name the article gave earlier or later
  (`Dmitry Medvedev`);
* a role (`de plaatsvervangend voorzitter van de Veiligheidsraad`, `de oud-president`) takes
  the name the article itself bound to that role by apposition (`Medvedev, nu plaatsvervangend
  voorzitter van de Veiligheidsraad`);
* a pronoun takes the most recent compatible speaker (person for he/she, group for they);
* a quote that continues an earlier statement keeps that statement's speaker.

Confidence says how the name was reached; a guess is never 1.0.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from brink.model import Document, Speaker, Statement

if TYPE_CHECKING:
    from brink.analyse.phrases import Mention
    from brink.analyse.statements import Draft, SentenceView
    from brink.languages import LanguageResources

CONFIDENCE = {
    "name": 0.9,
    "surname": 0.85,
    "apposition": 0.75,
    "role": 0.5,
    "pronoun": 0.7,
    "continuation": 0.8,
    "descriptor": 0.8,
    "mention": 0.6,
    "unresolved": 0.2,
}


@dataclass(slots=True)
class _Known:
    """A speaker seen so far in the document."""

    name: str
    type: str
    position: int
    roles: tuple[str, ...] = ()


def _names_in_document(drafts: list[Draft]) -> dict[str, str]:
    """Surname → full name, from every multi-word name the article uses for a speaker."""
    by_surname: dict[str, str] = {}
    for d in drafts:
        m = d.mention
        if m is None or not m.name or m.type not in ("person", "unknown"):
            continue
        parts = m.name.split()
        if len(parts) >= 2:
            by_surname.setdefault(parts[-1].lower(), m.name)
            # `Van der Staaij` / `Kaag`: also index the surname without particles.
    return by_surname


def _role_bindings(drafts: list[Draft]) -> list[tuple[str, str, bool]]:
    """(role phrase, name, former) the article states itself, e.g. by apposition."""
    bindings = []
    for d in drafts:
        m = d.mention
        if m is None or not m.name or not m.roles:
            continue
        for role in m.roles:
            bindings.append((role, m.name, m.former))
    return bindings


def _full_name(name: str, by_surname: dict[str, str]) -> tuple[str, str]:
    parts = name.split()
    if len(parts) == 1 and parts[0].lower() in by_surname:
        return by_surname[parts[0].lower()], "surname"
    return name, "name"


def _match_role(mention: Mention, bindings: list[tuple[str, str, bool]]) -> str | None:
    """The name bound to the role this mention uses, preferring the most specific match."""
    best, best_score = None, 0.0
    for role in mention.roles:
        words = set(role.split())
        head = role.split()[0]
        for bound_role, name, _former in bindings:
            bound_words = set(bound_role.split())
            if head.split("-")[-1] not in {w.split("-")[-1] for w in bound_words}:
                continue
            score = len(words & bound_words) / max(len(words), 1)
            if score > best_score:
                best, best_score = name, score
    return best


def resolve_speakers(
    doc: Document, drafts: list[Draft], views: list[SentenceView], res: LanguageResources
) -> list[Statement]:
    from brink.analyse.statements import drafts_to_statements

    by_surname = _names_in_document(drafts)
    bindings = _role_bindings(drafts)
    known: list[_Known] = []
    speakers: list[Speaker] = []
    resolved: dict[int, Speaker] = {}
    for d in drafts:
        speaker = _resolve(d, by_surname, bindings, known, resolved, res)
        resolved[id(d)] = speaker
        speakers.append(speaker)
        if speaker.name:
            position = d.cue.start if d.cue else d.spans[0][0]
            known.append(_Known(speaker.name, speaker.type, position))
    return drafts_to_statements(doc, drafts, speakers, views)


def _resolve(
    d: Draft,
    by_surname: dict[str, str],
    bindings: list[tuple[str, str, bool]],
    known: list[_Known],
    resolved: dict[int, Speaker],
    res: LanguageResources,
) -> Speaker:
    if d.continues is not None:
        origin = resolved.get(id(d.continues))
        if origin is not None:
            return Speaker(
                text=None,
                span=None,
                name=origin.name or origin.text,
                type=origin.type,
                confidence=min(origin.confidence, CONFIDENCE["continuation"]),
                resolved_by="continuation",
            )
        return Speaker(None, None, None, "unknown", CONFIDENCE["unresolved"], "unresolved")
    m = d.mention
    if m is None:
        return Speaker(None, None, None, "unknown", CONFIDENCE["unresolved"], "unresolved")
    position = d.cue.start if d.cue else m.span[0]
    if m.pronoun:
        info = res.pronouns[m.pronoun]
        plural = info.get("number") == "plural" or (info.get("number") == "either" and d.plural_cue)
        wanted = ("group", "organization", "media") if plural else ("person",)
        if info.get("gender") == "neuter":
            wanted = ("organization", "media", "document", "group")
        for k in reversed(known):
            if k.position < position and k.type in wanted:
                return Speaker(m.text, m.span, k.name, k.type, CONFIDENCE["pronoun"], "pronoun")
        return Speaker(m.text, m.span, None, "group" if plural else "person", CONFIDENCE["unresolved"], "unresolved")
    if m.name and m.type in ("person", "unknown"):
        name, how = _full_name(m.name, by_surname)
        kind = "person" if (how == "surname" or m.type == "person") else m.type
        return Speaker(m.text, m.span, name, kind, CONFIDENCE[how], how)
    if m.roles and not m.name:
        bound = _match_role(m, bindings)
        if bound is not None:
            name, _ = _full_name(bound, by_surname)
            return Speaker(m.text, m.span, name, "person", CONFIDENCE["apposition"], "apposition")
        for k in reversed(known):
            if k.position < position and k.type == "person":
                return Speaker(m.text, m.span, k.name, "person", CONFIDENCE["role"], "role")
        return Speaker(m.text, m.span, None, "person", CONFIDENCE["unresolved"], "unresolved")
    if m.type == "group" and m.group:
        return Speaker(m.text, m.span, m.group, "group", CONFIDENCE["descriptor"], "descriptor")
    name = m.name or _strip_determiner(m.text, res)
    return Speaker(m.text, m.span, name, m.type, CONFIDENCE["mention"], "mention")


def _strip_determiner(text: str, res: LanguageResources) -> str:
    words = text.split()
    while len(words) > 1 and words[0].lower() in res.determiners:
        words = words[1:]
    return " ".join(words).strip("‘’'\"“”")
