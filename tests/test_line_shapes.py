"""A page's own lines by their shape at its edges, plain text (detectors/line_shapes.py, data/line_shapes.json;
linefam13). Every case is written by us, in our own words."""

from __future__ import annotations

import pytest

import cleaner
from cleaner.detectors.line_shapes import (line_shape, line_shape_findings, photo_credit, placeholder, reading_time,
                                           relative_date, result_count, tracking_id)
from cleaner.model import Block

PROSE = ("The council met on Tuesday to discuss the new timetable for the river ferries, and after a long debate it "
         "agreed to keep the early boat on weekdays while the late one will run only in summer.")
PROSE2 = ("Several residents of the island had written to the council before the meeting, asking for a boat that "
          "leaves after the last train from the city arrives, so that commuters are not stranded at the pier.")


def _doc(*parts: str) -> str:
    return "\n\n".join(parts) + "\n"


def _rules(result) -> set[str]:
    return {r.rule for r in result.removed}


# --- the shapes, line by line ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("line", ["##RELATED##", "##RECOMENDA##", "{{ related_posts }}", "%%AD_SLOT%%"])
def test_placeholders(line):
    assert placeholder(line)


@pytest.mark.parametrize("line", ["## Ingredients", "#hashtag", "Use {{ title }} in the template to print it.",
                                  "50% off", "C# and F#"])
def test_not_placeholders(line):
    assert not placeholder(line)


@pytest.mark.parametrize("line", ["G-AB12CD34EF", "UA-1234567-2", "GTM-K9XP2Q", "ca-pub-1234567890123456"])
def test_tracking_ids(line):
    assert tracking_id(line)


@pytest.mark.parametrize("line", ["G-Force", "UA-flight 23", "A-ha", "GTM is a tag manager", "Model G-7"])
def test_not_tracking_ids(line):
    assert not tracking_id(line)


@pytest.mark.parametrize("line", ["0 / 2097", "Page 1 / 4 5 Last", "Showing 1 to 10 of 37",
                                  "Mostrando 21 a 30 de 112", "Wyniki 1 - 20 z 85"])
def test_result_counts(line):
    assert result_count(line) is not None


@pytest.mark.parametrize("line", [
    "3/4", "1 / 2 cup sugar", "2 - 1", "Step 2", "Chapter 3", "12 14 19",  # a fraction, a measure, a score, a row
    "Phone: 555-201-3344", "tel: (212) 555 2486, fax (212) 555 3301", "10/19/2003 - 10/25/2003",
    "(1 Peter 3:15)", "14 Harbour Road, Portsea 02145", "Tea 2.50 / Coffee 3.10", "$4 / $6 / $9",
    "Between 1 and 5 of the 12 boats were late.",  # a sentence
])
def test_not_result_counts(line):
    assert result_count(line) is None


@pytest.mark.parametrize("line, what", [
    ("5 min read", "phrase"), ("Lesezeit: 4 Minuten", "word"), ("Temps de lecture : 6 min", "phrase"),
    ("Czyta się kilka minut", "phrase"), ("読了時間：約3分", "phrase"), ("Reads in a few minutes", "phrase"),
    ("Tiempo de lectura: 3 minutos", "phrase"),
])
def test_reading_times(line, what):
    assert reading_time(line) == what


@pytest.mark.parametrize("line", ["Lecture 3", "Reading", "Prep time: 25 min", "Cook 10 minutes, then stir.",
                                  "How long does it take to read a novel?", "Lesezeit"])
def test_not_reading_times(line):
    assert reading_time(line) is None


@pytest.mark.parametrize("line", ["2 years ago", "Updated 3 hours ago", "il y a 2 jours", "vor 5 Minuten", "3小时前"])
def test_relative_dates(line):
    assert relative_date(line)


@pytest.mark.parametrize("line", ["It was 3 days ago", "Two years ago we moved", "5 years", "ago"])
def test_not_relative_dates(line):
    assert not relative_date(line)


@pytest.mark.parametrize("line", ["Foto: Harbourpix", "Photo: J. Doe / Wire Agency", "Fot. Jan Nowak / Agencja Morska",
                                  "Bild: Anna Berg, dpa", "Фото: Иван Петров", "Photograph: Lena Holt/Harbour Images"])
def test_photo_credits(line):
    assert photo_credit(line) is not None


@pytest.mark.parametrize("line", [
    "Photo: the team at work in the new lab",  # a caption that says what it shows
    "The ferry at dawn. Photo: Jane Doe",  # a caption with its credit: the caption's line stays
    "Photography is what she studied in Lisbon.", "Photos of the event are on the next page.",
    "Photo by the author's grandfather, taken in 1952, of the pier before the storm.",
])
def test_not_photo_credits(line):
    assert photo_credit(line) is None


# --- where they go -----------------------------------------------------------------------------------------------------
def test_head_lines_go():
    text = _doc("Ferry timetable changes", "12 March 2024, 08:40", "5 min read", "##RELATED##", PROSE, PROSE2)
    result = cleaner.clean(text, format="text")
    for line in ("08:40", "5 min read", "##RELATED##"):
        assert line not in result.text
    assert "Ferry timetable changes" in result.text and "early boat" in result.text
    assert {"navigation.head_date", "navigation.placeholder"} <= _rules(result)  # (the reading time: any rule)


def test_a_date_alone_under_the_title_stays():
    # a post's date without its clock and with nothing else removed beside it: decision 3
    result = cleaner.clean(_doc("Ferry timetable changes", "12 March 2024", PROSE, PROSE2), format="text")
    assert "12 March 2024" in result.text


def test_dated_entries_stay():
    # a diary's or a timeline's dated entries: more date lines than LINE_SHAPES.date_max_lines, none goes
    parts = ["Notes from the pier"]
    for day in ("3 May 2021, 07:10", "4 May 2021, 07:25", "5 May 2021, 06:55"):
        parts += [day, "Fog again, the first boat waited."]
    parts += [PROSE]
    result = cleaner.clean(_doc(*parts), format="text")
    assert "4 May 2021, 07:25" in result.text


def test_a_credit_goes_its_caption_stays():
    text = _doc("Ferry timetable changes", PROSE, "The early boat leaving the pier at dawn.", "Foto: Harbourpix",
                PROSE2, "The late boat will run only in summer.")
    result = cleaner.clean(text, format="text")
    assert "Foto: Harbourpix" not in result.text
    assert "The early boat leaving the pier at dawn." in result.text
    assert "source_credit.photo_line" in _rules(result)


@pytest.mark.parametrize("line", [
    "Step 2", "Chapter 3", "2 - 1", "12 14 19",  # a recipe's step, a chapter, a score, a table row
    "Jane Doe",  # an interview's speaker label
    "Anna Berg, Tom Field, Lise Moor",  # a list of names
    "Love, Margaret",  # a sign-off
    "Tea 2.50 / Coffee 3.10",  # a price list
    "14 Harbour Road, Portsea 02145",  # an address
    "and the gulls go home",  # a poem's short line
])
def test_body_lines_stay(line):
    # the same short lines between two paragraphs of prose are the article's
    result = cleaner.clean(_doc("Ferry timetable changes", PROSE, line, PROSE2, "The late boat ends in September."),
                           format="text")
    assert line in result.text


def test_a_template_in_a_tutorial_stays():
    text = _doc("Templates for beginners", PROSE, "{{ title }}", PROSE2, "That is all it takes.")
    assert "{{ title }}" in cleaner.clean(text, format="text").text


def test_edges_only_for_weak_shapes():
    assert line_shape("0 / 2097", at_edge=False) is None
    assert line_shape("0 / 2097", at_edge=True) is not None
    assert line_shape("G-AB12CD34EF", at_edge=False) is not None


def _block(text: str, index: int = 0) -> Block:
    return Block(index=index, type="paragraph", text=text, plain=" ".join(text.split()))


def test_findings_and_kinds():
    blocks = [_block(t, k) for k, t in enumerate(["Title of the post", "5 min read", PROSE, "Foto: Harbourpix", PROSE2])]
    found = line_shape_findings(blocks, [[] for _ in blocks], title=0)
    assert [f.rule for f in found[1]] == ["navigation.reading_time"]
    assert [f.rule for f in found[3]] == ["source_credit.photo_line"]
    off = line_shape_findings(blocks, [[] for _ in blocks], kinds=("author_bio",), title=0)
    assert off == [[] for _ in blocks]


def test_markdown_untouched():
    result = cleaner.clean(_doc("# Ferry timetable changes", "5 min read", PROSE, PROSE2), format="markdown")
    assert "navigation.reading_time" not in _rules(result)


# --- the data this branch added to the skip links (navigation.json) and the widget labels (chrome.json) ------------
@pytest.mark.parametrize("line, rule", [
    ("Aller au menu | Aller à la recherche", "navigation.skip_link"), ("Sari direct la conținut", "navigation.skip_link"),
    ("رفتن به مطلب", "navigation.skip_link"), ("Go to search", "navigation.skip_link"),
    ("Signaler une erreur", "navigation.chrome"), ("Report a typo", "navigation.chrome"),
])
def test_skip_links_and_widget_labels_at_the_top(line, rule):
    result = cleaner.clean(_doc(line, "Ferry timetable changes", PROSE, PROSE2), format="text")
    assert line not in result.text
    assert rule in _rules(result)


def test_a_sentence_about_an_error_stays():
    line = "Signaler une erreur au guichet ne sert à rien, disent les passagers du premier bateau."
    result = cleaner.clean(_doc("Ferry timetable changes", PROSE, line, PROSE2), format="text")
    assert line in result.text


def test_server_error_over_the_page():
    warning = ("Warning: include_once(/var/www/site/wp-content/extra.php): failed to open stream: Permission denied "
               "in /var/www/site/wp-includes/post.php on line 12")
    result = cleaner.clean(_doc(warning, "Ferry timetable changes", PROSE, PROSE2), format="text")
    assert warning not in result.text
    assert "navigation.server_error" in _rules(result)


def test_server_error_quoted_in_a_tutorial_stays():
    warning = "Warning: include_once(config.php): failed to open stream in /var/www/index.php on line 3"
    result = cleaner.clean(_doc("Fixing include errors", PROSE, "The log then shows:", warning, PROSE2,
                                "That is the whole fix."), format="text")
    assert warning in result.text


def test_a_credit_as_the_articles_last_line_stays():
    result = cleaner.clean(_doc("Ferry timetable changes", PROSE, PROSE2, "Photo: Harbourpix"), format="text")
    assert "Photo: Harbourpix" in result.text


def test_a_tracking_id_over_the_page_is_no_title():
    result = cleaner.clean(_doc("G-AB12CD34EF", "Ferry timetable changes", PROSE, PROSE2), format="text")
    assert "G-AB12CD34EF" not in result.text and "Ferry timetable changes" in result.text
