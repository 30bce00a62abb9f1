"""The author of bench pages rendered as WET-style plain text, against a proxy label (issue 11 item 5; run by hand).

    python benchmarks/wet_authors.py [--sets cleaneval,scrapinghub,...] [--limit N] [--cache LABELS.jsonl.gz]
                                     [--dump FILE.jsonl] [--format text|markdown]

Method. Each page of ../shared/bench whose HTML renders to lines is rendered as a crawler's WET text
(``cleaner.sites.html_lines``, the lines joined by one newline, as benchmarks/wet_text.py does) and cleaned with
``format="text"`` (balanced preset, no site profile); its ``author`` is compared with a **proxy label**: the HTML
path's author (``cleaner.clean(html, format="html", url=url).author``) when every one of its names (the parts of
"A; B") is visible in the page's text, else trafilatura's metadata author (``trafilatura.extract_metadata``) under
the same condition, else no label. Visible: each name printed in the text as it is (case and spaces kept, so on one
line; a label in capitals the page prints in mixed case is no label).

``--format markdown`` (mdauthor35): the same pages rendered as whole-page Markdown the way benchmarks/md_pages.py
does (html2text, ``body_width=0``) and cleaned with ``format="markdown"``; a label is visible when it is printed
in the Markdown's plain text (md_pages.py's ``plain``: links by their labels, images by their alt text, markup
stripped), so "By [Jane Doe](/author/jane)" shows "Jane Doe". Same labels (same cache), same verdicts.

Verdicts of a labelled page: ``right`` (the same names, case and spacing aside, in any order), ``partial`` (one
name in common, or the words of one answer inside the other's: "Jane Doe" for "Jane Doe, Harbour Times"), ``other``
(a different string: wrong, or the label is), ``none`` (no author). Unlabelled pages are counted apart: with an
author (read them by hand: the label may be missing or invisible) and without one.

The labels are a proxy: the HTML path's author can be a site, a desk or a forum poster, and trafilatura's too;
every change between two trees must be read by hand. They depend on the code that computes them, so ``--cache``
keeps them in a file (computed once, by the first run that names the file, then only read): compare two trees with
the same cache (build it with the reference tree: ``cd main && PYTHONPATH=src python .../wet_authors.py --cache F``).

Tuned on: cleaneval, scrapinghub, readability, trafilatura. Held out (measure only, never read for rules):
cleanportaleval, chinese_cwced (and wcxb_dev when asked: no gold author, its labels count like the others').
Exits 0 with a message when ../shared is missing; without trafilatura the labels are the HTML path's only.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from metric import read_jsonl, require_shared  # noqa: E402

import cleaner  # noqa: E402
from cleaner.sites import html_lines  # noqa: E402

TUNED = ("cleaneval", "scrapinghub", "readability", "trafilatura")
HELD_OUT = ("cleanportaleval", "chinese_cwced")
VERDICTS = ("right", "partial", "other", "none")
SEPARATOR = "; "


def _fold(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def names(author: str | None) -> list[str]:
    """The folded names of an answer ("A; B" -> ["a", "b"]), empty ones left out."""
    if not author:
        return []
    return [name for name in (_fold(part) for part in author.split(SEPARATOR)) if name]


def visible(author: str | None, text: str) -> bool:
    """Every name of the answer printed in the text as it is (case and spaces kept: on one line)."""
    parts = [part.strip() for part in (author or "").split(SEPARATOR) if part.strip()]
    return bool(parts) and all(part in text for part in parts)


def verdict(label: str | None, got: str | None) -> str:
    if not names(label):
        return "unlabelled" if names(got) else "unlabelled_none"
    if not names(got):
        return "none"
    want, have = names(label), names(got)
    if sorted(want) == sorted(have):
        return "right"
    want_words = set(" ".join(want).split())
    have_words = set(" ".join(have).split())
    if set(want) & set(have) or have_words <= want_words or want_words <= have_words:
        return "partial"
    return "other"


def trafilatura_author(html: str, url: str | None) -> str | None:
    try:
        import trafilatura
    except ImportError:
        return None
    try:
        document = trafilatura.extract_metadata(html, default_url=url)
    except Exception:  # noqa: BLE001 - a label is only a proxy: a page trafilatura cannot read has none
        return None
    author = getattr(document, "author", None) if document is not None else None
    return author or None


def pages(sets: list[str], limit: int | None, markdown: bool = False):
    """(set, id, url, html, document, visible text) of every page whose HTML renders to lines, in the sets' order:
    the document is the WET text (visible text: itself) or, ``markdown``, the page's whole Markdown (visible text:
    its plain text)."""
    root = require_shared("bench")
    for name in sets:
        path = root / "bench" / f"{name}.jsonl.gz"
        if not path.exists():
            print(f"{path} is missing: skipped", file=sys.stderr)
            continue
        count = 0
        for record in read_jsonl(path):
            lines = html_lines(record["html"])
            if not lines:
                continue
            if markdown:
                from md_pages import plain, render

                document = render(record["html"])
                yield name, str(record.get("id")), record.get("url"), record["html"], document, plain(document)
            else:
                text = "\n".join(lines)
                yield name, str(record.get("id")), record.get("url"), record["html"], text, text
            count += 1
            if limit is not None and count >= limit:
                break


def load_cache(path: str | None) -> dict[str, dict]:
    if not path or not Path(path).exists():
        return {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return {row["key"]: row for row in map(json.loads, handle) if row}


def save_cache(path: str, cache: dict[str, dict]) -> None:
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for key in sorted(cache):
            handle.write(json.dumps(cache[key], ensure_ascii=False, sort_keys=True) + "\n")


def label_of(row: dict, text: str) -> tuple[str | None, str | None]:
    for source in ("html", "trafilatura"):
        if visible(row.get(source), text):
            return row[source], source
    return None, None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default=",".join(TUNED + HELD_OUT))
    parser.add_argument("--limit", type=int, default=None, help="pages a set")
    parser.add_argument("--cache", default=None, help="labels file (.jsonl.gz): read if it exists, else written")
    parser.add_argument("--dump", default=None, help="one JSON line a page: set, id, label, source, got, verdict")
    parser.add_argument("--format", default="text", choices=("text", "markdown"),
                        help="render the pages as WET text (default) or as whole-page Markdown (md_pages.py's)")
    args = parser.parse_args()
    sets = [name for name in args.sets.split(",") if name]
    cache = load_cache(args.cache)
    had_cache = bool(cache)
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
    counts: dict[str, collections.Counter] = {}
    started = time.perf_counter()
    for name, page_id, url, html, document, text in pages(sets, args.limit, args.format == "markdown"):
        key = f"{name}/{page_id}"
        row = cache.get(key)
        if row is None:
            row = {"key": key, "html": cleaner.clean(html, format="html", url=url).author,
                   "trafilatura": trafilatura_author(html, url)}
            cache[key] = row
        label, source = label_of(row, text)
        try:
            got = cleaner.clean(document, format=args.format).author
        except ValueError as error:  # a tree that crashes on a page (main e0387ee on "http://\\[x\\]" links)
            print(f"{key}: {error!r}", file=sys.stderr)
            got = None
        result = verdict(label, got)
        counts.setdefault(name, collections.Counter())[result] += 1
        if label is None and (row.get("html") or row.get("trafilatura")):
            counts[name]["invisible"] += 1
        if dump is not None:
            dump.write(json.dumps({"set": name, "id": page_id, "label": label, "source": source, "got": got,
                                   "verdict": result}, ensure_ascii=False) + "\n")
    if dump is not None:
        dump.close()
    if args.cache and not had_cache:
        save_cache(args.cache, cache)
    print(f"{'Markdown' if args.format == 'markdown' else 'WET'} authors, cleaner {cleaner.__file__}, labels {'from ' + args.cache if had_cache else 'computed'}")
    print("| set | pages | labelled | right | partial | other | none | right % | unlabelled with an author "
          "(+ invisible label) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    groups = [("tuned", [s for s in sets if s in TUNED]), ("held out", [s for s in sets if s in HELD_OUT]),
              ("other", [s for s in sets if s not in TUNED and s not in HELD_OUT])]
    for group, members in groups:
        total: collections.Counter = collections.Counter()
        for name in members:
            total.update(counts.get(name, {}))
            print(_row(name, counts.get(name, collections.Counter())))
        if len(members) > 1:
            print(_row(f"**{group}**", total))
    print(f"<!-- {time.perf_counter() - started:.0f} s -->")
    return 0


def _row(name: str, c: collections.Counter) -> str:
    labelled = sum(c[v] for v in VERDICTS)
    pages_count = labelled + c["unlabelled"] + c["unlabelled_none"]
    share = f"{100 * c['right'] / labelled:.1f}" if labelled else "-"
    return (f"| {name} | {pages_count} | {labelled} | {c['right']} | {c['partial']} | {c['other']} | {c['none']} | "
            f"{share} | {c['unlabelled']} (+ {c['invisible']}) |")


if __name__ == "__main__":
    raise SystemExit(main())
