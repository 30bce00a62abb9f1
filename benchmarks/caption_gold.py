"""How the bench gold treats what the HTML reader puts back: captions (readers/captions.py) and standfirsts.

For every page of each ../shared/bench set, the page is cleaned as usual while the recovery steps are watched: each
caption (and each standfirst) put back is checked against the page's gold (the bench's token-run test: is the
caption's text, as a contiguous run of tokens, in the human body?) and against the output (kept by the decision?).
On the snippet set (trafilatura), a caption counts as "in the gold" when a "with" snippet is inside it, "not" when a
"without" snippet is, and "unknown" otherwise.

Run by hand:  python benchmarks/caption_gold.py [--sets scrapinghub,readability] [--limit N] [--show 5]
Exits 0 with a message when ../shared is missing.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from metric import normalise_space, read_jsonl, require_shared, string_present  # noqa: E402

SETS = ("scrapinghub", "readability", "chinese_cwced", "cleaneval", "cleanportaleval", "trafilatura", "wcxb_dev")


def _watch():
    """Wrap the reader's recovery steps; return the list they append (kind, element text) to."""
    from cleaner.readers import html
    from cleaner.readers.standfirst import _own_text

    seen: list[tuple[str, str]] = []
    captions, standfirst = html.dropped_captions, html.dropped_standfirst

    def watched_captions(*args, **kwargs):
        found = captions(*args, **kwargs)
        seen.extend(("caption", _own_text(element)[0]) for element, _ in found)
        return found

    def watched_standfirst(*args, **kwargs):
        found = standfirst(*args, **kwargs)
        seen.extend(("standfirst", _own_text(element)[0]) for element in found)
        return found

    html.dropped_captions, html.dropped_standfirst = watched_captions, watched_standfirst
    return seen


def _in_gold(record: dict, text: str) -> str:
    if record.get("gold") is not None:
        present = string_present(text, record["gold"])
        return "unknown" if present is None else "yes" if present else "no"
    flat = normalise_space(text)
    if any(normalise_space(s) in flat for s in record.get("with") or []):
        return "yes"
    if any(normalise_space(s) in flat for s in record.get("without") or []):
        return "no"
    return "unknown"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--show", type=int, default=3, help="examples listed per set and answer")
    args = parser.parse_args()
    bench = require_shared("bench") / "bench"
    import cleaner

    seen = _watch()
    cleaner_ = cleaner.Cleaner(html_options={"recover_captions": True})  # off by default
    print("| set | pages | pages with one put back | kind | put back | in the gold | not in the gold | unknown | "
          "kept in the output |")
    print("| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |")
    examples: list[str] = []
    for name in args.sets.split(","):
        path = bench / f"{name}.jsonl.gz"
        if not path.exists():
            print(f"({path} missing)", file=sys.stderr)
            continue
        counts: dict[str, Counter] = {"caption": Counter(), "standfirst": Counter()}
        pages = 0
        with_one: Counter = Counter()
        for number, record in enumerate(read_jsonl(path)):
            if args.limit and number >= args.limit:
                break
            pages += 1
            seen.clear()
            try:
                out = cleaner_.clean(record["html"], format="html", url=record.get("url")).text
            except Exception as error:  # noqa: BLE001 - a benchmark lists the page and goes on
                print(f"{name}/{record.get('id')}: {error!r}", file=sys.stderr)
                continue
            for kind in {kind for kind, _ in seen}:
                with_one[kind] += 1
            for kind, text in seen:
                answer = _in_gold(record, text)
                counts[kind][answer] += 1
                counts[kind]["kept"] += bool(string_present(text, out))
                if sum(1 for e in examples if e.startswith(f"{name} {kind} {answer}")) < args.show:
                    examples.append(f"{name} {kind} {answer} {record.get('id')}: {text[:110]!r}")
        for kind, count in counts.items():
            total = count["yes"] + count["no"] + count["unknown"]
            print(f"| {name} | {pages} | {with_one[kind]} | {kind} | {total} | {count['yes']} | {count['no']} | "
                  f"{count['unknown']} | {count['kept']} |")
    print()
    print("\n".join(examples))
    return 0


if __name__ == "__main__":
    sys.exit(main())
