"""Readers: seed format, plain text, HTML, JSON lines, CSV, folders and standard input."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from brink.model import Document
from brink.read import ReadFailure, read_sources


def read(*paths: Path | str) -> list[Document | ReadFailure]:
    return list(read_sources([str(p) for p in paths]))


def one_doc(path: Path) -> Document:
    items = read(path)
    assert len(items) == 1, items
    assert isinstance(items[0], Document), items[0]
    return items[0]


def one_failure(path: Path | str) -> ReadFailure:
    items = read(path)
    assert len(items) == 1, items
    assert isinstance(items[0], ReadFailure), items[0]
    return items[0]


# -- seed format and plain text ------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "date"),
    [
        ("date 2023-11 De minister zei dat het kan.", "2023-11"),
        ("date 2023-11-30\nDe minister zei dat het kan.", "2023-11-30"),
        ("  \n\t date 2024-02-29 \r\n\r\n  De minister zei dat het kan.\n", "2024-02-29"),
        ("\ufeffdate 2023-11 De minister zei dat het kan.", "2023-11"),
    ],
)
def test_seed_format_header_gives_the_date_and_the_body(
    tmp_path: Path, raw: str, date: str
) -> None:
    path = tmp_path / "artikel-7.txt"
    path.write_text(raw, encoding="utf-8", newline="")
    doc = one_doc(path)
    assert doc.id == "artikel-7"
    assert doc.date == date
    assert doc.text == "De minister zei dat het kan."
    assert doc.source == str(path)
    # Offsets map back into the file's text, past the header.
    # Offsets map back into the decoded file (a UTF-8 BOM is gone with the decoding).
    assert doc.offsets is not None
    decoded = raw.removeprefix("\ufeff")
    start = doc.text.index("minister")
    original = decoded[doc.offsets.to_original(start) : doc.offsets.to_original(start + 8)]
    assert original == "minister"


@pytest.mark.parametrize(
    "header", ["date 2022-13", "date yesterday", "date 2023-02-30", "date 23-1"]
)
def test_malformed_date_header_fails_naming_file_and_header(tmp_path: Path, header: str) -> None:
    path = tmp_path / "kapot.txt"
    path.write_text(f"{header}\nDe premier zei dat alles goed gaat.", encoding="utf-8")
    failure = one_failure(path)
    assert failure.source == str(path)
    assert "malformed date header" in failure.reason
    assert header in failure.reason
    assert not failure.skipped


def test_header_without_body_fails(tmp_path: Path) -> None:
    path = tmp_path / "leeg.txt"
    path.write_text("date 2024-01-05\n\n  ", encoding="utf-8")
    assert "no article text" in one_failure(path).reason


def test_plain_text_without_header_is_the_whole_text(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("\nThe spokesman said that talks would resume.\r\nHe gave no date.\n")
    doc = one_doc(path)
    assert doc.date is None
    assert doc.text == "The spokesman said that talks would resume.\nHe gave no date."


def test_a_sentence_starting_with_the_word_dates_is_not_a_header(tmp_path: Path) -> None:
    path = tmp_path / "dates.txt"
    path.write_text("dates and figs were on the menu, the chef said.")
    assert one_doc(path).date is None


# -- encodings and bad bytes -----------------------------------------------------------------


def test_latin1_dutch_text_is_decoded(tmp_path: Path) -> None:
    text = "De president van Oekraïne zei dat België en Curaçao hulp sturen."
    path = tmp_path / "latin.txt"
    path.write_bytes(text.encode("latin-1"))
    assert one_doc(path).text == text


def test_short_cp1252_text_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "kort.txt"
    path.write_bytes("Oekraïne".encode("cp1252"))
    assert one_doc(path).text == "Oekraïne"


def test_cp1252_quotes_are_decoded(tmp_path: Path) -> None:
    text = "„Wij bluffen niet”, zei de minister — ‘zeker niet’."
    path = tmp_path / "quotes.txt"
    path.write_bytes(text.encode("cp1252"))
    assert one_doc(path).text == text


def test_utf16_with_bom_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes("date 2024-03 Volgens experts is het risico klein.".encode("utf-16"))
    doc = one_doc(path)
    assert doc.date == "2024-03"
    assert doc.text == "Volgens experts is het risico klein."


def test_decomposed_unicode_is_composed(tmp_path: Path) -> None:
    path = tmp_path / "nfd.txt"
    path.write_text("Oekrai\u0308ne", encoding="utf-8")
    assert one_doc(path).text == "Oekraïne"


def test_binary_file_fails(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    assert one_failure(path).reason == "binary file, not text"


def test_random_bytes_without_nul_fail_as_binary(tmp_path: Path) -> None:
    import random

    rng = random.Random(4)
    data = bytes(rng.choice(range(1, 256)) for _ in range(4000))
    path = tmp_path / "noise.txt"
    path.write_bytes(data)
    assert one_failure(path).reason == "binary file, not text"


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  "])
def test_empty_or_blank_file_fails(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert one_failure(path).reason == "empty file"


def test_file_over_the_limit_fails_without_being_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRINK_MAX_FILE_BYTES", "1000")
    path = tmp_path / "big.txt"
    with path.open("wb") as f:
        f.truncate(5000)  # sparse: NUL bytes, so reading it would also fail, but differently
    reason = one_failure(path).reason
    assert "too large" in reason
    assert "5000 bytes" in reason
    assert "1000 bytes" in reason


def test_missing_path_fails(tmp_path: Path) -> None:
    failure = one_failure(tmp_path / "nowhere.txt")
    assert failure.reason == "no such file or directory"


def test_unreadable_file_fails(tmp_path: Path) -> None:
    import os

    if os.geteuid() == 0:
        pytest.skip("root can read anything")
    path = tmp_path / "secret.txt"
    path.write_text("text")
    path.chmod(0)
    assert one_failure(path).reason == "permission denied"


# -- HTML --------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
<title>Minister waarschuwt voor wapenwedloop | Het Voorbeeldblad</title>
<meta property="og:title" content="Minister waarschuwt voor wapenwedloop">
<meta property="og:site_name" content="Het Voorbeeldblad">
<meta property="og:url" content="https://voorbeeld.example/nieuws/wapenwedloop">
<meta property="article:published_time" content="2024-03-05T10:00:00+01:00">
</head><body><nav><a href="/">Voorpagina</a> | <a href="/buitenland">Buitenland</a></nav>
<article><h1>Minister waarschuwt voor wapenwedloop</h1>
<p>De minister van Defensie zei dinsdag dat de gesprekken over wapenbeheersing zijn mislukt.
,,Wij aanvaarden dit niet”, zei zij tegen verslaggevers in de hoofdstad.</p>
<p>Volgens analisten neemt het risico op escalatie toe, al verwachten de meesten dat de
gesprekken in het voorjaar worden hervat. Het ministerie wilde niet reageren.</p>
<p>Het bericht verscheen eerst in een regionale krant, die zich op bronnen in het leger beriep.</p>
</article><footer>Alle rechten voorbehouden</footer></body></html>"""


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "wapenwedloop.html"
    path.write_text(PAGE, encoding="utf-8")
    doc = one_doc(path)
    assert doc.id == "wapenwedloop"
    assert doc.title == "Minister waarschuwt voor wapenwedloop"
    assert doc.outlet == "Het Voorbeeldblad"
    assert doc.url == "https://voorbeeld.example/nieuws/wapenwedloop"
    assert doc.date == "2024-03-05"
    assert ",,Wij aanvaarden dit niet”, zei zij" in doc.text
    assert "Volgens analisten" in doc.text
    assert "Voorpagina" not in doc.text
    assert "Alle rechten" not in doc.text


def test_html_in_a_legacy_encoding(tmp_path: Path) -> None:
    path = tmp_path / "oud.htm"
    page = PAGE.replace('charset="utf-8"', 'charset="windows-1252"').replace(
        "de hoofdstad", "Oekraïne"
    )
    path.write_bytes(page.encode("cp1252"))
    assert "verslaggevers in Oekraïne" in one_doc(path).text


def test_html_without_article_text_fails(tmp_path: Path) -> None:
    path = tmp_path / "leeg.html"
    path.write_text("<html><head><title>x</title></head><body><script>x=1</script></body></html>")
    assert "no article text" in one_failure(path).reason


# -- JSON lines and CSV ---------------------------------------------------------------------


def test_jsonl_yields_articles_and_one_failure_per_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": "Volgens de minister is alles rustig.", "lang": "nl"}),
        "this line is not json",
        json.dumps({"text": "The minister said it was calm.", "date": "2024-01-02"}),
        "",
        json.dumps({"id": "no-text", "title": "Kop zonder tekst"}),
        json.dumps(["a", "list"]),
        json.dumps(
            {
                "id": 42,
                "text": "Hij zei dat het kon.",
                "title": "Kop",
                "outlet": "Het Blad",
                "url": "https://x.example/1",
                "lang": "nl-NL",
                "statements": [{"content": "ignored"}],
                "events": [],
            }
        ),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read(path)
    assert [type(i).__name__ for i in items] == [
        "Document",
        "ReadFailure",
        "Document",
        "ReadFailure",
        "ReadFailure",
        "Document",
    ]
    first, bad, second, no_text, not_object, third = items
    assert isinstance(first, Document) and first.id == "a1" and first.lang == "nl"
    assert first.source == f"{path}:1"
    assert isinstance(bad, ReadFailure) and bad.line == 2 and "not JSON" in bad.reason
    assert str(bad).startswith(f"{path}:2: ")
    assert isinstance(second, Document) and second.id == "corpus-3"
    assert second.date == "2024-01-02"
    assert isinstance(no_text, ReadFailure) and no_text.line == 5 and "text" in no_text.reason
    assert isinstance(not_object, ReadFailure) and not_object.line == 6
    assert isinstance(third, Document)
    assert (third.id, third.title, third.outlet, third.url, third.lang) == (
        "42",
        "Kop",
        "Het Blad",
        "https://x.example/1",
        "nl",
    )


def test_jsonl_invalid_utf8_line_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'{"id": "x", "text": "Oekra\xefne"}\n' + b'{"id": "y", "text": "fine"}\n')
    items = read(path)
    assert isinstance(items[0], ReadFailure) and items[0].line == 1
    assert "UTF-8" in items[0].reason
    assert isinstance(items[1], Document) and items[1].id == "y"


def test_empty_jsonl_fails(tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_text("\n\n")
    assert one_failure(path).reason == "empty file"


def test_csv_rows_become_articles(tmp_path: Path) -> None:
    path = tmp_path / "artikelen.csv"
    path.write_text(
        "id,date,text,extra\n"
        'r1,2024-05-01,"De woordvoerder zei: ""Wij wachten af.""\nNieuwe regel.",x\n'
        ",,Volgens ingewijden is er een akkoord.,y\n"
        "r3,,,z\n",
        encoding="utf-8",
    )
    items = read(path)
    assert isinstance(items[0], Document)
    assert items[0].id == "r1" and items[0].date == "2024-05-01"
    assert items[0].text == 'De woordvoerder zei: "Wij wachten af."\nNieuwe regel.'
    assert items[0].source == f"{path}:2"
    assert isinstance(items[1], Document) and items[1].id == "artikelen-4"
    assert isinstance(items[2], ReadFailure) and items[2].line == 5
    assert "empty" in items[2].reason


def test_csv_in_cp1252_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes(
        "id;text\n".replace(";", ",").encode() + "a,Oekraïne en België\n".encode("cp1252")
    )
    doc = read(path)[0]
    assert isinstance(doc, Document) and doc.text == "Oekraïne en België"


def test_csv_without_text_column_fails(tmp_path: Path) -> None:
    path = tmp_path / "wrong.csv"
    path.write_text("id,body\n1,hello\n")
    failure = one_failure(path)
    assert "no `text` column" in failure.reason


# -- folders ---------------------------------------------------------------------------------


def test_folder_is_read_recursively_sorted_skipping_hidden_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Zeta zei dat het kon.")
    (tmp_path / "b" / "a.txt").write_text("Alfa zei dat het kon.")
    (tmp_path / "a.txt").write_text("date 2024-01 Eerste.")
    (tmp_path / ".hidden.txt").write_text("verborgen")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("verborgen")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    items = read(tmp_path)
    assert [Path(i.source or "").name for i in items if isinstance(i, Document)] == [
        "a.txt",
        "a.txt",
        "z.txt",
    ]
    assert [i.text for i in items if isinstance(i, Document)] == [
        "Eerste.",
        "Alfa zei dat het kon.",
        "Zeta zei dat het kon.",
    ]
    skipped = [i for i in items if isinstance(i, ReadFailure)]
    assert len(skipped) == 1 and skipped[0].skipped
    assert skipped[0].source.endswith("photo.png") and ".png" in skipped[0].reason


def test_unknown_extension_named_explicitly_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "bericht.md"
    path.write_text("date 2024-04-01 Volgens de premier is het rustig.")
    doc = one_doc(path)
    assert doc.date == "2024-04-01"


def test_unknown_binary_named_explicitly_fails(tmp_path: Path) -> None:
    path = tmp_path / "photo.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    failure = one_failure(path)
    assert failure.reason == "binary file, not text" and not failure.skipped


# -- standard input ---------------------------------------------------------------------------


def stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_text(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin(monkeypatch, b"date 2024-02 Hij zei dat het kon.")
    (doc,) = read("-")
    assert isinstance(doc, Document)
    assert (doc.id, doc.date, doc.text, doc.source) == (
        "stdin",
        "2024-02",
        "Hij zei dat het kon.",
        "-",
    )


def test_stdin_json_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin(monkeypatch, b'{"text": "Een."}\n{broken\n{"id": "b", "text": "Twee."}\n')
    items = read("-")
    assert [getattr(i, "id", None) for i in items] == ["stdin-1", None, "b"]
    assert isinstance(items[1], ReadFailure) and items[1].line == 2


def test_stdin_over_the_limit_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRINK_MAX_FILE_BYTES", "100")
    stdin(monkeypatch, b"word " * 100)
    (failure,) = read("-")
    assert isinstance(failure, ReadFailure) and "too large" in failure.reason
