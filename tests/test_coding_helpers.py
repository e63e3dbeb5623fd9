"""Builders shared by the coding tests: statements and analyses written from scratch."""

from __future__ import annotations

from brink.coding import CodingStage
from brink.coding.codebook import builtin_codebook
from brink.model import ActorRef, Analysis, Document, Speaker, Statement


def statement(content: str, lang: str, *, kind: str = "direct", speaker: str = "Vladimir Putin",
              speaker_type: str = "person", text: str | None = None) -> Statement:
    text = text if text is not None else content
    start = text.index(content)
    return Statement(
        doc_id="t", lang=lang, kind=kind, content=content,
        spans=[(start, start + len(content))], cue=None, cue_span=None,
        speaker=Speaker(text=speaker, span=None, name=speaker, type=speaker_type),
        channel=None, channel_span=None, sentence=text, sentence_span=(0, len(text)),
    )


def code(content: str, lang: str, **kwargs: str) -> Statement:
    st = statement(content, lang, **kwargs)
    analysis = Analysis(document=Document(id="t", text=content, lang=lang), statements=[st])
    CodingStage(builtin_codebook())(analysis)
    return st


def analyse(text: str, lang: str, statements: list[Statement] | None = None) -> Analysis:
    analysis = Analysis(document=Document(id="t", text=text, lang=lang),
                        statements=statements or [])
    return CodingStage(builtin_codebook())(analysis)


def mention(text: str, surface: str, actor_id: str, name: str, type_: str) -> ActorRef:
    """A linked mention of the first occurrence of ``surface`` in ``text``."""
    at = text.index(surface)
    return ActorRef(text=surface, span=(at, at + len(surface)), actor_id=actor_id, name=name,
                    type=type_)


def analyse_with_mentions(text: str, lang: str, mentions: list[ActorRef]) -> Analysis:
    """`analyse` as if the actor stage had linked ``mentions``."""
    analysis = Analysis(document=Document(id="t", text=text, lang=lang), mentions=mentions)
    return CodingStage(builtin_codebook())(analysis)
