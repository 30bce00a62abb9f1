"""meta38 (issue 11 item 5): a post's record line naming its writer by a handle or a name of a script without case
(textbylines.py ``record_name_byline``), and source_url from a credit's own evidence only.

(1) "koomin·2024년 10월 15일", "TeaC" over "2 พฤษภาคม 2564 ( 07:26 )", "by 분홍애비 2023. 1. 24.", "مُساهمة Samah
<date>", "정일관 승인 2022.04.07 11:25", "2025-12-18 di lobst3r": the name after a record label, or a handle's shape or a
Korean name alone under the title. (2) With the negatives: an answer's date line ("answered May 2, 2009"), a
member card's join date, a capitalised word over a date ("Updated" / "News"), a product's name over a date, a handle
the prose writes, two different handles, a quoted person, "by" in a sentence, a photographer's credit, the site's
name. (3) A block that went with a credit next to it (``neighbour.*``) gives no source_url. Every document is
written by us."""

from __future__ import annotations

import pytest

import cleaner
from cleaner.metashape import has_date

from _ferry import BODY, TITLE


def text(*head: str, body: list[str] | None = None) -> str:
    return "\n\n".join([TITLE, *head, *(body or BODY)]) + "\n"


def lines(*head: str) -> str:
    return "\n".join([TITLE, *head]) + "\n\n" + "\n\n".join(BODY) + "\n"


@pytest.mark.parametrize("head, want", [
    (("koomin·2024년 10월 15일",), "koomin"),
    (("by 분홍애비 2023. 1. 24.",), "분홍애비"),
    (("정일관 승인 2022.04.07 11:25 | 최종 수정 2022.04.09 01:55 의견 0",), "정일관"),
    (("مُساهمة  Samah الأحد سبتمبر 18, 2011 9:44 am",), "Samah"),
    (("2025-12-18 di lobst3r",), "lobst3r"),
    (("Posted 2002-01-13 @ 22:17:42 by harbour_fan",), "harbour_fan"),
    # platforms' record lines with a handle, in several languages
    (("by seagull42 » Sun Dec 17, 2023 11:23 am",), "seagull42"),
    (("Post by seagull42 » Sun Dec 17, 2023 11:23 am",), "seagull42"),
    (("seagull42 于 2023-03-12 10:32:11 发布",), "seagull42"),
    (("seagull42 12 мар 2024 в 10:32",), "seagull42"),
    (("Posted on March 3, 2024 by seagull42",), "seagull42"),
    (("Autor: seagull42 | 12.03.2024",), "seagull42"),
    (("Автор: seagull42, 12.03.2024",), "seagull42"),
    (("Publicado por seagull42 el 12 de marzo de 2024",), "seagull42"),
    (("Geschrieben von seagull42 am 12. März 2024",), "seagull42"),
    (("Publié par seagull42 le 12 mars 2024",), "seagull42"),
    (("Gepost door seagull42 op 12 maart 2024",), "seagull42"),
    (("Yazar: seagull42 - 12 Mart 2024",), "seagull42"),
    (("بواسطة seagull42 في 12 مارس 2024",), "seagull42"),
    (("作成者 seagull42 2024/03/12",), None),  # (not a label of the data: nothing read)
    (("@seagull42 · Mar 3, 2024",), "seagull42"),
    (("2024-03-12 10:32:11 | seagull42",), "seagull42"),
    (("김철수 기자 입력 2022.04.07 11:25",), "김철수"),
    (("xiaoxiao2022-07-07  161",), "xiaoxiao"),  # a handle glued to its date (tidy39: postmeta's glued_handle)
])
def test_record_line_names_its_writer(head, want):
    assert cleaner.clean(text(*head), format="text").author == want
    if want is not None:
        assert cleaner.clean(text(*head), format="markdown").author == want


def test_handle_over_its_date_line():
    assert cleaner.clean(lines("TeaC", "2 พฤษภาคม 2564 ( 07:26 )", "21.5K"), format="text").author == "TeaC"
    assert cleaner.clean(lines("ferryfan", "March 3, 2024"), format="text").author == "ferryfan"


def test_korean_dates_are_dates():
    assert has_date("2024년 10월 15일")
    assert has_date("10월 15일")
    assert not has_date("10월의 바다")


@pytest.mark.parametrize("head", [
    ("Kevin Dente", "answered May 2, 2009 at 0:09"),  # an answer's record: "answered" is no handle
    ("ferryfan", "Joined: Jun 2009"),  # a member card's join date
    ("Updated", "March 3, 2024"),  # a capitalised word over a date
    ("News · 2024-03-12",),
    ("iPhone15", ),  # a product's name, no date
    ("Harbour Times", "March 3, 2024"),  # the site's name (capitalised words: no handle)
    ("서울 2024년 3월 12일",),  # a place over a date (no family name)
    ("관리자 2024.03.12",),  # "administrator"
    ("admin2024-03-12  161",),  # glued to the date, no handle either
    ("oleh Redaksi 12.03.2024",),  # a desk (team_words)
    ("Posted by kovarex, TOGos, Ernestas, Albert on 2019-02-15",),  # a list of handles: no one of them
    ("seagull42 | March 3, 2024 | 3 comments", "seagull43 | March 4, 2024"),  # two posters
    ("Ferry news | 2024-03-12 10:32 | Harbour",),  # a section after the date
    ("By Reuters March 3, 2024",),  # an agency, a team, an organisation, a role: no person
    ("By The Associated Press March 3, 2024",),
    ("By AFP | 2024-03-12",),
    ("Von dpa 12.03.2024",),
    ("By Our Reporter 2024-03-12",),
    ("Por Redacción 12/03/2024",),
    ("Par la rédaction 12/03/2024",),
    ("by admin 2024-03-12",),
])
def test_no_writer_without_a_handle_or_label(head):
    assert cleaner.clean(lines(*head), format="text").author is None


def test_handle_the_prose_writes_is_its_subject():
    body = [BODY[0] + " The ferryfan forum collected the complaints.", BODY[1]]
    assert cleaner.clean(text("ferryfan · March 3, 2024", body=body), format="text").author is None


def test_two_handles_say_nobody():
    assert cleaner.clean(lines("ferryfan · March 3, 2024", "seagull42 · March 4, 2024"), format="text").author is None


@pytest.mark.parametrize("sentence", [
    "The timetable was written by harbourmaster42 on 2024-03-12, the council said, and published the same day.",
    "“We need a second boat,” said one resident, Jane Doe, on March 3, 2024, at the council's public meeting.",
    "Photo by seagull42 2024-03-12",
])
def test_body_sentences_and_credits_name_nobody(sentence):
    result = cleaner.clean(text(body=[sentence, *BODY]), format="text")
    assert result.author is None
    assert sentence.split(",")[0].split(" 2024")[0] in result.text


def test_source_url_not_from_a_neighbour_of_a_credit():
    from cleaner.decision import Verdict as _Verdict
    from cleaner.model import Block, LinkRef
    from cleaner.result import _source_url

    def Verdict(rule: str) -> _Verdict:  # (the decision's own verdict: result reads its typed fields)
        return _Verdict(keep=False, kind="source_credit", rule=rule, cue="source")

    class Decision:
        verdicts = [Verdict("neighbour.between_removed")]

    url = "https://harbour.example/news/ferry#comments"
    block = Block(index=0, type="paragraph", text=f"[Comments]({url})", plain="Comments",
                  links=[LinkRef(url=url, text="Comments", start=0, end=8)])
    assert _source_url([block], Decision()) is None  # type: ignore[arg-type]
    Decision.verdicts = [Verdict("source_credit.origin_credit")]
    # (guard39: a link to a comment thread is no source even in a credit's own block; an article's address is)
    assert _source_url([block], Decision()) is None  # type: ignore[arg-type]
    article = "https://harbour.example/news/ferry"
    block = Block(index=0, type="paragraph", text=f"[Harbour News]({article})", plain="Harbour News",
                  links=[LinkRef(url=article, text="Harbour News", start=0, end=12)])
    assert _source_url([block], Decision()) == article  # type: ignore[arg-type]


KO_BODY = ["항구 위원회는 화요일 회의를 열고 겨울철 새 여객선 시간표를 논의했다. 주민들은 이른 아침 운항편이 너무 "
           "붐빈다며 7시에 두 번째 배를 요청했다.",
           "위원회는 요청을 검토해 이달 말까지 수정된 시간표를 발표하기로 했다. 지난 여름 부두의 긴 대기 줄에 대한 "
           "불만도 나왔다."]


@pytest.mark.parametrize("credit, want", [
    ("[한국방송/김철수기자] ", "김철수"),
    ("[한국방송=김철수 기자] ", "김철수"),
    ("[아시아경제 김철수 기자] ", "김철수"),
    ("[사진=김철수 기자] ", None),  # a photographer's credit
    ("[인터뷰] 김철수 기자는 ", None),  # a reporter the sentence names
    ("[정치부/취재팀 기자] ", None),  # a desk, no person
])
def test_bracketed_reporter_credit_opening_a_paragraph(credit, want):
    result = cleaner.clean("\n\n".join(["항구 여객선 시간표 변경", credit + KO_BODY[0], KO_BODY[1]]) + "\n", format="text")
    assert result.author == want
    assert KO_BODY[0] in result.text  # the paragraph stays


def medium(box: str, count: str = "[2.4K followers](https://blog.example/@x/followers)") -> str:
    return "\n\n".join([f"# {TITLE}", *BODY, box, count, "Follow"]) + "\n"


@pytest.mark.parametrize("box, want", [
    ("[## Written by Abhijeet kumawat](https://blog.example/@x?source=post_page---post_author_info--1)",
     "Abhijeet kumawat"),
    ("## Written by jane doe", "jane doe"),
    ("## Written by seagull42", "seagull42"),
    ("## Geschrieben von Jana Muster", "Jana Muster"),
])
def test_author_box_over_its_follower_count(box, want):
    assert cleaner.clean(medium(box), format="markdown").author == want


@pytest.mark.parametrize("box, count", [
    ("## Written by Jane Doe and her colleagues at the harbour office over many years", "2.4K followers"),  # long
    ("## Written by hand", "Follow"),  # no follower count
    ("## Photo by seagull42", "2.4K followers"),  # a photographer's credit: no box label
    ("The letters were written by harbour clerks.", "2.4K followers"),  # a sentence
    ("## Written by seagull42", "1,204 followers of the harbour page signed it"),  # no count line
])
def test_no_author_box(box, count):
    assert cleaner.clean(medium(box, count), format="markdown").author is None
