"""`cleaner batch` on Parquet (records.py): the same records as JSONL, in bounded row groups, nothing lost."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pa = pytest.importorskip("pyarrow", reason="Parquet needs pyarrow (pip install \"scrape-cleaner[parquet]\")")
pq = pytest.importorskip("pyarrow.parquet")

import cleaner  # noqa: E402
from cleaner import records  # noqa: E402
from cleaner.cli import main  # noqa: E402

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
MIXED = FIXTURES / "batch" / "mixed.jsonl"
SRC = Path(__file__).resolve().parent.parent / "src"


def _batch(*args: str, jobs: int = 1) -> int:
    return main(["batch", "-q", "--jobs", str(jobs), *args])


def test_jsonl_to_parquet_holds_the_jsonl_records(tmp_path):
    """The same records as the JSONL output: every line, in order, the results field for field, error records
    with their message, line number and raw text."""
    assert _batch(str(MIXED), "-o", str(tmp_path / "out.jsonl")) == 0
    assert _batch(str(MIXED), "-o", str(tmp_path / "out.parquet")) == 0
    expected = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    table = pq.read_table(tmp_path / "out.parquet")
    assert table.schema.field("cleaned").type == records.result_type()
    # a column of mixed types ("id": strings and a number) holds each value as JSON text
    as_json = {field.name for field in table.schema if field.metadata and field.metadata.get(b"cleaner.json")}
    assert "id" in as_json and "cleaned" not in as_json
    got = table.to_pylist()
    assert len(got) == len(expected) == 11
    for want, row in zip(expected, got):
        want = records._scrub(want)  # a lone surrogate (fixture "surrogate") is U+FFFD in Parquet
        assert row["cleaned"] == want["cleaned"]
        for key in ("error", "input_line", "raw"):
            assert row[key] == want.get(key)
        for key, value in want.items():
            if key in ("cleaned", "error", "input_line", "raw"):
                continue
            if key in as_json:
                assert row[key] is None if value is None else json.loads(row[key]) == value
            elif isinstance(value, dict):  # a struct column: the fields this record has, the others null
                assert {k: v for k, v in row[key].items() if k in value} == value
            else:
                assert row[key] == value, key


@pytest.mark.parametrize("jobs", [1, 2])
def test_parquet_round_trip_binary_null_garbage_and_row_groups(tmp_path, jobs):
    pages = [
        {"id": i, "url": f"https://site.example/{i}",
         "html": (f"<html><head><title>Post {i}</title></head><body><article><h1>Post {i}</h1>"
                  f"<p>Paragraph {i} of a short article about balcony tomatoes, long enough to read as prose.</p>"
                  f"<p>Source: <a href='http://credits.example/{i}'>credits.example</a></p>"
                  "</article></body></html>").encode("utf-8"),
         "score": i / 2}
        for i in range(7)
    ]
    pages.append({"id": 7, "url": None, "html": None, "score": None})
    pages.append({"id": 8, "url": None, "html": b"\x00\x01\x02\xff\xfe\x00" * 300, "score": 1.0})
    pq.write_table(pa.Table.from_pylist(pages), tmp_path / "in.parquet", row_group_size=3)
    out = tmp_path / "out.parquet"
    assert _batch(str(tmp_path / "in.parquet"), "-o", str(out), jobs=jobs) == 0
    rows = pq.read_table(out).to_pylist()
    assert [row["id"] for row in rows] == list(range(9))
    assert [row["input_line"] for row in rows] == [None] * 7 + [8, 9]
    for page, row in zip(pages[:7], rows):
        want = cleaner.clean(page["html"].decode("utf-8"), url=page["url"], format="html").to_dict()
        assert row["cleaned"] == want
        assert row["html"] == page["html"].decode("utf-8")  # a binary column comes back as text
        assert row["score"] == page["score"] and row["error"] is None
    assert rows[7]["cleaned"] is None and "null" in rows[7]["error"]
    assert rows[8]["cleaned"] is None and rows[8]["error"]  # undecodable bytes: an error record, not a gap


def test_writer_row_groups_are_bounded_and_misfits_are_kept(tmp_path):
    path = tmp_path / "w.parquet"
    lines = [json.dumps({"id": i, "x": i, "cleaned": None}) + "\n" for i in range(10)]
    lines.append(json.dumps({"id": 10, "x": "not a number", "new": [1, 2], "cleaned": None}) + "\n")
    lines.append(json.dumps({"id": 11, "x": "\ud800", "cleaned": None}) + "\n")
    with records.ParquetLineWriter(path, row_group_rows=4) as writer:
        for line in lines:
            writer.write(line.encode("utf-8"))
    meta = pq.ParquetFile(path).metadata
    assert meta.num_rows == 12 and meta.num_row_groups == 3
    rows = pq.read_table(path).to_pylist()
    assert rows[10]["x"] is None and json.loads(rows[10]["raw"]) == {"id": 10, "x": "not a number", "new": [1, 2],
                                                                      "cleaned": None}
    assert rows[11]["x"] is None and json.loads(rows[11]["raw"])["x"] == "\ufffd"
    assert writer.rows_kept_raw == 2


def test_reader_lines_and_long_line_limit(tmp_path):
    pq.write_table(pa.Table.from_pylist([{"text": "a" * 100}, {"text": "b"}]), tmp_path / "r.parquet")
    with records.ParquetLineReader(tmp_path / "r.parquet", batch_rows=1) as reader:
        first = reader.readline(50)
        assert len(first) == 50
        rest = reader.readline(1000)
        assert json.loads(first + rest) == {"text": "a" * 100}
        assert json.loads(reader.readline()) == {"text": "b"}
        assert reader.readline() == b""


def test_missing_pyarrow_is_a_clear_error(tmp_path):
    """Without pyarrow, a Parquet path is an I/O error that names the extra to install (exit status 1)."""
    code = ("import sys; sys.modules['pyarrow'] = None; from cleaner.cli import main; "
            f"sys.exit(main(['batch', '-q', {str(MIXED)!r}, '-o', {str(tmp_path / 'o.parquet')!r}]))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={"PYTHONPATH": str(SRC)})
    assert done.returncode == 1, done.stderr
    assert 'pip install "scrape-cleaner[parquet]"' in done.stderr


def test_result_type_follows_the_model():
    """The Parquet result column (and Spark's, derived from it) has exactly the keys of ``CleanResult.to_dict()``
    and of each removal and link, in their order: a key added to the model appears, none is dropped silently."""
    from cleaner.model import Link, Removal

    kind = records.result_type()
    result = cleaner.clean((FIXTURES / "seed.txt").read_text(encoding="utf-8")).to_dict()
    assert [field.name for field in kind] == list(result)
    removal = Removal(kind="author_bio", rule="r", text="t", start=0, end=1).to_dict()
    assert [field.name for field in kind.field("removed").type.value_type] == list(removal)
    link = Link(url="u", text="t", kind="normal", kept=True).to_dict()
    assert [field.name for field in kind.field("links").type.value_type] == list(link)
    assert pa.array([result], type=kind).to_pylist() == [result]


def test_parquet_output_is_written_beside_and_renamed(tmp_path, capsys):
    """Like JSONL output: written to OUT.partial, renamed to OUT at the end; --resume cannot continue a Parquet
    partial output and says so (status 2), leaving it as it was."""
    out = tmp_path / "out.parquet"
    assert _batch(str(MIXED), "-o", str(out)) == 0
    assert out.exists() and not (tmp_path / "out.parquet.partial").exists()
    assert pq.read_table(out).num_rows == 11
    partial = tmp_path / "out.parquet.partial"
    partial.write_bytes(out.read_bytes())
    capsys.readouterr()
    assert _batch(str(MIXED), "-o", str(out), "--resume") == 2
    assert "--resume cannot continue a Parquet output" in capsys.readouterr().err
    assert partial.read_bytes() == out.read_bytes()
