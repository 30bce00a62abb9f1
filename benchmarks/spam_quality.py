"""Boilerplate removal on real scraped documents: ../shared/spam/examples.jsonl.gz (run by hand).

For every record of the chosen formats: ``cleaner.clean(raw, format=record format, url=record url)``, then per format
- the share of ``expected_remove`` strings gone (absent from ``result.text``),
- the share of ``expected_keep`` strings kept, and the documents with every keep string kept,
- author and source_url accuracy where ``expected_metadata`` gives them (case-insensitive; for the author,
  "partial" when the expected value contains ours).
A string is present when its token run appears in the output's token sequence (../shared/spam/README.md).
Targets: text / Markdown >= 95% of expected_remove gone with 100% of expected_keep kept; HTML >= 90% gone, 100% kept.

    python benchmarks/spam_quality.py                    # text + markdown records
    python benchmarks/spam_quality.py --formats all      # + html (when src/cleaner/readers/html.py exists)
    python benchmarks/spam_quality.py --verbose          # every failure: doc id, string, removals / findings
    python benchmarks/spam_quality.py --json out.json    # the figures and failures, machine-readable
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from collections import defaultdict
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))

from metric import TokenText, html_adapter_available, normalise_space, read_jsonl, require_shared, tokens  # noqa: E402

import cleaner  # noqa: E402

ALL_FORMATS = ("text", "markdown", "html")

#: What parts the names of several authors, however a gold or a page joins them ("A, B", "A; B", "A and B", "A et
#: B", "A、B"): several authors are right when the same names come in the same order (authors11c: the cleaner joins
#: them as trafilatura does, "A; B", the gold as the page shows them)
_AUTHOR_PARTS = regex.compile(r"\s*(?:[;,、&]|\s(?:and|et|und|y|e|en|och|og|i|ve|и)\s)\s*", regex.IGNORECASE)


def _same_authors(want: str, got: str) -> bool:
    """Two author strings that name the same persons in the same order (case and the joining aside)."""
    def names(text: str) -> list[str]:
        return [part for part in _AUTHOR_PARTS.split(text.casefold()) if part]
    return len(names(want)) > 1 and names(want) == names(got)


TARGETS = {"text": 0.95, "markdown": 0.95, "html": 0.90}


def _short(text: str, size: int = 160) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= size else text[: size - 1] + "…"


def _run(string: str) -> str:
    return " " + " ".join(tokens(string)) + " "


def removals_touching(string: str, removed) -> list:
    """The removals that hold the string, or that it holds, or that share most of their tokens with it."""
    run = _run(string)
    whole = [r for r in removed if run in _run(r.text)]
    if whole:
        return whole
    inside = [r for r in removed if tokens(r.text) and _run(r.text) in run]
    if inside:
        return inside
    wanted = set(tokens(string))
    return [r for r in removed if (toks := tokens(r.text)) and sum(t in wanted for t in toks) >= 0.6 * len(toks)]


def _trafilatura_has(record, string: str) -> str:
    """Whether plain trafilatura.extract keeps the string: tells the adapter's losses from trafilatura's own."""
    try:
        import trafilatura

        extracted = record.setdefault("_trafilatura", trafilatura.extract(record["raw"], url=record.get("url")) or "")
    except Exception as error:  # noqa: BLE001
        return f"; trafilatura failed: {error}"
    if TokenText(extracted).contains(string):
        return "; trafilatura.extract (defaults) keeps it"
    return "; trafilatura.extract (defaults) loses it too"


def block_findings(engine: cleaner.Cleaner, raw: str, fmt: str, url: str | None):
    """(blocks, findings) as the pipeline sees them: internal API, used only to explain failures."""
    from cleaner.decoding import sanitize

    text = sanitize(raw if isinstance(raw, str) else raw.decode("utf-8", "replace"))
    if fmt == "html":
        from cleaner.readers.html import html_document
        from cleaner.detectors.dom import DOM_TOKENS, dom_findings

        blocks = html_document(text, url=url, options=engine.html_options, segmenter=engine.segmenter,
                               dom_tokens=DOM_TOKENS).blocks
        return blocks, dom_findings(blocks, engine.findings(blocks), engine.kinds)
    from cleaner.readers.text import text_units

    blocks = engine.segmenter.blocks(text_units(text, markdown=fmt == "markdown"))
    if fmt == "markdown":  # the boxes of raw HTML and fenced divs (readers/md_boxes.py), as the pipeline reads them
        from cleaner.detectors.dom import DOM_TOKENS, dom_findings
        from cleaner.readers.dom_boxes import dom_vocabulary
        from cleaner.readers.md_boxes import attach_box_hints

        attach_box_hints(text, blocks, dom_vocabulary(DOM_TOKENS))
        return blocks, dom_findings(blocks, engine.findings(blocks), engine.kinds, weaker_too=True)
    return blocks, engine.findings(blocks)


def explain_kept(string: str, blocks, findings) -> str:
    """Which block still holds a must-remove string, and what the detectors said about it."""
    run = _run(string)
    for block, found in zip(blocks, findings):
        if run in _run(block.plain) or run in _run(block.text):
            where = f"block {block.index} ({block.type}, {len(block.plain)} chars of {len(blocks)} blocks)"
            if found:
                said = "; ".join(f"{f.rule} [{f.cue}] strength {f.strength:.2f}" for f in found)
                return f"{where}: findings {said} -> kept by the decision"
            return f"{where}: no detector fired"
    return "spread over several blocks (no single block holds it)"


def evaluate(records, engine: cleaner.Cleaner, explain: bool):
    per_format = defaultdict(lambda: defaultdict(int))
    failures = []
    for record in records:
        fmt = record["format"]
        stats = per_format[fmt]
        stats["docs"] += 1
        try:
            started = time.perf_counter()
            result = engine.clean(record["raw"], format=fmt, url=record.get("url"))
            stats["seconds_x1000"] += int((time.perf_counter() - started) * 1e6)
        except Exception as error:  # a crash is a failure of its own, not the end of the run
            stats["errors"] += 1
            failures.append({"id": record["id"], "format": fmt, "type": "error",
                             "string": "", "detail": f"{type(error).__name__}: {error}",
                             "trace": traceback.format_exc(limit=3)})
            continue
        output = TokenText(result.text)
        context = None

        def diagnose(string: str) -> str:
            nonlocal context
            if not explain:
                return ""
            if context is None:
                try:
                    context = block_findings(engine, record["raw"], fmt, record.get("url"))
                except Exception as error:  # noqa: BLE001
                    context = error
            if isinstance(context, Exception):
                return f"(could not explain: {context})"
            return explain_kept(string, *context)

        for string in record.get("expected_remove") or []:
            present = output.contains(string)
            if present is None:
                stats["remove_skipped"] += 1
                continue
            stats["remove_total"] += 1
            if present:
                failures.append({"id": record["id"], "format": fmt, "lang": record.get("lang"),
                                 "type": "not_removed", "string": string, "detail": diagnose(string)})
            else:
                stats["remove_gone"] += 1
        keep = [s for s in record.get("expected_keep") or [] if tokens(s)]
        if keep:
            stats["keep_docs"] += 1
            all_kept = True
            for string in keep:
                stats["keep_total"] += 1
                if output.contains(string):
                    stats["keep_kept"] += 1
                else:
                    all_kept = False
                    if normalise_space(string).casefold() in normalise_space(result.text).casefold():
                        # the string cuts a word ("fter all, ..."): its token run cannot match, the text is there
                        stats["keep_lost_substring_present"] += 1
                        failures.append({"id": record["id"], "format": fmt, "lang": record.get("lang"),
                                         "type": "keep_lost", "string": string,
                                         "detail": "present as a substring (the string cuts a word): metric artefact"})
                        continue
                    hits = removals_touching(string, result.removed)
                    detail = "; ".join(f"{r.kind}/{r.rule} [{r.cue}] removed {_short(r.text, 100)!r}" for r in hits) \
                        or "no removal holds it (lost by the adapter / rendering?)"
                    if not hits and explain and fmt == "html":
                        detail += _trafilatura_has(record, string)
                    failures.append({"id": record["id"], "format": fmt, "lang": record.get("lang"),
                                     "type": "keep_lost", "string": string, "detail": detail})
            stats["keep_docs_all"] += all_kept
        meta = record.get("expected_metadata") or {}
        for field, ours in (("author", result.author), ("byline", result.author), ("source_url", result.source_url)):
            expected = meta.get(field)
            if not expected or not isinstance(expected, str):
                continue
            stats[f"{field}_total"] += 1
            want, got = expected.strip().casefold(), (ours or "").strip().casefold()
            if field == "source_url":
                want, got = want.rstrip("/"), got.rstrip("/")
            if got and (got == want or field != "source_url" and _same_authors(want, got)):
                stats[f"{field}_exact"] += 1
            elif got and field != "source_url" and got in want:
                stats[f"{field}_partial"] += 1
            else:
                failures.append({"id": record["id"], "format": fmt, "lang": record.get("lang"),
                                 "type": f"{field}_wrong", "string": expected, "detail": f"ours: {ours!r}"})
        stats["removals"] += len(result.removed)
        if explain:
            failures.append({"id": record["id"], "format": fmt, "type": "_removed", "string": "",
                             "detail": [f"{r.kind}/{r.rule} [{r.cue}] {_short(r.text, 120)!r}" for r in result.removed]})
    return per_format, failures


def _share(part: int, whole: int) -> str:
    return f"{part / whole:6.1%} ({part}/{whole})" if whole else "   n/a"


def report(per_format, failures, verbose: bool) -> dict:
    summary = {}
    print(f"\n{'format':9} {'docs':>4}  {'remove gone':>19}  {'keep kept':>19}  {'docs all kept':>17}  target")
    for fmt in ALL_FORMATS:
        if fmt not in per_format:
            continue
        s = per_format[fmt]
        gone = s["remove_gone"] / s["remove_total"] if s["remove_total"] else None
        kept = s["keep_kept"] / s["keep_total"] if s["keep_total"] else None
        met = (gone is None or gone >= TARGETS[fmt]) and (kept is None or kept == 1.0) and not s["errors"]
        print(f"{fmt:9} {s['docs']:>4}  {_share(s['remove_gone'], s['remove_total']):>19}  "
              f"{_share(s['keep_kept'], s['keep_total']):>19}  {_share(s['keep_docs_all'], s['keep_docs']):>17}  "
              f">={TARGETS[fmt]:.0%} gone, 100% kept: {'MET' if met else 'NOT MET'}"
              + (f"  [{s['errors']} errors]" if s["errors"] else ""))
        summary[fmt] = {key: value for key, value in s.items()}
        summary[fmt].update(remove_gone_share=gone, keep_kept_share=kept, target_met=met)
    for fmt in ALL_FORMATS:
        if per_format.get(fmt, {}).get("keep_lost_substring_present"):
            print(f"  note {fmt}: {per_format[fmt]['keep_lost_substring_present']} lost keep strings are in the text as "
                  f"substrings (they cut a word, so their token run cannot match): scored lost, as the metric says")
    print("\nmetadata (exact / partial = expected contains ours / total):")
    for fmt in ALL_FORMATS:
        s = per_format.get(fmt)
        if not s:
            continue
        for field in ("author", "byline", "source_url"):
            if s[f"{field}_total"]:
                print(f"  {fmt:9} {field:10} exact {s[f'{field}_exact']}, partial {s[f'{field}_partial']}, "
                      f"of {s[f'{field}_total']}")
    real = [f for f in failures if not f["type"].startswith("_")]
    by_type = defaultdict(int)
    for failure in real:
        by_type[(failure["format"], failure["type"])] += 1
    print("\nfailures: " + (", ".join(f"{fmt} {kind} {n}" for (fmt, kind), n in sorted(by_type.items())) or "none"))
    if verbose:
        removed = {(f["id"], f["format"]): f["detail"] for f in failures if f["type"] == "_removed"}
        last = None
        for failure in sorted(real, key=lambda f: (f["format"], f["id"], f["type"])):
            key = (failure["id"], failure["format"])
            if key != last:
                print(f"\n== {failure['id']} [{failure['format']}, {failure.get('lang')}]")
                for line in removed.get(key, []):
                    print(f"   removed: {line}")
                if not removed.get(key):
                    print("   removed: nothing")
                last = key
            print(f"   {failure['type']}: {_short(failure['string'], 120)!r}")
            if failure["detail"]:
                print(f"      -> {failure['detail']}")
    return summary


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--formats", default="text,markdown",
                        help="comma-separated of text, markdown, html, or 'all' (default: text,markdown)")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every failure, with the removals")
    parser.add_argument("--ids", default="", help="only these record ids (comma-separated)")
    parser.add_argument("--json", type=Path, help="write the figures and failures here")
    args = parser.parse_args(argv)
    root = require_shared("spam/examples.jsonl.gz")
    formats = ALL_FORMATS if args.formats == "all" else tuple(f.strip() for f in args.formats.split(",") if f.strip())
    unknown = [f for f in formats if f not in ALL_FORMATS]
    if unknown:
        parser.error(f"unknown format(s) {unknown}")
    if "html" in formats and not html_adapter_available():
        print("note: the HTML adapter (cleaner.readers.html) is not there yet: html records skipped")
        formats = tuple(f for f in formats if f != "html")
    ids = {i.strip() for i in args.ids.split(",") if i.strip()}
    records = [r for r in read_jsonl(root / "spam/examples.jsonl.gz")
               if r["format"] in formats and (not ids or r["id"] in ids)]
    print(f"spam set: {len(records)} records of format {', '.join(formats)} (cleaner {getattr(cleaner, '__version__', '?')})")
    per_format, failures = evaluate(records, cleaner.Cleaner(), explain=args.verbose)
    summary = report(per_format, failures, args.verbose)
    if args.json:
        args.json.write_text(json.dumps({"summary": summary, "failures": failures}, ensure_ascii=False, indent=1),
                             encoding="utf-8")
        print(f"\nwritten: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
