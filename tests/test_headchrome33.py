"""Page-text head chrome as structure (headchrome33; issue 11): a home trail behind its own label
(detectors/nav_shape.py ``navigation.trail/label``), a count of the post's record alone on a line at an edge
(detectors/line_shapes.py ``navigation.record_count``), a record block under the title that also holds the post's
category line or a dated byline (detectors/header_record.py). Every case is written by us, in our own words."""

from __future__ import annotations

import pytest

import cleaner
from cleaner.detectors.header_record import count_line, record_block
from cleaner.detectors.line_shapes import line_shape, line_shape_findings
from cleaner.detectors.nav_shape import Line, line_shape as nav_line_shape, nav_vocabulary
from cleaner.model import Block

PROSE = ("The council met on Tuesday to discuss the new timetable for the river ferries, and after a long debate it "
         "agreed to keep the early boat on weekdays while the late one will run only in summer.")
PROSE_FR = ("Le conseil municipal s'est réuni mardi pour discuter du nouvel horaire des bacs sur la rivière, et après un "
            "long débat il a décidé de garder le premier bateau en semaine.")


def _doc(*parts: str) -> str:
    return "\n\n".join(parts) + "\n"


def _block(text: str, index: int = 0) -> Block:
    return Block(index=index, type="paragraph", text=text, plain=" ".join(text.split()))


def _trail(text: str):
    return nav_line_shape(Line(text, 0, False, 0), nav_vocabulary())


# --- a trail behind its own label ----------------------------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "Navigation: Home » Harbour » Ferries",  # en
    "Vous êtes ici : Accueil › Actualités › Région",  # fr
    "Sie sind hier: Startseite > Verkehr",  # de
    "Nawigacja: Strona główna » Aktualności",  # pl
    "Jste zde: Úvod » Zprávy",  # cs
    "当前位置：首页 > 新闻 > 本地",  # zh
    "Você está em: Início > Notícias",  # pt
    "Return: Home > Popular Topics",
])
def test_labelled_trails(line):
    assert _trail(line)[:2] == ("trail", "label")


@pytest.mark.parametrize("line", [
    "Go to: Home > Settings > Privacy.",  # a how-to's sentence
    "Step 3: Home > Settings > Privacy",  # a how-to's numbered step
    "Note: the price rose > 5 % and fell < 2 %",  # math in prose
    "Part 1: The harbour / Part 2: The ferries",  # a heading's parts, no home word
    "Chapter one: a quiet morning > a busy afternoon",
])
def test_not_labelled_trails(line):
    found = _trail(line)
    assert found is None or found[:2] != ("trail", "label")


def test_a_labelled_trail_goes_at_the_head_not_in_the_body():
    head = cleaner.clean(_doc("Navigation: Home » Harbour » Ferries", "New timetable for the river ferries", PROSE,
                              PROSE), format="text")
    assert "Navigation:" not in head.text and PROSE in head.text
    # the same trail between two paragraphs of a how-to: the edges' strength only, it stays
    body = cleaner.clean(_doc("How to change the ferry app's settings", PROSE, "Menu: Home > Settings > Privacy",
                              PROSE_FR), format="text")
    assert "Menu: Home > Settings > Privacy" in body.text


# --- a count of the post's record alone at an edge -----------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "941 comments", "2192 Shares", "0shares", "Views (839)", "21 curtidas", "عدد المشاهدات(839)", "צפיות 1520",
    "بازدید: 320", "12 lượt thích", "좋아요 14", "Thanked 34 Times in 31 Posts",
])
def test_record_counts(line):
    assert count_line(line)
    assert line_shape(line, True)[0] == "navigation.record_count"


@pytest.mark.parametrize("line", [
    "839 people viewed the exhibition",  # a report's count: no noun of a record next to the number
    "Prep: 26 min",  # a recipe's time
    "Serves 4", "1 / 2 cup", "14 days", "1411 Broadway", "The Crowd (1928)", "phone: (310) 458-0016",
    "Step 2", "2 - 1",
    "2004 Lecture when Prof. Maathai spoke",  # a year next to a noun of a count: a sentence's words
    "at $2.77 million and representing 231,300 shares",  # a price
])
def test_not_record_counts(line):
    found = line_shape(line, True)
    assert found is None or found[0] != "navigation.record_count"


def test_record_counts_only_at_the_edges():
    tail = cleaner.clean(_doc("Ferry timetable changes", PROSE, PROSE_FR, "21 curtidas"), format="text")
    assert "21 curtidas" not in tail.text
    assert any(r.rule == "navigation.record_count" for r in tail.removed)
    # between two paragraphs of prose: a count inside the article is no edge's
    blocks = [_block("Ferry timetable changes"), _block(PROSE, 1), _block("941 comments", 2), _block(PROSE_FR, 3)]
    found = line_shape_findings(blocks, [[] for _ in blocks], title=0)
    assert not any(f.rule == "navigation.record_count" for f in found[2])


def test_a_count_under_every_post_stays():
    # a blog's listing or a forum thread: the same count printed under each post (cleaneval's gold keeps them)
    blocks = [_block("Harbour news"), _block(PROSE, 1), _block("Comments (3)", 2), _block(PROSE_FR, 3),
              _block("Comments (0)", 4)]
    found = line_shape_findings(blocks, [[] for _ in blocks], title=0)
    assert not any(f.rule == "navigation.record_count" for fs in found for f in fs)


def test_a_report_with_counts_stays():
    text = _doc("Museum visitors", PROSE, "839 people viewed the exhibition in its first week.")
    assert "839 people viewed the exhibition" in cleaner.clean(text, format="text").text


# --- a record block with the post's other header lines -------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "12/03/2025\n8 min\nHarbour, Ferries\n21 likes\nListen\nShare",  # a category line and widget labels
    "2024/05/02 writer: Dr. Jane Roe\nViews (839)",  # a dated byline with the count
    "03.05.2024\n6 min de lecture\nPort, Bacs\n14 commentaires",
])
def test_loose_record_blocks(text):
    assert record_block(_block(text)) is not None


@pytest.mark.parametrize("text", [
    "12/03/2025\nHarbour, Ferries\nListen",  # no count: a date and a category (decision 3)
    "2024/05/02 writer: Dr. Jane Roe",  # a dated byline alone stays (decision 3; the byline is the authors' step's)
    "21 likes\nThe council met on Tuesday to discuss the timetable.",  # a sentence
    "12/03/2025\n21 likes\nA slogan we sing on the ferry\nAnother line of our own",  # two lines of its own
    "12/03/2025\nA slogan we sing on the ferry\n21 likes",  # two record lines: too few for a line of its own
])
def test_not_loose_record_blocks(text):
    assert record_block(_block(text)) is None


def test_a_record_block_goes_under_the_title():
    text = _doc("New timetable for the river ferries", "12/03/2025\n8 min\nHarbour, Ferries\n21 likes\nListen\nShare",
                PROSE, PROSE_FR)
    result = cleaner.clean(text, format="text")
    assert "21 likes" not in result.text and "Harbour, Ferries" not in result.text
    assert result.text.startswith("New timetable for the river ferries")


def test_no_rule_strength_is_written_twice():
    # a second key in the RULES literal silently replaces the first (headchrome33's first rule name was meta_lines'
    # navigation.counter: its strength changed under every page)
    import ast
    from pathlib import Path

    import cleaner.rules

    tree = ast.parse(Path(cleaner.rules.__file__).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == "RULES":
            assert isinstance(node.value, ast.Dict)
            keys = [k.value for k in node.value.keys if isinstance(k, ast.Constant)]
            assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
            break
    else:
        raise AssertionError("RULES not found")
