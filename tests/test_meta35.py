"""meta35 (issue 11 item 5): author and source_url from the same evidence in every format and language.

(1) A blog platform's post footer naming the writer and the time of posting ("Posted by Jane Doe at 10:32 PM",
"Publié par Jean Dupont à 10:32", "Lähettänyt Matti Virtanen klo 10.32"; clockbyline.py), in text, Markdown and
HTML. (2) Source credit labels of more languages ("Izvor:", "Allikas:", "Šaltinis:", "Източник:" ...) and front
matter keys of a repost's original ("original_link:", "原文链接:"). With the negatives: a forum thread's several
posters, a quoted post, a sentence with a clock time, a lower-case handle, a caption's credit without an address, a
body sentence citing a study's address, a reference list. Every document is written by us."""

from __future__ import annotations

import pytest

import cleaner

from _ferry import BODY
URL = "https://harbour-times.example/news/2024/ferry-timetable"


def doc(*tail: str, head: tuple[str, ...] = (), fmt: str = "markdown") -> str:
    title = "# Ferry timetable changes" if fmt == "markdown" else "Ferry timetable changes"
    return "\n\n".join([title, *head, *BODY, *tail]) + "\n"


def html(*tail: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    return (f"<html><head><title>Ferry</title></head><body><article><h1>Ferry timetable changes</h1>{body}"
            f"{''.join(tail)}</article></body></html>")


@pytest.mark.parametrize("footer, want", [
    ("Posted by Jane Doe at 10:32 PM", "Jane Doe"),
    ("Publié par Jean Dupont à 10:32", "Jean Dupont"),
    ("Eingestellt von Katrin Vogel um 22:05", "Katrin Vogel"),
    ("Publicado por Juan Pérez en 10:32", "Juan Pérez"),
    ("Publicada por Ana Ribeiro à(s) 10:32", "Ana Ribeiro"),
    ("Pubblicato da Paolo Rossi alle 10:32", "Paolo Rossi"),
    ("Geplaatst door Jan de Vries op 10:32", "Jan de Vries"),
    ("Opublikowane przez Jan Kowalski o 10:32", "Jan Kowalski"),
    ("Lähettänyt Matti Virtanen klo 10.32", "Matti Virtanen"),
    ("Upplagd av Anna Svensson kl. 10:32", "Anna Svensson"),
    ("Indsendt af Lars Hansen kl. 10:32", "Lars Hansen"),
    ("Gönderen Ahmet Yılmaz zaman: 10:32", "Ahmet Yılmaz"),
    ("Publicat de Ion Popescu la 10:32", "Ion Popescu"),
    ("Vystavil Jan Novák v 10:32", "Jan Novák"),
    ("Bejegyezte: Kovács Anna dátum: 10:32", "Kovács Anna"),
    ("Đăng bởi Nguyễn Văn An lúc 10:32", "Nguyễn Văn An"),
    ("Publicat per Jordi Puig a les 10:32", "Jordi Puig"),
    ("Αναρτήθηκε από Νίκος Παππάς στις 10:32 π.μ.", "Νίκος Παππάς"),
    ("Опубліковано Іван Петренко о 10:32", "Іван Петренко"),
    # the footer with its comment count and share buttons' text on the same line
    ("Posted by Jane Doe at 10:32 PM 3 comments: Email This BlogThis!", "Jane Doe"),
])
@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_post_footer_names_the_writer(footer: str, want: str, fmt: str) -> None:
    assert cleaner.clean(doc(footer, fmt=fmt), format=fmt).author == want


def test_post_footer_in_html() -> None:
    assert cleaner.clean(html("<p>Eingestellt von Katrin Vogel um 10:32</p>"), format="html").author == "Katrin Vogel"


def test_post_footer_before_comments() -> None:
    text = doc("Publié par Jean Dupont à 10:32", "2 commentaires :",
               "Merci pour cet article, très utile pour les habitants de l'île et pour les visiteurs de passage.",
               "Répondre")
    assert cleaner.clean(text, format="markdown").author == "Jean Dupont"


@pytest.mark.parametrize("tail", [
    # a forum thread: several posters, none of them the article's writer (in English a removed byline answers
    # first, as on main)
    ("Publié par Jean Dupont à 10:32", "Je suis d'accord avec le conseil, les files étaient terribles cet été.",
     "Publié par Marc Pierre à 11:05"),
    # a quoted post in a reply
    ("> Publié par Jean Dupont à 10:32",),
    # a sentence that holds a clock time
    ("The letter was posted by John Smith at 10:32 on Friday morning, the police said in a statement.",),
    # a handle in lower case, and a name the text writes in lower case
    ("Posted by harbourfan at 10:32 PM",),
    ("Posted by the editors at 10:32 PM",),
    # a photo's credit with a time is no byline
    ("Photo by Jane Doe at 10:32 PM",),
])
def test_post_footer_negatives(tail: tuple[str, ...]) -> None:
    result = cleaner.clean(doc(*tail), format="markdown")
    assert result.author is None
    for line in tail:
        if len(line) > 60:
            assert line in result.text  # (a sentence stays)


@pytest.mark.parametrize("label", ["Izvor", "Allikas", "Avots", "Šaltinis", "Източник", "Vir", "Heimild",
                                   "Iturria", "Chanzo", "Zdroj", "Lähde", "Kilde", "Källa", "Bron", "Forrás",
                                   "Πηγή", "উৎস"])
@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_credit_label_languages(label: str, fmt: str) -> None:
    result = cleaner.clean(doc(f"{label}: {URL}", fmt=fmt), format=fmt)
    assert result.source_url == URL
    assert f"{label}: " not in result.text


def test_credit_label_link_in_markdown() -> None:
    assert cleaner.clean(doc(f"Izvor: [Harbour Times]({URL})"), format="markdown").source_url == URL


@pytest.mark.parametrize("key", ["original_link", "repost_from", "原文链接", "出典", "canonical_url"])
def test_front_matter_keys(key: str) -> None:
    text = f"---\ntitle: Ferry timetable changes\n{key}: {URL}\n---\n\n" + "\n\n".join(BODY) + "\n"
    result = cleaner.clean(text, format="markdown")
    assert result.source_url == URL
    assert result.title == "Ferry timetable changes"


def test_front_matter_original_before_copy() -> None:
    text = (f"---\ntitle: Ferry\nurl: https://mirror.example/copy/ferry\n原文链接: {URL}\n---\n\n"
            + "\n\n".join(BODY) + "\n")
    assert cleaner.clean(text, format="markdown").source_url == URL


@pytest.mark.parametrize("tail", [
    # a caption's credit names an agency without an address: no source URL
    ("Izvor: Reuters",),
    # a body sentence citing a study's address
    ("The full study, published by the university in March, is available at https://uni.example/ferry-study.pdf "
     "and was discussed at length by the members of the council.",),
    # a reference list
    ("## References", "1. Harbour Authority (2023). Winter timetable review. https://authority.example/review",
     "2. Island Council (2022). Passenger counts. https://council.example/counts"),
])
def test_source_url_negatives(tail: tuple[str, ...]) -> None:
    result = cleaner.clean(doc(*tail), format="markdown")
    assert result.source_url is None
    if len(tail[0]) > 60:
        assert tail[0] in result.text


def test_article_about_sources_keeps_its_sentences() -> None:
    text = doc("Izvor informacija je bio lokalni list, a vijest je brzo stigla do svih stanovnika otoka i njihovih "
               "susjeda na kopnu.",
               "Allikas: https://harbour-times.example/ on the site's home page is where readers found the story, "
               "the editor said in a long interview about the paper's history and its readers.")
    result = cleaner.clean(text, format="markdown")
    assert "Izvor informacija je bio lokalni list" in result.text


@pytest.mark.parametrize("credit", [
    f"Source: [Harbour Times](https://harbour-times.example/) and [the original story]({URL})",
    f"Originally published on [Harbour Times](https://harbour-times.example/) — [read the original]({URL}).",
    f"The post [Ferry timetable changes]({URL}) appeared first on [Harbour Times](https://harbour-times.example/).",
])
def test_source_is_the_article_not_the_home_page(credit: str) -> None:
    assert cleaner.clean(doc(credit), format="markdown").source_url == URL


def test_home_page_alone_is_still_the_source() -> None:
    credit = "Originally published at [harbour-times.example](https://harbour-times.example/)."
    assert cleaner.clean(doc(credit), format="markdown").source_url == "https://harbour-times.example/"


def test_share_link_is_no_source() -> None:
    credit = f"Source: [Share on Twitter](https://twitter.com/intent/tweet?url={URL})"
    assert cleaner.clean(doc(credit), format="markdown").source_url is None


@pytest.mark.parametrize("footer, fmt, want", [
    ("Posted by\nJane Doe\nat 10:32 PM", "text", "Jane Doe"),
    ("Publié par Jean\nDupont à 10:32", "text", "Jean Dupont"),
    ("Eingestellt von\n\nKatrin Vogel\n\num 10:32", "markdown", "Katrin Vogel"),
    ("// posted by Jane Doe @ 12:30 AM 23 comments", "text", "Jane Doe"),
])
def test_post_footer_over_lines(footer: str, fmt: str, want: str) -> None:
    assert cleaner.clean(doc(footer, fmt=fmt), format=fmt).author == want


def test_post_footer_name_does_not_run_into_the_next_line() -> None:
    # "Merci" is a comment's first word, not the name's last
    assert cleaner.clean(doc("Publié par Jean Dupont\n\nMerci\n\n10:32"), format="markdown").author is None


@pytest.mark.parametrize("byline, want", [
    ("Autorius: Jonas Jonaitis", "Jonas Jonaitis"),
    ("Autors: Jānis Bērziņš", "Jānis Bērziņš"),
    ("Avtor: Janez Novak", "Janez Novak"),
    ("Autorica: Ana Horvat", "Ana Horvat"),
    ("Höfundur: Jón Jónsson", "Jón Jónsson"),
    ("Egilea: Jon Etxeberria", "Jon Etxeberria"),
    ("Autorka: Anna Nováková", "Anna Nováková"),
    ("Szöveg: Kovács Anna", "Kovács Anna"),
    ("Kirjoittanut Matti Virtanen", "Matti Virtanen"),
])
@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_byline_labels_of_more_languages(byline: str, want: str, fmt: str) -> None:
    assert cleaner.clean(doc(head=(byline,), fmt=fmt), format=fmt).author == want


def test_byline_label_word_in_a_sentence_names_nobody() -> None:
    sentence = ("Autorius teigia, kad keltas turėtų plaukti dažniau, ypač vasarą, kai salą aplanko daugybė turistų "
                "iš viso pasaulio.")
    result = cleaner.clean(doc(head=(sentence,)), format="markdown")
    assert result.author is None
    assert sentence in result.text


def test_licence_link_is_no_source() -> None:
    credit = ("Originally published in _[Harbour Times](https://harbour-times.example/)_. Creative Commons "
              "Attribution-ShareAlike License [(CC-BY-SA-2.5)](https://creativecommons.org/licenses/by-sa/2.5).")
    assert cleaner.clean(doc(credit), format="markdown").source_url == "https://harbour-times.example/"
