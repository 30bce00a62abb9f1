"""Whole-page Markdown: the article's headings that the neighbour pass and a related box took (mdlost33, issue 11).
Our own texts."""

from __future__ import annotations

import cleaner

CONTENTS = """[![Field Notes](/logo.png)](/)

  1. [Table of Contents](/book/toc/)
  2. [Foreword](/book/foreword/)
  3. [Preface](/book/preface/)
  4. [Part I - Getting Started](/book/part1/)
  5. [1\\. Why We Keep Notebooks](/book/why-notebooks/)
  6. [2\\. Choosing Paper for Wet Weather](/book/paper/)
  7. [3\\. Pencils, Pens and Their Failures](/book/pencils/)
  8. [4\\. Sketching Birds in Flight](/book/birds/)
  9. [Part II - In the Field](/book/part2/)
  10. [5\\. Recording Weather by the Hour](/book/weather/)
  11. [6\\. Measuring Tides Without Instruments](/book/tides/)
  12. [Bibliography](/book/bibliography/)

"""

PROSE = """Every field worker keeps some record of the day, but few keep one that another person could read ten years
later and still understand what was seen, where, and under which sky.

This chapter describes the habits that make a notebook useful to strangers: dating every page, naming the place
before the observation, and writing down what was expected as well as what happened.

The habits cost a few minutes a day, and they are what turns a private diary into evidence.
"""


def _result(document: str):
    return cleaner.clean(document, format="markdown")


def test_title_between_removed_contents_and_byline_stays():
    page = CONTENTS + "# Keeping a Field Notebook\n\nWritten by Mara Oduya\n\n" + PROSE
    result = _result(page)
    assert "Keeping a Field Notebook" in result.text
    assert "Choosing Paper for Wet Weather" not in result.text  # the contents still go
    assert "Every field worker keeps some record" in result.text


def test_menu_label_heading_between_menus_still_goes():
    # a label heading with another menu under it (not the article's prose) is the menu's, between two removals
    page = CONTENTS + "### More\n\n" + CONTENTS.split("\n\n", 1)[1] + "# Keeping a Field Notebook\n\n" + PROSE
    result = _result(page)
    assert "Keeping a Field Notebook" in result.text
    assert "### More" not in result.text and "\nMore\n" not in "\n" + result.text + "\n"


LIST_ARTICLE = """# Seven things to check in a hotel room

Hotel rooms are cleaned every day, yet some of the things guests touch most are wiped far less often than the
sheets are changed, and a traveller can check them in a minute or two after arriving.

### 1\\. Look at the kettle

Kettles are rarely emptied between guests, and the water that sits in them for days leaves a film that no boiling
removes; rinse it twice before the first cup of tea of the trip.

# Read more

  * [A family rented out a stranger's flat for a month](/news/flat-rental-story)
  * [The coastal resorts that ran out of beds this summer](/travel/resorts-full)
  * [Why some cities now limit the number of visitors](/travel/visitor-limits)

### 2\\. Beware the remote control

Of everything in the room, the remote control carries the most germs in most surveys, because it is handled by every
guest and almost never makes it onto the housekeeping list.

### 3\\. Check the desk lamp switch

The switch of the desk lamp is the next worst, according to the same studies, and a wipe with a tissue dampened in
soap is enough to deal with it before the evening's work.
"""


def test_article_heading_after_a_related_box_stays():
    result = _result(LIST_ARTICLE)
    assert "Beware the remote control" in result.text
    assert "ran out of beds" not in result.text  # the box's links still go


def test_related_box_sub_heading_over_links_still_goes():
    page = LIST_ARTICLE.replace(
        "### 2\\. Beware the remote control",
        "### From our partners\n\n  * [Ten cheap flights for the autumn](/deals/flights)\n"
        "  * [Luggage that survives the airport](/deals/luggage)\n\n### 2\\. Beware the remote control", 1)
    result = _result(page)
    assert "Beware the remote control" in result.text
    assert "Luggage that survives" not in result.text


GUIDE = """# Five chargers worth carrying this winter

Travel chargers have become small and strong enough that one of them can replace the three bricks most people still
carry in their bags, and the ones below are those that survived a month of trains, cafes and hotel sockets.

### [Brightvolt 65W Folding Wall Charger](https://amzn.to/3xYzAbC)

The Brightvolt folding wall charger is the size of a matchbox and still fills a laptop from empty in under two
hours; its pins fold flat, so it never scratches anything else in the bag.

At its usual price it costs less than the charger that came with most laptops, and it is the one I reach for first.

### [Buy it now on Amazon](https://www.amazon.com/dp/B000TEST01/?tag=ourdeals-20)

Battery packs are another matter: most of the ones we tried lost a fifth of their charge in a week of sitting in a
drawer, and only two of them told the truth on their little displays about how much was left.
"""


def test_product_heading_named_by_its_prose_stays():
    result = _result(GUIDE)
    assert "Brightvolt 65W Folding Wall Charger" in result.text


def test_affiliate_heading_that_the_prose_does_not_name_still_goes():
    result = _result(GUIDE)
    assert "Buy it now on Amazon" not in result.text
    assert "Battery packs are another matter" in result.text
