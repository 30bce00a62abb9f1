"""One Cleaner shared by threads gives each document the result it gets alone.

A Scrapy pipeline, a web service or a user's ThreadPoolExecutor may call one ``Cleaner`` from several threads. The
pipeline keeps small per-document memos at module level (the author fallbacks' page lines, the site pass's lines);
each must be read and replaced whole, so that no thread pairs one document's key with another document's value.
This test cleans every text and Markdown fixture case (and a few HTML pages) in several threads at once, in a
shuffled order, with a tiny switch interval so that the threads interleave inside those functions, and compares
each result with the one the same document gets alone.
"""

from __future__ import annotations

import json
import random
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import cleaner

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "fixtures" / "cases"


def _documents() -> list[tuple[str, str | bytes]]:
    seen: dict[str, tuple[str, str | bytes]] = {}
    for path in sorted(CASES.glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            if "document" in case:
                document: str | bytes = case["document"]
            else:
                document = (ROOT / case["document_file"]).read_bytes()
            key = f"{case['format']}:{document!r}"[:20000]
            seen.setdefault(key, (case["format"], document))
    return list(seen.values())


@pytest.fixture(scope="module")
def documents() -> list[tuple[str, str | bytes]]:
    docs = _documents()
    text = [d for d in docs if d[0] != "html"]
    html = [d for d in docs if d[0] == "html"][:12]  # (a few pages: the HTML path is slower and shares less state)
    return text + html


def test_threads_give_each_document_its_own_result(documents):
    engine = cleaner.Cleaner()
    alone = [engine.clean(document, format=fmt).to_dict() for fmt, document in documents]
    order = list(range(len(documents)))
    random.Random(7).shuffle(order)
    order = order * 2  # (every document twice: a memo filled by one thread is met by another)
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        with ThreadPoolExecutor(max_workers=6) as pool:
            together = list(pool.map(lambda i: (i, engine.clean(documents[i][1], format=documents[i][0]).to_dict()),
                                     order))
    finally:
        sys.setswitchinterval(interval)
    wrong = [i for i, result in together if result != alone[i]]
    assert not wrong, f"{len(wrong)} of {len(together)} results differ in threads (first: document {wrong[0]})"
