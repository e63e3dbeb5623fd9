"""Synthetic news articles about nuclear rhetoric, for benchmarks (not for evaluation).

Articles are assembled from the templates and invented vocabulary in `corpus_templates.yaml`
(Dutch and English): quotes told to agencies, indirect speech, `volgens`/`according to`,
experts, documents, post-posed sources and pronouns, ~600 words each. The same seed gives the
same articles.

    python bench/corpus.py 1000 corpus.jsonl              # 1000 articles, nl and en
    python bench/corpus.py 1000 corpus.jsonl --lang nl --duplicates 0.1 --seed 7

From Python::

    from corpus import generate_articles     # with bench/ on sys.path
    for article in generate_articles(100_000, seed=0): ...
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import yaml

TEMPLATES = Path(__file__).with_name("corpus_templates.yaml")
LANGUAGES = ("nl", "en")
DEFAULT_WORDS = 600
# Share of plain narration sentences: with 0.5 an article has about 20 statements per 600
# words, as the hand-annotated news articles do (17 per 630 words).
NARRATION_SHARE = 0.5
FIRST_DAY = date(2022, 1, 1)
SPAN_DAYS = 3 * 365
_SLOT = re.compile(r"\{(\w+)\}")


@cache
def vocabulary() -> dict[str, Any]:
    with TEMPLATES.open(encoding="utf-8") as f:
        data: dict[str, Any] = yaml.safe_load(f)
    return data


def generate_articles(
    n: int,
    seed: int = 0,
    lang: str | None = None,
    words: int = DEFAULT_WORDS,
    duplicates: float = 0.0,
    narration: float | None = None,
) -> Iterator[dict[str, Any]]:
    """`n` articles as dicts with id, lang, date, outlet, title, url and text.

    `lang` fixes the language (default: alternate nl and en at random). With `duplicates` > 0,
    about that fraction of the articles are syndicated near-copies of an earlier one: another
    outlet and id, a changed sentence, an agency credit line (ids end in `-syn<k>`).
    `narration` is the share of sentences that are plain narration rather than attributed
    statements (default `NARRATION_SHARE`, which gives about as many statements per 600 words as
    the hand-annotated news articles in ../shared/gold; lower it for a denser stress test).
    """
    narration = NARRATION_SHARE if narration is None else narration
    if lang is not None and lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; choose from {', '.join(LANGUAGES)}")
    rng = random.Random(seed)
    recent: list[dict[str, Any]] = []
    made = 0
    while made < n:
        if recent and duplicates > 0 and rng.random() < duplicates:
            article = _syndicated_copy(rng.choice(recent), rng, made)
        else:
            article = _article(rng, made, lang or rng.choice(LANGUAGES), words, narration)
            recent.append(article)
            if len(recent) > 50:
                recent.pop(0)
        made += 1
        yield article


def write_jsonl(path: Path, n: int, **options: Any) -> int:
    """Write `n` articles to `path` as JSON lines; returns the number of words written."""
    total = 0
    with path.open("w", encoding="utf-8") as f:
        for article in generate_articles(n, **options):
            total += len(article["text"].split())
            f.write(json.dumps(article, ensure_ascii=False))
            f.write("\n")
    return total


def _article(
    rng: random.Random, number: int, lang: str, words: int, narration: float
) -> dict[str, Any]:
    voc = vocabulary()
    v = voc[lang]
    gender = rng.choice(("male", "female"))
    speaker = rng.choice(voc["names"][gender])
    slots = _Slots(rng, v, voc["names"], speaker, gender)
    paragraphs: list[str] = []
    count = 0
    # The lead names the main speaker in full; later sentences use surname, pronoun, others.
    lead = v["templates"][0]
    while count < words:
        size = rng.randint(2, 4)
        sentences = [slots.fill(lead)] if not paragraphs else []
        while len(sentences) < size:
            template = (
                "{Narration}." if rng.random() < narration else rng.choice(v["templates"][1:])
            )
            sentences.append(slots.fill(template))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    day = FIRST_DAY + timedelta(days=rng.randrange(SPAN_DAYS))
    outlet = rng.choice(v["outlets"])
    doc_id = f"bench-{lang}-{number:06d}"
    return {
        "id": doc_id,
        "lang": lang,
        "date": day.isoformat(),
        "outlet": outlet,
        "title": slots.fill(rng.choice(v["titles"])),
        "url": f"https://{_slug(outlet)}.example/{day:%Y/%m/%d}/{doc_id}",
        "text": "\n\n".join(paragraphs),
    }


def _syndicated_copy(original: dict[str, Any], rng: random.Random, number: int) -> dict[str, Any]:
    v = vocabulary()[original["lang"]]
    paragraphs = original["text"].split("\n\n")
    # Drop one sentence of one paragraph and credit the agency at the end.
    i = rng.randrange(len(paragraphs))
    sentences = re.split(r"(?<=[.!?”\"])\s+(?=[A-Z,\"“])", paragraphs[i])
    if len(sentences) > 1:
        del sentences[rng.randrange(len(sentences))]
        paragraphs[i] = " ".join(sentences)
    agency = rng.choice(v["agencies"])
    paragraphs.append(f"({agency.split()[-1]})")
    outlet = rng.choice([o for o in v["outlets"] if o != original["outlet"]])
    copy = dict(original)
    copy.update(
        id=f"{original['id']}-syn{number}",
        outlet=outlet,
        url=f"https://{_slug(outlet)}.example/{original['date'].replace('-', '/')}/{number}",
        text="\n\n".join(paragraphs),
    )
    return copy


class _Slots:
    """Fills template slots; keeps the article's main speaker and country consistent."""

    def __init__(
        self,
        rng: random.Random,
        v: dict[str, Any],
        names: dict[str, list[str]],
        speaker: str,
        gender: str,
    ) -> None:
        self.rng = rng
        self.v = v
        self.names = names
        self.speaker = speaker
        self.gender = gender
        self.country = rng.choice(v["countries"])

    def fill(self, template: str) -> str:
        text = _SLOT.sub(self._value, template)
        return text[0].upper() + text[1:] if text else text

    def _value(self, m: re.Match[str]) -> str:
        slot = m.group(1)
        rng, v = self.rng, self.v
        if slot == "Name":
            return self.speaker if rng.random() < 0.7 else self._other_name()
        if slot == "Surname":
            return self.speaker.split()[-1]
        if slot == "Pron":
            return str(v["pronouns"][self.gender]).capitalize()
        if slot == "country":
            return self.country if rng.random() < 0.8 else str(rng.choice(v["countries"]))
        plural = {
            "claim_sub": "claims_sub",
            "claim_v2": "claims_v2",
            "quote": "quotes",
            "group": "groups",
            "document": "documents",
            "expert": "experts",
            "role": "roles",
            "day": "days",
            "agency": "agencies",
            "outlet": "outlets",
            "narration": "narration",
        }
        key = plural.get(slot.lower(), slot.lower())
        value = str(rng.choice(v[key]))
        return value[0].upper() + value[1:] if slot[0].isupper() else value

    def _other_name(self) -> str:
        gender = self.rng.choice(("male", "female"))
        return str(self.rng.choice(self.names[gender]))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write N synthetic news articles as JSON lines.")
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("out", type=Path, help="output file (.jsonl)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--lang", choices=LANGUAGES, default=None)
    parser.add_argument("--words", type=int, default=DEFAULT_WORDS, help="words per article")
    parser.add_argument(
        "--narration",
        type=float,
        default=None,
        help=f"share of narration sentences (default {NARRATION_SHARE}: news-like density)",
    )
    parser.add_argument(
        "--duplicates", type=float, default=0.0, help="fraction of syndicated near-copies"
    )
    args = parser.parse_args(argv)
    total = write_jsonl(
        args.out,
        args.n,
        seed=args.seed,
        lang=args.lang,
        words=args.words,
        duplicates=args.duplicates,
        narration=args.narration,
    )
    print(f"wrote {args.n} articles, {total} words to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
