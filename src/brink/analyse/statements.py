"""Statement extraction: quotes, reported speech and `according to` phrases, with their sources.

The engine is language-neutral; everything it knows of a language comes from
`LanguageResources`. Per sentence it finds cues (reporting verbs, `according to` markers,
participles such as `adding`) outside quotation marks and reads the construction around each:

* post-posed source — `"Q," said X.` / `Q, X said.` / `Q, aldus X.`
* pre-posed source — `X said (that) Q` / `X zei dat Q` / `Dinsdag zei X dat Q` / `X said: "Q"`
* `according to X, Q` / `volgens X Q` / `Q, according to X` in any position
* `Dat meldde X.` — the previous sentence is X's
* a quotation standing alone right after a statement continues that speaker's words.

Speakers are left as mentions here; `resolve_speakers` gives them names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from brink.analyse.phrases import (
    MAX_PHRASE_TOKENS,
    NAME_JOINERS,
    Mention,
    classify,
    is_np_token,
    is_role_compound,
    is_source_noun,
    noun_for_people,
    pair_in,
    phrase_at,
    phrase_before,
    phrase_text,
    postmodifier_participle,
)
from brink.analyse.quotes import Quote, find_quotes
from brink.analyse.segment import (
    Sentence,
    Token,
    link_titles,
    split_at_link_labels,
    split_sentences,
    tokenize,
    tokens_within,
)
from brink.analyse.speakers import resolve_speakers
from brink.languages import Cue, LanguageResources
from brink.model import Document, Speaker, Statement

# How far (in tokens) a complementizer may stand from its verb: `zei dinsdag in de Kamer dat`.
COMPLEMENT_WINDOW = 18
# A quotation standing alone continues the last statement up to this many sentences later.
MAX_CONTINUATION_GAP = 2
# How long the tail after a post-posed source may be: `, zei X dinsdag tegen persbureau Y.`
POSTPOSED_TAIL = 12
_STRIP_CONTENT = " \t\n,;:–—-"
_CLOSING_MARKS = frozenset("”’\"'»“")
_OPENING_MARKS = frozenset(("“", "‘", '"', "'", "„", ",,", "«"))


@dataclass(slots=True)
class Draft:
    """A statement before its speaker is resolved."""

    kind: str
    spans: list[tuple[int, int]]
    cue: Token | None
    mention: Mention | None
    sentence_index: int
    channel: tuple[str, tuple[int, int]] | None = None
    continues: Draft | None = None  # for a quote that continues an earlier statement
    plural_cue: bool = False
    impersonal: bool = False  # `klonk het`: the source is the previous speaker


@dataclass(slots=True)
class SentenceView:
    index: int
    sentence: Sentence
    tokens: list[Token]
    quote_of: list[int | None]  # per token: index into `quotes`, or None outside quotes
    quotes: list[Quote]
    claimed: list[tuple[int, int]] = field(default_factory=list)  # char ranges used as content

    def in_quote(self, i: int) -> bool:
        return self.quote_of[i] is not None

    def is_claimed(self, pos: int) -> bool:
        if not self.claimed:
            return False
        return any(s <= pos < e for s, e in self.claimed)


def extract_statements(
    doc: Document, res: LanguageResources, gender_of: Callable[[str], str | None] | None = None
) -> list[Statement]:
    """All statements of `doc`, in text order, with speakers resolved within the document.

    `gender_of` (a name → "male"/"female"/None lookup, e.g. from the actor knowledge base) lets
    pronouns skip antecedents of the other gender."""
    text = doc.text
    quotes = find_quotes(text, res.quote_pairs)
    top_quotes = [q for q in quotes if q.depth == 0]
    tokens = split_at_link_labels(text, tokenize(text), res)
    sentences = split_sentences(text, res, top_quotes)
    starts = [t.start for t in tokens]
    views = [
        _view(i, s, tokens_within(tokens, starts, s.start, s.end), top_quotes)
        for i, s in enumerate(sentences)
    ]
    drafts: list[Draft] = []
    for view in views:
        drafts.extend(_sentence_drafts(text, view, views, drafts, res))
    titles = link_titles(text, res)
    if titles:
        drafts = [d for d in drafts if not any(a <= d.spans[0][0] < b for a, b in titles)]
    drafts.sort(key=lambda d: d.spans[0][0])
    drafts = _once_each(drafts)
    return resolve_speakers(doc, drafts, views, res, gender_of)


def _once_each(drafts: list[Draft]) -> list[Draft]:
    """One draft per content: a split verb found by both its parts (`maakte ... bekend`)
    reports it once, from the first."""
    seen: set[tuple[tuple[int, int], ...]] = set()
    out = []
    for d in drafts:
        key = tuple(d.spans)
        if key not in seen:
            seen.add(key)
            out.append(d)
    return out


def _view(index: int, sentence: Sentence, tokens: list[Token], quotes: list[Quote]) -> SentenceView:
    local = [q for q in quotes if q.close_end > sentence.start and q.open_start < sentence.end]
    quote_of: list[int | None] = [None] * len(tokens)
    if local:
        qi = 0
        for ti, tok in enumerate(tokens):
            while qi < len(local) and local[qi].close_end <= tok.start:
                qi += 1
            if qi < len(local) and local[qi].open_start <= tok.start:
                quote_of[ti] = qi
    return SentenceView(index, sentence, tokens, quote_of, local)


# --------------------------------------------------------------------------- sentence level


def _sentence_drafts(
    text: str,
    view: SentenceView,
    views: list[SentenceView],
    earlier: list[Draft],
    res: LanguageResources,
) -> list[Draft]:
    drafts: list[Draft] = []
    demonstrative = _post_posed_demonstrative(text, view, views, earlier, res)
    if demonstrative is not None:
        return [demonstrative] if demonstrative.spans else []
    drafts.extend(_according_to(text, view, res))
    drafts.extend(_self_attributed(text, view, res))
    labelled = _colon_attribution(text, view, res)
    if labelled is not None:
        drafts.append(labelled)
        view.claimed.extend(labelled.spans)
    opening = _opening_participle(text, view, res)
    if opening is not None:
        drafts.append(opening)
        view.claimed.extend(opening.spans)
    tokens = view.tokens
    triggers = res.cue_triggers
    for c, tok in enumerate(tokens):
        low = tok.lower
        if low not in triggers or view.in_quote(c) or view.is_claimed(tok.start):
            continue
        if low in res.according_after:
            draft = _aldus(text, view, c, res)
        elif low in res.participles and _participle_position(view, c, res):
            draft = _participle(text, view, c, drafts, res)
        elif low in res.cues:
            draft = _verb_cue(text, view, c, res)
        else:
            continue
        if draft is not None and draft.impersonal:
            previous = drafts[-1] if drafts else earlier[-1] if earlier else None
            if previous is None or view.index - previous.sentence_index > MAX_CONTINUATION_GAP:
                continue
            draft.continues = previous.continues or previous
        if draft is not None:
            drafts.append(draft)
            view.claimed.extend(draft.spans)
    drafts = _without_relayed_reports(_sources_as_channels(text, drafts))
    drafts.extend(_quotes_after_colon(text, view, drafts))
    if not drafts:
        answer = _answer(text, view, views, earlier, res)
        if answer is not None:
            return [answer]
        continuation = _continuation(text, view, earlier) or _narrated_quote(text, view, views, res)
        if continuation is not None:
            drafts.append(continuation)
    return drafts


def _quotes_after_colon(text: str, view: SentenceView, drafts: list[Draft]) -> list[Draft]:
    """`She added that A: "Q."`: a quotation after the colon that ends a reported clause is the
    same speaker going on, in their own words."""
    found = []
    for d in drafts:
        if d.kind not in ("indirect", "according_to") or not d.spans or d.continues is not None:
            continue
        end = d.spans[-1][1]
        rest = text[end : view.sentence.end]
        if not rest.lstrip().startswith(":"):
            continue
        colon = end + rest.index(":") + 1
        quote = _sole_quote(text, view, colon, view.sentence.end)
        if quote is None or view.is_claimed(quote.start):
            continue
        span = _span_of(text, quote.start, quote.end, quoted=True)
        if span is not None:
            found.append(Draft("direct", [span], None, None, view.index, d.channel, continues=d))
    return found


def _answer(
    text: str,
    view: SentenceView,
    views: list[SentenceView],
    earlier: list[Draft],
    res: LanguageResources,
) -> Draft | None:
    """In an interview written as questions and answers, a sentence that is only a quotation
    right after a question (a line of its own ending in `?`) answers it: the speaker of the
    answer before that question goes on, or, for the first answer, the person the narration
    names before the first question (`We asked Rachel Ormond ... what it means.`)."""
    span = _standalone_quote(text, view) if view.index > 0 else None
    if span is None:
        return None
    question = views[view.index - 1]  # (views are numbered by their place)
    if question.quotes:
        return None
    q_text = text[question.sentence.start : question.sentence.end].strip(" *_\n")
    if not q_text.endswith("?"):
        return None
    # the question's line may hold more sentences (`Critics say ... Do you agree?`)
    line_start = text.rfind("\n", 0, question.sentence.start) + 1
    first = question.index
    while first > 0 and views[first - 1].sentence.start >= line_start:
        first -= 1
    before = [d for d in earlier if d.sentence_index == first - 1]
    if before and before[-1].kind == "direct" and before[-1].cue is None:
        return _going_on(span, view.index, before[-1])
    if first == 0 or views[first - 1].quotes:
        return None
    return _narrated_by(text, views[first - 1], span, view.index, res)


def _narrated_quote(
    text: str, view: SentenceView, views: list[SentenceView], res: LanguageResources
) -> Draft | None:
    """A sentence that is only a quotation, right after narration about a person (`... maar
    Rutte verwees naar de nieuwe ministersploeg. "Die moet de plannen uitwerken."`): that
    person speaks (tried when no statement just before goes on, see `_continuation`)."""
    if view.index == 0:
        return None
    span = _standalone_quote(text, view)
    if span is None:
        return None
    prev = views[view.index - 1]
    if prev.quotes:
        return None
    return _narrated_by(text, prev, span, view.index, res)


def _narrated_by(
    text: str, prev: SentenceView, span: tuple[int, int], index: int, res: LanguageResources
) -> Draft | None:
    """The quotation at `span` (in sentence `index`), spoken by the first person `prev` names."""
    tokens = prev.tokens
    for k in range(len(tokens)):
        tok = tokens[k]
        info = res.pronouns.get(tok.lower)
        is_person_pronoun = (
            info is not None
            and info.get("person") == 3
            and info.get("number") == "singular"
            and info.get("gender") in ("male", "female")
        )
        is_name = (
            tok.is_capitalised
            and tok.is_word
            and not (k == 0 and tok.lower in res.not_name_starts)
            and not prev.in_quote(k)
        )
        if not (is_person_pronoun or is_name):
            continue
        rng = _np_after(prev, k, res)
        rng = _trim_np_at_verb(prev, rng, res) if rng is not None else None
        mention = _mention(text, prev, rng, res) if rng is not None else None
        if mention is not None and (
            mention.pronoun
            or mention.type == "person"
            or (mention.name and mention.type == "unknown")
        ):
            return Draft("direct", [span], None, mention, index)
        if mention is not None and mention.type not in ("group", "organization", "media"):
            break  # the first person-like name or pronoun only (a group may come first)
    return None


_LABEL_TOKENS = 6  # `Stoltenberg:`, `De Russische president Poetin:`


def _colon_attribution(text: str, view: SentenceView, res: LanguageResources) -> Draft | None:
    """`Stoltenberg: „De dreiging is reëel.”`: a name or role, a colon and a quotation that
    fills the rest of the sentence."""
    tokens = view.tokens
    # (an age and a place may follow the name: `Truus Hameleers (71) uit Eijsden:`)
    k = next((i for i, t in enumerate(tokens[: _LABEL_TOKENS + 6]) if t.text == ":"), None)
    if k is None or k == 0 or k + 1 >= len(tokens) or view.in_quote(k) or view.in_quote(0):
        return None
    if not view.in_quote(k + 1):
        return None
    quote = _sole_quote(text, view, tokens[k + 1].start, view.sentence.end)
    if quote is None:
        return None
    np = _np_after(view, 0, res, k)
    if np is None or np[0] != 0 or np[1] > _LABEL_TOKENS or not _label_tail(view, np[1], k, res):
        return None
    mention = _mention(text, view, np, res)
    if mention is None or not (mention.name or mention.roles) or mention.pronoun:
        return None
    if any(t.lower in res.heading_labels for t in tokens[:k]):
        return None  # `Update: “...”`, `Conclusie: „...”`: a heading, not a source
    span = _span_of(text, quote.start, quote.end, quoted=True)
    if span is None:
        return None
    return Draft("direct", [span], tokens[k], mention, view.index)


def _with_name_before(
    view: SentenceView, head: tuple[int, int], res: LanguageResources, lo: int
) -> tuple[int, int]:
    """`head` with the name it stands in apposition to (`Stephen Kinnock, the Labour MP for
    Aberavon, which ..., told`): the name and its apposition are the source."""
    tokens = view.tokens
    comma = head[0] - 1
    if comma <= lo or tokens[comma].text != "," or tokens[head[0]].is_capitalised:
        return head
    name = _np_before(view, comma, res, lo)
    if name is None or not all(
        tokens[m].is_capitalised for m in range(name[0], name[1]) if tokens[m].is_word
    ):
        return head
    return (name[0], head[1])


def _clock_colon(view: SentenceView, k: int) -> bool:
    """Whether the colon at token k sits inside a time of day (`1:03 pm`, `19:40`)."""
    tokens = view.tokens
    return (
        0 < k < len(tokens) - 1
        and tokens[k - 1].text.isdigit()
        and tokens[k + 1].text.isdigit()
        and tokens[k - 1].end == tokens[k].start
        and tokens[k].end == tokens[k + 1].start
    )


def _label_tail(view: SentenceView, i: int, colon: int, res: LanguageResources) -> bool:
    """Whether tokens i..colon are what may follow a name in a label before a quotation: an
    age in brackets and a place of origin (`Truus Hameleers (71) uit Eijsden:`), or nothing."""
    tokens = view.tokens
    if (
        i + 2 < colon
        and tokens[i].text == "("
        and tokens[i + 1].text.isdigit()
        and tokens[i + 2].text == ")"
    ):
        i += 3
    if i + 1 < colon and tokens[i].lower in res.prepositions:
        i += 1
        while i < colon and tokens[i].is_word and tokens[i].is_capitalised:
            i += 1
    return i == colon


def _sources_as_channels(text: str, drafts: list[Draft]) -> list[Draft]:
    """A post-posed `according to` after another attribution names where that one was
    reported, not a statement of its own: `Russia will respond, Peskov said, according to
    Interfax`, `X warned of a risk, according to a statement`. The other statement keeps its
    content up to the phrase and takes the source as its channel."""
    tails = [
        d
        for d in drafts
        if d.kind == "according_to"
        and d.cue is not None
        and d.mention is not None
        and d.spans
        and d.spans[-1][1] <= d.cue.start
    ]
    if not tails:
        return drafts
    dropped: list[Draft] = []
    for d in tails:
        assert d.cue is not None and d.mention is not None
        at = d.cue.start
        inner = [
            e
            for e in drafts
            if e is not d
            and e.kind != "according_to"
            and e.cue is not None
            and (
                any(lo <= e.cue.start < hi for lo, hi in d.spans)
                or any(lo < at < hi for lo, hi in e.spans)
            )
        ]
        if not inner:
            continue
        dropped.append(d)
        for e in inner:
            # the content stops before the phrase (and the comma that sets it off)
            kept = []
            for lo, hi in e.spans:
                if lo >= at:
                    continue
                end = min(hi, at)
                while end > lo and (text[end - 1].isspace() or text[end - 1] in ",;"):
                    end -= 1
                if end > lo:
                    kept.append((lo, end))
            if kept:
                e.spans = kept
            if e.channel is None:
                e.channel = (d.mention.text, d.mention.span)
    return [d for d in drafts if not any(d is x for x in dropped)]


def _without_relayed_reports(drafts: list[Draft]) -> list[Draft]:
    """`De rechter noemde de foto smakeloos, schrijft Omroep West`: a post-posed source whose
    content is itself a report relays that report: no statement of its own, and the inner
    report's channel when it is no person or group (a medium or an organisation)."""
    kept: list[Draft] = []
    for d in drafts:
        inner = None
        if (
            d.kind != "according_to"
            and d.cue is not None
            and d.spans
            and d.spans[0][1] <= d.cue.start
        ):
            # (a source after the content relays it; with a tail after it, only when the
            # inner report's content runs up to the source: `X warned that Y, state media
            # reported Monday, as ...`)
            first = d.spans[0]
            inner = next(
                (
                    e
                    for e in drafts
                    if e is not d
                    and e.cue is not None
                    and e.mention is not None
                    and any(
                        lo <= e.cue.start < hi and lo <= e.mention.span[0] for lo, hi in d.spans
                    )
                    and (
                        d.spans[-1][1] <= d.cue.start
                        or (e.spans and e.spans[-1][1] >= first[1] - 1)
                    )
                ),
                None,
            )
        if inner is None:
            kept.append(d)
        elif (
            inner.channel is None
            and d.mention is not None
            and d.mention.type not in ("person", "group")
            and not d.mention.pronoun
        ):
            inner.channel = (d.mention.text, d.mention.span)
    return kept


def _span_of(text: str, start: int, end: int, quoted: bool = False) -> tuple[int, int] | None:
    """Trim white space and loose punctuation from a content span; a quotation keeps its
    final full stop, reported speech does not."""
    while start < end and text[start] in _STRIP_CONTENT:
        start += 1
    while end > start and text[end - 1] in _STRIP_CONTENT:
        end -= 1
    if not quoted and end > start and text[end - 1] == "." and not text[start:end].endswith(".."):
        end -= 1
        while end > start and text[end - 1] in _STRIP_CONTENT:
            end -= 1
    return (start, end) if end > start else None


def _clause_start(view: SentenceView, c: int, res: LanguageResources) -> int:
    """Token index where the clause holding token c begins (discourse markers skipped)."""
    tokens = view.tokens
    start = 0
    for i in range(c - 1, 0, -1):
        if view.in_quote(i):
            continue
        if tokens[i].text in (";", ":") or (
            tokens[i - 1].text == ","
            and (tokens[i].lower in res.conjunctions or tokens[i].lower in res.subordinators)
        ):
            start = i + (0 if tokens[i].text not in (";", ":") else 1)
            break
    while (
        start < c
        and (
            tokens[start].lower in res.discourse_markers
            or tokens[start].lower in res.conjunctions
            or tokens[start].lower in res.subordinators
        )
        and tokens[start].lower not in res.pronouns
    ):
        start += 1
    return start


def _skip_left(view: SentenceView, j: int, lo: int, res: LanguageResources) -> int:
    """Move left over auxiliaries, adverbs and catenative `to` between a subject and its verb."""
    tokens = view.tokens
    while j >= lo:
        low = tokens[j].lower
        if j - 1 >= lo and tokens[j - 1].lower in res.determiners and low in res.time_words:
            break  # `Deze week zei Rutte`: a time phrase, no adverb between subject and verb
        if (
            low in res.auxiliaries
            and tokens[j].is_capitalised
            and j - 1 >= lo
            and tokens[j - 1].is_capitalised
        ):
            break  # `Theresa May said`: a name, not the auxiliary `may`
        if (
            low in res.auxiliaries
            or low in res.adverbs
            or (
                res.adverb_suffix
                and low.endswith(res.adverb_suffix)
                and not tokens[j].is_capitalised
                and len(low) > 4
            )
        ):
            j -= 1
        elif low == "to" and j - 1 >= lo and tokens[j - 1].lower in res.catenatives:
            j -= 2
        elif low in res.catenatives and j + 1 < len(tokens) and tokens[j + 1].lower == "to":
            j -= 1
        elif low in res.time_words and j - 1 >= lo and tokens[j - 1].lower in res.prepositions:
            j -= 2  # `X on Wednesday described ...`
        elif (low in res.day_words or low in res.floating_quantifiers) and (
            j - 1 >= lo and tokens[j - 1].is_word
        ):
            j -= 1  # `The president Monday said`, `Blinken and Lavrov both said`
        elif width := phrase_before(tokens, j, lo, res.adverb_phrases):
            j -= width  # `Moscow in turn accuses ...`
        else:
            break
    return j


def _np_before(
    view: SentenceView, c: int, res: LanguageResources, lo: int = 0
) -> tuple[int, int] | None:
    """Token range of the noun phrase ending just before token c (verb), if any."""
    tokens = view.tokens
    j = _skip_left(view, c - 1, lo, res)
    if j < lo or view.in_quote(j):
        return None
    if (
        tokens[j].lower in res.relative_pronouns
        and j - 1 >= lo
        and (tokens[j - 1].text == "," or tokens[j - 1].is_word)
    ):
        # `X, who said ...` / `bronnen die waarschuwen`: the antecedent speaks.
        k = j - 1 if tokens[j - 1].text == "," else j
        return _np_before(view, k, res, lo)
    if tokens[j].text in (",", "-", "–", "—"):
        # `X, an ally of Y, said` / `X, die eerder ..., zei` / `X - Y imiterend - zei`:
        # skip the parenthetical.
        mark = tokens[j].text
        k = j - 1
        while k >= lo and tokens[k].text != mark and not view.in_quote(k):
            k -= 1
        if k <= lo and mark == ",":
            # `Analisten die de regio bestuderen, zeggen`: a restrictive relative clause
            # closed by a comma belongs to the noun before its pronoun.
            r = _relative_pronoun_after_noun(view, lo, j, res, closed=True)
            return _source_before(view, r, res, lo) if r is not None else None
        if k <= lo or j - k > 25 or view.in_quote(k):
            return None
        first = tokens[k + 1].lower if k + 1 < j else ""
        if mark == "," and (
            first in res.interview_participles  # `X, asked about the threat, said`
            or (j - k == 2 and (first in res.discourse_markers or first in res.adverbs))
        ):  # (`The Kremlin, however, said`): the subject is the phrase before the commas
            return _source_before(view, k, res, lo)
        # (`X, a defence analyst who writes a newsletter, said`: a cue in a relative clause
        # inside the apposition does not make it a clause)
        own_end = next((m for m in range(k + 2, j) if tokens[m].lower in res.relative_pronouns), j)
        if (first in res.subordinators and first not in res.relative_pronouns) or (
            # `X, who asked not to be named, said`: a relative clause may hold a cue
            first not in res.relative_pronouns
            and any(
                tokens[m].lower in res.cues for m in range(k + 1, own_end) if not view.in_quote(m)
            )
            and mark == ","
        ):
            return None  # a clause, not an apposition
        head = _np_before(view, k, res, lo)
        if head is None:
            return None
        if not _names_a_source(view, head, res):
            # `The host, Lithuania's president Gitanas Nauseda, said`: the apposition names it
            if (
                mark == ","
                and first not in res.relative_pronouns
                and _names_a_source(view, (k + 1, j), res)
            ):
                return (head[0], j)
            return None
        if first in res.relative_pronouns and (first not in res.complementizers or mark == ","):
            # `Poetin, die ..., zei`, `Het rapport, dat door X is ingezien, stelt`: the relative
            # clause is no part of the name (a that-clause never stands between commas there)
            return _with_name_before(view, head, res, lo)
        if _present_participle(first, res):
            return head  # `X, speaking on condition of anonymity, said`: a participle clause
        # `Lind, the spokesperson for the president, Anna Berg, said`: one more level.
        if (
            head[0] - 1 > lo
            and tokens[head[0] - 1].text == ","
            and not tokens[head[0]].is_capitalised
        ):
            outer = _np_before(view, head[0] - 1, res, lo)
            if (
                outer is not None
                and tokens[outer[1] - 1].is_capitalised
                and tokens[outer[0]].is_capitalised
            ):
                return (outer[0], j)
        return (head[0], j)
    if tokens[j].text == ")":
        # `the Institute for Arms Studies (IAS) reported`
        k = j - 1
        while k >= lo and tokens[k].text != "(":
            k -= 1
        if k <= lo or j - k > 8:
            return None
        head = _np_before(view, k, res, lo)
        return (head[0], j + 1) if head is not None else None
    if (
        tokens[j].text == "."
        and j - 1 >= lo
        and len(tokens[j - 1].text) == 1
        and tokens[j - 1].is_capitalised
    ):
        j -= 1  # an initial: `Jan K. zei`
    end = j + 1
    if tokens[end].text == "." and end < c:
        end += 1
    s = j
    if not is_np_token(tokens[j], res) or tokens[j].text in ("-", "."):
        return None
    while s - 1 >= lo and end - (s - 1) <= MAX_PHRASE_TOKENS and not view.in_quote(s - 1):
        prev = tokens[s - 1]
        if prev.text in _DASHES and prev.end < tokens[s].start:
            break  # `VIENNA, March 4 - The head of ...`: a spaced dash ends a dateline
        if is_np_token(prev, res) or _opens_compound(tokens, s - 1, res):
            s -= 1
        elif (
            prev.lower in res.conjunctions
            and prev.lower in ("en", "and", "&")
            and s - 2 >= lo
            and (
                tokens[s - 2].is_capitalised
                or tokens[s - 2].text == ")"
                or tokens[s - 2].lower in res.role_nouns
            )
            and any(t.is_capitalised or t.lower in res.role_nouns for t in tokens[s:end])
        ):
            s -= 1  # `Jansen en De Vries`, `president en premier Brasko`
        elif prev.text in ("(", ")"):
            s -= 1
        elif (
            prev.lower in res.prepositions
            and prev.lower not in res.subordinators  # `on Sunday after Putin said`
            and s - 2 >= lo
            and tokens[s - 2].lower not in res.time_words
            and not view.in_quote(s - 2)
            and (
                is_source_noun(tokens[s - 2].lower, res)
                # (a capitalised word before a verb-second verb may be a fronted phrase)
                or (
                    tokens[s - 2].is_capitalised
                    and tokens[s - 2].is_word
                    and s - 2 > 0
                    and not res.verb_second
                )
            )
        ):
            s -= 1  # `the foreign ministry in Oslo`, `the envoy to the UN`, `a charity in the city`
        else:
            break
    # `Deskundigen die het programma volgen zeggen`: the phrase ends before a relative clause.
    r = _relative_pronoun_after_noun(view, s, end, res)
    if r is not None and r > s:
        end = r
    # Drop leading words that cannot start a subject.
    while (
        s + 1 < end
        and tokens[s].lower in res.discourse_markers
        and tokens[s].lower not in res.determiners
    ):
        s += 1
    while s < end and (
        tokens[s].text in ("(", ")", "-", ".")
        or (
            tokens[s].lower in res.np_prepositions
            and not (tokens[s].is_capitalised and s + 1 < end and tokens[s + 1].is_word)
        )
    ):
        s += 1
    source = _source_before_postmodifier(view, s, lo, res)
    if source is not None:
        return source  # `Sources close to the Kremlin said`: the sources speak
    return (s, end) if s < end else None


def _source_before_postmodifier(
    view: SentenceView, s: int, lo: int, res: LanguageResources
) -> tuple[int, int] | None:
    """The source noun phrase before a postmodifier that ends right before token s (`people
    familiar with`, `sources close to`), if any."""
    tokens = view.tokens
    for p in res.source_postmodifiers:
        k = s - len(p)
        if k - 1 >= lo and phrase_at(tokens, k, (p,)):
            head = _source_before(view, k, res, lo)
            if head is not None:
                return head
    # `specialists interviewed for this article said`, `diplomats based in Vienna said`: a
    # participle and its preposition after the source
    k = s - 2
    if (
        k - 1 >= lo
        and tokens[s - 1].lower not in res.subordinators
        and postmodifier_participle(tokens, k, s, res)
    ):
        return _source_before(view, k, res, lo)
    return None


def _source_before(
    view: SentenceView, k: int, res: LanguageResources, lo: int
) -> tuple[int, int] | None:
    """The noun phrase ending before token k, if it names a source."""
    head = _np_before(view, k, res, lo)
    return head if head is not None and _names_a_source(view, head, res) else None


def _relative_pronoun_after_noun(
    view: SentenceView, lo: int, hi: int, res: LanguageResources, closed: bool = False
) -> int | None:
    """The last relative pronoun in tokens lo..hi that follows a noun and opens a clause
    without a comma (`analisten die ...`), if any. `closed`: a comma closes the clause before
    the verb, so a pronoun that is also a complementizer counts (`een Kamerlid dat ..., zei`)."""
    tokens = view.tokens
    for r in range(hi - 1, lo, -1):
        tok = tokens[r]
        if view.in_quote(r) or tok.text in (",", ";", ":"):
            return None
        noun = tokens[r - 1]
        if (
            tok.lower in res.relative_pronouns
            and (closed or tok.lower not in res.complementizers)
            and noun.lower not in res.cues
            and noun.is_word
            # a noun that can speak (`heeft die taak`: a determiner after a verb)
            and (
                (noun.is_capitalised and noun.lower not in res.determiners)
                or noun.lower in res.source_nouns
                or is_source_noun(noun.lower, res)
            )
        ):
            return r
    return None


def _names_a_source(view: SentenceView, rng: tuple[int, int], res: LanguageResources) -> bool:
    """Does the phrase hold a name, pronoun or a noun that can speak (role, group, medium ...)?"""
    for tok in view.tokens[rng[0] : rng[1]]:
        low = tok.lower
        base = low.split("-")[-1]
        if tok.is_capitalised and tok.is_word and low not in res.determiners:
            return True
        if (
            low in res.pronouns
            or base in res.role_nouns
            or low in res.group_nouns
            or (
                low in res.media_nouns or low in res.document_nouns or low in res.organization_nouns
            )
            or (tok.is_word and noun_for_people(low, res) is not None)
        ):
            return True
    return False


def _pronoun_at(tokens: list[Token], i: int, hi: int, res: LanguageResources) -> bool:
    """Whether token i is a pronoun standing for a noun phrase: a demonstrative only when it
    determines no noun after it (`zei deze tegen`, not `deze week`)."""
    low = tokens[i].lower
    info = res.pronouns.get(low)
    if info is None:
        return False
    if not info.get("demonstrative") or i + 1 >= hi:
        return True
    nxt = tokens[i + 1]
    return not nxt.is_word or (
        nxt.lower in res.prepositions
        or nxt.lower in res.conjunctions
        or nxt.lower in res.adverbs
        or nxt.lower in res.auxiliaries
        or nxt.lower in res.cues
    )


def _np_after(
    view: SentenceView, i: int, res: LanguageResources, hi: int | None = None
) -> tuple[int, int] | None:
    """Token range of the noun phrase starting at token i (an inverted subject or an object)."""
    tokens = view.tokens
    hi = len(tokens) if hi is None else hi
    while i < hi and (tokens[i].lower in res.adverbs and tokens[i].lower not in res.pronouns):
        i += 1
    if i >= hi:
        return None
    first = tokens[i]
    if first.lower in res.day_words:
        return None  # `reported Monday`: a day, no source
    if _pronoun_at(tokens, i, hi, res) and not view.in_quote(i):
        return (i, i + 1)
    if view.in_quote(i) and first.text in _OPENING_MARKS:
        # A quoted title: `‘The New York Times’`.
        q = view.quote_of[i]
        k = i
        while k < hi and view.quote_of[k] == q:
            k += 1
        return (i, k) if k - i <= 10 else None
    if view.in_quote(i):
        return None
    if not (first.is_word or first.text in ("‘", "'", "“", '"')):
        return None
    if first.lower in res.prepositions and first.lower not in res.np_prepositions:
        return None
    if first.lower in res.subordinators or first.lower in res.complementizers:
        return None
    j = i
    while j < hi and j - i < MAX_PHRASE_TOKENS:
        tok = tokens[j]
        low = tok.lower
        if view.in_quote(j) and j > i and tokens[i].text not in ("‘", "'", "“", '"'):
            break
        if tok.text == ",":
            # Apposition with a name: `the agency director, Tom Haas`
            k = j + 1
            while k < hi and tokens[k].is_word and tokens[k].is_capitalised:
                k += 1
            if k > j + 1 and (k >= hi or tokens[k].text in (",", ".", "!", "?")):
                j = k
            break
        if j > i and low in res.time_words and not tok.is_capitalised:
            break
        if j > i and low in res.content_opening_pronouns and not tok.is_capitalised:
            break  # `told reporters there were ...`, `told reporters they would ...`
        if j > i and phrase_at(tokens, j, res.source_postmodifiers):
            break  # `according to people familiar with the matter`: the people are the source
        if (
            j > i
            and low in res.relative_pronouns
            and low not in res.complementizers
            and tokens[j - 1].is_word
            and tokens[j - 1].lower not in res.determiners
        ):
            break  # `een oud-officier die nu ...`: a relative clause, not part of the phrase
        if (
            j > i
            and low in res.articles
            and tokens[j - 1].is_word
            and tokens[j - 1].lower not in res.determiners
            and tokens[j - 1].lower not in res.prepositions
            and tokens[j - 1].lower not in res.np_prepositions
            and tokens[j - 1].lower not in res.conjunctions
            and not (low in NAME_JOINERS and j + 1 < hi and tokens[j + 1].is_capitalised)
        ):
            break  # `told AFP the warheads had not moved`, `told reporters the Kremlin was
            # ...`: a second noun phrase begins
        if j > i and tok.is_capitalised and low in res.time_words:
            break  # `told Interfax Monday that ...`
        if (
            res.verb_second
            and j > i + 1
            and tok.is_word
            and not tok.is_capitalised
            and tokens[j - 1].is_capitalised
            and tokens[j - 2].is_word
            and not tokens[j - 2].is_capitalised
            and tokens[j - 2].lower not in res.determiners
            and tokens[j - 2].lower not in res.prepositions
            and tokens[j - 2].lower not in res.np_prepositions
            and low not in res.prepositions
            and low not in res.np_prepositions
            and low not in res.conjunctions
            and low not in res.relative_pronouns
            and low not in NAME_JOINERS
        ):
            break  # `volgens de inlichtingendienst HUR bereidt ...`: the verb after the name
        if low in res.np_prepositions:
            if j + 1 < hi and (tokens[j + 1].is_word) and tokens[j + 1].lower not in res.time_words:
                j += 1
                continue
            break
        if (
            not is_np_token(tok, res)
            and not (view.in_quote(j) and j == i)
            and not (tok.text in ("‘", "’", "'", "“", "”", '"') and j > i)
            and not (j + 1 < hi and _opens_compound(tokens, j, res))
            and not _noun_use(tokens, j, res)  # `the report`
        ):
            break
        j += 1
    # Trim trailing punctuation.
    while (
        j > i and not tokens[j - 1].is_word and tokens[j - 1].text not in ("’", "'", "”", '"', ")")
    ):
        j -= 1
    # A determiner ends no noun phrase (`stelde het IAEA deze week vast`: the time phrase).
    while j - i > 1 and tokens[j - 1].lower in res.determiners and not tokens[j - 1].is_capitalised:
        j -= 1
    return (i, j) if j > i else None


def _mention(
    text: str, view: SentenceView, rng: tuple[int, int] | None, res: LanguageResources
) -> Mention | None:
    if rng is None:
        return None
    mention = classify(text, view.tokens, rng[0], rng[1], res, sentence_start=0)
    if not mention.text or not any(ch.isalpha() for ch in mention.text):
        return None
    return mention


def _is_plausible_speaker(mention: Mention | None, res: LanguageResources) -> bool:
    if mention is None:
        return False
    if mention.pronoun:
        return res.pronouns[mention.pronoun].get("person") == 3
    return bool(mention.name or mention.type != "unknown" or mention.head)


# --------------------------------------------------------------------------- channels


def _channel(
    text: str,
    view: SentenceView,
    lo: int,
    hi: int,
    res: LanguageResources,
    cue: Cue | None = None,
    object_at: int | None = None,
) -> tuple[str, tuple[int, int]] | None:
    """The medium of a statement, looked for in tokens[lo:hi] (outside its content)."""
    tokens = view.tokens
    if cue is not None and cue.object_is_channel and object_at is not None:
        rng = _np_after(view, object_at, res, hi)
        if rng is not None:
            m = classify(text, tokens, rng[0], rng[1], res)
            if m.type == "media" or (m.name and m.type not in ("person",) and not m.pronoun):
                return m.text, m.span
    lows = [t.lower for t in tokens]
    present = set(lows[lo:hi])
    for frame in res.channel_frames:
        n = len(frame)
        if frame[0] not in present or frame[-1] not in present:
            continue
        for i in range(lo, max(lo, hi - n + 1)):
            if lows[i] == frame[0] and tuple(lows[i : i + n]) == frame:
                rng = (
                    _np_after(view, i + n, res, hi)
                    if frame[-1] in res.prepositions or frame[-1] in res.np_prepositions
                    else None
                )
                if rng is not None:
                    m = classify(text, tokens, rng[0], rng[1], res)
                    if m.type == "media" or (m.name and m.type != "person" and not m.pronoun):
                        return m.text, m.span
                    continue  # `speaking on condition of anonymity`: no medium
                s, e = tokens[i].start, tokens[i + n - 1].end
                return text[s:e], (s, e)
    for i in range(lo, hi):
        if lows[i] in res.channel_markers and not view.in_quote(i):
            rng = _np_after(view, i + 1, res, hi)
            if rng is None:
                continue
            m = classify(text, tokens, rng[0], rng[1], res)
            if m.type == "media":
                return m.text, m.span
    return None


# --------------------------------------------------------------------------- constructions


# A wire-copy dateline that opens a story's first sentence: `MOSCOW (Reuters) - `, `KYIV,
# Ukraine (AP) — `, `Moskou (ANP) - `. A place in capitals, or a place and an agency, then a
# dash and the sentence proper; it is no part of what anyone said.
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z'’.-]{2,}(?:[ -][A-Z][A-Z'’.-]+)*(?:,[^\S\n]*[A-Z][\w'’. -]{1,30}?)?"
    r"(?:[^\S\n]*\([^()\n]{1,25}\))?"
    r"|[A-Z][\w'’.-]+(?:[ -][A-Z][\w'’.-]+)*[^\S\n]*\([^()\n]{1,25}\))"
    r"[^\S\n]*[-–—]{1,2}[^\S\n]+(?=[\"“„'‘]?[A-Z])"
)
# A live blog's time stamp: a clock time, a time zone (`19:40 GMT - `) or one of the
# language's `time_stamp_words` (`13.47 uur - `), a dash.
_TIME_STAMP = re.compile(
    r"\d{1,2}[:.]\d{2}(?:[^\S\n]+(\w+))?[^\S\n]*[-–—]{1,2}[^\S\n]+(?=[\"“„'‘]?[A-Z])"
)


def _after_dateline(text: str, start: int, end: int, res: LanguageResources) -> int:
    """Where a sentence starting at `start` begins after a dateline or a time stamp."""
    m = _DATELINE.match(text, start, end)
    if m:
        return m.end()
    m = _TIME_STAMP.match(text, start, end)
    if m:
        word = m.group(1)
        if (
            word is None
            or (2 <= len(word) <= 4 and word.isascii() and word.isalpha() and word.isupper())
            or word in res.time_stamp_words
        ):
            return m.end()
    return start


def _content_before(
    text: str, view: SentenceView, upto: int, res: LanguageResources
) -> tuple[str, list[tuple[int, int]]] | None:
    """Content of a post-posed attribution: the sentence up to token `upto` (exclusive),
    from its last colon on (`X took a different view: the ceasefire held, she noted`)."""
    s_start = view.sentence.start
    tokens = view.tokens
    colon = next(
        (
            k
            for k in range(min(upto, len(tokens)) - 1, -1, -1)
            if tokens[k].text == ":"
            and not view.in_quote(k)
            and k + 1 < len(tokens)
            and tokens[k + 1].start > tokens[k].end  # (not a clock time: 04:30)
        ),
        None,
    )
    if colon is not None and colon + 1 < upto:
        s_start = tokens[colon].end
    end_char = view.tokens[upto].start if upto < len(view.tokens) else view.sentence.end
    s_start = _after_dateline(text, s_start, end_char, res)
    quote = _sole_quote(text, view, s_start, end_char) or _led_in_quote(
        text, view, s_start, end_char
    )
    if quote is not None:
        span = _span_of(text, quote.start, quote.end, quoted=True)
        return ("direct", [span]) if span else None
    span = _span_of(text, s_start, end_char)
    return ("indirect", [span]) if span else None


_LEAD_IN_WORDS = 8


def _led_in_quote(text: str, view: SentenceView, start: int, end: int) -> Quote | None:
    """A quotation that ends the content after a short lead-in of the narrator's (`If that
    happens, “it will be ...,” he said`): the quote is what was said."""
    for q in view.quotes:
        if q.depth or not q.closed or q.open_start <= start:
            continue
        if q.close_end > end + 1:
            continue  # the quote lies beyond the content
        lead = text[start : q.open_start].rstrip()
        after = text[q.close_end : end].strip(" ,:;.–—-")
        if after or not lead.endswith((",", ":")):
            continue
        if len(lead.split()) <= _LEAD_IN_WORDS:
            return q
    return None


def _sole_quote(text: str, view: SentenceView, start: int, end: int) -> Quote | None:
    """The quotation that makes up all of text[start:end], punctuation aside."""
    for q in view.quotes:
        if q.depth:
            continue
        before = text[start : q.open_start].strip(" ,:;–—-")
        after = text[q.close_end : end].strip(" ,:;.–—-")
        if q.open_start >= start and q.close_end <= end + 1 and not before and not after:
            return q
        if q.open_start >= start and not before and not q.closed and q.end >= end - 1:
            return q
    return None


def _post_posed(
    text: str, view: SentenceView, c: int, cue: Cue, res: LanguageResources
) -> Draft | None:
    """`Q, said X` / `Q, X said` / `"Q" he told Y`."""
    tokens = view.tokens
    if (
        c + 2 < len(tokens)
        and tokens[c + 1].text in (",", ":")
        and view.in_quote(c + 2)
        and not view.in_quote(0)
    ):
        return None  # `Earlier that day, Lavrov said, "..."`: the quotation ahead is the content
    # Inverted: `..., zei X` / `"...," said X`
    j = c - 1
    while j >= 0 and tokens[j].lower in res.adverbs and not view.in_quote(j):
        j -= 1
    after_comma = j >= 0 and (
        tokens[j].text == "," or (view.in_quote(j) and tokens[j].text in _CLOSING_MARKS)
    )
    if (
        after_comma
        and c + 1 < len(tokens)
        and tokens[c + 1].lower in res.impersonal_subjects
        and (c + 2 >= len(tokens) or _is_attribution_tail(view, c + 2, res, cue))
        # (`..., zei het Witte Huis`: "het" is the article of a name, not the pronoun)
        and not (c + 2 < len(tokens) and tokens[c + 2].is_capitalised)
    ):
        # `..., klonk het.`: the previous speaker goes on; resolved like a continuation.
        found = _content_before(text, view, j if tokens[j].text == "," else j + 1, res)
        if found is not None:
            kind, spans = found
            return Draft(kind, spans, tokens[c], None, view.index, impersonal=True)
    # `... for the country said Dmitry Rogozin, head of ...`: inverted without a comma, when
    # a proper name follows the verb and only the attribution's tail comes after it
    bare = (
        not after_comma
        and res.bare_inversion
        and j >= 3
        and tokens[j].is_word
        and not tokens[j].is_capitalised  # `Petrov told Interfax`: Petrov is the subject
        and tokens[j].lower not in res.pronouns
        and tokens[j].lower not in res.conjunctions  # `... and urged Russia to stop`
        and not cue.object_is_channel
        and not view.in_quote(j)
        and c + 1 < len(tokens)
        and tokens[c + 1].is_capitalised
    )
    if (
        (after_comma or bare)
        and not cue.object_is_channel  # `..., told reporters`: the object, never the subject
        and not _subject_with_apposition(view, c, res)
    ):
        subj = _np_after(view, c + 1, res)
        named = subj
        if (
            subj is not None
            and cue.particle
            and subj[1] - subj[0] > 1
            and tokens[subj[1] - 1].lower == cue.particle
        ):
            named = (subj[0], subj[1] - 1)  # `..., stelde het IAEA vast`: the particle ends it
        mention = _mention(text, view, named, res)
        if (
            mention is not None
            and subj is not None
            and _is_speaker_like(mention, res)
            and (not bare or (mention.name is not None and mention.type in ("person", "unknown")))
            and (
                _is_attribution_tail(view, subj[1], res, cue)
                or (not bare and _joined_quote_after(view, subj[1], text))
            )
        ):
            end = j if after_comma else c
            return _post_posed_draft(text, view, c, end, subj[1], mention, cue, res, inverted=True)
    # Subject first: `..., Orsen said` / `"..." he said`
    subj = _np_before(view, c, res)
    if subj is None:
        return None
    k = subj[0] - 1
    if k < 0:
        return None
    if not (tokens[k].text == "," or (view.in_quote(k) and tokens[k].text in _CLOSING_MARKS)):
        return None
    if (
        subj[1] - subj[0] > 1
        and tokens[subj[0]].lower in res.relative_pronouns
        and tokens[subj[0] + 1].lower in res.determiners
    ):
        return None  # `X, die een boek schreef over ...`: a relative clause, its object after it
    after = c + 1
    if not (_is_attribution_tail(view, after, res, cue) or _joined_quote_after(view, after, text)):
        return None
    parenthetical = (
        after < len(tokens) - 2 and tokens[after].text == "," and not view.in_quote(after + 1)
    )
    if not view.in_quote(k) and len([t for t in tokens[:k] if t.is_word]) < 3 and not parenthetical:
        return None  # `But late on Thursday, the ministry said ...` is not content (but
        # `Nato leaders, he wrote, should remember ...` goes on after the attribution)
    mention = _mention(text, view, subj, res)
    if not _is_plausible_speaker(mention, res) or mention is None:
        return None
    return _post_posed_draft(text, view, c, k, after, mention, cue, res)


def _post_posed_around_subject(
    text: str, view: SentenceView, c: int, cue: Cue, res: LanguageResources
) -> Draft | None:
    """`..., liet minister Caspar Veldkamp weten.`: the finite verb opens the attribution, the
    subject stands between it and the cue."""
    tokens = view.tokens
    v = next(
        (k for k in range(c - 1, max(0, c - 10), -1) if tokens[k].lower in cue.requires_before),
        None,
    )
    if v is None or v < 2 or view.in_quote(v):
        return None
    end = v - 1
    while end > 1 and tokens[end].lower in res.adverbs and not view.in_quote(end):
        end -= 1  # `..., zo liet X weten`
    if not _closes_content(view, end):
        return None
    subj = _np_after(view, v + 1, res, c)
    mention = _mention(text, view, subj, res)
    if (
        subj is None
        or not _adverbials_only(view, subj[1], c, res)  # (`liet de minister woensdag weten`)
        or mention is None
        or not _is_speaker_like(mention, res)
        or not _is_attribution_tail(view, c + 1, res, cue)
    ):
        return None
    return _post_posed_draft(text, view, c, end, c + 1, mention, cue, res, inverted=True)


def _adverbials_only(view: SentenceView, lo: int, hi: int, res: LanguageResources) -> bool:
    """Whether tokens lo..hi are time words, adverbs or phrases opened by a preposition (`in
    een verklaring`, `aan persbureau TASS`), with no comma or reporting verb among them."""
    tokens = view.tokens
    in_phrase = False
    for k in range(lo, hi):
        low = tokens[k].lower
        if tokens[k].text in (",", ";", ":") or low in res.cues or view.in_quote(k):
            return False
        if low in res.prepositions:
            in_phrase = True
        elif not (in_phrase or low in res.time_words or low in res.adverbs):
            return False
    return True


def _is_attribution_tail(view: SentenceView, i: int, res: LanguageResources, cue: Cue) -> bool:
    """Can tokens[i:] end a post-posed attribution (`..., he said on Thursday to a news agency.`)
    rather than carry a complement (`... he said the alliance could not ...`)?"""
    tokens = view.tokens
    if i >= len(tokens) or tokens[i].text in (",", ".", "!", "?", "…", ";") or view.in_quote(i):
        return (
            not any(
                t.lower in res.complementizers or t.text == ":" for t in _until_comma(tokens, i + 1)
            )
            if i < len(tokens) and tokens[i].text != ","
            else True
        )
    first = tokens[i].lower
    if first in res.relative_pronouns and first not in res.complementizers:
        # `said a former officer who now works at a think tank`: a relative clause about
        # the speaker ends the attribution
        return True
    segment = _until_comma(tokens, i)
    if any(t.lower in res.complementizers or t.text == ":" for t in segment):
        return False
    if (
        first in res.prepositions
        or first in res.np_prepositions
        or first in res.time_words
        or (first in res.adverbs)
        # `deze week`, `this week`: a time phrase
        or (
            first in res.determiners
            and i + 1 < len(tokens)
            and tokens[i + 1].lower in res.time_words
        )
    ):
        return len(segment) <= POSTPOSED_TAIL
    if cue.object_is_channel:
        return len(segment) <= 10
    # `"...," he said the day before the meeting.`: after a quotation, a short tail is no content.
    j = i - 2
    while j >= 0 and not view.in_quote(j) and i - j < 8:
        j -= 1
    return j >= 0 and view.in_quote(j) and len(segment) <= 6


def _until_comma(tokens: list[Token], i: int) -> list[Token]:
    out = []
    for tok in tokens[i:]:
        if tok.text == ",":
            break
        out.append(tok)
    return out


def _adverb_aside(view: SentenceView, j: int, res: LanguageResources) -> bool:
    """Whether the comma at j closes an aside of adverbs only (`Putin, however, dismissed`):
    no apposition, so the verb after it may be a description, not speech."""
    tokens = view.tokens
    k = j - 1
    while k >= 0 and tokens[k].text != ",":
        if not (tokens[k].lower in res.adverbs or tokens[k].lower in res.discourse_markers):
            return False
        k -= 1
    return k >= 0 and k < j - 1


def _subject_with_apposition(view: SentenceView, c: int, res: LanguageResources) -> bool:
    """`Eva Lund, the director of X, said ...`: the subject and its apposition open the
    clause, so the comma before the verb does not close a post-posed content."""
    rng = _np_before(view, c, res)
    if rng is None:
        return False
    tokens = view.tokens
    if not any(t.text == "," for t in tokens[rng[0] : c]):
        return False  # (a relative clause after the subject is not part of its range)
    before = tokens[rng[0] - 1] if rng[0] else None
    return (
        before is None
        or before.text in (",", ";", ":")
        or (view.in_quote(rng[0] - 1) and before.text in _CLOSING_MARKS)  # `‘...,’ Mr X, the`
        or before.lower in res.conjunctions
        or (before.lower in res.discourse_markers)
    )


def _is_speaker_like(mention: Mention, res: LanguageResources) -> bool:
    """A name, pronoun, role, group, medium, document or organisation — not just any noun."""
    if mention.pronoun:
        return res.pronouns[mention.pronoun].get("person") == 3
    return bool(mention.name or mention.roles) or mention.type in (
        "group",
        "media",
        "document",
        "organization",
        "person",
    )


def _joined_quote_after(view: SentenceView, i: int, text: str) -> bool:
    """Does a quote follow the attribution, after a comma: `"A," he said, "B."`?"""
    tokens = view.tokens
    while i < len(tokens) and not view.in_quote(i):
        i += 1
    return i < len(tokens) and i > 0 and tokens[i - 1].text == ","


def _post_posed_draft(
    text: str,
    view: SentenceView,
    c: int,
    content_end_tok: int,
    attribution_end: int,
    mention: Mention,
    cue: Cue,
    res: LanguageResources,
    inverted: bool = False,
) -> Draft | None:
    found = _content_before(text, view, content_end_tok, res)
    if found is None:
        return None
    kind, spans = found
    tokens = view.tokens
    # `a new missile, which, Putin said, should deter ...`: the words before the attribution
    # are the narrator's; the speaker's content is the rest of the relative clause.
    before = content_end_tok - 1
    while before >= 0 and tokens[before].text == ",":
        before -= 1
    relative = kind == "indirect" and before >= 0 and tokens[before].lower in res.relative_pronouns
    if relative:
        spans = []
    if kind == "indirect" and not inverted:
        # `Talking, the minister argued, is the only way ...`: the content goes on.
        k = attribution_end
        while k < len(tokens) and tokens[k].text != "," and not view.in_quote(k):
            k += 1
        if (
            k + 1 < len(tokens)
            and tokens[k].text == ","
            and not view.in_quote(k + 1)
            and not (
                tokens[k + 1].lower in res.participles
                or tokens[k + 1].lower in res.conjunctions
                # `..., the ministers said, signalling a shift`: the narrator's comment
                or _present_participle(tokens[k + 1].lower, res)
            )
            and len(tokens) - k > 4
        ):
            rest = _span_of(text, tokens[k + 1].start, view.sentence.end)
            if rest:
                spans.append(rest)
    if not spans:
        return None
    # A second quote after the attribution (`"A," he said, "B."`) is the same statement.
    i = attribution_end
    while i < len(tokens) and not view.in_quote(i):
        i += 1
    if kind == "direct" and i < len(tokens) and tokens[i - 1].text in (",", ":"):
        q = view.quotes[view.quote_of[i] or 0]
        second = _span_of(text, q.start, q.end, quoted=True)
        if second:
            spans.append(second)
    channel = _channel(text, view, c + 1, len(tokens), res, cue, object_at=attribution_end)
    return Draft(kind, spans, tokens[c], mention, view.index, channel, plural_cue=cue.plural)


def _present_participle(low: str, res: LanguageResources) -> bool:
    """Whether the word is a present participle (`speaking`, `signalling`) by the language's
    suffix, long enough not to be a short word that ends so (`thing`)."""
    return bool(res.participle_suffix) and low.endswith(res.participle_suffix) and len(low) > 5


_TOLD_OBJECT = 7  # tokens of the object after `told` before a bare clause (`the state news
# agency RIA Novosti`)


def _complement_start(
    view: SentenceView, i: int, cue: Cue, res: LanguageResources
) -> tuple[int, str] | None:
    """Where the reported content begins after the verb at i-1, and how it attaches."""
    tokens = view.tokens
    n = len(tokens)
    while i < n - 1 and not view.in_quote(i):
        if tokens[i].lower in res.time_words:
            i += 1  # `said Tuesday it had seen no change`: the time belongs to the saying
        elif (
            i < n - 2
            and tokens[i].lower in res.prepositions
            and tokens[i + 1].lower in res.time_words
            and (
                tokens[i + 2].lower in cue.prepositions
                or tokens[i + 2].lower in res.complementizers
            )
        ):
            i += 2  # `sprak na afloop van`, `said on Monday that`
        else:
            break
    if cue.particle:
        for k in range(i, min(n, i + COMPLEMENT_WINDOW)):
            if tokens[k].lower == cue.particle:
                i = k + 1
                break
        else:
            return None
    if i < n and tokens[i].lower in res.expletives and cue.complement == "any":
        return (i, "bare")
    if any(
        (tokens[k].lower in cue.complementizers or tokens[k].lower in res.complementizers)
        and _noun_complement(view, i, k, res)
        for k in range(i, min(n, i + COMPLEMENT_WINDOW))
    ):
        return None  # `dismissed reports that ...`: an act on a claim, not the speaker's
    in_relative = _in_relative_clause(view, i, 0, res)  # the verb reports in a relative clause
    if cue.infinitive_object and (found := _infinitive_after_object(view, i, res)) is not None:
        return (found, "infinitive")
    if cue.infinitive_content and _te_infinitive_follows(view, i, res):
        return (i, "infinitive")  # `liet weten weinig te zien in ...`
    for k in range(i, min(n, i + COMPLEMENT_WINDOW)):
        tok = tokens[k]
        if view.in_quote(k):
            if k > i and tokens[k - 1].text == ":":
                return (k, "colon")
            if k == i + 1 and tokens[i].text == ",":
                return (k, "quote")  # `Lavrov said, "..."`: the quotation is the content
            q = view.quote_of[k]
            width = sum(1 for m in range(k, min(n, k + 8)) if view.quote_of[m] == q)
            if width <= 6 and k > i:
                continue  # a title: `warned on CNN's “New Day” that ...`
            break
        low = tok.lower
        if k > i and low in res.auxiliaries and res.complementizer_optional:
            break  # `said they had seen no sign that ...`: the content began without `that`
        if low in cue.complementizers or low in res.complementizers:
            if low in res.question_complementizers and any(
                tokens[m].lower in res.infinitive_markers for m in range(i, k)
            ):
                break  # `threatened to use them if attacked`: a condition on the infinitive
            if (
                k > 0
                and tokens[k - 1].lower in res.prepositions
                and tokens[k - 1].lower != cue.particle
            ):
                break  # `zonder dat`, `so that`: an adverbial clause, not the content
            return (k + 1, "that")
        if (
            low in res.subordinators
            and k > i
            and not (
                low in res.adverbs and k + 1 < n and tokens[k + 1].lower in res.complementizers
            )
        ):
            break  # (but `zei in oktober al dat ...`: the adverb `al`, not the subordinator)
        if tok.text == ":" and not _clock_colon(view, k):
            if k > i and in_relative:
                break  # `..., where officials say 40 died: "..."`: the quote is not theirs
            return (k + 1, "colon")
        if low in cue.prepositions and k == i:
            return (k + 1, "prep")
        if (
            low in res.cues
            and k > i
            and not _noun_use(tokens, k, res)
            and not _after_article(tokens, k, res)  # (`in a written statement that`)
        ):
            break  # (`said in a report that`: a noun)
        if tok.text in (";",):
            break
    colon = next(
        (
            k
            for k in range(i, n - 1)
            if tokens[k].text == ":" and not view.in_quote(k) and view.in_quote(k + 1)
        ),
        None,
    )
    if colon is not None and colon > i and in_relative:
        colon = None  # (as above)
    if colon is not None and not any(
        tokens[k].lower in res.complementizers or tokens[k].lower in res.cues
        for k in range(i, colon)
        if not view.in_quote(k)
        and tokens[k].lower not in res.subordinators
        and not _in_relative_clause(view, k, i, res)
    ):
        # `said during a visit to X, where ...: "..."` (also when the relative clause reports
        # something itself: `..., where officials say 40 died: "..."`)
        return (colon + 1, "colon")
    if cue.object_is_channel and not cue.requires_complementizer:
        # `she told reporters the talks had failed ...`: content after a short object.
        obj = _np_after(view, i, res)
        if (
            obj is not None
            and obj[1] - obj[0] <= _TOLD_OBJECT
            and obj[1] < n
            and n - obj[1] >= 4
            and (view.in_quote(obj[1]) or tokens[obj[1]].is_word)
        ):
            return (obj[1], "bare")
    if (
        res.complementizer_optional
        and not cue.requires_complementizer
        and i + 1 < n
        and (tokens[i].lower in res.content_opening_pronouns and tokens[i + 1].is_word)
    ):
        return (i, "bare")  # `announced it was suspending ...`
    if (
        res.complementizer_optional
        and not cue.requires_complementizer
        and not cue.requires_object
        and _clause_follows(view, i, res)
    ):
        return (i, "bare")  # `promised the process would be swift`: a clause without `that`
    if cue.requires_complementizer or cue.complement != "any":
        # `zei: "..."` is found above; a bare quote right after the verb also counts.
        if i < n and view.in_quote(i):
            return (i, "quote")
        return None
    # A bare complement: skip time adverbials and channel phrases first.
    k = i
    while k < n and (tokens[k].lower in res.adverbs or tokens[k].lower in res.time_words):
        k += 1
    if k < n and tokens[k].lower in res.prepositions and k + 1 < n:
        # `said on Thursday`, `said in a statement`: a short adverbial phrase.
        m = k + 1
        while (
            m < n
            and m - k <= 5
            and not (tokens[m].text == "," or tokens[m].lower in res.complementizers)
        ):
            if tokens[m].lower in res.time_words or tokens[m].is_capitalised:
                m += 1
                break
            m += 1
        if m - k <= 4 and (
            tokens[m - 1].lower in res.time_words
            or (res.complementizer_optional and tokens[m - 1].is_capitalised)
        ):
            k = m
    if cue.requires_object and (k >= n or tokens[k].lower in res.prepositions):
        return None
    if k >= n or (not tokens[k].is_word and not view.in_quote(k)):
        return None
    return (k, "bare")


def _noun_complement(view: SentenceView, i: int, k: int, res: LanguageResources) -> bool:
    """Whether the `that` at token k completes a content noun in the object that starts at i
    (`dismissed reports that ...`), not one inside a phrase (`said in a report that ...`) or
    a clause (`said they had seen no sign that ...`)."""
    tokens = view.tokens
    return (
        k > i
        and tokens[k - 1].lower in res.content_nouns
        and not any(
            tokens[m].lower in res.prepositions
            or tokens[m].lower in res.auxiliaries
            or tokens[m].lower in res.pronouns
            for m in range(i, k - 1)
        )
    )


def _clause_follows(view: SentenceView, i: int, res: LanguageResources) -> bool:
    """Whether a clause starts at token i: a noun phrase, then a finite auxiliary or modal,
    which may open a quotation (`said such accusations “may be ...”`)."""
    tokens = view.tokens
    subject = _np_after(view, i, res)
    if subject is None or subject[0] != i or subject[1] >= len(tokens) - 1:
        return False
    k = subject[1]
    if view.in_quote(k) and tokens[k].text in _OPENING_MARKS:
        k += 1  # the quotation opens before the verb
    return k < len(tokens) - 1 and tokens[k].lower in res.auxiliaries


def _infinitive_after_object(view: SentenceView, i: int, res: LanguageResources) -> int | None:
    """Where an infinitive clause starts after the object at token i (`warned Nato on Monday
    not to deploy ...`; `riep de VS op om ...`, where the object stood before the particle):
    its opener, or a negation right before it."""
    tokens = view.tokens
    n = len(tokens)
    obj = _np_after(view, i, res)
    k = obj[1] if obj is not None else i
    while obj is not None and k < n - 1 and tokens[k].lower in res.conjunctions:
        obj = _np_after(view, k + 1, res)  # `urged Kyiv and Moscow to ...`
        if obj is not None:
            k = obj[1]
    while k < n and tokens[k].lower not in res.negations:
        if tokens[k].lower in res.time_words or tokens[k].lower in res.adverbs:
            k += 1
        elif (
            k + 1 < n
            and tokens[k].lower in res.prepositions
            and (tokens[k + 1].lower in res.time_words)
        ):
            k += 2  # `on Monday`
        else:
            break
    start = k
    if k < n and tokens[k].lower in res.negations:
        k += 1
    if k < n - 1 and tokens[k].lower in res.infinitive_openers and not view.in_quote(k):
        return start
    return None


def _te_infinitive_follows(view: SentenceView, i: int, res: LanguageResources) -> bool:
    """Whether the words from token i are a short infinitive clause: an infinitive marker and
    its verb within a few words, before any comma, complementizer or other reporting verb."""
    tokens = view.tokens
    for k in range(i, min(len(tokens) - 1, i + 12)):
        tok = tokens[k]
        if (
            tok.text in (",", ";", ":")
            or tok.lower in res.complementizers
            or tok.lower in res.infinitive_openers  # `de oorlog om het land te ...`: a purpose
            or tok.lower in res.conjunctions  # `ontkende X en weigerde te reageren`
            or tok.lower in res.negations  # `zei niets over ...`
        ):
            return False
        if tok.lower in res.infinitive_markers and not view.in_quote(k):
            verb = k + 1
            if verb + 1 < len(tokens) and not tokens[verb].is_word and view.in_quote(verb + 1):
                verb += 1  # `te 'betreuren'`: a quoted verb
            # something to report before `te`, not just the verb's particle ("die ze zeggen
            # na te streven": the relative clause's own verb)
            said = [t for t in tokens[i:k] if t.is_word and t.lower not in res.prepositions]
            return bool(said) and tokens[verb].is_word and not tokens[verb].is_capitalised
    return False


def _in_relative_clause(view: SentenceView, k: int, lo: int, res: LanguageResources) -> bool:
    """Whether token k stands in a relative clause opened after token lo (`, where ...`)."""
    tokens = view.tokens
    for m in range(k - 1, lo, -1):
        if tokens[m].text in (",", ";", ":"):
            return False
        if tokens[m].lower in res.relative_pronouns and tokens[m - 1].text == ",":
            return True
    return False


def _relayed_by(text: str, view: SentenceView, k: int, res: LanguageResources) -> bool:
    """Whether a short source and a reporting verb start at token k (after a comma): the
    content before is relayed by that source (`..., state media reported Monday`)."""
    tokens = view.tokens
    np = _np_after(view, k, res)
    if np is None or np[1] >= len(tokens) or np[1] - np[0] > 4:
        return False
    cue = tokens[np[1]]
    if cue.lower not in res.cues or view.in_quote(np[1]):
        return False
    mention = _mention(text, view, np, res)
    return mention is not None and _is_speaker_like(mention, res) and not mention.pronoun


def _content_after(
    text: str,
    view: SentenceView,
    start_tok: int,
    res: LanguageResources,
    subordinate: bool = False,
    absolute: bool = False,
) -> tuple[str, list[tuple[int, int]]] | None:
    tokens = view.tokens
    end_tok = len(tokens)
    opens_with_subordinate = subordinate or (
        bool(tokens)
        and tokens[0].lower in res.subordinators
        and (tokens[0].lower not in res.complementizers)
    )
    for k in range(start_tok + 1, len(tokens)):
        if (
            opens_with_subordinate
            and view.in_quote(k)
            and tokens[k].text in _CLOSING_MARKS
            and (tokens[k - 1].text == ",")
        ):
            end_tok = k + 1  # `... where she said the plan “had failed,” led to ...`
            break
        if view.in_quote(k):
            continue
        if (
            tokens[k].text == ":"
            and k + 1 < len(tokens)
            and view.in_quote(k + 1)
            and not view.in_quote(start_tok)
        ):
            end_tok = k
            break
        if tokens[k - 1].text == "," and _post_posed_source_at(view, k, res):
            end_tok = k - 1  # `... tasteless, the BBC reported.`: the source of a report
            break
        if tokens[k - 1].text == "," and _relative_report(view, k, res):
            end_tok = k - 1  # `accused Moscow of shelling the plant, which Russia denies`
            break
        if tokens[k - 1].text == "," and _comment_apposition(view, k, res):
            end_tok = k - 1  # `X said Y, a move that drew criticism`: the narrator's comment
            break
        if tokens[k - 1].text == "," and _relayed_by(text, view, k, res):
            end_tok = k - 1  # `X warned that Y, state media reported Monday`
            break
        if tokens[k - 1].text == "," and tokens[k].lower in res.cues and k + 1 < len(tokens):
            subj = _np_after(view, k + 1, res)
            if subj is not None and (
                subj[1] >= len(tokens) - 1
                or _is_attribution_tail(view, subj[1], res, res.cues[tokens[k].lower][0])
            ):
                end_tok = k - 1
                break
        if (
            opens_with_subordinate
            and tokens[k].text == ","
            # (`X accused Y after Z said Q in Transdniestria, a narrow strip of land ...`: an
            # apposition, not the main clause)
            and not (
                k + 1 < len(tokens)
                and tokens[k + 1].lower in res.indefinite_determiners
                and not any(t.lower in res.comment_nouns for t in tokens[k + 2 : k + 4])
            )
        ):
            # `Though X said Y, Z ...`: the main clause is not X's.
            end_tok = k
            break
        if tokens[k].lower in res.participles and tokens[k - 1].text in (",",):
            end_tok = k - 1
            break
        nxt = k + 1
        while nxt < len(tokens) and tokens[nxt].lower in res.adverbs:
            nxt += 1
        if (
            tokens[k].lower in res.conjunctions
            and nxt < len(tokens)
            and tokens[nxt].lower in res.refusal_verbs
            and nxt + 1 < len(tokens)
            and tokens[nxt + 1].lower in res.infinitive_markers
        ):
            end_tok = k - 1 if tokens[k - 1].text == "," else k
            break  # `... that A but declined to set a date`: the subject's own refusal
        if (
            tokens[k].lower in res.conjunctions
            and nxt < len(tokens)
            and tokens[nxt].lower in res.cues
            and (
                tokens[k - 1].text != ","
                # `said A, but noted that B`, `and reminded Washington that B`: after a comma
                # only with a complementizer (after a short object) or the verb's own
                # preposition (`calls it X, but warns against ...`)
                or any(
                    tokens[m].lower in res.complementizers
                    for m in range(nxt + 1, min(len(tokens), nxt + 5))
                )
                or (
                    nxt + 1 < len(tokens)
                    and any(
                        tokens[nxt + 1].lower in cue.prepositions
                        for cue in res.cues[tokens[nxt].lower]
                    )
                )
                # `described X as Y, and said the strike would not ...`: a clause of its own
                or (res.complementizer_optional and _clause_follows(view, nxt + 1, res))
            )
        ):
            end_tok = k - 1 if tokens[k - 1].text == "," else k
            # `noemt het A en vindt B`: a second report by the same subject
            break
        if (
            (tokens[k].lower in res.conjunctions or tokens[k].lower in res.subordinators)
            and (tokens[k].lower not in res.complementizers)
            and tokens[k].lower not in res.free_relatives  # (`against what X calls Y`)
            and _starts_attribution(view, k + 1, res)
        ):
            # `X said A, but Y said B` / `X wil dat A en Y vindt B`: a new statement begins.
            end_tok = k - 1 if tokens[k - 1].text == "," else k
            break
        if _afterthought_dash(text, view, k) and not view.in_quote(start_tok):
            # `urged residents to leave – an operation that was to begin at noon`: a dash
            # that no second dash closes adds the narrator's words
            end_tok = k
            break
        if absolute and tokens[k].lower in res.conjunctions and _absolute_clause(view, k + 1, res):
            # `with A describing X as “Q” and B condemning Y`: B's clause is not A's.
            end_tok = k
            break
    start_char = tokens[start_tok].start
    end_char = tokens[end_tok].start if end_tok < len(tokens) else view.sentence.end
    quote = _sole_quote(text, view, start_char, end_char)
    if quote is not None:
        span = _span_of(text, quote.start, quote.end, quoted=True)
        return ("direct", [span]) if span else None
    span = _span_of(text, start_char, end_char)
    return ("indirect", [span]) if span else None


def _relative_report(view: SentenceView, k: int, res: LanguageResources) -> bool:
    """Whether a relative clause opening at token k reports on all that came before: a
    pronoun, a few words and a reporting verb that ends the clause (`which Russia denies`,
    `wat Washington ontkent`) - another source's answer, not part of the content."""
    tokens = view.tokens
    if tokens[k].lower not in res.relative_pronouns:
        return False
    for j in range(k + 2, min(len(tokens), k + 6)):
        if tokens[j].lower in res.cues:
            return j + 1 == len(tokens) or not tokens[j + 1].text[:1].isalnum()
        if not tokens[j].text[:1].isalnum():
            return False
    return False


def _comment_apposition(view: SentenceView, k: int, res: LanguageResources) -> bool:
    """Whether an apposition that comments on the whole clause opens at token k: an
    indefinite article, a noun of `comment_nouns` and a relative clause (`a move that ...`,
    `een stap die ...`)."""
    tokens = view.tokens
    if tokens[k].lower not in res.indefinite_determiners:
        return False
    for j in range(k + 1, min(len(tokens) - 1, k + 4)):
        if tokens[j].lower in res.comment_nouns:
            return tokens[j + 1].lower in res.relative_pronouns
    return False


_DASHES = ("–", "—", "-")


def _afterthought_dash(text: str, view: SentenceView, k: int) -> bool:
    """Whether token k is a spaced dash with no other dash in its sentence (a pair of dashes
    sets off a parenthesis: `the deal – signed in 2010 – would expire`)."""
    tok = view.tokens[k]
    if tok.text not in _DASHES or not text[tok.start - 1 : tok.start].isspace():
        return False
    return not any(t.text in _DASHES for i, t in enumerate(view.tokens) if i != k)


def _post_posed_source_at(view: SentenceView, k: int, res: LanguageResources) -> bool:
    """Whether a source and its verb end the sentence from token k (`the BBC reported.`)."""
    tokens = view.tokens
    np = _np_after(view, k, res)
    if np is None or np[1] >= len(tokens) or view.in_quote(np[1]):
        return False
    if tokens[np[1]].lower not in res.cues:
        return False
    rest = tokens[np[1] + 1 :]
    return all(not t.is_word or t.lower in res.time_words or t.lower in res.adverbs for t in rest)


def _absolute_clause(view: SentenceView, i: int, res: LanguageResources) -> bool:
    """Whether an absolute clause starts at token i: a noun phrase (with an apposition) and a
    present participle (`the US president, Joe Biden, condemning ...`)."""
    suffix = res.participle_suffix
    np = _np_after(view, i, res) if suffix else None
    if np is None:
        return False
    tokens = view.tokens

    def participle(k: int) -> bool:
        word = tokens[k].lower
        return not view.in_quote(k) and word.endswith(suffix) and len(word) > len(suffix) + 2

    # the noun phrase may run on into the participle (`Rishi Sunak praising Kyiv`)
    if any(participle(k) for k in range(i + 1, np[1])):
        return True
    k = np[1] + (1 if np[1] < len(tokens) and tokens[np[1]].text == "," else 0)
    return k < len(tokens) and participle(k)


def _starts_attribution(view: SentenceView, i: int, res: LanguageResources) -> bool:
    """Does a subject phrase followed by a reporting verb start at token i?"""
    tokens = view.tokens
    if i < len(tokens) and tokens[i].lower in res.complementizers:
        return False  # `... and that his government had asked for ...`: more of the content
    for m in range(i + 1, min(len(tokens), i + 25)):
        if view.in_quote(m):
            return False
        if (
            tokens[m].lower in res.cues
            and tokens[m].lower not in res.participles
            and not (tokens[m].is_capitalised and tokens[m - 1].is_capitalised)  # `United States`
        ):
            rng = _np_before(view, m, res, lo=i)
            return rng is not None and rng[0] <= i + 1
        if tokens[m].lower in res.subordinators or tokens[m].lower in res.complementizers:
            return False
    return False


def _relative_antecedent(
    text: str, view: SentenceView, c: int, res: LanguageResources
) -> tuple[tuple[int, int], Mention] | None:
    """`Amnesty International, which said ...`, `premier Jansen, die zei ...`: the subject of
    a relative clause opened by a subject pronoun is the name (with its role) before the
    comma."""
    tokens = view.tokens
    r = c - 1
    while r >= 0 and tokens[r].lower in res.adverbs and not view.in_quote(r):
        r -= 1
    if r < 2 or tokens[r - 1].text != "," or view.in_quote(r):
        return None
    low = tokens[r].lower
    if low not in res.relative_pronouns or low in res.complementizers or low in res.place_relatives:
        return None
    start = end = r - 1
    k = r - 2
    while k >= 0 and tokens[k].is_word and not view.in_quote(k):
        word = tokens[k].lower
        if (tokens[k].is_capitalised and word not in res.determiners) or word in res.role_nouns:
            start = k
        elif word in res.determiners:
            start = k
            break
        elif not (
            (word in res.np_prepositions or word in res.conjunctions)
            and k > 0
            and tokens[k - 1].is_capitalised
        ):
            break
        k -= 1
    if start == end:
        return None
    if (
        k > 0
        and k == start - 1
        and tokens[k].lower in res.prepositions
        and (tokens[k - 1].lower in res.source_nouns or tokens[k - 1].lower in res.role_nouns)
    ):
        # `campaigners across Argyll and Bute, who say`: the place belongs to the group (with
        # its determiners, capitalised modifiers and coordinated nouns of the same kind)
        start = k - 1
        while start > 0 and (
            tokens[start - 1].lower in res.determiners
            or (tokens[start - 1].is_capitalised and tokens[start - 1].is_word)
            or (
                tokens[start - 1].lower in res.conjunctions
                and start > 1
                and (
                    tokens[start - 2].lower in res.source_nouns
                    or tokens[start - 2].lower in res.role_nouns
                )
            )
            or tokens[start - 1].lower in res.source_nouns
        ):
            start -= 1
    mention = _mention(text, view, (start, end), res)
    if mention is None or not (mention.name or mention.roles or mention.group):
        return None
    return (start, end), mention


def _subject_of(
    text: str, view: SentenceView, c: int, res: LanguageResources
) -> tuple[tuple[int, int], Mention] | None:
    """The subject of the verb at token c: before it, or after the finite verb (inversion)."""
    tokens = view.tokens
    antecedent = _relative_antecedent(text, view, c, res)
    if antecedent is not None:
        return antecedent
    r = _relative_pronoun_after_noun(view, _clause_start(view, c, res), c, res)
    if r is not None and not res.verb_final_subordinate:
        # `Officials who spoke to Reuters said`: the noun the relative clause belongs to
        outer = _np_before(view, r, res)
        mention = _mention(text, view, outer, res)
        if outer is not None and mention is not None and _is_speaker_like(mention, res):
            return outer, mention
    if c >= 2 and tokens[c - 1].lower in res.infinitive_markers:
        k = _catenative_before(view, c - 1, res)
        if k is not None and k < c - 1 and tokens[k].lower in res.object_catenatives:
            # `Modi used his address to declare that`: the subject of `used` declares
            return _subject_of(text, view, k, res)
    direct = _np_before(view, c, res)
    if direct is not None:
        prev = tokens[direct[0] - 1] if direct[0] else None
        if (
            prev is None
            or prev.text in (",", ";", ":", "—", "–", "-", "(", ")")
            # `... “cannot remain in power,” Peskov told`: a comma inside the closing quote
            or (
                direct[0] >= 2
                and view.in_quote(direct[0] - 1)
                and tokens[direct[0] - 2].text == ","
                and not prev.is_word
            )
            or prev.lower in res.conjunctions
            or (prev.lower in res.discourse_markers and prev.lower not in res.prepositions)
            or (prev.lower in res.subordinators and prev.lower not in res.prepositions)
            # `the shelling, which Russia claimed was ...`: the relative clause's own subject
            or prev.lower in res.relative_pronouns
        ):
            mention = _mention(text, view, direct, res)
            if mention is not None and _is_speaker_like(mention, res):
                return direct, mention
        elif prev is not None and prev.lower in res.subordinators:
            # `after Russian President Vladimir Putin said`, `after British military
            # intelligence said`: a source and then a verb make the preposition a conjunction
            # that opens a clause of its own
            mention = _mention(text, view, direct, res)
            if (
                mention is not None
                and (
                    (mention.name and tokens[direct[1] - 1].is_capitalised)
                    or mention.type in ("group", "organization", "media")
                )
                and _is_speaker_like(mention, res)
            ):
                return direct, mention
    start = _clause_start(view, c, res)
    # The finite verb of the clause: the first auxiliary or cue before c, or c itself.
    finite = c
    for k in range(start, c):
        if (
            not view.in_quote(k)
            and (
                tokens[k].lower in res.auxiliaries
                or (tokens[k].lower in res.cues and not _after_article(tokens, k, res))
            )
            # (`In zijn toespraak zei hij`, `Zijn adviseurs zeggen`: at the start or after a
            # preposition, before a noun, `zijn` is a possessive)
            and not (
                tokens[k].lower in res.determiners
                and (k == start or tokens[k - 1].lower in res.prepositions)
                and tokens[k + 1].is_word
                and tokens[k + 1].lower not in res.determiners
            )
        ):
            finite = k
            break
    if res.verb_second and finite == start < c:
        # `Gevraagd of hij ..., antwoordde Biden`: a clause that opens with a verb form and
        # ends at a comma is the first constituent; the verb right after the comma is finite.
        for k in range(start + 1, c):
            if tokens[k].text == "," and not view.in_quote(k):
                nxt = tokens[k + 1].lower
                if k + 1 == c or nxt in res.auxiliaries or nxt in res.cues:
                    finite = k + 1
        if finite == start and tokens[start].lower in res.interview_participles:
            finite = c  # (`Gevraagd naar X antwoordde Peskov dat`: also without the comma)
    before = _np_before(view, finite, res, lo=start)
    if before is not None and all(
        not tokens[k].is_word or tokens[k].lower in res.discourse_markers
        for k in range(start, before[0])
    ):
        mention = _mention(text, view, before, res)
        if mention is not None and _is_speaker_like(mention, res):
            return before, mention
    if before is not None and not res.verb_second:
        mention = _mention(text, view, before, res)
        if mention is not None and _is_speaker_like(mention, res):
            return before, mention
    j = _skip_left(view, c - 1, 0, res)
    if j >= 0 and tokens[j].lower in res.conjunctions:
        # `It accused X of ... and said ...`: the subject of the clause the verb joins.
        b = j - 1
        while b >= 0 and not (
            tokens[b].text in (",", ";") or tokens[b].lower in res.subordinators or view.in_quote(b)
        ):
            b -= 1
        if b >= 0:
            rng = _np_after(view, b + 1, res, j)
            mention = _mention(text, view, rng, res)
            if (
                rng is not None
                and mention is not None
                and _is_speaker_like(mention, res)
                and (mention.pronoun or mention.name or mention.roles)
            ):
                return rng, mention
        first = _sentence_subject(text, view, res)
        if first is not None:
            return first
    if not res.verb_second:
        return None
    # Inversion (`Dinsdag zei Jansen dat`, `In het gesprek erkent de premier dat`).
    after = _np_after(view, finite + 1, res)
    particles = {cue.particle for cue in res.cues.get(tokens[c].lower, ()) if cue.particle}
    if after is not None and after[1] - after[0] > 1 and tokens[after[1] - 1].lower in particles:
        after = (after[0], after[1] - 1)  # `stelde Francken vast dat`: the particle ends it
    if after is not None:
        mention = _mention(text, view, after, res)
        if (
            mention is not None
            and _is_plausible_speaker(mention, res)
            and (
                mention.pronoun
                or mention.name
                or mention.roles
                or mention.type in ("group", "media", "document", "organization")
            )
        ):
            return after, mention
    if before is not None:
        mention = _mention(text, view, before, res)
        if (
            _is_plausible_speaker(mention, res)
            and mention is not None
            and (mention.name or mention.roles or mention.type != "unknown")
        ):
            return before, mention
    return None


def _after_article(tokens: list[Token], k: int, res: LanguageResources) -> bool:
    """Whether token k follows a word that determines a noun (`a written statement`, `een
    bericht`), not one that may be a subject or a floating quantifier (`die zei`, `both said`)."""
    if k == 0:
        return False
    prev = tokens[k - 1].lower
    return (
        prev in res.determiners
        and prev not in res.relative_pronouns
        and prev not in res.pronouns
        and prev not in res.auxiliaries
        and prev not in res.floating_quantifiers
    )


def _noun_use(tokens: list[Token], k: int, res: LanguageResources) -> bool:
    """Whether token k, a form that is also a noun (`report`, `estimate`), is used as one:
    after a determiner, a preposition or a lower-case word that is no subject (`held calls`;
    but `the ministry reports`, `the minister calls`: a source noun is the subject)."""
    if k == 0 or tokens[k].lower not in res.noun_cue_forms:
        return False
    prev = tokens[k - 1]
    return (
        prev.lower in res.determiners
        or prev.lower in res.prepositions
        or (
            prev.is_word
            and not prev.is_capitalised
            and prev.lower not in res.auxiliaries
            and prev.lower not in res.pronouns
            and prev.lower not in res.adverbs
            and not _names_speakers(prev.lower, res)
        )
    )


def _names_speakers(low: str, res: LanguageResources) -> bool:
    """Whether a lower-cased word is a listed noun for who may speak (`minister`, `ministry`,
    `newspaper`): before a verb it is the subject. (Not `is_source_noun`: its endings test
    takes `a different note` for people.)"""
    return low in res.role_nouns or low in res.organization_nouns or low in res.source_nouns


def _opens_compound(tokens: list[Token], k: int, res: LanguageResources) -> bool:
    """`think tank`: token k and the next form a compound noun, whatever the first alone is."""
    return pair_in(tokens, k, res.organization_nouns)


def _cue_applies(view: SentenceView, c: int, cue: Cue, res: LanguageResources) -> bool:
    tokens = view.tokens
    if _opens_compound(tokens, c, res):
        return False  # `a think tank said`
    j = c - 1
    while (
        j >= 0
        and tokens[j].lower not in res.passive_auxiliaries
        and (
            tokens[j].lower in res.adverbs
            or (
                res.adverb_suffix
                and tokens[j].lower.endswith(res.adverb_suffix)
                and len(tokens[j].lower) > 4
                and not tokens[j].is_capitalised
            )
        )
    ):
        j -= 1  # (`is widely believed`: the adverb stands between)
    if j >= 0 and not view.in_quote(j):
        prev = tokens[j].lower
        if j == c - 1 and not cue.noun_form and _after_article(tokens, c, res):
            return False  # `a written statement`: a verb form after an article is no verb
        if prev in res.passive_auxiliaries and cue.form not in res.participles:
            return False  # `was described by X`: the subject is not the speaker
        if prev in res.infinitive_markers and _catenative_before(view, j, res) is None:
            return False  # `a term to describe ...`
        if prev in res.infinitive_markers and j > 0 and tokens[j - 1].lower in res.refusal_verbs:
            return False  # `declined to say whether ...`: nothing said
        if not res.verb_second and prev in res.subordinators and prev not in res.complementizers:
            return False  # `when asked whether ...`
        if (
            cue.requires_object
            and tokens[j].text == ","
            and not any(tokens[k].lower in res.auxiliaries for k in range(j + 1, c))
            and not (_subject_with_apposition(view, c, res) and not _adverb_aside(view, j, res))
        ):
            # `a device, called Perimeter`: naming, not speech (`X, had called`); but `Jens
            # Stoltenberg, Nato's secretary general, urged ...` and `Alexei Likhachev, the head
            # of Rosatom, accused ...` close an apposition
            return False
        if (
            cue.form in res.participles or cue.form in res.participle_forms
        ) and prev not in res.auxiliaries:
            return False  # an -ing form heads a report only after an auxiliary (`is saying`)
    if (
        c > 0
        and tokens[c].is_capitalised
        and tokens[c - 1].is_word
        and tokens[c - 1].is_capitalised
    ):
        return False  # part of a name: `the United States`
    if _negated(view, c, res):
        return False  # `did not say where ...`, `zei niet of ...`: nothing is reported
    if _disjoined_cue(view, c, res):
        return False  # `bevestigt of ontkent nooit of ...`, `neither confirm nor deny that`
    if res.conditional_subordinators and any(
        t.lower in res.conditional_subordinators
        for t in tokens[max(0, c - MAX_PHRASE_TOKENS - 4) : c]  # (the subject and its adverbs)
    ):
        subject = _np_before(view, c, res)
        if (
            subject is not None
            and subject[0] > 0
            and tokens[subject[0] - 1].lower in res.conditional_subordinators
        ):
            return False  # `unless they assess that ...`: a condition, not a report
    if (
        c > 0
        and tokens[c].lower in res.content_nouns
        and (
            tokens[c - 1].lower in res.cues
            or tokens[c - 1].lower in res.determiners
            or tokens[c - 1].lower in res.prepositions
        )
    ):
        return False  # `ontkende berichten dat`, `denied the claims that`: a noun, not a verb
    if cue.noun_form and _noun_use(tokens, c, res):
        return False
    if cue.requires_before:
        # `liet minister van Buitenlandse Zaken Caspar Veldkamp weten`: within the clause
        k = c - 1
        while k >= max(0, c - 10) and tokens[k].lower not in cue.requires_before:
            if tokens[k].text in (",", ";", ":") or view.in_quote(k):
                return False
            k -= 1
        if k < max(0, c - 10):
            return False
    return True


def _catenative_before(view: SentenceView, j: int, res: LanguageResources) -> int | None:
    """The catenative verb the infinitive marker at token j completes, right before it
    (`decided to say`) or past its object (`used his address to declare`), if any."""
    tokens = view.tokens
    for k in range(j - 1, max(-1, j - 9), -1):
        if tokens[k].text in (",", ";", ":") or view.in_quote(k):
            return None
        if tokens[k].lower in res.object_catenatives:
            return k  # `used his address to declare`
        if tokens[k].lower in res.catenatives:
            return k if k == j - 1 else None
    return None


def _disjoined_cue(view: SentenceView, c: int, res: LanguageResources) -> bool:
    """Whether the cue at c is one of two reporting verbs joined by "or"/"nor" ("confirm or
    deny", "bevestigt of ontkent"): the first reports nothing (its "or" is no "whether"), and
    the pair reports nothing when negated before the first or after the second verb."""
    tokens = view.tokens
    if not res.disjunctions:
        return False
    if (
        c + 2 < len(tokens)
        and tokens[c + 1].lower in res.disjunctions
        and tokens[c + 2].lower in res.cues
    ):
        return True
    if c >= 2 and tokens[c - 1].lower in res.disjunctions and tokens[c - 2].lower in res.cues:
        first = c - 2
        before = {t.lower for t in tokens[max(0, first - 3) : first]}
        return (
            bool(before & (res.negations | res.disjunctions))
            or _negated(view, c, res)
            or (c + 1 < len(tokens) and tokens[c + 1].lower in res.negations)
        )
    return False


def _negated(view: SentenceView, c: int, res: LanguageResources) -> bool:
    tokens = view.tokens
    j = c - 1
    while j >= 0 and (tokens[j].lower in res.adverbs or tokens[j].lower in res.auxiliaries):
        if tokens[j].lower in res.negations:
            return True
        j -= 1
    return (
        res.verb_second
        and c + 1 < len(tokens)
        and tokens[c + 1].lower in res.negations
        and (c + 2 < len(tokens) and tokens[c + 2].lower in res.complementizers)
    )


def _particle_closes(view: SentenceView, c: int, cue: Cue) -> bool:
    """Whether the particle of the verb at token c ends its (short) clause: `voegde hij toe.`"""
    tokens = view.tokens
    k = c + 1
    while k < len(tokens) and k - c <= 6 and tokens[k].is_word and not view.in_quote(k):
        k += 1
    return (
        k - 1 > c
        and tokens[k - 1].lower == cue.particle
        and (k >= len(tokens) or not tokens[k].is_word)
    )


def _verb_cue(text: str, view: SentenceView, c: int, res: LanguageResources) -> Draft | None:
    tokens = view.tokens
    for cue in res.cues[tokens[c].lower]:
        if cue.object_is_speaker:
            draft = _quoted_by_medium(text, view, c, cue, res)
            if draft is not None:
                return draft
            continue
        if not _cue_applies(view, c, cue, res):
            continue
        parenthesis = (
            cue.requires_complementizer
            and not cue.particle
            and c + 2 < len(tokens)
            and tokens[c + 1].text == ","
            and not view.in_quote(c + 1)
        )
        if parenthesis or (
            not cue.requires_complementizer and (not cue.particle or _particle_closes(view, c, cue))
        ):
            # `"...", voegde hij eraan toe`: a separable verb whose particle ends the clause;
            # `The consultation, she found, had been ...`: a verb that otherwise needs `that`
            # reports as a parenthesis too
            draft = _post_posed(text, view, c, cue, res)
            if draft is None and cue.requires_before:
                draft = _post_posed_around_subject(text, view, c, cue, res)
            if draft is not None:
                return draft
        subject = _passive_agent(text, view, c, res) or _subject_of(text, view, c, res)
        if subject is None:
            continue
        subj_rng, mention = subject
        free_relative = 0 < subj_rng[0] < c and tokens[subj_rng[0] - 1].lower in res.free_relatives
        after_subject = max(c + 1, subj_rng[1]) if subj_rng[0] > c else c + 1
        found = _complement_start(view, after_subject, cue, res)
        if found is None:
            continue
        start_tok, how = found
        if start_tok >= len(tokens):
            continue
        before_subject = tokens[subj_rng[0] - 1].lower if 0 < subj_rng[0] < c else None
        subordinate = (
            before_subject is not None
            and (before_subject in res.subordinators or before_subject in res.relative_pronouns)
            and before_subject not in res.complementizers
        )
        content = _content_after(text, view, start_tok, res, subordinate=subordinate)
        if content is None:
            continue
        kind, spans = content
        if how == "bare" and kind == "indirect" and len(spans[0]) and spans[0][1] - spans[0][0] < 8:
            continue
        if free_relative and not any(view.in_quote(k) for k in range(start_tok, len(tokens))):
            # `against what New Delhi describes as terrorism`: words for a thing, unless
            # quoted (`what officials described as “a global network”`)
            continue
        channel = _channel(text, view, 0, start_tok, res, cue, object_at=after_subject)
        return Draft(kind, spans, tokens[c], mention, view.index, channel, plural_cue=cue.plural)
    return None


def _passive_agent(
    text: str, view: SentenceView, c: int, res: LanguageResources
) -> tuple[tuple[int, int], Mention] | None:
    """The agent of a passive reporting verb, its speaker: `Door Van der Plas werd Wilders
    verweten dat ...` (a passive auxiliary earlier in the clause, the agent's preposition
    before the verb). Only where the finite verb comes second: in English a passive reporting
    verb follows its auxiliary, and `_cue_applies` turns it down."""
    if not res.agent_markers or not res.verb_second:
        return None
    tokens = view.tokens
    lo = _clause_start(view, c, res)
    if not any(tokens[k].lower in res.passive_auxiliaries for k in range(lo, c)):
        return None
    for k in range(lo, c - 1):
        if tokens[k].lower in res.agent_markers and not view.in_quote(k):
            rng = _np_after(view, k + 1, res)
            mention = _mention(text, view, rng, res) if rng is not None else None
            if (
                rng is not None
                and rng[1] <= c
                and mention is not None
                and _is_speaker_like(mention, res)
            ):
                return rng, mention
    return None


def _quoted_by_medium(
    text: str, view: SentenceView, c: int, cue: Cue, res: LanguageResources
) -> Draft | None:
    """`"Q," state television quoted him as saying` / `"Q", citeerde de staatstelevisie hem`:
    the content before, the subject is the channel and the object the speaker."""
    tokens = view.tokens
    if c + 1 >= len(tokens):
        return None
    before = _np_before(view, c, res)
    medium: tuple[int, int] | None
    if before is not None and (before[0] == 0 or not _closes_content(view, before[0] - 1)):
        ahead = _quoted_ahead(text, view, c, before, res)  # `Interfax quoted X as saying that`
        if ahead is not None:
            return ahead
    if before is not None and before[0] > 0 and _closes_content(view, before[0] - 1):
        medium, content_end = before, before[0] - 1  # subject first
        speaker = _np_after(view, c + 1, res)
    elif _closes_content(view, c - 1):
        medium, content_end = _np_after(view, c + 1, res), c - 1  # inverted
        speaker = _np_after(view, medium[1], res) if medium is not None else None
        if (
            medium is not None
            and medium[1] - medium[0] > 1
            and tokens[medium[1] - 1].lower in res.pronouns
        ):
            # `citeerde de staatstelevisie hem`: the pronoun is a phrase of its own
            medium, speaker = (medium[0], medium[1] - 1), (medium[1] - 1, medium[1])
    else:
        return None
    mention = _mention(text, view, speaker, res)
    if medium is None or not _is_plausible_speaker(mention, res) or mention is None:
        return None
    found = _content_before(
        text, view, content_end if tokens[content_end].text == "," else content_end + 1, res
    )
    if found is None:
        return None
    kind, spans = found
    channel = phrase_text(text, tokens, medium[0], medium[1])
    return Draft(kind, spans, tokens[c], mention, view.index, channel)


def _quoted_ahead(
    text: str, view: SentenceView, c: int, medium: tuple[int, int], res: LanguageResources
) -> Draft | None:
    """`Interfax quoted Ivan Petrov as saying that the talks had failed`: the speaker after the
    verb, then a participle (`as saying`) and the content."""
    tokens = view.tokens
    speaker = _np_after(view, c + 1, res)
    if speaker is None:
        return None
    k = speaker[1]
    if k < len(tokens) and tokens[k].lower in res.subordinators:
        k += 1  # `as`
    if k >= len(tokens) or tokens[k].lower not in res.participles:
        return None
    k += 1
    if k < len(tokens) and tokens[k].lower in res.complementizers:
        k += 1
    mention = _mention(text, view, speaker, res)
    if k >= len(tokens) or mention is None or not _is_plausible_speaker(mention, res):
        return None
    content = _content_after(text, view, k, res)
    if content is None:
        return None
    kind, spans = content
    channel = phrase_text(text, tokens, medium[0], medium[1])
    return Draft(kind, spans, tokens[c], mention, view.index, channel)


def _closes_content(view: SentenceView, k: int) -> bool:
    """Whether token k is the comma or closing quotation mark that ends content before an
    attribution."""
    tok = view.tokens[k]
    return k >= 0 and (tok.text == "," or (view.in_quote(k) and tok.text in _CLOSING_MARKS))


CHANNEL_WINDOW = 5  # words of a channel phrase between a participle and its `that`


def _participle_position(view: SentenceView, c: int, res: LanguageResources) -> bool:
    """`..., adding that`, `and describing`, `with X saying` — not `the warning`, `its thinking`."""
    tokens = view.tokens
    if c == 0:
        return False
    prev = tokens[c - 1]
    if (
        prev.lower in res.determiners
        or prev.lower in res.prepositions
        or (bool(res.possessive_suffixes) and prev.text.endswith(res.possessive_suffixes))
    ):
        return False
    if c + 1 < len(tokens):
        nxt = tokens[c + 1].lower
        cues = res.cues.get(tokens[c].lower, [])
        allowed = {p for cue in cues for p in cue.prepositions}
        channel_then_content = prev.text == "," and any(
            t.lower in res.complementizers for t in tokens[c + 2 : c + 2 + CHANNEL_WINDOW]
        )  # `, warning on Telegram that ...`
        if (
            nxt in res.prepositions
            and nxt not in allowed
            and nxt not in res.complementizers
            and not channel_then_content
        ):
            return False
    return prev.text == "," or prev.lower in res.conjunctions or prev.is_word


def _participle(
    text: str, view: SentenceView, c: int, drafts: list[Draft], res: LanguageResources
) -> Draft | None:
    """`..., adding that Q` / `..., saying Q`: the subject of the main clause reports Q."""
    tokens = view.tokens
    cue = res.cues.get(tokens[c].lower, [None])[0]
    i = c + 1
    if i < len(tokens) and tokens[i].lower in res.prepositions:
        # `, warning on Telegram that ...`: a channel phrase before the content
        that = next(
            (
                k
                for k in range(i + 1, min(len(tokens), i + 1 + CHANNEL_WINDOW))
                if tokens[k].lower in res.complementizers
            ),
            None,
        )
        if that is not None:
            i = that
    elif cue is not None and cue.object_is_channel and i + 1 < len(tokens):
        # `, telling reporters that ...`: the listener before the content
        that = next(
            (
                k
                for k in range(i + 1, min(len(tokens), i + 1 + CHANNEL_WINDOW))
                if tokens[k].lower in res.complementizers
            ),
            None,
        )
        if that is not None and all(tokens[k].is_word for k in range(i, that)):
            i = that
    if i < len(tokens) and tokens[i].lower in res.complementizers:
        i += 1
    if i >= len(tokens):
        return None
    mention: Mention | None = None
    after_absolute = False
    absolute = _np_before(view, c, res)
    if (
        absolute is not None
        and absolute[0] > 0
        and tokens[absolute[0] - 1].lower in res.absolute_markers
    ):
        # `with the foreign minister, Anna Berg, calling the test ...`
        mention = _mention(text, view, absolute, res)
        after_absolute = True
    elif tokens[c - 1].text == "," or tokens[c - 1].lower in res.conjunctions:
        if drafts and drafts[-1].mention is not None:
            mention = drafts[-1].mention
        else:
            found = _sentence_subject(text, view, res, limit=c)
            mention = found[1] if found else None
    else:
        mention = _mention(text, view, _np_before(view, c, res), res)
        if mention is not None and not _is_speaker_like(mention, res):
            return None  # `an almost identical warning made by ...`: a noun, not a verb
    if not _is_plausible_speaker(mention, res) or mention is None:
        return None
    content = _content_after(text, view, i, res, absolute=after_absolute)
    if content is None:
        return None
    kind, spans = content
    channel = _channel(text, view, c + 1, i, res, cue) if cue else None
    return Draft(kind, spans, tokens[c], mention, view.index, channel)


def _opening_participle(text: str, view: SentenceView, res: LanguageResources) -> Draft | None:
    """`Urging the allies not to X, Orsen said ...`: a participle clause that opens the
    sentence reports what the main clause's subject said."""
    tokens = view.tokens
    if len(tokens) < 6 or tokens[0].lower not in res.participles or view.in_quote(0):
        return None
    comma = next(
        (k for k in range(2, len(tokens) - 2) if tokens[k].text == "," and not view.in_quote(k)),
        None,
    )
    if comma is None:
        return None
    subject = _np_after(view, comma + 1, res)
    mention = _mention(text, view, subject, res)
    if (
        mention is None
        or not _is_speaker_like(mention, res)
        or not (mention.name or mention.pronoun or mention.roles)
    ):
        return None
    start = 2 if tokens[1].lower in res.complementizers else 1
    span = _span_of(text, tokens[start].start, tokens[comma].start)
    if span is None:
        return None
    return Draft("indirect", [span], tokens[0], mention, view.index)


def _sentence_subject(
    text: str, view: SentenceView, res: LanguageResources, limit: int | None = None
) -> tuple[tuple[int, int], Mention] | None:
    """The subject of the sentence's main clause: its first name, pronoun or role phrase that
    stands as a subject (not after a preposition, not inside a larger phrase)."""
    tokens = view.tokens
    limit = len(tokens) if limit is None else limit
    skip_segment = False
    opening = _after_dateline(text, view.sentence.start, view.sentence.end, res)
    for i in range(limit):
        tok = tokens[i]
        if tok.start < opening:
            continue  # `13:10 GMT - `, `MOSCOW (Reuters) - `: no subject
        if i == 0 or tokens[i - 1].text == ",":
            # A fronted phrase (`With X expected to ...,`, `When ...,`) holds no main subject.
            skip_segment = tok.lower in res.prepositions or (
                tok.lower in res.subordinators and tok.lower not in res.complementizers
            )
        if view.in_quote(i) or not tok.is_word or skip_segment:
            continue
        prev = tokens[i - 1] if i else None
        if prev is not None and (
            prev.lower in res.prepositions or prev.lower in res.np_prepositions
        ):
            continue
        if _pronoun_at(tokens, i, limit, res) and res.pronouns[tok.lower].get("person") == 3:
            rng: tuple[int, int] | None = (i, i + 1)
        elif (
            tok.is_capitalised
            and tok.lower not in res.determiners
            and tok.lower not in res.discourse_markers
            and tok.lower not in res.subordinators
            and tok.lower not in res.prepositions
        ):
            j = i
            while j < limit and tokens[j].is_word and tokens[j].is_capitalised:
                j += 1
            nxt = tokens[j] if j < limit else None
            if nxt is not None and nxt.lower in res.np_prepositions:
                continue
            if nxt is not None and (
                nxt.text in res.possessive_suffixes or nxt.text in res.possessive_apostrophes
            ):
                continue
            rng = _np_after(view, i, res, limit)
            if rng is not None:
                rng = _trim_np_at_verb(view, rng, res)  # `Medvedev went further, warning`
        elif (
            tok.lower in res.determiners
            and i + 1 < limit
            and _names_speakers(tokens[i + 1].lower, res)
        ):
            # `The minister condemned ... and urged X`: the role, and a name right after it
            j = i + 2
            while j < limit and tokens[j].is_word and tokens[j].is_capitalised:
                j += 1
            rng = (i, j)
        else:
            continue
        mention = _mention(text, view, rng, res)
        if mention is not None and _is_plausible_speaker(mention, res) and rng is not None:
            return rng, mention
    return None


def _aldus(text: str, view: SentenceView, c: int, res: LanguageResources) -> Draft | None:
    """`"Q", aldus X.`"""
    subj = _np_after(view, c + 1, res)
    mention = _mention(text, view, subj, res)
    if mention is None or not _is_plausible_speaker(mention, res):
        return None
    found = _content_before(text, view, c if view.tokens[c - 1].text != "," else c - 1, res)
    if found is None:
        return None
    kind, spans = found
    return Draft(kind, spans, view.tokens[c], mention, view.index)


def _according_to(text: str, view: SentenceView, res: LanguageResources) -> list[Draft]:
    tokens = view.tokens
    pattern = res.according_pattern
    if pattern is None or not pattern.search(text, view.sentence.start, view.sentence.end):
        return []
    lows = [t.lower for t in tokens]
    drafts = []
    for phrase in res.according_before:
        n = len(phrase)
        for m in range(len(tokens) - n + 1):
            if lows[m] != phrase[0] or tuple(lows[m : m + n]) != phrase or view.in_quote(m):
                continue
            subj = _np_after(view, m + n, res)
            if subj is None:
                continue
            subj = _trim_np_at_verb(view, subj, res)
            mention = _mention(text, view, subj, res)
            if mention is None or (
                not _is_speaker_like(mention, res) and tokens[subj[0]].lower not in res.determiners
            ):
                continue  # `volgens plan`, `according to schedule`: no source
            clause_start = _clause_start(view, m, res)
            after = subj[1]
            extra = phrase_at(tokens, after, res.source_postmodifiers) if after < len(tokens) else 0
            if extra:
                # `according to people familiar with the matter`: their knowledge is no content
                tail = _np_after(view, after + extra, res)
                if tail is not None:
                    tail = _trim_np_at_verb(view, tail, res)
                after = tail[1] if tail is not None else after + extra
            if after < len(tokens) and (
                tokens[after].text == "," or tokens[after].lower in res.relative_pronouns
            ):
                after = _past_apposition(view, after, mention, res)
            # `Volgens hem werkt het: "..."`: the quotation after a colon is the source going
            # on in their own words, no part of the reported clause
            end = next(
                (
                    tokens[k].start
                    for k in range(after, len(tokens) - 1)
                    if tokens[k].text == ":" and not view.in_quote(k) and view.in_quote(k + 1)
                ),
                view.sentence.end,
            )
            if m <= clause_start and after < len(tokens):
                pieces = [(tokens[after].start, end)]
            elif after >= len(tokens) - 1:
                pieces = [(tokens[clause_start].start, tokens[m].start)]
            else:
                # `Rusland heeft volgens X kernwapens verplaatst`: the clause around the phrase
                pieces = [
                    (tokens[clause_start].start, tokens[m].start),
                    (tokens[after].start, end),
                ]
            pieces = [(_after_dateline(text, a, b, res), b) for a, b in pieces]
            parts = [s for s in (_span_of(text, a, b) for a, b in pieces) if s is not None]
            if not parts:
                continue
            drafts.append(Draft("according_to", parts, tokens[m], mention, view.index))
            view.claimed.append((tokens[m].start, tokens[subj[1] - 1].end))
    return _until_next_source(text, drafts, res)


def _until_next_source(text: str, drafts: list[Draft], res: LanguageResources) -> list[Draft]:
    """`Volgens X is er geen dreiging, maar volgens Y wel`: a content ends where the next
    `according to` phrase of its sentence (and the comma or conjunction before it) begins."""
    if len(drafts) < 2:
        return drafts
    markers = sorted(d.cue.start for d in drafts if d.cue is not None)
    for d in drafts:
        lo, hi = d.spans[-1]
        inside = [m for m in markers if lo < m < hi]
        if not inside:
            continue
        end = inside[0]
        while end > lo:
            head = text[lo:end].rstrip()
            word = head.rsplit(None, 1)[-1].lower() if head else ""
            if head.endswith(","):
                end = lo + len(head) - 1
            elif word in res.conjunctions:
                end = lo + len(head) - len(word)
            else:
                break
        span = _span_of(text, lo, end)
        if span is not None:
            d.spans[-1] = span
    return drafts


def _self_attributed(text: str, view: SentenceView, res: LanguageResources) -> list[Draft]:
    """`Hij had er naar eigen zeggen geen bedoeling bij`: the clause, without the marker, is
    its own subject's."""
    if not res.according_self:
        return []
    sentence = text[view.sentence.start : view.sentence.end].lower()
    phrases = [p for p in res.according_self if " ".join(p) in sentence]
    if not phrases:
        return []  # (one substring search per marker keeps this off the hot path)
    tokens = view.tokens
    lows = [t.lower for t in tokens]
    for phrase in phrases:
        n = len(phrase)
        for m in range(1, len(tokens) - n + 1):
            if tuple(lows[m : m + n]) != phrase or view.in_quote(m):
                continue
            subject = _sentence_subject(text, view, res, limit=m)
            if subject is None:
                return []
            parts = [
                s
                for s in (
                    _span_of(text, view.sentence.start, tokens[m].start),
                    _span_of(text, tokens[m + n - 1].end, view.sentence.end),
                )
                if s is not None
            ]
            view.claimed.append((tokens[m].start, tokens[m + n - 1].end))
            return [Draft("according_to", parts, tokens[m], subject[1], view.index)]
    return []


def _past_apposition(view: SentenceView, i: int, mention: Mention, res: LanguageResources) -> int:
    """Where the content starts after a source and its apposition or relative clause:
    `According to X, a senior fellow at Y, the launch ...`, `volgens diplomaten die ..., is`."""
    tokens = view.tokens
    start = i + 1 if tokens[i].text == "," else i
    nxt = next(
        (
            k
            for k in range(start, min(len(tokens), start + 16))
            if tokens[k].text == ","
            and not view.in_quote(k)
            and not (
                tokens[k - 1].text.isdigit()
                and k + 1 < len(tokens)
                and tokens[k + 1].text.isdigit()
            )
        ),
        None,
    )
    if nxt is None or nxt + 1 >= len(tokens):
        return start
    inside = tokens[start:nxt]
    relative = tokens[i].lower in res.relative_pronouns
    described = mention.name is not None and any(
        t.lower in res.role_nouns or t.lower.rsplit("-", 1)[-1] in res.role_nouns for t in inside
    )
    if (relative or described) and not any(t.lower in res.cues for t in inside):
        return nxt + 1
    return start


def _is_head_noun(word: str, res: LanguageResources) -> bool:
    """A role, group or organisation noun, also as the last part of a compound."""
    last = word.split("-")[-1]
    return any(
        w in res.role_nouns or w in res.group_nouns or w in res.organization_nouns
        for w in (word, last)
    )


def _trim_np_at_verb(
    view: SentenceView, rng: tuple[int, int], res: LanguageResources
) -> tuple[int, int]:
    """`volgens Jansen werkt het kabinet`: a V2 verb right after the name ends the phrase."""
    tokens = view.tokens
    s, e = rng
    for k in range(s + 1, e):
        tok = tokens[k]
        if (
            res.verb_second
            and k >= s + 2
            and tok.is_word
            and not tok.is_capitalised
            and tokens[k - 1].lower in res.media_nouns
            and tokens[k - 2].is_capitalised
            and tok.lower not in res.np_prepositions
        ):
            return (s, k)  # `volgens Iraanse staatsmedia opdracht`: the noun ends the phrase
        if (
            (tok.lower in res.auxiliaries or tok.lower in res.cues)
            and not _opens_compound(tokens, k, res)
            and not _noun_use(tokens, k, res)  # `according to the report`
        ):
            return (s, k)
        if tok.lower in res.pronouns and k > s:
            return (s, k)
        if (
            tokens[k - 1].is_capitalised
            and not tok.is_capitalised
            and tok.is_word
            and tok.lower not in res.np_prepositions
            # (`volgens de NAVO ruim 2000 militairen`: a name after its article)
            and all(
                tokens[m].is_capitalised
                or tokens[m].lower in res.determiners
                or (m > s and tokens[m].lower in NAME_JOINERS)  # `Nicolien van Vroonhoven`
                or tokens[m].lower in res.role_nouns  # `onderminister Sergej Rjabkov`
                or is_role_compound(tokens[m].lower, res)
                for m in range(s, k)
            )
            and tokens[k - 1].lower not in res.determiners
            # (`according to a Moscow-based defence analyst`: the name modifies a noun)
            and not _modifies_a_source_noun(tokens, k, e, res)
            and not (tok.lower in NAME_JOINERS and k + 1 < e and tokens[k + 1].is_capitalised)
            # `according to Ukrainian intelligence`: an adjective and its noun
            and tok.lower not in res.source_nouns
            and tok.lower not in res.organization_nouns
            and tok.lower not in res.role_nouns
        ):
            # After a name, a lower-case word that does not continue the phrase is the verb.
            return (s, k)
        if (
            res.verb_second
            and k == s + 1
            and tokens[s].lower in res.source_nouns
            and tok.is_word
            and tok.lower not in res.np_prepositions
        ):
            # `volgens ingewijden overweegt de alliantie`: a bare plural source and its verb.
            return (s, k)
        prev = tokens[k - 1].lower
        if (
            res.verb_second
            and tok.is_word
            and not tok.is_capitalised
            and tok.lower not in res.np_prepositions
            and tok.lower not in res.relative_pronouns
            and _is_head_noun(prev, res)
        ):
            # `volgens een hoge NAVO-functionaris ziet het bondgenootschap`: adjectives come
            # before a Dutch noun, so a plain word after the head noun is the verb.
            return (s, k)
    if _pronoun_at(tokens, s, e, res):
        return (s, s + 1)
    return rng


def _modifies_a_source_noun(tokens: list[Token], k: int, e: int, res: LanguageResources) -> bool:
    """Whether tokens k..e go on to a noun that can speak before a number or determiner
    starts a new phrase (`defence analyst`, not `ruim 2000 militairen`)."""
    for m in range(k, e):
        low = tokens[m].lower
        if tokens[m].text[:1].isdigit() or low in res.determiners:
            return False
        if low in res.role_nouns or low in res.source_nouns:
            return True
    return False


def _post_posed_demonstrative(
    text: str,
    view: SentenceView,
    views: list[SentenceView],
    earlier: list[Draft],
    res: LanguageResources,
) -> Draft | None:
    """`Dat meldde The New York Times.`: the previous sentence is attributed to X."""
    tokens = view.tokens
    if len(tokens) < 3 or tokens[0].lower not in res.post_posed_demonstratives:
        return None
    if tokens[1].lower not in res.cues and tokens[1].lower not in res.auxiliaries:
        return None
    # `Dat meldde X`, `Dat laat X weten`, `Dat heeft X gezegd`: a cue within the clause.
    cue_at = next(
        (
            k
            for k in range(1, min(len(tokens), MAX_PHRASE_TOKENS + 3))
            if tokens[k].lower in res.cues
            and any(_cue_applies(view, k, c, res) for c in res.cues[tokens[k].lower])
        ),
        None,
    )
    if cue_at is None:
        return None
    subj = _np_after(view, 2, res)
    if subj is not None and subj[1] > cue_at > subj[0]:
        subj = (subj[0], cue_at)
    mention = _mention(text, view, subj, res)
    if mention is None or subj is None or not _is_speaker_like(mention, res):
        return None
    cue = res.cues[tokens[cue_at].lower][0]
    channel = _channel(text, view, subj[1], len(tokens), res, cue)
    if view.index == 0:
        return None
    prev_view = views[view.index - 1]
    prev_drafts = [d for d in earlier if d.sentence_index == prev_view.index]
    if prev_drafts:
        for d in prev_drafts:
            if d.channel is None and channel is not None:
                d.channel = channel
        return Draft("indirect", [], tokens[cue_at], mention, view.index)  # nothing new
    sent = prev_view.sentence
    start = sent.start
    # Drop a leading connective adverb (`Desondanks`, `However,`).
    first = prev_view.tokens[0] if prev_view.tokens else None
    if first is not None and first.lower in res.discourse_markers:
        start = first.end
    span = _span_of(text, start, sent.end)
    if span is None:
        return None
    quote = _sole_quote(text, prev_view, sent.start, sent.end)
    kind = "indirect"
    if quote is not None:
        qspan = _span_of(text, quote.start, quote.end, quoted=True)
        if qspan:
            span, kind = qspan, "direct"
    return Draft(kind, [span], tokens[cue_at], mention, prev_view.index, channel)


def _standalone_quote(text: str, view: SentenceView) -> tuple[int, int] | None:
    """The content of a sentence that is only a quotation (of three words or more)."""
    sent = view.sentence
    quote = _sole_quote(text, view, sent.start, sent.end)
    if quote is None:
        return None
    span = _span_of(text, max(quote.start, sent.start), min(quote.end, sent.end), quoted=True)
    if span is None or len(text[span[0] : span[1]].split()) < 3:
        return None
    return span


def _continuation(text: str, view: SentenceView, earlier: list[Draft]) -> Draft | None:
    """A sentence that is only a quotation, right after a statement: the same speaker goes on."""
    if not earlier or view.index - earlier[-1].sentence_index > MAX_CONTINUATION_GAP:
        return None
    span = _standalone_quote(text, view)
    if span is None:
        return None
    return _going_on(span, view.index, earlier[-1])


def _going_on(span: tuple[int, int], index: int, last: Draft) -> Draft:
    """The quotation at ``span`` (sentence ``index``): the speaker of ``last`` going on."""
    origin = last.continues or last
    return Draft("direct", [span], None, None, index, origin.channel, continues=origin)


def drafts_to_statements(
    doc: Document, drafts: list[Draft], speakers: list[Speaker], views: list[SentenceView]
) -> list[Statement]:
    text = doc.text
    statements = []
    for draft, speaker in zip(drafts, speakers, strict=True):
        content = " ".join(text[s:e] for s, e in draft.spans)
        sent = views[draft.sentence_index].sentence
        s_start = min(sent.start, draft.spans[0][0])
        s_end = max(sent.end, draft.spans[-1][1])
        cue = draft.cue
        channel_text, channel_span = draft.channel if draft.channel else (None, None)
        statements.append(
            Statement(
                doc_id=doc.id,
                lang=doc.lang or "",
                kind=draft.kind,
                content=content,
                spans=list(draft.spans),
                cue=cue.text if cue else None,
                cue_span=(cue.start, cue.end) if cue else None,
                speaker=speaker,
                channel=channel_text,
                channel_span=channel_span,
                sentence=text[s_start:s_end],
                sentence_span=(s_start, s_end),
            )
        )
    return statements
