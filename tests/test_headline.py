"""An HTML page's headline (<h1> = the page's title) is never removed, wherever trafilatura puts it."""

from __future__ import annotations

import cleaner
from cleaner.model import Block, Finding
from cleaner.result import headline_index

_BODY = (
    "<p>Basil thrives in July heat and sulks when nights drop below ten degrees, which in most northern states means "
    "the pot on the porch is doomed by early October. Bring it in before the first cold snap and give it the sunniest "
    "window you have.</p>"
    "<p>Water it less than you would in summer: the roots rot in cold wet soil long before the leaves show it. A clay "
    "pot dries faster than plastic and forgives more.</p>"
    "<p>Pinch the flower buds as soon as they appear, and harvest from the top so the plant branches instead of "
    "growing one tall stem toward the glass.</p>"
)


def _page(title: str, heading: str) -> str:
    # a short first line that is not the headline, then the headline between two removed lines: the decision's
    # "short line between two removals at the edge" rule took it before
    return (f"<html><head><title>{title}</title></head><body><article>"
            "<p>Reader rating 4.5 of 5</p>"
            "<p>Share on Facebook | Share on Twitter | Pin it | Email</p>"
            f"<h1>{heading}</h1>"
            "<p>Follow us on Facebook, Instagram and YouTube</p>"
            f"{_BODY}</article></body></html>")


def test_headline_between_removals_stays():
    result = cleaner.clean(_page("Basil through the winter | Garden Notes", "Basil through the winter"))
    assert result.text.startswith("Basil through the winter\n\nBasil thrives")
    assert all("Basil through the winter" not in removal.text for removal in result.removed)
    assert any(removal.rule == "call_to_action.lead" for removal in result.removed)  # the share bar still goes


def test_a_heading_the_title_only_contains_is_not_protected():
    result = cleaner.clean(_page("Basil through the winter | Garden Notes", "Garden"))
    assert any(removal.text.strip("# ") == "Garden" for removal in result.removed)


def _heading(text: str, level: int = 1) -> Block:
    return Block(index=0, text=f"{'#' * level} {text}", type="heading", level=level, plain=text)


def test_headline_index():
    blocks = [Block(index=0, text="Rating 4.5", type="paragraph", plain="Rating 4.5"), _heading("Download", 3),
              _heading("BestCrypt"), _heading("BestCrypt")]
    none: list[list[Finding]] = [[] for _ in blocks]
    assert headline_index(blocks, none, "BestCrypt | CHIP") == 2  # the title's part before the site's name; the first
    assert headline_index(blocks, none, "bestcrypt") == 2  # case aside
    assert headline_index(blocks, none, "BestCrypt Download") is None  # a heading the title only contains
    assert headline_index(blocks[:2], none[:2], "Download | CHIP") is None  # an <h3> is not the headline
    # a copy in the page's furniture (the breadcrumb's last item: a DOM finding) is not the headline; the next is
    menu = [[Finding("navigation", "navigation.dom", "class=breadcrumb", 0.9)], [], [], []]
    assert menu[0][0].match == "dom"
    assert headline_index(blocks[2:] + blocks[:2], menu, "BestCrypt | CHIP") == 1
