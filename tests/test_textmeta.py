"""Author and source URL of text and Markdown from bylines in dated lines, author links, credit URLs and front
matter (textmeta.py, data/text_metadata.json). Documents written by us; negative cases for each mechanism."""

from __future__ import annotations

import pytest

import cleaner
from cleaner.textmeta import front_matter_source_url, looks_like_name

BODY = ("The committee met on Tuesday to review the harbour plan, which had been delayed twice by disputes over the "
        "cost of dredging the northern channel and the height of the new sea wall.")
BODY2 = ("Engineers said the work could start in spring if the budget holds, and the council expects to publish the "
         "final drawings before the summer recess, after a last round of public comments.")


def clean(text: str, fmt: str = "text") -> cleaner.CleanResult:
    return cleaner.clean(text, format=fmt)


# --- names ---------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["Jane Doe", "María de la Torre", "DUPONT Jean - Pierre", "Pär Ongeluck",
                                  "Anne-Marie Lenoir", "John R. Smith"])
def test_names(text):
    assert looks_like_name(text)


@pytest.mark.parametrize("text", ["Jane", "October 19", "The Author", "The Harbour Gazette", "Monday March", "The harbour plan is late.", "jane doe",
                                  "Posted Today", "https://example.org/jane", "2021 Jane Doe",
                                  "One Two Three Four Five Six"])
def test_not_names(text):
    assert not looks_like_name(text)


# --- a byline in a post's dated record line ------------------------------------------------------------------------
@pytest.mark.parametrize("line, name", [
    ("Posted in News, Harbour on 31/08/2011 by Jane Doe", "Jane Doe"),
    ("12 Mars 2021 , Rédigé par DUPONT Jean - Pierre Publié dans #Politique", "DUPONT Jean - Pierre"),
    ("Publicado el 3 de mayo de 2022 por María López", "María López"),
    ("Geplaatst op 12-05-2020 door Piet de Vries", "Piet de Vries"),
    ("Veröffentlicht am 12.05.2023 von Anna Schmidt | Politik", "Anna Schmidt"),
])
def test_dated_byline_line(line, name):
    result = clean(f"Harbour plan delayed again\n\n{line}\n\n{BODY}\n\n{BODY2}\n")
    assert result.author == name


def test_label_and_name_next_to_a_date_line():
    text = f"Harbour plan delayed again\n12/05/2020 09h40 - Atualizado em 12/05/2020 11h16\nPor Ana Ribeiro\n\n{BODY}\n"
    assert clean(text).author == "Ana Ribeiro"


@pytest.mark.parametrize("line", [
    "Photo by Jane Doe, 12 May 2021",  # a photo's credit, not the author
    "On 12 May 2021 the plan was approved by the Harbour Board",  # lower-case words after the name-like run
    "Updated 12 May 2021 by admin",  # a user name, not a name
    "12 May 2021 by Reuters",  # one word: a wire or a site, not a person we can tell
    "Published by The Harbour Gazette in April 2004.",  # "The ...": a firm or a site
    "The harbour report was signed by Jane Doe on 4 October 1985",  # a sentence ("the", "was" before the label)
    "This article was published by Harbour Times Online on 24 January 2004",
])
def test_dated_lines_without_an_author(line):
    assert clean(f"Harbour plan delayed again\n\n{line}\n\n{BODY}\n\n{BODY2}\n").author is None


def test_a_byline_inside_the_body_is_not_read():
    # a sentence of the body that holds a date and "by" is deep in the article, not at its top or end
    paragraphs = [BODY] * 10 + ["The plan was written in 12/05/2019 by Mark Twain Jones as a draft."] + [BODY2] * 10
    assert clean("\n\n".join(paragraphs)).author is None


def test_label_line_without_a_date_next_to_it_is_not_a_byline_here():
    # "Por X" alone, with no date nearby and not in the first six blocks' label-line rule either: stays None
    paragraphs = [BODY] * 8 + ["Por Ana Ribeiro"] + [BODY2] * 8
    assert clean("\n\n".join(paragraphs)).author is None


# --- an author link ------------------------------------------------------------------------------------------------
def test_author_link_in_markdown():
    text = (f"# Harbour plan delayed again\n\nBy\n\n[Jane Doe](https://news.example.com/author/jane-doe/)\n\n-\n\n"
            f"{BODY}\n\n{BODY2}\n")
    assert clean(text, "markdown").author == "Jane Doe"


@pytest.mark.parametrize("link", [
    "[View all posts](https://news.example.com/author/jane-doe/)",  # not a name
    "[Jane Doe](https://news.example.com/people/jane-doe/)",  # not an author's page
    "[Harbour](https://news.example.com/category/harbour/)",
    "[The Author](https://news.example.com/author/jane-doe/)",  # a label, not a name
    "[Book Titles](https://news.example.com/authors/books.htm)",  # the slug is no word of the anchor
])
def test_links_that_are_not_an_author(link):
    text = f"# Harbour plan delayed again\n\n{link}\n\n{BODY}\n\n{BODY2}\n"
    assert clean(text, "markdown").author is None


# --- source URL ----------------------------------------------------------------------------------------------------
def test_front_matter_source_url():
    assert front_matter_source_url({"url": "https://blog.example.com/p/1", "source": "Feed reader"}) \
        == "https://blog.example.com/p/1"
    assert front_matter_source_url({"canonical_url": "https://a.example/p", "url": "https://b.example/p"}) \
        == "https://a.example/p"
    assert front_matter_source_url({"url": "/2008/05/13/a-post/", "source": "Instapaper: Unread"}) is None


def test_front_matter_url_in_a_document():
    text = f"---\ntitle: Harbour plan\nurl: https://blog.example.com/2021/harbour\n---\n\n{BODY}\n\n{BODY2}\n"
    assert clean(text, "markdown").source_url == "https://blog.example.com/2021/harbour"


@pytest.mark.parametrize("credit, url", [
    ("版权声明：本文为博主原创文章，转载请附上原文出处链接和本声明。\n原文链接：https://blog.example.cn/u/article/details/123",
     "https://blog.example.cn/u/article/details/123"),
    ("作者：someone\n来源：某网站\n原文：https://blog.example.cn/u/article/details/456\n版权声明：本文为博主原创文章，转载请附上博文链接！",
     "https://blog.example.cn/u/article/details/456"),
])
def test_credit_url_in_a_removed_block(credit, url):
    text = f"{BODY}\n\n{BODY2}\n\n{credit}\n"
    result = clean(text, "markdown")
    assert result.source_url == url


def test_a_source_url_in_the_body_is_not_taken():
    # the article talks about its sources: the line stays, and so no source URL comes from it
    text = (f"{BODY}\n\nThe figures come from the port authority's original report (https://port.example.org/report), "
            f"which is public: anyone can check the numbers against the budget.\n\n{BODY2}\n")
    result = clean(text)
    assert "port.example.org" in result.text
    assert result.source_url is None


# --- a fenced div's author class (pandoc Markdown) -----------------------------------------------------------------
def test_author_div_in_markdown():
    text = (f"# Harbour plan delayed again\n\n{BODY}\n\n{BODY2}\n\n:::: {{.wp-block-post-author}}\n"
            f"::: wp-block-post-author__content\nJane Doe\n:::\n::::\n")
    assert clean(text, "markdown").author == "Jane Doe"


@pytest.mark.parametrize("div", [
    "::: wp-block-post-date\nMay Day\n:::",  # not an author's class
    "::: post-author\nThe harbour board approved the plan.\n:::",  # a sentence, not a name
])
def test_divs_that_are_not_an_author(div):
    text = f"# Harbour plan delayed again\n\n{BODY}\n\n{BODY2}\n\n{div}\n"
    assert clean(text, "markdown").author is None


# --- a name shown twice at the top (an avatar, then the profile) ---------------------------------------------------
@pytest.mark.parametrize("head", ["Jane Doe (avatar)\n\nJane Doe\n\n12 Posts\n\nBlog post 8 December 2017",
                                  "Log in\nJane Doe\nJane Doe\n\nPosted on 12.05.2020"])
def test_repeated_name_at_the_top(head):
    assert clean(f"{head}\n\nHarbour plan delayed again\n\n{BODY}\n\n{BODY2}\n").author == "Jane Doe"


@pytest.mark.parametrize("head", [
    "Harbour News\n\nHarbour News",  # a title shown twice: its words are words of the text ("harbour")
    "Jane Doe\n\nJohn Smith\n\nPosted on 12.05.2020",  # two names, not one shown twice
    "Trail Runner Premium\nTrail Runner Premium\n$120.00\n4.5 out of 5 stars",  # a product: no post's date after it
])
def test_repeated_lines_that_are_not_an_author(head):
    text = f"{head}\n\nHarbour plan delayed again\n\n{BODY}\n\n{BODY2}\n\nNews of the harbour, every week.\n"
    assert clean(text).author is None


def test_a_name_repeated_inside_the_body_is_not_read():
    text = f"Harbour plan delayed again\n\n{BODY}\n\nJane Doe\n\nJane Doe\n\n{BODY2}\n"
    assert clean(text).author is None


def test_a_picture_credit_gives_no_source_url():
    # "Image source: <url>" says where the picture comes from, not the article
    text = f"{BODY}\n\n{BODY2}\n\nImage source: https://photos.example.com/harbour-123/\n"
    assert clean(text).source_url is None


def test_credit_label_in_bold_markdown():
    text = f"{BODY}\n\n{BODY2}\n\n**Source:** https://harbour.example.org/2021/plan-delayed\n"
    assert clean(text, "markdown").source_url == "https://harbour.example.org/2021/plan-delayed"


# --- an organisation's name in a byline is no author ------------------------------------------------------------------
@pytest.mark.parametrize("text", ["Biology Forums", "Harbour News Desk", "Acme Media Group", "Gazette Editorial Team",
                                  "Northwind Press", "Hafen Redaktion"])
def test_organisations_are_not_names(text):
    assert not looks_like_name(text)


@pytest.mark.parametrize("text", ["Jane Forsythe", "Peter Presser", "Anna Teamer"])
def test_names_that_start_like_an_organisation_word(text):
    assert looks_like_name(text)  # a whole last word, not a prefix


def test_a_forum_as_a_dated_byline_gives_no_author():
    doc = f"Harbour plan delayed again\n\nStarted by Biology Forums, June 04, 2024\n\n{BODY}\n\n{BODY2}"
    assert clean(doc).author is None
    doc = f"Harbour plan delayed again\n\nStarted by Jane Doe, June 04, 2024\n\n{BODY}\n\n{BODY2}"
    assert clean(doc).author == "Jane Doe"


# --- authors11: a bio's label line, a blog's tagline, and what is no author ----------------------------------------
from cleaner.textmeta import bio_label_name, short_form  # noqa: E402


@pytest.mark.parametrize("text, name", [
    ("Об авторе: Виктор Николаевич Литовкин – военный обозреватель агентства.", "Виктор Николаевич Литовкин"),
    ("About the author: Jane Doe is a harbour engineer and writes about ports.", "Jane Doe"),
    ("**Sobre el autor:** Ana López es periodista y vive en Valencia.", "Ana López"),
])
def test_bio_label_name(text, name):
    assert bio_label_name(text) == name


@pytest.mark.parametrize("text", [
    "About the author: the committee wrote this report together.",  # no name opens the sentence
    "Jane Doe is a harbour engineer.",  # no label (leading_name's case, not this one)
    "In this long introduction to the work of the harbour board: Jane Doe is a name.",  # a sentence, not a label
])
def test_not_bio_label_name(text):
    assert bio_label_name(text) is None


def test_bio_label_line_gives_the_author_and_the_short_form_at_the_top():
    text = (f"The harbour plan is late again\n\nВиктор Литовкин\n\n{BODY}\n\n{BODY2}\n\n"
            "Об авторе: Виктор Николаевич Литовкин – военный обозреватель агентства.\n")
    result = clean(text)
    assert any(r.kind == "author_bio" for r in result.removed)
    assert result.author == "Виктор Литовкин"


def test_short_form_needs_the_same_first_and_last_word():
    assert short_form("Jane Doe", []) == "Jane Doe"  # two words: nothing shorter to prefer
    text = (f"The harbour plan is late again\n\nВиктор Петров\n\n{BODY}\n\n{BODY2}\n\n"
            "Об авторе: Виктор Николаевич Литовкин – военный обозреватель агентства.\n")
    assert clean(text).author == "Виктор Николаевич Литовкин"  # another man's name at the top: the bio's


@pytest.mark.parametrize("head, name", [
    ("Un blog di Paolo Rossi, giornalista informatico e cacciatore di bufale", "Paolo Rossi"),
    ("A blog by Jane Doe", "Jane Doe"),
    ("Ein Blog von Katrin Vogel | Notizen aus Hamburg", "Katrin Vogel"),
])
def test_publication_tagline(head, name):
    text = f"# The harbour plan is late again\n\n{head}\n\n{BODY}\n\n{BODY2}\n"
    assert clean(text, "markdown").author == name


@pytest.mark.parametrize("head", [
    "A blog by the harbour board about ports",  # no name after the label
    "The book was a blog by Jane Doe before it was printed",  # the label does not open the line
    "A blog by Jane Doe was the first to report the delay in the harbour works.",  # a sentence goes on after the name
])
def test_taglines_that_give_no_author(head):
    text = f"# The harbour plan is late again\n\n{head}\n\n{BODY}\n\n{BODY2}\n"
    assert clean(text, "markdown").author is None


@pytest.mark.parametrize("sentence", [
    "The author of the report, Jane Roe, said the harbour plan would be late.",  # an article about an author
    "“We shall fight on the beaches.” — Winston Churchill",  # a quotation's attribution inside the body
    "Photo: Jane Roe",  # a caption credit
    "In her new book, Jane Roe writes that harbours shape cities; the author spent ten years on it.",  # a review
])
def test_prose_about_an_author_gives_no_author(sentence):
    text = f"# The harbour plan is late again\n\n{BODY}\n\n{sentence}\n\n{BODY2}\n\nMore on that next week.\n"
    assert clean(text, "markdown").author is None


@pytest.mark.parametrize("head, name", [
    ("By Jane Doe, Staff Writer", "Jane Doe"),
    ("Par Jean Dupont, correspondant à Lyon", "Jean Dupont"),
    ("By Jane Doe | The Harbour Times", "Jane Doe"),
    ("作者：王小明", "王小明"),
    ("文／王小明", "王小明"),
    ("撰文：王小明 来源：新华网", "王小明"),
])
def test_role_and_cjk_bylines_at_the_top(head, name):
    text = f"The harbour plan is late again\n\n{head}\n\n{BODY}\n\n{BODY2}\n"
    assert clean(text).author == name


@pytest.mark.parametrize("head", [
    "By Christmas Eve, the harbour",  # a date's words, then a fragment
    "By Jane Doe, the mayor said.",  # a sentence
    "By Jane Doe, who covers the port and the city",  # a relative clause, not a role
    "作者：佚名",  # "anonymous"
    "作者：本站",  # "this site"
])
def test_lines_that_are_no_role_or_cjk_byline(head):
    text = f"The harbour plan is late again\n\n{head}\n\n{BODY}\n\n{BODY2}\n"
    assert clean(text).author is None


def test_a_role_byline_inside_the_body_is_not_read():
    text = f"The harbour plan is late again\n\n{BODY}\n\nBy Jane Doe, Staff Writer\n\n{BODY2}\n"
    assert clean(text).author is None


QUOTE = ("“We shall fight on the beaches, we shall fight on the landing grounds, we shall never surrender to anyone, "
         "whatever the cost may be.”")


@pytest.mark.parametrize("tail, name", [
    ("— Jane Doe", "Jane Doe"),
    ("-- Jane Doe, harbour engineer", "Jane Doe"),
    ("– Jane Doe\n\nShare this article", "Jane Doe"),
])
def test_signature_after_the_last_paragraph(tail, name):
    text = f"# The harbour plan is late again\n\n{BODY}\n\n{BODY2}\n\n{tail}\n"
    assert clean(text, "markdown").author == name
    assert clean(text, "text").author == name


@pytest.mark.parametrize("text", [
    f"# The harbour plan is late again\n\n{BODY}\n\n{BODY2}\n\n{QUOTE}\n\n— Winston Churchill\n",  # a quotation's
    f"# The harbour plan is late again\n\n{BODY}\n\n> {QUOTE}\n\n— Winston Churchill\n",  # attribution
    f"# The harbour plan is late again\n\n{BODY}\n\n— Winston Churchill\n\n{BODY2}\n",  # inside the body
    f"# The harbour plan is late again\n\n{BODY}\n\n{BODY2}\n\n— Jane Doe, who was there that day and saw it all.\n",
    f"# The harbour plan is late again\n\n{BODY}\n\n{BODY2}\n\n— The End\n",
])
def test_no_signature(text):
    assert clean(text, "markdown").author is None


@pytest.mark.parametrize("head", [
    "RELATED SITES\nMarch 3, 2021",  # a bare line with a date line that is no name: headings in capitals,
    "Local News\nMarch 3, 2021",  # page chrome
])
def test_a_bare_name_line_with_a_date_gives_no_author(head):
    text = f"The harbour plan is late again\n\n{head}\n\n{BODY}\n\n{BODY2}\n"
    assert clean(text).author is None


def test_a_bare_name_line_with_a_date_in_plain_text():
    # left out by authors11 (4 right, 5 wrong); read since authors11b with a person's name's shape, the title zone and
    # a date (textbylines.name_date_byline; its negative cases in tests/test_textbylines.py)
    text = "The harbour plan is late again\n\nJane Doe\nMarch 3, 2021\n\n{BODY}\n\n{BODY2}\n".format(BODY=BODY,
                                                                                               BODY2=BODY2)
    assert clean(text).author == "Jane Doe"
    assert clean(text, "markdown").author == "Jane Doe"


def test_a_pull_quote_signature_of_a_person_quoted_is_no_author():
    text = (f"# The harbour plan is late again\n\n{BODY}\n\n“We knew we had to act,” explains Jane Roe, director of "
            f"the harbour board, who has led the works for years.\n\n{BODY2}\n\n— Jane Roe, harbour board\n")
    assert clean(text, "markdown").author is None


@pytest.mark.parametrize("head, name", [("✍️ Jane Doe", "Jane Doe"), ("📝 Jane Doe, Staff Writer", "Jane Doe"),
                                        ("✍ Jane Doe", "Jane Doe")])
def test_byline_symbols(head, name):
    text = f"The harbour plan is late again\n\n{head}\n\n{BODY}\n\n{BODY2}\n"
    assert clean(text).author == name


@pytest.mark.parametrize("head", ["📝 Notes from the harbour", "✍️ Write to Us", "📝 Jane"])
def test_byline_symbols_without_a_name(head):
    text = f"The harbour plan is late again\n\n{head}\n\n{BODY}\n\n{BODY2}\n"
    assert clean(text).author is None


@pytest.mark.parametrize("tail, name", [
    ("Originally published by Jane Doe on [Medium](https://medium.com/@jane/plan-123).", "Jane Doe"),
    ("Dieser Beitrag von Katrin Vogel erschien zuerst auf [Hafenblatt](https://hafen.example/plan).", "Katrin Vogel"),
])
def test_credit_line_naming_the_original_author(tail, name):
    text = f"# The harbour plan is late again\n\n{BODY}\n\n{BODY2}\n\n{tail}\n"
    assert clean(text, "markdown").author == name


@pytest.mark.parametrize("tail", [
    "Source: Reuters, photo by Jane Doe",  # a picture's credit
    "Source: a study by Jane Doe at the harbour institute",  # the study's author, not the article's
    "Source: [Harbour Times](https://harbour.example/plan)",  # no name
])
def test_credit_lines_that_name_no_author(tail):
    text = f"# The harbour plan is late again\n\n{BODY}\n\n{BODY2}\n\n{tail}\n"
    assert clean(text, "markdown").author is None
