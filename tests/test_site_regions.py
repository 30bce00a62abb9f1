"""The site profile's furniture regions (``site.head``, ``site.tail``, cleaner/sites/apply.py ``_regions``): the page's
own short lines inside the head or tail its site removals mark as furniture go with them; the article's own
structure stays (an in-body heading and what follows it, a body that opens with short lines, a recipe's list, a
sentence before the footer, a listing without prose)."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleaner
from cleaner import learn_site
from cleaner.rules import LINE_MODEL, RULES

TOWNS = ["Ashford", "Brixham", "Cromer", "Dunster", "Epping", "Frome"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
COUNTS = ["Two", "Three", "Four", "Five", "Six", "Seven"]
NAMES = ["Ada", "Ben", "Cai", "Dee", "Eli", "Fay"]
ROOTS = ["carrots", "parsnips", "beetroot", "turnips", "swede", "celeriac"]
MENU = ["Home", "World news", "Sports", "Weather today", "Local events"]
FOOTER = ["Contact the newsroom", "Privacy and cookies", "Terms of use", "Advertise with us"]


def news_page(i: int, *, body: list[str] | None = None, related: bool = True, wet: bool = False) -> str:
    """A small news site of our own: a menu interrupted by two lines of the page's own (an edition, a day), the
    article, a related list whose two lead lines every page has and whose items are the page's own, a footer."""
    town = TOWNS[i]
    lines = MENU[:3] + [f"Edition {town}", DAYS[i]] + MENU[3:]
    lines += body if body is not None else [
        f"{town} council votes on the bridge",
        f"The {town} council met on Tuesday evening to discuss the new bridge over the river and what it will cost.",
        f"Residents of {town} asked about the detour the works need, and the council promised a meeting in May.",
    ]
    if related:
        lines += ["More from the Valley Courier", "Picked by our editors", f"{town} market reopens",
                  f"A new bus to {town}", f"{town} wins the cup"]
    lines += FOOTER
    return ("\n" if wet else "\n\n").join(lines) + "\n"


def _removed(result) -> dict[str, cleaner.Removal]:
    return {removal.text.strip(): removal for removal in result.removed}


@pytest.mark.parametrize("wet", [False, True])
def test_the_page_own_lines_inside_the_site_furniture_go(wet):
    """Two lines of the page's own between the site's menu items (site.gap takes one line, not a run of them), and
    the page's own related titles under the site's lead lines, before the site's footer: removed, each explained."""
    pages = [news_page(i, wet=wet) for i in range(len(TOWNS))]
    profile = learn_site(pages[1:], format="text")
    result = cleaner.clean(pages[0], format="text", site=profile)
    removed = _removed(result)
    if wet:  # the two lines are one piece of the WET paragraph: one short piece between two removals
        assert removed["Edition Ashford\nMonday"].rule in ("site.head", "site.gap")
    for line in ("Edition Ashford", "Monday"):
        assert line not in result.text
        if not wet:
            assert removed[line].rule == "site.head" and removed[line].site_total == 5
    titles = ["Ashford market reopens", "A new bus to Ashford", "Ashford wins the cup"]
    for line in titles:
        assert line not in result.text
    for line in ["\n".join(titles)] if wet else titles:
        assert removed[line].rule == "site.tail" and removed[line].site_pages == 0
    assert "met on Tuesday evening" in result.text and "promised a meeting in May" in result.text
    assert {r.rule for r in result.removed if r.rule.startswith("site.")} <= set(RULES)  # each rule in the table
    # without the profile the page's own lines stay (nothing names them); in WET text the head's label lines before
    # the headline are the page's chrome by their shape (detectors/edge_chrome.py, textedges11), the profile aside
    plain = cleaner.clean(pages[0], format="text")
    assert "Ashford market reopens" in plain.text
    if wet:
        # (with the line model on, its head run takes them first: the same lines, its rule; linemodel31b)
        rule = "line_model.head" if LINE_MODEL.enabled else "navigation.edge_chrome"
        assert {r.rule for r in plain.removed if r.text in ("Edition Ashford", "Monday")} == {rule}
    else:
        assert "Edition Ashford" in plain.text


def test_an_in_body_heading_and_its_lines_stay():
    """A heading every page has between the article's paragraphs, and the short lines under it, are the article's:
    the regions end at the body's first and last prose."""
    def body(i: int) -> list[str]:
        town = TOWNS[i]
        return [f"{town} council votes on the bridge",
                f"The {town} council met on Tuesday evening to discuss the new bridge over the river and its cost.",
                "What was decided", f"{COUNTS[i]} votes for", f"{COUNTS[-1 - i]} against", f"Seconded by {NAMES[i]}",
                f"Residents of {town} asked about the detour the works need, and the council promised a meeting."]
    pages = [news_page(i, body=body(i)) for i in range(len(TOWNS))]
    profile = learn_site(pages[1:], format="text")
    result = cleaner.clean(pages[0], format="text", site=profile)
    for line in ("What was decided", "Two votes for", "Seven against", "Seconded by Ada"):
        assert line in result.text
    assert not any(r.rule in ("site.head", "site.tail") and "vote" in r.text for r in result.removed)


def test_a_body_that_opens_with_short_lines_keeps_them():
    """A poem's short lines after the site's menu, before the first prose: after the head's last site removal, so
    they stay (the head region runs between the site's removals only)."""
    def body(i: int) -> list[str]:
        return [f"Rain on the {ROOTS[i]}", f"{NAMES[i]} by the river", f"the town of {TOWNS[i]}",
                f"waiting for {DAYS[i]}",
                f"This short poem about {TOWNS[i]} was sent in by a reader who walks over the old bridge every day."]
    pages = [news_page(i, body=body(i), related=False) for i in range(len(TOWNS))]
    profile = learn_site(pages[1:], format="text")
    result = cleaner.clean(pages[0], format="text", site=profile)
    for line in ("Rain on the carrots", "Ada by the river", "the town of Ashford", "waiting for Monday"):
        assert line in result.text


def test_a_recipe_list_at_the_end_of_the_body_stays():
    """A recipe whose ingredient list closes the article, right before the site's footer: the tail opens at the
    first removal after the last prose, so the list (before it) stays."""
    def body(i: int) -> list[str]:
        return [f"{TOWNS[i]} harvest soup",
                f"This soup is what we cook in {TOWNS[i]} when the evenings get longer and the market is full "
                "of roots.",
                "You will need:", f"400 g {ROOTS[i]}", "olive oil", f"{COUNTS[i].lower()} onions",
                f"a bunch of {['thyme', 'dill', 'sage', 'mint', 'basil', 'chives'][i]}"]
    pages = [news_page(i, body=body(i), related=False) for i in range(len(TOWNS))]
    profile = learn_site(pages[1:], format="text")
    result = cleaner.clean(pages[0], format="text", site=profile)
    for line in ("You will need:", "400 g carrots", "olive oil", "two onions", "a bunch of thyme"):
        assert line in result.text
    assert "Privacy and cookies" not in result.text  # the footer still goes


def test_a_sentence_in_the_tail_stays():
    """The tail takes short lines (a title, a label), not a sentence of the page's own under the site's lead."""
    pages = [news_page(i) for i in range(len(TOWNS))]
    notice = "Our office is closed on the first weekend of November."
    page = pages[0].replace("Picked by our editors", f"Picked by our editors\n\n{notice}")
    profile = learn_site(pages[1:], format="text")
    result = cleaner.clean(page, format="text", site=profile)
    assert notice in result.text and "Ashford wins the cup" not in result.text


def test_a_listing_without_prose_keeps_its_items():
    """A page with no prose line (a listing of short items): no region, its items are its content."""
    def body(i: int) -> list[str]:
        return [f"Events in {TOWNS[i]}", f"{ROOTS[i].title()} market", f"{NAMES[i]}'s book fair",
                f"Cinema on {DAYS[i]}", f"{COUNTS[i]} choirs"]
    pages = [news_page(i, body=body(i), related=False) for i in range(len(TOWNS))]
    profile = learn_site(pages[1:], format="text")
    result = cleaner.clean(pages[0], format="text", site=profile)
    for line in ("Carrots market", "Ada's book fair", "Cinema on Monday", "Two choirs"):
        assert line in result.text
    assert not any(r.rule in ("site.head", "site.tail") for r in result.removed)


def test_regions_are_order_independent():
    """The same removals whatever the order of the pages learned from, for both text renderings."""
    for wet in (False, True):
        pages = [news_page(i, wet=wet) for i in range(len(TOWNS))]
        first = cleaner.clean(pages[0], format="text", site=learn_site(pages[1:], format="text")).to_dict()
        others = pages[1:]
        for seed in range(3):
            random.Random(seed).shuffle(others)
            again = cleaner.clean(pages[0], format="text", site=learn_site(others, format="text")).to_dict()
            assert again == first
        assert any(r["rule"] == "site.tail" for r in first["removed"])


def test_unspaced_script_paragraphs_are_prose():
    """A Chinese paragraph has no spaces: it is one "word" to ``str.split``, but prose to the regions
    (``decision.word_count``). A page whose English summary line comes first, then the site's share lines, then the
    Chinese article keeps the article (it is the body, not a tail of short lines; the English line is longer than the
    article, so the share bound alone would not keep it)."""
    paragraphs = [
        "市议会周二晚上开会讨论了横跨河流的新桥以及它的造价，居民们提出了很多关于施工期间绕行路线的问题。",
        "议会承诺五月份再召开一次会议，届时将公布详细的施工计划和交通安排，并听取更多市民的意见。",
    ]

    def page(i: int) -> str:
        town = TOWNS[i]
        summary = (f"In English: the {town} council met on Tuesday evening to discuss the new bridge over the river, "
                   "what it will cost and the detour the works need; residents asked many questions, and the "
                   "council promised a second meeting in May with the full plan for the works and the traffic.")
        lines = MENU + [summary, "分享到微博", "分享到微信"] + [f"{p}{town}" for p in paragraphs] + FOOTER
        return "\n\n".join(lines) + "\n"

    pages = [page(i) for i in range(len(TOWNS))]
    profile = learn_site(pages[1:], format="text")
    result = cleaner.clean(pages[0], format="text", site=profile)
    for p in paragraphs:
        assert p in result.text
    assert "分享到微博" not in result.text  # the site's share lines still go
    assert not any(r.rule in ("site.head", "site.tail") for r in result.removed)


@pytest.mark.parametrize("line", ["", "Home", "  two\twords ", "a b c d e f g", "café au lait", "市议会周二晚上开会讨论了新桥",
                                  "Read: 市议会 news", "ข่าววันนี้ในกรุงเทพ"])
def test_line_tests_count_words_as_word_count(line):
    from cleaner.scripts import word_count
    from cleaner.sites.apply import _has_line_of, _lines_at_most
    for words in range(0, 14):
        assert _has_line_of(line, words) == (word_count(line) >= words)
        assert _lines_at_most(line, words) == (word_count(line) <= words)


def _has_line_of_by_lines(text, words):
    """``_has_line_of``'s definition: a line (split at line feeds) of ``words`` words or more (``word_count``)."""
    from cleaner.scripts import word_count
    return any(word_count(line) >= words for line in text.split("\n"))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["a", "bc", " ", "  ", "\n", "\t", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x85",
                                 "\u00a0", "\u3000", "\u2028", "\u2029", "\u200b", "市议会", "ข่าว", "é", ".", "\x00"]),
                max_size=24).map("".join), st.integers(min_value=0, max_value=13))
def test_has_line_of_searches_as_the_lines_count(text, words):
    # one search for a line of that many blank-separated tokens (\s is str.split's blank, ^ follows a line feed
    # only: not \x85 nor \u2028), word_count line by line only for a text that is not ASCII
    from cleaner.sites.apply import _has_line_of
    assert _has_line_of(text, words) == _has_line_of_by_lines(text, words)


@pytest.mark.parametrize("text", ["one two three\nfour five six seven", "menu\nabout us\ncontact", "x\u2028y z\u2028w",
                                  "a b\x85c d", "\n\n  \n", "市议会周二晚上开会讨论了新桥\nRead more"])
def test_has_line_of_examples(text):
    from cleaner.sites.apply import _has_line_of
    for words in range(0, 9):
        assert _has_line_of(text, words) == _has_line_of_by_lines(text, words)
