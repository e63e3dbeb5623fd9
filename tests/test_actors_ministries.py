"""Foreign and defence ministries: each country's press names link to that country's ministry
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from brink.actors import Linker, load_knowledge_base
from brink.actors.kb import ROLE, KnowledgeBase
from brink.model import Document
from brink.pipeline import Pipeline, Settings

pytestmark = pytest.mark.usefixtures("private_actor_cache")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge_base()


@pytest.fixture(scope="module")
def linker(kb: KnowledgeBase) -> Linker:
    return Linker(kb)


def linked(linker: Linker, text: str, lang: str) -> dict[str, str | None]:
    """surface text → actor id, for every mention."""
    doc = Document(id="t", text=text, lang=lang, date="2024-03-01")
    return {m.text: m.actor_id for m in linker.mentions(doc)}


@pytest.mark.parametrize(("name", "actor_id"), [
    ("Chinese Foreign Ministry", "china-ministry-of-foreign-affairs"),
    ("Ministry of Foreign Affairs of the People's Republic of China",
     "china-ministry-of-foreign-affairs"),
    ("Chinees ministerie van Buitenlandse Zaken", "china-ministry-of-foreign-affairs"),
    ("chinesische Außenministerium", "china-ministry-of-foreign-affairs"),
    ("МИД КНР", "china-ministry-of-foreign-affairs"),
    ("China's defence ministry", "china-ministry-of-national-defense"),
    ("Ministry of External Affairs", "india-ministry-of-external-affairs"),
    ("Pakistan Foreign Office", "pakistan-ministry-of-foreign-affairs"),
    ("Auswärtiges Amt", "german-federal-foreign-office"),
    ("German Foreign Office", "german-federal-foreign-office"),
    ("Bundesministerium der Verteidigung", "german-federal-ministry-of-defence"),
    ("Quai d'Orsay", "france-ministry-of-foreign-affairs"),
    ("ministère des Armées", "france-ministry-of-the-armed-forces"),
    ("Israeli Defense Ministry", "israel-ministry-of-defense"),
    ("North Korean Foreign Ministry", "north-korea-ministry-of-foreign-affairs"),
    ("Wit-Russische ministerie van Defensie", "belarus-ministry-of-defence"),
    ("FOD Buitenlandse Zaken", "belgium-ministry-of-foreign-affairs"),
    ("Swedish Ministry for Foreign Affairs", "sweden-ministry-for-foreign-affairs"),
    ("Finnish defence ministry", "finland-ministry-of-defence"),
    ("MODAFL", "iran-ministry-of-defence"),
    # the other English labels of ministries known before
    ("Ministry of Foreign Affairs of Russia", "russian-ministry-of-foreign-affairs"),
    ("Ministry of Defence of Russia", "russian-ministry-of-defence"),
    ("Ukrainian Ministry of Foreign Affairs", "ukraine-ministry-of-foreign-affairs"),
    ("Foreign and Commonwealth Office", "uk-foreign-office"),
])
def test_ministry_names_resolve(kb: KnowledgeBase, name: str, actor_id: str) -> None:
    assert [c.actor.id for c in kb.find(name)] == [actor_id]


@pytest.mark.parametrize("name", [
    "foreign ministry", "defence ministry", "defense ministry", "Ministry of Defence",
    "Ministry of Defense", "Ministry of Foreign Affairs", "Foreign Ministry",
    "Ministry for Foreign Affairs", "ministerie van Defensie",
    "ministerie van Buitenlandse Zaken", "Außenministerium", "Verteidigungsministerium",
])
def test_no_bare_ministry_name_without_a_country(kb: KnowledgeBase, name: str) -> None:
    # such a name would link every country's ministry to one of them
    assert not [e for e in kb.lookup(name) if e.kind != ROLE]


def test_english_sentence_links_the_chinese_foreign_ministry(linker: Linker) -> None:
    got = linked(linker, "China's foreign ministry said on Monday that the new tariffs "
                 "would hurt both sides.", "en")
    assert got["China's foreign ministry"] == "china-ministry-of-foreign-affairs"


def test_dutch_sentence_links_the_chinese_foreign_ministry(linker: Linker) -> None:
    got = linked(linker, "Het Chinese ministerie van Buitenlandse Zaken noemde de "
                 "oefening woensdag een provocatie.", "nl")
    assert got["Chinese ministerie van Buitenlandse Zaken"] == "china-ministry-of-foreign-affairs"
    assert "Buitenlandse Zaken" not in got  # not the Dutch ministry inside it


def test_the_russian_foreign_ministry_is_still_russias(linker: Linker) -> None:
    got = linked(linker, "A statement from the Russian foreign ministry called the "
                 "visit a provocation.", "en")
    assert got["Russian foreign ministry"] == "russian-ministry-of-foreign-affairs"
    got = linked(linker, "Het Russische ministerie van Buitenlandse Zaken reageerde "
                 "niet.", "nl")
    assert got["Russische ministerie van Buitenlandse Zaken"] == (
        "russian-ministry-of-foreign-affairs")


def test_two_ministries_of_different_countries_in_one_sentence(linker: Linker) -> None:
    got = linked(linker, "India's Ministry of External Affairs and Pakistan's Foreign "
                 "Office both called for restraint after the border clash.", "en")
    assert got["India's Ministry of External Affairs"] == "india-ministry-of-external-affairs"
    assert got["Pakistan's Foreign Office"] == "pakistan-ministry-of-foreign-affairs"
    got = linked(linker, "Het Wit-Russische ministerie van Defensie en het Russische "
                 "ministerie van Defensie kondigden samen een oefening aan.", "nl")
    assert got["Wit-Russische ministerie van Defensie"] == "belarus-ministry-of-defence"
    assert got["Russische ministerie van Defensie"] == "russian-ministry-of-defence"


def test_speakers_are_the_ministries_they_name() -> None:
    pipeline = Pipeline(Settings(entities=True, code_statements=False))
    text = ("The Russian foreign ministry said the talks had failed, while the "
            "Belarusian defence ministry said the drills would go on.")
    analysis = pipeline.analyse(Document(id="t", text=text, lang="en", date="2024-03-01"))
    speakers = {s.speaker.text: s.speaker.actor_id for s in analysis.statements}
    assert speakers == {
        "The Russian foreign ministry": "russian-ministry-of-foreign-affairs",
        "the Belarusian defence ministry": "belarus-ministry-of-defence",
    }
