"""Language gaps of issue 11 (branch langs3), each a family with negative cases: format characters folded for
matching only (scripts.fold_format), network names with a language's attached particles / postpositions, Korean
reporter credit lines, and one definition of the scripts without word spaces."""

from __future__ import annotations

import pytest

import cleaner
from cleaner.cues import normalize
from cleaner.detectors.families import family_finding, fold
from cleaner.detectors.structure import follow_line, vocabulary
from cleaner.model import Block
from cleaner.scripts import fold_format


def block(text: str, type_: str = "paragraph") -> Block:
    return Block(0, type_, text, text)


# --- format characters (tatweel, zero-width, soft hyphen): dropped for matching only -----------------------------
def test_fold_format_drops_tatweel_harakat_and_invisibles():
    assert fold_format("المـقـال") == "المقال"
    assert fold_format("مشتركًا") == "مشتركا"
    assert fold_format("News\u00adletter") == "Newsletter"
    assert fold_format("Face\u200bbook\u2060") == "Facebook"
    assert fold_format("دیدگاه\u200cها") == "دیدگاه ها"
    text = "plain ASCII text"
    assert fold_format(text) is text
    text = "Überschrift ohne Formatzeichen"
    assert fold_format(text) is text


def test_every_fold_agrees_with_cues_normalize_on_format_characters():
    text = "المـصـدر: مجلة البحر"
    assert normalize(text) == normalize("المصدر: مجلة البحر")
    assert fold(text) == fold("المصدر: مجلة البحر")


@pytest.mark.parametrize("text, rule", [
    ("مدونة الفكر منشـور مدعـوم من القـراء. لتلـقي المنشـورات الجديـدة ودعم عملي، فكر في أن تصبح مشتركا مجانيا "
     "أو مدفوعا.",
     "call_to_action.reader_supported"),
    ("مدونة الفكر منشورٌ مدعومٌ من القرّاء. لتلقّي المنشورات الجديدة ودعم عملي، فكّر في أن تصبح مشتركًا مجانيًا "
     "أو مدفوعًا.",
     "call_to_action.reader_supported"),
    ("Bitte melden Sie sich an, um einen Kom\u00admentar zu schreiben.", "call_to_action.login_prompt"),
    ("Le Carnet est une publi\u00adcation soutenue par ses lecteurs. Pour recevoir les nouveaux articles et soutenir "
     "mon travail, devenez abonné gratuit ou payant.", "call_to_action.reader_supported"),
])
def test_families_match_through_format_characters(text, rule):
    finding = family_finding(block(text))
    assert finding is not None and finding.rule == rule


@pytest.mark.parametrize("text", ["فيـسبوك | تويـتر | يوتيـوب", "Face\u00adbook | Twit\u200bter | Instagram"])
def test_follow_line_through_format_characters(text):
    finding = follow_line(block(text), vocabulary())
    assert finding is not None and finding.rule == "call_to_action.follow_line"


def test_format_characters_stay_in_the_output_and_offsets_stay_right():
    doc = ("عودة شعاب المحار إلى المصب\n\n"
           "كانت شعاب المحار تغطي يوما معظم المصـب، وتظهر خرائط المسح القديمة ضفافا تمتد لأميال على طول الشاطئين "
           "قبل أن يقضي عليها الجرف والأمراض.\n\n"
           "يُنزل المتطوعون كل خريف أكياسا من الأصداف المعاد تدويرها من الرصيف، ويحصي الغواصون في الربيع التالي "
           "المحار الصغير الذي استقر عليها.\n\n"
           "جمـيع الحـقوق محـفوظة لمـوقع الـبحر الأزرق 2024\n\n"
           "فيـسبوك | تويـتر | يوتيـوب")
    result = cleaner.clean(doc)
    assert "المصـب" in result.text and "يُنزل" in result.text  # the body keeps its tatweel and harakat
    assert len(result.removed) == 2
    for removal in result.removed:
        assert doc[removal.start:removal.end] == removal.text
        assert "ـ" in removal.text
    assert result.removed[-1].text == "فيـسبوك | تويـتر | يوتيـوب"


# --- network names with a language's particles, suffixes and postpositions (data/networks.json "suffixes") --------
@pytest.mark.parametrize("text", [
    "페이스북에서, 인스타그램에서, 유튜브 채널에서 만나요",
    "페이스북과 인스타그램을 팔로우하세요",
    "유튜브 채널 | 페이스북 | 인스타그램",
    "Bizi Facebook'ta, Twitter'da ve Instagram'da takip edin",
    "Facebook’tan ve Twitter’dan takip edin!",
    "हमें फेसबुक पर, ट्विटर पर और इंस्टाग्राम पर फॉलो करें",
    "ツイッターやフェイスブックでフォローしてください",
    "ติดตามเราได้ที่เฟซบุ๊กและยูทูบ",
])
def test_follow_line_with_particles_and_postpositions(text):
    finding = follow_line(block(text), vocabulary())
    assert finding is not None and finding.rule == "call_to_action.follow_line"


@pytest.mark.parametrize("text", [
    "메타는 페이스북과 인스타그램의 광고 매출이 지난 분기에 크게 늘었다고 밝혔다.",
    "유튜브와 페이스북에서 구독자를 늘리는 방법을 전문가들에게 물었다.",
    "Şirket, Facebook'ta ve Instagram'da yayılan sahte haberlerle mücadele için yeni bir ekip kurduğunu açıkladı.",
    "सरकार ने कहा कि फेसबुक पर और ट्विटर पर फैलाई जा रही अफवाहों की जांच की जाएगी।",
    "総務省は、ツイッターやフェイスブックで広がる偽情報への対策を発表した。",
])
def test_body_sentences_about_networks_are_no_follow_line(text):
    assert follow_line(block(text), vocabulary()) is None


def test_a_name_with_its_particle_counts_once():
    from cleaner.detectors.structure import networks_in
    found, _, rest = networks_in(block("페이스북에서 보고 페이스북을 떠났다"), vocabulary())
    assert found == {"페이스북"}
    found, _, _ = networks_in(block("Facebook'ta ve Facebook’tan"), vocabulary())
    assert found == {"facebook"}


# --- Korean reporter credit lines (detectors/reporters.py, data/bios/ko.json "reporter_credit") -------------------
@pytest.mark.parametrize("text, name, rule", [
    ("홍길동 기자", "홍길동", "author_bio.reporter_credit"),
    ("홍길동기자", "홍길동", "author_bio.reporter_credit"),
    ("홍길동 기자 (gildong@example.co.kr)", "홍길동", "author_bio.reporter_credit"),
    ("홍길동 기자 gildong@example.co.kr", "홍길동", "author_bio.reporter_credit"),
    ("[서울=뉴시스] 홍길동 기자 =", "홍길동", "author_bio.reporter_credit"),
    ("(세종=연합뉴스) 김민수 특파원 =", "김민수", "author_bio.reporter_credit"),
    ("홍길동·김철수 기자", "홍길동", "author_bio.reporter_credit"),
    ("남궁민 논설위원", "남궁민", "author_bio.reporter_credit"),
])
def test_reporter_credit_lines(text, name, rule):
    from cleaner.detectors.reporters import reporter_credit, reporter_name
    finding = reporter_credit(block(text))
    assert finding is not None and finding.rule == rule and finding.kind == "author_bio"
    assert reporter_name(text) == name
    assert ("e-mail" in finding.cue) == ("@" in text)


@pytest.mark.parametrize("text", [
    "김 기자는 어제 현장을 찾았다.",  # a reporter named in the story's narrative
    "홍길동 기자는 어제 현장을 다시 찾았다.",
    "홍길동 기자가 전했다",
    "“홍길동 기자”",  # a quotation
    "정치부 기자",  # a desk, not a person
    "취재팀 기자",
    "사진 기자",
    "기자",
    "현장 기자들은 모두 철수했다",
])
def test_no_reporter_credit(text):
    from cleaner.detectors.reporters import reporter_credit, reporter_name
    assert reporter_credit(block(text)) is None and reporter_name(text) is None


def test_wire_lead_gives_the_author_and_the_paragraph_stays():
    from cleaner.detectors.reporters import reporter_lead_name
    lead = "[서울=뉴시스] 홍길동 기자 = 정부는 내년부터 도심 빈 주차장을 주민 텃밭으로 바꾸는 사업을 넓히겠다고 5일 밝혔다."
    assert reporter_lead_name(lead) == "홍길동"
    assert reporter_lead_name("홍길동 기자는 어제 현장을 찾았다.") is None
    doc = ("도심 주차장, 텃밭으로 바뀐다\n\n" + lead + " 시범 사업을 한 세 구청에서 주민 만족도가 높았기 때문이다.\n\n"
           "시범 사업에 참여한 주민들은 주말마다 모여 상추와 고추를 가꾸고, 수확한 채소의 일부를 인근 복지관에 기부해 "
           "왔다. 구청은 텃밭 관리 비용이 주차장 유지비보다 적게 든다고 설명했다.")
    result = cleaner.clean(doc)
    assert result.author == "홍길동"
    assert lead in result.text and not result.removed


# --- one definition of the scripts without word spaces (scripts.UNSPACED, scripts.word_count) ----------------------
def test_one_definition_of_the_unspaced_scripts():
    from cleaner.detectors import bios, families, lines, nav_shape
    from cleaner.scripts import UNSPACED
    assert bios._UNSPACED is families._UNSPACED is lines._UNSPACED is nav_shape._UNSPACED is UNSPACED
    for char in "中かカไລខမ":  # Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar
        assert UNSPACED.match(char), char
    for char in "한aЖअع":  # Korean is written with spaces between words
        assert not UNSPACED.match(char), char


def test_one_word_count():
    from cleaner import decision
    from cleaner.detectors import lines, nav_shape
    from cleaner.scripts import word_count
    assert decision.word_count is word_count and lines._word_count is word_count
    assert word_count("Related posts") == 2
    assert word_count("相关文章") == 2 and word_count("コメント") == 1
    assert word_count("บทความที่เกี่ยวข้อง") == 3
    assert word_count("관련 기사") == 2  # Korean: one word a token, as in every spaced script
    assert nav_shape._words("관련 기사 더보기") == 3


@pytest.mark.parametrize("sentence, found", [
    ("홍길동 기자는 경제부에서 금융과 증권을 담당하고 있다.", True),
    ("홍길동 기자는 2015년 입사해 사회부와 경제부를 거쳐 지금은 국제부에서 중동 지역을 취재하고 있습니다.", True),
    ("홍길동 기자는 지난해 이 사업을 처음 보도했다.", False),  # the story's narrative: a past tense
    ("김 기자는 어제 현장을 찾았다.", False),  # a surname alone
    ("김철수 기자는 현장에서 주민들의 이야기를 듣고 있다.", False),  # what the reporter does in the story
    ("정치부 기자는 국회를 출입하고 있다.", False),  # a desk
])
def test_korean_reporter_bio_sentence(sentence, found):
    from cleaner.detectors.bios import uncased_bio
    assert (uncased_bio(sentence) is not None) == found
