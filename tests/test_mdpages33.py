"""A whole page as Markdown (mdpages33, issue 11): a menu's list at the page's edges, and the article's own lists of
links that stay. Our own texts."""

from __future__ import annotations

import pytest

import cleaner
from cleaner.detectors.md_chrome import menu_link, menu_lists
from cleaner.readers.text import text_blocks

HEAD = """[Skip to content](#content)

[Harbour Times](/)

  * Sections

    * [News](/news/)
    * [Weather](/weather/)
    * [Boats](/boats/)
    * [Fishing](/fishing/)
  * [Events](/events/)
  * [Contact](/contact/)

"""

ARTICLE = """# The north pier reopens after the winter storms

The north pier of the old harbour reopened on Monday morning, four months after the January storms tore away a
third of its planks and left the lantern at its end hanging over the water.

Engineers from the town council replaced the timber with oak from the hills above the bay, and the fishing crews
who moor there say the new deck is the steadiest they have walked on in thirty years.

The harbour master said the lantern would be lit again at the end of the month, once its glass arrives.
"""

TAIL = """
* * *

  * [About us](/about/)
  * [Advertise](/advertise/)
  * [Privacy](/privacy/)
  * [Terms](/terms/)

© 2026 Harbour Times. All rights reserved.
"""


# (the article's lists below are parted from the footer's menu by a rule: a list that runs on into the footer's is
# one Markdown list, and nav_shape's link run takes it whole, as before this branch)


def _kept(document: str) -> str:
    return cleaner.clean(document, format="markdown").text


def test_menus_at_both_edges_go():
    text = _kept(HEAD + ARTICLE + TAIL)
    for word in ("Weather", "Fishing", "Sections", "Advertise", "Privacy"):
        assert word not in text
    assert "The north pier of the old harbour reopened" in text
    assert "once its glass arrives" in text


def test_series_parts_on_the_same_site_without_a_removal_stay():
    # the site's own pages with long titles, under a heading of the article, no removal after them: no anchor
    document = ARTICLE + """
## The whole series

  * [Part one: the storms of January and the damage they left](/harbour/storms-part-one/)
  * [Part two: the timber and the carpenters who laid it](/harbour/timber-part-two/)
  * [Part three: the lantern and the glass that is still missing](/harbour/lantern-part-three/)
"""
    text = _kept(document)
    assert "Part two: the timber" in text and "Part three: the lantern" in text


@pytest.mark.xfail(strict=True, reason="known, as on main: nav_shape's link run and the related lead take an "
                   "article's short links next to a footer's menu (not this branch's mechanism)")
def test_further_reading_of_short_links_next_to_the_footer():
    document = ARTICLE + """
## Further reading

  * [Tides](https://example.org/tides)
  * [Oak timber](https://example.org/oak)
  * [Lanterns](https://example.org/lanterns)
""" + TAIL
    assert "Oak timber" in _kept(document)


def test_resource_titles_to_other_hosts_stay():
    document = ARTICLE + """
## Sources

  * [The storm season of January on the northern coast](https://weather.example.org/storms/january)
  * [How oak planks are seasoned for harbour decks](https://wood.example.net/oak-planks)
  * [A short history of the lantern on the north pier](https://history.example.com/lantern)
""" + TAIL
    text = _kept(document)
    assert "How oak planks are seasoned" in text
    assert "A short history of the lantern" in text


def _blocks(text: str):
    engine = cleaner.Cleaner()
    return text_blocks(text, markdown=True, cues=engine.cues, names=engine.names)


def test_menu_lists_need_menu_links_and_labels_only():
    menu = HEAD.split("\n\n", 1)[1]  # a sub-menu's label over its links, two links after it
    article_list = """  * [News](/news/)
  * [Weather](/weather/)
  * [Boats](/boats/)
  * The crews moor their boats here every evening, and the nets dry on the rails.
"""
    blocks = _blocks(menu + "\nSome words between the lists.\n\n" + article_list)
    items = [b for b in blocks if b.type == "list_item"]
    assert menu_link(items[1]) and not menu_link(items[0])
    assert menu_lists(blocks) == frozenset({items[0].list_id})


def test_a_body_list_of_links_between_paragraphs_stays():
    first, rest = ARTICLE.split("\n\nEngineers", 1)
    document = HEAD + first + """

The crews keep their own pages:

  * [Nets](/crews/nets/)
  * [Ropes](/crews/ropes/)
  * [Engines](/crews/engines/)
  * [Lights](/crews/lights/)

Engineers""" + rest + TAIL
    text = _kept(document)
    assert "Ropes" in text and "Engines" in text
    assert "Weather" not in text


def test_a_caption_with_a_link_and_a_quoted_newsletter_line_stay():
    first, rest = ARTICLE.split("\n\nEngineers", 1)
    document = HEAD + first + """

![The pier at dawn](/img/pier.jpg)

*The pier at dawn, photographed by [a reader](/readers/ana/).*

> "Sign up for our newsletter," read the sign the harbour office hung on the gate, "and hear first when it opens."

Engineers""" + rest + TAIL
    text = _kept(document)
    assert "photographed by a reader" in text
    assert "hear first when it opens" in text
    assert "Weather" not in text and "Advertise" not in text


def test_a_reference_heading_at_the_end_gives_back_its_links():
    document = ARTICLE + """
## References

  * [The storm season of January on the northern coast](/archive/storms-of-january/)
  * [How oak planks are seasoned for harbour decks](/archive/oak-planks/)
  * [A short history of the lantern on the north pier](/archive/lantern-history/)

© 2026 Harbour Times. All rights reserved.
"""
    text = _kept(document)
    assert "How oak planks are seasoned" in text and "A short history of the lantern" in text
    assert "All rights reserved" not in text


@pytest.mark.xfail(strict=True, reason="known, as on main: 'Further reading' is a related heading cue, and the "
                   "site's own paths under it at the end are the end run's (mdfam31's same-site links)")
def test_further_reading_of_the_sites_own_pages_at_the_end():
    document = ARTICLE + """
## Further reading

  * [The storm season of January on the northern coast](/archive/storms-of-january/)
  * [How oak planks are seasoned for harbour decks](/archive/oak-planks/)
  * [A short history of the lantern on the north pier](/archive/lantern-history/)

© 2026 Harbour Times. All rights reserved.
"""
    assert "How oak planks are seasoned" in _kept(document)


def test_a_label_line_between_two_menus_goes_a_kicker_over_the_title_stays():
    second_menu = """COAST GUIDE

  * Services

    * [Tides](/tides/)
    * [Ferries](/ferries/)
    * [Moorings](/moorings/)
    * [Lighthouses](/lighthouses/)

Local news

"""
    text = _kept(HEAD + second_menu + ARTICLE.replace("# The north pier", "The north pier", 1) + TAIL)
    assert "COAST GUIDE" not in text and "Ferries" not in text
    assert "Local news" in text  # right over the title: not between two removals
    assert "The north pier reopens after the winter storms" in text
