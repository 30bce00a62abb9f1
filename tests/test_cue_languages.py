"""The cue languages and Unicode normalisation before matching (cues.normalize, docs/cues.md).

A cue and a text that differ only in how their characters are encoded match: precomposed or decomposed letters
(Vietnamese diacritics, Devanagari nukta letters), full-width forms, Greek capitals without accents, the Romanian
cedilla, Arabic-script variants. Normalisation is for matching only: every removal's offsets point into the
original input and its ``text`` is the input's own.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

import cleaner
from cleaner import language
from cleaner.cues import Cue, CueIndex, load_cues, normalize

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "fixtures" / "cases"
CUE_DIR = ROOT / "src" / "cleaner" / "data" / "cues"
#: The languages added with issue 11; each has positive and negative cases in fixtures/cases/*.languages.json.
NEW_LANGUAGES = ("vi", "hi", "th", "uk", "el", "ro", "da", "no", "he", "fa", "bn")


def _cases(name: str) -> list[dict]:
    return json.loads((CASES / name).read_text(encoding="utf-8"))


def _nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def _check_offsets(document: str, result: cleaner.CleanResult) -> None:
    for removal in result.removed:
        assert document[removal.start:removal.end] == removal.text, removal


# --- the languages ---------------------------------------------------------------------------------------------
def test_at_least_25_cue_languages_vi_hi_th_among_them():
    languages = load_cues().languages
    assert len(languages) >= 25, languages
    assert {"vi", "hi", "th"} <= set(languages)


@pytest.mark.parametrize("code", NEW_LANGUAGES)
def test_every_new_language_has_its_file_and_positive_and_negative_cases(code):
    data = json.loads((CUE_DIR / f"{code}.json").read_text(encoding="utf-8"))
    assert data["language"] == code
    kinds = {kind for kind in cleaner.KINDS if kind not in ("front_matter", "template")}  # no phrases: markup, site
    assert kinds <= set(data), kinds - set(data)  # every kind the other files cover
    assert any(c["lang"] == code for c in _cases("positive.languages.json"))
    assert any(c["lang"] == code for c in _cases("negative.languages.json"))


@pytest.mark.parametrize("code", NEW_LANGUAGES)
def test_new_cue_phrases_are_written_as_they_are_matched(code):
    """Lower case, no stray spaces, no duplicates inside a list: what normalize() would leave (up to folding)."""
    data = json.loads((CUE_DIR / f"{code}.json").read_text(encoding="utf-8"))
    for kind in cleaner.KINDS:
        for match, phrases in (data.get(kind) or {}).items():
            if match == "name_patterns":
                continue
            assert len(phrases) == len(set(phrases)), (kind, match)
            for phrase in phrases:
                assert phrase == phrase.strip() and "  " not in phrase and phrase == phrase.lower(), phrase
                assert normalize(phrase), phrase


@pytest.mark.parametrize("case", _cases("positive.languages.json") + _cases("negative.languages.json"),
                         ids=lambda c: c["id"])
def test_cases_of_the_new_languages_are_identified(case):
    result = cleaner.clean(case["document"], format=case["format"])
    assert result.language == case["lang"]
    assert language.detect_language(_nfd(result.text)) == case["lang"]  # decomposed text too


# --- normalisation ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("one, other", [
    ("Nguồn:", "Nguo\u0302\u0300n:"),  # Vietnamese: precomposed / base + combining circumflex + grave
    ("Tác giả:", "Ta\u0301c gia\u0309:"),
    ("\u0958", "\u0915\u093c"),  # Devanagari QA: one precomposed character / KA + NUKTA
    ("फ़ॉलो करें", "फॉलो करें"),  # with and without the nukta: both spellings are common
    ("ＳＯＵＲＣＥ：", "source:"),  # full-width Latin and colon
    ("ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ", "διαβάστε επίσης"),  # Greek capitals carry no accents
    ("Citeşte şi", "Citește și"),  # Romanian cedilla / comma below
    ("دیدگاه‌ها", "دیدگاه ها"),  # Persian zero-width non-joiner / space
    ("كليه حقوق", "کلیه حقوق"),  # Arabic kaf and yeh / Persian ones
    ("sou\u00adrce\u200b:", "source:"),  # soft hyphen, zero-width space
])
def test_spellings_normalise_alike(one, other):
    assert normalize(one) == normalize(other)


def test_normalize_is_idempotent():
    for text in ("Nguồn: VnExpress", "\u0958\u093c", "ΣΧΕΤΙΚΆ ΆΡΘΡΑ", "ｆｕｌｌ　ｗｉｄｔｈ", "ﬁle", "Straße", "İstanbul",
                 "می‌شود", "ที่มา : ข่าวสด"):
        once = normalize(text)
        assert normalize(once) == once, text


_VI_ARTICLE = (
    "Cách pha cà phê phin ngon\n\n"
    "Cà phê phin là thức uống quen thuộc của người Việt. Để có một ly cà phê ngon, bạn cần chọn hạt rang vừa, xay ở "
    "độ mịn trung bình và dùng nước sôi khoảng chín mươi độ.\n\n"
    "Đầu tiên, tráng phin bằng nước nóng. Cho khoảng hai mươi gam cà phê vào phin, lắc nhẹ cho bột dàn đều rồi đặt "
    "nắp gài lên trên.\n\n"
    "Rót một ít nước để cà phê nở trong khoảng ba mươi giây, sau đó rót đầy phin và đậy nắp. Cà phê sẽ nhỏ giọt "
    "trong khoảng năm phút.\n"
    "Nguồn: https://www.caphe-viet.vn/pha-phin\n\n"
    "Tác giả: Nguyễn Văn An\n\n"
    "Chia sẻ bài viết này cho bạn bè!"
)


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_decomposed_text_loses_the_same_blocks_with_its_own_offsets(form):
    document = unicodedata.normalize(form, _VI_ARTICLE)
    result = cleaner.clean(document, format="text")
    _check_offsets(document, result)
    assert [r.kind for r in result.removed] == ["source_credit", "author_bio", "call_to_action"]
    # the credit glued to the last paragraph (one line break) is split off: its first word is normalised first
    assert result.removed[0].text == unicodedata.normalize(form, "Nguồn: https://www.caphe-viet.vn/pha-phin")
    assert "năm phút." in unicodedata.normalize("NFC", result.text)
    assert result.source_url == "https://www.caphe-viet.vn/pha-phin"
    assert result.author == "Nguyễn Văn An"  # names are read from the composed text
    assert result.language == "vi"
    again = cleaner.clean(result.text, format="text")
    assert again.text == result.text and not again.removed  # idempotent


def _article_with(last_line: str) -> str:
    return ("Kedgeree for a slow Sunday\n\n"
            "Kedgeree came to British breakfast tables from India and has stayed there for two centuries. Smoked "
            "haddock, rice, eggs and curry powder make a dish that is better than the sum of its parts.\n\n"
            "Poach the fish in milk for eight minutes, then flake it. Cook the rice with the onions and the spices, "
            "fold in the fish and quartered eggs, and finish with parsley and a squeeze of lemon.\n\n"
            f"{last_line}")


@pytest.mark.parametrize("cue_form, text_form", [("NFD", "NFC"), ("NFC", "NFD")])
def test_a_cue_written_decomposed_matches_text_written_precomposed_and_back(tmp_path, cue_form, text_form):
    cue = tmp_path / "xx.json"
    phrase = unicodedata.normalize(cue_form, "Quelle du récit:")
    cue.write_text(json.dumps({"language": "xx", "source_credit": {"lead": [phrase]}}), encoding="utf-8")
    line = unicodedata.normalize(text_form, "Quelle du récit: The Sunday Cook")
    document = _article_with(line)
    result = cleaner.Cleaner(cue_files=[str(cue)]).clean(document, format="text")
    _check_offsets(document, result)
    assert [(r.kind, r.text) for r in result.removed] == [("source_credit", line)]
    assert result.removed[0].cue.endswith("[xx]")
    assert result.removed[0].start == len(document) - len(line)


@pytest.mark.parametrize("qa", ["\u0958", "\u0915\u093c", "\u0915"])
def test_devanagari_nukta_letters_match_however_written(qa):
    # a cue with the nukta letter ZA (ज़: data as typed), the text with the precomposed letter, the decomposed one,
    # or none; and with QA (क़) in a cue file of ours written decomposed
    hindi_body = ("घर पर तुलसी का पौधा कैसे लगाएं\n\n"
                  "तुलसी का पौधा लगभग हर भारतीय घर के आंगन या बालकनी में मिल जाता है। इसे उगाना आसान है, लेकिन "
                  "कुछ बातों का ध्यान न रखा जाए तो पौधा जल्दी सूख जाता है।\n\n"
                  "तुलसी को रोज़ कम से कम चार से पांच घंटे की धूप चाहिए। गमले में पानी निकलने के लिए छेद होना "
                  "ज़रूरी है, क्योंकि जड़ों में पानी रुकने से पौधा सड़ने लगता है।\n\n")
    za = {"\u0958": "\u095b", "\u0915\u093c": "\u091c\u093c", "\u0915": "\u091c"}[qa]
    line = f"देश-दुनिया की ता{za}ा खबरें सबसे पहले पढ़ें"
    document = hindi_body + line
    result = cleaner.clean(document, format="text")
    _check_offsets(document, result)
    assert [r.text for r in result.removed] == [line]
    index = CueIndex([Cue("source_credit", "lead", normalize("\u0915\u093cलम:"), "xx")])
    assert index.lead(normalize(f"{qa}लम: राम"))


# --- scripts without spaces --------------------------------------------------------------------------------------
def test_thai_cues_match_inside_running_text_at_cluster_boundaries():
    index = CueIndex([Cue("source_credit", "phrase", normalize("กา"), "xx"),
                      Cue("source_credit", "lead", normalize("ภาพ:"), "xx")])
    # "กา" inside running text, between clusters: found
    assert [m.cue.phrase for m in index.phrases(normalize("ขากาไก่"))] == ["กา"]
    # "กา" inside the cluster "เกาะ" (leading vowel before it, following vowel after it): not found
    assert index.phrases(normalize("เกาะ")) == []
    assert index.phrases(normalize("กาะ")) == []  # the cluster runs on after it
    assert index.phrases(normalize("เกา")) == []  # the cluster started before it
    assert index.lead(normalize("ภาพ: ข่าวสด"))
    assert index.may_lead("ภาพประกอบ")  # a Thai run is indexed by its first character, as CJK


def test_a_thai_lead_cue_splits_a_paragraph_at_a_line():
    # one paragraph (no blank line): the credit on its own line is split off and removed, the body stays (the
    # splitter's first-word test sees the Thai run as its first character, the token the cues are indexed by)
    thai = ("ปลูกผักสวนครัวบนคอนโด\n\n"
            "การปลูกผักบนระเบียงคอนโดไม่ใช่เรื่องยากอย่างที่คิด ผักหลายชนิด เช่น กะเพรา โหระพา และพริก "
            "เติบโตได้ดีในกระถางขนาดเล็ก ระเบียงที่ได้รับแดดช่วงเช้าอย่างน้อยสี่ชั่วโมงเหมาะที่สุด\n"
            "ที่มา: บ้านสวนไดอารี่")
    result = cleaner.clean(thai, format="text")
    _check_offsets(thai, result)
    assert [r.text for r in result.removed] == ["ที่มา: บ้านสวนไดอารี่"]
    assert "เหมาะที่สุด" in result.text


def test_thai_phrase_in_a_sentence_of_the_body_stays():
    text = ("ข่าววันนี้\n\n"
            "นักข่าวรายงานว่าสำนักพิมพ์หลายแห่งพิมพ์คำว่าสงวนลิขสิทธิ์ไว้ในหน้าแรกของหนังสือ เพื่อเตือนผู้อ่านว่า"
            "ไม่ควรนำเนื้อหาไปทำซ้ำโดยไม่ได้รับอนุญาต และสมาคมนักเขียนจะจัดอบรมเรื่องนี้ให้สมาชิกฟรีในปีหน้า "
            "โดยเน้นการติดตามการละเมิดลิขสิทธิ์บนโลกออนไลน์และการทำสัญญากับสำนักพิมพ์อย่างเป็นธรรม")
    assert not cleaner.clean(text, format="text").removed


def test_seed_languages_unchanged_by_folding():
    """Folding only merges spellings: every phrase of the first 19 languages still normalises to itself."""
    for path in sorted(CUE_DIR.glob("*.json")):
        if path.stem in NEW_LANGUAGES:
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        for kind in cleaner.KINDS:
            for match, phrases in (data.get(kind) or {}).items():
                if match != "name_patterns":
                    for phrase in phrases:
                        assert normalize(normalize(phrase)) == normalize(phrase), (path.stem, phrase)


def test_a_hindi_paragraph_splits_after_a_danda():
    # "यह भी पढ़ें:" (also read) glued to the last paragraph after its danda: split off and removed
    text = ("घर पर तुलसी का पौधा कैसे लगाएं\n\n"
            "तुलसी का पौधा लगभग हर भारतीय घर के आंगन या बालकनी में मिल जाता है। इसे उगाना आसान है, लेकिन कुछ बातों "
            "का ध्यान न रखा जाए तो पौधा जल्दी सूख जाता है।\n\n"
            "तुलसी को रोज़ कम से कम चार से पांच घंटे की धूप चाहिए। गमले में पानी निकलने के लिए छेद होना ज़रूरी है। "
            "यह भी पढ़ें: सर्दियों में पौधों को पाले से कैसे बचाएं")
    result = cleaner.clean(text, format="text")
    _check_offsets(text, result)
    assert [r.text for r in result.removed] == ["यह भी पढ़ें: सर्दियों में पौधों को पाले से कैसे बचाएं"]
    assert "गमले में पानी निकलने के लिए छेद होना ज़रूरी है।" in result.text


@pytest.mark.parametrize("case", _cases("positive.languages.json") + _cases("negative.languages.json"),
                         ids=lambda c: c["id"])
def test_every_new_language_case_decomposed_and_cleaned_twice(case):
    """The same removals from the decomposed document (at its own offsets), and a second cleaning removes nothing."""
    composed = cleaner.clean(case["document"], format=case["format"])
    document = _nfd(case["document"])
    decomposed = cleaner.clean(document, format=case["format"])
    _check_offsets(document, decomposed)
    assert [(r.kind, unicodedata.normalize("NFC", r.text)) for r in decomposed.removed] == \
        [(r.kind, unicodedata.normalize("NFC", r.text)) for r in composed.removed]
    assert unicodedata.normalize("NFC", decomposed.text) == unicodedata.normalize("NFC", composed.text)
    for result in (composed, decomposed):
        again = cleaner.clean(result.text, format=case["format"])
        assert again.text == result.text, [(r.kind, r.text) for r in again.removed]
