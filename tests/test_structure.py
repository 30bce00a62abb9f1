"""Structural detectors (detectors/structure.py): each with positive and NEGATIVE cases."""

from __future__ import annotations

import pytest

import cleaner
from cleaner.readers.text import text_blocks
from cleaner.detectors.structure import (bio_sentence, contact_line, follow_line, link_list_lead, structure_findings,
                                         vocabulary)
from cleaner.model import Block, LinkRef
from cleaner.rules import RULES, match_of

BODY = ("The council voted on Tuesday to extend the cycle lane along the river, after two years of consultation with "
        "residents and shop owners who had feared the loss of parking spaces in front of their doors. ")


def block(text: str, type: str = "paragraph", links=()) -> Block:
    return Block(0, type, text, text, links=list(links))


def md_blocks(text: str) -> list[Block]:
    engine = cleaner.Cleaner()
    return text_blocks(text, markdown=True, cues=engine.cues, names=engine.names)


# --- follow lines --------------------------------------------------------------------------------------------------
def test_follow_line_bare_list_of_networks():
    found = follow_line(block("Like, share, follow me on: GitHub | X | LinkedIn"), vocabulary())
    assert found is not None and found.rule == "call_to_action.follow_line" and found.match == "structure"
    assert "github" in found.cue and "linkedin" in found.cue


def test_follow_line_in_a_short_sentence_any_language():
    found = follow_line(block("VICE France est aussi sur Twitter, Instagram, Facebook et sur Flipboard."), vocabulary())
    assert found is not None and "4 social networks" in found.cue


def test_follow_line_profile_links():
    links = [LinkRef("https://github.com/jane", "code", 0, 10), LinkRef("https://www.linkedin.com/in/jane", "cv", 11, 20)]
    assert follow_line(block("[code](x) · [cv](y) · say hello", links=links), vocabulary()) is not None


def test_follow_line_negative_a_sentence_about_networks():
    vocab = vocabulary()
    assert follow_line(block("Facebook and Twitter are rivals."), vocab) is None
    assert follow_line(block("Facebook, Twitter and YouTube were fined on Tuesday by the regulator for failing to "
                             "remove illegal content within the deadline set by the new law."), vocab) is None
    assert follow_line(block("X marks the spot, said the LinkedIn recruiter."), vocab) is None


# --- contact lines -------------------------------------------------------------------------------------------------
def test_contact_line_email_and_visit():
    vocab = vocabulary()
    assert contact_line(block("Write to me: webmaster@example.org"), vocab).rule == "call_to_action.contact_line"
    assert contact_line(block("Visit my website at www.janedoe-writes.com"), vocab) is not None


def test_contact_line_negative_prose():
    text = ("The agency said the e-mail address info@example.org had been used by the fraudsters for three months "
            "before anyone noticed, and that the victims were mostly pensioners living alone in the north of the "
            "country who had trusted the official-looking letters.")
    assert contact_line(block(text), vocabulary()) is None


# --- third-person bios ---------------------------------------------------------------------------------------------
def test_bio_sentence_in_several_languages():
    vocab = vocabulary()
    for text in ("Helen Davies is a senior content writer for Better Bathrooms, who supply bathroom suites.",
                 "Marie Dupont est journaliste indépendante et vit à Lyon.",
                 "Katrin Vogel ist freie Journalistin in Hamburg.",
                 "Ana López es periodista y escritora.",
                 "Anna Kowalska jest dziennikarką i blogerką.",
                 "Nguyễn Văn An là nhà báo tự do ở Hà Nội.",
                 "Ecrivain, journaliste et militant, il vit à Bruxelles."):
        assert bio_sentence(block(text), vocab) is not None, text


def test_bio_sentence_negative():
    vocab = vocabulary()
    assert bio_sentence(block("Marie Curie was a Polish physicist and chemist."), vocab) is None  # past: a life story
    assert bio_sentence(block("Jane Doe is happy with the result of the vote."), vocab) is None  # no role
    assert bio_sentence(block("The council is a body of elected members."), vocab) is None


def test_bio_at_the_end_with_a_website_goes():
    text = (f"# Bathrooms\n\n{BODY}\n\n{BODY}\n\nHelen Davies is a senior content writer for Better Bathrooms, who "
            f"supply bathroom suites across the country. Visit www.betterbathrooms-example.com for more.\n")
    result = cleaner.clean(text)
    assert "Helen Davies" not in result.text
    assert any(r.rule == "author_bio.third_person" for r in result.removed)
    assert result.author == "Helen Davies"


def test_bio_negative_an_article_about_a_person():
    text = ("# A nurse in Ohio\n\nJane Doe is a nurse in Ohio who has worked night shifts for twenty years in the same "
            "hospital, and she says the job has never been harder than this winter.\n\n"
            f"{BODY}\n\nDoe says she will retire next year, when her youngest daughter finishes school and the house "
            "is paid off, and she hopes the hospital will find someone to replace her on the ward.\n\n"
            "Jane Doe is a nurse, and she wants to be remembered as one.\n")
    result = cleaner.clean(text)
    assert not result.removed, [(r.rule, r.text) for r in result.removed]


# --- link-list sections --------------------------------------------------------------------------------------------
def test_link_list_lead_any_wording():
    blocks = md_blocks(f"# T\n\n{BODY}\n\n{BODY}\n\nTo learn more about this topic, check out:\n\n"
                       "- [One guide](https://a.example/1)\n- [Another guide](https://b.example/2)\n")
    findings = structure_findings(blocks, [[] for _ in blocks])
    lead = next(i for i, b in enumerate(blocks) if b.plain.startswith("To learn more"))
    assert link_list_lead(blocks, lead, [[] for _ in blocks])
    assert findings[lead][0].rule == "related.link_list_section" and findings[lead][0].opens_section
    result = cleaner.clean("\n\n".join(b.text for b in blocks), format="markdown")
    assert "To learn more" not in result.text and "One guide" not in result.text


def test_link_list_negative_references_and_described_links():
    refs = md_blocks(f"# T\n\n{BODY}\n\n{BODY}\n\nFurther reading:\n\n"
                     "- Smith, J. (2019). [Rivers and towns](https://doi.org/10.1/x). Journal of Cities, 4, pp. 1-9.\n"
                     "- Doe, A. et al. (2020). [Cycle lanes](https://doi.org/10.1/y). Urban Studies, 2, pp. 5-7.\n")
    lead = next(i for i, b in enumerate(refs) if b.plain.startswith("Further"))
    assert link_list_lead(refs, lead, [[] for _ in refs]) == []
    described = md_blocks(f"# T\n\n{BODY}\n\nThe three tools we tested:\n\n"
                          "- [Alpha](https://a.example) is the cheapest, and it ran the longest on one charge in "
                          "every test we made over the summer.\n"
                          "- [Beta](https://b.example) is the fastest, but it overheated twice in the July heat "
                          "during the outdoor tests.\n\n" + BODY)
    lead = next(i for i, b in enumerate(described) if b.plain.startswith("The three"))
    assert link_list_lead(described, lead, [[] for _ in described]) == []


# --- the table -----------------------------------------------------------------------------------------------------
def test_every_structural_rule_is_in_the_table():
    for rule in ("call_to_action.follow_line", "call_to_action.contact_line", "author_bio.third_person",
                 "related.link_list_section"):
        assert rule in RULES and match_of(rule) == "structure"


# --- bylines and metadata ------------------------------------------------------------------------------------------
def test_author_label_stripped_in_many_languages():
    from cleaner.detectors.structure import name_after_label, strip_author_label

    assert strip_author_label("Autor Ramón Suárez") == "Ramón Suárez"
    assert strip_author_label("Par Marie Dupont") == "Marie Dupont"
    assert name_after_label("Автор: Анна Смирнова") == "Анна Смирнова"
    assert name_after_label("Por Ana López") == "Ana López"


def test_author_label_negative():
    from cleaner.detectors.structure import name_after_label, strip_author_label

    assert strip_author_label("Di Caprio") == "Di Caprio"  # one word after the "label": a surname particle
    assert strip_author_label("Jane Doe") == "Jane Doe"
    assert name_after_label("By the river, the town grew") is None
    assert name_after_label("Von Anfang an war klar, dass es schwierig wird.") is None


def test_byline_gives_the_author_without_removing_body():
    text = f"# Cycle lanes\n\nPor Ana López\n\n{BODY}\n\n{BODY}\n"
    result = cleaner.clean(text, format="markdown")
    assert result.author == "Ana López"


def test_source_url_from_credit_lines_in_several_languages():
    for line, url in (("本文链接: https://blog.example.cn/p/99", "https://blog.example.cn/p/99"),
                      ("原文链接：https://blog.example.cn/p/1234", "https://blog.example.cn/p/1234"),
                      ("Article Source: http://EzineArticles.com/10552371", "http://EzineArticles.com/10552371"),
                      ("Dieser Text erschien zuerst auf [netzpolitik.org](https://netzpolitik.org/2020/x).",
                       "https://netzpolitik.org/2020/x"),
                      ("Cet article a été initialement publié sur https://exemple.fr/a.", "https://exemple.fr/a")):
        result = cleaner.clean(f"# T\n\n{BODY}\n\n{BODY}\n\n{line}\n", format="markdown")
        assert result.source_url == url, line


def test_link_list_negative_bare_source_addresses():
    blocks = md_blocks(f"# T\n\n{BODY}\n\n{BODY}\n\nOther sources used, in English and Chinese:\n\n"
                       "- [https://technode.example/2018/02/11/x](https://technode.example/2018/02/11/x)\n"
                       "- [http://www.gov.example/zhengce/2017](http://www.gov.example/zhengce/2017)\n")
    lead = next(i for i, b in enumerate(blocks) if b.plain.startswith("Other sources"))
    assert link_list_lead(blocks, lead, [[] for _ in blocks]) == []


def test_first_person_bio_at_the_end_only():
    from cleaner.detectors.structure import bio_sentence

    assert bio_sentence(block("Eu sou a Joana, mãe de dois, professora de geografia e apaixonada por cozinha."),
                        vocabulary())[0] == "I"
    text = f"# T\n\nI am a teacher in a village school, and this is what I learned in twenty years of it.\n\n{BODY}\n\n{BODY}\n"
    assert not cleaner.clean(text).removed


def test_bio_role_is_the_first_one_and_not_an_adjective():
    from cleaner.detectors.structure import bio_sentence

    vocab = vocabulary()
    assert bio_sentence(block("Helen Davies is a senior content writer for Better Bathrooms."), vocab)[1] == "writer"
    assert bio_sentence(block("Jane Doe is content with the result of the vote."), vocab) is None


# --- network names, follow words and joiners in the scripts and languages issue 11 added ------------------------------
@pytest.mark.parametrize("text", [
    "تابعونا على فيسبوك وتويتر ويوتيوب",
    "हमें फेसबुक, ट्विटर और इंस्टाग्राम पर फॉलो करें",
    "ติดตามเราได้ที่ เฟซบุ๊ก ยูทูบ และ อินสตาแกรม",
    "팔로우: 페이스북 · 인스타그램 · 유튜브",  # (a name with a particle glued on, "유튜브에서": tests/test_langs3.py)
    "עקבו אחרינו בפייסבוק ובאינסטגרם",
    "ما را در اینستاگرام و تلگرام دنبال کنید",
    "Seuraa meitä: Facebook, Instagram ja YouTube",
    "Стежте за нами: Фейсбук, Інстаграм та Телеграм",
])
def test_follow_line_in_the_added_languages(text):
    found = follow_line(block(text), vocabulary())
    assert found is not None and found.rule == "call_to_action.follow_line", text


@pytest.mark.parametrize("text", [
    "فرضت الحكومة غرامة على فيسبوك وتويتر ويوتيوب يوم الثلاثاء لعدم حذف المحتوى غير القانوني خلال المهلة التي حددها القانون الجديد.",
    "सरकार ने मंगलवार को फेसबुक, ट्विटर और यूट्यूब पर जुर्माना लगाया क्योंकि वे नए कानून के तहत तय समय सीमा में अवैध सामग्री नहीं हटा पाए।",
    "รัฐบาลสั่งปรับเฟซบุ๊ก ยูทูบ และทวิตเตอร์ เมื่อวันอังคาร เพราะไม่ลบเนื้อหาที่ผิดกฎหมายภายในเวลาที่กฎหมายใหม่กำหนดไว้",
    "정부는 화요일 불법 콘텐츠를 기한 내에 삭제하지 않은 페이스북, 트위터, 유튜브에 과징금을 부과했다고 밝혔다.",
])
def test_follow_line_negative_news_about_networks_in_the_added_languages(text):
    assert follow_line(block(text), vocabulary()) is None, text
