"""Several authors (authors11c): a byline's list of names ("By Jane Doe and John Smith", "Par A, B, C et D", "作者：A、B",
a front matter's list) is read whole and given as trafilatura gives it, "Jane Doe; John Smith" (textmeta.name_list,
data/text_metadata.json's ``name_list_joiners``). Documents written by us; negative cases: a name and its role, a
particle that looks like a joiner, things that are not persons, a sentence naming two people, a photo's credit."""

from __future__ import annotations

import pytest

import cleaner
from cleaner.textmeta import name_list, split_author_list
from _harbour import BODY, TITLE, document, paragraphs_html

def author(lang: str, head: str = "", tail: str = "", fmt: str = "text") -> str | None:
    return cleaner.clean(document(lang, head, tail), format=fmt).author


@pytest.mark.parametrize("fmt", ["text", "markdown"])
@pytest.mark.parametrize("lang, head, names", [
    ("en", "By Jane Doe and John Smith", "Jane Doe; John Smith"),
    ("en", "By Jane Doe & John Smith", "Jane Doe; John Smith"),
    ("en", "By Jane Doe, John Smith and Ann Lee | March 3, 2024", "Jane Doe; John Smith; Ann Lee"),
    ("en", "By Jane Doe, John Smith, and Ann Lee", "Jane Doe; John Smith; Ann Lee"),  # the serial comma
    ("en", "By Jane Doe and John Smith, Staff Writers", "Jane Doe; John Smith"),
    ("en", "Posted on March 3, 2024 by Jane Doe and John Smith", "Jane Doe; John Smith"),
    ("fr", "Par Jean Dupont, Marie Curie, Paul Martin et Anne Durand", "Jean Dupont; Marie Curie; Paul Martin; Anne Durand"),
    ("fr", "Par Jean-Baptiste Chastand, Philippe Ricard, Virginie Malingre et Cécile Ducourtieux",
     "Jean-Baptiste Chastand; Philippe Ricard; Virginie Malingre; Cécile Ducourtieux"),  # longer than one name's line
    ("fr", "Par Jean Dupont et Marie Curie (à Bruxelles)", "Jean Dupont; Marie Curie"),
    ("fr", "PUBLIÉ LE 3 MARS 2021 PAR JEAN DUPONT ET MARIE CURIE", "JEAN DUPONT; MARIE CURIE"),  # date first, capitals
    ("fr", "PUBLIÉ LE 3 MARS 2021 À 10H30 PAR JEAN DUPONT", "JEAN DUPONT"),
    ("es", "Por Juan Pérez y Ana López", "Juan Pérez; Ana López"),  # "y" between two names of two words
    ("de", "Von Hans Müller und Eva Schmidt | 3. März 2024", "Hans Müller; Eva Schmidt"),
    ("zh", "作者：王小明、李华", "王小明; 李华"),
    ("en", "Jane Doe and John Smith\nMarch 12, 2024", "Jane Doe; John Smith"),  # a bare list of names with a date
    ("fr", "Jean Dupont, Marie Curie et Paul Martin | 3 mars 2021", "Jean Dupont; Marie Curie; Paul Martin"),
    ("en", "By JANE DOE Associated Press", "JANE DOE"),  # a wire's byline: names in capitals, then the outlet
    ("en", "By JANE DOE and JOHN ROE Associated Press", "JANE DOE; JOHN ROE"),
    ("en", "By T. V. Raman | March 3, 2024", "T. V. Raman"),  # initials are no name in capitals
])
def test_a_list_of_authors(lang, head, names, fmt):
    assert author(lang, head, fmt=fmt) == names


@pytest.mark.parametrize("lang, head, expected", [
    ("en", "By Jane Doe, Staff Writer", "Jane Doe"),  # a name and its role
    ("en", "By Jane Doe, John Smith", "Jane Doe"),  # commas alone: a name and an outlet, as far as the shape says
    ("es", "Por José Ortega y Gasset, corresponsal", "José Ortega y Gasset"),  # "y" inside a name
    ("en", "By JOHN E SMITH", "JOHN E SMITH"),  # a capital initial that is a joiner's word elsewhere
    ("fr", "Par GUEDON Jean - Jacques, correspondant", "GUEDON Jean - Jacques"),  # one word in capitals: a surname
    ("zh", "作者：王小明，北京报道", "王小明"),  # after "，" a place and a reporting word, no second name
    ("en", "By Jane Doe and the harbour team", None),
    ("en", "Bread and Butter\nMarch 12, 2024", None),  # one word each side: no names
    ("en", "Salt and Pepper | March 12, 2024", None),
    ("en", "Photo by Jane Doe and John Smith", None),  # a photo's credit
])
def test_no_list_of_authors(lang, head, expected):
    assert author(lang, head) == expected


def test_a_sentence_naming_two_people_is_no_byline():
    tail = "Jane Doe and John Smith founded the harbour society in 1990 and still run its summer school."
    assert author("en", tail=tail) is None
    assert author("en", head="Jane Doe and John Smith founded the harbour society in 1990.") is None


def test_a_body_list_of_names_is_no_byline():
    text = "\n\n".join([TITLE["en"], BODY["en"], "Jane Doe, John Smith and Ann Lee", BODY["en"]])
    assert cleaner.clean(text, format="text").author is None


@pytest.mark.parametrize("front, names", [
    ("authors:\n  - Jane Doe\n  - John Smith", "Jane Doe; John Smith"),
    ("authors:\n  - name: Jane Doe\n  - name: John Smith", "Jane Doe; John Smith"),
    ("author: [Jane Doe, John Smith]", "Jane Doe; John Smith"),
    ("author: \"Jane Doe, John Smith\"", "Jane Doe, John Smith"),  # one string: kept as the front matter gives it
    ("author: Jane Doe", "Jane Doe"),
])
def test_front_matter_authors(front, names):
    text = f"---\ntitle: Harbour plan\n{front}\ndate: 2024-03-12\n---\n\n# Harbour plan approved\n\n{BODY['en']}"
    assert cleaner.clean(text, format="markdown").author == names


def test_markup_author_list_is_joined_as_trafilatura_joins_it():
    page = ("<html><head><meta name='author' content='Alexandre Hervaud et Jérémy Piette'></head><body><article>"
            "<h1>Le plan du port</h1>" + paragraphs_html("fr") + "</article></body></html>")
    assert cleaner.clean(page, format="html").author == "Alexandre Hervaud; Jérémy Piette"


@pytest.mark.parametrize("text, expected", [
    ("Jane Doe and John Smith", "Jane Doe; John Smith"),
    ("Jean Dupont, Marie Curie et Paul Martin", "Jean Dupont; Marie Curie; Paul Martin"),
    ("Procter and Gamble", "Procter and Gamble"),  # one word each side
    ("Jane Doe, Staff Writer", "Jane Doe, Staff Writer"),  # no joiner
    ("Jane Doe and Harbour Media Group", "Jane Doe and Harbour Media Group"),  # an organisation
    ("Jane Doe; John Smith", "Jane Doe; John Smith"),
])
def test_split_author_list(text, expected):
    assert split_author_list(text) == expected


def test_name_list_takes_the_tokens_of_the_names():
    names, taken = name_list("Jane Doe and John Smith | March 3".split(), frozenset())
    assert names == ["Jane Doe", "John Smith"] and taken == 5


def test_a_long_list_alone_under_the_title_is_not_read():
    # five names and nothing else: a panel's, a cast's or a credits' list as often as a byline (bare_list_max_names)
    head = "By Jane Doe, John Smith, Ann Lee, Mark Twain and Mary Shelley"
    assert author("en", head) is None
    # the same list with a date: a byline
    assert author("en", head + " | March 3, 2024") == "Jane Doe; John Smith; Ann Lee; Mark Twain; Mary Shelley"


def test_list_label_and_joiner_of_one_language():
    # "De" is a Romanian byline label and a Spanish preposition; "y" is Spanish: places, not authors
    assert author("es", "De Buenos Aires, Santa Fe y Mar del Plata | 3 de marzo de 2024") is None


def test_list_of_words_the_text_uses():
    head = "By Public Transport and Private Cars"
    tail = "Most residents come by public transport; private cars are few, and the cars park outside the town."
    assert author("en", head, tail) is None


# --- a platform's author card: the name, then "·", "Follow", "5 min read", then the date ---------------------------
@pytest.mark.parametrize("head", [
    "Jane Doe\n\n·\n\nFollow\n\n5 min read\n\n·\n\nMar 3, 2024",
    "[Jane Doe](https://hashnode.com/@janedoe)\n\n·\n\nMar 3, 2024\n\n·\n\n5 min read",
    "Jane Doe\n\nFollow\n\n5 min read · Mar 3, 2024",
])
def test_platform_author_card(head):
    assert author("en", head, fmt="markdown") == "Jane Doe"


@pytest.mark.parametrize("head", [
    "Jane Doe\n\n·\n\nShare this article with a friend\n\nMar 3, 2024",  # not a card's words
    "Breaking News\n\n·\n\nFollow\n\nMar 3, 2024",  # not a person's name
])
def test_no_platform_author_card(head):
    assert author("en", head, fmt="markdown") is None


# --- HTML: a meta tag's user name after the JSON-LD's person -------------------------------------------------------
def _page(meta: str, ld: str = "") -> str:
    script = f"<script type='application/ld+json'>{ld}</script>" if ld else ""
    return (f"<html><head>{meta}{script}</head><body><article><h1>Harbour plan approved</h1>"
            + paragraphs_html("en") + "</article></body></html>")


def test_markup_user_name_after_the_json_ld_person():
    ld = '{"@type": "NewsArticle", "headline": "Harbour plan approved", "author": {"@type": "Person", "name": "Jane Doe"}}'
    assert cleaner.clean(_page("<meta property='article:author' content='janedoe'>", ld), format="html").author \
        == "Jane Doe"


def test_markup_user_name_alone_is_kept():
    assert cleaner.clean(_page("<meta property='article:author' content='janedoe'>"), format="html").author \
        == "janedoe"


def test_json_ld_authors_joined_as_trafilatura_joins_them():
    ld = ('{"@type": "NewsArticle", "headline": "Harbour plan approved", "author": [{"@type": "Person", "name": '
          '"Jane Doe"}, {"@type": "Person", "name": "John Smith"}]}')
    assert cleaner.clean(_page("", ld), format="html").author == "Jane Doe; John Smith"


# --- a name with a writer's role and no label under the title (textbylines.role_line_byline) ------------------------
@pytest.mark.parametrize("fmt", ["text", "markdown"])
@pytest.mark.parametrize("lang, head, name", [
    ("en", "Jane Doe, Staff Writer", "Jane Doe"),
    ("en", "JANE DOE, Staff Writer", "JANE DOE"),
    ("en", "Jane Doe\nHarbour Correspondent", "Jane Doe"),
    ("fr", "Jean Dupont, envoyé spécial à Brest", "Jean Dupont"),
    ("es", "Ana López, corresponsal en Bruselas", "Ana López"),
])
def test_name_and_writer_role_under_the_title(lang, head, name, fmt):
    assert author(lang, head, fmt=fmt) == name


@pytest.mark.parametrize("head, tail", [
    ("Jane Doe, Founder of Harbourworks", ""),  # not a writer's role: a testimonial's, a speaker's
    ("Jane Doe, reporter, said the plan was costly.", ""),  # a sentence
    ("Jane Doe\nStaff Writer", "Jane Doe told the council the plan was too costly for a town of this size."),
    ("Harbour News, Staff Writer", ""),  # no person's name
])
def test_no_name_and_writer_role(head, tail):
    assert author("en", head, tail) is None


# --- a name with its e-mail address or handle under the title (textbylines.contact_byline) ---------------------------
@pytest.mark.parametrize("head", [
    "Jane Doe (jane.doe@harbourtimes.example)",
    "Jane Doe, jdoe@harbourtimes.example",
    "Jane Doe @janedoe",
])
def test_name_and_contact_under_the_title(head):
    assert author("en", head) == "Jane Doe"


@pytest.mark.parametrize("head, tail", [
    ("Jane Doe (press@harbourtimes.example)", ""),  # the address spells no word of the name: a desk's
    ("Harbour Office (info@harbour.example)", ""),
    ("Contact: Jane Doe (jane.doe@harbour.example)", ""),  # a contact's label
    ("", "Media contact: Jane Doe, jane.doe@harbour.example"),  # a press release's contact, at the end
    ("", "Jane Doe (jane.doe@harbour.example)"),  # the end is not read
])
def test_no_name_and_contact(head, tail):
    assert author("en", head, tail) is None


def test_a_reading_time_alone_is_no_date():
    # tried and left out: a reading time for the date ("Jane Doe • 3 min read") reads a publication's profile link
    # ("[Expected Parrot](…/@…) · 5 min read", tests/test_textbylines.py) as the author; and a score is no date
    assert author("en", "Breaking News • 3 min read", fmt="markdown") is None
    assert author("en", "1. Harbour Works - 9.1\n2. Dock Planner - 8.7", fmt="markdown") is None


# --- HTML markup the byline search did not read (readers/html_meta.py) -----------------------------------------------
def test_json_ld_author_given_by_reference():
    ld = ('{"@context": "https://schema.org", "@graph": [{"@type": "Article", "headline": "Harbour plan approved", '
          '"author": {"@id": "https://example.com/#/person/1"}}, {"@type": "Person", "@id": '
          '"https://example.com/#/person/1", "name": "Jane Doe"}]}')
    assert cleaner.clean(_page("", ld), format="html").author == "Jane Doe"


def test_meta_author_the_parser_put_in_the_body():
    page = ("<html><head><title>Harbour plan approved</title></head><body><div>x</div><meta name='Author' "
            "content='Jane Doe'><article><h1>Harbour plan approved</h1>"
            + paragraphs_html("en") + "</article></body></html>")
    assert cleaner.clean(page, format="html").author == "Jane Doe"


def test_body_itemprop_meta_is_not_the_author():
    page = ("<html><head><title>Harbour plan approved</title></head><body><article><h1>Harbour plan approved</h1>"
            + paragraphs_html("en")
            + "</article><div class='comments'><meta itemprop='author' content='Some Commenter'></div></body></html>")
    assert cleaner.clean(page, format="html").author is None


@pytest.mark.parametrize("byline, name", [
    ('<p class="article-header-full__author">Jane Doe</p>', "Jane Doe"),
    ('<span class="p1-author">by Jane Doe</span>', "Jane Doe"),
    ('<a class="author-link" href="/author/jane-doe">Jane Doe</a>', "Jane Doe"),
    ('<p class="article-header-full__author">Jane Doe Harbour Times!</p>', None),  # a sign: not a name alone
    ('<p class="article-header-full__author">Share this article</p>', None),
    ('<div class="author-box-photo">Jane Doe</div>', None),  # a photo's box (author_class_except)
])
def test_author_class_parts(byline, name):
    page = (f"<html><head><title>Harbour plan approved</title></head><body><article><h1>Harbour plan approved</h1>"
            f"{byline}" + paragraphs_html("en") + "</article></body></html>")
    assert cleaner.clean(page, format="html").author == name


# --- review24: the site's own name is no author, nor a card's name glued to its category ----------------------------
def _titled(title: str, head: str, byline: str = "") -> str:
    return (f"<html><head><title>{title}</title>{head}</head><body><article><h1>Harbour plan approved</h1>{byline}"
            + paragraphs_html("en") + "</article></body></html>")


def _person_ld(name: str) -> str:
    return ("<script type='application/ld+json'>{\"@graph\": [{\"@type\": \"Article\", \"headline\": \"Harbour "
            "plan approved\", \"author\": {\"@id\": \"https://example.com/#/person/1\"}}, {\"@type\": \"Person\", "
            f"\"@id\": \"https://example.com/#/person/1\", \"name\": \"{name}\"}}]}}</script>")


@pytest.mark.parametrize("title, head, byline, name", [
    # a Yoast Person node named like the site (og:site_name): the site's account
    ("Harbour plan approved", "<meta property='og:site_name' content='Eat Well Tonight'>" + _person_ld("Eat Well Tonight"),
     "", None),
    # an author class naming the site that ends the <title>
    ("Harbour plan approved – Harbour Times", "", '<span class="cm-author">Harbour Times</span>', None),
    ("Harbour plan approved | Harbour Times", "", '<span class="cm-author">Harbour Times</span>', None),
    # an author card: the name's link and the category's link after it
    ("Harbour plan approved", "", '<div class="entry-autor"><h5><a href="/author/jd">Jane Doe</a></h5> '
     '<a href="/category/politics">Politics</a></div>', None),
    # negative cases: a person, whatever the site's name
    ("Harbour plan approved", "<meta property='og:site_name' content='Harbour Times'>" + _person_ld("Jane Doe"), "",
     "Jane Doe"),
    ("Harbour plan approved – Harbour Times", "", '<span class="cm-author">Jane Doe</span>', "Jane Doe"),
    ("Harbour plan approved – Jane Doe's Kitchen", "", '<span class="cm-author">Jane Doe</span>', "Jane Doe"),
    ("Harbour plan approved", "", '<div class="entry-autor"><a href="/author/jd"><img src="jd.jpg" alt=""></a> '
     '<h5><a href="/author/jd">Jane Doe</a></h5></div>', "Jane Doe"),  # the photo's link and the name's: one text
    # the older rules keep their answers: a meta tag naming the site (not a person; not this fix's family)
    ("Harbour plan approved – Harbour Times", "<meta name='author' content='Harbour Times'>", "", "Harbour Times"),
])
def test_site_name_is_no_author(title, head, byline, name):
    assert cleaner.clean(_titled(title, head, byline), format="html").author == name


# --- Arabic and Hindi byline labels the bios' data lacks (text_bylines.json extra_author_labels) ---------------------
AR = ("وافق مجلس المدينة يوم الثلاثاء على خطة الميناء الجديدة بعد نقاش طويل حول التكاليف والبيئة. وكان السكان قد "
      "طالبوا بمزيد من المساحات الخضراء.\n\nتشمل الخطة محطة عبارات جديدة وحديقتين ومسارا للدراجات يربط المدينة "
      "القديمة بالشاطئ.")
HI = ("नगर परिषद ने मंगलवार को लागत और पर्यावरण पर लंबी बहस के बाद बंदरगाह की नई योजना को मंजूरी दी। निवासियों ने "
      "अधिक हरित क्षेत्र की मांग की थी।\n\nयोजना में एक नया फेरी टर्मिनल, दो पार्क और पुराने शहर को समुद्र तट से जोड़ने "
      "वाला साइकिल मार्ग शामिल है।")


@pytest.mark.parametrize("head, body, name", [
    ("كتب: أحمد علي", AR, "أحمد علي"),
    ("كتب - أحمد علي", AR, "أحمد علي"),  # a dash for the colon
    ("بواسطة أحمد علي", AR, "أحمد علي"),  # "by": no colon needed
    ("रिपोर्ट: राहुल शर्मा", HI, "राहुल शर्मा"),
    ("संवाददाता: राहुल शर्मा", HI, "राहुल शर्मा"),
])
def test_arabic_and_hindi_labels(head, body, name):
    assert cleaner.clean(f"Title\n\n{head}\n\n{body}", format="text").author == name


@pytest.mark.parametrize("head, body", [
    ("كتب أحمد علي", AR),  # without a colon "كتب" is also "books (of)"
    ("كتب التاريخ القديم", AR),
    ("रिपोर्ट के अनुसार", HI),  # "according to the report"
])
def test_no_arabic_or_hindi_label(head, body):
    assert cleaner.clean(f"Title\n\n{head}\n\n{body}", format="text").author is None
