"""normalise_text: newlines, BOMs, control characters and NFC, with a map back to the input."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from brink.model import OffsetMap
from brink.normalise import normalise_text, shift_map

# Characters that stress the normaliser: newlines, controls, BOM, combining marks, Hangul
# jamo, composition exclusions and expansions, ordinary letters.
TRICKY = (
    "ab \n\t\r\x00\x01\x7f\x85\x9f\ufeff\u2028\u2029"
    "e\u0301\u0308\u0323\u0327éïÅ\u212b\u2126"
    "\u1100\u1161\u11a8가"
    "\u0958\u0915\u093c\u0b47\u0b3e\u0f73\u0344"
)


def mapped(raw: str) -> tuple[str, OffsetMap, list[int]]:
    text, offsets = normalise_text(raw)
    return text, offsets, [offsets.to_original(i) for i in range(len(text) + 1)]


def test_clean_text_is_returned_unchanged_with_an_identity_map() -> None:
    raw = "De minister zei dat het overleg doorgaat.\n\tVolgens experts is dat goed."
    text, offsets = normalise_text(raw)
    assert text == raw
    assert offsets.points == []


def test_newlines_become_line_feeds() -> None:
    text, _, _ = mapped("one\r\ntwo\rthree\u2028four\x85five\nsix")
    assert text == "one\ntwo\nthree\nfour\nfive\nsix"


def test_bom_and_control_characters_are_removed_tab_and_newline_kept() -> None:
    text, _, _ = mapped("\ufeffA\x00B\x07\tC\x1b[0m\nD\x7f\x9bE")
    assert text == "AB\tC[0m\nDE"


def test_decomposed_letters_are_composed() -> None:
    text, _offsets, table = mapped("Oekrai\u0308ne en Belgie\u0308")
    assert text == "Oekraïne en België"
    # "ï" is one character made of two: the word after it keeps its place in the input.
    raw = "Oekrai\u0308ne en Belgie\u0308"
    start = text.index("en")
    assert raw[table[start] : table[start + 2]] == "en"
    assert raw[table[5] : table[6]] == "i\u0308"


def test_a_span_maps_back_to_the_stretch_of_input_it_came_from() -> None:
    raw = "\ufeffHij zei:\r\n,,Wij bluffen niet.\x00”\r\n"
    text, offsets = normalise_text(raw)
    assert text == "Hij zei:\n,,Wij bluffen niet.”\n"
    start = text.index("Wij")
    end = text.index("”")
    # Removed characters belong to the character after them, so the span stops before "\x00".
    assert raw[offsets.to_original(start) : offsets.to_original(end)] == "Wij bluffen niet."
    assert raw[offsets.to_original(end) : offsets.to_original(end + 1)] == "\x00”"


def test_crlf_newline_maps_to_both_input_characters() -> None:
    raw = "a\r\nb"
    text, _offsets, table = mapped(raw)
    assert text == "a\nb"
    assert table == [0, 1, 3, 4]
    assert raw[table[1] : table[2]] == "\r\n"


def test_shift_map_accounts_for_a_stripped_header() -> None:
    raw = "date 2024-01-01\nBody\r\ntext"
    body = raw[16:]
    text, offsets = normalise_text(body)
    shifted = shift_map(offsets, 16)
    assert shifted.to_original(0) == 16
    assert raw[shifted.to_original(text.index("text")) :] == "text"
    assert shifted.to_original(len(text)) == len(raw)


def test_offset_map_lookup_is_fast_on_many_points() -> None:
    raw = "line\r\n" * 200_000
    text, offsets = normalise_text(raw)
    assert len(offsets.points) >= 200_000
    assert offsets.to_original(len(text)) == len(raw)
    assert offsets.to_original(5 * 1000) == 6 * 1000


@pytest.mark.parametrize(
    "raw",
    ["", "\x00", "\ufeff", "\r\n", "e\u0301", "\u0958", "\u1100\u1161\u11a8", "a\x00\u0301"],
)
def test_edge_cases_keep_the_end_and_order(raw: str) -> None:
    text, _, table = mapped(raw)
    assert text == unicodedata.normalize("NFC", text)
    assert table[-1] == len(raw)
    assert table == sorted(table)


def check_properties(raw: str) -> None:
    text, _offsets, table = mapped(raw)
    # The result is clean: NFC, no carriage returns, no controls but \n and \t, no BOM.
    assert unicodedata.is_normalized("NFC", text)
    assert not any(
        (unicodedata.category(c) == "Cc" and c not in "\n\t") or c == "\ufeff" for c in text
    )
    # Normalising twice changes nothing.
    assert normalise_text(text)[0] == text
    # The map is monotone, starts at 0 (for non-empty text) and ends at the end.
    assert table == sorted(table)
    assert table[-1] == len(raw)
    if text:
        assert table[0] == 0
    assert all(0 <= t <= len(raw) for t in table)
    # Every ASCII character of the output comes from the stretch of input it maps to (itself,
    # or a singleton that NFC turns into it: the Greek question mark becomes ";").
    for i, ch in enumerate(text):
        stretch = raw[table[i] : table[i + 1]]
        if ch.isascii() and ch != "\n":
            assert unicodedata.normalize("NFC", stretch.translate(_REMOVED)) == ch


# What normalise_text removes: controls except tab and newlines, and the BOM.
_REMOVED = {
    c: None for c in [*range(0x00, 0x20), *range(0x7F, 0xA0), 0xFEFF] if chr(c) not in "\t\n\r\x85"
}


@settings(max_examples=400, deadline=None)
@given(st.text())
@example("a\u037eb")  # regression: a singleton that NFC maps to ASCII
def test_properties_on_random_unicode(raw: str) -> None:
    check_properties(raw)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=TRICKY, max_size=60))
@example("\ufeffab\r\ncd\x00")
@example("a\u0958b\x00")
@example("\x00e\u0301\r\n\u1100\u1161")
def test_properties_on_tricky_characters(raw: str) -> None:
    check_properties(raw)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abé€ж中\U0001f600 .,\n\t\r\x00\x01\ufeff\x85\u2028", max_size=60))
def test_unchanged_characters_map_to_themselves(raw: str) -> None:
    # No character here composes with another: each one either survives as itself, becomes
    # a newline or is removed, and each survivor must map to its own place in the input.
    text, _, table = mapped(raw)
    survivors = [c for c in raw.replace("\r\n", "\n") if c not in "\x00\x01\ufeff"]
    survivors = ["\n" if c in "\r\x85\u2028" else c for c in survivors]
    assert list(text) == survivors
    for i, ch in enumerate(text):
        stretch = raw[table[i] : table[i + 1]]
        if ch == "\n":
            assert stretch.strip("\x00\x01\ufeff") in ("\n", "\r\n", "\r", "\x85", "\u2028")
        else:
            assert stretch.strip("\x00\x01\ufeff") == ch
