"""Tail peeling (fused34, issue 11): boilerplate sentences with no cue phrase fused into the article's last paragraph
(a bio with its contact, a first-person bio with a website) are cut off and removed, the body sentences stay; and
the NEGATIVE cases: the article's own closing sentences about a person it covers, a person named earlier, a quoted
person, an obituary, a website or an e-mail address as the article's content, a review's verdict, a dateline.
Written by us, not from any benchmark's text."""

from __future__ import annotations

import pytest

import cleaner
from cleaner.detectors import tail_peel
from cleaner.model import Block

BODY = {
"en": "The council approved the new ferry timetable on Tuesday after months of debate. Residents had asked for earlier morning crossings, and the operator agreed to add two sailings. The changes take effect in March.\n\nThe operator said the extra crossings would need a second crew, which it expects to hire by February. Some residents still want a night service.",
"fr": "Le conseil a approuvé mardi le nouvel horaire des traversées après des mois de débat. Les habitants demandaient des départs plus matinaux et l'exploitant a accepté d'ajouter deux rotations.\n\nL'exploitant a indiqué que les traversées supplémentaires exigeraient un second équipage, qu'il compte recruter d'ici février. Certains habitants réclament encore un service de nuit.",
"es": "El consejo aprobó el martes el nuevo horario de los transbordadores tras meses de debate. Los vecinos pedían salidas más tempranas y el operador aceptó añadir dos trayectos.\n\nEl operador dijo que los trayectos adicionales necesitarán una segunda tripulación, que espera contratar antes de febrero. Algunos vecinos todavía piden un servicio nocturno.",
"de": "Der Rat hat am Dienstag nach monatelanger Debatte den neuen Fährfahrplan beschlossen. Die Anwohner hatten frühere Überfahrten gefordert, und der Betreiber stimmte zwei zusätzlichen Fahrten zu.\n\nDer Betreiber sagte, für die zusätzlichen Fahrten brauche er eine zweite Besatzung, die er bis Februar einstellen wolle. Einige Anwohner wünschen sich weiterhin einen Nachtverkehr.",
"it": "Il consiglio ha approvato martedì il nuovo orario dei traghetti dopo mesi di dibattito. I residenti chiedevano partenze più mattutine e l'operatore ha accettato di aggiungere due corse.\n\nL'operatore ha detto che le corse in più richiederanno un secondo equipaggio, che conta di assumere entro febbraio. Alcuni residenti chiedono ancora un servizio notturno.",
"pt": "O conselho aprovou na terça-feira o novo horário das balsas após meses de debate. Os moradores pediam partidas mais cedo e a operadora aceitou acrescentar duas viagens.\n\nA operadora disse que as viagens extras exigirão uma segunda tripulação, que espera contratar até fevereiro. Alguns moradores ainda querem um serviço noturno.",
"vi": "Hội đồng đã thông qua lịch trình phà mới vào thứ Ba sau nhiều tháng tranh luận. Người dân yêu cầu có chuyến sớm hơn vào buổi sáng và nhà khai thác đồng ý thêm hai chuyến.\n\nNhà khai thác cho biết các chuyến bổ sung sẽ cần một thủy thủ đoàn thứ hai, dự kiến tuyển trước tháng Hai. Một số người dân vẫn muốn có dịch vụ ban đêm.",
"id": "Dewan menyetujui jadwal feri baru pada hari Selasa setelah berbulan-bulan perdebatan. Warga meminta penyeberangan pagi yang lebih awal dan operator setuju menambah dua pelayaran.\n\nOperator mengatakan pelayaran tambahan memerlukan awak kedua, yang diharapkan direkrut sebelum Februari. Sebagian warga masih menginginkan layanan malam.",
"ru": "Совет во вторник после нескольких месяцев споров утвердил новое расписание парома. Жители просили более ранние утренние рейсы, и оператор согласился добавить два рейса.\n\nОператор сообщил, что для дополнительных рейсов понадобится второй экипаж, который он рассчитывает нанять до февраля. Некоторые жители по-прежнему хотят ночной рейс.",
"pl": "Rada we wtorek po miesiącach debaty zatwierdziła nowy rozkład promów. Mieszkańcy prosili o wcześniejsze poranne kursy, a przewoźnik zgodził się dodać dwa rejsy.\n\nPrzewoźnik powiedział, że dodatkowe rejsy będą wymagały drugiej załogi, którą chce zatrudnić do lutego. Część mieszkańców wciąż chce nocnych kursów.",
}

#: a bio with its contact, in each language, appended to the last body paragraph after a space
FUSED = [
("en", "Jane Doe is a freelance journalist who covers transport and local politics. You can reach her at jane@example.com."),
("en", "Mark Hill has been restoring old boats for over twenty years. He runs a boatyard in Leeds and blogs at www.markhillboats.co.uk."),
("en", "I write about travel, ferries and island life. Visit my blog at www.islandhops.example.com for more stories."),
("fr", "Claire Martin est journaliste indépendante et écrit sur les transports. Retrouvez ses articles sur www.clairemartin.fr."),
("es", "Lucía Ortega es periodista y autora de dos libros sobre el mar. Puedes escribirle a lucia@ejemplo.es."),
("de", "Lena Vogel ist freie Journalistin und schreibt über Verkehr. Mehr von ihr auf www.lenavogel.de."),
("it", "Marco Rossi è giornalista freelance e si occupa di trasporti. Potete contattarlo a marco@esempio.it."),
("pt", "Ana Souza é jornalista e escreve sobre mobilidade urbana. Contato: ana@exemplo.com.br."),
("vi", "Nguyễn Văn An là nhà báo tự do chuyên viết về giao thông. Liên hệ: an@vidu.vn."),
("id", "Budi Santoso adalah jurnalis lepas yang menulis tentang transportasi. Hubungi dia di budi@contoh.co.id."),
("ru", "Анна Иванова — независимый журналист, пишет о транспорте. Связаться с ней можно по адресу anna@primer.ru."),
("pl", "Anna Kowalska jest niezależną dziennikarką zajmującą się transportem. Kontakt: anna@przyklad.pl."),
]


@pytest.mark.parametrize("lang,bio", FUSED, ids=[f"{lang}-{i}" for i, (lang, _) in enumerate(FUSED)])
def test_a_bio_fused_into_the_last_paragraph_goes(lang, bio):
    body = BODY[lang]
    document = body + " " + bio + "\n"
    result = cleaner.clean(document, format="text")
    assert result.text.strip() == body.strip()
    removal = result.removed[-1]
    assert removal.kind == "author_bio"
    assert removal.text == bio
    assert document[removal.start:removal.end] == bio  # offsets into the input


def test_the_peeled_run_in_markdown():
    bio = FUSED[0][1]
    document = "# Ferries\n\n" + BODY["en"] + " " + bio + "\n"
    result = cleaner.clean(document, format="markdown")
    assert bio not in result.text and "Some residents still want a night service." in result.text
    assert result.removed[-1].text == bio


def test_the_last_paragraph_before_a_removed_run():
    bio = FUSED[0][1]
    document = BODY["en"] + " " + bio + "\n\nCopyright 2024 Harbour Times. All rights reserved.\n"
    result = cleaner.clean(document, format="text")
    assert result.text.strip() == BODY["en"].strip()
    assert result.removed[0].kind == "author_bio" and result.removed[0].text == bio
    assert {r.kind for r in result.removed[1:]} == {"rights_notice"}


B = ("The council approved the new ferry timetable on Tuesday after months of debate. Residents had asked for earlier "
     "morning crossings, and the operator agreed to add two sailings.\n\n")
NEGATIVE = {
    # the article's last sentence about a person it covers
    "nurse": "Hospital staff worked through the night after the crash on the coast road. Eleven victims were treated "
             "for injuries.\n\nThe ward's manager said the team was exhausted but proud. Most of the victims went home "
             "on Sunday. Maria Lopez is a nurse at the hospital who treated the victims.",
    "nurse_contact": "Hospital staff worked through the night after the crash on the coast road. Eleven victims were "
                     "treated for injuries.\n\nMaria Lopez, who runs the ward, said the team was exhausted but proud. "
                     "Most of the victims went home on Sunday. Maria Lopez is a nurse at the hospital and can be "
                     "reached at ward7@hospital.example.org.",
    # a person named earlier in the article
    "named_earlier": "Surgeon Sam Reed led the team that rebuilt the clinic's operating theatre this year.\n\nThe work "
                     "took eight months. Patients will be able to use it from June. Sam Reed is a consultant surgeon "
                     "at the clinic; his team's page is clinic.example.org/reed.",
    # a quoted person
    "quoted": B + "Jane Doe, who wrote the residents' petition, welcomed the change. \"I am a freelance journalist "
                  "and I take the early boat every day,\" she said. \"You can reach me at jane@example.com if the "
                  "boat is late,\" she told the meeting.",
    # an obituary: the whole article is about the person
    "obituary": "John Smith, the harbour master who kept the port running for forty years, has died aged 84.\n\nSmith "
                "joined the port authority in 1962 and became harbour master in 1975. He was known for his calm voice "
                "on the radio during storms. John Smith is survived by his wife and three children. Donations can be "
                "made at www.rnli.example.org.",
    # a website or an e-mail address as the article's content
    "tickets": B + "The first extra sailing leaves at 5.30am on March 3. Tickets are on sale at harbour.example.com.",
    "group_bookings": B + "The first extra sailing leaves at 5.30am on March 3. For group bookings, e-mail the ferry "
                          "office at groups@harbour.example.com or call 01234 567890.",
    # a review's closing verdict
    "review": "The Harbour Café opened in May on the old fish quay. Its menu is short and seasonal, and the chowder is "
              "the best on the coast.\n\nService was friendly if slow on a busy Saturday, and prices are fair. The "
              "Harbour Café is a welcoming place and well worth the trip. Book a table at harbourcafe.example.com.",
    "book_review": "Anna Berg's third novel follows two sisters who inherit a failing hotel on the coast.\n\nThe plot "
                   "sags in the middle, but the final chapters are superb. Verdict: a moving, funny book that rewards "
                   "patience. Anna Berg is a novelist and teacher who lives in Bergen; her website is "
                   "annaberg.example.com.",
    # the first paragraph's dateline
    "dateline": "LONDON (Reuters) - Jane Doe is a freelance journalist. The council approved the new ferry timetable "
                "on Tuesday after months of debate, and the operator agreed to add two sailings.\n\nThe changes take "
                "effect in March, the operator said.",
    # an article that talks about a writer and her website
    "writer": B + "The author of the petition, a local writer, has covered the port for years. Her books about the "
                  "coast are sold in the harbour shop and online at coastbooks.example.com.",
}


@pytest.mark.parametrize("name", sorted(NEGATIVE))
def test_the_articles_own_closing_sentences_stay(name):
    document = NEGATIVE[name]
    result = cleaner.clean(document, format="text")
    assert result.removed == [], [(r.rule, r.text) for r in result.removed]
    assert " ".join(result.text.split()) == " ".join(document.split())


def test_peel_points_are_the_cheap_tests():
    block = Block(index=0, type="paragraph", text=BODY["en"].split("\n\n")[1], plain=BODY["en"].split("\n\n")[1],
                  start=0)
    assert tail_peel.peel_points(block, [], lambda b: [], False) == []  # no bio, no contact: nothing tried
    text = block.text + " " + FUSED[0][1]
    fused = Block(index=0, type="paragraph", text=text, plain=text, start=0)
    assert tail_peel.peel_points(fused, [], lambda b: [], False) == [text.index("Jane Doe"),
                                                                      text.index("You can reach")]



LONG_FIRST = ("The council approved the new ferry timetable on Tuesday after months of debate. " + "Residents had asked "
              "for earlier morning crossings, and the operator agreed to add two sailings after a public consultation "
              "that ran through the autumn. " * 8).strip()
REST = ("\n\nThe operator said the extra crossings would need a second crew, which it expects to hire by February. Some "
        "residents still want a night service.\n")


@pytest.mark.parametrize("lang,bio", [FUSED[0], FUSED[3], FUSED[5]], ids=["en", "fr", "de"])
def test_a_bio_fused_before_the_first_paragraph_goes(lang, bio):
    document = bio + " " + LONG_FIRST + REST
    result = cleaner.clean(document, format="text")
    assert result.text.startswith("The council approved")
    assert [r.text for r in result.removed] == [bio]


@pytest.mark.parametrize("head", ["LONDON (Reuters) - Jane Doe is a freelance journalist. ",
                                  "Visit harbourtimes.example.com for more news. ",
                                  "Jane Doe is a freelance journalist who covers the port. "])
def test_the_first_paragraphs_own_opening_stays(head):
    document = head + LONG_FIRST + REST
    result = cleaner.clean(document, format="text")
    assert result.removed == [] and result.text.startswith(head.strip())


def test_a_short_rights_line_fused_before_a_removed_run_goes():
    document = BODY["en"] + " Copyright 2017 Harbourtimes.net. All Rights Reserved. This material may not be " \
        "published, broadcast, rewritten or redistributed.\n"
    result = cleaner.clean(document, format="text")
    assert result.text.strip() == BODY["en"].strip()


def test_a_spaced_closing_quote_stays_with_its_quotation():
    body = BODY["en"] + " \"Almost to a person, they told us: 'We are happy you are here. But we hope you can do " \
        "it quickly.' \""
    result = cleaner.clean(body + " Article Source: https://www.harbourtimes.example.net/article/18663\n", format="text")
    assert "quickly.' \"" in result.text
    assert not any(r.text.startswith("\"") for r in result.removed)


def test_a_cue_phrase_after_a_body_sentence_without_a_sentence_end_stays():
    # "1 Timothy 3:15-16" ends no sentence: the run would open inside the body's last line
    body = BODY["en"] + " Read the passage again: 1 Timothy 3:15-16"
    result = cleaner.clean(body + " If you enjoyed this article, please share it with your friends!\n", format="text")
    assert "1 Timothy 3:15-16" in result.text
