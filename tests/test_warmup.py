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


def test_vocabulary_cache_stores_reads_and_rebuilds(tmp_path, monkeypatch):
    from cleaner import vocabcache

    monkeypatch.setattr(vocabcache, "FOLDER", tmp_path / "cache")
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.delenv(vocabcache.DISABLE_ENV, raising=False)
    calls = []

    def build(value):
        def make():
            calls.append(value)
            return value
        return make

    value = {"a": [("x", 1, frozenset({"p", "q"}))], "b": ("é", None, True)}
    assert vocabcache.cached("t", ["data", b"src"], build(value)) == value and len(calls) == 1
    assert vocabcache.cached("t", ["data", b"src"], build("other")) == value and len(calls) == 1  # read back
    assert vocabcache.cached("t", ["data2", b"src"], build("new")) == "new" and len(calls) == 2  # other inputs
    assert len(list((tmp_path / "cache").glob("cleaner-vocab.t.*"))) == 1  # the old key's file removed
    assert vocabcache.key(["ab", "c"]) != vocabcache.key(["a", "bc"])
    file = vocabcache.path("t", ["data2", b"src"])
    stored = file.read_bytes()
    file.write_bytes(stored[:-3])  # a truncated file: built again
    assert vocabcache.cached("t", ["data2", b"src"], build("again")) == "again"
    file.write_bytes(stored[:8] + b"\xfa\x00")  # a damaged one (valid marshal, wrong hash): built again
    assert vocabcache.cached("t", ["data2", b"src"], build("again!")) == "again!"
    assert vocabcache.cached("t", ["data3", None], build("no source")) == "no source"  # nothing stored
    assert not list((tmp_path / "cache").glob("*.tmp"))
    monkeypatch.setenv(vocabcache.DISABLE_ENV, "1")
    assert vocabcache.cached("t", ["data2", b"src"], build("disabled")) == "disabled"
    monkeypatch.delenv(vocabcache.DISABLE_ENV)
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert vocabcache.cached("u", ["x"], build(1)) == 1 and not list((tmp_path / "cache").glob("cleaner-vocab.u.*"))


def test_vocabulary_cache_in_a_read_only_folder(tmp_path, monkeypatch):
    import os

    from cleaner import vocabcache

    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):  # (root writes anyway: a path under a file stands for an unwritable folder)
            folder = tmp_path / "a-file" / "cache"
            (tmp_path / "a-file").write_text("")
        monkeypatch.setattr(vocabcache, "FOLDER", folder)
        monkeypatch.setattr(sys, "dont_write_bytecode", False)
        monkeypatch.delenv(vocabcache.DISABLE_ENV, raising=False)
        assert vocabcache.cached("t", ["x"], lambda: [1, 2]) == [1, 2]
        assert vocabcache.cached("t", ["x"], lambda: [1, 2]) == [1, 2]
    finally:
        (tmp_path / "ro").chmod(0o700)


def test_cached_vocabulary_is_what_is_built_without_the_cache(tmp_path):
    """The cue index and the families' probes and automaton are the same read from the cache as built in memory:
    a process that writes the cache, one that reads it, and one without it dump the same."""
    import json
    import os

    code = ("import json, cleaner\n"
            "from cleaner.cues import load_cues\n"
            "from cleaner.detectors import families as F\n"
            "index = load_cues()\n"
            "print(json.dumps({'cues': [[c.kind, c.match, c.phrase, c.language] for c in index.cues],\n"
            "  'names': index.name_patterns, 'languages': index.languages,\n"
            "  'probes': [[f.rule, n, sorted(p.words), p.stems, sorted(p.keys), p.anywhere, p.short]\n"
            "             for f in F.families() for n, p in f.probes.items()],\n"
            "  'of': all(p == F.Probe.of(F._group_lists(s)[n]) for f, s in zip(F.families(), F._data()['families'].values())\n"
            "            for n, p in f.probes.items()),\n"
            "  'group_terms': sorted([t, v[0], *[sorted(k) for k in v[1:]]] for t, v in F._group_terms()._entries.items()),\n"
            "  'clean': cleaner.clean('Basil\\n\\nShare this article on Facebook\\n\\nAll rights reserved.').to_dict()},\n"
            "  sort_keys=True))\n")
    from cleaner import vocabcache

    outputs = []
    for env_change in ({"CLEANER_NO_VOCAB_CACHE": "1"}, {}, {}):
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "CLEANER_NO_VOCAB_CACHE")}
        env.update(env_change)
        env["CLEANER_TEST_VOCAB_FOLDER"] = str(tmp_path)
        run = subprocess.run([sys.executable, "-c", "import cleaner.vocabcache as v, os, pathlib\n"
                              "v.FOLDER = pathlib.Path(os.environ['CLEANER_TEST_VOCAB_FOLDER'])\n" + code],
                             capture_output=True, text=True, env=env, check=True)
        outputs.append(json.loads(run.stdout))
    assert outputs[0]["of"] is True
    assert outputs[0] == outputs[1] == outputs[2]
    # cues, the probes, the automaton's entries; and the compiled patterns' when the package's own file lacked some
    # compiled after the folder was set (patterncache.py: written at exit)
    names = sorted(f.name.split(".")[1] for f in tmp_path.glob("cleaner-vocab.*.marshal"))
    assert [n for n in names if n != "patterns"] == ["cues", "families", "families"] and names.count("patterns") <= 1
    assert vocabcache.FOLDER.name == "__pycache__"
