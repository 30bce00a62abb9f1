"""authors30 (issue 11 item 5): more byline families of a page's text (src/cleaner/pagebylines.py), by family, with
their negatives. Every document is written by us: a page text's chrome lines, a title, the byline's lines, prose."""

from __future__ import annotations

import pytest

import cleaner

PROSE = {
    "en": ["The harbour committee met on Tuesday to discuss the new ferry timetable for the island.",
           "Several residents asked for an earlier morning crossing during the working week.",
           "The committee agreed to test the change during the summer months and to count passengers.",
           "A final decision is expected before the end of the year, after a public meeting."],
    "fa": ["این مقاله درباره ساختار فعلی نرم افزار و برنامه های آینده آن نوشته شده است.",
           "در این بخش توضیح می دهیم که هر بخش چگونه با بخش های دیگر کار می کند.",
           "هدف ما این است که مسیر روشنی برای توسعه دهندگان و کاربران ترسیم کنیم.",
           "در مقاله بعدی درباره تغییرات پیشنهادی و زمان بندی آنها صحبت خواهیم کرد."],
    "ar": ["تحدث الضيف عن دور الصحافة المحلية في نقل أخبار المدن الصغيرة والقرى.",
           "وقال إن القراء يبحثون اليوم عن مصادر موثوقة وسريعة في الوقت نفسه.",
           "وأضاف أن التدريب المستمر للصحفيين أصبح ضرورة لا غنى عنها في كل مؤسسة.",
           "واختتم حديثه بالدعوة إلى دعم المؤسسات الإعلامية المستقلة في المنطقة."],
    "zh": ["我们把项目从旧的数据库迁移到了新的数据库，并在服务器上完成了部署和测试工作。",
           "在这一部分中，我们将讨论迁移过程中遇到的几个问题以及对应的解决办法。",
           "首先是大小写的问题，其次是配置文件的路径问题，最后是权限的问题。",
           "通过这些修改，程序终于可以在新的环境中稳定运行了，访问速度也有所提高。"],
    "ru": ["Качество работы журналиста нельзя оценить по одной хорошо написанной заметке.",
           "Важно понимать, как редакция проверяет факты и источники информации.",
           "В этой главе описаны основные правила подготовки новостей для агентства.",
           "Отдельно рассмотрены ошибки, которые чаще всего допускают начинающие авторы."],
    "uk": ["У статті розглянуто публікації про творчість письменника в періодиці початку століття.",
           "Особливу увагу приділено газетам і журналам, що виходили у західних регіонах.",
           "Автор аналізує відгуки критиків і показує, як змінювалося ставлення до творів.",
           "Висновки статті можуть бути корисними для дослідників історії літератури."],
    "ko": ["이번 호에서는 독자들이 잡지 기사에 남긴 댓글을 모아 함께 살펴보았습니다.",
           "첫 번째 기사는 지방 선거 이후 정치권의 변화를 전망한 내용이었습니다.",
           "댓글 가운데에는 기사 내용에 공감한다는 의견과 반대하는 의견이 함께 있었습니다.",
           "다음 호에서도 독자들의 목소리를 꾸준히 전해 드리겠습니다."],
    "hi": ["सावन के महीने में गांवों में कई लोकपर्व मनाए जाते हैं और लोग उत्साह से भाग लेते हैं।",
           "इन पर्वों में लोकगीतों और पारंपरिक नृत्यों का विशेष महत्व होता है।",
           "किसान अच्छी फसल की कामना करते हुए देवी की पूजा करते हैं और प्रसाद बांटते हैं।",
           "आज भी कई गांवों में यह परंपरा पूरे उत्साह के साथ निभाई जाती है।"],
    "tr": ["Geçen yıl bu zamanlarda piyasalarda büyük bir dalgalanma yaşanmıştı.",
           "Bu konu uzun süre tartışıldı ve herkes kendi görüşünü açıkça dile getirdi.",
           "Bugün ise durum biraz daha farklı görünüyor ve beklentiler değişmiş durumda.",
           "Önümüzdeki aylarda neler olacağını hep birlikte göreceğiz."],
    "ro": ["Un document nou, găsit în arhivele militare, aduce detalii despre evenimentele din acea vară.",
           "Cercetătorii au comparat documentul cu alte surse publicate în ultimii ani.",
           "Concluziile lor arată că mai multe date trebuie reevaluate cu atenție.",
           "Studiul complet va fi publicat în numărul următor al revistei."],
    "es": ["El estudio analiza cómo cambió el caudal del río durante las últimas dos décadas.",
           "Los datos muestran una reducción clara en los meses de verano y otoño.",
           "Las autoras proponen nuevas medidas para proteger las zonas húmedas cercanas.",
           "El informe completo estará disponible para consulta el próximo mes."],
    "fr": ["Le maire a présenté mardi le nouveau plan de circulation du centre-ville aux habitants.",
           "Plusieurs rues deviendront piétonnes à partir du printemps prochain.",
           "Les commerçants ont demandé des places de livraison supplémentaires.",
           "Une réunion publique est prévue le mois prochain à la salle des fêtes."],
}
TITLE = {"en": "Ferry timetable changes for the island", "fa": "معماری فعلی نرم افزار", "ar": "دور الإعلام المحلي",
         "zh": "项目迁移实战手记", "ru": "Технология новостей", "uk": "Творчість письменника у періодиці",
         "ko": "독자 댓글 모음", "hi": "सावन के लोकपर्व", "tr": "Biz yokken neler oldu", "ro": "Un document inedit",
         "es": "El caudal del río", "fr": "Le nouveau plan de circulation"}


def body(lang: str, first: str = "") -> list[str]:
    """The article's lines of prose: its sentences two a line (a page's paragraph), ``first`` opening it."""
    sentences = ([first] if first else []) + PROSE[lang]
    return [" ".join(sentences[i:i + 2]) for i in range(0, len(sentences), 2)]


def page(lang: str, byline: list[str], before: list[str] | None = None, prose: list[str] | None = None) -> str:
    """A page's text, one element a line: a skip link, a menu, the title, the byline's lines, the article."""
    lines = ["Skip to content", "Home | News | Contact"] + (before or []) + [TITLE[lang]] + byline
    return "\n".join(lines + (prose if prose is not None else body(lang))) + "\n"


def author(text: str) -> str | None:
    return cleaner.clean(text, format="text").author


# --- a byline label's value the label rules could not read ---------------------------------------------------------
@pytest.mark.parametrize("lang, byline, name", [
    ("fa", ["نوشته شده توسط- علی رضایی (مدیر فنی پروژه)", "مترجم: مریم احمدی"], "علی رضایی"),  # glued dash, role
    ("ar", ["حاوره في القاهرة / أحمد سالم -"], "أحمد سالم"),  # an interviewer, the place, a slash
    ("fr", ["Propos recueillis par Jeanne Martin"], "Jeanne Martin"),  # an interviewer's label (page_byline_labels)
    ("en", ["Interview by Jane Doe (Harbour Weekly)"], "Jane Doe"),
])
def test_label_value(lang, byline, name):
    assert author(page(lang, byline)) == name


# --- the author field of a metadata card ----------------------------------------------------------------------------
def test_card_on_one_line_cjk():
    assert author(page("zh", ["时间:2020-05-01 10:00 来源:example.com 作者:王小明"])) == "王小明"


def test_card_on_one_line_latin():
    assert author(page("en", ["Date: 12.03.2024 | Author: Jane Doe | Views: 120"])) == "Jane Doe"


def test_card_of_field_lines_after_a_notice():
    notice = ["Правообладателям!", "Этот фрагмент книги размещен по согласованию с издателем, не более пятой части.",
              "• Текст добавлен: 5 мая 2021, 10:20", "Автор книги: Иван Смирнов", "Раздел: История",
              "Возрастные ограничения: +12", "Текущая страница: 2 (всего 3)"]
    assert author(page("ru", notice[:1], prose=notice[1:] + body("ru"))) == "Иван Смирнов"


def test_field_after_a_comma_with_initials():
    line = "Аннотация научной статьи по экономике, автор научной работы — И. П. Соколов, А. В. Орлова"
    assert author(page("ru", [line])) == "И. П. Соколов; А. В. Орлова"


# --- several reporters' credits on one line -------------------------------------------------------------------------
def test_reporters_in_hanja():
    assert author(page("ko", ["김철수 記者, 박영희 記者", "cs.kim@example.com, yh.park@example.com"])) == "김철수; 박영희"


# --- a person's name alone at the head, in a shape that says "a person" ---------------------------------------------
@pytest.mark.parametrize("lang, byline, name", [
    ("hi", ["डॉ. राहुल शर्मा"], "राहुल शर्मा"),  # an honorific, a script without case (the danda ends the prose)
    ("en", ["Prof. Helen Carter"], "Helen Carter"),
    ("uk", ["Мельник О. П.", "к. філол. н., доц."], "Мельник О. П."),  # a surname and initials, a degree line
    ("en", ["T. K. Wallace"], "T. K. Wallace"),
    ("ro", ["Ioana Popescu, Foto: arhiva personală", "Ioana Popescu, Foto: arhiva personală"], "Ioana Popescu"),
    ("uk", ["Коваленко Ірина, головний спеціаліст відділу аналізу та планування"], "Коваленко Ірина"),  # a role
    ("es", ["Lucía Fernández, investigadora del departamento de hidrología"], "Lucía Fernández"),
])
def test_head_name_line(lang, byline, name):
    assert author(page(lang, byline)) == name


def test_given_name_and_surname_in_capitals_above_the_title():
    text = "G-ABCD1234\nMehmet YILDIRIM\n" + TITLE["tr"] + "\n" + "\n".join(body("tr")) + "\n"
    assert author(text) == "Mehmet YILDIRIM"


# --- negatives: no person, or not the author ------------------------------------------------------------------------
def test_honorific_person_the_article_names():
    prose = body("en", "Carter said the results of the survey surprised the whole research team.")
    assert author(page("en", ["Prof. Helen Carter"], prose=prose)) is None


def test_caption_with_a_credit_of_the_article_subject():
    prose = body("en", "Tom Reed opened the new ferry terminal on Monday morning with the harbour staff.")
    assert author(page("en", ["Tom Reed, Photo: City Archive"], prose=prose)) is None


def test_interview_speaker_labels():
    speakers = ["Moderator: Welcome to the programme, and thank you for coming.",
            "Jane Doe: Thank you, it is a pleasure to be here with you today."]
    assert author(page("en", [], prose=speakers + body("en"))) is None


def test_a_list_of_names_with_initials_in_the_body():
    prose = body("en")[:1] + ["A. B. Smith", "C. D. Jones"] + body("en")[1:]
    assert author(page("en", [], prose=prose)) is None


def test_the_author_of_the_book_in_prose():
    prose = body("en", "The author of the book, Jane Doe, says the river changed its course twice.")
    assert author(page("en", [], prose=prose)) is None


@pytest.mark.parametrize("line", ["CEO Interviews", "Chapter VIII", "All CNET", "Leitfaden DSGVO", "Mr ICON"])
def test_acronyms_and_numerals_are_no_surname(line):
    assert author(page("en", [line])) is None


def test_two_persons_at_the_head():
    assert author(page("en", ["Prof. Helen Carter", "Dr. Tom Reed"])) is None


def test_teasers_with_their_authors():
    teasers = ["Dr. Melanie Stone", "The quiet return of the river otters", "Paul Rosen",
               "Why ferries still matter", "Henry Gray"]
    assert author(page("en", teasers)) is None


def test_a_card_further_down_the_article():
    prose = body("en") + ["New module content (1):", "Harbour scanner", "Authors: Jane Doe and John Roe",
                          "Type: Auxiliary", "Path: scanner/harbour"] + body("en")[:1]
    assert author(page("en", [], prose=prose)) is None


def test_a_name_and_an_apposition_is_a_sentence():
    assert author(page("en", ["Jane Doe, who founded the harbour museum in the old customs house"])) is None


def test_a_sentence_piece_between_links():
    text = page("en", ["Docusaurus follows the", "PRPL Pattern", "that makes sure your content loads fast"])
    assert author(text) is None


def test_about_the_author_in_hindi_is_no_byline():
    assert author(page("hi", ["लेखक के बारे में"])) is None


def test_team_byline_names_nobody():
    text = ("Rezepte\nZutaten und Zubereitung leckerer Gerichte\n"
            "Fast alle Rezepte enthalten Angaben zu Menge und Gewicht der Zutaten sowie zur Zubereitung.\n\n"
            "Ein gutes Rezept nennt auch die Zeit, die man für die Zubereitung braucht.\n\n"
            "Autor:\n\nBeispiel-Redaktion - Artikel vom (zuletzt überarbeitet am )\n")
    assert author(text) is None


def test_team_words():
    from cleaner.pagebylines import team_name

    assert team_name("Beispiel-Redaktion") and team_name("Editorial Team") and team_name("Redacción")
    assert not team_name("Tim Cook") and not team_name("Jane Doe")
