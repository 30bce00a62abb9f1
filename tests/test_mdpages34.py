"""A whole page as Markdown (mdpages34, issue 11): a menu's list in the page's head or end zone goes on its own, and
a label item between menus joins the edge's run; the article's own lists, tables, code and answers stay. Our own
texts."""

from __future__ import annotations

import pytest

import cleaner
from cleaner.detectors.md_chrome import menu_lists, zone_menus
from cleaner.readers.text import text_blocks
from cleaner.rules import EDGE_STRENGTH

from test_mdpages33 import ARTICLE  # (the same article under each page)

# a network's tagline (a sentence without its full stop) and a date between the page's menus: the edge's run stops
NETWORK_HEAD = """Coast Media, a group of harbour papers

Coast Media is a network of local newspapers on the northern coast serving fishing towns since 1921

  * [Harbour Times](/times/)
  * [Bay Courier](/courier/)
  * [Pier Post](/post/)
  * [North Gazette](/gazette/)
  * [Lantern Weekly](/lantern/)

[Subscribe](/subscribe/) [Sign In](/login/)

May 4, 2026

  * Sections
  * [News](/news/)
  * [Weather](/weather/)
  * [Boats](/boats/)
  * [Fishing](/fishing/)
  * [Events](/events/)

"""

FOOTER = """
  * [About us](/about/)
  * [Advertise](/advertise/)
  * [Privacy](/privacy/)
  * [Terms](/terms/)
  * [Careers](/careers/)

© 2026 Harbour Times. All rights reserved.
"""


def _kept(document: str) -> str:
    return cleaner.clean(document, format="markdown").text


def test_menus_in_the_head_zone_go_past_a_tagline():
    text = _kept(NETWORK_HEAD + ARTICLE)
    for word in ("Bay Courier", "Lantern Weekly", "Weather", "Fishing", "Events"):
        assert word not in text
    assert "The harbour master said the lantern" in text
    assert "The north pier reopens after the winter storms" in text


def test_a_menu_in_the_end_zone_goes_with_the_footer():
    text = _kept(ARTICLE + "\n---\n" + FOOTER)
    for word in ("Advertise", "Careers", "Privacy"):
        assert word not in text
    assert "once its glass arrives" in text


def test_a_label_item_between_two_menus_at_the_head_goes():
    document = """[Harbour Times](/)

  * [News](/news/)
  * [Weather](/weather/)
  * [Boats](/boats/)

  * Sign in

  * [Fishing](/fishing/)
  * [Events](/events/)
  * [Contact](/contact/)

""" + ARTICLE
    text = _kept(document)
    assert "Sign in" not in text and "Events" not in text
    assert "The north pier of the old harbour" in text


# -- guards: the article's own lists, tables, code and answers

RESOURCES = """# Seven free tools for mapping your harbour

Mapping a small harbour used to need a surveyor and a boat; these days a laptop and a free afternoon will do.
We tried the tools below over a month of weekends and kept the ones that a beginner can use.

  * [OpenSeaMap](https://openseamap.example.org/)
  * [Tide Tables](https://tides.example.net/)
  * [Depth Sounder Logs](https://depth.example.com/)
  * [QGIS](https://qgis.example.org/)
  * [Chart Viewer](https://charts.example.io/)
  * [Buoy Finder](https://buoys.example.org/)
  * [Harbour Atlas](https://atlas.example.net/)
"""


def test_a_resource_list_at_the_end_stays():
    text = _kept(RESOURCES + "\n---\n" + FOOTER)  # (a list that runs on into the footer's is one list: mdpages33)
    for word in ("OpenSeaMap", "Tide Tables", "Harbour Atlas", "Chart Viewer"):
        assert word in text


def _blocks(text: str):
    engine = cleaner.Cleaner()
    return text_blocks(text, markdown=True, cues=engine.cues, names=engine.names)


LEAD_LIST = """[Harbour Times](/)

The tools we kept:

  * [OpenSeaMap](/tools/openseamap/)
  * [Tide Tables](/tools/tides/)
  * [Depth Logs](/tools/depth/)
  * [QGIS](/tools/qgis/)
  * [Chart Viewer](/tools/charts/)

"""


def test_zone_menus_pass_over_a_list_under_its_lead_line():
    for head, expected in ((LEAD_LIST, 0), (LEAD_LIST.replace("The tools we kept:", "Tools"), 5)):
        blocks = _blocks(head + NETWORK_HEAD.split("May 4, 2026")[0] + ARTICLE)
        findings: list = [[] for _ in blocks]
        menus = menu_lists(blocks)
        taken = zone_menus(blocks, findings, menus, EDGE_STRENGTH)
        tools = [i for i in taken if "/tools/" in blocks[i].text]
        assert len(tools) == expected


@pytest.mark.xfail(strict=True, reason="related.link_list_section takes a lead line and its short links over a "
                   "removal, as on main a5ebffe (not this branch's rule)")
def test_a_resource_list_under_its_lead_line_at_the_head_stays():
    document = """# Seven free tools for mapping your harbour

""" + LEAD_LIST.split("\n\n", 1)[1] + """© 2026 Harbour Times. All rights reserved.

Mapping a small harbour used to need a surveyor and a boat; these days a laptop and a free afternoon will do.
We tried the tools above over a month of weekends and kept the ones that a beginner can use.
"""
    text = _kept(document)
    for word in ("OpenSeaMap", "Tide Tables", "QGIS", "Chart Viewer"):
        assert word in text


def test_a_table_of_contents_of_anchors_stays():
    document = NETWORK_HEAD.split("May 4, 2026")[0] + """# How to caulk a wooden deck

  * [Tools](#tools)
  * [Cleaning the seams](#cleaning)
  * [Laying the cotton](#cotton)
  * [Pouring the compound](#pouring)
  * [Sanding](#sanding)

## Tools

You need a caulking iron, a mallet, raw cotton and a tin of seam compound; a heat gun helps in cold weather.
"""
    text = _kept(document)
    for word in ("Cleaning the seams", "Laying the cotton", "Pouring the compound"):
        assert word in text


def test_an_infobox_list_of_figures_stays():
    document = NETWORK_HEAD.split("May 4, 2026")[0] + """# Northport

  * 70.2% [Fishers](/wiki/Fishers)
  * 16.5% [Farmers](/wiki/Farmers)
  * 8.1% [Traders](/wiki/Traders)
  * 3.1% [Teachers](/wiki/Teachers)
  * 2.1% [Others](/wiki/Others)

Northport is a harbour town on the northern coast, known for its oak pier and the lantern at the end of it.
"""
    text = _kept(document)
    assert "70.2%" in text and "Traders" in text


def test_howto_qa_table_and_code_stay():
    document = NETWORK_HEAD + """# How do I reseal the pier lantern?

**Question:** The glass of our lantern fogs every winter. How do I reseal it?

**Answer:** Take the glass out on a dry day and clean the frame before you seal it again.

  1. Open the frame.
  2. Lift the glass.
  3. Scrape the old seal.
  4. Dry the frame.
  5. Seal it again.

| Seal | Cures in | Lasts |
| --- | --- | --- |
| Silicone | 24 h | 5 years |
| Putty | 7 days | 10 years |

```
seal --frame north --glass 4mm
```

The harbour master keeps a spare tube of seal in the lantern room, so ask for it before you buy one.
"""
    text = _kept(document)
    for line in ("Scrape the old seal.", "Seal it again.", "Putty", "10 years",
                 "seal --frame north --glass 4mm", "How do I reseal it?", "clean the frame before you seal it"):
        assert line in text


def test_a_short_article_between_menus_keeps_its_sentences():
    document = NETWORK_HEAD + """The pier opens at six.

The harbour master asks crews to moor bow first this week while the lantern is repaired.
""" + "\n---\n" + FOOTER
    text = _kept(document)
    assert "The pier opens at six." in text
    assert "moor bow first this week" in text
