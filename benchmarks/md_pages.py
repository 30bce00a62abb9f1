"""Bench pages rendered as whole-page Markdown, cleaned as Markdown, gold lines aligned (issue 11, mdpages33).

Run by hand:  python benchmarks/md_pages.py [--sets cleaneval,scrapinghub,readability] [--pages N]
              [--misses FILE] [--dump FILE.jsonl] [--by-rule]

Scraping jobs often get the WHOLE page as Markdown (a crawler's or an LLM pipeline's page-to-Markdown converter):
menus as link lists, headers, footers, related lists, share rows, all in Markdown syntax. Each page of
../shared/bench (the pages benchmarks/wet_text.py measures: same filter, same split) is rendered with html2text
(``render``: ``body_width=0``, no wrapping, as crawlers set it; the converter crawl4ai's Markdown generator is built
on; markdownify was checked too: it renders ``<title>`` as a first line and leaves runs of blank lines of spaces, no
crawler output we know looks like that) and cleaned with ``format="markdown"`` (balanced preset, no profile).

A line of the Markdown is labelled by its plain text (``md_line_text``: links and images read by
``cleaner.inline.parse_inline``, then ``cleaner.sites.normalise``, which drops list markers, "#", ">" and
escapes): *boilerplate* when that text is not in the page's normalised gold, else a *gold line* (wet_text.py's
``boiler_flags``). Lines with no word left (rules, image-only lines, empty links) are not counted. A line is *kept*
when its offsets overlap a block the result keeps (``result.kept``).

Per set: boilerplate lines removed, gold lines lost (and those of ``LONG_WORDS`` words or more: the label is by
substring, so a one-word menu item is a "gold line" when the article says the word), the gold-token P / R / F1 of
the output (benchmarks/metric.py, mean over pages), and the keep-everything baseline's F1 (the page's whole Markdown read as plain text).
``--misses FILE`` (tuned sets only: it refuses held-out sets) writes each page's kept boilerplate lines ("K") and
lost gold lines ("L", with the rule that took them); ``--dump``: one JSON line per page (lines, kept, boiler flags)
to diff two trees line by line; ``--by-rule``: each set's gold lines lost by the rule that took them, all of them
and apart the text lines (``text_line``: words outside links; a line of links only is a gold line whenever the gold
says its label, a menu item's one word most often; mdkeep35).

Tuned on: cleaneval, scrapinghub, readability. Held out (measure only): wcxb_dev, cleanportaleval, chinese_cwced.
Needs the benchmark extra (``pip install -e .[bench]``: html2text). Exits 0 with a message when ../shared or
html2text is missing.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from metric import prf  # noqa: E402

import cleaner  # noqa: E402
from cleaner.inline import parse_inline  # noqa: E402
from cleaner.sites import normalise  # noqa: E402
from sites import line_spans  # noqa: E402  (benchmarks/sites.py)
import wet_text  # noqa: E402
from wet_text import HELD_OUT, TUNED, bench_pages, boiler_flags, kept_mask, lost_by_rule  # noqa: E402


def render(html: str) -> str:
    """The whole page as Markdown, the way a crawler's converter gives it (html2text, no line wrapping)."""
    import html2text

    converter = html2text.HTML2Text()
    converter.body_width = 0
    return converter.handle(html)


def md_line_text(line: str) -> str:
    """A Markdown line's plain text: links by their labels, images by their alt text, markup stripped."""
    return parse_inline(line)[0]


def md_spans(document: str) -> list[tuple[int, int, str]]:
    """(start, end, plain text) of every line of the document that has a word once normalised."""
    spans = []
    for start, end, line in line_spans(document):
        text = md_line_text(line)
        if normalise(text):
            spans.append((start, end, text))
    return spans


#: A Markdown link or image with its address ("[label](url)", "![alt](src)"): what a line of text holds besides its
#: own words.
_LINK = re.compile(r"!?\[(?:[^\[\]]|!\[[^\]]*\]\([^)]*\))*\]\([^)]*\)")
_WORD = re.compile(r"[^\W\d_]{2,}")


def text_line(line: str) -> bool:
    """A line with words of its own outside its links (a heading, a paragraph, a caption, a list item of text): the
    article's shape. A line of links only (a menu item, a related title) is a "gold line" whenever the gold holds its
    label, often one word the article says; ``--by-rule`` counts the text lines lost apart."""
    return _WORD.search(_LINK.sub(" ", line)) is not None


def lost_text_by_rule(removed, document: str, spans, boiler, kept, counts: collections.Counter) -> None:
    """Count each lost gold line that is a text line (``text_line``) under the rule that took it."""
    for start, end, _ in (span for span, b, k in zip(spans, boiler, kept) if not b and not k):
        if text_line(document[start:end]):
            counts[rules_at(removed, start, end)] += 1


def plain(document: str) -> str:
    """The whole document read as plain text, line by line (the keep-everything baseline's output)."""
    return "\n".join(md_line_text(line) for line in document.split("\n"))


def tally(totals: dict, boiler: list[bool], kept: list[bool], long: list[bool] | None = None) -> None:
    """Add a page's line counts; ``long``: the lines of ``LONG_WORDS`` words or more (a gold line that short is
    rarely a menu item whose words the gold happens to hold)."""
    if long is not None:
        totals["long"] = totals.get("long", 0) + sum(1 for b, w in zip(boiler, long) if not b and w)
        totals["long_lost"] = totals.get("long_lost", 0) + sum(
            1 for b, k, w in zip(boiler, kept, long) if not b and not k and w)
    totals["boiler"] += sum(boiler)
    totals["boiler_removed"] += sum(1 for b, k in zip(boiler, kept) if b and not k)
    totals["gold"] += sum(1 for b in boiler if not b)
    totals["gold_lost"] += sum(1 for b, k in zip(boiler, kept) if not b and not k)


#: A gold line of this many words or more is counted again on its own ("long gold lines lost"): the metric's
#: label is by substring, so a one-word menu item ("Tennis") is a gold line when the article says the word.
LONG_WORDS = 5


def rules_at(removed, start: int, end: int) -> str:
    return next((r.rule for r in removed if r.start is not None and r.end is not None
                 and r.start < end and start < r.end), "(not in a removal)")


def write_misses(out, name: str, record: dict, document: str, spans, boiler, kept, removed) -> None:
    rows = []
    for (start, end, text), is_boiler, is_kept in zip(spans, boiler, kept):
        if is_boiler and is_kept:
            rows.append(f"  K {document[start:end].strip()[:160]}")
        elif not is_boiler and not is_kept:
            rows.append(f"  L [{rules_at(removed, start, end)}] {document[start:end].strip()[:160]}")
    if rows:
        out.write(f"## {name} {record.get('id')} ({len(spans)} lines)\n" + "\n".join(rows) + "\n")


def run_set(name: str, pages: int | None, dump=None, misses=None,
            by_rule: collections.Counter | None = None, by_rule_text: collections.Counter | None = None) -> dict:
    totals = {"pages": 0, "boiler": 0, "boiler_removed": 0, "gold": 0, "gold_lost": 0, "long": 0, "long_lost": 0,
              "p": 0.0, "r": 0.0, "f": 0.0, "base_f": 0.0}
    for record, gold, _ in bench_pages(name):
        document = render(record["html"])
        spans = md_spans(document)
        if not spans:
            continue
        result = cleaner.clean(document, format="markdown")
        kept = kept_mask(sorted(result.kept), spans)
        boiler = boiler_flags(gold, [text for _, _, text in spans])
        if by_rule is not None:
            lost_by_rule(result.removed, spans, boiler, kept, by_rule)
        if by_rule_text is not None:
            lost_text_by_rule(result.removed, document, spans, boiler, kept, by_rule_text)
        totals["pages"] += 1
        tally(totals, boiler, kept, [len(text.split()) >= LONG_WORDS for _, _, text in spans])
        p, r, f = prf(gold, result.text)
        totals["p"] += p
        totals["r"] += r
        totals["f"] += f
        totals["base_f"] += prf(gold, plain(document))[2]
        if misses is not None:
            write_misses(misses, name, record, document, spans, boiler, kept, result.removed)
        if dump is not None:
            dump.write(json.dumps({"set": name, "id": record.get("id"), "lines": [text for _, _, text in spans],
                                   "kept": kept, "boiler": boiler}, ensure_ascii=False) + "\n")
        if pages is not None and totals["pages"] >= pages:
            break
    return totals


def row(name: str, t: dict) -> str:
    """wet_text.py's row with the gold lines of 5+ words lost and the keep-everything F1."""
    n = max(t["pages"], 1)
    return wet_text.row(name, t, lost_extra=f" {100 * t['long_lost'] / max(t['long'], 1):.2f}% ({t['long_lost']}) |",
                        tail=f" {t['base_f'] / n:.4f} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default=",".join(TUNED + HELD_OUT))
    parser.add_argument("--pages", type=int, default=None, help="at most N pages per set")
    parser.add_argument("--misses", default=None, help="write the tuned sets' misses to FILE (held-out: refused)")
    parser.add_argument("--dump", default=None)
    parser.add_argument("--by-rule", action="store_true", help="count each set's gold lines lost by removing rule")
    args = parser.parse_args()
    names = [name for name in args.sets.split(",") if name]
    if args.misses and any(name not in TUNED for name in names):
        print(f"--misses is for the tuned sets only ({', '.join(TUNED)}): held-out sets are measured, never read")
        return 2
    try:
        import html2text  # noqa: F401
    except ImportError:
        print("benchmark skipped: html2text is not installed (pip install -e .[bench])")
        return 0
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
    misses = open(args.misses, "w", encoding="utf-8") if args.misses else None
    print(f"Whole-page Markdown (html2text), cleaner {cleaner.__file__}")
    print(f"| set | pages | boilerplate lines removed | gold lines lost | gold lines of {LONG_WORDS}+ words lost "
          "| P | R | F1 | keep-all F1 |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    rules: dict[str, collections.Counter] = {}
    text_rules: dict[str, collections.Counter] = {}
    groups: dict[str, dict] = {}
    for name in names:
        started = time.perf_counter()
        rules[name] = collections.Counter()
        text_rules[name] = collections.Counter()
        totals = run_set(name, args.pages, dump, misses, rules[name] if args.by_rule else None,
                         text_rules[name] if args.by_rule else None)
        print(row(name, totals), f"<!-- {time.perf_counter() - started:.0f} s -->", flush=True)
        group = groups.setdefault("tuned" if name in TUNED else "held-out" if name in HELD_OUT else "other",
                                  collections.Counter())
        group.update(totals)
    for label, totals in groups.items():
        print(f"| **{label}, all pages** " + row("", totals).split("|", 2)[2])
    for name, counts in rules.items():
        if counts:
            print(f"\ngold lines lost by rule, {name}: " + ", ".join(f"{rule} {n}" for rule, n in counts.most_common()))
    for name, counts in text_rules.items():
        if counts:
            print(f"\ngold lines of text (words outside links) lost by rule, {name} ({sum(counts.values())}): "
                  + ", ".join(f"{rule} {n}" for rule, n in counts.most_common()))
    for handle in (dump, misses):
        if handle is not None:
            handle.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
