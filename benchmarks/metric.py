"""The benchmark metric, exactly as ../shared/bench/README.md defines it, and the "string present" check of
../shared/spam/README.md. Shared by the scripts of this folder (run by hand, never part of the test suite).

Tokens: NFKC-normalise, casefold, then maximal runs of Unicode word characters (``\\w+``); every CJK ideograph or
kana (U+3040-30FF, U+3400-4DBF, U+4E00-9FFF, U+F900-FAFF, U+20000-2FA1F) is a token of its own.
Per document, with token multisets G (gold) and P (output): tp = sum(min(G[t], P[t])); precision = tp/|P| (an empty
output scores 0, or 1 when the gold is empty too); recall = tp/|G| (1 when the gold is empty); F1 = 2PR/(P+R).
Snippets: found when the whitespace-normalised snippet is a substring of the whitespace-normalised output.
String present (spam set): the string's token run appears, contiguous, in the output's token sequence.

Also: where ../shared is (``shared_dir``) and the common "it is missing" exit (``require_shared``).
"""

from __future__ import annotations

import gzip
import json
import os
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
#: one CJK ideograph / kana, or a maximal run of word characters that are not CJK ideographs / kana
_TOKEN = re.compile(f"[{_CJK}]|[^\\W{_CJK}]+")
_SPACE = re.compile(r"\s+")


def tokens(text: str) -> list[str]:
    """The token sequence of a text (NFKC, casefold, \\w+ runs, one token per CJK ideograph / kana)."""
    return _TOKEN.findall(unicodedata.normalize("NFKC", text or "").casefold())


def prf(gold: str, output: str) -> tuple[float, float, float]:
    """(precision, recall, F1) of one output against its gold."""
    g, p = Counter(tokens(gold)), Counter(tokens(output))
    g_size, p_size = sum(g.values()), sum(p.values())
    tp = sum(min(count, p[token]) for token, count in g.items())
    if p_size == 0:
        precision = 1.0 if g_size == 0 else 0.0
    else:
        precision = tp / p_size
    recall = 1.0 if g_size == 0 else tp / g_size
    f1 = 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)
    return precision, recall, f1


def normalise_space(text: str) -> str:
    return _SPACE.sub(" ", text or "").strip()


def snippet_found(snippet: str, output: str) -> bool:
    """The bench README's snippet check: whitespace-normalised substring."""
    return normalise_space(snippet) in normalise_space(output)


class TokenText:
    """An output tokenised once, for many "string present" checks."""

    def __init__(self, text: str):
        self.tokens = tokens(text)
        # Tokens never hold a space, so a space-joined, space-padded string makes run search a substring search.
        self._joined = " " + " ".join(self.tokens) + " "

    def contains(self, string: str) -> bool | None:
        """True when the string's token run appears in the output; None when the string has no token at all."""
        run = tokens(string)
        if not run:
            return None
        return (" " + " ".join(run) + " ") in self._joined


def string_present(string: str, output: str) -> bool | None:
    """The spam README's check: the string's token run appears in the output's token sequence (None: no tokens)."""
    return TokenText(output).contains(string)


# -- ../shared ------------------------------------------------------------------------------------------------------
def shared_dir() -> Path:
    """../shared beside the checkout (this file is <repo>/benchmarks/metric.py), or $CLEANER_SHARED."""
    override = os.environ.get("CLEANER_SHARED")
    if override:
        return Path(override).expanduser().resolve()
    return Path(__file__).resolve().parents[1].parent / "shared"


def require_shared(*relative: str) -> Path:
    """The shared folder; prints a clear message and exits 0 when it (or one of the given files) is missing."""
    root = shared_dir()
    missing = [str(root / rel) for rel in relative if not (root / rel).exists()] if root.is_dir() else [str(root)]
    if missing:
        print(f"benchmark skipped: shared data not found: {', '.join(missing)}\n"
              f"(put the shared folder beside the checkout as ../shared, or set CLEANER_SHARED=/path/to/shared)")
        sys.exit(0)
    return root


def read_jsonl(path: Path):
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def html_adapter_available() -> bool:
    try:
        import cleaner.readers.html  # noqa: F401
    except ImportError:
        return False
    return True


if __name__ == "__main__":  # a tiny self-check
    assert tokens("Ｈｅｌｌｏ, World! 東京タワー abc_1") == ["hello", "world", "東", "京", "タ", "ワ", "ー", "abc_1"]
    assert prf("a b c", "a b d") == (2 / 3, 2 / 3, 2 / 3)
    assert prf("", "") == (1.0, 1.0, 1.0) and prf("a", "")[0] == 0.0
    assert string_present("Article  Source:", "... article source: http://x") is True
    assert string_present("cle source", "article source") is False
    assert snippet_found("a  b\nc", "x a b c y")
    print("metric self-check ok")
