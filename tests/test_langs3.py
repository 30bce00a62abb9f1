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
    ("مدونة الفكر منشـور مدعـوم من القـراء. لتلـقي المنشـورات الجديـدة ودعم عملي، فكر في أن تصبح مشتركا مجانيا أو مدفوعا.",
     "call_to_action.reader_supported"),
    ("مدونة الفكر منشورٌ مدعومٌ من القرّاء. لتلقّي المنشورات الجديدة ودعم عملي، فكّر في أن تصبح مشتركًا مجانيًا أو مدفوعًا.",
     "call_to_action.reader_supported"),
    ("Bitte melden Sie sich an, um einen Kom\u00admentar zu schreiben.", "call_to_action.login_prompt"),
    ("Le Carnet est une publi\u00adcation soutenue par ses lecteurs. Pour recevoir les nouveaux articles et soutenir mon "
     "travail, devenez abonné gratuit ou payant.", "call_to_action.reader_supported"),
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
