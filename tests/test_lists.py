"""List markers in plain text: cleaning the clean text again changes nothing, whatever the markers and the blank
lines between the items (docs/reliability.md, "Idempotence")."""

from __future__ import annotations

from hypothesis import example, given, strategies as st

import cleaner

import _documents  # noqa: F401  (the hypothesis profiles: "ci" by default)

KEEP_ALL = cleaner.Cleaner(kinds=(), detect_language=False)
MARKERS = ["- ", "* ", "• ", "+ ", "1. ", "2. ", "3) ", "10. ", "  - ", "    1. ", "", "", "2.", "-"]
GAPS = ["\n", "\n\n", "\n\n\n", "\n \n", "\n\n\n\n"]
WORDS = ["a", "b", "tomatoes", "water", "Source:", "the", "2024.", "- x", "1."]


@st.composite
def marked_lines(draw) -> str:
    pieces = []
    for _ in range(draw(st.integers(1, 8))):
        words = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4)))
        pieces.append(draw(st.sampled_from(MARKERS)) + words)
        pieces.append(draw(st.sampled_from(GAPS)))
    return "".join(pieces)


def test_a_numbered_item_after_a_bullet_and_two_blank_lines():
    once = cleaner.clean("- a\n\n\n2. b").text
    assert once == "- a\n\n2. b"  # a paragraph: its number is kept
    assert cleaner.clean(once).text == once


@given(marked_lines(), st.sampled_from(["auto", "text"]))
@example("- a\n\n\n2. b", "auto")
@example("- a\n\n\n2. b", "text")
@example("- a\n\n+ b\n\n\n3) c", "text")
@example("- a\n    1. a\n", "text")  # an indented item: its marker is its own, not a continuation's text
@example("1. Source:\n- a\n", "text")  # the item's number read as a sentence before a cue
def test_list_markers_read_and_rendered_again_change_nothing(document, fmt):
    once = KEEP_ALL.clean(document, format=fmt).text
    assert KEEP_ALL.clean(once, format=fmt).text == once
    if "Source:" not in document:  # the decision weighs context: not a fixed point on every input (the doc)
        once = cleaner.clean(document, format=fmt).text
        assert cleaner.clean(once, format=fmt).text == once


@given(marked_lines())
def test_markdown_lists_rendered_as_text_read_back_the_same(document):
    once = KEEP_ALL.clean(document, format="markdown").text
    assert KEEP_ALL.clean(once, format="text").text == once
