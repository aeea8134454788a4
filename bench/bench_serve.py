"""Benchmark: `bilagor serve` against its floors.

- Search: warm requests to a running server (`/api/search` and the `/search`
  page, one keep-alive connection) against a cold `bilagor search` process on
  the same query and archive (the floor a user pays without the server).
- Page image: `/report/<id>/page/1.png` with and without a query to highlight,
  against bare pypdfium2 rendering the same page to PNG at the same scale.
- Amounts page: `/amounts?by=year`, the first request right after the
  server starts, the first once it has been up --settle seconds (it computes
  that summary at start), again (kept while the archive is unchanged), and a
  grouping not prepared at start, against the library call
  `summarise_archive` alone (what `bilagor amounts` pays too).

Medians over --runs. The search archive is the one bench/bench_search.py builds
(N generated reports; reused when --archive exists); page images come from an
archive of examples/. Usage:

    .venv/bin/python bench/bench_serve.py [--reports 10000] [--runs 11] [--archive /tmp/bilagor-bench-search]
        [--settle 5] [--only search|page|amounts]
"""

from __future__ import annotations

import argparse
import http.client
import io
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

SEED = "bilaga5-uppfoljning-kameraovervakning-2018.pdf"


class Server:
    """`bilagor serve --port 0` in a subprocess, with one keep-alive connection to it."""

    def __init__(self, archive: Path):
        self.process = subprocess.Popen(
            [*bilagor_command(), "serve", "--archive", str(archive), "--port", "0"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        first = self.process.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", first)
        if not match:
            raise SystemExit(f"the server did not start: {first}{self.process.stderr.read()}")
        self.port = int(match.group(1))
        self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=600)

    def get(self, path: str) -> tuple[int, bytes]:
        try:
            self.connection.request("GET", path)
            response = self.connection.getresponse()
        except (http.client.RemoteDisconnected, ConnectionError):
            # The server closes a keep-alive connection idle for 5 s (a slow cold
            # search in between, on a loaded machine): connect again.
            self.connection.close()
            self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=600)
            self.connection.request("GET", path)
            response = self.connection.getresponse()
        return response.status, response.read()

    def timed(self, path: str) -> float:
        start = time.perf_counter()
        status, _ = self.get(path)
        elapsed = time.perf_counter() - start
        if status != 200:
            raise SystemExit(f"{path}: HTTP {status}")
        return elapsed

    def close(self) -> None:
        self.connection.close()
        self.process.terminate()
        self.process.communicate(timeout=60)


def bilagor_command() -> list[str]:
    script = Path(sys.executable).with_name("bilagor")
    return [str(script)] if script.exists() else [sys.executable, "-c", "from bilagor.cli.app import main; main()"]


def cold_search(archive: Path, query: str) -> float:
    start = time.perf_counter()
    subprocess.run(
        [*bilagor_command(), "search", query, "--archive", str(archive)], check=True, stdout=subprocess.DEVNULL
    )
    return time.perf_counter() - start


def median_ms(values: list[float]) -> float:
    return statistics.median(values) * 1000


def bench_search(archive: Path, runs: int) -> None:
    from bench_search import QUERIES

    server = Server(archive)
    try:
        print(f"{'query':<32} {'cold cli ms':>11} {'api ms':>8} {'ratio':>6} {'page ms':>8} {'ratio':>6}")
        api_all, page_all, ratios = [], [], []
        for query in QUERIES:
            api_path, page_path = f"/api/search?q={quote(query)}", f"/search?q={quote(query)}"
            server.get(api_path), server.get(page_path)  # warm: the thread's archive and searcher are open
            cold, api, page = [], [], []
            for _ in range(runs):  # interleaved so machine load hits all three alike
                cold.append(cold_search(archive, query))
                api.append(server.timed(api_path))
                page.append(server.timed(page_path))
            c, a, p = median_ms(cold), median_ms(api), median_ms(page)
            api_all.append(a), page_all.append(p), ratios.append(c / a)
            print(f"{query:<32} {c:11.0f} {a:8.1f} {c / a:6.1f} {p:8.1f} {c / p:6.1f}")
        print(
            f"warm search: median api {statistics.median(api_all):.1f} ms, page {statistics.median(page_all):.1f} ms; "
            f"cold cli / api: median {statistics.median(ratios):.1f}x, min {min(ratios):.1f}x"
        )
    finally:
        server.close()


def bench_page_image(runs: int) -> None:
    from bilagor.extractor.render import DEFAULT_SCALE
    from web_archive import build_examples_archive

    with tempfile.TemporaryDirectory(prefix="bilagor-bench-serve-") as folder:
        archive, sources = build_examples_archive(Path(folder))
        server = Server(archive)
        try:
            _, body = server.get(f"/api/search?q={quote('kameraövervakning')}")
            import json

            seed = next(h["id"] for h in json.loads(body)["hits"] if h["filename"] == SEED)
            plain_path = f"/report/{seed}/page/1.png"
            marked_path = f"{plain_path}?q={quote('kameraövervakning')}"
            server.get(marked_path)
            floor, plain, marked = [], [], []
            for _ in range(runs):
                floor.append(bare_render(sources / SEED, DEFAULT_SCALE))
                plain.append(server.timed(plain_path))
                marked.append(server.timed(marked_path))
            f, p, m = median_ms(floor), median_ms(plain), median_ms(marked)
            print(
                f"page image: bare pypdfium2+PNG {f:.0f} ms; served {p:.0f} ms ({p / f:.2f}x); "
                f"with highlights {m:.0f} ms ({m / f:.2f}x)"
            )
        finally:
            server.close()


def bare_render(pdf: Path, scale: float) -> float:
    import pypdfium2 as pdfium

    start = time.perf_counter()
    document = pdfium.PdfDocument(str(pdf))
    page = document[0]
    image = page.render(scale=scale).to_pil()
    page.close()
    document.close()
    image.save(io.BytesIO(), format="PNG")
    return time.perf_counter() - start


def bench_amounts(archive: Path, runs: int, settle: float) -> None:
    from bilagor.index.archive import Archive
    from bilagor.index.reports.amounts import summarise_archive

    # Right after start: the server is computing the default summary (or not yet).
    server = Server(archive)
    try:
        first = server.timed("/amounts?by=year")
    finally:
        server.close()
    # As a visitor meets it: the server has been up `settle` seconds.
    server = Server(archive)
    try:
        time.sleep(settle)
        settled = server.timed("/amounts?by=year")
        again = [server.timed("/amounts?by=year") for _ in range(runs)]
        other = server.timed("/amounts?by=district")  # a summary not prepared at start
    finally:
        server.close()
    floor = []
    with Archive.open(archive) as opened:
        for _ in range(max(3, runs // 3)):
            start = time.perf_counter()
            summarise_archive(opened, by="year", detail=True)
            floor.append(time.perf_counter() - start)
    f = median_ms(floor)
    print(
        f"amounts page: first right after start {first * 1000:.0f} ms ({first * 1000 / f:.2f}x the library's "
        f"summary, {f:.0f} ms); first {settle:.0f} s after start {settled * 1000:.0f} ms; "
        f"again {median_ms(again):.0f} ms; first --by district {other * 1000:.0f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--archive", type=Path, default=Path("/tmp/bilagor-bench-search"))
    parser.add_argument("--settle", type=float, default=5.0, help="seconds the server is up before the amounts page")
    parser.add_argument("--only", choices=("search", "page", "amounts"), help="run one part only")
    args = parser.parse_args()
    from bench_search import build

    from bilagor.index.archive import Archive

    if not (args.archive / "archive.sqlite3").exists():
        print(f"building {args.reports} reports in {args.archive} ...", flush=True)
        print(f"built and indexed in {build(args.archive, args.reports):.1f} s")
    with Archive.open(args.archive, writable=True) as opened:  # rebuilds the index first if its schema changed
        print(f"archive {args.archive}: {opened.records.count()} reports; load average {os.getloadavg()[0]:.1f}")
    if args.only in (None, "search"):
        bench_search(args.archive, args.runs)
    if args.only in (None, "page"):
        bench_page_image(args.runs)
    if args.only in (None, "amounts"):
        bench_amounts(args.archive, args.runs, args.settle)
    print(f"load average at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
