"""`cleaner clean`: files, directories, globs, stdin, .gz; text / Markdown / JSON; --explain; conventions."""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import cleaner
from cleaner import cli

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"


@pytest.fixture()
def site(tmp_path: Path) -> Path:
    """A small tree: two documents, a gzipped one in a sub-directory, and files a walk must skip."""
    root = tmp_path / "site"
    (root / "posts").mkdir(parents=True)
    shutil.copy(PAGES / "garden-article.txt", root / "garden.txt")
    shutil.copy(PAGES / "cycling-post.md", root / "posts" / "cycling.md")
    (root / "posts" / "garden-copy.txt.gz").write_bytes(gzip.compress((PAGES / "garden-article.txt").read_bytes()))
    (root / "notes.json").write_text("{}")
    (root / "image.png").write_bytes(b"\x89PNG")
    return root


def run_main(capsys, *args: str) -> tuple[int, str, str]:
    try:
        status = cli.main(list(args))
    except SystemExit as exit_:
        status = exit_.code
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_expand_paths_directories_globs_and_stdin(site):
    files, errors = cli.expand_paths([str(site), "-"])
    assert [Path(f).relative_to(site).as_posix() if f != "-" else f for f in files] == [
        "garden.txt", "posts/cycling.md", "posts/garden-copy.txt.gz", "-"]
    assert errors == []
    files, errors = cli.expand_paths([str(site / "**" / "*.md"), str(site / "*.txt"), str(site / "garden.txt")])
    assert files == [str(site / "posts" / "cycling.md"), str(site / "garden.txt")]  # each file once
    files, errors = cli.expand_paths([str(site / "*.nothing"), str(site / "posts" / "missing.txt")])
    assert files == [str(site / "posts" / "missing.txt")]  # reported when read
    assert len(errors) == 1 and "no file matches" in errors[0]


def test_clean_directory_text_with_headers_and_gz(capsys, site):
    status, out, err = run_main(capsys, "clean", str(site))
    assert status == 0 and err == ""
    garden = cleaner.clean((PAGES / "garden-article.txt").read_text(encoding="utf-8")).text
    assert f"==> {site / 'garden.txt'} <==\n{garden}\n" in out
    assert f"==> {site / 'posts' / 'garden-copy.txt.gz'} <==\n{garden}\n" in out
    assert "About the Author" not in out and "Protected lanes also change who rides" in out


def test_clean_json_and_markdown(capsys, site):
    status, out, _err = run_main(capsys, "clean", "--format", "json", str(site / "posts"))
    records = [json.loads(line) for line in out.splitlines()]
    assert status == 0 and [Path(r["path"]).name for r in records] == ["cycling.md", "garden-copy.txt.gz"]
    assert records[0]["title"] == "Why Cities Are Building Protected Bike Lanes"
    assert records[0]["format"] == "markdown"  # from the file name
    assert records[1]["removed"][0]["kind"] == "author_bio" and records[1]["source_url"] == "http://www.example-garden-tips.com"
    status, out, _err = run_main(capsys, "clean", "--format", "markdown", str(site / "posts" / "cycling.md"))
    assert out.startswith("# Why Cities Are Building Protected Bike Lanes") and "==>" not in out


def test_explain_lists_kind_rule_and_text_on_stderr_plain_or_coloured(capsys, site):
    path = str(site / "garden.txt")
    status, out, err = run_main(capsys, "clean", "--explain", path)
    assert status == 0
    assert out.strip() == cleaner.clean((site / "garden.txt").read_text(encoding="utf-8")).text
    count = len(cleaner.clean((site / "garden.txt").read_text(encoding="utf-8")).removed)
    assert f"==> {path}: {count} blocks removed" in err
    assert "author_bio  author_bio." in err and "source_credit  source_credit." in err
    assert "    Maria Lindqvist has been gardening" in err
    assert "\x1b[" not in err  # stderr is not a terminal here: plain
    _status, _out, coloured = run_main(capsys, "clean", "--explain", "--color", "always", path)
    assert "\x1b[1;33mauthor_bio\x1b[0m" in coloured


def test_kinds_preset_and_no_language(capsys, site):
    status, out, _err = run_main(capsys, "clean", "--format", "json", "--kinds", "source_credit", "--no-language",
                                 "--preset", "precision", str(site / "garden.txt"))
    record = json.loads(out)
    assert status == 0 and [r["kind"] for r in record["removed"]] == ["source_credit"]
    assert "About the Author" in record["text"] and record["language"] is None


def test_errors_go_to_stderr_and_the_others_are_still_cleaned(capsys, site):
    status, out, err = run_main(capsys, "clean", str(site / "missing.txt"), str(site / "garden.txt"),
                                str(PAGES / "broken.bin"))
    assert status == 1
    assert "missing.txt" in err and "broken.bin" in err and "looks binary" in err
    assert "Growing Tomatoes on a Small Balcony" in out and "missing" not in out


def test_usage_errors_version_and_help(capsys):
    status, out, err = run_main(capsys, "clean", "--kinds", "nonsense", "x.txt")
    assert status == 2 and out == "" and "unknown kind(s) nonsense" in err
    status, out, _err = run_main(capsys, "--version")
    assert status == 0 and out.strip() == f"cleaner {cleaner.__version__}"
    for args in (["--help"], ["clean", "--help"], ["batch", "--help"]):
        status, out, _err = run_main(capsys, *args)
        assert status == 0 and "examples:" in out
    status, _out, err = run_main(capsys)
    assert status == 2 and "COMMAND" in err


def test_module_entry_point_reads_stdin_gz(tmp_path):
    data = gzip.compress((PAGES / "garden-article.txt").read_bytes())
    done = subprocess.run([sys.executable, "-m", "cleaner.cli", "clean", "-"], input=data, capture_output=True,
                          timeout=60)
    assert done.returncode == 0 and done.stderr == b""
    assert done.stdout.decode().strip() == cleaner.clean((PAGES / "garden-article.txt").read_text()).text


def test_python_dash_m_cleaner_runs_the_command():
    done = subprocess.run([sys.executable, "-m", "cleaner", "clean", str(PAGES / "garden-article.txt")],
                          capture_output=True, timeout=60)
    assert done.returncode == 0 and done.stderr == b""
    assert done.stdout.decode().strip() == cleaner.clean((PAGES / "garden-article.txt").read_text()).text
    version = subprocess.run([sys.executable, "-m", "cleaner", "--version"], capture_output=True, timeout=60)
    assert version.returncode == 0 and version.stdout.decode().strip() == f"cleaner {cleaner.__version__}"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_output_is_a_message_and_status_1_not_a_traceback():
    with open("/dev/full", "wb") as full:
        done = subprocess.run([sys.executable, "-m", "cleaner", "clean", str(PAGES / "garden-article.txt")],
                              stdout=full, stderr=subprocess.PIPE, timeout=60)
    assert done.returncode == 1
    assert done.stderr.decode() == "cleaner: stdout: No space left on device\n"


def test_a_closed_pipe_ends_quietly_like_a_unix_tool():
    import os

    read, write = os.pipe()
    os.close(read)  # the reader is gone before the first line is written (| head -0)
    try:
        done = subprocess.run([sys.executable, "-m", "cleaner", "clean", str(PAGES / "garden-article.txt")],
                              stdout=write, stderr=subprocess.PIPE, timeout=60)
    finally:
        os.close(write)
    assert done.returncode == 141 and done.stderr == b""  # 128 + SIGPIPE, no traceback, no "Exception ignored"


def test_clean_shows_the_results_warnings_on_stderr(capsys, tmp_path):
    page = tmp_path / "empty.html"
    page.write_text("<!DOCTYPE html>", encoding="utf-8")
    warnings = cleaner.clean("<!DOCTYPE html>", format="html").warnings
    assert warnings  # the case below needs a result with warnings
    status, out, err = run_main(capsys, "clean", str(page))
    assert status == 0 and out == "\n"
    assert err == "".join(f"cleaner: {page}: warning: {warning}\n" for warning in warnings)
