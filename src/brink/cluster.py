"""Near-duplicate articles and repeated statements.

Articles: MinHash signatures (datasketch) of word shingles, banded for LSH. The bands are stored
as rows of ``article_bands`` so candidates are found with one indexed query, whatever the size of
the corpus; candidates are confirmed by the Jaccard similarity their signatures estimate.

Statements: the same utterance reprinted by many outlets is recognised by its speaker plus
its content. Within a language the content words must largely overlap (containment, so a
shortened quote still matches). Across languages words cannot be compared, so only a *linked*
speaker (``actor_id``) within a day and shared anchors — numbers and capitalised names, which
translations usually keep — count. That misses paraphrases without numbers or names and
can join two different remarks of one speaker that share the same figures on the same day.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import numpy as np
from datasketch import MinHash

NUM_PERM = 120
# 24 bands of 5 rows: a pair at Jaccard 0.8 shares a band with probability ~1.0, at 0.6 with
# ~0.86, at 0.3 with ~0.06. Candidates are then checked against ARTICLE_THRESHOLD.
BANDS = 24
ROWS = NUM_PERM // BANDS
ARTICLE_THRESHOLD = 0.6
SHINGLE = 3

UTTERANCE_OVERLAP = 0.6
UTTERANCE_WINDOW_DAYS = 7
CROSS_LANGUAGE_WINDOW_DAYS = 1
MIN_SHARED_ANCHORS = 2

_WORD = re.compile(r"\w+", re.UNICODE)
_PROTOTYPE = MinHash(num_perm=NUM_PERM, seed=1)


def words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def signature(text: str) -> np.ndarray:
    """The MinHash signature (uint32[NUM_PERM]) of the word shingles of `text`."""
    ws = words(text)
    grams = {" ".join(ws[i : i + SHINGLE]) for i in range(max(1, len(ws) - SHINGLE + 1))}
    mh = MinHash(
        num_perm=NUM_PERM, seed=1, permutations=_PROTOTYPE.permutations, scheme=_PROTOTYPE.scheme
    )
    mh.update_batch([g.encode("utf-8") for g in grams])
    return mh.hashvalues.astype(np.uint32)


def buckets(sig: np.ndarray) -> list[int]:
    """One signed 64-bit bucket key per band (band number mixed in)."""
    keys = []
    for band in range(BANDS):
        chunk = sig[band * ROWS : (band + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(bytes([band]) + chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "big", signed=True))
    return keys


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


def to_blob(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()


def from_blob(blob: bytes) -> np.ndarray:
    return np.frombuffer(bytes(blob), dtype="<u4")


# -- statements ---------------------------------------------------------------------------

_ANCHOR = re.compile(r"\d+(?:[.,]\d+)*|\b[A-ZÀ-Þ][\w-]{3,}", re.UNICODE)


@lru_cache(maxsize=65536)
def word_set(text: str) -> frozenset[str]:
    return frozenset(words(text))


def content_key(text: str) -> str:
    """Equal for contents with the same words in the same order (case, punctuation aside)."""
    return hashlib.blake2b(" ".join(words(text)).encode("utf-8"), digest_size=12).hexdigest()


def content_overlap(a: str, b: str) -> float:
    """Share of the shorter text's distinct words found in the other (0..1)."""
    wa, wb = word_set(a), word_set(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def anchors(text: str) -> set[str]:
    """Numbers (digits only) and capitalised names: what survives translation best."""
    found = set()
    for m in _ANCHOR.finditer(text):
        token = m.group(0)
        found.add(re.sub(r"[.,]", "", token) if token[0].isdigit() else token.lower()[:5])
    return found


def day_distance(a: str | None, b: str | None) -> int | None:
    if not a or not b:
        return None
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return None


@dataclass(slots=True)
class Report:
    """What utterance matching needs to know about one stored statement."""

    utterance_id: str
    content: str
    lang: str | None
    day: str | None
    actor_id: str | None


def utterance_score(new: Report, old: Report) -> float:
    """How sure we are that `new` reports the same utterance as `old` (0 = not at all)."""
    dist = day_distance(new.day, old.day)
    if new.lang == old.lang or not new.lang or not old.lang:
        if dist is not None and dist > UTTERANCE_WINDOW_DAYS:
            return 0.0
        score = content_overlap(new.content, old.content)
        return score if score >= UTTERANCE_OVERLAP else 0.0
    # Across languages: a linked actor, (nearly) the same day, and shared anchors.
    if not new.actor_id or new.actor_id != old.actor_id:
        return 0.0
    if dist is None or dist > CROSS_LANGUAGE_WINDOW_DAYS:
        return 0.0
    na, oa = anchors(new.content), anchors(old.content)
    shared = na & oa
    if len(shared) < MIN_SHARED_ANCHORS:
        return 0.0
    score = len(shared) / len(na | oa)
    return score if score >= 0.5 else 0.0


def best_utterance(new: Report, candidates: Iterable[Report]) -> str | None:
    best, best_score = None, 0.0
    for old in candidates:
        score = utterance_score(new, old)
        if score > best_score:
            best, best_score = old.utterance_id, score
    return best


def speaker_key(actor_id: str | None, name: str | None, text: str | None) -> str | None:
    """Who said it, as a key for grouping: the linked actor, else the last word of the name
    (*Dmitry Medvedev* and *Medvedev* are one key; content must still match)."""
    if actor_id:
        return f"actor:{actor_id}"
    ws = words(name or text or "")
    return f"name:{ws[-1]}" if ws else None
