"""Sentence spans for the coder and the event finder (own text)."""

from __future__ import annotations

import pytest

from brink.coding.sentences import sentence_spans


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Peru asked for a meeting of the U.N. Security Council. Chile agreed.", "en",
     ["Peru asked for a meeting of the U.N. Security Council.", "Chile agreed."]),
    ("Anna Berg met Mr. Sokolov in Lima. They spoke for an hour.", "en",
     ["Anna Berg met Mr. Sokolov in Lima.", "They spoke for an hour."]),
    ("Minister J. Jansen sprak met de VN. Daarna vertrok hij.", "nl",
     ["Minister J. Jansen sprak met de VN.", "Daarna vertrok hij."]),
    ("First line\nSecond line.", "en", ["First line", "Second line."]),
    # a letter after a channel word is a name, not an initial (the extraction's rule)
    ("Jansen schreef dat op X. Volgens hem is het ernstig.", "nl",
     ["Jansen schreef dat op X.", "Volgens hem is het ernstig."]),
])
def test_abbreviations_and_initials_end_no_sentence(text: str, lang: str,
                                                     expected: list[str]) -> None:
    assert [text[a:b] for a, b in sentence_spans(text, lang)] == expected


def test_an_unknown_language_still_splits() -> None:
    assert len(sentence_spans("One. Two.", "xx")) == 2


@pytest.mark.parametrize(("text", "lang", "first"), [
    # a heading glued to its paragraph: an opener that is capitalised nowhere else
    ("Kritiek op de zorgkosten Vooral tegen de plannen van het kabinet is veel bezwaar.", "nl",
     "Kritiek op de zorgkosten"),
    ("Talks stall in Brussels Meanwhile, the ministers met again.", "en",
     "Talks stall in Brussels"),
    # a capitalised name part is no opener
    ("Het kabinet vroeg minister De Jonge om uitleg.", "nl",
     "Het kabinet vroeg minister De Jonge om uitleg."),
])
def test_a_glued_heading_ends_a_sentence(text: str, lang: str, first: str) -> None:
    a, b = sentence_spans(text, lang)[0]
    assert text[a:b] == first
