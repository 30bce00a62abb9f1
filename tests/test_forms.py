"""Sign-up boxes (readers/forms.py): a small box around a form asking for an e-mail address, in any language, is
call_to_action evidence (detectors/dom.py); a demo form in a figure and the article around a form are not."""

from __future__ import annotations

from lxml import html as lxml_html

from cleaner.detectors import dom
from cleaner.model import Block, Finding
from cleaner.readers import forms
from cleaner.readers.html import text_key

ARTICLE = "<p>" + "A long body paragraph of the article, with nothing to do with any form at all. " * 8 + "</p>"


def boxes(page: str):
    return forms.form_boxes(lxml_html.fromstring(page), text_key)


def test_the_hint_is_the_one_the_detector_reads():
    assert forms.FORM_HINT == dom.FORM_HINT


def test_a_small_box_around_an_email_form_is_found_in_any_language():
    page = (f"<html><body><article>{ARTICLE}<div class='x1'><p>Meld je aan en ontvang elke ochtend het nieuws.</p>"
            "<form><input type='email' name='a'><button>Aanmelden</button></form></div>{ARTICLE}</article></body></html>")
    found = boxes(page)
    assert found == [("meld je aan en ontvang elke ochtend het nieuws.aanmelden", (forms.FORM_HINT,))]


def test_negative_no_email_input_no_box():
    page = f"<html><body><div><p>Search the archive:</p><form><input type='text' name='q'></form></div></body></html>"
    assert boxes(page) == []


def test_negative_a_demo_form_in_a_figure_is_the_articles():
    page = ("<html><body><article><figure><form><input type='email'></form><p>The finished form.</p></figure>"
            "</article></body></html>")
    assert boxes(page) == []


def test_negative_the_article_around_a_form_is_not_the_box():
    page = f"<html><body><div class='content'>{ARTICLE}<form><input type='email'><button>Go</button></form></div></body></html>"
    assert boxes(page) == [("go", (forms.FORM_HINT,))]


def test_form_finding_strong_for_a_short_block_none_for_a_long_one():
    short = Block(0, "paragraph", "Suscríbete y recibe cada mañana las noticias.", "Suscríbete y recibe cada mañana las noticias.")
    short.dom_hints = (forms.FORM_HINT,)
    found = dom.dom_findings([short], [[Finding("call_to_action", "call_to_action.lead", "x", 0.85)]],
                             {"call_to_action"})[0]
    assert [f.rule for f in found] == ["call_to_action.dom_form"] and found[0].strength >= 0.9
    long = Block(1, "paragraph", "x " * 200, "x " * 200)
    long.dom_hints = (forms.FORM_HINT,)
    assert dom.dom_findings([long], [[]], {"call_to_action"}) == [[]]
