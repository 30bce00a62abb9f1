"""Cleaning the clean text again, on real documents (docs/reliability.md, "Idempotence").

    python benchmarks/idempotence.py            # 150 HTML pages and 150 gold texts of ../shared/bench, spam records
    python benchmarks/idempotence.py --n 300

For each document x: is ``clean(clean(x).text).text == clean(x).text``? When not, why: the second reading alone
changes the text (with nothing to remove, ``Cleaner(kinds=())``: lines of one block joined, a format sniffed
differently), or the second pass removes what the first kept (the decision's context changed).

Reads ../shared/bench/*.jsonl.gz and ../shared/spam/*.jsonl.gz (or $CLEANER_SHARED); says so and exits 0 when
they are missing.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import itertools
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = ("scrapinghub", "readability", "cleaneval", "cleanportaleval", "chinese_cwced", "trafilatura")

sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
import cleaner  # noqa: E402
from metric import require_shared  # noqa: E402


def documents(shared: Path, n: int) -> dict[str, list[tuple[str, str]]]:
    """{"html": [(id, page)], "text": [(id, gold text)], "spam": [(id, raw)]}: round-robin over the bench sets."""
    pages: dict[str, list[tuple[str, str]]] = {}
    golds: dict[str, list[tuple[str, str]]] = {}
    for name in SETS:
        path = shared / "bench" / f"{name}.jsonl.gz"
        if not path.exists():
            continue
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            records = [json.loads(line) for line in itertools.islice(lines, n)]
        pages[name] = [(f"{name}/{r['id']}", r["html"]) for r in records if r.get("html")]
        golds[name] = [(f"{name}/{r['id']}", r["gold"]) for r in records if r.get("gold")]
    spam = []
    for path in sorted((shared / "spam").glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            spam += [(f"{path.name}/{r['id']}", r["raw"]) for r in map(json.loads, lines) if r.get("format") != "html"]

    def round_robin(groups: dict[str, list[tuple[str, str]]]) -> list[tuple[str, str]]:
        return [doc for group in itertools.zip_longest(*groups.values()) for doc in group if doc][:n]

    return {"html": round_robin(pages), "text": round_robin(golds), "text/markdown (spam)": spam}


def check(docs: list[tuple[str, str]]) -> tuple[collections.Counter, list[tuple[str, str]]]:
    keep_all = cleaner.Cleaner(kinds=(), detect_language=False)
    reasons: collections.Counter = collections.Counter()
    examples = []
    for ident, document in docs:
        try:
            once = cleaner.clean(document)
        except cleaner.CleanerError:
            reasons["a CleanerError"] += 1
            continue
        again = cleaner.clean(once.text)
        if again.text == once.text:
            reasons["the same"] += 1
            continue
        read_again = keep_all.clean(once.text, format=again.format).text
        if again.format != "text" and once.format != again.format:
            reason = f"read again as {again.format}"
        elif read_again != once.text:
            reason = "the second reading changes the text (nothing removed)"
        else:
            reason = "the second pass removes more: " + ", ".join(sorted({r.kind for r in again.removed}))
        reasons[reason] += 1
        examples.append((ident, reason))
    return reasons, examples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=150, help="documents of each kind (default 150)")
    parser.add_argument("--json", metavar="PATH", help="also write the counts and the documents that differ as JSON")
    args = parser.parse_args()
    shared = require_shared("bench")
    report = {}
    for kind, docs in documents(shared, args.n).items():
        reasons, examples = check(docs)
        report[kind] = {"counts": dict(reasons), "differ": [{"id": i, "why": why} for i, why in examples]}
        total = sum(reasons.values())
        print(f"{kind}: {total} documents, {reasons['the same']} the same when cleaned twice")
        for reason, count in reasons.most_common():
            if reason != "the same":
                print(f"  {count:4}  {reason}")
        for ident, reason in examples[:5]:
            print(f"        e.g. {ident}: {reason}")
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
