"""The lines of the site's furniture regions cut out of a kept multi-line piece (cleaner/sites/apply.py
``_region_lines``, ``_cut_blocks``): in WET-style text (lines joined by single newlines) a piece mixes the page's own
lines, and the region rules judge a block whole. In the page's head, a short line the site's other pages hold goes
even when its piece stays (a menu or breadcrumb label next to the headline); the headline, the body's paragraphs
and a table of contents whose entries are the page's own headings stay."""

from __future__ import annotations

import random

import cleaner
from cleaner import learn_site

TOWNS = ["Ashford", "Brixham", "Cromer", "Dunster", "Epping", "Frome"]
MENU = ["Home", "World news", "Sports", "Weather today", "Local events"]
FOOTER = ["Contact the newsroom", "Privacy and cookies", "Terms of use", "Advertise with us"]


def body(town: str) -> list[str]:
    return [f"The {town} council met on Tuesday evening to discuss the new bridge over the river and what it costs.",
            f"Residents of {town} asked about the detour the works need, and the council promised a meeting in May."]


def page(i: int, *, head: list[str] | None = None, paragraphs: list[str] | None = None) -> str:
    """A news page of our own: the site's menu and the page's own head lines as one paragraph of lines (WET-style),
    the body's paragraphs, the site's footer as lines."""
    town = TOWNS[i]
    head = head if head is not None else [f"Edition {town}", "Town hall", f"{town} council votes on the new bridge"]
    paragraphs = paragraphs if paragraphs is not None else body(town)
    return "\n".join(MENU + head) + "\n\n" + "\n\n".join(paragraphs) + "\n\n" + "\n".join(FOOTER) + "\n"


def _removed(result) -> dict[str, cleaner.Removal]:
    return {removal.text.strip(): removal for removal in result.removed}


def _covered(result, text: str) -> bool:
    mask = [False] * len(text)
    for start, end in [*result.kept, *[(r.start, r.end) for r in result.removed]]:
        for i in range(start, end):
            mask[i] = True
    return all(mask[i] or text[i].isspace() for i in range(len(text)))


def test_a_menu_line_in_the_headline_piece_goes_the_headline_stays():
    """The head piece mixes a line of the site's menu ("Town hall", on every page, alone between the page's own
    lines: the template split leaves it in its piece) and the page's headline: the menu line goes, explained; the
    headline and the page's edition line (on no other page, not between two of the site's removals) stay."""
    pages = [page(i) for i in range(len(TOWNS))]
    profile = learn_site(pages[1:], format="text")
    result = cleaner.clean(pages[0], format="text", site=profile)
    removed = _removed(result)
    assert removed["Town hall"].rule == "site.head" and removed["Town hall"].kind == "template"
    assert removed["Town hall"].site_pages == 5 and removed["Town hall"].site_total == 5
    assert "Town hall" not in result.text
    assert result.text.startswith("Edition Ashford Ashford council votes on the new bridge")
    assert "met on Tuesday evening" in result.text and "promised a meeting in May" in result.text
    assert _covered(result, pages[0])
    # without the profile nothing names it
    assert "Town hall" in cleaner.clean(pages[0], format="text").text


def test_a_headline_the_other_pages_list_stays():
    """A headline of more than three words that the site's other pages list (a blog's "latest posts") is evidence
    too, but it is longer than a menu's label: it stays."""
    headline = "Ashford council votes on the new bridge"
    pages = [page(i) for i in range(len(TOWNS))]
    pages[1:3] = [p.replace("Town hall", f"Town hall\n{headline}") for p in pages[1:3]]
    profile = learn_site(pages[1:], format="text")
    result = cleaner.clean(pages[0], format="text", site=profile)
    assert headline in result.text and "Town hall" not in result.text


def test_a_body_paragraph_lines_are_never_cut():
    """A paragraph of the body whose short lines the site repeats (a recipe site's "Serves four", "Prep time" between
    each recipe's own lines) is the article's: the cut is for the head and the tail only."""
    def paragraphs(i: int) -> list[str]:
        town = TOWNS[i]
        return [body(town)[0],
                f"Serves four\nMix the {town} flour with the water and leave it to rest for an hour under a cloth.\n"
                f"Prep time\nKnead the {town} dough for ten minutes until it is smooth and springs back when pressed.",
                body(town)[1]]
    pages = [page(i, paragraphs=paragraphs(i)) for i in range(len(TOWNS))]
    profile = learn_site(pages[1:], format="text")
    result = cleaner.clean(pages[0], format="text", site=profile)
    for line in ("Serves four", "Prep time", "Mix the Ashford flour", "Knead the Ashford dough"):
        assert line in result.text
    assert "Town hall" not in result.text  # (the head's menu line goes, as above)


def test_a_table_of_contents_stays():
    """A table of contents in the body (after the first paragraph), its entries the site's usual section names
    between the page's own: the body is never cut. Above the body, between the site's menu and the body, the same
    entries stay too: they are the page's headings further down."""
    sections = ["Installation", "Configuration", "Usage"]

    def contents(town: str) -> str:
        return "\n".join([f"In this {town} guide", "Installation", f"The {town} files", "Configuration",
                          f"Running {town}", "Usage", f"Notes on {town}"])

    def paragraphs(i: int, toc: bool) -> list[str]:
        town = TOWNS[i]
        out = [body(town)[0]] + ([contents(town)] if toc else [])
        for name in sections:
            out += [name, f"The {name.lower()} of the {town} tool takes a few steps, each of them described in the "
                          f"manual that comes with it."]
        return out

    for in_body in (True, False):
        pages = [page(i, head=None if in_body else contents(TOWNS[i]).split("\n") + [f"The {TOWNS[i]} tool"],
                      paragraphs=paragraphs(i, in_body)) for i in range(len(TOWNS))]
        profile = learn_site(pages[1:], format="text")
        result = cleaner.clean(pages[0], format="text", site=profile)
        toc = result.text.split("The installation of")[0]
        for name in sections:
            assert name in toc.split("The Ashford council met")[-1 if in_body else 0], (in_body, name)
        assert "The Ashford files" in result.text and "Running Ashford" in result.text
        assert _covered(result, pages[0])


def test_blank_line_text_is_judged_by_blocks():
    """Text with a blank line between lines (each line its own paragraph) is judged by its blocks, as before: the
    line cut is for lines that share a paragraph."""
    pages = [page(i).replace("\n", "\n\n") for i in range(len(TOWNS))]
    profile = learn_site(pages[1:], format="text")
    result = cleaner.clean(pages[0], format="text", site=profile)
    assert "Town hall" in result.text and "Edition Ashford" in result.text


def test_the_cut_is_deterministic_and_order_independent():
    """The same result whatever the order the profile's pages were learned in."""
    pages = [page(i) for i in range(len(TOWNS))]
    expected = cleaner.clean(pages[0], format="text", site=learn_site(pages[1:], format="text")).to_dict()
    for seed in range(3):
        others = pages[1:]
        random.Random(seed).shuffle(others)
        assert cleaner.clean(pages[0], format="text", site=learn_site(others, format="text")).to_dict() == expected


def _listing(i: int) -> str:
    """A shop's listing page, WET-style (one paragraph of lines): the site's menu and footer, and products of the
    page's own, each its name, its price and its review count, then the site's "Add to cart" line."""
    rng = random.Random(i)
    names = ["Oak lamp", "Birch chair", "Cedar table", "Wool rug", "Pine shelf", "Clay vase", "Brass mirror"]
    lines = list(MENU) + [f"Lamps and lights, page {i + 1}",
                          f"Our {TOWNS[i]} workshop makes every piece by hand from wood grown in the valley nearby."]
    for name in rng.sample(names, 5):
        lines += [f"{name} {TOWNS[i]}", f"£{rng.randrange(20, 900)}", f"({rng.randrange(10, 3000):,})", "Add to cart"]
    return "\n".join(lines + FOOTER) + "\n"


def test_a_listing_values_stay_in_their_products_pieces():
    """A price or a count ("£753", "(1,842)": no letter) under each product is a unit of the site's other pages too
    (digits folded) that the page holds many times over: the page's own values. Next to the product's own line it
    stays in that line's piece (not a block of its own to test on every page), and it is kept; the site's menu and
    footer go."""
    from cleaner.sites.apply import template_cuts

    pages = [_listing(i) for i in range(len(TOWNS))]
    profile = learn_site(pages[1:], format="text")
    document = pages[0]
    cuts = template_cuts(document, profile)
    assert cuts is not None and cuts.values  # the prices and the counts
    pieces = cuts.pieces(0, len(document.rstrip("\n")), False)
    texts = [document[a:b] for a, b in pieces]
    assert not any(text.startswith("£") for text in texts)  # no price piece of its own: each in its product's
    assert sum(1 for text in texts if text.endswith("Ashford\n£" + text.rsplit("£", 1)[-1])) == 5  # (name, price)
    # a count between the price and "Add to cart" (two lines that match) is still a piece of its own
    assert sum(1 for text in texts if text.startswith("(")) == 5
    result = cleaner.clean(document, format="text", site=profile)
    rng = random.Random(0)
    for name in rng.sample(["Oak lamp", "Birch chair", "Cedar table", "Wool rug", "Pine shelf", "Clay vase",
                            "Brass mirror"], 5):
        price = f"£{rng.randrange(20, 900)}"
        rng.randrange(10, 3000)
        assert f"{name} Ashford {price}" in result.text  # the product's name and its price, kept together
    assert "Contact the newsroom" not in result.text and "Weather today" not in result.text
    assert "workshop makes every piece by hand" in result.text
    assert _covered(result, document)


COOKIE = "We use cookies to give you the best experience on our website. By continuing you accept our cookie policy."


def cookie_page(i: int) -> str:
    """The site's cookie notice first (a detector removes it before the site pass), then the head piece with the
    site's menu line among the page's own lines, the body, the footer."""
    town = TOWNS[i]
    head = [f"Edition {town}", "Town hall", f"{town} council votes on the new bridge"]
    return COOKIE + "\n\n" + "\n".join(head) + "\n\n" + "\n\n".join(body(town)) + "\n\n" + "\n".join(FOOTER) + "\n"


def test_a_detectors_removal_of_the_sites_block_anchors_the_head():
    """The head's only template block was removed by a detector (the cookie notice, on every page) before the site
    pass met it: it still marks the head as the site's furniture (a *confirmed* removal), so the menu line in the
    head piece goes; the notice keeps its detector's explanation; the edition and headline lines stay."""
    pages = [cookie_page(i) for i in range(len(TOWNS))]
    profile = learn_site(pages[1:], format="text")
    result = cleaner.clean(pages[0], format="text", site=profile)
    removed = _removed(result)
    assert removed[COOKIE].rule == "rights_notice.cookie_notice"
    assert removed["Town hall"].rule == "site.head" and removed["Town hall"].site_pages == 5
    assert result.text.startswith("Edition Ashford Ashford council votes on the new bridge")
    assert "met on Tuesday evening" in result.text
    assert _covered(result, pages[0])


def test_a_detectors_removal_the_site_does_not_hold_anchors_nothing():
    """Negative: the same page whose cookie notice is its own (each page words it differently, so the profile does
    not hold it): no site removal in the head, so the head piece is not the site's region and keeps its lines."""
    def own_cookie(i: int) -> str:
        return cookie_page(i).replace("best experience", f"best {TOWNS[i]} experience")
    pages = [own_cookie(i) for i in range(len(TOWNS))]
    profile = learn_site(pages[1:], format="text")
    result = cleaner.clean(pages[0], format="text", site=profile)
    assert "Town hall" in result.text and "Edition Ashford" in result.text
