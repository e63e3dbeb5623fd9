"""Near-duplicate articles and utterances: syndicated copies with small edits cluster as one;
counting utterances instead of reports shrinks the timeline as it should."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from brink import cluster
from brink.store import open_store
from store_helpers import Article, Quote, analysis_of

WORDS = (
    "harbour", "council", "budget", "railway", "minister", "talks", "border", "winter", "grain",
    "tanker", "frigate", "summit", "envoy", "treaty", "drill", "reactor", "coast", "ferry",
    "bridge", "tariff", "wheat", "pipeline", "cable",
)  # fmt: skip


def story(rng: random.Random, n: int = 260) -> list[str]:
    return [f"{' '.join(rng.choice(WORDS) for _ in range(12))} {k}." for k in range(n // 12)]


def edited_copy(sentences: list[str], rng: random.Random) -> list[str]:
    """A syndicated copy: one sentence changed, one dropped, an agency credit added."""
    copy = list(sentences)
    copy[rng.randrange(len(copy))] = "This paragraph was rewritten by the regional desk."
    del copy[rng.randrange(len(copy))]
    return ["(Agency) -", *copy, "Additional reporting by our correspondent."]


def test_signature_similarity_tracks_jaccard() -> None:
    rng = random.Random(1)
    base = " ".join(story(rng))
    other = " ".join(story(rng))
    copy = " ".join(edited_copy(base.split(". "), rng))
    assert cluster.similarity(cluster.signature(base), cluster.signature(copy)) > 0.7
    assert cluster.similarity(cluster.signature(base), cluster.signature(other)) < 0.2
    assert set(cluster.buckets(cluster.signature(base))) & set(
        cluster.buckets(cluster.signature(copy))
    )


def test_syndicated_copies_cluster_as_one(tmp_path: Path) -> None:
    rng = random.Random(5)
    originals = [story(rng) for _ in range(4)]
    with open_store(tmp_path / "d.db") as store:
        results = []
        for i, sentences in enumerate(originals):
            results.append(store.add(analysis_of(Article(f"o{i}", [], filler=" ".join(sentences)))))
            for k in range(3):
                copy = " ".join(edited_copy(sentences, rng))
                art = Article(f"o{i}c{k}", [], filler=copy, outlet=f"Outlet {k}")
                results.append(store.add(analysis_of(art)))
        clusters = {}
        for r in results:
            clusters.setdefault(r.cluster_id, []).append(r.article_id)
        assert len(clusters) == 4
        assert all(len(members) == 4 for members in clusters.values())
        # Each cluster is named after its first article.
        assert {r.cluster_id for r in results[::4]} == {r.article_id for r in results[::4]}


def test_utterances_count_once_in_timelines(tmp_path: Path) -> None:
    said = "The fleet will stay in the northern harbour until the talks resume"
    other = "Grain exports will double next year according to our plans"
    articles = [
        Article(f"r{k}", [Quote("Anna Berg", said, intensity=2.0)],
                date=f"2024-06-0{1 + k % 3}", outlet=f"Outlet {k}",
                filler=f"Copy number {k} of the wire story.")
        for k in range(6)
    ]  # fmt: skip
    articles.append(Article("x", [Quote("Anna Berg", other, intensity=1.0)], date="2024-06-02"))
    # Same quote, other speaker: another utterance.
    articles.append(Article("y", [Quote("Piet Vos", said, intensity=2.0)], date="2024-06-02"))
    # Same speaker and words two months later: a new utterance (outside the window).
    articles.append(Article("z", [Quote("Anna Berg", said, intensity=2.0)], date="2024-08-20"))
    with open_store(tmp_path / "u.db") as store:
        for a in articles:
            store.add(analysis_of(a))
        reports = store.timeline(by="month")
        assert [(r["period"], r["statements"], r["utterances"]) for r in reports] == [
            ("2024-06", 8, 3),
            ("2024-08", 1, 1),
        ]
        once = store.timeline(by="month", unit="utterances")
        assert [(r["period"], r["utterances"]) for r in once] == [("2024-06", 3), ("2024-08", 1)]
        assert once[0]["sum_intensity"] == pytest.approx(2.0 + 1.0 + 2.0)
        assert reports[0]["sum_intensity"] == pytest.approx(6 * 2.0 + 1.0 + 2.0)
        top = max(store.stream_table("utterances"), key=lambda u: u["reports"])
        assert (top["reports"], top["n_outlets"], top["first_seen"]) == (6, 6, "2024-06-01")


def test_cross_language_needs_linked_actor_and_anchors(tmp_path: Path) -> None:
    en = "We will deploy 12 Iskander launchers near Kaliningrad by March"
    nl = "We zetten 12 Iskander-lanceerinrichtingen in bij Kaliningrad voor maart"
    with open_store(tmp_path / "x.db") as store:
        store.add(analysis_of(Article("en1", [Quote("Ivan Petrov", en, actor_id="Q1")])))
        store.add(analysis_of(Article("nl1", [Quote("Ivan Petrov", nl, actor_id="Q1", lang="nl")],
                                      lang="nl", filler="Een bericht.")))  # fmt: skip
        # Unlinked speakers: the words differ, so no match across languages.
        store.add(analysis_of(Article("en2", [Quote("Olga Sand", en)], filler="Other story.")))
        store.add(analysis_of(Article("nl2", [Quote("Olga Sand", nl, lang="nl")], lang="nl",
                                      filler="Nog een bericht.")))  # fmt: skip
        rows = {u["speaker_name"]: u for u in store.stream_table("utterances")}
        assert rows["Ivan Petrov"]["reports"] == 2 and rows["Ivan Petrov"]["n_languages"] == 2
        assert (
            sum(1 for u in store.stream_table("utterances") if u["speaker_name"] == "Olga Sand")
            == 2
        )


def test_anchor_rules() -> None:
    a = cluster.Report("u1", "We fire 3 rockets at Odesa", "en", "2024-01-01", "Q9")
    b = cluster.Report("u2", "Wij vuren 3 raketten af op Odesa", "nl", "2024-01-02", "Q9")
    assert cluster.utterance_score(b, a) > 0
    far = cluster.Report("u3", b.content, "nl", "2024-01-05", "Q9")
    assert cluster.utterance_score(far, a) == 0
    other_actor = cluster.Report("u4", b.content, "nl", "2024-01-01", "Q8")
    assert cluster.utterance_score(other_actor, a) == 0
