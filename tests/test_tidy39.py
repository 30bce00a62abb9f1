"""tidy39 (review): one rule in one place. A picture file's extensions are one list (links.IMAGE_EXTENSIONS) read by
every reader of a picture's file: a file name alone (detectors/image_residue.py), a slug's file (detectors/glued.py),
a credit's link to a picture (textmeta.credit_source). A block's lines as plain text are one reading for the
detectors (detectors/base.plain_lines). Fixtures written for these tests."""

from __future__ import annotations

import pytest

from cleaner.detectors.base import plain_line, plain_lines
from cleaner.detectors.chrome import block_shape
from cleaner.detectors.glued import slug_line
from cleaner.detectors.image_residue import residue_line
from cleaner.links import IMAGE_EXTENSIONS
from cleaner.model import Block
from cleaner.textmeta import credit_source


@pytest.mark.parametrize("extension", IMAGE_EXTENSIONS)
def test_every_reader_of_a_picture_file_knows_every_extension(extension):
    assert residue_line(f"IMG_2041{extension}") == "navigation.image_remnant"
    assert residue_line(f"IMG_2041{extension.upper()}") == "navigation.image_remnant"
    assert slug_line(f"harbour-ferry-timetable-2024{extension}")
    assert credit_source(f"Source: https://example.org/pictures/ferry{extension}") is None


def test_a_credit_to_a_page_is_still_a_source():
    assert credit_source("Source: https://example.org/news/ferry-timetable") == "https://example.org/news/ferry-timetable"
    assert not slug_line("harbour-ferry-timetable-2024.pdf")


# one reading of a block's lines for the detectors (detectors/base.plain_lines): navigation.chrome's line shapes
# and the lines' title lists

@pytest.mark.parametrize("line, plain", [
    ("**Share** | *Tweet*", "Share | Tweet"),  # emphasis at a word's edge
    ("- [Home](/) · [News](/news)", "Home · News"),  # a list marker, links as their text
    ("1. *The new ferry timetable*", "The new ferry timetable"),  # a numbered item
    ("[Curtir]{.button} [Compartilhar]{.button}", "Curtir Compartilhar"),  # Pandoc's spans
    ("## The harbour **today**", "The harbour today"),
    ("IMG_2041.jpg and snake_case, 2*3", "IMG_2041.jpg and snake_case, 2*3"),  # marks inside words stay
])
def test_plain_line(line, plain):
    assert plain_line(line) == plain


def test_plain_lines_of_a_block():
    block = Block(index=0, type="paragraph", text="**Share** | *Tweet*\n\n[Curtir]{.button} [Compartilhar]{.button}\n",
                  plain="Share | Tweet Curtir Compartilhar")
    assert plain_lines(block) == ["Share | Tweet", "Curtir Compartilhar"]
    buttons = Block(index=0, type="paragraph", text="[Curtir]{.button} [Compartilhar]{.button}\n",
                    plain="Curtir Compartilhar")
    assert block_shape(buttons) is not None  # (Pandoc's spans: navigation.chrome's lines read through them)
