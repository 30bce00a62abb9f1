"""The whole text path of another revision against this tree's, in one process, document by document (run by hand).

Text: speed.py's set (the gold bodies of ../shared/bench of 3-5 KB with inject_quality.py's boilerplate, cleaned as
text). The other revision's ``src/cleaner`` (``git archive REV``) is imported beside this tree's as the package
``cleaner_other`` (its modules import one another relatively); its data files are this tree's (``datafiles`` reads
the package named ``cleaner``), so compare revisions whose data files are the same. Every document is cleaned by
both first and the ``to_dict()`` compared (a speed change keeps the output); then, ``--rounds`` times, each document
is cleaned by one code and the other in turn (who goes first alternates by document and round), each call timed
alone (CPU time, ``time.process_time``). The ratio other / this of each round's total is reported, and its median:
above 1 when this tree is faster. Machine load disturbs both codes alike, which is the point of interleaving.

    python benchmarks/text_ab.py --against main --rounds 5 [--no-language] [--cold]

``--cold``: before every timed call, both packages' line memos are emptied (each ``functools.lru_cache`` of 4,096
entries or more: edge_chrome.py's line tests, references.py's, bios.py's; not the vocabularies and compiled
patterns, whose caches are smaller or unbounded), so that repeated passes over the same 168 documents do not find
the lines of the earlier passes, as a batch of new documents would not (speed23's caveat).
"""

from __future__ import annotations

import importlib
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

import cleaner

sys.path.insert(0, str(Path(__file__).resolve().parent))
import detector_speed  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def load_other(revision: str):
    """``src/cleaner`` of ``revision`` imported as the package ``cleaner_other``."""
    archive = subprocess.run(["git", "archive", revision, "src/cleaner"], cwd=ROOT, check=True,
                             capture_output=True).stdout
    directory = Path(tempfile.mkdtemp())
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(directory)
    (directory / "src" / "cleaner").rename(directory / "cleaner_other")
    sys.path.insert(0, str(directory))
    return importlib.import_module("cleaner_other")


def line_memos(package) -> list:
    """The ``functools.lru_cache`` wrappers of 4,096 entries or more in ``package``'s modules (``--cold``)."""
    found = []
    for name, module in list(sys.modules.items()):
        if name != package.__name__ and not name.startswith(package.__name__ + "."):
            continue
        for value in list(vars(module).values()):
            parameters = getattr(value, "cache_parameters", None)
            if parameters is not None and (parameters().get("maxsize") or 0) >= 4096 and value not in found:
                found.append(value)
    return found


def main(argv=None) -> int:
    args, docs = detector_speed.ab_arguments(
        __doc__, 5, argv, lambda parser: (
            parser.add_argument("--no-language", action="store_true", help="both without language detection"),
            parser.add_argument("--cold", action="store_true", help="empty the line memos before every timed call")))
    if docs is None:
        return 1
    other_package = load_other(args.against)
    language = not args.no_language
    other, this = other_package.Cleaner(detect_language=language), cleaner.Cleaner(detect_language=language)
    for doc in docs:
        if other.clean(doc).to_dict() != this.clean(doc).to_dict():
            print(f"the output differs from {args.against}'s: not a speed change")
            return 1
    memos = line_memos(other_package) + line_memos(cleaner) if args.cold else []
    clock = time.process_time
    totals: list[tuple[float, float]] = []
    for round_ in range(args.rounds):
        spent = [0.0, 0.0]  # other, this
        for number, doc in enumerate(docs):
            order = ((0, other), (1, this)) if (number + round_) % 2 == 0 else ((1, this), (0, other))
            for which, engine in order:
                for memo in memos:
                    memo.cache_clear()
                started = clock()
                engine.clean(doc)
                spent[which] += clock() - started
        totals.append((spent[0], spent[1]))
    ratios = [a / b for a, b in totals]
    ms = lambda seconds: seconds / len(docs) * 1000  # noqa: E731
    if args.cold:
        print(f"cold: {len(memos)} line memos emptied before every call")
    print(f"{len(docs)} texts, {args.rounds} interleaved rounds, language detection {'on' if language else 'off'}, "
          f"the same to_dict() as {args.against}; CPU ms a document:")
    print(f"  {args.against}: {', '.join(f'{ms(a):.3f}' for a, _ in totals)}")
    print(f"  this: {', '.join(f'{ms(b):.3f}' for _, b in totals)}")
    print(f"  {args.against} / this: {statistics.median(ratios):.3f}x (rounds "
          f"{', '.join(f'{r:.3f}' for r in ratios)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
