"""tidy40: one fold of a word's marks (scripts.fold_marks), Thai prose without sentence marks. Fixtures written for
these tests."""

from __future__ import annotations

from cleaner.scripts import fold_marks


def test_fold_marks_one_fold() -> None:
    assert fold_marks("Pär Öngel") == "par ongel"
    assert fold_marks("مُساهمة") == "مساهمة"  # (an Arabic word with or without its vowel signs)
    assert fold_marks("Ｊａｎｅ") == "jane"  # (full-width letters)
    assert fold_marks("Posted BY") == "posted by"
