"""pointer37 (issue 11; famK family I): a line that only points the reader elsewhere for the article or more of it,
and the article's address it carries as ``source_url`` (detectors/pointer.py, data/pointer_lines.json). In our own
words: every shape with its negatives (a sentence recommending another article, a reference list, "continued on page
4", a further-reading section, a quotation, a poem, list items at the body's end, an article about reading online,
a caption, a how-to step with an address)."""

from __future__ import annotations

import cleaner
from cleaner.detectors.pointer import pointer_line
from cleaner.model import Block

_BODY = ("The harbour museum reopened on Saturday after two years of work on its roof, and the first visitors "
         "queued along the quay before the doors opened at nine.\n\n"
         "Inside, the old fish market hall now holds the boats the town built in the last century, with a small "
         "room about the storm that took the old roof in January.\n\n")
_BODY_DE = ("Das Hafenmuseum hat am Samstag nach zwei Jahren Bauzeit wieder geöffnet, und die ersten Besucher "
            "standen schon vor neun Uhr am Kai Schlange.\n\n"
            "In der alten Fischhalle stehen jetzt die Boote, die in der Stadt im letzten Jahrhundert gebaut wurden, "
            "und ein kleiner Raum erzählt vom Sturm, der das alte Dach im Januar abdeckte.\n\n")
_BODY_RU = ("Музей гавани открылся в субботу после двух лет ремонта крыши, и первые посетители выстроились в "
            "очередь на набережной ещё до девяти утра.\n\n"
            "В старом рыбном зале теперь стоят лодки, построенные в городе в прошлом веке, а небольшая комната "
            "рассказывает о буре, сорвавшей старую крышу в январе.\n\n")


def _rules(result) -> set[str]:
    return {r.rule for r in result.removed}


def _pointer(result) -> bool:
    return any(rule.endswith("pointer_line") for rule in _rules(result))


def _line(text: str) -> Block:
    return Block(index=0, type="paragraph", text=text, plain=text)


# -- the shape --------------------------------------------------------------------------------------------------------

def test_pointer_line_shapes():
    assert pointer_line(_line("Read the full article at harbourtimes.example")) is not None
    assert pointer_line(_line("Continue reading on Medium »")) is not None
    assert pointer_line(_line("Читайте на harbour.example")) is not None
    assert pointer_line(_line("Leia mais em Jornal do Porto")) is not None
    assert pointer_line(_line("阅读原文")) is not None
    assert pointer_line(_line("Read original article here")) is not None
    assert pointer_line(_line("Ver receita")) is not None
    # a pointer that ends with its preposition needs what follows
    assert pointer_line(_line("Read on")) is None
    assert pointer_line(_line("Continue reading on")) is None
    # a sentence goes on after the pointer
    assert pointer_line(_line("Read on to find out how the roof was saved.")) is None
    assert pointer_line(_line("Read the full article at the library of the university.")) is None
    assert pointer_line(_line("Read on, my heart, the pages turn")) is None


# -- at the end, with the article's address ---------------------------------------------------------------------------

def test_a_read_at_source_line_goes_and_gives_the_source_url():
    url = "https://www.harbour-zeitung.example/artikel/4417.hafenmuseum-wieder-offen.html"
    result = cleaner.clean(_BODY_DE + f"Den vollständigen Artikel finden Sie unter: {url}\n", format="text")
    assert "Den vollständigen Artikel" not in result.text
    assert "In der alten Fischhalle" in result.text
    assert "source_credit.pointer_line" in _rules(result)
    assert result.source_url == url


def test_a_read_on_site_line_at_the_end_goes_without_a_source_url():
    result = cleaner.clean(_BODY_RU + "Читайте на harbour24.example\n", format="text")
    assert "Читайте на" not in result.text
    assert "В старом рыбном зале" in result.text
    assert "related.pointer_line" in _rules(result)
    assert result.source_url is None  # a site, not the article's address


def test_a_markdown_link_pointer_gives_the_source_url():
    url = "https://harbourtimes.example/2024/05/museum-reopens"
    result = cleaner.clean("# The harbour museum reopens\n\n" + _BODY + f"[Read the original article]({url})\n",
                           format="markdown")
    assert "Read the original article" not in result.markdown
    assert result.source_url == url


def test_an_expand_label_at_the_head_goes():
    body = ("港口博物馆在屋顶修缮两年之后于周六重新开放，第一批参观者早上九点前就在码头排起了长队，馆方表示"
            "当天共接待了两千多名观众。\n\n"
            "老鱼市大厅里如今陈列着这座城市上个世纪建造的船只，一个小展厅讲述了一月份那场掀掉旧屋顶的风暴，"
            "展览将持续到明年春天。\n\n")
    result = cleaner.clean("港口博物馆重新开放\n\n展开全文\n\n" + body, format="text")
    assert "展开全文" not in result.text
    assert "老鱼市大厅" in result.text


# -- repeated after each teaser of an aggregator: the middle too ------------------------------------------------------

def test_a_repeated_pointer_between_teasers_goes():
    teasers = ""
    for title in ("Harbour museum reopens after two years", "Ferry timetable changes for the summer",
                  "New lighthouse keeper starts in June"):
        teasers += (f"{title}\n\n"
                    f"The story in short: {title.lower()}, and the town council will discuss what it means for "
                    "visitors and residents at its next meeting in the old town hall.\n\n"
                    "Read original article here\n\n")
    result = cleaner.clean(teasers, format="text")
    assert "Read original article here" not in result.text
    assert "the town council will discuss" in result.text
    assert "related.pointer_line" in _rules(result)


def test_a_digest_of_pointers_to_several_articles_gives_no_source_url():
    text = ""
    for n, title in enumerate(("Harbour museum reopens", "Ferry timetable changes", "New lighthouse keeper")):
        text += (f"{title}: the town council will discuss what it means for visitors and residents at its next "
                 "meeting in the old town hall on the quay.\n\n"
                 f"Read the full story at https://harbourtimes.example/news/{n}-{title.lower().replace(' ', '-')}\n\n")
    result = cleaner.clean(text, format="text")
    assert "Read the full story" not in result.text
    assert result.source_url is None


# -- negatives --------------------------------------------------------------------------------------------------------

def test_a_sentence_recommending_another_article_stays():
    closing = "You can read more about the study in Nature.\n"
    result = cleaner.clean(_BODY + closing, format="text")
    assert "You can read more about the study in Nature." in result.text
    result = cleaner.clean(_BODY + "Read more about the roof at the museum's own website.\n", format="text")
    assert "Read more about the roof" in result.text


def test_a_reference_list_stays():
    refs = ("References\n\n"
            "- Read the full report at https://harbour.example/reports/2023-roof.pdf\n"
            "- Harbour Trust (2022). The storm of January. Annual report, pp. 12-19.\n"
            "- Read the original article in Harbour Quarterly\n")
    result = cleaner.clean(_BODY + refs, format="text")
    assert not _pointer(result)
    assert "Harbour Trust (2022)" in result.text


def test_continued_on_page_four_stays():
    result = cleaner.clean(_BODY + "Continued on page 4\n", format="text")
    assert not _pointer(result)
    assert pointer_line(_line("Read on Page 4")) is None
    assert pointer_line(_line("Weiterlesen auf Seite 3")) is None


def test_a_further_reading_section_stays():
    section = ("## Further reading\n\n"
               "- *The Storm of January*, by the Harbour Trust\n"
               "- Read the full article on Harbour Quarterly\n"
               "- *Boats of the Quay*, a catalogue\n")
    result = cleaner.clean("# The harbour museum reopens\n\n" + _BODY + section, format="markdown")
    assert not _pointer(result)  # (the section goes as a related list by its heading, as at the base)


def test_a_quotation_stays():
    quoted = '"Read the full article on Medium," the curator wrote to her readers, "and come and see the boats."\n'
    result = cleaner.clean(_BODY + quoted, format="text")
    assert "Read the full article on Medium" in result.text
    md = "# The harbour museum reopens\n\n" + _BODY + "> Read the original article here\n"
    result = cleaner.clean(md, format="markdown")
    assert not _pointer(result)


def test_a_poem_stays():
    poem = ("The Reader\n\n"
            "Read on, my heart, the pages turn,\nthe harbour lights are low;\n"
            "read on until the candles burn\nand tides forget to go.\n\n"
            "Read on, my heart\n")
    result = cleaner.clean(poem, format="text")
    assert not _pointer(result)
    assert "Read on, my heart" in result.text


def test_list_items_at_the_body_end_stay():
    items = ("What to see:\n\n"
             "- the fish market hall\n"
             "- the storm room\n"
             "- Read the full story on the wall panels\n"
             "- View full coverage\n")
    result = cleaner.clean(_BODY + items, format="text")
    assert not _pointer(result)


def test_an_article_about_reading_online_keeps_its_lines():
    body = ("Most readers now meet a news story in a feed, not on the paper's own page: an aggregator shows the "
            "title and a few lines, and a button sends them on to the publisher.\n\n"
            "The button's wording matters. Publishers tested several labels and found that a plain one, naming the "
            "paper, brought the most readers to the full text.\n\n"
            "Read the article on the publisher's page, they argue, and you see its corrections too.\n")
    result = cleaner.clean(body, format="text")
    assert not _pointer(result)
    assert "Read the article on the publisher's page" in result.text


def test_a_caption_and_a_how_to_step_stay():
    caption = "Read the story of the photograph in the museum's guide\n\n"
    result = cleaner.clean(_BODY + caption, format="text")
    assert "Read the story of the photograph" in result.text
    steps = ("1. Download the installer here: https://tools.example/setup.exe\n"
             "2. Run it and follow the prompts.\n")
    result = cleaner.clean(_BODY + steps, format="text")
    assert "Download the installer here" in result.text


def test_a_pointer_in_the_middle_without_an_address_stays():
    """A label alone between two paragraphs, neither repeated nor carrying the article's address: under the
    middle's strength."""
    result = cleaner.clean(_BODY + "Continue reading on Medium\n\n" + _BODY.replace("Saturday", "Sunday"),
                           format="text")
    assert "Continue reading on Medium" in result.text
