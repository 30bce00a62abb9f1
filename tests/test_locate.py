"""The removal locator (readers/locate.py): every removal of a page located, in work linear in the removals."""

from __future__ import annotations

from lxml import html as lxml_html

import cleaner
from cleaner.readers.locate import Locator, canon

BODY = ("Tomatoes do well in containers as long as the pot holds at least twenty litres of soil and the plant gets "
        "six to eight hours of direct sun. ")


def _credits_page(n: int) -> str:
    return ("<html><head><title>Tomatoes</title></head><body><article><h1>Tomatoes</h1>"
            + f"<p>{BODY * 3}</p>" * 3
            + "".join(f'<p>Source: <a href="http://www.example.com/story/{i}">www.example.com/story/{i}</a></p>'
                      for i in range(n))
            + "</article></body></html>")


def _locate_all(n: int) -> Locator:
    locator = Locator(lxml_html.document_fromstring(_credits_page(n)))
    for i in range(n):
        assert locator.locate(f"Source: www.example.com/story/{i}") == f"/html/body/article/p[{i + 4}]"
    return locator


def test_removals_in_page_order_cost_work_linear_in_their_number():
    # 4,000 removed paragraphs took 17 s when each removal searched the whole page: counted in characters read and
    # elements climbed, 4x the removals is about 4x the work, not 16x
    small, big = _locate_all(1000).work, _locate_all(4000).work
    assert big <= 4.5 * small, (small, big)


def test_removals_out_of_order_are_found_and_the_work_stays_bounded():
    n = 1000
    locator = Locator(lxml_html.document_fromstring(_credits_page(n)))
    for i in reversed(range(n)):  # each one before the previous: a search from the top every time
        locator.locate(f"Source: www.example.com/story/{i}")
    assert locator.work <= 12 * len(locator.text) + 200_000
    # text that is nowhere in the page: not located, and no more searching once the budget is spent
    for _ in range(n):
        assert locator.locate("Nowhere to be found in this page") is None
    assert locator.work <= 12 * len(locator.text) + 200_000


def test_the_element_whose_text_is_the_block_or_the_smallest_holding_it():
    root = lxml_html.document_fromstring(
        "<html><head><title>Menu</title></head><body><div><p>Menu</p><p>Intro <b>text</b> here.</p>"
        "<p>Files play in AVI, and MKV.<br>Article Source: <a href='http://x.com/1'>http://x.com/1</a></p>"
        "<table><tr><td>Home</td><td>News</td></tr><tr><td>A</td><td>B</td></tr></table></div></body></html>")
    locator = Locator(root)
    assert locator.locate("Menu") == "/html/body/div/p[1]"  # not the <title>: the body is searched
    assert locator.locate("Intro text here.") == "/html/body/div/p[2]"
    assert locator.locate("Article Source: http://x.com/1") == "/html/body/div/p[3]"  # a <br> line: its paragraph
    assert locator.locate("| Home | News |\n| --- | --- |\n| A | B |") == "/html/body/div/table"  # the cells, without our "|"
    assert locator.locate("") is None
    assert canon("a | b \\* c_d") == "abcd"


def test_content_outside_body_and_out_of_order_parts_and_signs_are_located():
    # a page whose tables sit beside <body>, a script in the middle of a menu, a block trafilatura assembled from
    # parts in another order, a separator of signs only
    root = lxml_html.document_fromstring(
        "<html><head><title>x</title></head><body><p>Body of the page, long enough to be one.</p></body>"
        "<table><tr><td>Contact Us</td></tr></table>"
        "<div id='m'><a>Pharmacist</a><script>document.write('menu')</script><a>Registered Dietitian</a></div>"
        "<div id='r'><p>Previously:</p><p>Two Rags And A Baby and other stories of the week</p><p>Photo:</p></div>"
        "<p><span>|</span></p></html>")
    locator = Locator(root)
    assert locator.locate("Contact Us") == "/html/table/tr/td"
    assert locator.locate("Pharmacist Registered Dietitian") == "/html/div[1]"
    assert locator.locate("Previously: Photo: Two Rags And A Baby and other stories of the week") == "/html/div[2]"
    assert locator.locate("|") == "/html/p/span"


def test_repeated_text_is_found_in_page_order():
    root = lxml_html.document_fromstring("<html><body><p>Share this</p><p>Body text.</p><p>Share this</p></body></html>")
    locator = Locator(root)
    assert locator.locate("Share this") == "/html/body/p[1]"
    assert locator.locate("Share this") == "/html/body/p[3]"


def test_every_removal_of_a_page_of_many_removals_is_located():
    result = cleaner.clean(_credits_page(300), format="html")
    assert len(result.removed) == 300
    assert [r.xpath for r in result.removed] == [f"/html/body/article/p[{i + 4}]" for i in range(300)]


def _long_page(paragraphs: int) -> str:
    # a page whose text is long enough for the lazy walk to stop well before its end
    return ("<html><head><title>Beans</title></head><body><div id='main'>"
            + "".join(f"<p>Paragraph {i}: runner beans climb any pole taller than the gardener and crop until the "
                      f"first frost if the pods are picked young.</p>" for i in range(paragraphs))
            + "<p>Shared text</p></div><footer><p>Shared text</p></footer></body></html>")


def test_the_walk_stops_where_the_blocks_asked_for_end_and_answers_as_the_whole_walk():
    paragraph = ("Paragraph {}: runner beans climb any pole taller than the gardener and crop until the first frost "
                 "if the pods are picked young.")
    blocks = [paragraph.format(1),
              " ".join(paragraph.format(i) for i in range(3, 7)),  # across paragraphs: the <div> still open
              "Paragraph 2: runner beans",  # part of a paragraph before the previous block: found from the top
              "Shared text", "Shared text",  # the second one after the first: the footer's
              "Nowhere in this page at all"]
    lazy = Locator(lxml_html.document_fromstring(_long_page(400)))
    whole = Locator(lxml_html.document_fromstring(_long_page(400)))
    assert whole.text  # (the whole walk first)
    answers = []
    for plain in blocks[:2]:
        answers.append(lazy.locate(plain))
        assert answers[-1] == whole.locate(plain)
    assert answers == ["/html/body/div/p[2]", "/html/body/div"]
    assert not lazy._done and len(lazy._text) < len(whole.text) // 10  # the rest of the page is not walked
    for plain in blocks[2:]:
        answers.append(lazy.locate(plain))
        assert answers[-1] == whole.locate(plain)
    assert answers[2:] == ["/html/body/div/p[3]", "/html/body/div/p[401]", "/html/body/footer/p", None]
    assert lazy._done and lazy.text == whole.text


def test_a_short_block_whose_element_is_only_before_the_previous_one_is_the_first_of_the_page():
    # the element whose whole text it is comes before the cursor only: the page's first one, known once the walk
    # has seen that none follows
    page = _long_page(50).replace("<footer><p>Shared text</p></footer>", "")
    lazy, whole = (Locator(lxml_html.document_fromstring(page)) for _ in range(2))
    assert whole.text
    for plain in ("Paragraph 40: runner beans", "Shared text", "Paragraph 0: runner beans climb any pole taller than "
                  "the gardener and crop until the first frost if the pods are picked young.", "Shared text"):
        assert lazy.locate(plain) == whole.locate(plain)
    assert lazy.cursor == whole.cursor
