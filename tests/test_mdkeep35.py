"""A whole page as Markdown, round 35 (issue 11, mdkeep35): the page's title, its first level-1 heading of its own
words before the article's prose, stays when the page's menus around it go; the menus still go, and so does a
heading that is one link (the site's name) or a level-1 heading after the prose between removed menus. Our own
texts."""

from __future__ import annotations

import cleaner
from cleaner.decision import _markdown_title
from cleaner.readers.text import text_blocks

TOP_MENU = """* [Home](/index.html)
* [Courses](/courses.html)
* [Staff](/staff.html)
* [Library](/library.html)
* [Alumni](/alumni.html)
* [Contact](/contact.html)

"""

SIDE_MENU = """* [Centre Home](../index.asp)
* [Training](../training.asp)
* [Business Help](../help.asp)
* [Workshops](workshops.asp)
* [Room Rental](../rental.asp)
* [About Us](../about.asp)

"""

PROSE = """The spring programme opens with a two-day workshop on bookkeeping for small firms, taught by two accountants
who ran their own shops before they turned to teaching, and it is followed by an evening course on writing a plan.

Each session is held in the east wing of the college, and the fees can be paid at the first meeting or in advance
through the office, which also keeps a list of the grants that cover part of the cost for new businesses.
"""

FOOTER_MENU = """* [Privacy](/privacy.html)
* [Terms](/terms.html)
* [Accessibility](/access.html)
* [Jobs](/jobs.html)
* [Press](/press.html)

"""


def _result(document: str):
    return cleaner.clean(document, format="markdown")


def _blocks(document: str):
    engine = cleaner.Cleaner()
    return text_blocks(document, markdown=True, cues=engine.cues, names=engine.names)


def test_the_title_between_removed_menus_stays():
    result = _result(TOP_MENU + "# Courses, Seminars and Workshops Listed by Program\n\n" + SIDE_MENU + PROSE)
    assert "Courses, Seminars and Workshops Listed by Program" in result.text
    assert "bookkeeping for small firms" in result.text


def test_the_menus_around_the_title_still_go():
    result = _result(TOP_MENU + "# Courses, Seminars and Workshops Listed by Program\n\n" + SIDE_MENU + PROSE)
    assert "Room Rental" not in result.text
    assert "Alumni" not in result.text


def test_a_site_name_heading_of_one_link_is_no_title():
    blocks = _blocks("# [Harbour College](/index.html)\n\n# Spring courses\n\n" + PROSE)
    assert blocks[_markdown_title(blocks, [b.type == "paragraph" for b in blocks])].plain.strip() == "Spring courses"


def test_a_level_one_heading_after_the_prose_is_no_title():
    blocks = _blocks(PROSE + "\n# Around the college\n")
    assert _markdown_title(blocks, [b.type == "paragraph" for b in blocks]) == -1


def test_a_site_name_heading_between_removed_menus_still_goes():
    result = _result(TOP_MENU + "# [Harbour College](/index.html)\n\n" + SIDE_MENU + "# Spring courses\n\n" + PROSE)
    assert "Harbour College" not in result.text
    assert "Room Rental" not in result.text
    assert "Spring courses" in result.text
