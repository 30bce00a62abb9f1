"""tidy40: Thai prose has no sentence mark (scripts.unmarked_sentence, detectors.base.reads_as_sentence), Markdown's
promotion box respects a thread's entries, one fold of a word's marks (scripts.fold_marks). Fixtures written for
these tests."""

from __future__ import annotations

import pytest

import cleaner
from cleaner.detectors.base import reads_as_sentence
from cleaner.detectors.comment_zone import has_sentence
from cleaner.model import Block
from cleaner.scripts import fold_marks, unmarked_sentence
from cleaner.textmeta import is_prose

_STORY_TH = ("สภาเมืองลงมติเมื่อวันอังคารให้ปิดห้องสมุดเก่าบนถนนเอล์ม หลังเปิดให้บริการชุมชนมานานกว่าหนึ่งศตวรรษ "
             "ชาวบ้านจำนวนมากเข้าร่วมการประชุมและแสดงความเห็นคัดค้านแผนดังกล่าวนานกว่าสองชั่วโมง ")
_ARTICLE_TH = ["สภาเมืองปิดห้องสมุดถนนเอล์ม", _STORY_TH * 2,
               _STORY_TH + "อาคารจะถูกขายในฤดูใบไม้ผลิหน้า และหนังสือทั้งหมดจะย้ายไปยังห้องสมุดกลางเมือง"]
_STORY = ("The council voted on Tuesday to close the old library on Elm Street, ending a century of service to the "
          "neighbourhood. Residents packed the hall, and many spoke against the plan for more than two hours. ")
_ARTICLE = ["Council closes Elm Street library", _STORY * 2, _STORY + "The building will be sold next spring."]
_FORM = ["Leave a Reply", "Post Comment"]

#: A reader's Thai sentence: two clauses parted by a space, no mark ("Loved this article, thanks for the good news")
_COMMENT_TH = "ชอบบทความนี้มากครับ ขอบคุณที่แบ่งปันข้อมูลดีๆ"
_MENU_TH = "หน้าแรก ข่าว การเมือง เศรษฐกิจ กีฬา บันเทิง ต่างประเทศ ไลฟ์สไตล์"  # a menu's row: short items


def _clean(parts: list[str], fmt: str = "text"):
    return cleaner.clean("\n\n".join(parts), format=fmt)


def _removed(result) -> dict[str, str]:
    return {r.text.strip(): r.rule for r in result.removed}


def test_unmarked_sentence_shapes() -> None:
    assert unmarked_sentence(_COMMENT_TH) and reads_as_sentence(_COMMENT_TH)
    assert unmarked_sentence(_STORY_TH)
    assert unmarked_sentence("Data ฝั่งด้านสุขภาพเป็นอีกกลุ่ม Data ที่แม้จะไม่ได้สำคัญเท่ากับข้อมูล")  # (Latin inside)
    assert unmarked_sentence("ບົດຄວາມນີ້ເວົ້າເຖິງການປ່ຽນແປງຂອງເມືອງ ແລະ ຊີວິດຂອງຜູ້ຄົນໃນຊຸມຊົນ")  # Lao
    for line in (_MENU_TH, "แสดงความคิดเห็น", "ขอบคุณครับ", "แชร์ ทวีต อีเมล", "สภาเมืองปิดห้องสมุดถนนเอล์ม",
                 "The council voted on Tuesday to close the old library on Elm Street", "公司今天发布了新的年度报告"):
        assert not unmarked_sentence(line), line
    assert not reads_as_sentence("Home News Sport") and reads_as_sentence("It rained.")


def test_thai_paragraph_is_prose() -> None:
    assert is_prose(Block(index=0, type="paragraph", text=_STORY_TH * 2, plain=_STORY_TH * 2))
    assert not is_prose(Block(index=0, type="paragraph", text=_MENU_TH, plain=_MENU_TH))


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_thai_reader_sentence_next_to_comment_ui_stays(fmt: str) -> None:
    """A Thai reader's sentence between the comment count and the form is a thread's entry (``_thread_entry`` asks
    ``reads_as_sentence``): kept, as the English one is (test_guard39); the form's lines still go."""
    result = _clean(_ARTICLE_TH + ["1 Comment", _COMMENT_TH, *_FORM], fmt)
    assert _COMMENT_TH in result.text
    assert "Leave a Reply" in _removed(result) and "1 Comment" in _removed(result)
    assert all(line.strip() in result.text for line in _ARTICLE_TH)


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_thai_short_line_next_to_comment_ui_goes(fmt: str) -> None:
    """A short Thai line there ("thanks", a label's length, no clause) is no sentence: it goes as before."""
    result = _clean(_ARTICLE_TH + ["1 Comment", "ขอบคุณครับ", *_FORM], fmt)
    assert "ขอบคุณครับ" in _removed(result)


def test_thai_menu_row_no_sentence_for_the_comment_zone() -> None:
    """The other direction: a menu's row of short Thai words has no reader's sentence by the new test (only by the
    word count every script shares, as an English row of eight words has)."""
    assert not reads_as_sentence(_MENU_TH)
    assert has_sentence(_MENU_TH) == has_sentence("Home News Politics Economy Sport Entertainment World Lifestyle")


def test_english_reader_sentence_markdown_offer_run() -> None:
    """Markdown: a reader's sentence after the comment count was taken by the promotion box (``offer_run``) before
    tidy40; the box now asks the neighbours pass's guard (``_entry_between``)."""
    line = "Loved this piece, thanks for sharing it with all of us."
    result = _clean(_ARTICLE + ["1 Comment", line, *_FORM], "markdown")
    assert line in result.text and "Leave a Reply" in _removed(result)


def test_fold_marks_one_fold() -> None:
    assert fold_marks("Pär Öngel") == "par ongel"
    assert fold_marks("مُساهمة") == "مساهمة"  # (an Arabic word with or without its vowel signs)
    assert fold_marks("Ｊａｎｅ") == "jane"  # (full-width letters)
    assert fold_marks("Posted BY") == "posted by"
