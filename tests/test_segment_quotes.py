"""Quotation marks and sentence boundaries on the project's own sentences."""

from __future__ import annotations

from brink.analyse.quotes import find_quotes
from brink.analyse.segment import split_sentences
from brink.languages import load_language

NL = load_language("nl")
EN = load_language("en")


def quoted(text: str, res=NL) -> list[str]:  # type: ignore[no-untyped-def]
    return [text[q.start : q.end] for q in find_quotes(text, res.quote_pairs) if q.depth == 0]


def sentences(text: str, res=NL) -> list[str]:  # type: ignore[no-untyped-def]
    quotes = [q for q in find_quotes(text, res.quote_pairs) if q.depth == 0]
    return [s.text(text) for s in split_sentences(text, res, quotes)]


def test_every_quote_convention() -> None:
    text = ",,Een” en „twee” en “drie” en \"vier\" en «vijf» en ‘zes’ en 'zeven'."
    assert quoted(text) == ["Een", "twee", "drie", "vier", "vijf", "zes", "zeven"]


def test_an_opening_mark_set_apart_from_its_first_word_still_opens() -> None:
    assert quoted("He said: “ we stay,” and left.", EN) == ["we stay,"]
    # a straight mark with a space after it opens nothing
    assert quoted('Six " and seven.', EN) == []


def test_dutch_low_single_quote() -> None:
    assert quoted("‚Dit is geen bluf’, zei hij.") == ["Dit is geen bluf"]


def test_apostrophes_inside_words_are_not_quotes() -> None:
    assert quoted("De nazi’s en de auto's van Moskva’s vloot.") == []
    assert quoted("It’s the countries’ leaders who can’t agree.", EN) == []


def test_nested_partial_quote_keeps_its_marks() -> None:
    text = "“He called it ‘a bluff’ and left,” she said."
    found = find_quotes(text, EN.quote_pairs)
    outer = [q for q in found if q.depth == 0]
    inner = [q for q in found if q.depth == 1]
    assert [text[q.start : q.end] for q in outer] == ["He called it ‘a bluff’ and left,"]
    assert [text[q.start : q.end] for q in inner] == ["a bluff"]


def test_unclosed_quote_runs_to_the_next_opening_mark() -> None:
    text = "“The first part ends here. “The second part is closed.”"
    assert quoted(text, EN) == ["The first part ends here.", "The second part is closed."]


def test_opening_quote_starts_the_next_sentence() -> None:
    text = 'Hij was duidelijk. ,,Wij wijken niet”, zei hij. "Nooit."'
    assert sentences(text) == ["Hij was duidelijk.", ",,Wij wijken niet”, zei hij.", '"Nooit."']


def test_no_sentence_break_inside_a_quotation() -> None:
    text = "“We waited. Nothing came,” the envoy said. Then the talks ended."
    assert sentences(text, EN) == [
        "“We waited. Nothing came,” the envoy said.",
        "Then the talks ended.",
    ]


def test_line_breaks_and_abbreviations() -> None:
    text = "Kop zonder punt\nDr. Smit en J. de Boer spraken bijv. over de crisis. Daarna niet."
    assert sentences(text) == [
        "Kop zonder punt",
        "Dr. Smit en J. de Boer spraken bijv. over de crisis.",
        "Daarna niet.",
    ]


def test_heading_glued_to_the_next_sentence_is_cut_off() -> None:
    text = "Dat was het. Nieuwe wapens In het gesprek zei hij meer."
    assert sentences(text) == ["Dat was het.", "Nieuwe wapens", "In het gesprek zei hij meer."]


def test_glued_question_mark() -> None:
    assert sentences("Is this the end?Read more about it.", EN) == [
        "Is this the end?",
        "Read more about it.",
    ]


def test_glued_link_label_is_a_sentence_of_its_own() -> None:
    assert sentences("Ministers met in Oslo to talk about the dealRead more The talks went "
                     "on.", EN) == [
        "Ministers met in Oslo to talk about the deal", "Read more", "The talks went on."]
    assert sentences("De ministers spraken in Oslo over het akkoordLees ook Het overleg ging "
                     "door.") == [
        "De ministers spraken in Oslo over het akkoord", "Lees ook", "Het overleg ging door."]
    assert sentences("Are they ready?Read more The talks went on.", EN) == [
        "Are they ready?", "Read more", "The talks went on."]
    # a label with a space before it is ordinary text
    assert sentences("Read more books, he said.", EN) == ["Read more books, he said."]


def test_a_quote_opened_apart_from_its_word_may_close_apart_too() -> None:
    assert quoted("« We will not give in » and left. Then the talks ended.", EN) == [
        "We will not give in"]


def test_glued_link_labels_of_a_whole_text_are_kept_for_the_next_stage() -> None:
    res = load_language("en")
    text = "Talks went on in the capitalRead more The envoy left."
    first = res.glued_link_labels(text)
    assert first == [(28, 37)] and text[28:37] == "Read more"
    first.clear()  # the caller's copy: the kept answer is not changed by it
    assert res.glued_link_labels(text) == [(28, 37)]
    other = "No label here, the envoy said."
    assert res.glued_link_labels(other) == []
    # a range of the text is read anew, not from the kept answer
    assert res.glued_link_labels(text, 0, 20) == []
