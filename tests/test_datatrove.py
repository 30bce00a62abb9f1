"""cleaner.integrations.datatrove.CleanerStep in a real LocalPipelineExecutor run: results, stats, nothing lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("datatrove", reason='needs datatrove: pip install "scrape-cleaner[datatrove]"')

from datatrove.data import Document  # noqa: E402
from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.base import PipelineStep  # noqa: E402

import cleaner  # noqa: E402
from cleaner.integrations.datatrove import CleanerStep  # noqa: E402

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def documents() -> list[Document]:
    seed = (FIXTURES / "seed.txt").read_text(encoding="utf-8")
    page = (FIXTURES / "html" / "news-en-bike-lanes.html").read_text(encoding="utf-8")
    return [
        Document(text=seed, id="seed", metadata={"url": "https://farm.example/sichuan"}),
        Document(text=page, id="page", metadata={"url": "https://riverside.example/bike-lanes"}),
        Document(text="", id="empty", metadata={}),
        Document(text="word " * (2 * 1024 * 1024 // 5 + 10), id="oversize", metadata={}),
        Document(text="<html><head><title>x</title></head><body><!-- nothing --></body></html>", id="markup-only",
                 metadata={}),
    ]


class _Collect(PipelineStep):
    """Writes the documents that reach it to a JSONL file (datatrove's JsonlWriter needs orjson)."""

    name = "collect"
    type = "test"

    def __init__(self, path: Path):
        super().__init__()
        self.path = path

    def run(self, data, rank: int = 0, world_size: int = 1):
        with open(self.path, "a", encoding="utf-8") as stream:
            for document in data:
                stream.write(json.dumps({"id": document.id, "text": document.text, "metadata": document.metadata})
                             + "\n")
                yield document


def _run(tmp_path: Path, step: CleanerStep, name: str) -> tuple[list[dict], dict]:
    out = tmp_path / f"{name}.jsonl"
    executor = LocalPipelineExecutor(pipeline=[documents(), step, _Collect(out)], tasks=1,
                                     logging_dir=str(tmp_path / f"{name}-logs"))
    executor.run()
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    stats = json.loads((tmp_path / f"{name}-logs" / "stats.json").read_text(encoding="utf-8"))
    counts = {}
    for block in stats:
        if "cleaner" in block["name"]:
            counts = {key: value["total"] if isinstance(value, dict) else value for key, value in block["stats"].items()}
    return rows, counts


def test_cleaner_step_in_a_local_pipeline(tmp_path):
    rows, stats = _run(tmp_path, CleanerStep(), "keep")
    by_id = {row["id"]: row for row in rows}
    assert set(by_id) == {"seed", "page", "empty", "oversize", "markup-only"}  # nothing dropped
    for name, doc in (("seed", documents()[0]), ("page", documents()[1])):
        want = cleaner.clean(doc.text, url=doc.metadata["url"]).to_dict()
        got = by_id[name]
        assert got["text"] == want["text"]
        meta = got["metadata"]["cleaner"]
        assert meta["error"] is None and "text" not in meta and "markdown" not in meta
        for key in ("title", "author", "source_url", "language", "removed", "warnings"):
            assert meta[key] == want[key], key
        assert got["metadata"]["url"] == doc.metadata["url"]  # the document's own metadata kept
    error = by_id["oversize"]
    assert error["text"] == documents()[3].text  # a failed document keeps its text
    assert error["metadata"]["cleaner"]["error"].startswith("InputTooLargeError")
    assert by_id["markup-only"]["text"] == "" and by_id["empty"]["text"] == ""
    kinds = {}
    for name in ("seed", "page"):
        for removal in by_id[name]["metadata"]["cleaner"]["removed"]:
            kinds[removal["kind"]] = kinds.get(removal["kind"], 0) + 1
    assert kinds and all(stats[f"removed_{kind}"] == count for kind, count in kinds.items())
    assert stats["removed"] == sum(kinds.values())
    assert stats["cleaned"] == 4 and stats["cleaner_error"] == 1 and stats["cleaner_empty"] == 2


def test_cleaner_step_drops_only_when_asked_and_counts_it(tmp_path):
    rows, stats = _run(tmp_path, CleanerStep(output="markdown", drop_errors=True, drop_empty=True), "drop")
    assert {row["id"] for row in rows} == {"seed", "page"}
    seed = cleaner.clean(documents()[0].text, url="https://farm.example/sichuan")
    assert next(row for row in rows if row["id"] == "seed")["text"] == seed.markdown
    assert stats["dropped_cleaner_error"] == 1 and stats["dropped_cleaner_empty"] == 2


def test_cleaner_step_refuses_bad_options():
    with pytest.raises(ValueError):
        CleanerStep(format="pdf")
    with pytest.raises(ValueError):
        CleanerStep(output="html")
    with pytest.raises(cleaner.CleanerError):
        CleanerStep(preset="nope")
