"""docs/report.png: a report of the project's own fixtures, photographed by headless Chromium.

    python benchmarks/report_screenshot.py                 # writes docs/report.png (and keeps the report in /tmp)
    python benchmarks/report_screenshot.py --fragment '#doc=3' --output /tmp/doc.png

The documents are the project's fixtures only (fixtures/cases, fixtures/html, fixtures/pages), each given a made-up
URL of its language's site, so the picture holds no benchmark text.
"""

from __future__ import annotations

import argparse
import io
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from cleaner.batch import BatchOptions, run_batch  # noqa: E402
from cleaner.report import report_from_batch  # noqa: E402

SITES = {"en": "daily-gardener.example", "de": "stadtblatt.example", "fr": "le-quotidien.example",
         "es": "el-diario.example", "it": "la-gazzetta.example", "nl": "het-blad.example"}


def records() -> list[dict]:
    out = []
    for name in ("positive", "negative"):
        for case in json.loads((ROOT / "fixtures" / "cases" / f"{name}.json").read_text(encoding="utf-8")):
            site = SITES.get(case.get("lang"), f"{case.get('lang', 'xx')}-news.example")
            out.append({"id": case["id"], "url": f"https://www.{site}/{case['id']}", "text": case["document"]})
    for path in sorted((ROOT / "fixtures" / "html").glob("*.html")):
        lang = path.stem.split("-")[1] if path.stem.count("-") > 1 else "en"
        out.append({"id": path.stem, "url": f"https://{SITES.get(lang, 'web.example')}/{path.stem}",
                    "html": path.read_bytes().decode("utf-8", "replace")})
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--output", default=str(ROOT / "docs" / "report.png"))
    parser.add_argument("--fragment", default="")
    parser.add_argument("--size", default="1280,1500")
    args = parser.parse_args()
    binary = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)),
                  None)
    if binary is None:
        print("report_screenshot: Chromium is not installed", file=sys.stderr)
        return 1
    work = Path(tempfile.mkdtemp(prefix="report-shot-"))
    data = b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in records())
    out = io.BytesIO()
    run_batch(io.BytesIO(data), out, BatchOptions(), jobs=1)
    (work / "results.jsonl").write_bytes(out.getvalue())
    report_from_batch(str(work / "results.jsonl"), str(work / "report.html"), title="cleaner report: fixtures")
    subprocess.run([binary, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    f"--user-data-dir={work / 'profile'}", "--virtual-time-budget=5000",
                    f"--window-size={args.size}", f"--screenshot={args.output}",
                    (work / "report.html").as_uri() + args.fragment], check=True, capture_output=True, timeout=300)
    print(f"wrote {args.output} (the report: {work / 'report.html'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
