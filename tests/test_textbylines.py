"""Author of text and Markdown from bylines without markup (textbylines.py, data/text_bylines.json): a bare name line
with a date in the title zone, an author label before a name of a script without case, a news wire's reporter
credit, a name and role signing the article. Documents written by us in the probe languages; negative cases for each
mechanism (a wrong author is worse than none)."""

from __future__ import annotations

import pytest

import cleaner
from _harbour import BODY, TITLE, document


def author(lang: str, head: str = "", tail: str = "", fmt: str = "text") -> str | None:
    return cleaner.clean(document(lang, head, tail), format=fmt).author


# --- a bare name line in the title zone, with a date ---------------------------------------------------------------
@pytest.mark.parametrize("lang, head, name", [
    ("en", "Jane Doe\n12 March 2024", "Jane Doe"),
    ("en", "Jane Doe | March 12, 2024 | Politics", "Jane Doe"),
    ("en", "Jane Doe March 12, 2024 · 5 min read", "Jane Doe"),
    ("es", "Ana López 12/03/2024 10:15", "Ana López"),
    ("en", "Jane Doe - The Harbour Times\nMarch 12, 2024", "Jane Doe"),
    ("fr", "Jean Dupont\n12 mars 2024", "Jean Dupont"),
    ("de", "Hans Müller\n12. März 2024", "Hans Müller"),
    ("de", "Jan Müller\n12. März 2024", "Jan Müller"),  # a given name that is a month's abbreviation
    ("en", "April Ryan\nMarch 12, 2024", "April Ryan"),
    ("en", "JANE DOE\nMarch 12, 2024", "JANE DOE"),  # a name in capitals: every word
    ("es", "Ana López\n12 de marzo de 2024", "Ana López"),
    ("ru", "Иван Петров\n12 марта 2024", "Иван Петров"),
    ("vi", "Nguyễn Văn An\n12/03/2024", "Nguyễn Văn An"),
])
def test_name_line_with_a_date(lang, head, name):
    assert author(lang, head) == name


@pytest.mark.parametrize("lang, head", [
    ("en", "12 March 2024"),  # a date line alone
    ("en", "Paris, France\n12 March 2024"),  # a place
    ("fr", "Paris, France\n12 mars 2024"),
    ("ru", "Москва, Россия\n12 марта 2024"),
    ("en", "New York\nMarch 12, 2024"),  # a place of two capitalised words ("new" is a word of the text)
    ("en", "Breaking News\n12 March 2024"),  # page chrome
    ("en", "Local News\nMarch 12, 2024"),
    ("en", "Home Page\nMarch 12, 2024"),
    ("en", "RELATED SITES\nMarch 12, 2024"),  # capitals: a section's name
    ("en", "COMMUNITY CALENDAR\nMarch 12, 2024"),
    ("en", "HARBOUR PLAN\nMarch 12, 2024"),  # the text's words in capitals
    ("en", "JANE Doe\nMarch 12, 2024"),  # capitals and not: no name's shape
    ("en", "Harbour Times | March 12, 2024 | Politics"),  # "harbour" is a word of the text
    ("en", "Jane Doe - The Harbour Times"),  # no date: a name and an outlet, or a headline's parts
    ("en", "Jane Doe"),  # a name line alone: no date to make it a byline
    ("en", "Council Approval\nMarch 12, 2024"),  # "council" is a word of the text
    ("en", "Council Approval March 12, 2024"),
    ("en", "Jane Doe answered March 12, 2024"),
    ("en", "June May\nMarch 12, 2024"),  # months after the first word
    ("en", "May 2024\nMarch 12, 2024"),  # not a date line's shape after the name ("answered")
])
def test_no_name_line_author(lang, head):
    assert author(lang, head) is None


def test_an_answer_date_is_no_byline():
    # a Q&A page: the answerer's name and "answered <date>" (not_byline_date_words)
    text = "\n\n".join([TITLE["en"], "Jane Doe\nanswered May 2, 2009 at 0:09", BODY["en"]])
    assert cleaner.clean(text, format="text").author is None


def test_the_title_zone_begins_after_a_menu_bar():
    # "Home | News | …" then the magazine's name and today's date: the name is the title, not a byline
    text = "\n\n".join(["Home | News | Business | Tech | Sports", "Harbour Weekly\nWednesday 27th December 12.43am GMT",
                        BODY["en"]])
    assert cleaner.clean(text, format="text").author is None


def test_a_name_after_the_title_zone_is_not_read():
    text = "\n\n".join([TITLE["en"], "A plan for the harbour", "Nine parks and a ferry", "Jane Doe\n12 March 2024",
                        BODY["en"]])
    assert cleaner.clean(text, format="text").author is None


def test_a_name_the_text_repeats_is_its_subject():
    body = BODY["en"] + "\n\nMaria Santos, who leads the residents' group, welcomed the decision."
    text = "\n\n".join([TITLE["en"], "Maria Santos\n12 March 2024", body])
    assert cleaner.clean(text, format="text").author is None


def test_a_name_as_the_title_is_no_byline():
    text = "\n\n".join(["Jane Doe", "12 March 2024", BODY["en"]])
    assert cleaner.clean(text, format="text").author is None


def test_a_bare_name_line_is_read_in_text_and_markdown():
    assert author("en", "Jane Doe\n12 March 2024", fmt="markdown") == "Jane Doe"


def test_bare_name_line_stays_in_the_body():
    result = cleaner.clean(document("en", "Jane Doe\n12 March 2024"), format="text")
    assert "Jane Doe" in result.text and result.author == "Jane Doe"


# --- an author label and a name in a script without case -----------------------------------------------------------
@pytest.mark.parametrize("lang, head, name", [
    ("hi", "लेखक: राहुल शर्मा", "राहुल शर्मा"),
    ("th", "ผู้เขียน: สมชาย ใจดี", "สมชาย ใจดี"),
    ("ar", "الكاتب: أحمد علي", "أحمد علي"),
    ("ar", "بقلم أحمد علي", "أحمد علي"),  # "by": no colon needed
    ("th", "โดย สมชาย ใจดี", "สมชาย ใจดี"),
    ("hi", "लेखक : राहुल शर्मा", "राहुल शर्मा"),
    ("ar", "نویسنده: علی رضایی", "علی رضایی"),  # a Persian label (extra_author_labels), in an Arabic-script text
    ("ar", "به قلم علی رضایی", "علی رضایی"),  # Persian "by"
    ("ar", "מאת דנה כהן", "דנה כהן"),  # Hebrew "by" (the body's language does not matter here)
    ("ar", "লেখক: রাহুল দাস", "রাহুল দাস"),  # Bengali
])
def test_label_and_uncased_name(lang, head, name):
    assert author(lang, head) == name


@pytest.mark.parametrize("lang, head", [
    ("th", "โดย ทีมงาน"),  # "by the team": one word
    ("hi", "लेखक: राहुल शर्मा ने इस विषय पर पहले भी कई लेख लिखे हैं और वे मानते हैं कि योजना अच्छी है"),  # a sentence
    ("ar", "الكاتب: 2024"),
    ("hi", "लेखक के बारे में"),  # "about the author": a label without a colon is a phrase
    ("ar", "الكاتب والصحفي"),  # "the writer and journalist": no colon
])
def test_no_label_and_uncased_name(lang, head):
    assert author(lang, head) is None


# --- a news wire's reporter credit at the end ----------------------------------------------------------------------
@pytest.mark.parametrize("lang, tail, name", [
    ("en", "(Reporting by Jane Doe; Editing by John Smith)", "Jane Doe"),
    ("en", "Reporting by Jane Doe in London; editing by John Smith", "Jane Doe"),
    ("en", "(Reporting by Jane Doe and Tom Lee; Writing by Ann Park)", "Jane Doe"),
    ("es", "(Reporte de Ana López; Editado en español por Carlos Ruiz)", "Ana López"),
    ("zh", "记者 王小明 报道", "王小明"),
    ("zh", "（记者 王小明）", "王小明"),
    ("ru", "/ Иван Петров /", "Иван Петров"),
    ("en", "(Reporting by Jane Doe/Reuters)", "Jane Doe"),
])
def test_reporter_credit(lang, tail, name):
    assert author(lang, tail=tail) == name


def test_reporter_credit_under_the_title():
    text = "\n\n".join(["Liman planı onaylandı", "Haber: Ahmet Yılmaz/İSTANBUL",
                        "Belediye meclisi salı günü maliyetler ve çevre hakkında uzun bir tartışmanın ardından yeni "
                        "liman planını onayladı. Sakinler daha fazla yeşil alan istemişti ve plan kabul edildi."])
    assert cleaner.clean(text, format="text").author == "Ahmet Yılmaz"


@pytest.mark.parametrize("lang, tail", [
    ("en", "(Additional reporting by Jane Doe; Editing by John Smith)"),  # an additional reporter is not the author
    ("en", "(Editing by John Smith)"),  # the editor's
    ("en", "The report was based on reporting by local volunteers over two years."),  # a sentence
    ("zh", "（记者 本报）"),
])
def test_no_reporter_credit(lang, tail):
    assert author(lang, tail=tail) is None


# --- a name and its role signing the article -----------------------------------------------------------------------
def test_role_signature():
    assert author("fr", tail="Jean Dupont, correspondant à Lyon") == "Jean Dupont"


def test_role_signature_not_a_testimonial():
    # a customer's testimonial under the article: its role is no writer's
    assert author("en", tail="Maria Santos, Founder of Harbourworks") is None


def test_role_signature_not_a_quoted_person():
    body = BODY["fr"] + "\n\nSelon Jean Dupont, le projet coûtera cher."
    text = "\n\n".join([TITLE["fr"], body, "Jean Dupont, correspondant à Lyon"])
    assert cleaner.clean(text, format="text").author is None


def test_role_signature_not_a_quotation_attribution():
    quote = "« Nous construirons ce port pour nos enfants et pour les enfants de nos enfants », a-t-il conclu."
    text = "\n\n".join([TITLE["fr"], BODY["fr"], quote, "Jean Dupont, maire de Lyon"])
    assert cleaner.clean(text, format="text").author is None


# --- negative cases of the brief: articles that talk about authors, quotations, captions ---------------------------
@pytest.mark.parametrize("head, tail", [
    ("", "The author of the report, Jane Roe, said the plan was too costly for a town of this size."),
    ("Photo: Jane Roe", ""),
    ("", "In her new novel, author Jane Roe writes about a harbour town much like this one, and the book is good."),
])
def test_talk_about_authors_is_no_author(head, tail):
    assert author("en", head, tail) is None


def test_quotation_attribution_inside_the_body():
    quote = "\"We shall fight on the beaches,\" he said in 1940, and the town's museum shows the speech."
    text = "\n\n".join([TITLE["en"], BODY["en"], quote, "— Winston Churchill", BODY["en"]])
    assert cleaner.clean(text, format="text").author is None


# --- a Markdown link to a platform's profile page: tried and left out ----------------------------------------------
@pytest.mark.parametrize("head", [
    "[Jane Doe](https://medium.com/@janedoe) · 5 min read",  # a person's handle: the rule was right nowhere measured
    "[Jane Doe](https://medium.com/@harbourweekly) · 5 min read",
    "[Harbour Plan](https://example.com/@harbourplan)\n\n12 March 2024",  # a publication's handle
])
def test_profile_handle_link_is_not_read(head):
    assert author("en", head, fmt="markdown") is None


# --- a CJK byline label inside a record line at the top ------------------------------------------------------------
@pytest.mark.parametrize("head, name", [
    ("时间：2024-03-12 来源：新华网 作者：王小明", "王小明"),
    ("发布时间：2024-03-12 10:20  来源：人民网  作者：王小明  编辑：李华", "王小明"),
    ("2024-03-12 | 作者：王小明", "王小明"),
])
def test_cjk_record_line(head, name):
    assert author("zh", head) == name


@pytest.mark.parametrize("head", [
    "来源：新华网 作者：佚名",  # anonymous
    "作者：王小明写了一本书",  # a sentence: the name does not end at a space or a bar
    "来源：新华网 编辑：李华",  # an editor's
])
def test_no_cjk_record_line(head):
    assert author("zh", head) is None
