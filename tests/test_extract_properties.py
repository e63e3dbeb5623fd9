"""Property tests: extraction never crashes and every span indexes the text it claims."""

from __future__ import annotations

from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from brink.analyse.quotes import find_quotes
from brink.analyse.segment import split_sentences
from brink.analyse.statements import extract_statements
from brink.languages import load_language
from brink.model import Document
from brink.pipeline import Pipeline, Settings

# Words that make the engine's rules fire, mixed with arbitrary Unicode.
VOCABULARY = [
    "said",
    "zei",
    "zegt",
    "dat",
    "that",
    "volgens",
    "according",
    "to",
    "he",
    "hij",
    "ze",
    "she",
    "Medvedev",
    "Rutte",
    "de",
    "the",
    "minister",
    "president",
    ",",
    ".",
    ":",
    ";",
    "“",
    "”",
    "„",
    ",,",
    "'",
    "‘",
    "’",
    '"',
    "«",
    "»",
    "\n",
    "\n\n",
    "aldus",
    "told",
    "adding",
    "Dat",
    "meldde",
    "experts",
    "Volgens",
    "According",
    "van",
    "of",
    "(",
    ")",
    "—",
    "K.",
    "?",
    "!",
]

texts = st.lists(
    st.one_of(st.sampled_from(VOCABULARY), st.text(min_size=1, max_size=8)), max_size=60
).map(" ".join) | st.text(max_size=300)


def _check(text: str, lang: str) -> None:
    res = load_language(lang)
    statements = extract_statements(Document(id="p", text=text, lang=lang), res)
    for s in statements:
        assert s.spans, s
        assert " ".join(text[a:b] for a, b in s.spans) == s.content
        assert all(0 <= a < b <= len(text) for a, b in s.spans)
        assert text[s.sentence_span[0] : s.sentence_span[1]] == s.sentence
        if s.speaker.span is not None:
            a, b = s.speaker.span
            assert text[a:b] == s.speaker.text
        if s.cue_span is not None:
            assert text[s.cue_span[0] : s.cue_span[1]] == s.cue
        if s.channel_span is not None:
            assert s.channel is not None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_dutch_extraction_never_crashes_and_spans_hold(text: str) -> None:
    _check(text, "nl")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_english_extraction_never_crashes_and_spans_hold(text: str) -> None:
    _check(text, "en")


@settings(max_examples=200, deadline=None)
@given(texts)
def test_sentences_cover_the_paragraphs_in_order(text: str) -> None:
    res = load_language("en")
    quotes = [q for q in find_quotes(text, res.quote_pairs) if q.depth == 0]
    sentences = split_sentences(text, res, quotes)
    last_end = 0
    for s in sentences:
        assert last_end <= s.start < s.end <= len(text)
        assert text[s.start : s.end].strip() == text[s.start : s.end]
        last_end = s.end
    for q in quotes:
        assert 0 <= q.open_start <= q.start <= q.end <= q.close_end <= len(text)


# Acts, parties and the words around them: the event finder and its implied targets.
EVENT_VOCABULARY = [
    *VOCABULARY, "threatened", "dreigde", "protested", "protesteerde", "condemned", "veroordeelde",
    "the launch", "de lancering", "warning", "kritiek", "Russia", "Rusland", "Finland", "Moscow",
    "Kremlin", "NATO", "Navo", "by", "door", "with", "met", "against", "tegen", "was", "werd",
    "which", "die", "later that day", "the West", "het Westen",
]
event_texts = st.lists(
    st.one_of(st.sampled_from(EVENT_VOCABULARY), st.text(min_size=1, max_size=6)), max_size=50
).map(" ".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(event_texts, st.sampled_from(["en", "nl"]))
def test_events_never_crash_and_their_spans_hold(text: str, lang: str) -> None:
    analysis = _pipeline().analyse(Document(id="p", text=text, lang=lang))
    for ev in analysis.events:
        assert text[ev.span[0] : ev.span[1]] == ev.evidence
        for ref in (ev.actor, ev.target):
            if ref is not None and ref.span is not None:
                assert text[ref.span[0] : ref.span[1]] == ref.text
        assert not ev.target_implied or ev.target is not None



@cache
def _pipeline() -> Pipeline:
    return Pipeline(Settings())
