"""Dump ``to_dict()`` of every bench and spam HTML page, compare two dumps, and count located removals (run by hand).

A change to the HTML path that is meant to leave the output alone is checked by dumping before and after and
diffing; the share of HTML removals with a location (an XPath, or offsets) is counted from one dump.

    python benchmarks/html_dump.py dump before.jsonl.gz [--sets all] [--limit N]
    python benchmarks/html_dump.py diff before.jsonl.gz after.jsonl.gz [--show 20]
    python benchmarks/html_dump.py located after.jsonl.gz

Pages: the HTML of every ../shared/bench set but wcxb_dev (1,537) and the HTML records of
../shared/spam/examples.jsonl.gz (107): the 1,644 pages other figures in docs/ are counted on. ``--sets all`` adds
wcxb_dev (680). Exits 0 with a message when ../shared is missing.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from metric import read_jsonl, require_shared  # noqa: E402

SETS = ("scrapinghub", "readability", "chinese_cwced", "cleaneval", "cleanportaleval", "trafilatura")


def pages(sets: tuple[str, ...]):
    """(key, html, url) of every page, in a fixed order."""
    root = require_shared("bench", "spam/examples.jsonl.gz")
    bench, spam = root / "bench", root / "spam"
    for name in sets:
        path = bench / f"{name}.jsonl.gz"
        if not path.exists():
            print(f"{path} is missing: skipped", file=sys.stderr)
            continue
        for record in read_jsonl(path):
            yield f"{name}/{record['id']}", record["html"], record.get("url")
    for record in read_jsonl(spam / "examples.jsonl.gz"):
        if record.get("format") == "html":
            yield f"spam/{record['id']}", record["raw"], record.get("url")


def write_dump(out: Path, results, limit: int | None, noun: str = "pages", every: int = 200) -> int:
    """Write ``{"key", "result"}`` lines to ``out`` (gzip) for ``results``: (key, a call giving the result) pairs, in
    order. A crash is a result too (it must not change either). text_dump.py writes its dumps with this as well."""
    count = 0
    with gzip.open(out, "wt", encoding="utf-8") as handle:
        for key, clean in results:
            try:
                result = clean()
            except Exception as error:
                result = {"error": repr(error)}
            handle.write(json.dumps({"key": key, "result": result}, ensure_ascii=False) + "\n")
            count += 1
            if limit and count >= limit:
                break
            if count % every == 0:
                print(f"{count} {noun}", file=sys.stderr)
    print(f"{count} {noun} written to {out}", file=sys.stderr)
    return 0 if count else 1


def dump(out: Path, sets: tuple[str, ...], limit: int | None) -> int:
    import cleaner

    return write_dump(out, ((key, lambda html=html, url=url: cleaner.clean(html, format="html", url=url).to_dict())
                            for key, html, url in pages(sets)), limit)


def _load(path: Path) -> dict[str, dict]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return {row["key"]: row["result"] for row in map(json.loads, handle)}


def _squashed(result: dict) -> dict:
    """The result with every run of blanks in its texts as one space (``--ignore-space``)."""
    def squash(value):
        if isinstance(value, str):
            return " ".join(value.split())
        if isinstance(value, list):
            return [squash(item) for item in value]
        if isinstance(value, dict):
            return {key: squash(item) for key, item in value.items()}
        return value
    return squash(result)


def _nospace(value):
    if isinstance(value, str):
        return "".join(value.split())
    if isinstance(value, list):
        return [_nospace(item) for item in value]
    if isinstance(value, dict):
        return {key: _nospace(item) for key, item in value.items()}
    return value


def why(a: dict, b: dict) -> tuple[str, ...]:
    """Why a page's result changed, from the smallest difference up: only where removals are located ("xpath"),
    only in runs of blanks ("blanks": a newline of the page's source read as a space), only in where blanks are
    ("spaces between words": words glued at a link no longer), what is removed ("removals"), other fields."""
    reasons = []
    strip = [dict(r, xpath=None) for r in a.get("removed", [])], [dict(r, xpath=None) for r in b.get("removed", [])]
    if strip[0] != strip[1]:
        if [r["text"] for r in strip[0]] == [r["text"] for r in strip[1]] and \
                [dict(r, text="") for r in strip[0]] == [dict(r, text="") for r in strip[1]]:
            pass
        elif _nospace([r["text"] for r in strip[0]]) != _nospace([r["text"] for r in strip[1]]):
            reasons.append("removals")
    elif a.get("removed") != b.get("removed"):
        reasons.append("xpath")
    for name in ("text", "markdown", "links"):
        if a.get(name) == b.get(name):
            continue
        if _squashed(a.get(name)) == _squashed(b.get(name)):
            reasons.append("blanks")
        elif _nospace(a.get(name)) == _nospace(b.get(name)):
            reasons.append("spaces between words")
        elif "removals" not in reasons:
            reasons.append(f"{name} otherwise")
    for name in ("title", "author", "source_url", "language", "date", "sitename", "url", "description", "format",
                 "warnings", "error"):
        if a.get(name) != b.get(name):
            reasons.append(name)
    if "xpath" not in reasons and [r.get("xpath") for r in a.get("removed", [])] != \
            [r.get("xpath") for r in b.get("removed", [])] and "removals" not in reasons:
        reasons.append("xpath")
    return tuple(dict.fromkeys(reasons)) or ("blanks in removed text",)


def diff(before: Path, after: Path, show: int, ignore_space: bool = False, only: str = "") -> int:
    old, new = _load(before), _load(after)
    old = {key: value for key, value in old.items() if key.startswith(only)}
    new = {key: value for key, value in new.items() if key.startswith(only)}
    keys = [key for key in old if key in new]
    changed = Counter()
    examples: list[str] = []
    for key in keys:
        a, b = old[key], new[key]
        if ignore_space:
            a, b = _squashed(a), _squashed(b)
        if a == b:
            continue
        fields = [name for name in dict.fromkeys([*a, *b]) if a.get(name) != b.get(name)]
        changed[tuple(fields)] += 1
        if len(examples) < show:
            lines = [f"== {key}: {', '.join(fields)}"]
            for name in fields:
                if name == "removed":
                    ra = [(r["kind"], r["rule"], r["text"][:80], r["xpath"]) for r in a.get(name, [])]
                    rb = [(r["kind"], r["rule"], r["text"][:80], r["xpath"]) for r in b.get(name, [])]
                    lines += [f"  - {r}" for r in ra if r not in rb] + [f"  + {r}" for r in rb if r not in ra]
                elif name in ("text", "markdown"):
                    import difflib

                    delta = difflib.unified_diff(str(a.get(name)).splitlines(), str(b.get(name)).splitlines(),
                                                 lineterm="", n=0)
                    lines += [f"  {line[:200]}" for line in list(delta)[2:14]]
                else:
                    lines.append(f"  {str(a.get(name))[:200]!r} -> {str(b.get(name))[:200]!r}")
            examples.append("\n".join(lines))
    print("\n".join(examples))
    total = sum(changed.values())
    print(f"\n{total} of {len(keys)} pages changed ({len(old) - len(keys)} only before, "
          f"{len(new) - len(keys)} only after)")
    for fields, count in changed.most_common():
        print(f"  {count:5}  {', '.join(fields)}")
    reasons = Counter(tuple(sorted(why(old[key], new[key]))) for key in keys if old[key] != new[key])
    print("\nwhy (the page counted once, under all its reasons):")
    for found, count in reasons.most_common():
        print(f"  {count:5}  {' + '.join(found)}")
    return 0


def located(path: Path, only: str = "") -> int:
    rows = {key: result for key, result in _load(path).items() if key.startswith(only)}
    total = with_xpath = with_offsets = 0
    per_rule: Counter = Counter()
    for result in rows.values():
        for removal in result.get("removed", []):
            total += 1
            if removal.get("xpath"):
                with_xpath += 1
            elif removal.get("start") is not None:
                with_offsets += 1
            else:
                per_rule[removal["rule"]] += 1
    nowhere = total - with_xpath - with_offsets
    print(f"{len(rows)} pages, {total} removals: {with_xpath} with an XPath, {with_offsets} with offsets only, "
          f"{nowhere} with neither ({nowhere / max(total, 1):.1%})")
    for rule, count in per_rule.most_common(15):
        print(f"  {count:5}  {rule}")
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    one = sub.add_parser("dump")
    one.add_argument("out", type=Path)
    one.add_argument("--sets", default=",".join(SETS), help="comma-separated bench sets, or 'all' (+ wcxb_dev)")
    one.add_argument("--limit", type=int)
    two = sub.add_parser("diff")
    two.add_argument("before", type=Path)
    two.add_argument("after", type=Path)
    two.add_argument("--show", type=int, default=20)
    two.add_argument("--ignore-space", action="store_true", help="runs of blanks in texts compare as one space")
    two.add_argument("--only", default="", help="only the pages whose key starts with this")
    three = sub.add_parser("located")
    three.add_argument("dump", type=Path)
    three.add_argument("--only", default="", help="only the pages whose key starts with this")
    args = parser.parse_args(argv)
    if args.command == "dump":
        sets = (*SETS, "wcxb_dev") if args.sets == "all" else tuple(args.sets.split(","))
        return dump(args.out, sets, args.limit)
    if args.command == "diff":
        return diff(args.before, args.after, args.show, args.ignore_space, args.only)
    return located(args.dump, args.only)


if __name__ == "__main__":
    sys.exit(main())
