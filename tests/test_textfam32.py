"""textfam32 (issue 11): plain-text page families of the tuning probes probeE / probeF, in our own words.

1. A cue's piece glued over prose that is not its own (edge_chrome ``_foreign_prose``, decision's sections): a rights
   heading, the publisher's record lines and a breadcrumb glued over a standfirst and a caption take only their own
   lines; a notice whose own sentences follow its line goes whole.
2. A record card of one-field lines (line_shapes ``card_runs``): "Section: …", "Age rating: +12", "Current page: 2
   (of 3)" in a run go anywhere; a recipe's, an event's card and a dialogue stay.
"""

from __future__ import annotations

import cleaner
from cleaner.detectors.line_shapes import card_field, card_runs

_MENU_EN = ["Front page", "News and investigations", "Features and opinion", "Hot stories", "Books", "Channels",
            "Economy and business", "Law and order", "Health and leisure", "Media and press",
            "Transport for all channels", "General", "Online library", "Magazines and journals", "Forums",
            "Events board", "New products", "People and events", "Bloggers", "Columnists", "Most read writers",
            "Tags", "Parties", "Specials"]
_MENU_HE = ["עמוד ראשי", "חדשות ותחקירים", "כתבות ודעות", "סיפורים חמים", "ספרים", "ערוצים", "כלכלה ועסקים", "משפט",
            "בריאות ופנאי", "תקשורת ועיתונות", "תחבורה לכל הערוצים", "כללי", "ספרייה ברשת", "מגזינים וכתבי עת",
            "פורומים", "לוח אירועים", "מוצרים חדשים", "אנשים ואירועים", "בלוגרים", "בעלי טורים",
            "הכותבים הנקראים ביותר", "תגיות", "מפלגות", "מיוחדים"]
_MENU_FR = ["Une", "Enquêtes", "Opinions", "Histoires", "Livres", "Chaînes", "Économie", "Justice", "Santé et loisirs",
            "Médias et presse", "Transports", "Général", "Bibliothèque", "Magazines", "Forums", "Agenda",
            "Nouveaux produits", "Portraits", "Blogueurs", "Chroniqueurs", "Les plus lus", "Mots-clés", "Partis",
            "Dossiers"]

_GLUED = {
    "en": ("\n".join(_MENU_EN) + "\nAll rights reserved\nPublisher and editor in chief: Jane Roe\nGolden Press Ltd\n"
           "Front page  /  Bloggers' diaries\n",
           "Writing a poem is a kind of therapy - an attempt to open the old wound so that the pain can leave",
           "Mary Hill at the launch evening of her book Autumn Blossom with two friends [photo: Tom Hale]"),
    "he": ("\n".join(_MENU_HE) + "\nכל הזכויות שמורות\nמו\"ל ועורך ראשי: דנה לוי\nהוצאת הזהב בע\"מ\n"
           "עמוד ראשי  /  יומני בלוגרים\n",
           "כתיבת שיר היא סוג של ריפוי - ניסיון לפתוח את הפצע הישן כדי שהכאב יוכל לצאת ממנו לאט",
           "רות כהן בערב ההשקה של ספרה החדש עם שני חברים [צילום: דן רון]"),
    "fr": ("\n".join(_MENU_FR) + "\nTous droits réservés\nDirectrice de la publication : Anne Roux\n"
           "Éditions Dorées SARL\nUne  /  Carnets de blogueurs\n",
           "Écrire un poème est une forme de soin - une tentative d'ouvrir la vieille plaie pour que la douleur sorte",
           "Marie Colin au lancement de son livre Fleurs d'automne avec deux amis [photo : Paul Blanc]"),
}


def test_a_rights_line_glued_over_a_standfirst_takes_its_own_lines_only():
    for lang, (head, standfirst, caption) in _GLUED.items():
        result = cleaner.clean(head + standfirst + "\n▪  ▪  ▪\n" + caption + "\n", format="text")
        assert standfirst in result.text, lang
        assert caption in result.text, lang
        rights = [r for r in result.removed if r.kind == "rights_notice"]
        assert rights, lang
        assert all(standfirst not in r.text and caption not in r.text for r in result.removed), lang


def test_a_notice_whose_own_sentences_follow_its_line_goes_whole():
    text = ("Opening hours of the harbour museum change in spring, and the old fish market reopens on Saturday with "
            "a new roof, a cafe and a small exhibition about the storm that took the old one in January.\n\n"
            "The town council paid for most of the work, and volunteers painted the hall over three weekends.\n\n"
            "All rights reserved\nNo part of this site may be copied or printed without the written permission of "
            "the publisher, in print or online, in any form.\n")
    result = cleaner.clean(text, format="text")
    assert "No part of this site may be copied" not in result.text
    assert "volunteers painted the hall" in result.text


def test_card_field_reads_one_field_lines_only():
    assert card_field("Section: Business books, Trade journals") == "section"
    assert card_field("• Текст добавлен: 5 апреля 2022, 15:20") == "текст добавлен"
    assert card_field("Current page: 2 (of 3)") == "current page"
    assert card_field("She said: we will open the market again on Saturday, whatever the council decides.") is None
    assert card_field("Source: Eurostat | Views: 120") is None  # two fields: meta_fields'
    assert card_field("The market hall") is None


def test_card_runs_need_three_fields_and_two_record_labels():
    card = ["Text added: 5 May 2022, 15:20", "The book 'Harbour towns'", "Book author: Jane Roe",
            "Section: Travel, History", "Age rating: +12", "Current page: 2 (of 3)"]
    assert card_runs(card) == {0, 2, 3, 4, 5}
    recipe = ["Prep time: 20 min", "Cook time: 1 h", "Serves: 4", "Category: Desserts"]
    assert card_runs(recipe) == set()  # one record label only
    event = ["Date: 5 May", "Place: Town hall", "Price: free", "Doors: 19:00"]
    assert card_runs(event) == set()
    dialogue = ["Anna: Are you coming to the market?", "Ben: Yes, after work.", "Anna: Bring the basket."]
    assert card_runs(dialogue) == set()
    assert card_runs(["Section: Travel", "Age rating: +12"]) == set()  # two fields: too few


def _page(card: list[str]) -> str:
    body = ("The old fish market of the harbour town reopens on Saturday after a winter of work on its roof, its "
            "floor and its stalls, and the fishermen who sell there say the new hall is lighter than the old one.")
    more = ("The council paid for most of the work; volunteers painted the hall over three weekends, and a small "
            "exhibition about the January storm fills the corner where the ice machine used to stand.")
    return "Harbour towns\n\n" + body + "\n\n" + "\n\n".join(card) + "\n\n" + more + "\n"


def test_a_record_card_between_paragraphs_goes_in_any_language():
    cards = {
        "en": ["Section: Travel, History", "Age rating: +12", "Current page: 2 (of 3)"],
        "ru": ["Раздел: Путешествия", "Возрастные ограничения: +12", "Текущая страница: 2 (из 3)"],
        "fr": ["Rubrique : Voyages", "Limite d'âge : 12 ans", "Page actuelle : 2 sur 3"],
    }
    for lang, card in cards.items():
        result = cleaner.clean(_page(card), format="text")
        assert all(line not in result.text for line in card), (lang, result.text)
        assert "volunteers painted the hall" in result.text


def test_a_recipe_card_and_an_event_card_stay():
    # (a lone "Category: Desserts" line is navigation.lead's on main already: not the card's question)
    for card in (["Prep time: 20 min", "Cook time: 1 h", "Serves: 4", "Difficulty: easy"],
                 ["Date: 5 May", "Place: Town hall", "Price: free"]):
        result = cleaner.clean(_page(card), format="text")
        assert all(line in result.text for line in card), result.text
