"""cleaner.Options: one frozen, picklable options object that a Cleaner holds and rebuilds from."""

from __future__ import annotations

import pickle

import pytest

import cleaner
from cleaner.decision import Thresholds


def test_with_options_keeps_thresholds_and_every_option():
    custom = Thresholds(edge=0.5)
    engine = cleaner.Cleaner(preset="recall", kinds=["author_bio"], thresholds=custom, detect_language=False,
                             html_options={"favor_precision": True})
    copy = engine.with_options(max_text_bytes=1000)
    assert copy.thresholds is custom and copy.kinds == ("author_bio",) and copy.preset == "recall"
    assert copy.detect_language is False and copy.html_options == {"favor_precision": True}
    assert copy.max_text_bytes == 1000 and engine.max_text_bytes != 1000


def test_options_pickle_and_rebuild_the_same_cleaner():
    engine = cleaner.Cleaner(preset="precision", kinds=["source_credit"], thresholds=Thresholds(edge=0.7))
    options = pickle.loads(pickle.dumps(engine.options))
    assert options == engine.options
    rebuilt = cleaner.Cleaner.from_options(options)
    text = "Title\n\nA body paragraph long enough to read as prose, about rivers and towns and cycle lanes.\n\nSource: http://x.example"
    assert rebuilt.clean(text).to_dict() == engine.clean(text).to_dict()


def test_options_are_frozen_and_checked():
    options = cleaner.Options()
    with pytest.raises(Exception):
        options.preset = "recall"  # type: ignore[misc]
    with pytest.raises(cleaner.InputTypeError):
        cleaner.Options(preset="nope")
    with pytest.raises(cleaner.InputTypeError):
        cleaner.Options(kinds=("spam",))
    assert cleaner.Options(kinds=["author_bio"]).kinds == ("author_bio",)
