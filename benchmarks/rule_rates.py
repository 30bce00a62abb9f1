"""Which rules generalise? Per rule: where it fires, what it removes, and its precision, tuned vs held-out (issue 11).

Run by hand (minutes; ``--jobs 2`` halves it):

    CLEANER_SHARED=/work/shared PYTHONPATH=src python benchmarks/rule_rates.py [--jobs 2] [--limit N]
        [--sets cleaneval,wcxb_dev] [--corpora text,md,html,spam] [--corpus PROBE.jsonl] [--save FILE.json]
        [--against REV | --against FILE.json] [--load FILE.json] [--by-corpus] [--compact]

Corpora (the renderings and gold labels of the other benchmarks, nothing new):
- ``text``: every bench page with an article (wet_text.py's ``bench_pages``) rendered as WET-style plain text
  (``html_lines`` joined by one newline, wet_text.py ``--mode lines``), cleaned with ``format="text"``;
- ``md``: the same pages as whole-page Markdown (md_pages.py's ``render``, html2text), ``format="markdown"``;
- ``html``: the same pages' HTML, ``format="html"``;
- ``spam``: ../shared/spam examples (tuned) and dev (held-out), each record in its own format;
- ``--corpus FILE`` (again for more): an extra JSONL corpus (a probe: ``text`` / ``raw``, ``format``, optional
  ``half``): counts only (no gold lines, no precision), one column a ``half``; a probe's half A counts as tuned for
  the flags (mechanisms were written from it), every other half as held out.

Per rule (``removal.rule``; and the findings the decision kept, ``result.near_misses``): documents it fires in,
blocks and characters it removes, per corpus, TUNED sets (cleaneval, scrapinghub, readability, spam examples) apart
from HELD-OUT sets (wcxb_dev, cleanportaleval, chinese_cwced, spam dev). Where gold lines exist (text, md, html) its
*precision*: the share of the lines it removed that are not gold lines. A line's label is the other benchmarks'
(wet_text.py ``boiler_flags``: a gold line when its normalised text is in the page's normalised gold); a removed
line of text / Markdown is one the result does not keep (``result.kept``), counted under the first removal that
covers it; an HTML removal's lines are its text's lines. Because the label is a substring test, a one-word menu item
is a "gold line" whenever the article says the word: ``P5`` is the precision over the removed lines of
``LONG_WORDS`` words or more, where the label is reliable. A removed gold line whose text the clean output still
holds (a table of contents over the article's headings, a title printed twice) is no loss and counts as precise.
Spam: the removed blocks holding an ``expected_keep`` string (``keep hits``). Held-out sets are counted, never
printed: no text of theirs leaves this script.

The gate (``GATE``; docs/benchmarks.md "gate37", and "Before a rule lands" in docs/cues.md): a rule is flagged
``tuned-only`` when it removes in ``GATE["memorised_min_docs"]`` tuned documents or more and in no held-out
document of any corpus (it memorised its tuning pages), and ``low-P`` when it removed ``GATE["min_lines"]`` held-out
lines of ``LONG_WORDS``+ words or more and their precision ``P5`` is under ``GATE["min_precision"]``.
``--against REV`` runs the same counting on ``git archive REV src`` (a temporary folder, as wet_cost.py) in a
process of its own, then this tree's, and prints every rule whose counts changed, with the flags on both sides:
the gate for a branch is "no rule newly flagged". ``--against FILE.json`` compares with a ``--save``\\ d run,
``--load FILE.json`` prints one again.

Deterministic: pages are cleaned in a pool (``--jobs``) but collected in order; rules print sorted by name.
Exits 0 with a message when ../shared is missing.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

TUNED_SETS = ("cleaneval", "scrapinghub", "readability")
HELD_SETS = ("wcxb_dev", "cleanportaleval", "chinese_cwced")
SPAM_SETS = {"examples": "tuned", "dev": "held"}
CORPORA = ("text", "md", "html", "spam")
GOLD_CORPORA = ("text", "md", "html")

#: A removed line of this many words or more is counted again on its own (``P5``): the substring label of a
#: shorter line is noise (md_pages.py's ``LONG_WORDS``).
LONG_WORDS = 5

#: The gate's numbers, chosen from main 361f986's table (docs/benchmarks.md "gate37"). ``min_precision``: the rules
#: together remove held-out lines of 5+ words at P5 0.95 (tuned 0.95); of the 39 rules with 20 such lines or more
#: the median is 0.97, and there is a gap between 0.56 and 0.76 (four rules under it: two DOM rules of the HTML
#: path, affiliate links the gold keeps, a lead in long blocks); the held-out pages' own lines of 5+ words are 41 %
#: (text) to 50 % (Markdown) boilerplate, so a rule removing such lines blindly scores about 0.5: 0.7 sits in the
#: gap, nearer chance than the rules that hold. ``min_lines``: under 20 held-out lines a precision is one page's
#: list. ``memorised_min_docs``: a rule that removes in one tuned document (a probe's half A counts) and in none
#: of the held-out ones (798 bench pages in three renderings, 30 spam documents) fits the page it was written from.
GATE = {"min_precision": 0.7, "min_lines": 20, "memorised_min_docs": 1}

#: The rules stop 36 added (docs/structure.md: head36, meta36, tail36, lines36), listed apart.
STOP36 = {
    "head36": ("neighbour.doubled_line", "neighbour.title_crumb", "neighbour.repeated_lines",
               "neighbour.doubled_name", "neighbour.title_sandwich", "neighbour.start_run", "neighbour.menu_list",
               "navigation.toc_marker"),
    "meta36": ("navigation.dateline/record", "navigation.empty_value", "navigation.dateline/neighbour",
               "navigation.category_line", "source_credit.named_source"),
    "tail36": ("rights_notice.consent_panel", "related.card_run", "call_to_action.comments_status",
               "author_bio.empty_box", "rights_notice.licence_link", "navigation.tail_sweep", "related.stamp_list",
               "related.bare_read_more", "navigation.tag_run"),
    "lines36": ("navigation.link_table", "navigation.image_remnant", "affiliate.ad_slot",
                "call_to_action.share_repeated", "related.title_siblings"),
}

#: Variants that a detector reports under its base rule (the variant sets the strength, ``rules.RULES`` "rule/variant",
#: the removal says only the base rule): told apart here by their cue, so that stop 36's are counted on their own.
VARIANT_CUES = {
    "navigation.dateline": (("neighbour", "next to an empty value"), ("record", "a post's record"),
                            ("record", "one date printed twice with its clock"),
                            ("record", "a date over the site's name")),
}


def rule_of(item) -> str:
    """A removal's or a near miss's rule, with its variant where ``VARIANT_CUES`` tells it."""
    for variant, marker in VARIANT_CUES.get(item.rule, ()):
        if marker in (item.cue or ""):
            return f"{item.rule}/{variant}"
    return item.rule


#: Per rule and (corpus, set): the counters below, in this order (the saved JSON's lists).
FIELDS = ("docs", "blocks", "chars", "lines", "gold", "lines5", "gold5", "kept_docs", "kept_blocks", "keep_hits")


def group_of(name: str) -> str:
    """A set's group. An extra corpus (``--corpus``) is named by its records' ``half``: half A of a probe is what
    mechanisms were written from (tuned), B and C are held out (docs/benchmarks.md "probe11", "probeJ")."""
    if name in TUNED_SETS or SPAM_SETS.get(name) == "tuned" or name == "extra:A":
        return "tuned"
    if name in HELD_SETS or SPAM_SETS.get(name) == "held" or name.startswith("extra:"):
        return "held"
    return name


# -- counting one page (pure: tests/test_rule_rates.py) -----------------------------------------------------------
def new_counts() -> dict[str, list[int]]:
    return collections.defaultdict(lambda: [0] * len(FIELDS))


def removed_lines(removed, spans, kept: list[bool]) -> list[str | None]:
    """For each line (start, end, text) of a text / Markdown document: the rule of the first removal covering it
    when the result does not keep it, else None (wet_text.py ``lost_by_rule``'s attribution)."""
    placed = sorted((r.start, r.end, rule_of(r)) for r in removed if r.start is not None and r.end is not None)
    out: list[str | None] = []
    for (start, end, _), is_kept in zip(spans, kept):
        out.append(None if is_kept else next((rule for a, b, rule in placed if a < end and start < b), None))
    return out


def count_page(counts, removed, near_misses, line_rules=None, line_boiler=None, line_words=None,
               keep_hit=None) -> None:
    """Add one document's removals and kept findings to ``counts`` (rule -> FIELDS). ``line_rules`` /
    ``line_boiler`` / ``line_words``: each labelled line's removing rule (or None), boilerplate flag and word count;
    ``keep_hit(removal) -> bool``: the removal holds a string the document must keep."""
    fired = set()
    for removal in removed:
        rule = rule_of(removal)
        row = counts[rule]
        row[1] += 1
        row[2] += len(removal.text or "")
        fired.add(rule)
        if keep_hit is not None and keep_hit(removal):
            row[9] += 1
    for rule in fired:
        counts[rule][0] += 1
    kept_fired = set()
    for miss in near_misses:
        counts[rule_of(miss)][8] += 1
        kept_fired.add(rule_of(miss))
    for rule in kept_fired:
        counts[rule][7] += 1
    if line_rules is None or line_boiler is None or line_words is None:
        return
    for rule, boiler, words in zip(line_rules, line_boiler, line_words):
        if rule is None:
            continue
        row = counts[rule]
        row[3] += 1
        row[4] += 0 if boiler else 1
        if words >= LONG_WORDS:
            row[5] += 1
            row[6] += 0 if boiler else 1


def not_lost(gold: str, texts: list[str], output: str) -> list[bool]:
    """Each line's flag for the precision: boilerplate (wet_text.py ``boiler_flags``), or a gold line whose text the
    clean output still holds (a table of contents removed over the article's own headings, a title printed twice):
    removing that copy loses nothing."""
    from cleaner.sites import normalise
    from wet_text import boiler_flags

    kept = " " + normalise(output) + " "
    return [boiler or f" {normalise(text)} " in kept for boiler, text in zip(boiler_flags(gold, texts), texts)]


def html_removed_lines(removed, gold: str, output: str = ""):
    """(rule, not-lost flag, words) of every line with a word of every HTML removal."""
    from cleaner.sites import normalise

    rules, texts = [], []
    for removal in removed:
        for line in (removal.text or "").split("\n"):
            if normalise(line):
                rules.append(rule_of(removal))
                texts.append(line)
    return rules, not_lost(gold, texts, output), [len(text.split()) for text in texts]


# -- the corpora ----------------------------------------------------------------------------------------------------
def bench_page_counts(task) -> tuple[str, str, dict[str, dict]]:
    """One bench page in the chosen corpora: (set, id, corpus -> rule -> counters)."""
    import cleaner
    from md_pages import md_spans, render
    from sites import line_spans
    from wet_text import kept_mask

    name, record, gold, lines, corpora = task
    out: dict[str, dict] = {}
    def rendered(document: str, fmt: str, spans: list) -> dict:
        """One rendering's counts: its lines (``spans``) removed, by rule, against the gold."""
        result = cleaner.clean(document, format=fmt)
        texts = [text for _, _, text in spans]
        counts = new_counts()
        count_page(counts, result.removed, result.near_misses,
                   removed_lines(result.removed, spans, kept_mask(sorted(result.kept), spans)),
                   not_lost(gold, texts, result.text), [len(text.split()) for text in texts])
        return dict(counts)

    if "text" in corpora:
        document = "\n".join(lines)
        out["text"] = rendered(document, "text", line_spans(document))
    if "md" in corpora:
        document = render(record["html"])
        spans = md_spans(document)
        if spans:
            out["md"] = rendered(document, "markdown", spans)
    if "html" in corpora:
        result = cleaner.clean(record["html"], format="html", url=record.get("url"))
        counts = new_counts()
        count_page(counts, result.removed, result.near_misses, *html_removed_lines(result.removed, gold, result.text))
        out["html"] = dict(counts)
    return name, str(record.get("id")), out


def spam_counts(task) -> tuple[str, str, dict[str, dict]]:
    """One document of ../shared/spam (or of an extra corpus: no keep strings given, counts only)."""
    import cleaner
    from metric import TokenText

    corpus, name, record = task
    result = cleaner.clean(record["raw"], format=record.get("format") or "auto", url=record.get("url"))
    keeps = [k for k in record.get("expected_keep") or [] if k]

    def keep_hit(removal) -> bool:
        text = TokenText(removal.text or "")
        return any(text.contains(k) for k in keeps)

    counts = new_counts()
    count_page(counts, result.removed, result.near_misses, keep_hit=keep_hit if keeps else None)
    return name, str(record.get("id")), {corpus: dict(counts)}


def tasks(args):
    from metric import read_jsonl, require_shared
    from wet_text import bench_pages

    sets = [s for s in args.sets.split(",") if s]
    corpora = tuple(c for c in args.corpora.split(",") if c)
    bench = tuple(c for c in corpora if c in GOLD_CORPORA)
    if bench:
        for name in sets:
            if name not in TUNED_SETS + HELD_SETS:
                continue
            for n, (record, gold, lines) in enumerate(bench_pages(name)):
                if args.limit is not None and n >= args.limit:
                    break
                yield bench_page_counts, (name, record, gold, lines, bench)
    if "spam" in corpora:
        root = require_shared("spam/examples.jsonl.gz", "spam/dev.jsonl.gz")
        for name in SPAM_SETS:
            for n, record in enumerate(read_jsonl(root / "spam" / f"{name}.jsonl.gz")):
                if args.limit is not None and n >= args.limit:
                    break
                yield spam_counts, ("spam", name, record)
    for path in args.corpus or ():
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    given = json.loads(line)
                    record = {"id": given.get("id"), "raw": given.get("raw", given.get("text", "")),
                              "format": given.get("format"), "url": given.get("url")}
                    yield spam_counts, ("extra", "extra:" + (given.get("half") or Path(path).stem), record)


def _run(item):
    function, task = item
    return function(task)


def collect(args) -> dict:
    """{"pages": {corpus: {set: n}}, "rules": {corpus: {set: {rule: FIELDS}}}}, pages collected in order."""
    pages: dict[str, dict[str, int]] = collections.defaultdict(lambda: collections.defaultdict(int))
    rules: dict[str, dict[str, dict[str, list[int]]]] = collections.defaultdict(dict)
    items = tasks(args)
    if args.jobs > 1:
        import multiprocessing

        pool = multiprocessing.get_context("fork").Pool(args.jobs)
        results = pool.imap(_run, items, chunksize=2)
    else:
        pool = None
        results = map(_run, items)
    for name, _, per_corpus in results:
        for corpus, counts in per_corpus.items():
            pages[corpus][name] += 1
            table = rules[corpus].setdefault(name, {})
            for rule, row in counts.items():
                total = table.setdefault(rule, [0] * len(FIELDS))
                for i, value in enumerate(row):
                    total[i] += value
    if pool is not None:
        pool.close()
        pool.join()
    return {"pages": {c: dict(sorted(v.items())) for c, v in sorted(pages.items())},
            "rules": {c: {s: dict(sorted(t.items())) for s, t in sorted(v.items())} for c, v in sorted(rules.items())}}


# -- summing and the gate -------------------------------------------------------------------------------------------
def summary(data: dict) -> dict[str, dict]:
    """rule -> {(corpus, group): FIELDS summed, ...} plus the pooled gold-line counts and the gate's flags."""
    out: dict[str, dict] = {}
    for corpus, sets in data["rules"].items():
        for name, table in sets.items():
            group = group_of(name)
            for rule, row in table.items():
                cells = out.setdefault(rule, {})
                total = cells.setdefault((corpus, group), [0] * len(FIELDS))
                for i, value in enumerate(row):
                    total[i] += value
                if corpus in GOLD_CORPORA:
                    pooled = cells.setdefault(("gold", group), [0] * len(FIELDS))
                    for i, value in enumerate(row):
                        pooled[i] += value
    for rule, cells in out.items():
        cells["flags"] = flags(cells)
    return out


def precision(row) -> float | None:
    return None if not row or not row[3] else 1 - row[4] / row[3]


def precision5(row) -> float | None:
    return None if not row or not row[5] else 1 - row[6] / row[5]


def flags(cells: dict) -> list[str]:
    tuned_docs = sum(row[0] for (corpus, group), row in _cells(cells) if group == "tuned")
    held_docs = sum(row[0] for (corpus, group), row in _cells(cells) if group == "held")
    out = []
    if tuned_docs >= GATE["memorised_min_docs"] and held_docs == 0:
        out.append("tuned-only")
    held = cells.get(("gold", "held"))
    if held and held[5] >= GATE["min_lines"] and (precision5(held) or 0.0) < GATE["min_precision"]:
        out.append("low-P")
    return out


def _cells(cells: dict):
    return [(key, row) for key, row in cells.items() if isinstance(key, tuple) and key[0] != "gold"]


# -- printing -------------------------------------------------------------------------------------------------------
def _p(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def _fire(row) -> str:
    """docs/blocks/chars of a cell ("-" when the rule never fired there)."""
    if not row or not (row[0] or row[1]):
        return "-"
    chars = row[2]
    size = f"{chars / 1000:.1f}k" if chars >= 1000 else str(chars)
    return f"{row[0]}/{row[1]}/{size}"


def _kept(cells: dict, group: str) -> str:
    docs = sum(row[7] for (corpus, g), row in _cells(cells) if g == group)
    blocks = sum(row[8] for (corpus, g), row in _cells(cells) if g == group)
    return f"{docs}/{blocks}" if blocks else "-"


def print_pages(data: dict) -> None:
    parts = []
    for corpus, sets in data["pages"].items():
        groups: dict[str, int] = collections.Counter()
        for name, n in sets.items():
            groups[group_of(name)] += n
        parts.append(f"{corpus}: " + ", ".join(f"{g} {n}" for g, n in sorted(groups.items())))
    print("documents: " + "; ".join(parts))


def print_table(data: dict, corpora: tuple[str, ...], rules: list[str] | None = None) -> None:
    table = summary(data)
    extra = sorted({name for name in data["pages"].get("extra", {})})
    head = ["rule"] + [f"{c} T" for c in corpora] + [f"{c} H" for c in corpora] + [f"{e}" for e in extra]
    head += ["kept T", "kept H", "lines T", "P T", "P5 T", "lines H", "P H", "P5 H", "flags"]
    print("| " + " | ".join(head) + " |")
    print("| --- " + "| ---: " * (len(head) - 2) + "| --- |")
    for rule in rules if rules is not None else sorted(table):
        cells = table.get(rule, {})
        row = [f"`{rule}`"]
        row += [_fire(cells.get((c, "tuned"))) for c in corpora]
        row += [_fire(cells.get((c, "held"))) for c in corpora]
        row += [_fire(_extra(data, rule, e)) for e in extra]
        tuned, held = cells.get(("gold", "tuned")), cells.get(("gold", "held"))
        row += [_kept(cells, "tuned"), _kept(cells, "held"),
                str(tuned[3]) if tuned else "0", _p(precision(tuned)), _p(precision5(tuned)),
                str(held[3]) if held else "0", _p(precision(held)), _p(precision5(held)),
                " ".join(cells.get("flags", []))]
        print("| " + " | ".join(row) + " |")


def print_compact(data: dict, corpora: tuple[str, ...]) -> None:
    """The table for docs/benchmarks.md: documents fired per corpus (tuned/held-out), the probes' halves, held-out
    gold lines removed, P5 tuned / held-out, flags."""
    table = summary(data)
    extra = sorted(data["pages"].get("extra", {}))
    head = ["rule"] + [f"{c} docs T/H" for c in corpora] + extra + ["lines5 T/H", "P5 T", "P5 H", "flags"]
    print("| " + " | ".join(head) + " |")
    print("| --- " + "| ---: " * (len(head) - 2) + "| --- |")
    for rule in sorted(table):
        cells = table[rule]
        if not any(row[0] for key, row in _cells(cells)):
            continue  # kept findings only
        row = [f"`{rule}`"]
        for corpus in corpora:
            t, h = cells.get((corpus, "tuned")), cells.get((corpus, "held"))
            row.append(f"{t[0] if t else 0}/{h[0] if h else 0}" if (t and t[0]) or (h and h[0]) else "-")
        for name in extra:
            e = _extra(data, rule, name)
            row.append(str(e[0]) if e and e[0] else "-")
        tuned, held = cells.get(("gold", "tuned")), cells.get(("gold", "held"))
        row += [f"{tuned[5] if tuned else 0}/{held[5] if held else 0}", _p(precision5(tuned)), _p(precision5(held)),
                " ".join(cells.get("flags", []))]
        print("| " + " | ".join(row) + " |")


def _extra(data: dict, rule: str, name: str):
    return data["rules"].get("extra", {}).get(name, {}).get(rule)


def print_by_corpus(data: dict) -> None:
    """Each rule's precision per gold corpus (lines removed, P, P5), tuned | held-out."""
    table = summary(data)
    print("\n| rule | " + " | ".join(f"{c} T lines / P / P5 | {c} H lines / P / P5" for c in GOLD_CORPORA) + " |")
    print("| --- " + "| ---: " * (2 * len(GOLD_CORPORA)) + "|")
    for rule in sorted(table):
        cells = table[rule]
        row = []
        for corpus in GOLD_CORPORA:
            for group in ("tuned", "held"):
                r = cells.get((corpus, group))
                row.append(f"{r[3]} / {_p(precision(r))} / {_p(precision5(r))}" if r and r[3] else "-")
        if any(cell != "-" for cell in row):
            print(f"| `{rule}` | " + " | ".join(row) + " |")


def print_pooled(data: dict) -> None:
    """All rules together: lines removed and precision per gold corpus and group (the gate's reference)."""
    table = summary(data)
    for corpus in GOLD_CORPORA + ("gold",):
        for group in ("tuned", "held"):
            total = [0] * len(FIELDS)
            for cells in table.values():
                row = cells.get((corpus, group))
                if row:
                    total = [a + b for a, b in zip(total, row)]
            print(f"  all rules, {corpus} {group}: {total[3]} lines removed, P {_p(precision(total))}, "
                  f"{total[5]} of {LONG_WORDS}+ words, P5 {_p(precision5(total))}")


def print_keep_hits(data: dict) -> None:
    """The rules whose removals hold a string a spam document must keep (examples / dev), counts only."""
    hits = []
    for rule, cells in sorted(summary(data).items()):
        tuned, held = cells.get(("spam", "tuned")), cells.get(("spam", "held"))
        if (tuned and tuned[9]) or (held and held[9]):
            hits.append(f"{rule} {tuned[9] if tuned else 0}/{held[9] if held else 0}")
    print("  spam removals holding an expected_keep string (examples/dev): " + (", ".join(hits) or "none"))


def restrict(base: dict, this: dict) -> dict:
    """The base's counts on the corpora and sets this run counted (a saved full run against a ``--corpora`` or
    ``--sets`` subset)."""
    return {"pages": {c: {n: k for n, k in sets.items() if n in this["pages"].get(c, {})}
                      for c, sets in base["pages"].items() if c in this["pages"]},
            "rules": {c: {n: t for n, t in sets.items() if n in this["pages"].get(c, {})}
                      for c, sets in base["rules"].items() if c in this["pages"]}}


def print_diff(base: dict, this: dict, base_name: str) -> int:
    """Every rule whose counts changed, base -> this; returns how many rules this tree newly flags."""
    a, b = summary(base), summary(this)
    print(f"\nper-rule difference, {base_name} -> this tree (docs T / docs H fired, lines T / P5 T, lines H / P5 H):")
    print("| rule | docs T | docs H | lines T | P5 T | lines H | P5 H | flags |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    new_flags = 0

    def docs(cells, group):
        return sum(row[0] for (corpus, g), row in _cells(cells) if g == group)

    for rule in sorted(set(a) | set(b)):
        x, y = a.get(rule, {}), b.get(rule, {})
        if {k: v for k, v in x.items() if k != "flags"} == {k: v for k, v in y.items() if k != "flags"}:
            continue
        gx = [x.get(("gold", g)) for g in ("tuned", "held")]
        gy = [y.get(("gold", g)) for g in ("tuned", "held")]
        fx, fy = x.get("flags", []), y.get("flags", [])
        added = [f for f in fy if f not in fx]
        new_flags += 1 if added else 0
        cells = [f"{docs(x, 'tuned')} -> {docs(y, 'tuned')}", f"{docs(x, 'held')} -> {docs(y, 'held')}",
                 f"{gx[0][3] if gx[0] else 0} -> {gy[0][3] if gy[0] else 0}",
                 f"{_p(precision5(gx[0]))} -> {_p(precision5(gy[0]))}",
                 f"{gx[1][3] if gx[1] else 0} -> {gy[1][3] if gy[1] else 0}",
                 f"{_p(precision5(gx[1]))} -> {_p(precision5(gy[1]))}",
                 f"{' '.join(fx) or '-'} -> {' '.join(fy) or '-'}" + (" **NEW**" if added else "")]
        print(f"| `{rule}` | " + " | ".join(cells) + " |")
    print(f"\ngate: {new_flags} rule(s) newly flagged" + (" (passes)" if not new_flags else " (FAILS)"))
    return new_flags


# -- sides ----------------------------------------------------------------------------------------------------------
def load(path: str) -> dict:
    with (gzip.open if path.endswith(".gz") else open)(path, "rt", encoding="utf-8") as handle:
        return json.load(handle)


def other_side(args, rev: str) -> dict:
    """Counts of another revision: a saved JSON, or ``git archive REV src`` run in a process of its own."""
    if rev.endswith((".json", ".json.gz")) and Path(rev).exists():
        return load(rev)
    with tempfile.TemporaryDirectory() as folder:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src"], check=True,
                                 capture_output=True).stdout
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(folder)
        out = Path(folder) / "counts.json"
        command = [sys.executable, __file__, "--src", str(Path(folder) / "src"), "--save", str(out), "--quiet",
                   "--sets", args.sets, "--corpora", args.corpora, "--jobs", str(args.jobs)]
        if args.limit is not None:
            command += ["--limit", str(args.limit)]
        for path in args.corpus or ():
            command += ["--corpus", path]
        env = dict(os.environ, PYTHONPATH=str(Path(folder) / "src"))
        subprocess.run(command, check=True, env=env)
        with open(out, encoding="utf-8") as handle:
            return json.load(handle)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default=",".join(TUNED_SETS + HELD_SETS), help="bench sets (spam: both files)")
    parser.add_argument("--corpora", default=",".join(CORPORA))
    parser.add_argument("--corpus", action="append", help="an extra JSONL corpus (counts only; again for more)")
    parser.add_argument("--limit", type=int, default=None, help="at most N documents a set")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--save", default=None, help="write the counts as JSON (for a later --against FILE)")
    parser.add_argument("--against", default=None, help="a git revision or a saved JSON: per-rule difference")
    parser.add_argument("--load", default=None, help="print a --save'd run instead of counting again")
    parser.add_argument("--by-corpus", action="store_true", help="each rule's precision per corpus too")
    parser.add_argument("--compact", action="store_true", help="print only the compact table (docs/benchmarks.md)")
    parser.add_argument("--quiet", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--src", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.src:
        sys.path.insert(0, args.src)
    from metric import require_shared

    if not args.load:
        require_shared("bench", "spam")
    corpora = tuple(c for c in CORPORA if c in args.corpora.split(","))
    if "md" in corpora and not args.load:
        try:
            import html2text  # noqa: F401
        except ImportError:
            print("md corpus skipped: html2text is not installed (pip install -e .[bench])")
            corpora = tuple(c for c in corpora if c != "md")
            args.corpora = ",".join(corpora)
    base = other_side(args, args.against) if args.against else None
    started = time.perf_counter()
    if args.load:
        data = load(args.load)
        corpora = tuple(c for c in corpora if c in data["pages"])
    else:
        data = collect(args)
        import cleaner

        data["cleaner"] = str(Path(cleaner.__file__).resolve().parent)
    if args.save:
        with (gzip.open if args.save.endswith(".gz") else open)(args.save, "wt", encoding="utf-8") as handle:
            json.dump(data, handle, sort_keys=True)
    if args.quiet:
        return 0
    if args.compact:
        print_compact(data, corpora)
        return 0
    print(f"rule rates, cleaner {data['cleaner']} ({time.perf_counter() - started:.0f} s); T: tuned sets "
          f"({', '.join(TUNED_SETS)}, spam examples), H: held-out ({', '.join(HELD_SETS)}, spam dev)")
    print_pages(data)
    print("cells: documents fired / blocks removed / characters removed; kept: documents / blocks where a finding of "
          "the rule was kept (near misses); lines: gold-labelled lines removed (text, md, html pooled); P: share of "
          f"them that are boilerplate; P5: the same over lines of {LONG_WORDS}+ words")
    print(f"gate: {json.dumps(GATE, sort_keys=True)}")
    print_pooled(data)
    print_keep_hits(data)
    print()
    print_table(data, corpora)
    if args.by_corpus:
        print_by_corpus(data)
    print("\nstop 36's rules:")
    for stop, rules in STOP36.items():
        print(f"\n{stop}:")
        print_table(data, corpora, list(rules))
    if base is not None:
        print_diff(restrict(base, data), data, args.against)
    return 0


if __name__ == "__main__":
    sys.exit(main())
