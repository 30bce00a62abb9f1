"""Gold sentences an HTML page's clean text lost, told apart by who lost them (issue 11, keep34).

Run by hand:  python benchmarks/html_lost.py [--sets cleaneval,scrapinghub,readability,trafilatura] [--limit N]
              [--misses FILE] [--held-out]

For every page of a bench set, the gold is cut into sentences (lines, then sentence ends) of ``--words`` words or
more (the trafilatura set: its "with" snippets of that many words); a sentence is *lost* when its token run
(benchmarks/metric.py, the spam README's check) is not in ``cleaner.clean(html, format="html").text``. A lost
sentence is counted under the rule of the first removal whose text holds it (*ours*: the decision took it), else as
*reader* when it is in the text of trafilatura's body tree (our settings) but neither kept nor removed (our reading of
that tree lost it), else *extraction* (trafilatura's extraction, with our settings, never gave it to us). ``--misses FILE`` (tuned sets only)
writes each lost sentence with its rule and cue. Held-out sets (wcxb_dev, cleanportaleval, chinese_cwced): counts only.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from metric import TokenText, read_jsonl, require_shared, tokens  # noqa: E402

import cleaner  # noqa: E402

TUNED = ("cleaneval", "scrapinghub", "readability", "trafilatura")
HELD_OUT = ("wcxb_dev", "cleanportaleval", "chinese_cwced")
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+")


def sentences(record: dict, words: int) -> list[str]:
    if record.get("gold") and "page contains no article" not in record["gold"]:
        parts = [s for line in record["gold"].splitlines() for s in _SENTENCE_END.split(line.strip())]
    else:
        parts = list(record.get("with") or [])
    return [s for s in parts if len(tokens(s)) >= words]


def extracted_text(html: str) -> str:
    """The text of trafilatura's body tree for the page, with our settings (what our reader reads)."""
    from cleaner.readers.html import TRAFILATURA_SETTINGS, trafilatura_extraction
    import lxml.html

    document = trafilatura_extraction(lxml.html.fromstring(html), dict(TRAFILATURA_SETTINGS))
    body = getattr(document, "body", None) if document is not None else None
    return " ".join(body.itertext()) if body is not None else ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", default=",".join(TUNED))
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--words", type=int, default=8)
    parser.add_argument("--misses")
    args = parser.parse_args()
    names = args.sets.split(",")
    if args.misses and any(name in HELD_OUT for name in names):
        parser.error("--misses is for tuned sets only (held-out sets are measured, never read)")
    shared = require_shared("bench")
    misses = open(args.misses, "w", encoding="utf-8") if args.misses else None
    for name in names:
        total = lost = 0
        by_rule: collections.Counter = collections.Counter()
        for i, record in enumerate(read_jsonl(shared / "bench" / f"{name}.jsonl.gz")):
            if args.limit and i >= args.limit:
                break
            wanted = sentences(record, args.words)
            if not wanted:
                continue
            result = cleaner.clean(record["html"], format="html", url=record.get("url"))
            out = TokenText(result.text)
            removed = [(r, TokenText(r.text)) for r in result.removed]
            tree_text = None
            for sentence in wanted:
                total += 1
                if out.contains(sentence):
                    continue
                lost += 1
                owner = next((r for r, t in removed if t.contains(sentence)), None)
                if owner is None and tree_text is None:
                    tree_text = TokenText(extracted_text(record["html"]))
                rule = owner.rule if owner else "(reader)" if tree_text.contains(sentence) else "(extraction)"
                by_rule[rule] += 1
                if misses:
                    cue = owner.cue if owner else ""
                    misses.write(f"{name}\t{record.get('id')}\t{rule}\t{cue}\t{sentence[:300]}\n")
        ours = lost - by_rule["(extraction)"] - by_rule["(reader)"]
        print(f"## {name}: {total} sentences of {args.words}+ words, lost {lost} ({lost / max(total, 1):.2%}); "
              f"by our removals {ours}, by our reader {by_rule['(reader)']}, by the extraction "
              f"{by_rule['(extraction)']}")
        for rule, count in by_rule.most_common():
            print(f"  {count:5d}  {rule}")
        sys.stdout.flush()
    if misses:
        misses.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
