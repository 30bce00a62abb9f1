"""Scan every compiled regular expression of the package for superlinear time (docs/reliability.md).

    python fuzz/regex_scan.py            # a few minutes on one core

Each module-level pattern (and the name-pattern alternation of the default cleaner) runs ``finditer`` and ``match``
over repetitions of the characters it names (runs of one character, of pairs, of short random units, random mixes)
at 2,000 and 8,000 characters; a pattern is listed when 4x the input costs more than 8x the time and over 20 ms.
A listed pattern is either fixed or shown to meet only bounded input where it is used (the list in
docs/reliability.md): the scan applies every pattern to unbounded text, which the cleaner does not always do.
"""

from __future__ import annotations

import importlib
import pkgutil
import random
import re
import time

import regex

import cleaner

PATTERN_TYPES = (type(re.compile("")), type(regex.compile("")))


def patterns() -> dict[tuple[str, str], object]:
    found = {}
    for info in pkgutil.walk_packages(cleaner.__path__, "cleaner."):
        if info.name.endswith((".cli", ".batch")) or ".integrations" in info.name:
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, PATTERN_TYPES):
                found[(info.name, name)] = value
    from cleaner.pipeline import default_cleaner

    found[("cleaner.names", "NameMatcher._any")] = default_cleaner().names._any
    return found


def _alphabet(pattern) -> list[str]:
    source = pattern.pattern if isinstance(pattern.pattern, str) else pattern.pattern.decode("latin-1")
    return sorted({c for c in source if c.isprintable()} | set(" \n\taA1.<>[]()*_#-:/\\\"'&;"))


def _inputs(pattern, size: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    chars = _alphabet(pattern)
    out = [c * size for c in chars]
    out += [(rng.choice(chars) + rng.choice(chars)) * (size // 2) for _ in range(30)]
    for _ in range(20):
        unit = "".join(rng.choice(chars) for _ in range(rng.randrange(2, 6)))
        out.append((unit * (size // len(unit) + 1))[:size])
    out += ["".join(rng.choice(chars) for _ in range(size)) for _ in range(10)]
    return out


def _time(pattern, text: str) -> float:
    subject = text.encode("utf-8", "surrogatepass") if isinstance(pattern.pattern, bytes) else text
    start = time.perf_counter()
    for _ in pattern.finditer(subject):
        pass
    pattern.match(subject)
    return time.perf_counter() - start


def main() -> None:
    found = patterns()
    flagged = {}
    for key, pattern in found.items():
        for small, large in zip(_inputs(pattern, 2000, 1), _inputs(pattern, 8000, 1)):
            t_small, t_large = _time(pattern, small), _time(pattern, large)
            if t_large > 0.02 and t_large > 8 * t_small:
                flagged.setdefault(key, (round(t_large / max(t_small, 1e-9), 1), round(t_large, 3), large[:20]))
    print(f"{len(found)} patterns scanned, {len(flagged)} superlinear on unbounded input:")
    for (module, name), (ratio, seconds, sample) in sorted(flagged.items()):
        print(f"  {module}.{name}: x{ratio} for 4x the input ({seconds} s at 8,000 characters of {sample!r}...)")


if __name__ == "__main__":
    main()
