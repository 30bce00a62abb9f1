"""Author bios without a heading at the end of an article (issue 11): first-person openers, a name + a writing verb
(data/bios/<lang>.json ``bio_verbs``), more roles; and their NEGATIVE cases (reported speech, a publication that
writes about a topic, quotations). Written by us, not from any benchmark's text."""

from __future__ import annotations

import pytest

import cleaner
from cleaner.detectors.structure import bio_sentence, vocabulary
from cleaner.model import Block

BODY = {
"en": "The town council met on Tuesday evening to discuss the new parking rules for the market square. Several shop owners asked for more delivery slots in the morning, and the council agreed to look at it again.\n\nResidents also raised the state of the footpaths near the river, which flood every winter. The council said repairs would start in the spring once the budget is approved.",
"fr": "Le conseil municipal s'est réuni mardi soir pour discuter des nouvelles règles de stationnement sur la place du marché. Plusieurs commerçants ont demandé davantage de créneaux de livraison le matin.\n\nLes habitants ont aussi évoqué l'état des chemins près de la rivière, inondés chaque hiver. La mairie promet des travaux au printemps, une fois le budget voté.",
"es": "El ayuntamiento se reunió el martes por la tarde para debatir las nuevas normas de aparcamiento en la plaza del mercado. Varios comerciantes pidieron más horarios de carga y descarga por la mañana.\n\nLos vecinos también hablaron del estado de los caminos junto al río, que se inundan cada invierno. El consistorio dijo que las obras empezarán en primavera.",
"de": "Der Gemeinderat hat am Dienstagabend über die neuen Parkregeln auf dem Marktplatz beraten. Mehrere Ladenbesitzer baten um mehr Lieferzeiten am Morgen, und der Rat will die Frage erneut prüfen.\n\nAnwohner sprachen auch den Zustand der Wege am Fluss an, die jeden Winter überflutet werden. Die Reparaturen sollen im Frühjahr beginnen.",
"it": "Il consiglio comunale si è riunito martedì sera per discutere le nuove regole di parcheggio in piazza del mercato. Diversi negozianti hanno chiesto più fasce orarie per le consegne al mattino.\n\nI residenti hanno anche parlato dello stato dei sentieri lungo il fiume, che si allagano ogni inverno. Il comune ha detto che i lavori inizieranno in primavera.",
"pt": "A câmara municipal reuniu-se na terça-feira à noite para discutir as novas regras de estacionamento na praça do mercado. Vários comerciantes pediram mais horários de entrega de manhã.\n\nOs moradores também falaram do estado dos caminhos junto ao rio, que alagam todos os invernos. A câmara disse que as obras começam na primavera.",
}

POS = [
("en","I'm a freelance writer based in Leeds and I write about gardening, home and family life. Find more of my work at www.janegardens.co.uk."),
("en","Hi, I'm Tom! I'm a dad of three, a keen cyclist and the guy behind Pedal Power, a blog about riding with kids. Say hello on Instagram."),
("en","Mark Reynolds has been writing about personal finance for over 15 years. Visit his site at www.moneywise-mark.com for free budgeting guides."),
("en","Sarah Bell writes about parenting and education for several online magazines. You can read more of her articles at sarahbellwrites.com."),
("en","Paul Grant is the author of the book The Quiet Garden and runs workshops across the UK. For more information visit www.quietgarden.org."),
("en","Lisa Chen is a registered dietitian and mother of two who blogs at healthyfamilyplates.com. Follow her on Pinterest for more recipes."),
("en","Kevin O'Brien is a digital marketing specialist at BrightLeaf Media, a web design agency in Dublin. Learn more at www.brightleafmedia.ie."),
("fr","Je suis journaliste indépendante et j'écris sur l'environnement et la santé. Retrouvez mes articles sur mon blog : www.claire-ecrit.fr."),
("fr","Julien Martin est rédacteur web depuis dix ans et passionné de cuisine. Découvrez ses recettes sur www.cuisine-julien.fr."),
("fr","Sophie Laurent écrit sur le voyage et la photographie pour plusieurs magazines en ligne. Son site : www.sophie-voyage.com."),
("es","Soy periodista y redactora freelance, especializada en viajes y gastronomía. Puedes leer más en mi blog www.lauraviaja.es."),
("es","Carlos Ruiz es consultor de marketing digital y autor del libro Vender en Internet. Visita su web www.carlosruiz.com para más consejos."),
("es","Marta Gómez escribe sobre maternidad y crianza desde 2015. Síguela en Instagram como @martamama."),
("de","Ich bin freie Journalistin und schreibe über Reisen, Kultur und Kulinarik. Mehr von mir auf www.anna-reist.de."),
("de","Thomas Weber ist Steuerberater in München und schreibt regelmäßig über Finanzthemen. Mehr Infos unter www.weber-steuer.de."),
("de","Julia Schmidt schreibt seit 2012 über Gartenthemen und betreibt den Blog Grüner Daumen. Besuchen Sie sie auf www.gruener-daumen.de."),
("it","Sono una giornalista freelance e scrivo di viaggi e cucina. Trovate altri miei articoli sul mio blog www.giulia-viaggi.it."),
("it","Marco Rossi è un consulente SEO e fondatore di WebCrescita, agenzia di marketing a Milano. Visita il sito www.webcrescita.it."),
("it","Francesca Bianchi scrive di benessere e alimentazione da oltre dieci anni. Seguila su Instagram."),
("pt","Sou jornalista freelancer e escrevo sobre viagens e cultura. Leia mais no meu blog: www.anaviaja.com.br."),
("pt","João Silva é consultor financeiro e autor do livro Dinheiro sem Medo. Acesse www.joaosilva.com.br para mais dicas."),
("pt","Beatriz Costa escreve sobre maternidade e educação desde 2014. Siga-a no Instagram."),
]

NEG = [
("en","Jane Porter, who is a senior writer at the Times, told us the paper would not change its policy. \"We stand by the story,\" she said."),
("en","I am a nurse, and I have seen what happens when the ward is short of staff. We need more people, not more forms, she wrote in her letter to the council."),
("fr","Je suis journaliste depuis trente ans et je n'ai jamais vu une réunion aussi tendue, a confié l'ancien rédacteur du journal local."),
("es","Soy periodista y no voy a callarme, dijo la reportera al salir del juzgado."),
("de","Ich bin Journalistin und habe Angst um meine Kollegen, sagte die Reporterin nach der Sitzung."),
("fr","Le Monde écrit sur ce sujet depuis des années, et la question revient à chaque élection municipale."),
("es","Muy Interesante escribe sobre ciencia desde hace décadas y ha tratado este tema muchas veces."),
("de","Der Spiegel schreibt über den Streit seit Wochen, aber eine Lösung ist nicht in Sicht."),
("en","Hi, I'm writing to complain about the parking in the square, which has become impossible for residents like me, one reader told us."),
("en","The library is hosting a writer in residence this autumn. Visit the library's website for the programme."),
]

MORE_POS = [
("en","I write about slow travel, trains and small towns, and I've visited 40 countries so far. Say hello at hello@slowtrainjane.com."),
("fr","J'écris sur la parentalité et l'éducation depuis 2016. Retrouvez-moi sur www.maman-ecrit.fr."),
("es","Escribo sobre viajes y gastronomía desde 2010. Más en mi blog: www.comeryviajar.es."),
("de","Ich schreibe über Familie, Garten und Alltag. Mehr auf www.gartenalltag.de."),
("it","Scrivo di viaggi lenti e cucina di casa. Il mio blog: www.viaggilenti.it."),
("pt","Escrevo sobre finanças pessoais há dez anos. Visite www.financasdaana.com.br."),
("en","Anna Price lives in Bristol with her husband and two cats. Read her blog at www.annaprice-writes.co.uk."),
("de","Petra Lang lebt in Freiburg und schreibt Kinderbücher. Mehr unter www.petralang.de."),
]
MORE_POS += [
("en","Dr. Jane Doe is a family dentist in Leeds. Visit www.smile-example.co.uk for appointments."),
("it","Marco Bellini è architetto e vive a Torino. Visita il sito www.bellini-example.it."),
("es","Lucía Prieto es fisioterapeuta deportiva en Sevilla. Más consejos en www.luciaprieto-example.es."),
]
MORE_NEG = [
("en","Dr. House is a doctor of the mind, the show said, and the town's viewers loved him for it."),
("de","Der Arzt ist ein Freund der Familie und kommt jeden Donnerstag auf den Markt, um Gemüse zu kaufen."),
("en","I write about this because nobody else in the village will, and the council needs to hear it before next month's vote."),
("es","Escribo sobre esto porque nadie más lo hace, y el ayuntamiento debe escucharlo antes de la votación."),
("en","Mr Price lives in the house next to the square and has complained about the parking for years."),
]


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("lang,bio", POS + MORE_POS, ids=[f"{l}-{i}" for i, (l, _b) in enumerate(POS + MORE_POS)])
def test_bio_at_the_end_goes(lang, bio):
    result = cleaner.clean(BODY[lang] + "\n\n" + bio + "\n", format="text")
    assert _flat(bio) not in _flat(result.text)
    assert all(r.kind == "author_bio" for r in result.removed), [(r.rule, r.text) for r in result.removed]
    for paragraph in BODY[lang].split("\n\n"):
        assert _flat(paragraph) in _flat(result.text)


@pytest.mark.parametrize("lang,text", NEG + MORE_NEG, ids=[f"{l}-{i}" for i, (l, _t) in enumerate(NEG + MORE_NEG)])
def test_not_a_bio_at_the_end_stays(lang, text):
    result = cleaner.clean(BODY[lang] + "\n\n" + text + "\n", format="text")
    assert not result.removed, [(r.rule, r.text) for r in result.removed]


def test_bio_verb_needs_a_contact():
    vocab = vocabulary()
    text = "Marta Gómez escribe sobre maternidad y crianza desde 2015."
    assert bio_sentence(Block(0, "paragraph", text, text), vocab) == ("Marta Gómez", "escribe sobre")
    result = cleaner.clean(BODY["es"] + "\n\n" + text + "\n", format="text")
    assert not result.removed  # no website, no e-mail, no "síguela": a name and a verb alone stay


def test_bio_at_the_top_needs_a_contact():
    text = "Julia Schmidt schreibt seit 2012 über Gartenthemen und betreibt einen kleinen Garten in Kassel."
    result = cleaner.clean(text + "\n\n" + BODY["de"] + "\n", format="text")
    assert not result.removed


def test_bio_verb_of_the_article_subject_stays():
    # a profile: the person's surname is elsewhere in the article, so the closing sentence is the article's
    text = ("Sophie Laurent a quitté la banque il y a cinq ans pour partir autour du monde avec un appareil photo.\n\n"
            "Depuis, Laurent a publié deux livres et exposé ses images à Lyon et à Montréal, où son travail sur les "
            "ports a été remarqué par la critique.\n\n"
            "Sophie Laurent écrit sur le voyage et la photographie pour plusieurs magazines. Son site : "
            "www.sophie-voyage.com.\n")
    assert not cleaner.clean(text, format="text").removed


def test_first_person_in_reported_speech_stays():
    text = "Je suis journaliste depuis trente ans et je n'ai jamais vu ça, a confié l'ancien rédacteur."
    result = cleaner.clean(BODY["fr"] + "\n\n" + text + "\n", format="text")
    assert not result.removed


# --- the resource-box family (data/families.json author_bio.resource_box): more wordings -------------------------
RESOURCE_BOXES = [
    "Dana Miles is a passionate home cook and a mother of three. Follow her on Pinterest: https://www.pinterest.com/danamiles",
    "Pierre Lemoine est journaliste indépendant. Suivez-le sur son blog : www.pierre-lemoine.fr",
    "Soy periodista freelance y escribo sobre salud. Lee más en mi blog: https://www.saludconana.es",
    "Jens Berg ist Journalist in Leipzig. Mehr von ihm auf https://www.jensberg.de",
    "Elena Fabbri è giornalista e appassionata di cucina regionale. Seguila su https://instagram.com/elenafabbri",
    "Rita Nunes é jornalista, apaixonada por educação. Siga-a em https://www.ritanunes.pt",
]


@pytest.mark.parametrize("text", RESOURCE_BOXES)
def test_resource_box_family(text):
    from cleaner.detectors.families import family_finding

    found = family_finding(Block(0, "paragraph", text, text))
    assert found is not None and found.rule == "author_bio.resource_box", text


def test_resource_box_family_is_not_a_mid_article_finding():
    # a news paragraph that names a journalist and a site, between body paragraphs: a family's finding goes at an edge
    middle = ("Jens Berg ist Journalist und hat die Zahlen auf https://www.jensberg.de zusammengetragen; mehr von ihm "
              "erscheint im Herbst in Buchform, kündigte der Verlag an.")
    paragraphs = BODY["de"].split("\n\n")
    text = "\n\n".join(paragraphs * 2 + [middle] + paragraphs * 2) + "\n"
    assert not cleaner.clean(text, format="text").removed


def test_named_phrase_in_reported_speech_mid_article_stays():
    """Was a strict xfail (branch bios): the cue phrase 'est journaliste indépendant' (author_bio.named_phrase, 0.9)
    removed a news paragraph between two body paragraphs. The paragraph reports a brochure's words ("disait"): a bio
    phrase in reported speech is the article's (detectors/bios.py ``bio_reported``)."""
    middle = ("Pierre Lemoine est journaliste indépendant et suit les marchés agricoles depuis vingt ans ; "
              "il a publié l'enquête sur www.pierre-lemoine.fr, disait la brochure distribuée aux exposants.")
    paragraphs = BODY["fr"].split("\n\n")
    text = paragraphs[0] + "\n\n" + middle + "\n\n" + paragraphs[1] + "\n"
    assert not cleaner.clean(text, format="text").removed


def test_named_phrase_writing_verb_without_contact_stays():
    """Was a strict xfail (branch bios): the cue phrase 'writes about' removed a news sentence about a local reporter
    at the end of a short article. A writing verb with no website, e-mail or contact word is a reporter's beat:
    ``author_bio.named_phrase/verb`` (0.5), which only a run of removals at the end takes."""
    text = ("Mary Jones writes about the town for the local paper, and she has covered this council for years. "
            "We asked her what she expected next month.")
    result = cleaner.clean(BODY["en"] + "\n\n" + text + "\n", format="text")
    assert not result.removed


#: The same family in other languages: a bio's words in reported speech between two body paragraphs (a bio's own
#: verb is no report: "writes", "escribe" are not among the terms), and a writing verb with no contact at the end.
REPORTED_MIDDLE = [
    ("en", "Tom Hale is a freelance writer who has followed the market for a decade and keeps notes on "
           "www.tomhale-notes.com, he told us after the meeting."),
    ("es", "Lucía Prieto es periodista independiente y sigue el mercado desde hace años; publicó el informe en "
           "www.luciaprieto-informe.es, contó a este diario."),
    ("de", "Katrin Vogel ist freie Journalistin und beobachtet den Markt seit Jahren; die Zahlen stehen auf "
           "www.katrinvogel-daten.de, erzählte sie nach der Sitzung."),
    ("it", "Elena Fabbri è giornalista freelance e segue il mercato da anni; ha pubblicato i dati su "
           "www.elenafabbri-dati.it, ha raccontato al nostro giornale."),
    ("pt", "Rita Nunes é jornalista freelancer e acompanha a feira há anos; publicou os números em "
           "www.ritanunes-dados.pt, contou ela depois da reunião."),
]
VERB_AT_THE_END = [
    ("fr", "Il écrit sur la ville pour le quotidien local depuis dix ans, et il suit ce conseil de près. Nous lui "
           "avons demandé ce qu'il attendait du mois prochain."),
    ("es", "Ana Ruiz escribe sobre el barrio para el periódico local y sigue este pleno desde hace años. Le "
           "preguntamos qué espera del mes que viene."),
    ("pt", "Ana Reis escreve sobre a cidade para o jornal local e acompanha esta câmara há anos. Perguntámos-lhe o "
           "que espera do próximo mês."),
    ("it", "Luca Neri scrive per il giornale locale e segue il consiglio da anni. Gli abbiamo chiesto cosa si "
           "aspetta il mese prossimo."),
]


@pytest.mark.parametrize("lang,middle", REPORTED_MIDDLE, ids=[l for l, _m in REPORTED_MIDDLE])
def test_bio_words_in_reported_speech_mid_article_stay(lang, middle):
    paragraphs = BODY[lang].split("\n\n")
    text = paragraphs[0] + "\n\n" + middle + "\n\n" + paragraphs[1] + "\n"
    result = cleaner.clean(text, format="text")
    assert not result.removed, [(r.rule, r.cue, r.text[:60]) for r in result.removed]


@pytest.mark.parametrize("lang,text", VERB_AT_THE_END, ids=[l for l, _t in VERB_AT_THE_END])
def test_writing_verb_without_contact_at_the_end_stays(lang, text):
    result = cleaner.clean(BODY[lang] + "\n\n" + text + "\n", format="text")
    assert not result.removed, [(r.rule, r.cue, r.text[:60]) for r in result.removed]


def test_bio_own_verb_is_no_reported_speech():
    """The families' reported-speech terms hold "writes"; a bio's do not ("Sarah Bell writes about parenting …" is a
    bio), and they add the bios' reporting frames ("disait", "told us")."""
    from cleaner.cues import normalize
    from cleaner.detectors.bios import bio_reported, reported_terms

    assert "writes" not in reported_terms() and "wrote" not in reported_terms() and "said" in reported_terms()
    assert not bio_reported(normalize("Sarah Bell writes about parenting and education. Visit sarahbell.com."))
    assert bio_reported(normalize("Tom Hale is a writer, he told us."))
    assert bio_reported(normalize("Pierre est journaliste, disait la brochure."))
    assert bio_reported(normalize("Jane Porter is a writer at the Times, she said."))


def test_a_dash_pairs_only_with_roles_of_its_own_language():
    """The dash copula comes from the Russian data ("Анна Смирнова — журналист"); in a product list of another
    language, "Hasbro Gaming – L'ALLEGRO CHIRURGO" + a link is no bio, though "chirurgo" is an Italian role."""
    listing = ("# Idee regalo\n\nEcco la nostra lista di giochi da tavolo per bambini, scelti dalla redazione dopo aver "
               "provato ciascuno di questi giochi con le famiglie dei nostri lettori.\n\n21) Monopoly Junior\n"
               "http://amzn.to/2A6mxCA\n\n22) Hasbro Gaming – L’ALLEGRO CHIRURGO\nhttp://amzn.to/2A6mxCW\n")
    result = cleaner.clean(listing, format="markdown")
    assert not [r for r in result.removed if r.kind == "author_bio"]
    assert "L’ALLEGRO CHIRURGO" in result.text
    bio = ("Статья о погоде в Москве. В понедельник ожидается дождь и сильный ветер, а к выходным потеплеет до "
           "двадцати градусов.\n\nАнна Смирнова — журналист и писатель, автор книг о путешествиях. Пишите ей на "
           "anna@example.ru.")
    assert [r.rule for r in cleaner.clean(bio).removed] == ["author_bio.third_person"]


# --- a bio's other shapes, in wording no cue phrase lists (data/bios/<lang>.json bio_patterns; zh / ja cjk_bio) ----
BODY.update({
"nl": "De gemeenteraad heeft dinsdagavond gesproken over de nieuwe parkeerregels op het marktplein. Verschillende "
      "winkeliers vroegen om meer tijd voor leveringen in de ochtend.\n\nBewoners spraken ook over de staat van de "
      "paden langs de rivier, die elke winter onderlopen. De gemeente zegt dat de reparaties in het voorjaar beginnen.",
"pl": "Rada miasta zebrała się we wtorek wieczorem, aby omówić nowe zasady parkowania na rynku. Kilku właścicieli "
      "sklepów poprosiło o więcej czasu na dostawy rano.\n\nMieszkańcy mówili też o stanie ścieżek nad rzeką, które co "
      "zimę są zalewane. Urząd zapowiada, że remont zacznie się wiosną, gdy tylko budżet zostanie przyjęty.",
"ru": "Городской совет во вторник вечером обсудил новые правила парковки на рыночной площади. Несколько владельцев "
      "магазинов попросили больше времени для разгрузки по утрам.\n\nЖители также говорили о состоянии дорожек у реки, "
      "которые каждую зиму заливает водой. Ремонт обещают начать весной, как только утвердят бюджет.",
"zh": "市议会周二晚上开会讨论了市场广场新的停车规定。几位店主要求在早上增加送货时间，因为现在的规定让他们很难在开门前"
      "完成卸货，议会同意在下个月的会议上再研究这个问题，并邀请商会代表参加讨论，听取更多商户和居民的意见。一些居民则"
      "担心，增加送货时间会让广场在早上变得更加拥挤和嘈杂。\n\n"
      "居民们还提到了河边小路的状况，这些小路每年冬天都会被水淹，老人和孩子出行很不方便。议会表示，预算批准后将在"
      "春季开始维修，并会在雨季之前加固河堤，同时在附近增设路灯和护栏，以保证居民晚上出行的安全。附近学校的家长也希望"
      "维修工程能在暑假期间完成，以免影响孩子们上学。",
"ja": "市議会は火曜日の夜、市場広場の新しい駐車規則について話し合った。複数の店主が朝の搬入時間を増やすよう求め、現在の"
      "規則では開店前に荷下ろしを終えるのが難しいと訴えた。議会は来月の会合で再検討することに同意し、商工会の代表も"
      "招いて住民の意見を聞くとしている。\n\n住民からは、毎年冬に冠水する川沿いの小道の状態についても意見が出た。"
      "高齢者や子どもには危険だという声が多く、市は予算が承認され次第、春に補修を始め、雨の季節の前に堤防を補強し、"
      "街灯と手すりも増やすとしている。",
})

SHAPES = [
("en", "Tom Hale has been restoring old boats on the Norfolk Broads for over twenty years and runs a small yard "
       "near Wroxham."),
("en", "Priya Nair holds a master's degree in public health and spends her free time hiking with her two dogs."),
("en", "Owen Price lives in Cardiff with his wife, three children and an unreasonable number of bicycles."),
("fr", "Claire Morel vit à Nantes avec sa famille et exerce depuis quinze ans comme infirmière libérale."),
("es", "Lucía Prieto vive en Valencia con su pareja y sus dos hijos, y lleva diez años enseñando yoga."),
("de", "Katrin Vogel ist seit 15 Jahren als Hebamme tätig und lebt mit ihrer Familie in Kassel."),
("it", "Giulia Neri vive a Bologna con il marito e i due figli, e lavora da oltre dieci anni come ostetrica."),
("pt", "Ana Reis vive em Coimbra com o marido e dois gatos, e trabalha há mais de dez anos como enfermeira."),
("nl", "Sanne de Vries woont in Utrecht met haar man en twee kinderen en werkt al tien jaar als verpleegkundige."),
("pl", "Anna Nowak mieszka w Krakowie z mężem i dwójką dzieci, a od ponad dziesięciu lat pracuje jako pielęgniarka."),
("ru", "Анна Смирнова окончила медицинский университет и живёт в Казани с мужем и двумя детьми."),
("zh", "张伟，北京大学新闻学硕士，资深科技记者，现居上海，长期关注人工智能和互联网行业。"),
("ja", "山田花子（やまだ・はなこ）フリーライター。1985年生まれ、大阪府出身。暮らしと料理をテーマに執筆している。"),
]


@pytest.mark.parametrize("lang,bio", SHAPES, ids=[f"{l}-{i}" for i, (l, _b) in enumerate(SHAPES)])
def test_bio_shape_at_the_end_goes_with_cue_phrases_off(lang, bio):
    """No cue phrase names these (the structural bio alone finds them at the end, after the body): a name, then
    years in a trade, a degree, a home with family; a Chinese or Japanese name with a role or a birth year."""
    from cleaner import pipeline
    from cleaner.detectors.structure import structure_findings

    class NoCues(pipeline.Cleaner):
        def findings(self, blocks):
            return structure_findings(blocks, [[] for _ in blocks], self.kinds, self.thresholds.body_length)

    for cleaner_ in (NoCues(), cleaner.Cleaner()):
        result = cleaner_.clean(BODY[lang] + "\n\n" + bio + "\n", format="text")
        assert _flat(bio) not in _flat(result.text), [(r.rule, r.cue) for r in result.removed]
        assert all(r.kind == "author_bio" for r in result.removed), [(r.rule, r.text) for r in result.removed]
        for paragraph in BODY[lang].split("\n\n"):
            assert _flat(paragraph) in _flat(result.text)


HEADED = [
    ("en", "About the writer", "Tom Hale has been restoring old boats on the Norfolk Broads for over twenty years."),
    ("de", "Zur Person", "Katrin Vogel ist seit 15 Jahren als Hebamme tätig und lebt mit ihrer Familie in Kassel."),
    ("zh", "关于作者", "张伟，北京大学新闻学硕士，资深科技记者，现居上海，长期关注人工智能和互联网行业。"),
]


@pytest.mark.parametrize("lang,heading,bio", HEADED, ids=[h[0] for h in HEADED])
def test_a_short_heading_over_a_bio_goes_with_it(lang, heading, bio):
    result = cleaner.clean(BODY[lang] + "\n\n" + heading + "\n\n" + bio + "\n", format="text")
    assert heading not in result.text and _flat(bio) not in _flat(result.text), [(r.rule, r.cue) for r in result.removed]


def test_a_label_before_a_bio_is_skipped():
    text = "Author note: Tom Hale has been restoring old boats on the Norfolk Broads for over twenty years."
    result = cleaner.clean(BODY["en"] + "\n\n" + text + "\n", format="text")
    assert "Norfolk Broads" not in result.text


#: NEGATIVES of the shapes: articles whose subject is the person (a profile, an obituary, a book review, an
#: interview: the name is elsewhere in the body), reported speech, news about a person at the end, a life story in
#: the past tense, Chinese and Japanese news whose first characters are no name.
SHAPE_NEGATIVES = [
("en", "Profile", "Tom Hale bought his first boat at sixteen. Hale still keeps it in the shed behind the yard, and "
       "he laughs when he shows it to visitors who came for the newer ones.\n\nThe yard is busy all year, and Hale "
       "says the winter months are the best for the slow work that restoring a hull needs.\n\nTom Hale has been "
       "restoring old boats on the Norfolk Broads for over twenty years and has no plans to stop."),
("en", "Obituary", "Margaret Ellis, who taught at the village school for forty years, died on Monday at the age of 91. "
       "Generations of pupils remember Ellis for her patience and her love of poetry.\n\nShe retired in 1994 but kept "
       "teaching reading to adults at the library until last year, friends said.\n\nMargaret Ellis lives on in the "
       "library's reading room, which the council named after her in 2010."),
("en", "Review", "The new novel by Priya Nair follows two sisters who inherit a failing orchard in Kent. Nair writes "
       "with great tenderness about the land and about the long silences between the sisters.\n\nThe middle of the "
       "book drags a little, but the final chapters are among the best written this year.\n\nPriya Nair holds a "
       "degree in botany, which shows on every page of this quiet, generous book."),
("en", "Interview", "We met the nurse in the hospital canteen during her night shift, between two rounds of the ward. "
       "She spoke about the years of cuts and the colleagues who have left the profession.\n\nWhat keeps you going? "
       "\"The patients, and the people I work with,\" she says, smiling for the first time.\n\nOwen Price lives in "
       "Cardiff with his wife and told us he would vote for the strike next week."),
("fr", "Portrait", "Claire Morel a ouvert son cabinet dans un quartier que les médecins avaient quitté. Morel y reçoit "
       "chaque jour des patients venus de toute la ville, souvent sans rendez-vous.\n\nLe soir, elle fait encore des "
       "tournées à domicile chez les personnes âgées du quartier, qui la connaissent toutes.\n\nClaire Morel vit à "
       "Nantes avec sa famille et exerce depuis quinze ans comme infirmière libérale."),
("es", "Entrevista", "Lucía Prieto abrió su estudio de yoga en un barrio donde nadie creía que funcionaría. Prieto "
       "cuenta que los primeros meses solo venían dos alumnas, sus vecinas.\n\nHoy el estudio tiene lista de espera y "
       "organiza clases gratuitas para mayores los sábados por la mañana.\n\nLucía Prieto vive en Valencia con su "
       "pareja y sus dos hijos, y lleva diez años enseñando yoga."),
("de", "Nachruf", "Katrin Vogel hat in vier Jahrzehnten mehr als dreitausend Kindern auf die Welt geholfen. Vogel "
       "starb am Sonntag im Alter von 82 Jahren in ihrem Haus in Kassel.\n\nKolleginnen erinnern sich an ihre Ruhe in "
       "schwierigen Nächten und an ihren trockenen Humor im Kreißsaal.\n\nKatrin Vogel lebt mit ihrer Familie in "
       "Kassel weiter in den Erinnerungen vieler Eltern, sagte ihre Tochter bei der Trauerfeier."),
("zh", "新闻", "张伟上周在市图书馆举办了新书分享会，吸引了两百多名读者到场。张伟在会上讲述了自己十年来采访人工智能企业的"
       "经历，并回答了读者关于行业未来的问题，现场气氛十分热烈，不少读者排队请他签名。\n\n主办方表示，今年还将邀请更多"
       "作家和记者来馆交流，让市民有更多机会接触不同领域的专家。下一场活动定于下个月举行，届时将有三位青年作家参加。\n\n"
       "张伟，北京大学新闻学硕士，资深科技记者，现居上海。"),
("zh", "新闻", "市议会周二晚上开会讨论了市场广场新的停车规定。几位店主要求在早上增加送货时间，因为现在的规定让他们很难在开门前"
       "完成卸货，议会同意在下个月的会议上再研究这个问题。\n\n居民们还提到了河边小路的状况，这些小路每年冬天都会被水淹，"
       "老人和孩子出行很不方便。议会表示，预算批准后将在春季开始维修，并会在雨季之前加固河堤，同时增设路灯和护栏。\n\n"
       "这本书的作者是一位老记者，他用十年时间走遍了全省的河流。"),
("zh", "新闻", BODY["zh"] + "\n\n王明还认为学校应该增设家长代表，参与食堂管理。“我们希望孩子吃得放心。”王明恳切地说。"),
("ja", "ニュース", BODY["ja"] + "\n\n佐藤健一さんは元記者で、「広場は町の顔だ」と語った。"),
("ja", "ニュース", "市議会は火曜日の夜、市場広場の新しい駐車規則について話し合った。複数の店主が朝の搬入時間を増やすよう求め、"
       "現在の規則では開店前に荷下ろしを終えるのが難しいと訴えた。議会は来月の会合で再検討することに同意した。\n\n"
       "住民からは、毎年冬に冠水する川沿いの小道の状態についても意見が出た。市は予算が承認され次第、春に補修を始め、"
       "雨の季節の前に堤防を補強し、街灯と手すりも増やすとしている。\n\n市長は記者会見で、広場の改修を来年度に前倒しする"
       "考えを示した。"),
]


@pytest.mark.parametrize("lang,title,text", SHAPE_NEGATIVES, ids=[f"{l}-{t}" for l, t, _x in SHAPE_NEGATIVES])
def test_shape_negatives_stay(lang, title, text):
    result = cleaner.clean(title + "\n\n" + text + "\n", format="text")
    assert not result.removed, [(r.rule, r.cue, r.text[:60]) for r in result.removed]
    # not even a weak bio finding (a low share of shared words would make it a removal)
    assert not [m for m in result.near_misses if m.kind == "author_bio"], result.near_misses


def test_past_tense_life_story_at_the_end_stays():
    text = "Owen Price lived in Cardiff with his wife for fifty years and worked as a docker until the port closed."
    assert not cleaner.clean(BODY["en"] + "\n\n" + text + "\n", format="text").removed


def test_a_short_heading_over_body_prose_stays():
    text = BODY["en"] + "\n\nWhat comes next\n\nThe council will vote on the plan next month, after a public meeting."
    assert not cleaner.clean(text, format="text").removed


def test_a_sign_off_over_a_bio_is_no_heading():
    """The author's first name over the bio is a sign-off, not a heading: it is not taken with the bio."""
    text = (BODY["en"] + "\n\nCheryl\n\nCheryl Sigmon is a regular contributor to Teachers.Net and has been teaching "
            "reading for twenty years.\n")
    result = cleaner.clean(text, format="text")
    assert not [r for r in result.removed if r.rule == "author_bio.bio_heading"]
    assert "Cheryl" in [line.strip() for line in result.text.splitlines()]


@pytest.mark.parametrize("line", ["Photo: Reuters / Jane Smith", "print(result)", "Tickets: $25", "7. Notes",
                                  "Ann Lee"])
def test_the_articles_last_line_over_a_bio_stays(line):
    """A short line right over a bio that holds no heading word of a bio ("About", "Autorin", "作者") nor the bio's
    name is the article's last line, not the bio's heading."""
    bio = "Tom Hale has been restoring old boats on the Norfolk Broads for over twenty years. Visit www.tomhale.example."
    result = cleaner.clean(BODY["en"] + "\n\n" + line + "\n\n" + bio + "\n", format="text")
    assert line in result.text, [(r.rule, r.text) for r in result.removed]
    assert "Norfolk Broads" not in result.text


def test_term_automaton_finds_what_the_term_pattern_finds():
    """bios._holds (one automaton pass) answers as the term pattern's search, for every reported-speech and contact
    term in several surroundings: alone, inside a word, after / before a letter, a digit, punctuation."""
    from cleaner.cues import normalize
    from cleaner.detectors import bios

    cases = [(bios._reported_pattern(), bios._reported_automaton(), bios.reported_terms()),
             (bios._contact_pattern(), bios._contact_automaton(), [w for b in bios._bios() for w in b["contact"]])]
    for pattern, automaton, terms in cases:
        for term in sorted(terms):
            t = normalize(term)
            for text in (t, f"a {t} b", f"x{t}", f"{t}x", f"9{t}", f"«{t}», dit-il", f"é{t}", f"{t}é", f"({t}) z"):
                text = " ".join(text.split())
                assert bios._holds(pattern, automaton, text) == (pattern.search(text) is not None), text


# --- bios in the languages issue 11 added (data/bios/{uk,cs,da,no,fi,ro,el}.json) ------------------------------------
MORE_BODY = {
"uk": "Міська рада у вівторок увечері обговорила нові правила паркування на ринковій площі. Кілька власників крамниць попросили більше часу для розвантаження вранці, і рада погодилася повернутися до цього питання.\n\nМешканці також говорили про стан доріжок біля річки, які щозими затоплює. У раді пообіцяли почати ремонт навесні, коли ухвалять бюджет.",
"cs": "Městská rada v úterý večer projednala nová pravidla parkování na tržním náměstí. Několik majitelů obchodů požádalo o více času na zásobování ráno a rada slíbila, že se k tomu vrátí.\n\nObyvatelé mluvili také o stavu cest u řeky, které každou zimu zaplavuje voda. Radnice slíbila opravy na jaře, až bude schválen rozpočet.",
"da": "Byrådet drøftede tirsdag aften de nye parkeringsregler på torvet. Flere butiksejere bad om flere tider til varelevering om morgenen, og rådet lovede at se på sagen igen.\n\nBeboerne talte også om stierne langs åen, som bliver oversvømmet hver vinter. Kommunen lover at reparere dem til foråret, når budgettet er vedtaget.",
"no": "Bystyret diskuterte tirsdag kveld de nye parkeringsreglene på torget. Flere butikkeiere ba om flere tider for varelevering om morgenen, og bystyret lovet å se på saken igjen.\n\nBeboerne snakket også om stiene langs elva, som blir oversvømt hver vinter. Kommunen lover å reparere dem til våren, når budsjettet er vedtatt.",
"fi": "Kaupunginvaltuusto keskusteli tiistai-iltana torin uusista pysäköintisäännöistä. Useat kauppiaat pyysivät lisää aikoja tavaroiden toimituksille aamuisin, ja valtuusto lupasi palata asiaan.\n\nAsukkaat puhuivat myös joenvarren poluista, jotka tulvivat joka talvi. Kaupunki lupaa korjata ne keväällä, kun talousarvio on hyväksytty.",
"ro": "Consiliul local s-a reunit marți seara pentru a discuta noile reguli de parcare din piața centrală. Mai mulți comercianți au cerut mai multe intervale de aprovizionare dimineața, iar consiliul a promis că va reveni asupra subiectului.\n\nLocuitorii au vorbit și despre starea aleilor de lângă râu, inundate în fiecare iarnă. Primăria promite lucrări în primăvară, după aprobarea bugetului.",
"el": "Το δημοτικό συμβούλιο συζήτησε την Τρίτη το βράδυ τους νέους κανόνες στάθμευσης στην πλατεία της αγοράς. Αρκετοί καταστηματάρχες ζήτησαν περισσότερες ώρες για τροφοδοσία το πρωί.\n\nΟι κάτοικοι μίλησαν επίσης για την κατάσταση των μονοπατιών δίπλα στο ποτάμι, που πλημμυρίζουν κάθε χειμώνα. Ο δήμος υπόσχεται έργα την άνοιξη.",
}

MORE_BODY["es"] = BODY["es"]

ADDED_POS = [
("uk", "Олена Коваль — журналістка і блогерка, пише про подорожі та кулінарію. Більше на її сайті www.olena-example.ua."),
("cs", "Jana Nováková je novinářka a blogerka, píše o cestování a vaření. Navštivte její web www.jana-example.cz."),
("da", "Mette Hansen er freelancejournalist og skriver om rejser og mad. Besøg hendes blog på www.mette-example.dk."),
("no", "Kari Nordmann er frilansjournalist og skriver om reiser og mat. Besøk bloggen hennes på www.kari-example.no."),
("fi", "Anna Virtanen työskentelee toimittajana ja kirjoittaa matkailusta. Vieraile hänen blogissaan www.anna-example.fi."),
("ro", "Ana Popescu este o jurnalistă care scrie despre călătorii și gastronomie. Vizitați blogul ei: www.ana-example.ro."),
("el", "Η Μαρία Παπαδοπούλου είναι δημοσιογράφος και γράφει για ταξίδια. Επισκεφθείτε την ιστοσελίδα της www.maria-example.gr."),
("cs", "Jsem novinářka na volné noze a píšu o cestování. Více na mém blogu www.cesty-example.cz."),
("da", "Jeg er journalist og skriver om mad og rejser. Læs mere på www.madogrejser-example.dk."),
]

ADDED_NEG = [
# an article's last sentence about a person, reported speech, a building or a country that "is" something
("uk", "Іван Петренко — журналіст, який двадцять років писав про місто, сказав, що такої суперечки ще не бачив."),
("cs", "Jan Novák je novinář a podle něj se o parkování na náměstí bude hlasovat znovu, řekl v úterý."),
("da", "Peter Madsen er formand for handelsforeningen og sagde, at butikkerne har brug for flere leveringstider."),
("no", "Ola Hansen er leder for handelsstanden og sa at butikkene trenger flere tider for varelevering."),
("ro", "Ion Popescu este primarul orașului și a spus că lucrările vor începe în primăvară."),
("el", "Το Δημοτικό Θέατρο είναι ιστορικό κτίριο και θα ανακαινιστεί την επόμενη χρονιά."),
("fi", "Pekka Virtanen työskenteli toimittajana kolmekymmentä vuotta ja muistaa kaupungin vanhan torin."),
# Romanian "este" (is) is Spanish / Portuguese "this": only "este un / este o" are copulas
("es", "Manuel García este año fue nombrado director del museo, y la ciudad lo celebró con una fiesta."),
]


@pytest.mark.parametrize("lang,bio", ADDED_POS, ids=[f"{l}-{i}" for i, (l, _b) in enumerate(ADDED_POS)])
def test_bio_at_the_end_goes_in_the_added_languages(lang, bio):
    result = cleaner.clean(MORE_BODY[lang] + "\n\n" + bio + "\n", format="text")
    assert _flat(bio) not in _flat(result.text), [(r.rule, r.text) for r in result.removed]
    assert all(r.kind == "author_bio" for r in result.removed), [(r.rule, r.text) for r in result.removed]
    for paragraph in MORE_BODY[lang].split("\n\n"):
        assert _flat(paragraph) in _flat(result.text)


@pytest.mark.parametrize("lang,text", ADDED_NEG, ids=[f"{l}-{i}" for i, (l, _t) in enumerate(ADDED_NEG)])
def test_not_a_bio_at_the_end_stays_in_the_added_languages(lang, text):
    result = cleaner.clean(MORE_BODY[lang] + "\n\n" + text + "\n", format="text")
    assert not result.removed, [(r.rule, r.text) for r in result.removed]


@pytest.mark.parametrize("heading,lang", [("Про автора", "uk"), ("O autorovi", "cs"), ("Om forfatteren", "da"),
                                          ("Kirjoittajasta", "fi"), ("Despre autor", "ro"), ("A szerzőről", "hu"),
                                          ("작가 소개", "ko"), ("लेखक के बारे में", "hi"), ("เกี่ยวกับผู้เขียน", "th"),
                                          ("عن الكاتب", "ar")])
def test_bio_heading_words_in_the_added_languages(heading, lang):
    from cleaner.detectors.bios import _heading_words
    from cleaner.cues import normalize
    assert _heading_words().search(normalize(heading)) is not None, lang


def test_content_words_count_letters_in_a_decomposed_text():
    """A bio's overlap with the article (structure.content_words) is the same for a decomposed text: "δύο" is three
    letters however it is written, so it is no content word either way."""
    import unicodedata
    from cleaner.detectors.structure import content_words
    text = "Η Ελένη Παπαδάκη είναι δημοσιογράφος και συγγραφέας δύο βιβλίων."
    composed, decomposed = content_words(text), content_words(unicodedata.normalize("NFD", text))
    assert {unicodedata.normalize("NFC", w) for w in decomposed} == composed
    assert "δύο" not in composed


# --- bios in scripts without capitals (data/bios/{ko,hi,th,ar}.json ``uncased``; detectors/bios.py uncased_bio) ----
UNCASED_BODY = {
"ko": "시의회는 화요일 저녁 시장 광장의 새 주차 규칙을 논의했다. 여러 상인이 아침 배송 시간을 늘려 달라고 요구했고, 의회는 다음 달 회의에서 이 문제를 다시 검토하기로 했다. 상인들은 지금의 규칙으로는 가게 문을 열기 전에 물건을 내리기가 어렵다고 호소했다.\n\n주민들은 매년 겨울 물에 잠기는 강변 산책로의 상태에 대해서도 의견을 냈다. 시는 예산이 승인되면 봄에 보수 공사를 시작하고, 장마철이 오기 전에 둑을 보강하며 가로등과 난간도 늘릴 계획이다.",
"hi": "नगर परिषद ने मंगलवार शाम बाज़ार चौक के नए पार्किंग नियमों पर चर्चा की। कई दुकानदारों ने सुबह माल उतारने के लिए अधिक समय माँगा, और परिषद ने अगले महीने इस पर फिर विचार करने का वादा किया।\n\nनिवासियों ने नदी के किनारे के रास्तों की हालत पर भी बात की, जो हर सर्दी में पानी में डूब जाते हैं। बजट मंज़ूर होते ही वसंत में मरम्मत शुरू होगी।",
"th": "สภาเมืองประชุมเมื่อเย็นวันอังคารเพื่อหารือกฎการจอดรถใหม่ที่ลานตลาด พ่อค้าหลายคนขอเวลาขนส่งสินค้าในตอนเช้าเพิ่มขึ้น และสภาตกลงจะพิจารณาเรื่องนี้อีกครั้งในการประชุมเดือนหน้า\n\nชาวบ้านยังพูดถึงสภาพทางเดินริมแม่น้ำที่น้ำท่วมทุกฤดูหนาว เทศบาลสัญญาว่าจะเริ่มซ่อมแซมในฤดูใบไม้ผลิเมื่องบประมาณได้รับการอนุมัติ",
"ar": "ناقش المجلس البلدي مساء الثلاثاء قواعد الوقوف الجديدة في ساحة السوق. وطالب عدد من أصحاب المحلات بمزيد من أوقات التوريد في الصباح، ووعد المجلس بإعادة النظر في المسألة الشهر المقبل.\n\nوتحدث السكان أيضا عن حالة الممرات المحاذية للنهر التي تغمرها المياه كل شتاء. وتعد البلدية ببدء أعمال الإصلاح في الربيع بعد إقرار الميزانية.",
}

#: (language, where, the bio): "tail" a bio at the end, "heading" under a heading word of the language, "contact"
#: with a contact line or a website.
UNCASED_POS = [
("ko", "tail", "김민수는 서울에서 활동하는 프리랜서 여행 기자이다. 10년 넘게 아시아 곳곳의 작은 마을을 취재해 왔다."),
("ko", "heading", "이지은은 음식과 문화에 대해 글을 쓰는 칼럼니스트이다."),
("ko", "contact", "박서준은 IT 전문 블로거입니다. 더 많은 글은 블로그 www.seojun-example.kr 에서 볼 수 있습니다."),
("hi", "tail", "राजेश कुमार एक स्वतंत्र पत्रकार और लेखक हैं।"),
("hi", "heading", "सुनीता शर्मा स्वास्थ्य और पोषण पर लिखने वाली वरिष्ठ पत्रकार हैं।"),
("hi", "contact", "अमित वर्मा एक ब्लॉगर हैं। उनकी वेबसाइट www.amit-example.in पर और लेख पढ़ें।"),
("th", "tail", "สมชาย ใจดี เป็นนักเขียนอิสระ เขียนเรื่องการท่องเที่ยวและอาหารมากว่าสิบปี ผลงานล่าสุดคือหนังสือ เดินทางช้า ๆ ในเมืองเล็ก"),
("th", "heading", "คุณสมหญิงเป็นบรรณาธิการนิตยสารท่องเที่ยวรายเดือน"),
("th", "contact", "วิชัย รักดี เป็นบล็อกเกอร์ด้านเทคโนโลยี ติดตามบทความอื่นได้ที่ www.wichai-example.com"),
("ar", "tail", "أحمد خالد صحفي مستقل يكتب عن السفر والثقافة منذ عشر سنوات."),
("ar", "heading", "سارة محمود هي كاتبة وروائية تعيش في عمّان."),
("ar", "contact", "يوسف الحسن مدون يكتب عن التقنية. زوروا موقعه www.yousef-example.com للمزيد."),
]

UNCASED_HEADINGS = {"ko": "저자 소개", "hi": "लेखक के बारे में", "th": "เกี่ยวกับผู้เขียน", "ar": "عن الكاتب"}


@pytest.mark.parametrize("lang,where,bio", UNCASED_POS, ids=[f"{l}-{w}" for l, w, _b in UNCASED_POS])
def test_bio_in_a_script_without_capitals_goes(lang, where, bio):
    heading = UNCASED_HEADINGS[lang] + "\n\n" if where == "heading" else ""
    result = cleaner.clean(UNCASED_BODY[lang] + "\n\n" + heading + bio + "\n", format="text")
    assert _flat(bio) not in _flat(result.text), [(r.rule, r.cue) for r in result.removed]
    assert all(r.kind == "author_bio" for r in result.removed), [(r.rule, r.text) for r in result.removed]
    if heading:
        assert UNCASED_HEADINGS[lang] not in result.text
    for paragraph in UNCASED_BODY[lang].split("\n\n"):
        assert _flat(paragraph) in _flat(result.text)
    if not heading:  # (under a heading the heading's own cue may take it first)
        assert any(r.rule.startswith("author_bio.third_person") for r in result.removed)


#: An article that opens on a person, with a word news prose shares with contact lines ("visited", "follows").
UNCASED_OPENERS = [
("ko", "김민수는 이 지역에서 30년 동안 일한 사진가이다. 그는 지난주 시청을 방문해 광장 사진 전시를 제안했다."),
("th", "สมชาย ใจดี เป็นนักข่าวที่ติดตามเรื่องตลาดแห่งนี้มาตลอดสิบปี และเห็นการเปลี่ยนแปลงทุกอย่าง"),
]


@pytest.mark.parametrize("lang,text", UNCASED_OPENERS, ids=[l for l, _t in UNCASED_OPENERS])
def test_an_article_that_opens_on_a_person_stays(lang, text):
    result = cleaner.clean(text + "\n\n" + UNCASED_BODY[lang] + "\n", format="text")
    assert not result.removed, [(r.rule, r.cue, r.text) for r in result.removed]


@pytest.mark.parametrize("lang", sorted(UNCASED_BODY))
def test_bio_in_a_script_without_capitals_at_the_top_needs_a_contact(lang):
    bio = next(b for l, w, b in UNCASED_POS if l == lang and w == "tail")
    assert not cleaner.clean(bio + "\n\n" + UNCASED_BODY[lang] + "\n", format="text").removed
    bio = next(b for l, w, b in UNCASED_POS if l == lang and w == "contact")
    result = cleaner.clean(bio + "\n\n" + UNCASED_BODY[lang] + "\n", format="text")
    assert _flat(bio) not in _flat(result.text), [(r.rule, r.cue) for r in result.removed]


#: NEGATIVES: an article's sentence that says someone is a journalist, writer or professor, at the end: news about a
#: person, reported speech, an obituary line (a past tense, a death), an interview intro whose subject the body names,
#: a pronoun or a particle in the name's place, a definite noun ("the minister"), a tense marker glued to a name.
UNCASED_NEG = [
("ko", "김민수 기자는 이번 결정이 상인들에게 큰 부담이 될 것이라고 말했다."),
("ko", "박영희 교수는 주차 문제가 도시 전체의 문제라고 설명했다."),
("ko", "고 김민수 씨는 30년 동안 이 지역 신문의 기자였다."),
("ko", "그녀는 이 도시에서 오래 일한 기자이다."),
("ko", "이번 회의에는 지역 신문의 기자도 참석했다."),
("hi", "राजेश कुमार एक पत्रकार हैं और उन्होंने बताया कि दुकानदार परेशान हैं।"),
("hi", "मोहन सिंह एक प्रसिद्ध लेखक थे और उनका पिछले साल निधन हो गया।"),
("hi", "पुलिस के अनुसार आरोपी एक पत्रकार है।"),
("hi", "वह एक पत्रकार हैं जो हर बैठक में आती हैं।"),
("hi", "परिषद के अध्यक्ष ने कहा कि अगली बैठक में एक लेखक भी शामिल होगा।"),
("th", "นายสมชาย ใจดี ซึ่งเป็นนักข่าวอาวุโส กล่าวว่าพ่อค้าต้องการเวลามากขึ้น"),
("th", "สมชาย ใจดีเคยเป็นนักเขียนที่มีชื่อเสียงของจังหวัด"),
("th", "เขาเป็นนักข่าวที่ติดตามเรื่องนี้มาตลอด"),
("th", "นักเขียนชื่อดังสมชาย ใจดี เสียชีวิตเมื่อปีที่แล้ว"),
("ar", "وقال أحمد خالد، وهو صحفي في جريدة محلية، إن التجار يريدون وقتا أطول."),
("ar", "وكان أحمد خالد صحفيا في جريدة الأهرام لمدة ثلاثين عاما."),
("ar", "يذكر أن أحمد صحفي معروف في المدينة."),
("ar", "توفي الكاتب محمود سالم عن عمر ناهز ثمانين عاما."),
("ar", "رئيس المجلس مهندس سابق ويعرف المدينة جيدا."),
# a person named by a common noun: the culprit, the accused, a daughter, a wife (no bio is written about them)
("ko", "범인은 이 지역 신문의 전직 기자다."),
("hi", "मुख्य आरोपी एक पूर्व पत्रकार है।"),
("th", "ลูกสาวเป็นนักเขียนที่อาศัยอยู่ในเมืองนี้"),
("ar", "المتهم الرئيسي صحفي سابق في جريدة محلية."),
("ar", "زوجة أحمد صحفية في التلفزيون المحلي."),
# a definition, not a person: "correspondents are a kind of journalist", "columnists too are journalists"
("hi", "संवाददाता एक प्रकार के पत्रकार हैं।"),
("hi", "स्तंभकार भी पत्रकार हैं।"),
("ko", "기자는 사실을 전하는 사람이다."),
("th", "นักข่าวเป็นอาชีพที่ต้องทำงานหนัก"),
]


@pytest.mark.parametrize("lang,text", UNCASED_NEG, ids=[f"{l}-{i}" for i, (l, _t) in enumerate(UNCASED_NEG)])
def test_not_a_bio_in_a_script_without_capitals_stays(lang, text):
    result = cleaner.clean(UNCASED_BODY[lang] + "\n\n" + text + "\n", format="text")
    assert not result.removed, [(r.rule, r.cue, r.text) for r in result.removed]
    assert not [m for m in result.near_misses if m.kind == "author_bio"], result.near_misses


#: An interview or a profile: the bio's name is in the body, so the last sentence about the person is the article's.
UNCASED_SUBJECT = [
("ko", "김민수는 스무 살에 처음 카메라를 샀다. 김민수는 지금도 그 카메라로 시장 사람들의 얼굴을 찍는다.\n\n시장 상인들은 그를 반갑게 맞는다. 그는 매주 토요일 아침 광장에 나와 사람들과 이야기를 나눈다.\n\n김민수는 서울에서 활동하는 사진가이다."),
("hi", "राजेश कुमार ने बीस साल पहले पहली बार कैमरा खरीदा था। आज भी राजेश उसी कैमरे से बाज़ार के लोगों की तस्वीरें लेते हैं।\n\nदुकानदार उन्हें अच्छी तरह जानते हैं और हर शनिवार सुबह उनसे बातें करते हैं।\n\nराजेश कुमार एक स्वतंत्र पत्रकार और लेखक हैं।"),
("th", "สมชาย ใจดี ซื้อกล้องตัวแรกเมื่ออายุยี่สิบปี ทุกวันนี้สมชายยังใช้กล้องตัวนั้นถ่ายภาพผู้คนในตลาด\n\nพ่อค้าแม่ค้าในตลาดรู้จักเขาดี และคุยกับเขาทุกเช้าวันเสาร์\n\nสมชาย ใจดี เป็นนักเขียนอิสระที่เขียนเรื่องตลาด"),
("ar", "اشترى أحمد خالد أول كاميرا له في العشرين من عمره. وما زال أحمد يصور بها وجوه الناس في السوق.\n\nيعرفه التجار جيدا ويتحدثون معه كل صباح سبت في الساحة.\n\nأحمد خالد صحفي مستقل يكتب عن الأسواق."),
]


@pytest.mark.parametrize("lang,text", UNCASED_SUBJECT, ids=[l for l, _t in UNCASED_SUBJECT])
def test_bio_of_the_article_subject_in_a_script_without_capitals_stays(lang, text):
    result = cleaner.clean(text + "\n", format="text")
    assert not result.removed, [(r.rule, r.cue, r.text) for r in result.removed]
    assert not [m for m in result.near_misses if m.kind == "author_bio"], result.near_misses


def test_uncased_bio_finds_the_name_in_the_first_words():
    from cleaner.detectors.bios import uncased_bio
    assert uncased_bio("राजेश कुमार एक स्वतंत्र पत्रकार और लेखक हैं।") == ("राजेश कुमार", "role: पत्रकार")
    assert uncased_bio("김민수는 서울에서 활동하는 프리랜서 여행 기자이다.") == ("김민수", "role: 기자")
    assert uncased_bio("أحمد خالد هو كاتب وروائي مصري.") == ("أحمد خالد", "role: كاتب")
    assert uncased_bio("คุณสมหญิงเป็นบรรณาธิการนิตยสาร")[0] == "สมหญิง"
    assert uncased_bio("김민수는 기자였다.") is None  # a past tense
    assert uncased_bio("कल शाम बैठक में कई लेखक थे।") is None


@pytest.mark.parametrize("lang", sorted(UNCASED_BODY))
def test_bio_in_a_script_without_capitals_goes_from_html_and_markdown(lang):
    import html
    bio = next(b for l, w, b in UNCASED_POS if l == lang and w == "contact")
    paragraphs = UNCASED_BODY[lang].split("\n\n")
    page = ("<html><head><title>t</title></head><body><article><h1>t</h1>"
            + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs + [bio]) + "</article></body></html>")
    markdown = "# t\n\n" + "\n\n".join(paragraphs + [bio]) + "\n"
    for text, format in ((page, "html"), (markdown, "markdown")):
        result = cleaner.clean(text, format=format)
        assert _flat(bio)[:30] not in _flat(result.text), (format, [(r.rule, r.cue) for r in result.removed])
        assert [r.rule for r in result.removed] == ["author_bio.third_person"], format
        for paragraph in paragraphs:
            assert _flat(paragraph) in _flat(result.text), format
