"""Robustness on real-world PDFs: import a folder of odd files, then use the archive.

    .venv/bin/python bench/robustness.py /work/corpora            # all *.pdf below it
    .venv/bin/python bench/robustness.py DIR --workers 2 --timeout 60 --json out.json
    .venv/bin/python bench/robustness.py DIR --bilagor /other/venv/bin/bilagor   # another install's code

Imports DIR into a fresh archive with the real CLI (a subprocess with a
deadline): every *.pdf below it, and every other file that starts with %PDF
within its first 1 KB (named on the command line; --no-sniff: only *.pdf).
Then runs `stats`, `search` (with facets), `amounts`, `export`, `show` (the
first --show reports), `reindex`, and last `bilagor serve` with every report's
page, its first page view and image, its API record, and the search and amounts
pages, each also with a deadline, and checks that every one exits as it should
(import: 0 or 1, the rest 0; a page: 200 or a 4xx error page, never 5xx). While the import runs, the peak RSS
(VmHWM) of each of its processes is sampled from /proc. Reports:

  counts    imported / updated / unchanged / failed, and the failures by reason
  crashes   a command that exits 70 (a bug in bilagor) or shows a traceback
  hangs     a command that runs past its deadline (it is killed)
  memory    peak RSS of the main process, of the biggest reader process and of
            the biggest Tesseract process the readers started; and per file the
            reader's peak while reading it (the workers log it when
            BILAGOR_PEAK_LOG is set, see index/importer/peaks.py): the top 10

No assertion: a benchmark reports, the reader judges. The files themselves
are not part of the repository (they are other projects' test suites).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_import import MemoryWatch  # noqa: E402

from bilagor.index.importer.peaks import PEAK_LOG_ENV  # noqa: E402


class ProcessWatch(MemoryWatch):
    """MemoryWatch that also keeps each process's name, so reader processes (python) are told
    apart from the Tesseract programs they start."""

    def __init__(self, pid: int, interval: float = 0.2):
        super().__init__(pid, interval)
        self.names: dict[int, str] = {}

    def seen(self, pid: int) -> None:
        if pid not in self.names:
            self.names[pid] = _name(pid)

    def peak_of(self, prefix: str) -> float:
        return round(
            max(
                (
                    mb
                    for pid, mb in self.peaks.items()
                    if pid != self.pid and self.names.get(pid, "").startswith(prefix)
                ),
                default=0.0,
            ),
            1,
        )


def _name(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/comm") as fh:
            return fh.read().strip()
    except OSError:
        return "?"


BILAGOR = [str(ROOT / ".venv" / "bin" / "bilagor")]  # --bilagor replaces it
CRASH_EXIT = 70
SNIFF_BYTES = 1024


def pdf_like_files(source: Path) -> list[Path]:
    """Files below `source` not named *.pdf that start with %PDF within their first 1 KB
    (readers accept a header after some junk): the import does not find these by name."""
    found = []
    for root, dirs, files in os.walk(source):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root) / name
            if name.lower().endswith(".pdf") or not path.is_file() or path.is_symlink():
                continue
            try:
                with open(path, "rb") as fh:
                    head = fh.read(SNIFF_BYTES)
            except OSError:
                continue
            if b"%PDF" in head:
                found.append(path)
    return found


def reason_class(error: str) -> str:
    """A failure reason without its file-specific details (numbers, quoted names), for counting."""
    text = re.sub(r"\d+(\.\d+)?", "N", error)
    text = re.sub(r"'[^']*'|\"[^\"]*\"", "'…'", text)
    return text[:100]


def run_command(args: list[str], deadline: float, *, watch: bool = False, env: dict | None = None) -> dict:
    """Run one bilagor command; its exit code, output, time, and whether it hung or crashed."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        [*BILAGOR, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        errors="backslashreplace",
        env={**os.environ, **(env or {})},
    )
    memory = ProcessWatch(proc.pid) if watch else None
    if memory:
        memory.start()
    try:
        out, err = proc.communicate(timeout=deadline)
        hung = False
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        hung = True
    if memory:
        memory.stopped.set()
        memory.join()
    result = {
        "command": "bilagor " + " ".join(args),
        "exit": proc.returncode,
        "seconds": round(time.perf_counter() - started, 1),
        "hung": hung,
        "crashed": proc.returncode == CRASH_EXIT or "Traceback (most recent call last)" in err,
        "stdout": out,
        "stderr_tail": err[-2000:],
    }
    if memory:
        result["peak_main_mb"] = round(memory.peaks.get(proc.pid, 0.0), 1)
        result["peak_worker_mb"] = memory.peak_of("python")  # the reader processes
        result["peak_tesseract_mb"] = memory.peak_of("tesseract")
        result["processes"] = len(memory.peaks) - 1
    return result


def robustness(
    source: Path,
    archive: Path,
    *,
    workers: int,
    timeout: float,
    import_deadline: float,
    deadline: float,
    sniff: bool = True,
    ocr: str = "auto",
    show: int = 50,
    serve: bool = True,
) -> dict:
    common = ["--archive", str(archive)]
    peak_log = archive.parent / "peaks.jsonl"
    extra = pdf_like_files(source) if sniff else []
    imported = run_command(
        [
            "import",
            str(source),
            *map(str, extra),
            *common,
            "--json",
            "--workers",
            str(workers),
            "--timeout",
            f"{timeout:g}",
            "--ocr",
            ocr,
        ],
        import_deadline,
        watch=True,
        env={PEAK_LOG_ENV: str(peak_log)},
    )
    summary = {}
    try:
        summary = json.loads(imported["stdout"])
    except ValueError:
        pass
    out_file = archive.parent / "export.csv"
    checks = [
        ["stats", *common, "--json"],
        ["search", "pdf", *common, "--json"],  # facets are in the JSON
        ["search", "år:[1900 TO 2100]", *common, "--json", "--limit", "5"],
        ["search", "test OR document OR page", *common],
        ["amounts", *common, "--json"],
        ["amounts", "--by", "district", *common],
        ["export", *common, "--format", "jsonl", "-o", str(archive.parent / "export.jsonl")],
        ["export", *common, "--format", "csv", "-o", str(out_file)],
        ["reindex", *common, "--json"],
        ["stats", *common, "--json"],
    ]
    commands = [run_command(args, deadline) for args in checks]
    failures = summary.get("failed", [])
    record_warnings: Counter = Counter()
    exported = archive.parent / "export.jsonl"
    records = []
    if exported.exists():
        for line in exported.read_text(encoding="utf-8").splitlines():
            records.append(json.loads(line))
            record_warnings.update(reason_class(w) for w in records[-1].get("warnings", []))
    ids = [r["id"] for r in records]
    commands += [run_command(["show", report_id, *common, "--json"], deadline) for report_id in ids[:show]]
    pages = serve_pages(archive, records, deadline) if serve else {}
    return {
        "source": str(source),
        "pdf_files": sum(1 for p in source.rglob("*") if p.suffix.lower() == ".pdf"),
        "pdf_like_files": len(extra),
        "import": {
            k: imported[k]
            for k in (
                "command",
                "exit",
                "seconds",
                "hung",
                "crashed",
                "peak_main_mb",
                "peak_worker_mb",
                "peak_tesseract_mb",
                "processes",
                "stderr_tail",
            )
        },
        "counts": {
            k: (len(summary[k]) if isinstance(summary.get(k), list) else summary.get(k))
            for k in ("imported", "updated", "unchanged", "failed", "warnings")
        },
        "reasons": Counter(reason_class(f["error"]) for f in failures).most_common(),
        "warnings": Counter(reason_class(w["warning"]) for w in summary.get("warnings", [])).most_common(),
        "record_warnings": record_warnings.most_common(),
        "failures": failures,
        "file_peaks": file_peaks(peak_log),
        "serve": pages,
        "commands": [
            {k: c[k] for k in ("command", "exit", "seconds", "hung", "crashed", "stderr_tail")} for c in commands
        ],
    }


def serve_pages(archive: Path, records: list[dict], deadline: float) -> dict:
    """`bilagor serve` over the archive: the search and amounts pages, and for every report its
    page, API record, first page view and first page image. A 5xx answer is a crash, no answer
    within the deadline a hang; the server's peak RSS is sampled."""
    process = subprocess.Popen(
        [*BILAGOR, "serve", "--archive", str(archive), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        errors="backslashreplace",
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    memory = ProcessWatch(process.pid)
    memory.start()
    first = process.stdout.readline()
    match = re.search(r"http://127\.0\.0\.1:(\d+)/", first)
    statuses: Counter = Counter()
    bad: list[dict] = []
    refused: list[dict] = []  # 4xx: no crash, but a link the archive's own pages hand out should not be refused
    if not match:
        process.kill()
        _, err = process.communicate()
        memory.stopped.set()
        memory.join()
        return {"started": False, "stderr_tail": (first + err)[-2000:]}
    port = int(match.group(1))
    paths = [
        "/",
        "/search?q=pdf",
        "/search?q=" + quote("år:[1900 TO 2100]"),
        "/api/search?q=pdf",
        "/amounts",
        "/amounts?by=district",
        "/amounts?by=district&detail=1",
        "/amounts.csv",
        "/amounts.xlsx",
        "/api/amounts",
    ]
    for record in records:
        rid = quote(record["id"])
        paths += [f"/report/{rid}", f"/api/reports/{rid}"]
        if record.get("pages"):
            paths += [f"/report/{rid}/page/1", f"/report/{rid}/page/1.png", f"/report/{rid}/pdf"]
    started = time.perf_counter()
    slowest = (0.0, "")
    for path in paths:
        if process.poll() is not None:
            bad.append({"path": path, "status": "server exited", "exit": process.returncode})
            break
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=deadline)
        t0 = time.perf_counter()
        try:
            connection.request("GET", path)
            response = connection.getresponse()
            response.read()
            status: int | str = response.status
        except TimeoutError:
            status = "hung"
        except (OSError, http.client.HTTPException) as exc:
            status = f"no answer: {exc!r}"
        finally:
            connection.close()
        elapsed = time.perf_counter() - t0
        slowest = max(slowest, (elapsed, path))
        statuses[str(status)] += 1
        if not isinstance(status, int) or status >= 500:
            bad.append({"path": path, "status": status})
        elif status >= 400:
            refused.append({"path": path, "status": status})
    process.terminate()
    try:
        _, err = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        _, err = process.communicate()
    memory.stopped.set()
    memory.join()
    return {
        "started": True,
        "requests": len(paths),
        "seconds": round(time.perf_counter() - started, 1),
        "statuses": dict(statuses),
        "bad": bad,
        "refused": refused,
        "slowest": {"seconds": round(slowest[0], 1), "path": slowest[1]},
        "peak_mb": round(memory.peaks.get(process.pid, 0.0), 1),
        "traceback": "Traceback (most recent call last)" in err,
        "stderr_tail": err[-2000:],
    }


def file_peaks(log: Path) -> list[dict]:
    """The workers' per-file lines (reading, not hashing), highest peak first."""
    if not log.exists():
        return []
    lines = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines() if line.strip()]
    return sorted((x for x in lines if x.get("task") == "read"), key=lambda x: -(x.get("peak_mb") or 0.0))


def print_report(report: dict) -> None:
    imp = report["import"]
    print(
        f"source: {report['source']} ({report['pdf_files']} files named *.pdf, "
        f"{report['pdf_like_files']} other files starting with %PDF)"
    )
    print(
        f"import: exit {imp['exit']} in {imp['seconds']} s; hung={imp['hung']} crashed={imp['crashed']}; "
        f"peak RSS main {imp['peak_main_mb']} MB, largest reader process {imp['peak_worker_mb']} MB, "
        f"largest tesseract {imp['peak_tesseract_mb']} MB ({imp['processes']} processes)"
    )
    print("counts: " + ", ".join(f"{k} {v}" for k, v in report["counts"].items()))
    peaks = report["file_peaks"]
    print(f"reader peak RSS per file (of {len(peaks)} files read), top 10:")
    print("   peak MB  before MB  after MB       s  file")
    for x in peaks[:10]:
        print(
            f"  {x['peak_mb'] or 0:8.1f}  {x['start_mb'] or 0:9.1f}  {x['end_mb'] or 0:8.1f}  {x['seconds']:6.1f}  "
            f"{x['path']}"
        )
    print("failures by reason:")
    for reason, count in report["reasons"]:
        print(f"  {count:4d}  {reason}")
    print("import summary warnings by kind:")
    for reason, count in report["warnings"]:
        print(f"  {count:4d}  {reason}")
    print("warnings in the stored records, by kind (from the export):")
    for reason, count in report["record_warnings"]:
        print(f"  {count:4d}  {reason}")
    bad = [c for c in [imp, *report["commands"]] if c["hung"] or c["crashed"]]
    print("commands afterwards:")
    shown = [c for c in report["commands"] if c["command"].startswith("bilagor show ")]
    for c in report["commands"]:
        if c not in shown or c["exit"] != 0:
            print(f"  exit {c['exit']:>3}  {c['seconds']:>6} s  {c['command']}")
    print(f"  `bilagor show`: {sum(c['exit'] == 0 for c in shown)} of {len(shown)} exited 0")
    print(
        f"crashes: {sum(c['crashed'] for c in bad)}, hangs: {sum(c['hung'] for c in bad)}, "
        f"commands not exiting 0: {sum(c['exit'] != 0 for c in report['commands'])}"
    )
    for c in bad:
        print(f"--- {c['command']}\n{c['stderr_tail']}")
    pages = report.get("serve") or {}
    if pages:
        if not pages["started"]:
            print(f"serve: did not start\n{pages['stderr_tail']}")
        else:
            print(
                f"serve: {pages['requests']} requests in {pages['seconds']} s, statuses {pages['statuses']}, "
                f"slowest {pages['slowest']['seconds']} s ({pages['slowest']['path']}), "
                f"peak RSS {pages['peak_mb']} MB, traceback in its log: {pages['traceback']}"
            )
            for b in pages["bad"]:
                print(f"  bad: {b}")
            for r in pages.get("refused", []):
                print(f"  refused: {r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path, help="folder of files to import (searched recursively for *.pdf)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=60.0, help="bilagor import --timeout (per file)")
    parser.add_argument("--import-deadline", type=float, default=3600.0, help="kill the import after this (s)")
    parser.add_argument("--deadline", type=float, default=300.0, help="kill any other command after this (s)")
    parser.add_argument("--json", type=Path, help="also write the full report (every failure) here")
    parser.add_argument("--keep", action="store_true", help="keep the archive (its folder is printed)")
    parser.add_argument("--bilagor", help="the bilagor program to run (default: this checkout's .venv)")
    parser.add_argument("--no-sniff", action="store_true", help="only files named *.pdf")
    parser.add_argument("--ocr", default="auto", help="bilagor import --ocr (never: text layers only, much faster)")
    parser.add_argument("--show", type=int, default=50, help="run `bilagor show` on this many reports")
    parser.add_argument("--no-serve", action="store_true", help="do not request the server's pages")
    args = parser.parse_args()
    if args.bilagor:
        BILAGOR[:] = [args.bilagor]
    work = Path(tempfile.mkdtemp(prefix="bilagor-robustness-"))
    try:
        report = robustness(
            args.source.resolve(),
            work / "archive",
            workers=args.workers,
            timeout=args.timeout,
            import_deadline=args.import_deadline,
            deadline=args.deadline,
            sniff=not args.no_sniff,
            ocr=args.ocr,
            show=args.show,
            serve=not args.no_serve,
        )
        print_report(report)
        if args.json:
            args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    finally:
        if args.keep:
            print(f"archive kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
