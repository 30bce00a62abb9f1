"""caption32: a picture's credit cut off its caption (captioncredit.py, detectors/captions.py) and a page's login /
cart boxes, download gates and file record cards (detectors/gates.py). Texts written for these tests."""

from __future__ import annotations

import pytest

from cleaner import Cleaner
from cleaner.captioncredit import caption_cuts
from cleaner.detectors.gates import line_class

BODY = ("The council met on Tuesday evening to discuss the new cycling lanes along the river, and most of the "
        "residents who came were in favour of the plan, although several shop owners asked for more parking.")
BODY2 = ("Work on the first section is due to start in the spring and should take about four months, the city's "
         "transport office said in a statement published after the meeting ended late on Tuesday night.")


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner()


def _cuts(text: str, first_line: str = "Headline of the story"):
    found = caption_cuts(text, 0, len(text), first_line)
    return None if found is None else [(text[a:b], role) for a, b, role in found]


# --- captioncredit: the cut itself -----------------------------------------------------------------------------------
def test_photo_label_credit_cut_off_the_front():
    assert _cuts("Foto: Jan Nowak Uczestnicy warsztatów przy wspólnym stole w sali obrad") == [
        ("Foto: Jan Nowak", "credit"), ("Uczestnicy warsztatów przy wspólnym stole w sali obrad", "caption")]


def test_credit_with_an_agency_after_a_slash():
    assert _cuts("Photo: Jane Roe / Agency The mayor cuts the ribbon at the new bridge")[0] == \
        ("Photo: Jane Roe / Agency", "credit")


def test_credit_in_brackets_at_the_end():
    assert _cuts("The new bridge seen from the old harbour at dawn. (© AGENCY/Jane Roe)") == [
        ("The new bridge seen from the old harbour at dawn.", "caption"), ("(© AGENCY/Jane Roe)", "credit")]
    assert _cuts("The mayor at the opening of the market hall (Photo: Jane Roe/Agency)")[1] == \
        ("(Photo: Jane Roe/Agency)", "credit")


def test_no_cut_for_an_enumeration_or_a_rights_notice():
    assert _cuts("Safeguards for the river; (b) the fish; (c) other animals of the valley") is None
    assert _cuts("All of the pictures on this page are ours. © 2024 Example Media") is None
    assert _cuts("The photos are ours, Copyright © Example Media") is None


def test_no_cut_for_a_caption_that_only_describes_the_picture():
    assert _cuts("Photo: the team at work in the laboratory on Monday") is None  # no name: the caption itself
    assert _cuts("Source: city archive, the harbour in 1910 seen from the hill") is None  # "Source:" stays


def test_byline_label_under_the_headline_is_a_byline():
    text = "Headline of the story\nAutor: Jan Nowak Rada miasta zebrała się we wtorek wieczorem"
    start = text.index("Autor")
    assert caption_cuts(text, start, len(text), "Headline of the story") is None


def test_byline_label_in_a_figure_group_is_a_picture_credit():
    text = "Title of the picture\nAutor: Jan Nowak Uczestnicy warsztatów przy wspólnym stole, w środku prowadzący"
    start = text.index("Autor")
    found = caption_cuts(text, start, len(text), "Headline of the story")
    assert found is not None and text[found[0][0]:found[0][1]] == "Autor: Jan Nowak"


def test_byline_label_with_a_byline_continuation_is_no_caption():
    text = "Title of the picture\nAuthor: Jane Roe Staff Writer at the daily paper"
    assert caption_cuts(text, text.index("Author"), len(text), "Headline") is None
    text = "Title of the picture\nAuthor: Jane Roe, 3 May 2024"
    assert caption_cuts(text, text.index("Author"), len(text), "Headline") is None


# --- the pipeline: the credit goes, the caption stays, no author from it ---------------------------------------------
def test_caption_kept_and_credit_removed_without_an_author(cleaner):
    doc = (f"Cycling lanes for the river bank\n\n{BODY}\n\nThe river bank at dawn\n"
           "Autor: Jan Nowak Residents walk along the planned lane, with the old mill on the left\n\n"
           f"{BODY2}\n")
    result = cleaner.clean(doc, format="text")
    assert "Residents walk along the planned lane" in result.text
    assert "Jan Nowak" not in result.text
    assert result.author is None
    assert any(r.rule == "source_credit.caption_credit" for r in result.removed)


def test_top_byline_with_the_same_label_still_gives_the_author(cleaner):
    doc = f"Cycling lanes for the river bank\n\nAutor: Jan Nowak\n\n{BODY}\n\n{BODY2}\n"
    result = cleaner.clean(doc, format="text")
    assert result.author == "Jan Nowak"


def test_caption_naming_a_person_and_a_sentence_about_the_photographer_stay(cleaner):
    caption = "Jane Roe, head of the transport office, shows the plan to residents"
    sentence = ("The author of the photo, Jan Nowak, said he had waited two hours on the bridge for the light to "
                "change before he took the picture that later won the city's prize.")
    doc = f"Cycling lanes for the river bank\n\n{BODY}\n\n{caption}\n\n{sentence}\n\n{BODY2}\n"
    result = cleaner.clean(doc, format="text")
    assert caption in result.text and sentence in result.text


def test_credited_caption_that_names_a_newsletter_stays(cleaner):
    caption = "Residents look at the planned lanes, as printed in the city's newsletter for subscribers"
    doc = f"Cycling lanes for the river bank\n\n{BODY}\n\nPhoto: Jane Roe {caption}\n\n{BODY2}\n"
    result = cleaner.clean(doc, format="text")
    assert caption in result.text and "Jane Roe" not in result.text


# --- gates: the line classes ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("line, expected", [
    ("Password", "form"), ("Remember me", "form"), ("Register | Forgot password?", "form"),
    ("Mot de passe oublié ?", "form"), ("Zapamiętaj mnie", "form"), ("忘记密码?", "form"),
    ("Your basket: 0 items, total 0.00 €", "cart"),
    ("ID: 123456   Size: 2.5 MB   Pages: 40", "card"), ("48 Seiten, Note: 2,0", "card"),
    ("Download the full version (.pdf) (40 pages)", "gate"), ("Pobierz pełną wersję (2,1 MB)", "gate"),
])
def test_line_classes(line, expected):
    assert line_class(line) == expected


@pytest.mark.parametrize("line", [
    "Choose a long password and never reuse it on two sites, the security team advised.",
    "The report runs to 35 pages and was published on Monday.",
    "Prices start at 0 euros for students and 12 euros for everyone else.",
])
def test_sentences_are_no_box_lines(line):
    assert line_class(line) not in ("form", "cart", "card", "gate")


def test_login_box_and_document_card_removed_article_kept(cleaner):
    doc = ("E-mail\nPassword\nRemember me\nRegister | Forgot password?\n\n"
           "The annual report of the harbour board\n\n"
           "Download the full version (.docx) (24 pages)\n\n"
           f"{BODY}\n\n{BODY2}\n")
    result = cleaner.clean(doc, format="text")
    assert "Remember me" not in result.text and "Download the full version" not in result.text
    assert BODY in result.text and BODY2 in result.text
    rules = {r.rule for r in result.removed}
    assert "call_to_action.account_box" in rules and "call_to_action.download_gate" in rules


def test_article_about_passwords_stays(cleaner):
    para = ("Most people still reuse one password on many sites. Security researchers say a password manager and "
            "a second login step, such as a code sent to the phone, stop most attacks on an account.")
    para2 = ("If you forgot your password, the bank will never ask for it by e-mail: register your phone number at "
             "a branch instead and log in only through the official app, the regulator advised on Monday.")
    doc = f"How to keep your accounts safe\n\n{para}\n\n{para2}\n\n{BODY2}\n"
    result = cleaner.clean(doc, format="text")
    assert para in result.text and para2 in result.text


def test_paper_page_count_in_a_sentence_stays(cleaner):
    para = ("The thesis, 35 pages long, was submitted in 2010 and can be downloaded from the university library, "
            "where it is kept together with the survey data the author collected over two years.")
    doc = f"News selection in television\n\n{para}\n\n{BODY}\n\n{BODY2}\n"
    assert para in cleaner.clean(doc, format="text").text


def test_a_credit_cut_off_a_caption_under_a_picture_at_the_end_goes(cleaner: Cleaner) -> None:
    # mdfam32's described caption at an edge keeps a caption's pieces split at a credit's cue; a picture's credit
    # the segmenter cut off the caption is not one of them: the credit goes, the caption stays (integrator, stop 32)
    document = (
        "# Notes from the harbour\n\n"
        "The ferry service that linked the two islands for sixty years made its last crossing on Sunday, and the "
        "town came out to watch it go. Families who had used it for generations lined the quay with flags.\n\n"
        "The council says a new bridge will open next spring, although the budget has already grown twice since "
        "the plans were first drawn up by the regional office.\n\n"
        "![The ferry at the quay](ferry.jpg)\n\n"
        "Photo: Anna Berg. The old ferry leaves the harbour for the last time at dawn.\n")
    result = cleaner.clean(document, format="markdown")
    assert "The old ferry leaves the harbour for the last time at dawn." in result.text
    assert "Anna Berg" not in result.text
    assert [r.rule for r in result.removed] == ["source_credit.caption_credit"]
