"""Dump ``to_dict()`` of every text and Markdown document we can get, and compare two dumps (run by hand).

The text-path sibling of html_dump.py: a change to the text path that is meant to leave the output alone is checked
by dumping before and after and diffing (the diff is html_dump.py's, with its reasons).

    python benchmarks/text_dump.py dump before.jsonl.gz [--limit N]
    python benchmarks/text_dump.py diff before.jsonl.gz after.jsonl.gz [--show 20]

Documents, in a fixed order:
- every gold body of ../shared/bench (all sets, wcxb_dev too) with inject_quality.py's injected boilerplate, cleaned
  as text, and the same injected body cleaned as Markdown;
- the text and Markdown records of ../shared/spam/examples.jsonl.gz and dev.jsonl.gz, in their own format;
- the project's fixtures: seed.txt, the text / Markdown cases of fixtures/cases, and the text / Markdown files of
  fixtures/hostile (those under the size limit), cleaned with format="auto" (bytes for the hostile files).
Without ../shared only the fixtures are dumped (said on stderr).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from html_dump import diff, write_dump  # noqa: E402
from metric import read_jsonl, shared_dir  # noqa: E402

FIXTURES = HERE.parent / "fixtures"
BENCH_SETS = ("scrapinghub", "readability", "chinese_cwced", "cleaneval", "cleanportaleval", "trafilatura",
              "wcxb_dev")


def documents():
    """(key, document, format) of every document, in a fixed order."""
    from inject_quality import inject

    root = shared_dir()
    if not (root / "bench").exists():
        print(f"{root / 'bench'} is missing: only the fixtures are dumped", file=sys.stderr)
    else:
        for name in BENCH_SETS:
            path = root / "bench" / f"{name}.jsonl.gz"
            if not path.exists():
                print(f"{path} is missing: skipped", file=sys.stderr)
                continue
            for record in read_jsonl(path):
                gold = (record.get("gold") or "").strip()
                if not gold:
                    continue
                text = inject(record["id"], record.get("lang") or "en", gold).text
                yield f"{name}/{record['id']}/text", text, "text"
                yield f"{name}/{record['id']}/markdown", text, "markdown"
    for name in ("examples", "dev"):
        path = root / "spam" / f"{name}.jsonl.gz"
        if not path.exists():
            print(f"{path} is missing: skipped", file=sys.stderr)
            continue
        for record in read_jsonl(path):
            if record.get("format") in ("text", "markdown"):
                yield f"spam-{name}/{record['id']}", record["raw"], record["format"]
    yield "fixtures/seed.txt", (FIXTURES / "seed.txt").read_text(encoding="utf-8"), "auto"
    for path in sorted((FIXTURES / "cases").glob("*.json")):
        if ".html." in path.name:
            continue
        for case in json.loads(path.read_text(encoding="utf-8")):
            if case.get("format", "text") in ("text", "markdown"):
                yield f"cases/{path.stem}/{case['id']}", case["document"], case.get("format", "text")
    for path in sorted((FIXTURES / "hostile").iterdir()):
        if path.suffix in (".txt", ".md", ".bin") and path.stat().st_size <= 1_000_000:
            yield f"hostile/{path.name}", path.read_bytes(), "auto"


def dump(out: Path, limit: int | None) -> int:
    import cleaner

    return write_dump(out, ((key, lambda document=document, fmt=fmt: cleaner.clean(document, format=fmt).to_dict())
                            for key, document, fmt in documents()), limit, noun="documents", every=500)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    one = sub.add_parser("dump")
    one.add_argument("out", type=Path)
    one.add_argument("--limit", type=int)
    two = sub.add_parser("diff")
    two.add_argument("before", type=Path)
    two.add_argument("after", type=Path)
    two.add_argument("--show", type=int, default=20)
    two.add_argument("--only", default="", help="only the documents whose key starts with this")
    args = parser.parse_args(argv)
    if args.command == "dump":
        return dump(args.out, args.limit)
    return diff(args.before, args.after, args.show, only=args.only)


if __name__ == "__main__":
    sys.exit(main())
