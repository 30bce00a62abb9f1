"""A probe of real documents nobody tuned on: removed / kept per half, format and language, every miss explained.

The probe itself is NOT part of the project (its texts are real third-party documents): it is a JSONL file kept
outside the repository and given on the command line. One record a line, the fields of ``../shared/spam``'s records
under the probe's names::

    {"id", "source", "source_group", "half": "A" | "B", "format": "text" | "markdown" | "html", "lang", "type",
     "text", "remove": [exact substrings that are boilerplate], "keep": [exact substrings of body sentences],
     "expected_metadata": {"author"?, "source_url"?}, "notes"}

``half`` is the split made before any mechanism was written from the probe: A is what mechanisms may be written
from, B is held out (docs/benchmarks.md, section "probe11"); C marks a second, independent probe that is held out
as a whole (section "probeC"). Scoring is ``spam_quality.py``'s: a string is present when its token run appears in
``result.text`` (../shared/bench/README.md's tokens).

    python benchmarks/probe.py /work/meas/probe11/probe.jsonl             # tables per half / format / language
    python benchmarks/probe.py PROBE.jsonl --misses                       # + every miss and false removal, explained
    python benchmarks/probe.py PROBE.jsonl --half A --misses              # one half only
    python benchmarks/probe.py PROBE.jsonl --json out.json                # figures and failures, machine-readable
    python benchmarks/probe.py PROBE.jsonl --preset recall                # another preset
    python benchmarks/probe.py PROBE.jsonl --trafilatura                  # + trafilatura.extract alone on the HTML records
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from metric import TokenText  # noqa: E402
from spam_quality import evaluate  # noqa: E402

import cleaner  # noqa: E402

FORMATS = ("text", "markdown", "html")


def read_probe(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def as_spam_record(record: dict) -> dict:
    """The probe's record under spam_quality's field names."""
    return {"id": record["id"], "format": record["format"], "lang": record.get("lang"), "raw": record["text"],
            "expected_remove": record.get("remove") or [], "expected_keep": record.get("keep") or [],
            "expected_metadata": record.get("expected_metadata") or {}}


def score(records: list[dict], engine: cleaner.Cleaner, explain: bool):
    """(per (half, format, lang) counters, failures) over the records, one evaluate() call a record."""
    cells: dict[tuple[str, str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    failures = []
    for record in records:
        per_format, fails = evaluate([as_spam_record(record)], engine, explain)
        stats = per_format[record["format"]]
        cell = cells[(record.get("half", "?"), record["format"], record.get("lang") or "?")]
        for key, value in stats.items():
            cell[key] += value
        for failure in fails:
            if failure["type"] != "_removed":
                failure["half"] = record.get("half", "?")
                failure["source_group"] = record.get("source_group")
                failures.append(failure)
    return cells, failures


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.1%} ({part}/{whole})" if whole else "–"


def _sum(cells, predicate) -> dict[str, int]:
    total: dict[str, int] = defaultdict(int)
    for key, cell in cells.items():
        if predicate(key):
            for name, value in cell.items():
                total[name] += value
    return total


def table(cells, rows: list[tuple[str, object]]) -> list[str]:
    lines = ["| | docs | remove gone | keep kept | docs all kept | author right | source_url right |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for label, predicate in rows:
        s = _sum(cells, predicate)
        if not s.get("docs"):
            continue
        lines.append(f"| {label} | {s['docs']} | {_share(s['remove_gone'], s['remove_total'])} | "
                     f"{_share(s['keep_kept'], s['keep_total'])} | {_share(s['keep_docs_all'], s['keep_docs'])} | "
                     f"{_share(s['author_exact'], s['author_total'])} | "
                     f"{_share(s['source_url_exact'], s['source_url_total'])} |")
    return lines


def trafilatura_baseline(records: list[dict]) -> dict[str, dict[str, int]]:
    """Per half: the HTML records' remove strings gone from / keep strings kept in ``trafilatura.extract`` (defaults),
    the same check as ours, so the two compare (what trafilatura alone removes)."""
    import trafilatura

    cells: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for record in records:
        if record["format"] != "html":
            continue
        output = TokenText(trafilatura.extract(record["text"]) or "")
        cell = cells[record.get("half", "?")]
        cell["docs"] += 1
        for string in record.get("remove") or []:
            present = output.contains(string)
            if present is not None:
                cell["remove_total"] += 1
                cell["remove_gone"] += not present
        for string in record.get("keep") or []:
            present = output.contains(string)
            if present is not None:
                cell["keep_total"] += 1
                cell["keep_kept"] += present
    return cells


def report_trafilatura(cells) -> None:
    print("\nHTML records, trafilatura.extract alone (defaults), same check:\n")
    print("| | docs | remove gone | keep kept |")
    print("| --- | ---: | ---: | ---: |")
    for half in sorted(cells):
        c = cells[half]
        print(f"| {half} html | {c['docs']} | {_share(c['remove_gone'], c['remove_total'])} | "
              f"{_share(c['keep_kept'], c['keep_total'])} |")


def report(cells, failures, show_misses: bool) -> dict:
    halves = sorted({key[0] for key in cells})
    langs = sorted({key[2] for key in cells})
    print("\nBy half and format (A: mechanisms may be written from its misses; B, C: held out):\n")
    rows = []
    for half in halves:
        rows += [(f"{half} {fmt}", lambda k, h=half, f=fmt: k[0] == h and k[1] == f) for fmt in FORMATS]
        rows.append((f"**{half} all**", lambda k, h=half: k[0] == h))
    rows.append(("**all**", lambda k: True))
    print("\n".join(table(cells, rows)))
    print("\nBy language (both halves):\n")
    print("\n".join(table(cells, [(lang, lambda k, g=lang: k[2] == g) for lang in langs])))
    if show_misses:
        for kind, title in (("not_removed", "Boilerplate kept (misses)"), ("keep_lost", "Body removed (false removals)"),
                            ("author_wrong", "Author wrong"), ("source_url_wrong", "source_url wrong"),
                            ("error", "Errors")):
            chosen = [f for f in failures if f["type"] == kind]
            if not chosen:
                continue
            print(f"\n{title} ({len(chosen)}):")
            for f in sorted(chosen, key=lambda f: (f["half"], f["id"])):
                print(f"  [{f['half']}] {f['id']} ({f['format']}, {f.get('lang')}): {f['string'][:110]!r}")
                if f.get("detail"):
                    print(f"      {f['detail']}")
    return {"cells": {"/".join(key): dict(value) for key, value in cells.items()}, "failures": failures}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("probe", type=Path, help="the probe's JSONL file (kept outside the repository)")
    parser.add_argument("--half", choices=("A", "B", "C"), help="score one half only")
    parser.add_argument("--misses", action="store_true", help="list every miss and false removal, explained")
    parser.add_argument("--json", type=Path, help="write the figures and failures here")
    parser.add_argument("--preset", default="balanced", help="the Cleaner's preset (balanced, precision, recall)")
    parser.add_argument("--trafilatura", action="store_true",
                        help="also score trafilatura.extract alone (defaults) on the HTML records")
    args = parser.parse_args(argv)
    if not args.probe.is_file():
        print(f"probe skipped: no probe file at {args.probe} (the probe is kept outside the repository; "
              f"give the path of its JSONL file)")
        return 0
    records = read_probe(args.probe)
    if args.half:
        records = [r for r in records if r.get("half") == args.half]
    engine = cleaner.Cleaner(preset=args.preset)
    cells, failures = score(records, engine, explain=args.misses)
    summary = report(cells, failures, args.misses)
    if args.trafilatura:
        baseline = trafilatura_baseline(records)
        report_trafilatura(baseline)
        summary["trafilatura_html"] = {half: dict(cell) for half, cell in baseline.items()}
    if args.json:
        args.json.write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
