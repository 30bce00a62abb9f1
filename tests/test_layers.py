"""Layers import downward only (docs: README "How it works", /design): read from the source with ast, every import.

reader (readers/) -> segmenter (blocks.py) -> detectors -> decision -> result -> pipeline: a reader never makes
findings nor renders a result, and the result never reaches back into a reader.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "cleaner"

#: The layers, lowest first; a module may import its own layer and the ones below. Modules not named here (new
#: ones) are checked by ``FORBIDDEN`` only.
LAYERS: list[tuple[str, ...]] = [
    ("errors", "model", "datafiles", "lazyre", "vocabcache", "scripts"),
    ("links", "decoding", "cues", "language", "names", "inline", "dom_data"),
    ("blocks",),
    ("readers", "detectors"),
    ("decision",),
    ("result",),
    ("pipeline",),
    ("batch", "cli", "integrations", "__init__", "__main__"),
]
#: Pairs that must never import each other's way, whatever their layers: (importer prefix, imported prefix).
FORBIDDEN = [
    (reader, other) for reader in ("readers",)
    for other in ("detectors", "decision", "result", "pipeline", "batch", "cli", "integrations",
                  # the text metadata reads blocks and imports detectors: a reader is given what it needs of it
                  # (html_meta's ``person`` test; review24)
                  "textmeta", "textbylines", "linebylines", "pagebylines", "clockbyline")
] + [
    ("detectors", "readers"), ("detectors", "decision"), ("detectors", "result"),
    ("detectors", "pipeline"),
    ("decision", "readers"), ("decision", "result"), ("decision", "pipeline"),
    ("result", "readers"), ("result", "pipeline"),
    ("blocks", "readers"), ("blocks", "detectors"), ("blocks", "decision"),
    ("blocks", "result"),
]


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
    if parts[-1] == "__init__" and len(parts) > 1:
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> set[str]:
    """The cleaner modules a file imports (relative imports resolved; function-local imports included)."""
    name = _module_name(path)
    package = name.split(".") if path.name == "__init__.py" and name != "__init__" else name.split(".")[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name[len("cleaner."):] for alias in node.names if alias.name.startswith("cleaner."))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[:len(package) - (node.level - 1)] if node.level > 1 else list(package)
                target = [*base, *(node.module.split(".") if node.module else [])]
            elif node.module and (node.module == "cleaner" or node.module.startswith("cleaner.")):
                target = node.module.split(".")[1:]
            else:
                continue
            if node.module is None or not target:  # "from . import x": the modules x
                found.update(".".join([*target, alias.name]) for alias in node.names)
            else:
                found.add(".".join(target))
    return {module for module in found if module}


def _layer(module: str) -> int | None:
    top = module.split(".")[0]
    return next((rank for rank, names in enumerate(LAYERS) if top in names), None)


def _under(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


SOURCES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_go_downward_only(path):
    importer = _module_name(path)
    own = _layer(importer)
    wrong = []
    for imported in sorted(_imports(path)):
        for low, high in FORBIDDEN:
            if _under(importer, low) and _under(imported, high):
                wrong.append(f"{imported} (a {low} module never imports {high})")
        rank = _layer(imported)
        if own is not None and rank is not None and rank > own:
            wrong.append(f"{imported} (layer {rank} above {importer}'s {own})")
    assert not wrong, f"{importer} imports upward: {wrong}"


def test_the_checker_sees_relative_and_local_imports(tmp_path):
    # the checker itself: relative imports of every depth, "from . import x" and imports inside functions
    package = PACKAGE / "readers" / "html.py"
    assert "blocks" in _imports(package) and "inline" in _imports(package)
    assert {"batchio", "records"} <= _imports(PACKAGE / "cli.py")  # "from . import batchio, records" in a function
    assert "readers.html" in _imports(PACKAGE / "pipeline.py")  # imported inside Cleaner.clean
