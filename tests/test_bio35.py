"""Bare bios (no website, e-mail or contact word) at the article's end (bio35, issue 11): a bio whose person is the
document's own author (a "By" line, the markup's or the front matter's author) goes, as its own last paragraph and
fused into the last one (tail peeling); bios in Turkish, Hungarian, Finnish, Hebrew and Persian are found by their
languages' own shapes (data/bios/<lang>.json). And the NEGATIVE cases: an obituary or profile, the article's last
paragraph about a person it covered, a quoted person's introduction, a book review's last paragraph about the
reviewed author, an interview's introduction of its guest, "About the author" as a topic, a namesake of the author.
Written by us, not from any benchmark's text."""

from __future__ import annotations

import pytest

import cleaner
from cleaner.detectors.bios import uncased_bio
from cleaner.detectors.structure import same_person

from test_tail_peel import BODY

BODY = dict(BODY)
BODY.update({
"tr": "Belediye meclisi aylar süren tartışmanın ardından salı günü yeni feribot tarifesini onayladı. Sakinler sabah daha erken seferler istemişti ve işletme iki sefer eklemeyi kabul etti.\n\nİşletme, ek seferler için ikinci bir mürettebat gerektiğini ve bunu şubata kadar işe almayı beklediğini söyledi. Bazı sakinler hâlâ gece seferi istiyor.",
"hu": "A képviselő-testület kedden hónapokig tartó vita után elfogadta az új kompmenetrendet. A lakók korábbi reggeli járatokat kértek, és az üzemeltető két új járatot vállalt.\n\nAz üzemeltető szerint a többletjáratokhoz második személyzet kell, amelyet februárig akar felvenni. Néhány lakó még mindig éjszakai járatot szeretne.",
"fi": "Valtuusto hyväksyi tiistaina uuden lauttojen aikataulun kuukausia kestäneen väittelyn jälkeen. Asukkaat olivat toivoneet aikaisempia aamuvuoroja, ja liikennöitsijä lupasi lisätä kaksi vuoroa.\n\nLiikennöitsijän mukaan lisävuorot vaativat toisen miehistön, jonka se aikoo palkata helmikuuhun mennessä. Osa asukkaista toivoo yhä yöliikennettä.",
"el": "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη το νέο δρομολόγιο των πορθμείων μετά από μήνες συζητήσεων. Οι κάτοικοι ζητούσαν πιο πρωινά δρομολόγια και η εταιρεία δέχτηκε να προσθέσει δύο.\n\nΗ εταιρεία δήλωσε ότι τα επιπλέον δρομολόγια θα χρειαστούν δεύτερο πλήρωμα, το οποίο σκοπεύει να προσλάβει έως τον Φεβρουάριο. Ορισμένοι κάτοικοι ζητούν ακόμη νυχτερινό δρομολόγιο.",
"cs": "Zastupitelstvo v úterý po měsících debat schválilo nový jízdní řád přívozů. Obyvatelé žádali dřívější ranní spoje a provozovatel souhlasil s přidáním dvou plaveb.\n\nProvozovatel uvedl, že další plavby budou vyžadovat druhou posádku, kterou chce přijmout do února. Někteří obyvatelé stále chtějí noční spoj.",
"ro": "Consiliul a aprobat marți noul orar al feriboturilor după luni de dezbateri. Locuitorii cereau curse mai devreme dimineața, iar operatorul a acceptat să adauge două curse.\n\nOperatorul a spus că cursele suplimentare vor necesita un al doilea echipaj, pe care speră să îl angajeze până în februarie. Unii locuitori încă vor un serviciu de noapte.",
"he": "מועצת העיר אישרה ביום שלישי את לוח הזמנים החדש של המעבורות אחרי חודשים של ויכוחים. התושבים ביקשו הפלגות מוקדמות יותר בבוקר, והמפעיל הסכים להוסיף שתי הפלגות.\n\nהמפעיל אמר שההפלגות הנוספות ידרשו צוות שני, שאותו הוא מקווה לגייס עד פברואר. חלק מהתושבים עדיין רוצים שירות לילה.",
"fa": "شورای شهر روز سه‌شنبه پس از ماه‌ها بحث جدول جدید حرکت کشتی‌ها را تصویب کرد. ساکنان خواستار سفرهای زودتر در صبح بودند و شرکت بهره‌بردار پذیرفت دو سفر اضافه کند.\n\nشرکت اعلام کرد که سفرهای اضافی به خدمه دوم نیاز دارد و امیدوار است تا بهمن آنها را استخدام کند. برخی ساکنان هنوز خواهان خدمات شبانه هستند.",
"ar": "وافق المجلس البلدي يوم الثلاثاء على الجدول الجديد لرحلات العبارات بعد أشهر من النقاش. وكان السكان قد طالبوا برحلات صباحية أبكر، ووافقت الشركة على إضافة رحلتين.\n\nوذكرت الشركة أن الرحلات الإضافية ستحتاج إلى طاقم ثان تأمل في توظيفه قبل فبراير. ولا يزال بعض السكان يطالبون بخدمة ليلية.",
"hi": "नगर परिषद ने महीनों की बहस के बाद मंगलवार को नौका सेवा की नई समय सारणी को मंजूरी दी। निवासियों ने सुबह जल्दी की यात्राओं की मांग की थी और संचालक ने दो नई यात्राएं जोड़ने पर सहमति दी।\n\nसंचालक के मुताबिक अतिरिक्त यात्राओं के लिए दूसरे दल की जरूरत होगी, जिसे वह फरवरी तक भर्ती करना चाहता है। कुछ निवासी अब भी रात की सेवा चाहते हैं।",
"th": "สภาเมืองอนุมัติตารางเดินเรือข้ามฟากใหม่เมื่อวันอังคารหลังจากถกเถียงกันมาหลายเดือน ชาวบ้านขอให้มีเที่ยวเรือเช้าขึ้น และผู้ให้บริการตกลงเพิ่มอีกสองเที่ยว\n\nผู้ให้บริการระบุว่าเที่ยวเรือที่เพิ่มขึ้นต้องใช้ลูกเรือชุดที่สอง ซึ่งคาดว่าจะจ้างได้ภายในเดือนกุมภาพันธ์ ชาวบ้านบางส่วนยังต้องการบริการกลางคืน",
})

#: (language, name, a bare bio of that person: a role, no website, no e-mail, no contact word)
BARE = [
("en", "Helen Davies", "Helen Davies is a senior content writer for a travel agency and covers island life."),
("en", "Tom Price", "Tom Price is a Latin American Studies major and a part-time reporter at the campus radio."),
("es", "Lucía Ortega", "Lucía Ortega es periodista y autora de dos libros sobre el mar y sus oficios."),
("pl", "Anna Kowalska", "Anna Kowalska jest niezależną dziennikarką zajmującą się transportem."),
("ru", "Анна Иванова", "Анна Иванова — независимый журналист, пишет о транспорте и местной политике."),
("vi", "Nguyễn Văn An", "Nguyễn Văn An là nhà báo tự do chuyên viết về giao thông và đời sống ven biển."),
("id", "Budi Santoso", "Budi Santoso adalah jurnalis lepas yang menulis tentang transportasi dan pesisir."),
("tr", "Ayşe Yılmaz", "Ayşe Yılmaz serbest gazetecidir ve ulaşım üzerine yazıyor."),
("tr", "Mehmet Demir", "Mehmet Demir, İstanbul'da yaşayan bir yazar ve editördür."),
("hu", "Kovács Anna", "Kovács Anna szabadúszó újságíró, a közlekedés és a helyi politika szakértője."),
("el", "Γιώργος Παπαδόπουλος", "Ο Γιώργος Παπαδόπουλος είναι δημοσιογράφος και συγγραφέας βιβλίων για τη θάλασσα."),
("cs", "Jana Nováková", "Jana Nováková je novinářka na volné noze a píše o dopravě a přístavech."),
("ro", "Andrei Popescu", "Andrei Popescu este un jurnalist independent care scrie despre transport."),
]


def _ids(cases):
    return [f"{case[0]}-{i}" for i, case in enumerate(cases)]


@pytest.mark.parametrize("lang,name,bio", BARE, ids=_ids(BARE))
def test_the_authors_bare_bio_fused_into_the_last_paragraph_goes(lang, name, bio):
    body = BODY[lang]
    document = f"By {name}\n\n" + body + " " + bio + "\n"
    result = cleaner.clean(document, format="text")
    removal = [r for r in result.removed if r.kind == "author_bio" and bio in r.text]
    assert removal and removal[0].text == bio
    assert removal[0].rule == "author_bio.third_person" and "the document's author" in removal[0].cue
    assert document[removal[0].start:removal[0].end] == bio
    assert body.split("\n\n")[-1] in result.text  # the body's last sentences stay


@pytest.mark.parametrize("lang,name,bio", BARE, ids=_ids(BARE))
def test_the_authors_bare_bio_as_its_own_last_paragraph_goes(lang, name, bio):
    # (before bio35 the byline's name made the bio share its words with the article: no low-overlap bonus, it stayed)
    document = f"By {name}\n\n" + BODY[lang] + "\n\n" + bio + "\n"
    result = cleaner.clean(document, format="text")
    assert bio not in result.text
    assert BODY[lang].split("\n\n")[-1] in result.text


#: (language, a byline in a script without capitals, the author's bare bio)
UNCASED_BYLINES = [
("he", "מאת יוסי כהן", "יוסי כהן הוא עיתונאי עצמאי שכותב על תחבורה ועל החיים בערי החוף."),
("fa", "به قلم مریم احمدی", "مریم احمدی یک خبرنگار آزاد و پژوهشگر حوزه حمل و نقل شهری است."),
("ar", "بقلم أحمد خالد", "أحمد خالد صحفي مستقل يكتب عن النقل البحري وحياة المدن الساحلية."),
("hi", "लेखक: राजेश कुमार", "राजेश कुमार एक स्वतंत्र पत्रकार और लेखक हैं।"),
]
# (Thai is not here: it ends a sentence with a space, where tail peeling cuts no paragraph; its bio under "โดย …" as
# its own paragraph is in test_the_authors_bio_under_a_thai_byline_goes)


def test_the_authors_bio_under_a_thai_byline_goes():
    bio = "สมชาย ใจดี เป็นนักเขียนอิสระที่เขียนเรื่องการเดินทางทางเรือ"
    document = "โดย สมชาย ใจดี\n\n" + BODY["th"] + "\n\n" + bio + "\n"
    result = cleaner.clean(document, format="text")
    assert bio not in result.text and BODY["th"].split("\n\n")[-1] in result.text


@pytest.mark.parametrize("lang,byline,bio", UNCASED_BYLINES, ids=_ids(UNCASED_BYLINES))
def test_the_authors_bio_under_a_byline_without_capitals_goes_fused(lang, byline, bio):
    body = BODY[lang]
    document = byline + "\n\n" + body + " " + bio + "\n"
    result = cleaner.clean(document, format="text")
    assert bio not in result.text
    assert body.split("\n\n")[-1] in result.text
    assert any(r.kind == "author_bio" and r.text == bio for r in result.removed)


@pytest.mark.parametrize("lang,name,bio", BARE, ids=_ids(BARE))
def test_a_bare_bio_fused_without_an_author_stays(lang, name, bio):
    # no byline, no contact: a closing sentence about a person may be the article's (opener_min stays 0.75)
    document = BODY[lang] + " " + bio + "\n"
    result = cleaner.clean(document, format="text")
    assert bio in result.text


#: bios in the languages bio35 gave shapes, as their own last paragraph (no byline): found and removed
OWN = [
("tr", "Ayşe Yılmaz serbest gazetecidir ve ulaşım ile kıyı kentleri üzerine yazıyor."),
("tr", "Mehmet Demir, İstanbul'da yaşayan bir yazar ve editördür."),
("tr", "Zeynep Kaya Ankara Üniversitesi mezunudur ve çevre üzerine yazıyor."),
("hu", "Kovács Anna szabadúszó újságíró, a közlekedés és a helyi politika szakértője."),
("hu", "Nagy Péter író és szerkesztő, Szegeden él a családjával."),
("fi", "Matti Virtanen on vapaa toimittaja, joka kirjoittaa liikenteestä ja saaristosta."),
("he", "יוסי כהן הוא עיתונאי עצמאי שכותב על תחבורה ועל החיים בערי החוף."),
("he", "מיכל לוי עיתונאית וסופרת, מחברת שני ספרים על הים התיכון."),
("fa", "علی رضایی روزنامه‌نگار و نویسنده‌ای ساکن تهران است که درباره حمل و نقل می‌نویسد."),
("fa", "مریم احمدی یک خبرنگار آزاد و پژوهشگر حوزه شهری است."),
]


@pytest.mark.parametrize("lang,bio", OWN, ids=_ids(OWN))
def test_a_bio_in_a_language_with_its_own_shape_goes_at_the_end(lang, bio):
    document = BODY[lang] + "\n\n" + bio + "\n"
    result = cleaner.clean(document, format="text")
    assert bio not in result.text
    assert result.removed[-1].kind == "author_bio"


#: the same shapes in the article's own sentences: none is a bio (a past, reported speech, a noun subject, a
#: quoted person's introduction, the person named before)
NOT_BIOS = [
("tr", "Ayşe Yılmaz o dönemde serbest gazeteciydi ve ulaşım üzerine yazıyordu."),  # a past
("tr", "Gazeteci Ayşe Yılmaz'a göre yeni tarife sakinlerin işine yarayacak."),  # reported, role first
("hu", "Kovács Anna újságíró szerint az új menetrend a lakóknak is kedvez majd."),  # "according to"
("hu", "Kovács Anna tavaly még újságíróként dolgozott a helyi lapnál."),  # a past, no role closing
("fi", "Matti Virtanen oli vapaa toimittaja ennen kuin hän muutti saaristoon."),  # a past
("he", "יוסי כהן היה עיתונאי עצמאי שכתב על תחבורה במשך שנים רבות."),  # a past
("he", "לדברי יוסי כהן, עיתונאי ותיק, לוח הזמנים החדש יעזור לתושבים."),  # reported
("fa", "علی رضایی روزنامه‌نگار و نویسنده‌ای ساکن تهران بود که درباره حمل و نقل می‌نوشت."),  # a past
("fa", "به گفته علی رضایی، خبرنگار محلی، جدول جدید به نفع ساکنان است."),  # reported
]


@pytest.mark.parametrize("lang,sentence", NOT_BIOS, ids=_ids(NOT_BIOS))
def test_the_shapes_own_negatives_stay(lang, sentence):
    document = BODY[lang] + "\n\n" + sentence + "\n"
    result = cleaner.clean(document, format="text")
    assert sentence in result.text


NEGATIVE = {
    # an obituary: the whole article is about the person (named before); the byline is another person's
    "obituary": "By Helen Davies\n\nMaria Lopez, who ran the harbour café for forty years, died on Monday. She opened "
                "the café in 1979 and served the ferry crews breakfast before dawn every day.\n\nRegulars remember her "
                "soup and her patience with the early crossings. Maria Lopez is a name the island will not forget.",
    # the article's last paragraph about a person it covered, with a byline of someone else
    "nurse": "By Helen Davies\n\nHospital staff worked through the night after the crash on the coast road. Eleven "
             "victims were treated for injuries and most of them went home on Sunday, the hospital said.\n\n"
             "Maria Lopez is a nurse at the hospital who treated the victims.",
    # the same fused into the last paragraph
    "nurse_fused": "By Helen Davies\n\nHospital staff worked through the night after the crash on the coast road. "
                   "Eleven victims were treated for injuries and most of them went home on Sunday, the hospital said. "
                   "Maria Lopez is a nurse at the hospital who treated the victims.",
    # a quoted person's introduction at the end
    "quoted": "By Helen Davies\n\nThe council approved the new ferry timetable on Tuesday after months of debate, and "
              "the operator agreed to add two sailings from March.\n\n\"Tom Price is a ferry captain who has waited "
              "years for this,\" his colleague said after the vote.",
    # a book review's last paragraph about the reviewed author (named before), by the reviewer
    "review": "By Helen Davies\n\nIn her new novel, Clara Whitfield follows three sisters who inherit a failing ferry "
              "company. Whitfield writes the harbour with a sailor's eye, and the middle chapters are superb.\n\n"
              "Clara Whitfield is a former merchant sailor and the author of two earlier novels.",
    # an interview's introduction of its guest at the head, with the interviewer's byline
    "interview": "By Helen Davies\n\nTom Price is a ferry captain who has crossed the strait for thirty years. We talked "
                 "about the new timetable and the night service.\n\nQ: What changes for the crews? A: Two more "
                 "sailings a day, and a second crew to hire before February, which is not easy on an island.",
    # "About the author" as a topic of the article
    "topic": "By Helen Davies\n\nEvery book page has an About the author box, and publishers argue about how long it "
             "should be. Some want a single line, others a whole paragraph with the author's hobbies.\n\nThe best "
             "ones, editors say, tell the reader why this writer wrote this book, and stop there.",
    # a closing sentence about someone of the writing trade the article's story involves, sharing few of its words
    # (a writer's role with low overlap was tried as bio evidence without an author and dropped: these went)
    "reporter_covered": "By Helen Davies\n\nThe council approved the new ferry timetable on Tuesday after months of "
                        "debate, and the operator agreed to add two sailings from March. Residents had waited years. "
                        "Tom Reed is a reporter at the Island Gazette who first reported the ferry delays.",
    "editor_covered": "By Helen Davies\n\nThe council approved the new ferry timetable on Tuesday after months of "
                      "debate, and the operator agreed to add two sailings from March. Residents had waited years. "
                      "Peter Hall is an editor at the operator and wrote the new passenger guide.",
    # the author's namesake: the surname alone is not the author
    "namesake": "By Anna Kowalska\n\nThe council approved the new ferry timetable on Tuesday after months of debate, "
                "and the operator agreed to add two sailings from March. The changes were welcomed by residents. "
                "Piotr Kowalska is a ferry engineer at the operator who designed the new berths.",
}


@pytest.mark.parametrize("name", sorted(NEGATIVE))
def test_the_articles_own_sentences_stay(name):
    document = NEGATIVE[name]
    result = cleaner.clean(document, format="text")
    for paragraph in document.split("\n\n")[1:]:
        assert paragraph in result.text, name


@pytest.mark.xfail(strict=True, reason="main's weak run at the end (third_person 0.55 + the tail's run) takes a "
                   "closing sentence about a person who shares few words with the article; not the author anchor's")
def test_a_namesakes_closing_paragraph_stays():
    document = NEGATIVE["namesake"].replace(" Piotr", "\n\nPiotr")
    result = cleaner.clean(document, format="text")
    assert "Piotr Kowalska is a ferry engineer" in result.text


def test_the_author_from_the_front_matter_anchors_a_markdown_bio():
    body = BODY["en"]
    bio = BARE[0][2]
    document = f"---\ntitle: Ferries\nauthor: Helen Davies\n---\n\n" + body + " " + bio + "\n"
    result = cleaner.clean(document, format="markdown")
    assert bio not in result.text and body.split("\n\n")[-1] in result.text


def test_the_author_from_the_markup_anchors_an_html_bio():
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY["en"].split("\n\n"))
    html = ("<html><head><title>Ferries</title><meta name=\"author\" content=\"Helen Davies\"></head><body><article>"
            f"<h1>Ferries</h1>{paragraphs}<p>{BARE[0][2]}</p></article></body></html>")
    result = cleaner.clean(html, format="html")
    assert BARE[0][2] not in result.text and "night service" in result.text


def test_same_person():
    assert same_person("Helen Davies", "Helen Davies")
    assert same_person("Ο Γιώργος Παπαδόπουλος", "Γιώργος Παπαδόπουλος")
    assert same_person("Helen Davies", "Helen Davies, Staff Writer")
    assert not same_person("Piotr Kowalska", "Anna Kowalska")  # the surname alone
    assert not same_person("Helen Davies", None)
    assert not same_person("Helen Davies", "Tom Price")
    assert same_person("张伟", "张伟")


def test_uncased_shapes_of_hebrew_and_persian():
    assert uncased_bio("יוסי כהן הוא עיתונאי עצמאי.") is not None
    assert uncased_bio("הוא עיתונאי עצמאי שכותב על תחבורה.") is None  # a pronoun is no name
    assert uncased_bio("مریم احمدی یک خبرنگار آزاد است.") is not None
    assert uncased_bio("این خبرنگار آزاد است.") is None


def test_the_markups_fuller_author_stays_when_its_bio_goes():
    # the markup names two authors; the anchor removes the first one's bio: the author stays the markup's
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY["en"].split("\n\n"))
    html = ("<html><head><title>Ferries</title><meta name=\"author\" content=\"Helen Davies; Tom Price\"></head><body>"
            f"<article><h1>Ferries</h1>{paragraphs}<p>{BARE[0][2]}</p></article></body></html>")
    result = cleaner.clean(html, format="html")
    assert BARE[0][2] not in result.text
    assert result.author == "Helen Davies; Tom Price"
