"""What a new process builds lazily (issue 14's warm-up) is what it built eagerly before."""

from __future__ import annotations

import codecs
import subprocess
import sys
from importlib import resources

from cleaner import datafiles, decoding


def test_data_path_is_the_resources_path():
    """``data_path`` gives the folder ``importlib.resources.files`` gives, without importing it."""
    for parts in ((), ("cues",), ("cues", "en.json"), ("families.json",), ("bios",)):
        assert datafiles.data_path(*parts) == resources.files("cleaner").joinpath("data", *parts)
    assert sorted(e.name for e in datafiles.data_path("cues").iterdir()) == \
        sorted(e.name for e in resources.files("cleaner").joinpath("data", "cues").iterdir())


def test_declarable_codecs_are_the_listed_ones():
    names = decoding.WEB_ENCODINGS + (
        "utf-8", "ascii", "latin_1", "iso8859_9", "iso8859_11", "tis_620", "gbk", "gb2312", "hz", "big5hkscs", "cp932",
        "cp949", "euc_jis_2004", "euc_jisx0213", "shift_jis_2004", "shift_jisx0213", "iso2022_jp_2", "iso2022_kr",
        "johab", "cp1250", "mac_cyrillic")
    assert decoding._declarable() == frozenset(codecs.lookup(name).name for name in names)
    assert "shift_jis" in decoding._declarable() and "rot-13" not in decoding._declarable()


def test_import_leaves_the_costly_modules_for_later():
    """``import cleaner`` imports neither importlib.resources nor the multibyte codecs (the text path needs
    neither); both still work when asked for."""
    code = ("import sys, cleaner\n"
            "print(sorted(m for m in ('importlib.resources', 'encodings.euc_jisx0213', 'encodings.big5')"
            " if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    assert decoding.read_bytes('<meta charset="shift_jis">日本語'.encode("shift_jis")).charset == "shift_jis"


def test_load_cues_is_one_index_however_called():
    from cleaner.cues import load_cues

    assert load_cues() is load_cues((), None) is load_cues(extra_files=(), languages=None)
    assert load_cues(languages=("en", "fr")) is load_cues((), ["en", "fr"])
    assert load_cues(languages=("en",)) is not load_cues()
