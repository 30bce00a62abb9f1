"""The ``cleaner`` command line.

    cleaner clean PATH... [--format text|markdown|json]   clean files ("-" reads stdin)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__
from .errors import CleanerError
from .pipeline import Cleaner

EXAMPLES = """examples:
  cleaner clean fixtures/seed.txt                 the clean text
  cleaner clean --format json article.md          the whole result as JSON
  curl -s https://example.com/post | cleaner clean --format markdown -
"""


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    return Path(path).read_bytes()


def _format_of(path: str) -> str:
    suffix = Path(path).suffix.lower()
    return {".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown", ".txt": "auto"}.get(suffix, "auto")


def cmd_clean(args: argparse.Namespace) -> int:
    cleaner = Cleaner(preset=args.preset)
    status = 0
    for path in args.paths:
        try:
            result = cleaner.clean(_read(path), format=_format_of(path) if args.input_format == "auto"
                                   else args.input_format, url=args.url)
        except (OSError, CleanerError) as error:
            print(f"cleaner: {path}: {error}", file=sys.stderr)
            status = 1
            continue
        if args.format == "json":
            record = {"path": path, **result.to_dict()}
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            sys.stdout.write((result.markdown if args.format == "markdown" else result.text) + "\n")
    return status


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cleaner", description="Strip boilerplate from scraped articles.",
                                     epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"cleaner {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    clean = sub.add_parser("clean", help="clean files and print the result", epilog=EXAMPLES,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
    clean.add_argument("paths", nargs="+", metavar="PATH", help='files to clean; "-" reads stdin')
    clean.add_argument("--format", choices=("text", "markdown", "json"), default="text", help="what to print")
    clean.add_argument("--input-format", choices=("auto", "text", "markdown", "html"), default="auto")
    clean.add_argument("--preset", choices=("precision", "balanced", "recall"), default="balanced")
    clean.add_argument("--url", default=None, help="the page's URL (helps metadata and relative links)")
    clean.set_defaults(func=cmd_clean)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
