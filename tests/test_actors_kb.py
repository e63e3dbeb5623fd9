"""The actor knowledge base: spellings per language, dated roles, validation, user folders."""

from __future__ import annotations

from pathlib import Path

import pytest

from brink.actors import ActorDataError, load_knowledge_base
from brink.actors.kb import KnowledgeBase, check_folder

pytestmark = pytest.mark.usefixtures("private_actor_cache")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge_base()


def ids(kb: KnowledgeBase, name: str, lang: str | None = None) -> list[str]:
    return [c.actor.id for c in kb.find(name, lang=lang)]


# The same actor from at least three spellings, per language (issue 3 acceptance).
SPELLINGS = {
    "nl": ("Q23530", ["Medvedev", "Medvedjev", "Dmitri Medvedev", "MEDVEDEV"]),
    "en": ("Q23530", ["Dmitry Medvedev", "Dmitri Medvedev", "Medvedev"]),
    "de": ("Q23530", ["Medwedew", "Dmitri Medwedew", "medwedew"]),
    "fr": ("Q23530", ["Médvédev", "Medvedev", "Dmitri Medvedev"]),
    "ru": ("Q23530", ["Медведев", "Дмитрий Медведев", "МЕДВЕДЕВ"]),
    "uk": ("Q23530", ["Медведєв", "Дмитро Медведєв", "медведєв"]),
}


@pytest.mark.parametrize("lang", sorted(SPELLINGS))
def test_one_person_from_three_spellings_per_language(kb: KnowledgeBase, lang: str) -> None:
    actor_id, spellings = SPELLINGS[lang]
    for spelling in spellings:
        assert ids(kb, spelling, lang)[:1] == [actor_id], spelling


@pytest.mark.parametrize(
    ("actor_id", "spellings"),
    [
        ("nato", ["NATO", "NAVO", "Navo", "OTAN", "НАТО", "North Atlantic Treaty Organization"]),
        ("RU", ["Rusland", "Russland", "Russie", "Россия", "Росія", "Russian Federation"]),
        ("UA", ["Oekraïne", "Oekraine", "Ukraine", "Україна", "Украина"]),
        (
            "npt",
            [
                "non-proliferatieverdrag",
                "Non-Proliferation Treaty",
                "Atomwaffensperrvertrag",
                "ДНЯО",
            ],
        ),
        ("fsb", ["FSB", "ФСБ", "Russische Federale Veiligheidsdienst", "Federal Security Service"]),
        ("interfax", ["Interfax", "Интерфакс", "Інтерфакс"]),
    ],
)
def test_organisations_countries_treaties_from_many_spellings(
    kb: KnowledgeBase, actor_id: str, spellings: list[str]
) -> None:
    for spelling in spellings:
        assert actor_id in ids(kb, spelling), spelling


def test_countries_come_with_pycountry_names(kb: KnowledgeBase) -> None:
    # Not written in countries.yaml: the name comes from pycountry's translations.
    assert ids(kb, "Uruguay") == ["UY"]
    assert "NL" in ids(kb, "Niederlande")


def test_capitals_stand_for_their_governments(kb: KnowledgeBase) -> None:
    # "Warsaw protested", "Oslo denied": news names a government by its capital.
    assert ids(kb, "Warschau", lang="nl") == ["PL"]
    assert ids(kb, "Oslo", lang="en") == ["NO"]
    assert ids(kb, "Pjöngjang", lang="de") == ["KP"]


def test_head_of_an_organisation_is_whatever_its_top_post_is(kb: KnowledgeBase) -> None:
    # "the Nato chief": NATO's top post is secretary general
    from brink.actors.linker import Linker
    linker = Linker(kb)
    assert linker.link_name("the Nato chief", "en", "2022-03-23").name == "Jens Stoltenberg"
    assert linker.link_name("NAVO-baas", "nl", "2022-03-23").name == "Jens Stoltenberg"


def test_role_holder_depends_on_the_date(kb: KnowledgeBase) -> None:
    def names(*args: object, **kw: object) -> list[str]:
        return [a.name for a in kb.role_holder(*args, **kw)]  # type: ignore[arg-type]

    assert names("president", "RU", "2010-06-01") == ["Dmitry Medvedev"]
    assert names("president", "RU", "2022-12") == ["Vladimir Putin"]
    assert names("prime_minister", "RU", "2015") == ["Dmitry Medvedev"]
    assert "Dmitry Medvedev" in names("president", "RU", "2022-12", former=True)
    # Putin held the presidency before 2008 but holds it again: not a *former* president.
    assert "Vladimir Putin" not in names("president", "RU", "2022-12", former=True)


def test_find_reports_roles_at_the_date(kb: KnowledgeBase) -> None:
    [cand] = kb.find("Medvedev", date="2010-01-01")
    assert [r.role for r in cand.roles] == ["president"]


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_schema_errors_name_file_and_line(tmp_path: Path) -> None:
    write(
        tmp_path / "bad",
        "people.yaml",
        "version: 1\n"
        "actors:\n"
        "  - id: Jane Example\n"  # line 3: not a slug
        "    type: person\n"
        "    name: Jane Example\n"
        "  - id: ok-person\n"
        "    type: wizard\n"  # line 7
        "    name: Someone\n"
        "    roles:\n"
        "      - role: president\n"
        "        of: XX\n"
        "        start: 2020-13-01\n"  # line 12: not a date
        "  - id: other\n"
        "    type: person\n"
        "    name: Other\n"
        "    colour: blue\n",  # line 16: unknown field
    )
    errors, _ = check_folder(tmp_path / "bad")
    found = {(Path(e.path).name, e.line) for e in errors}
    assert {
        ("people.yaml", 3),
        ("people.yaml", 7),
        ("people.yaml", 12),
        ("people.yaml", 16),
    } <= found
    assert all(str(e).startswith(e.path + ":") for e in errors)
    with pytest.raises(ActorDataError) as info:
        load_knowledge_base([tmp_path / "bad"])
    assert "people.yaml:7:" in str(info.value)


def test_broken_yaml_and_unknown_role_are_reported(tmp_path: Path) -> None:
    write(tmp_path / "a", "broken.yaml", "version: 1\nactors:\n  - id: x\n   type: [\n")
    errors, _ = check_folder(tmp_path / "a")
    assert errors and errors[0].line > 0 and "not valid YAML" in errors[0].message
    write(
        tmp_path / "b",
        "roles.yaml",
        "version: 1\nactors:\n  - id: some-one\n    type: person\n    name: Some One\n"
        "    roles:\n      - role: grand_wizard\n        of: RU\n",
    )
    errors, _ = check_folder(tmp_path / "b")
    assert any("unknown role 'grand_wizard'" in e.message and e.line == 3 for e in errors)


def test_user_folder_merges_over_builtin_with_conflicts_reported(tmp_path: Path) -> None:
    user = tmp_path / "mine"
    write(
        user,
        "extra.yaml",
        "version: 1\n"
        "actors:\n"
        "  - id: Q23530\n"
        "    type: person\n"
        "    name: Dmitri A. Medvedev\n"  # conflicts with the built-in canonical name
        "    aliases:\n"
        "      nl: [Medvedjevski]\n"
        "  - id: example-press-agency\n"
        "    type: media\n"
        "    name: Example Press Agency\n"
        "    aliases:\n"
        "      en: [EPA-Example]\n",
    )
    kb = load_knowledge_base([user])
    assert kb.actors["Q23530"].name == "Dmitri A. Medvedev"
    assert ids(kb, "Medvedjevski") == ["Q23530"]
    assert ids(kb, "Medwedew") == ["Q23530"]  # built-in aliases kept
    assert ids(kb, "EPA-Example") == ["example-press-agency"]
    [warning] = [w for w in kb.warnings if "Q23530" in w]
    assert "extra.yaml:3" in warning and "persons" in warning and "name" in warning
    # The built-in knowledge base is untouched.
    assert load_knowledge_base().actors["Q23530"].name == "Dmitry Medvedev"


def test_compiled_cache_is_reused_and_follows_edits(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    cache = tmp_path_factory.getbasetemp() / "actor-cache"
    user = write(
        tmp_path / "u",
        "a.yaml",
        "version: 1\nactors:\n  - {id: first-thing, type: group, name: First Thing}\n",
    ).parent
    assert ids(load_knowledge_base([user]), "First Thing") == ["first-thing"]
    before = set(cache.glob("actors-*.pickle"))
    assert before, "the compiled knowledge base is cached"
    write(
        user,
        "a.yaml",
        "version: 1\nactors:\n  - {id: first-thing, type: group, name: Second Thing}\n",
    )
    import os

    os.utime(user / "a.yaml", ns=(1, 2_000_000_000_000_000_000))
    assert ids(load_knowledge_base([user]), "Second Thing") == ["first-thing"]
    assert set(cache.glob("actors-*.pickle")) > before, "an edit compiles a new cache entry"


def test_no_name_with_a_comma_is_split_into_aliases(kb: KnowledgeBase) -> None:
    # `en: [Foreign, Commonwealth and Development Office]` is two aliases in YAML, and the
    # first ("Foreign") would link every sentence-initial "Foreign ministers ..."
    split = [
        (actor.id, alias)
        for actor in kb.actors.values()
        if "," in actor.name
        for aliases in actor.aliases.values()
        for alias in aliases
        if alias in [part.strip() for part in actor.name.split(",")]
    ]
    assert split == []
    assert ids(kb, "Foreign", "en") == []
