"""tidy39 (review): one rule in one place. A picture file's extensions are one list (links.IMAGE_EXTENSIONS) read by
every reader of a picture's file: a file name alone (detectors/image_residue.py), a slug's file (detectors/glued.py),
a credit's link to a picture (textmeta.credit_source). Fixtures written for these tests."""

from __future__ import annotations

import pytest

from cleaner.detectors.glued import slug_line
from cleaner.detectors.image_residue import residue_line
from cleaner.links import IMAGE_EXTENSIONS
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
