"""authors11e: the author of a page's text whose lines are its blocks (WET: menus, title, byline, date, counters and
the article, one element a line), and the menus a bio's section holds in such a text. Written by us."""

from __future__ import annotations

import pytest

import cleaner
from cleaner.linebylines import _unglue

MENU = ["Home", "News", "Sport", "Culture", "Business", "Opinion", "Weather", "Contact"]

BODY = {
    "en": ["The harbour authority said on Monday that the old pier will close for repairs in the spring, after divers "
           "found that several of its wooden piles had rotted below the waterline.",
           "Fishing boats that moor there will move to the northern quay for about four months, and the ferry to "
           "the island will keep its usual timetable during the works."],
    "de": ["Die Hafenverwaltung hat am Montag mitgeteilt, dass die alte Mole im Frühjahr für Reparaturen geschlossen "
           "wird, nachdem Taucher morsche Holzpfähle unter der Wasserlinie gefunden hatten.",
           "Die Fischerboote, die dort festmachen, ziehen für etwa vier Monate an den nördlichen Kai um, und die "
           "Fähre zur Insel fährt während der Arbeiten nach dem gewohnten Fahrplan."],
    "fr": ["Le port a annoncé lundi que la vieille jetée fermera au printemps pour des travaux, après que des "
           "plongeurs ont trouvé plusieurs pieux de bois pourris sous la ligne de flottaison.",
           "Les bateaux de pêche qui y accostent iront au quai nord pendant environ quatre mois, et le bac vers "
           "l'île gardera ses horaires habituels pendant le chantier."],
    "es": ["La autoridad portuaria anunció el lunes que el viejo muelle cerrará en primavera por obras, después de "
           "que unos buzos encontraran varios pilotes de madera podridos bajo la línea de flotación.",
           "Los barcos de pesca que amarran allí se trasladarán al muelle norte durante unos cuatro meses, y el "
           "transbordador a la isla mantendrá su horario habitual durante las obras."],
    "id": ["Otoritas pelabuhan mengumumkan pada hari Senin bahwa dermaga tua akan ditutup untuk perbaikan pada musim "
           "semi, setelah penyelam menemukan beberapa tiang kayu yang lapuk di bawah permukaan air.",
           "Kapal nelayan yang biasa bersandar di sana akan pindah ke dermaga utara selama sekitar empat bulan, dan "
           "kapal feri ke pulau tetap berlayar sesuai jadwal selama pekerjaan berlangsung."],
    "nl": ["De havenautoriteit maakte maandag bekend dat de oude pier in het voorjaar dichtgaat voor herstel, nadat "
           "duikers ontdekten dat een aantal houten palen onder de waterlijn verrot was.",
           "Vissersboten die daar aanleggen verhuizen ongeveer vier maanden naar de noordkade, en de veerboot naar "
           "het eiland blijft tijdens de werkzaamheden volgens de gewone dienstregeling varen."],
    "pl": ["Zarząd portu poinformował w poniedziałek, że stare molo zostanie wiosną zamknięte z powodu remontu, "
           "ponieważ nurkowie znaleźli pod linią wody kilka spróchniałych drewnianych pali.",
           "Łodzie rybackie, które tam cumują, na około cztery miesiące przeniosą się do północnego nabrzeża, a prom "
           "na wyspę będzie kursował według zwykłego rozkładu."],
    "ko": ["항만청은 월요일 잠수부들이 수면 아래에서 썩은 나무 말뚝 여러 개를 발견함에 따라 오래된 부두를 봄에 보수 공사를 위해 "
           "폐쇄한다고 밝혔다.",
           "그곳에 정박하던 어선들은 약 넉 달 동안 북쪽 부두로 옮기며, 섬으로 가는 여객선은 공사 기간에도 평소 시간표대로 "
           "운항한다."],
}

TITLES = {"en": "Old Pier to Close for Repairs This Spring", "de": "Alte Mole schließt im Frühjahr",
          "fr": "La vieille jetée fermera au printemps", "es": "El viejo muelle cerrará en primavera",
          "id": "Dermaga Tua Ditutup untuk Perbaikan", "nl": "Oude pier gaat dicht voor herstel",
          "pl": "Stare molo zostanie zamknięte", "ko": "오래된 부두 봄에 폐쇄"}


def _page(lang: str, head: list[str], tail: list[str] | None = None, joiner: str = "\n") -> str:
    """A page text: a menu, the title, the ``head`` lines (a byline, a date), the article, the ``tail`` lines."""
    lines = MENU + [TITLES[lang]] + head + BODY[lang] + (tail or ["Share this article", "Comments (0)"])
    return joiner.join(lines) + "\n"


def _author(text: str) -> str | None:
    return cleaner.clean(text, format="text").author


# --- a byline label alone on its line, the name on the next ----------------------------------------------------------
@pytest.mark.parametrize("lang, head, name", [
    ("en", ["By", "Jane Doe", "March 12, 2024"], "Jane Doe"),
    ("en", ["Posted by", "Jane Doe"], "Jane Doe"),
    ("en", ["By", "Jane Doe | The Harbour Times", "March 12, 2024"], "Jane Doe"),
    ("de", ["von", "Hans Muster, Online-Redaktion", "Veröffentlicht: 26.12.2022"], "Hans Muster"),
    ("de", ["Von", "Hans Muster", "10.12.2022 18:27"], "Hans Muster"),
    ("fr", ["Par", "Marie Dupont", "le 14.09.2020 à 11h46"], "Marie Dupont"),
    ("es", ["por", "Ana López", "1 de diciembre de 2017 3:00 AM"], "Ana López"),
    ("nl", ["Door", "Jan de Vries"], "Jan de Vries"),
    ("pl", ["Autor", "Anna Nowak"], "Anna Nowak"),
])
def test_label_line_then_name(lang, head, name):
    assert _author(_page(lang, head)) == name


@pytest.mark.parametrize("joiner", ["\n", "\n\n"])
def test_lines_or_paragraphs(joiner):
    """A crawler's text gives the page's lines with one line break or with a blank line between them."""
    assert _author(_page("en", ["By", "Jane Doe", "March 12, 2024"], joiner=joiner)) == "Jane Doe"


# --- a label opening the name's line, glued or with a counter ------------------------------------------------------
@pytest.mark.parametrize("lang, head, name", [
    ("en", ["ByJane Doe", "Thursday, November 9, 2023 4:41AM"], "Jane Doe"),  # the label glued to the name
    ("id", ["by Budi Santoso 53 views"], "Budi Santoso"),  # a post's counter after the name
    ("fr", ["Par Jeanne Martin, Paul Durand, Luc Moreau et Inès Petit"],
     "Jeanne Martin; Paul Durand; Luc Moreau; Inès Petit"),  # a list of names alone (at most bare_list_max_names)
    ("fr", ["Par Jeanne Martin, Paul Durand, Luc Moreau, Inès Petit et Marc Roux", "le 14.09.2020"],
     "Jeanne Martin; Paul Durand; Luc Moreau; Inès Petit; Marc Roux"),  # a longer one with its date (the next
    # line's: the label rule reads the name's line only, the date's line is the record's)
    ("de", ["Autor: Hans Muster", "28. Jan. 2022"], "Hans Muster"),
])
def test_label_opens_the_line(lang, head, name):
    assert _author(_page(lang, head)) == name


# --- a bare name followed by its date ------------------------------------------------------------------------------
@pytest.mark.parametrize("lang, head, name", [
    ("en", ["Jane Doe", "12 March 2024"], "Jane Doe"),
    ("de", ["Hans Muster3.11.2023"], "Hans Muster"),  # the date glued to the name
    ("de", ["Hans Muster,02.01.2023, 11:08 Uhr"], "Hans Muster"),
    ("fr", ["Marie Dupont", "19 février 2020"], "Marie Dupont"),
])
def test_bare_name_then_date(lang, head, name):
    assert _author(_page(lang, head)) == name


def test_glued_record_word():
    assert _unglue("Jane DoePublished March 3, 2024") == "Jane Doe Published March 3, 2024"
    assert _unglue("Jane DoeStaff Writer") == "Jane Doe Staff Writer"
    assert _unglue("McDonald Street") == "McDonald Street"  # a name's own capital stays


# --- a reporter's credit glued after the last sentence (Korean) ----------------------------------------------------
def test_reporter_credit_after_last_sentence():
    body = BODY["ko"][:1] + [BODY["ko"][1] + " 홍길동 기자 gildong@example.co.kr"]
    text = "\n".join(MENU + [TITLES["ko"]] + body + ["저작권자 © 항만일보 무단전재 및 재배포 금지"])
    assert _author(text) == "홍길동"


def test_reporter_named_in_prose_is_no_credit():
    body = BODY["ko"][:1] + ["홍길동 기자는 어제 부두를 찾아 공사 현장을 직접 둘러보고 어민들의 이야기를 들었다고 전했다."]
    text = "\n".join(MENU + [TITLES["ko"]] + body)
    assert _author(text) is None


# --- negative cases: no author where the page names none -----------------------------------------------------------
@pytest.mark.parametrize("lang, head", [
    # a post's date, then its title: a capitalised line after a date line is no byline
    ("en", ["Saturday, July 31, 2004", "Harbour Lights Return"]),
    # a section's or a site's name with a date: a joiner inside it joins words
    ("es", ["Cultura y Sociedad", "12 de marzo de 2024"]),
    # a product's record line: lower-case words after the capitalised ones
    ("en", ["First Listed on Harbourmart | February 10, 2023"]),
    # a field's label and its value
    ("en", ["Winter Session: February 2006"]),
    # a label inside a menu's words
    ("en", ["Shop by Brand", "March 12, 2024"]),
])
def test_no_false_author(lang, head):
    assert _author(_page(lang, head)) is None


def test_speech_header_of_names():
    """A speech's header (the speaker, the role, the body, the occasion, the date): not the occasion."""
    head = ["Prepared Remarks of", "Jane Doe", "Chairman", "Harbour Commission", "Annual Meeting", "March 3, 2020"]
    assert _author(_page("en", head)) != "Annual Meeting"


def test_person_the_article_is_about():
    """A name line with a date above a story about that person (an obituary's, a profile's head)."""
    body = ["Jane Doe, who ran the harbour ferry for thirty years, died on Sunday at her home on the island, her "
            "family said, after a short illness that kept her from the quay she loved.",
            "She started as a deckhand at sixteen and was the first woman to captain the ferry, a job she held until "
            "she retired, greeting every passenger by name on the morning crossing."]
    text = "\n".join(MENU + ["Ferry Captain Remembered", "Jane Doe", "12 March 2024"] + body)
    assert _author(text) is None


def test_category_word_is_a_menu_item():
    """A line whose word is a menu's item elsewhere on the page (a category with its date)."""
    assert _author(_page("de", ["Sport Regional 23.01.2020"])) is None


def test_comment_poster_after_the_article():
    """A comment's poster after the article, far from its head, is not its author."""
    tail = ["Share this article", "Comments (1)"] + ["More news"] * 12 + ["Posted by", "Tom Smith", "March 13, 2024",
                                                                          "Great news for the island!"]
    assert _author(_page("en", [], tail)) is None


# --- a bio section's menu lines in a page text ---------------------------------------------------------------------
def test_menu_under_about_heading_is_no_author():
    text = "\n".join(MENU + [TITLES["en"]] + BODY["en"] + ["About Harbour Daily", "Careers", "Advertise With Us",
                                                          "Contact Us", "Privacy Policy"]) + "\n"
    author = _author(text)
    assert author is None or all(w not in author for w in ("Careers", "Contact", "Advertise", "Harbour Daily"))


def test_bio_sentence_wrapped_over_lines_keeps_its_name():
    """A bio's sentence wrapped over several lines of a plain text: its one-word name as before."""
    text = ("Harbour notes\n\n" + "\n\n".join(BODY["en"]) + "\n\nAbout the Author\n\nChris is the author of a "
            "guide to the harbour's ferries, a\ncoauthor of a study of its piers, and is currently writing a book "
            "on its lights.\n")
    assert _author(text) == "Chris"


def test_bare_name_in_an_articles_own_text_is_left_to_the_title_zone():
    """Without a page's menus before it (an article's own text, its title first), a bare name and its date below
    the title zone are not read (textbylines.name_date_byline's title zone, tests/test_textbylines.py)."""
    text = "\n\n".join([TITLES["en"], "A plan for the harbour", "Nine parks and a ferry", "Jane Doe\n12 March 2024"]
                       + BODY["en"])
    assert _author(text) is None


# --- scripts without case, a reporter's credit line among a page's lines -------------------------------------------
def test_label_line_then_a_name_of_a_script_without_case():
    body = ["أعلنت هيئة الميناء يوم الاثنين أن الرصيف القديم سيغلق في الربيع للإصلاح "
            "بعد أن وجد الغواصون عدة أعمدة خشبية متعفنة تحت خط الماء، وقالت إن الأعمال ستستمر أربعة أشهر.",
            "وستنتقل قوارب الصيد التي ترسو هناك إلى الرصيف الشمالي، "
            "وستحافظ العبارة إلى الجزيرة على مواعيدها المعتادة خلال الأشغال كما أكدت الهيئة في بيانها."]
    text = "\n".join(MENU + ["إغلاق الرصيف القديم", "بقلم", "أحمد علي"] + body)
    assert _author(text) == "أحمد علي"


def test_reporter_credit_line_among_the_page_lines():
    text = "\n".join(MENU + [TITLES["ko"], "홍길동 기자", "2024.03.12 09:30"] + BODY["ko"] + ["많이 본 뉴스"])
    assert _author(text) == "홍길동"


@pytest.mark.parametrize("author, clean", [
    ("Jane DoeStaff Writer", "Jane Doe"),  # a role glued to the name
    ("Jane DoePublished", "Jane Doe"),  # a record's word
    ("Jane Doe Jane Doe", "Jane Doe"),  # an avatar's text and the name, run together
    ("Ronald McDonald", "Ronald McDonald"),  # a name's own capital
    ("Jane Doe; John Roe", "Jane Doe; John Roe"),
])
def test_unglued_author(author, clean):
    from cleaner.linebylines import unglued_author

    assert unglued_author(author) == clean


@pytest.mark.parametrize("head, name", [
    (["Jane Doe", "Contributing Correspondent", "March 12, 2024"], "Jane Doe"),  # a writer's role line
    (["Jane Doe", "Staff Writer"], "Jane Doe"),
    (["Jane Doe, Harbour Correspondent"], "Jane Doe"),
])
def test_bare_name_with_a_writers_role(head, name):
    assert _author(_page("en", head)) == name


def test_bare_name_with_another_role_is_no_byline():
    """A founder's, a chairman's line (a testimonial, a speaker) is no writer's role."""
    assert _author(_page("en", ["Jane Doe", "Founder and Chief Executive"])) is None
