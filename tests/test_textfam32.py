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


# --- 3. a paywall's or an account wall's prompt glued into a page's paragraph ---------------------------------------

def test_prompt_line_names_paywall_questions_and_pitches_in_several_languages():
    from cleaner.detectors.line_shapes import prompt_line
    for line in ("Want to read on?", "Envie de lire la suite ?", "Wil je verder lezen? Word abonnee.",
                 "Already a subscriber? Log in", "Log in or create an account to keep reading",
                 "Unbegrenzten Zugang zu allen Artikeln? Jetzt testen!", "Хотите читать дальше?"):
        assert prompt_line(line) is not None, line


def test_prompt_line_negatives():
    from cleaner.detectors.line_shapes import prompt_line
    for line in ('The paper now greets readers with "Want to read on? Subscribe" after two paragraphs.',
                 "Create an account.", "Log in to the admin panel.", "Continue reading", "Czytaj dalej",
                 "Members get unlimited access to the archive.", "Read the rest of the minutes below.",
                 "Do you want to keep reading about the harbour? Then read our second part tomorrow, when the new "
                 "hall opens for the first time."):
        assert prompt_line(line) is None, line


_STORY = ("The old fish market of the harbour town reopens on Saturday after a winter of work on its roof, its floor "
          "and its stalls, and the fishermen who sell there say the new hall is lighter than the old one.")
_PITCH = ("Good local reporting costs money. Behind this site there is a small team of reporters and photographers "
          "whose work is to tell you what happens in the region, every day of the year.")


def test_a_paywall_question_glued_between_the_story_and_its_pitch_is_cut_out_and_goes():
    for question in ("Want to read on?", "Envie de lire la suite ?", "Wil je verder lezen?"):
        text = "Report an error\nHarbour market reopens\n" + _STORY + "\n" + question + "\n" + _PITCH + "\n"
        result = cleaner.clean(text, format="text")
        assert question not in result.text, question
        assert _STORY in result.text and "Harbour market reopens" in result.text


def test_a_story_that_quotes_a_paywall_and_a_how_to_step_stay():
    quoted = 'The paper now greets readers with "Want to read on? Subscribe" after two paragraphs.'
    text = "Harbour market reopens\n" + _STORY + "\n" + quoted + "\n" + _STORY.replace("Saturday", "Sunday") + "\n"
    assert quoted in cleaner.clean(text, format="text").text
    step = "Log in to the admin panel."
    text = "How to publish a post\n" + _STORY + "\n" + step + "\n" + _STORY.replace("Saturday", "Monday") + "\n"
    assert step in cleaner.clean(text, format="text").text
    about = "Members get unlimited access to the archive."
    text = "The library\n" + _STORY + "\n" + about + "\n" + _STORY.replace("Saturday", "Monday") + "\n"
    assert about in cleaner.clean(text, format="text").text


# --- 4. a forum's pager and poster card glued into one paragraph over the thread's title ----------------------------

_THREAD = ("I have been trying to sort a table of Vietnamese names in alphabetical order for a week, and the accented "
           "letters keep landing at the end of the list, whatever collation I give the database.")


def test_a_pager_and_a_poster_card_glued_over_a_thread_title_go():
    cards = {
        "en": "Page 1 / 3 123 Last\nShowing results 1 to 10 of 24\nJoined\n12-03-2011\nLocation\nHanoi\nPosts\n412\n",
        "de": "Seite 1 / 3 123 Letzte\nErgebnis 1 bis 10 von 24\nRegistriert\n12-03-2011\nOrt\nBerlin\nBeiträge\n412\n",
    }
    for lang, card in cards.items():
        text = card + "Sorting accented names in a database\n\n" + _THREAD + "\n\n" + _THREAD + "\n"
        result = cleaner.clean(text, format="text")
        head = result.text.split("Sorting accented names in a database")[0]
        # (a count right over the title stays with it: edge_chrome's ``_before_records``, decision 3)
        assert all(line not in head for line in card.splitlines()[:6]), (lang, result.text[:80])
        assert "Sorting accented names in a database" in result.text and _THREAD in result.text


def test_a_short_list_over_a_heading_stays():
    # a list over a sentence, in a paragraph of its own: no title under it, nothing peeled (a list of labels over a
    # title-like line goes whole as on main: edge_chrome's block run)
    for text in ("Ingredients\nFlour\nSugar\nEggs\n\nMix everything in a bowl and bake it for forty minutes!\n\n"
                 + _THREAD + "\n",
                 "Dear Anna\nDear Ben\n\nThank you for the boat, we will sail it all summer long.\n\n" + _THREAD + "\n"):
        result = cleaner.clean(text, format="text")
        assert text.split("\n")[1] in result.text and text.split("\n")[0] in result.text, result.text[:60]
