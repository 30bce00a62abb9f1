"""Navigation by its shape (detectors/nav_shape.py): menus, breadcrumbs, pagination, previous / next, skip links,
back to top, tag lines, runs of link-only lines, in several languages; and the prose with "|", ">" or "/" that stays."""

from __future__ import annotations

import pytest

import cleaner
from cleaner.detectors.nav_shape import Line, block_shape, line_shape, nav_vocabulary, navigation_findings
from cleaner.model import Block
from cleaner.readers.text import text_units
from cleaner.rules import RULES

BODY = ("The council voted on Tuesday to extend the bus network to the northern suburbs, a plan that has been debated "
        "for more than a decade and that residents of the new estates had long asked for.\n\n"
        "Work is expected to start next spring, and the first new lines should open within two years, the mayor said, "
        "adding that the budget had been approved by a large majority after a long debate.\n\n"
        "Opposition members welcomed the plan but asked for more frequent services at night, when many shift workers "
        "travel to the industrial zone on the other side of the river.")


def shape(text: str):
    return line_shape(Line(text, 0, False, 0), nav_vocabulary())


POSITIVE = [
    # menus
    ("Inicio | Noticias | Deportes | Cultura | Contacto", "menu"),
    ("About · Careers · Press · Privacy · Terms", "menu"),
    ("Startseite • Politik • Wirtschaft • Sport", "menu"),
    ("Home\tAbout\tContact", "menu"),
    ("Notícias | Economia | Esportes | Cultura", "menu"),
    ("首页 | 新闻 | 财经 | 体育", "menu"),
    # breadcrumbs
    ("Home > News > World", "trail"),
    ("Accueil › Actualités", "trail"),
    ("Startpagina > Nieuws > Binnenland", "trail"),
    ("Главная / Новости / Политика", "trail"),
    ("ホーム > ニュース > 国内", "trail"),
    ("Trang chủ » Tin tức » Thế giới", "trail"),
    ("News › World › Europe", "trail"),  # by shape alone: the separator repeats
    ("Ana Sayfa » Spor » Futbol", "trail"),
    # pagination
    ("Page 2 of 5", "pager"),
    ("Seite 3 von 10", "pager"),
    ("Strona 2 z 7", "pager"),
    ("Página 4 de 12", "pager"),
    ("Page 7", "pager"),
    ("第2页", "pager"),
    ("1 2 3 … 10 Next", "pager"),
    ("« 1 2 3 4 »", "pager"),
    ("[1] [2] [3] Next", "pager"),
    ("Tags:garden, soil", "tag_line"),
    ("1 2 3 4 5 Suivant", "pager"),
    # previous / next
    ("« Previous post | Next post »", "prev_next"),
    ("← Older posts", "prev_next"),
    ("« Zurück | Weiter »", "prev_next"),
    ("‹ Entrada anterior | Entrada siguiente ›", "prev_next"),
    ("Next post: How to grow tomatoes in pots", "prev_next"),
    ("← 上一篇 | 下一篇 →", "prev_next"),
    ("Article précédent | Article suivant", "prev_next"),
    # skip links, back to top
    ("Skip to content", "skip_link"),
    ("Aller au contenu", "skip_link"),
    ("Zum Inhalt springen", "skip_link"),
    ("Przejdź do treści", "skip_link"),
    ("コンテンツへスキップ", "skip_link"),
    ("Back to top ↑", "back_to_top"),
    ("↑ Nach oben", "back_to_top"),
    ("返回顶部", "back_to_top"),
    ("Torna su ↑", "back_to_top"),
    # tag / category lines
    ("Tags: garden, soil, compost", "tag_line"),
    ("Etiquetas: política, transporte", "tag_line"),
    ("Schlagwörter: Garten, Boden", "tag_line"),
    ("Метки: политика, экономика", "tag_line"),
    ("标签：旅游，美食", "tag_line"),
    ("Posted in News | Tagged garden, soil | 3 Comments", "tag_line"),
    ("#travel #food #paris", "tag_line"),
]

NEGATIVE = [
    "x > 3 | y < 2",
    "If a > b and b > c then a > c.",
    "Run ls | grep foo | wc -l to count the files",
    "I walked along the river / the night was cold / and you were gone",  # a lyric with slashes
    "Love is patient / love is kind / it does not envy",
    "Page 2 of the report says the budget grew.",
    "Page 2 of the report says the budget grew",
    "In the next post I will explain how it works.",
    "Next, we mix the flour with the eggs and sugar and let it rest for an hour",
    "2 cups flour / 1 cup sugar / 3 eggs / 1 stick butter",  # ingredients
    "Salt, pepper, oregano, basil",
    "a / b / c / d",
    "The tags: we used for the study were red, blue.",
    "Python vs Go | Which is faster?",
    "“To be, or not to be” | Hamlet",
    "| Name | Age | City |",  # a Markdown table row
    "Top",
    "Home",
    "Next",
    "He said: next time.",
    "Der Kurs steht bei 3 > 2, sagte er.",
    "Nous avons lu la page 2 sur 5 du rapport.",
    "Two Bedrooms / Two Baths / Three Terraces",  # a slash without a home word: a list, not a trail
    "Processor: Apple M1 Pro / Max / Ultra",
    "Image Credit: Jane Doe / Ground Picture / Studio One / Stock",
    "Topic: Penguins",  # one item, no link: a thread's title as well as a label
    "p. 216",  # a printed page's number
]


@pytest.mark.parametrize("text,rule", POSITIVE)
def test_navigation_lines(text, rule):
    found = shape(text)
    assert found is not None and found[0] == rule, found


@pytest.mark.parametrize("text", NEGATIVE)
def test_prose_with_separators_is_no_navigation(text):
    assert shape(text) is None


def test_every_rule_has_a_strength():
    for rule in ("skip_link", "back_to_top", "pager", "pager/numbers", "prev_next", "prev_next/pair", "trail",
                 "trail/home", "tag_line", "menu", "menu/links", "menu/home", "link_run"):
        assert RULES[f"navigation.{rule}"].match == "structure"


def test_only_unambiguous_shapes_reach_the_middle():
    middle = cleaner.decision.Thresholds().middle
    strong = {"skip_link", "back_to_top", "pager", "prev_next/pair", "trail/home"}
    for rule, entry in RULES.items():
        if rule.startswith("navigation.") and entry.match == "structure" and rule.split(".", 1)[1] in strong:
            assert entry.short >= middle
    for rule in ("menu", "menu/links", "menu/home", "trail", "tag_line", "prev_next", "link_run", "pager/numbers"):
        assert RULES[f"navigation.{rule}"].short < middle


def _blocks(text: str, markdown: bool = False):
    engine = cleaner.Cleaner()
    return engine.segmenter.blocks(text_units(text, markdown=markdown), tags=markdown)


def test_a_table_written_with_bars_is_no_menu():
    blocks = _blocks("Name | Age | City\nBob | 33 | Paris\nAnn | 41 | Lyon")
    assert block_shape(blocks[0]) is None
    # one row a block
    blocks = _blocks("Name | Age | City\n\nBob | Ann | Lyon")
    found = navigation_findings(blocks, [[] for _ in blocks])
    assert not any(found)


def test_links_one_a_line_are_a_menu():
    blocks = _blocks("[Home](/)\n[About](/about)\n[Blog](/blog)\n[Contact](/contact)", markdown=True)
    assert block_shape(blocks[0])[0] == "link_run"
    blocks = _blocks(BODY + "\n\n- [Home](/)\n- [About](/about)\n- [Blog](/blog)", markdown=True)
    found = navigation_findings(blocks, [[] for _ in blocks])
    assert [bool(f) for f in found] == [False, False, False, True, True, True]
    assert all(f[0].rule == "navigation.link_run" for f in found[3:])


def test_a_links_page_keeps_its_links():
    """A page that is mostly lines of one link and has little prose (a links page, a directory, a table of
    contents): the links are its content."""
    names = ("Gardening", "Cooking", "Travel", "Music", "Books", "Films", "Chess", "Cycling", "Birds", "Maps", "Poetry",
             "Radio")
    items = "\n".join(f"- [{name}](/{name.lower()})" for name in names)
    blocks = _blocks("My favourite sites, collected over the years.\n\n" + items, markdown=True)
    assert not any(navigation_findings(blocks, [[] for _ in blocks]))


def test_links_with_long_titles_are_no_menu():
    text = ("- [How the council decided to extend the bus network](/a)\n- [What the new lines will cost the city](/b)\n"
            "- [Why residents of the estates waited ten years](/c)")
    blocks = _blocks(text, markdown=True)
    assert not any(navigation_findings(blocks, [[] for _ in blocks]))


def test_an_example_the_article_introduces_stays():
    text = "On a large shop, a typical trail looks like this:\n\nHome > Women > Shoes > Running"
    blocks = _blocks(text)
    assert not navigation_findings(blocks, [[] for _ in blocks])[1]


def test_block_of_menu_lines():
    blocks = _blocks("Home | News | Sport | Contact\nSkip to content")
    assert block_shape(blocks[0]) is not None
    blocks = _blocks("Home | News | Sport | Contact\nThe council voted on Tuesday to extend the bus network.")
    assert all(block_shape(b) is None or b.plain.startswith("Home") for b in blocks)


def _removed(document: str, fmt: str = "text") -> list[str]:
    return [r.text for r in cleaner.clean(document, format=fmt).removed]


@pytest.mark.parametrize("line", [
    "Startpagina > Nieuws > Binnenland",
    "Inicio | Noticias | Deportes | Cultura",
    "Skip to content",
    "Przejdź do treści",
    "Strona główna › Wiadomości › Kraj",
])
def test_navigation_at_the_top_goes(line):
    assert line in _removed(f"{line}\n\n{BODY}")


@pytest.mark.parametrize("line", [
    "« Vorheriger Beitrag | Nächster Beitrag »",
    "Page 2 of 5",
    "1 2 3 … 10 Next",
    "Etiquetas: política, transporte, ciudad",
    "Posted in News | Tagged garden, soil",
    "← Articles plus anciens",
    "Retour en haut ↑",
    "#bus #council #suburbs",
])
def test_navigation_at_the_end_goes(line):
    assert line in _removed(f"{BODY}\n\n{line}")


def test_unambiguous_navigation_goes_in_the_middle():
    first, second, third = BODY.split("\n\n")
    assert "Page 2 of 5" in _removed(f"{first}\n\n{second}\n\nPage 2 of 5\n\n{third}")
    assert "Home › News › Local" in _removed(f"{first}\n\n{second}\n\nHome › News › Local\n\n{third}")


def test_a_menu_shape_in_the_middle_stays():
    first, second, third = BODY.split("\n\n")
    for line in ("Red | Green | Blue | Yellow", "Rock › Pop › Jazz", "Tags: a, b, c", "File > Save As > PDF"):
        assert not _removed(f"{first}\n\n{line}\n\n{second}\n\n{third}")


def test_markdown_table_and_code_stay():
    doc = (f"{BODY}\n\n| Name | Age | City |\n| --- | --- | --- |\n| Bob | 33 | Paris |\n\n"
           "```\nls | grep foo | wc -l\n```")
    assert not _removed(doc, "markdown")


def test_a_list_whose_other_items_say_more_is_the_articles():
    items = ("- [The Orville, a series that owes much to Star Trek](/a)\n- [A podcast about the captain and his "
             "crew](/b)\n- [Wine](/c)\n- [Podcast](/d)\n- [Fan wiki](/e)")
    blocks = _blocks(BODY + "\n\n" + items, markdown=True)
    assert not any(navigation_findings(blocks, [[] for _ in blocks]))


@pytest.mark.parametrize("text,rule", [("หน้า 2 จาก 5", "pager"), ("পৃষ্ঠা ২", "pager")])
def test_page_counters_in_thai_and_bengali(text, rule):
    found = shape(text)
    assert found is not None and found[0] == rule, found


@pytest.mark.parametrize("text", ["หน้า 2 ของรายงานระบุว่ารัฐบาลจะลงทุนเพิ่ม", "পৃষ্ঠা ২ থেকে শুরু হয় প্রতিবেদনটি।"])
def test_a_page_word_in_a_thai_or_bengali_sentence_is_no_pager(text):
    assert shape(text) is None
