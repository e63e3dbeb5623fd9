"""Codebook coding, modality, events and intensity: the last stage of the pipeline.

`build_stage` returns a `CodingStage`, which codes every statement (nuclear flag, category,
modality, intensity, targets), finds events reported without content and flags speakers who
send mixed signals. All language knowledge comes from data files (see docs/coding.md).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING, Protocol

from brink.coding.classify import code_statement
from brink.coding.codebook import Codebook, builtin_codebook, load_codebook
from brink.coding.events import find_events
from brink.coding.langdata import event_cues, modality_cues
from brink.coding.mixed import mixed_signals
from brink.coding.sentences import sentence_spans
from brink.coding.targets import MentionIndex
from brink.model import Analysis, Statement

if TYPE_CHECKING:
    from brink.pipeline import Settings, Stage

__all__ = ["ActorFacts", "CodingStage", "build_stage", "load_codebook"]


class ActorFacts(Protocol):
    """What coding asks of the actor knowledge base (`brink.actors.KnowledgeBase` has it)."""

    def sides_of(self, actor_id: str) -> frozenset[str]:
        """The actor, its country and the bodies it belongs to or holds a role in."""
        ...

    def speaks_for(self, actor_id: str) -> frozenset[str]:
        """The countries and bodies whose voice the actor is (offices, not nationality)."""
        ...


def prepare(book: Codebook, lang: str) -> None:
    """Compile the matchers coding ``lang`` needs now rather than on its first document."""
    book.content_matcher(lang)
    if (nuclear := book.nuclear.get(lang)) is not None:
        nuclear.scanner  # noqa: B018 - builds the compiled lexicon
    modality_cues(lang).matcher()
    event_cues(lang).action_matcher()


class CodingStage:
    """Codes the statements of one analysis and adds its events and mixed signals."""

    def __init__(self, codebook: Codebook, actors: ActorFacts | None = None) -> None:
        self.codebook = codebook
        self.actors = actors  # when the actor stage links mentions
        for lang in codebook.languages:
            prepare(codebook, lang)

    def __call__(self, analysis: Analysis) -> Analysis:
        text = analysis.document.text
        spans = sentence_spans(text, analysis.document.lang or "en")
        ends = [b for _, b in spans]  # increasing
        back = self.codebook.nuclear_context_sentences
        index = MentionIndex(analysis.mentions)
        previous = None
        topic = _nuclear_topic(text, spans, analysis.document.lang or "en", self.codebook)
        for st in sorted(analysis.statements, key=lambda s: s.span[0]):
            # the first sentence ending after the statement's start (0 when none does)
            first = bisect_right(ends, st.span[0])
            first = first if first < len(ends) else 0
            lo = spans[max(0, first - back)][0] if spans else st.sentence_span[0]
            hi = max(st.sentence_span[1], st.span[1])
            context = text[lo:hi]
            if (previous is not None and previous.nuclear and _same_speaker(previous, st)
                    and previous.span[1] < lo):
                # The speaker's previous statement, if nuclear, is context too: a quote that
                # goes on ("... We will use them if needed.") keeps its topic.
                context = previous.content + "\n" + context
            code_statement(st, self.codebook, analysis.mentions, context, index, topic,
                           self.actors.speaks_for if self.actors else None)
            previous = st
        analysis.events = find_events(analysis, self.codebook, spans, index,
                                      self.actors.sides_of if self.actors else None)
        analysis.mixed_signals = mixed_signals(analysis.statements, self.codebook)
        return analysis


def _nuclear_topic(text: str, spans: list[tuple[int, int]], lang: str, book: Codebook) -> bool:
    """Whether the document is about nuclear weapons: at least ``nuclear_topic_share`` of its
    sentences use nuclear vocabulary. Statements with a category cue then count as nuclear
    even when the nuclear word is sentences away (an interview about the arsenal)."""
    lexicon = book.nuclear.get(lang)
    if lexicon is None or not spans or book.nuclear_topic_share >= 1.0:
        return False
    # one scan of the text; a sentence counts when a hit starts in it
    starts = [a for a, _ in spans]
    with_hits = {bisect_right(starts, hit.start) - 1 for hit in lexicon.find(text)}
    return len(with_hits - {-1}) >= book.nuclear_topic_share * len(spans)


def _same_speaker(a: Statement, b: Statement) -> bool:
    ka = a.speaker.actor_id or a.speaker.name
    kb = b.speaker.actor_id or b.speaker.name
    return ka is not None and ka == kb


def build_stage(settings: Settings, actors: ActorFacts | None = None) -> Stage | None:
    """The pipeline stage that codes statements and finds events, or None; ``actors`` (the
    actor knowledge base) tells who speaks for whom and which parties are on the same side."""
    if settings.codebook is not None:
        book = load_codebook(settings.codebook, tuple(settings.languages))
    else:
        book = builtin_codebook()
    return CodingStage(book, actors)
