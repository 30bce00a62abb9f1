"""The literal pre-checks of the inline reader (``inline.may_hold_link``, ``blocks._may_hold_markup``) say exactly
what the patterns they replace say (``_MAY_HOLD_LINK``, ``_MAY_HOLD_MARKUP``: kept as their definitions)."""

import random

import pytest

from cleaner.blocks import _MAY_HOLD_MARKUP, _may_hold_markup
from cleaner.inline import _MAY_HOLD_LINK, may_hold_link


def _agree(text: str) -> None:
    assert may_hold_link(text) == (_MAY_HOLD_LINK.search(text) is not None), repr(text)
    assert _may_hold_markup(text) == (_MAY_HOLD_MARKUP.search(text) is not None), repr(text)


def _check_characters(codes) -> None:
    # the patterns ignore case: no character but the ones tested literally may match (a case fold to "w" included)
    for code in codes:
        char = chr(code)
        for text in (char, f"{char}ww.", f"www{char}", f":{char}/"):
            _agree(text)


def test_every_character_up_to_u3000():
    _check_characters(range(0x3000))


@pytest.mark.slow
def test_every_character():
    _check_characters(range(0x110000))


def test_random_texts():
    rnd = random.Random(12)
    alphabet = list("ab wW.:/[<`*_~\\&é漢\u00ad\u200b\u2060\ufeff\n") + ["www.", "WwW.", "://", "http", "w.", "W."]
    for _ in range(20000):
        _agree("".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 20))))


def test_long_texts():
    prose = "The quick brown fox jumps over the lazy dog, now. " * 100
    for extra in ("", "[a](b)", "<b>", "x://y", "see WWW.example.com", "w.w.w", "snake_case", "\u200b", "&amp;", "é"):
        _agree(prose + extra)
        _agree(extra + prose)
