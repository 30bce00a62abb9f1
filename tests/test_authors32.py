"""authors32 (issue 11 item 5): the author of a page's text, by family, with their negatives: a post's record line
whose label comes after its date or before one word (pagebylines.record_line_byline), a name with its own handle or
address (pagebylines.handle_name_line, linebylines.without_contact), a writer's role after a spaced dash, a bare name
over a record's date line or a reading time (linebylines._date_line_after), a label line further up the head
(rules.TEXT_META.wet_label_far_before). Every document is written by us: a page text's chrome lines, a title, the
byline's lines, prose."""

from __future__ import annotations

import pytest

import cleaner
from cleaner.linebylines import without_contact

PROSE = {
    "en": ["The harbour committee met on Tuesday to discuss the new ferry timetable for the island and its villages.",
           "Several residents asked for an earlier morning crossing during the working week, for school and work.",
           "The committee agreed to test the change during the summer months and to count the passengers each day.",
           "A final decision is expected before the end of the year, after a public meeting in the town hall."],
    "de": ["Der Hafenausschuss hat am Dienstag über den neuen Fahrplan der Fähre zur Insel und ihren Dörfern beraten.",
           "Mehrere Anwohner wünschten sich eine frühere Überfahrt am Morgen, für die Schule und für die Arbeit.",
           "Der Ausschuss will die Änderung im Sommer erproben und dabei jeden Tag die Fahrgäste zählen lassen.",
           "Eine Entscheidung wird bis zum Jahresende erwartet, nach einer öffentlichen Sitzung im Rathaus."],
    "fr": ["Le comité du port s'est réuni mardi pour discuter du nouvel horaire du bac vers l'île et ses villages.",
           "Plusieurs habitants ont demandé une traversée plus matinale en semaine, pour l'école et pour le travail.",
           "Le comité a accepté de tester le changement pendant l'été et de compter les passagers chaque jour.",
           "Une décision est attendue avant la fin de l'année, après une réunion publique à la mairie du bourg."],
    "es": ["El comité del puerto se reunió el martes para hablar del nuevo horario del ferry a la isla y sus pueblos.",
           "Varios vecinos pidieron una travesía más temprana entre semana, para ir a la escuela y al trabajo.",
           "El comité aceptó probar el cambio durante el verano y contar a los pasajeros cada uno de los días.",
           "Se espera una decisión antes de que termine el año, tras una reunión pública en el ayuntamiento."],
    "it": ["Il comitato del porto si è riunito martedì per discutere il nuovo orario del traghetto per l'isola.",
           "Diversi residenti hanno chiesto una corsa più mattutina nei giorni feriali, per la scuola e il lavoro.",
           "Il comitato ha accettato di provare la modifica durante l'estate e di contare i passeggeri ogni giorno.",
           "Una decisione è attesa prima della fine dell'anno, dopo un incontro pubblico nella sala del comune."],
    "nl": ["De havencommissie sprak dinsdag over de nieuwe dienstregeling van de veerboot naar het eiland en de dorpen.",
           "Verschillende bewoners vroegen om een vroegere overtocht op werkdagen, voor school en voor het werk.",
           "De commissie wil de wijziging in de zomer testen en daarbij elke dag het aantal passagiers tellen.",
           "Een besluit wordt voor het einde van het jaar verwacht, na een openbare bijeenkomst in het gemeentehuis."],
    "pt": ["O comitê do porto reuniu-se na terça-feira para discutir o novo horário da balsa para a ilha e as vilas.",
           "Vários moradores pediram uma travessia mais cedo durante a semana, para a escola e para o trabalho.",
           "O comitê aceitou testar a mudança durante o verão e contar os passageiros em cada um dos dias.",
           "Uma decisão é esperada antes do fim do ano, depois de uma reunião pública na câmara municipal."],
    "cs": ["Přístavní výbor v úterý jednal o novém jízdním řádu trajektu na ostrov a do okolních vesnic u pobřeží.",
           "Několik obyvatel žádalo dřívější ranní plavbu ve všední dny, kvůli škole a kvůli práci ve městě.",
           "Výbor souhlasil, že změnu vyzkouší během léta a bude každý den počítat cestující na palubě lodi.",
           "Rozhodnutí se očekává do konce roku, po veřejném setkání obyvatel na radnici v hlavním městě."],
}
TITLE = {"en": "Ferry timetable changes for the island", "de": "Neuer Fahrplan für die Inselfähre",
         "fr": "Le nouvel horaire du bac", "es": "Nuevo horario del ferry", "it": "Il nuovo orario del traghetto",
         "nl": "Nieuwe dienstregeling voor de veerboot", "pt": "Novo horário da balsa", "cs": "Nový jízdní řád trajektu"}
MENU = ["Home", "News", "Sport", "Culture", "Contact"]


def page(lang: str, *head: str, far: int = 0, prose: list[str] | None = None) -> str:
    """A page's text: its menu, the title, the head's lines (``far`` chrome lines after them), the prose."""
    chrome = [f"Share item {i}" for i in range(far)]
    return "\n".join(MENU + [TITLE[lang]] + list(head) + chrome + (prose or PROSE[lang])) + "\n"


def author(text: str) -> str | None:
    return cleaner.clean(text, format="text").author


@pytest.mark.parametrize("lang, head, expected", [
    # a post's record line: the label after the date or a field's separator
    ("en", ["March 12, 2024 | by Jane Doe"], "Jane Doe"),
    ("en", ["Posted on March 12, 2024 by Jane Doe"], "Jane Doe"),
    ("de", ["Veröffentlicht am 12.03.2024 von Lena Vogel"], "Lena Vogel"),
    ("de", ["12.03.2024von Lena Vogel"], "Lena Vogel"),  # the date's digit glued to the label
    ("fr", ["12 mars 2024 | par Claire Dubois"], "Claire Dubois"),
    ("es", ["Publicado el 12/03/2024 por Ana López"], "Ana López"),
    ("it", ["12 marzo 2024 | di Giulia Rossi"], "Giulia Rossi"),
    ("en", ["By Jane Doe on Monday, March 11th, 2024 at 9:04 a.m."], "Jane Doe"),
    # one word after the label: a first name or a handle, a date on the line or next to it
    ("de", ["12. März 2024, 08:30 · von Lena"], "Lena"),
    ("de", ["von Lena · 12. März 2024"], "Lena"),
    ("en", ["March 12, 2024 · by Ruth · in Travel"], "Ruth"),
    ("en", ["by Ruth December 6, 2023"], "Ruth"),  # the date's month after the name
    ("nl", ["12 maart 2024 · door Pieter"], "Pieter"),
    ("pt", ["12/03/2024 · por Marta"], "Marta"),
    ("de", ["Veröffentlicht von HansG", "12.03.2024"], "HansG"),
    # a new label of German blogs
    ("de", ["Gepostet von Lena Vogel | Reisen"], "Lena Vogel"),
    # a name with its own handle or address
    ("en", ["Published Wed, Mar 13 2024", "Jane Doe@janedoe", "Key Points"], "Jane Doe"),
    ("en", ["Jane Doe, @jdoe_writes", "4:42 PM on 12/07/2024"], "Jane Doe"),
    ("en", ["Jane Doe", "@janedoe"], "Jane Doe"),
    ("en", ["By Jane Doe | jdoe@example.org"], "Jane Doe"),
    ("es", ["Por Ana López alopez@example.com"], "Ana López"),
    ("en", ["By", "Jane Doe@harbourfan", "Mar 13, 2024, 7:53pm EST"], "Jane Doe"),  # a label: any handle
    # a writer's role after a spaced dash
    ("en", ["By", "Jane Doe - Staff Writer", "2024-03-12T12:48:14Z"], "Jane Doe"),
    # a bare name over a record's date line, a reading time, a relative date
    ("en", ["Jane Doe", "Updated Mar. 12, 2024 8:21 am ET"], "Jane Doe"),
    ("en", ["Jane Doe", "- Mar. 12th 2024 12:12 pm PT"], "Jane Doe"),
    ("en", ["Jane Doe", "5 Min Read"], "Jane Doe"),
    ("de", ["Lena Vogel", "Zuletzt geändert am 06.11.2023"], "Lena Vogel"),
    ("cs", ["Jana Nováková", "před 2 hodinami"], "Jana Nováková"),
])
def test_page_bylines(lang, head, expected):
    assert author(page(lang, *head)) == expected


def test_a_label_line_further_up_the_head():
    # a caption's, a share bar's, an advertisement's lines between the byline and the prose
    assert author(page("en", "By Jane Doe", far=25)) == "Jane Doe"


@pytest.mark.parametrize("lang, head", [
    ("en", ["Shop by Brand", "Browse by Category"]),  # a menu's "by"
    ("en", ["By Reuters | March 12, 2024"]),  # an agency
    ("en", ["March 12, 2024 | by Admin"]),  # an account, no person
    ("en", ["March 12, 2024 | by Editorial Team"]),  # a team
    ("de", ["12. März 2024 · von Redaktion"]),
    ("en", ["By Jane Doe and the harbour team"]),  # a name and a team
    ("en", ["von Lena"]),  # one word, no date near it
    ("de", ["Lena"]),
    ("en", ["By JaneMarch 4, 2026"]),  # a name glued to the date's month
    ("en", ["A Call for Proposals Is Open Until July 31 by Jane Doe"]),  # a feed item's title
    ("en", ['"A Family Chart" (1968) by Jane Doe,']),  # a reference
    ("en", ["is broken. Hurt on March 12, 2024 by Harbour guards near"]),  # a wrapped sentence
    ("en", ["Jane Doe @harbourfan"]),  # a handle that is not the name's, no label
    ("en", ["Jane Doe", "Joined: Jun 17, 2003"]),  # a forum member's card
    ("en", ["Jane Doe", "Join Date: Mar 2016"]),
    ("en", ["Harbour Lights", "Releases Mar 20, 2026"]),  # a film's release date
    ("en", ["Harbour News", "Do 24. Mai 2018 | ANZEIGE, REISEN"]),  # a sponsored post's badge
    ("en", ["Jane Doe", "10"]),  # a count alone is no reading time
    ("en", ["Write to jane@example.org for the timetable"]),  # an address in a sentence
])
def test_no_page_byline(lang, head):
    assert author(page(lang, *head)) is None


def test_a_first_name_the_prose_tells_of():
    prose = ["Ruth told the committee on Tuesday that the ferry timetable had to change before the summer season, and "
             "that the island's school would help.",
             *PROSE["en"][1:]]
    assert author(page("en", "March 12, 2024 · by Ruth", prose=prose)) is None


def test_a_threads_posts_each_with_its_dated_byline():
    posts = []
    for name, day in (("Dana", 1), ("Robin", 2), ("Dana", 3)):
        posts += [f"By {name} on Thursday, May {day}, 2003 - 12:36 pm:", PROSE["en"][day]]
    assert author(page("en", *posts)) is None


def test_two_record_lines_with_two_first_names():
    assert author(page("en", "March 12, 2024 | by Lena", "March 11, 2024 | by Ruth")) is None


def test_a_first_name_that_is_a_function_word():
    # "Sam" is a Polish function word ("alone"): a one-word name is no word of the stop lists (a known limit)
    assert author(page("en", "March 12, 2024 · by Sam · in Travel")) is None


def test_a_collections_songs_each_with_its_by_label():
    songs = []
    for title in ("Harbour Song", "Island Song"):
        songs += [title, "by: Jane Doe", "la la la", "the ferry comes", "the ferry goes"]
    assert author(page("en", *songs, far=21)) is None


@pytest.mark.parametrize("text, expected", [
    ("Jane Doe@janedoe", ("Jane Doe", "@janedoe")),
    ("Jane Doe, @janedoe", ("Jane Doe", "@janedoe")),
    ("Jane Doe | jdoe@example.org", ("Jane Doe", "jdoe@example.org")),
    ("Jane Doe jdoe@example.org(555) 123-4567", ("Jane Doe", "jdoe@example.org")),
    ("write to me at jdoe@example.org today", ("write to me at jdoe@example.org today", None)),  # words after it
    ("Jane Doe", ("Jane Doe", None)),
])
def test_without_contact(text, expected):
    assert without_contact(text) == expected
