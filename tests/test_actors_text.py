"""Property tests for the actor linker's word splitter (it avoids regular expressions for
speed, so it is checked against the plain `\\w+` definition it must agree with)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from brink.actors.text import _TABLE, TOKEN_RE, fold, fold_word, needs_whole_lower, words_of

# Letters, digits, marks, punctuation and spaces from several scripts, plus the characters
# whose lower-casing is special (İ, Σ, the Kelvin sign).
ALPHABET = st.sampled_from(
    list("abcXYZ019 ,.-'’_\n\téëïöüçñßÆøåłđ") + list("МедвПутинΣσςİıK") + ["\u212a", "\u0301"]
)


def reference(text: str) -> tuple[list[str], list[int]]:
    source = text.lower() if needs_whole_lower(text) else text
    matches = list(TOKEN_RE.finditer(source))
    return [fold_word(m.group(0).lower()) for m in matches], [m.start() for m in matches]


@settings(max_examples=400, deadline=None)
@given(st.lists(ALPHABET, max_size=60).map("".join))
def test_words_of_agrees_with_the_regular_expression(text: str) -> None:
    source = text.lower() if needs_whole_lower(text) else text
    assert words_of(source) == reference(text)


def test_words_of_on_a_sentence() -> None:
    words, starts = words_of("Medvedev told Interfax: Médvédev, Медведев!")
    assert words == ["medvedev", "told", "interfax", "medvedev", "медведев"]
    assert starts == [0, 9, 14, 24, 34]


def test_fold_of_ascii_text_agrees_with_the_table() -> None:
    # (`fold` lower-cases ASCII text without a look-up in the table)
    text = "".join(map(chr, range(128)))
    assert fold(text) == text.lower().translate(_TABLE)
