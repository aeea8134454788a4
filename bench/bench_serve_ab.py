"""A/B benchmark of two `bilagor serve` installs (old code against new) on one archive.

Both servers run side by side and every request alternates between them
(A, B, A, B ...), so a shared machine's load hits both alike: on a loaded
machine this ratio is the figure to trust, not the absolute times.

- search: warm `/api/search` and `/search` for the queries of bench_search.py;
- amounts: the first `/amounts?by=year` right after start; after --settle s `/amounts?by=year`,
  the first `/amounts?by=district` and it again (medians of --runs fresh servers).

The old install: e.g. `git archive <commit> | tar -x -C /tmp/old`, a copy of
.venv whose editable finder (site-packages/__editable___bilagor_*_finder.py)
and script shebangs point at /tmp/old. Usage:

    .venv/bin/python bench/bench_serve_ab.py --archive /tmp/bilagor-bench-search --base /tmp/oldvenv/bin/bilagor
        [--new .venv/bin/bilagor] [--runs 7] [--only search|amounts] [--settle 5]
"""

from __future__ import annotations

import argparse
import http.client
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))


class Server:
    """`bilagor serve --port 0` from one install, with a keep-alive connection."""

    def __init__(self, binary: str, archive: Path):
        self.process = subprocess.Popen(
            [binary, "serve", "--archive", str(archive), "--port", "0"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        match = re.search(r"127\.0\.0\.1:(\d+)/", self.process.stdout.readline())
        if not match:
            raise SystemExit(f"{binary}: the server did not start: {self.process.stderr.read()}")
        self.port = int(match.group(1))
        self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=600)

    def timed(self, path: str) -> float:
        for _ in range(2):  # the server closes a connection idle for 5 s: connect again once
            try:
                start = time.perf_counter()
                self.connection.request("GET", path)
                response = self.connection.getresponse()
                response.read()
                if response.status != 200:
                    raise SystemExit(f"{path}: HTTP {response.status}")
                return time.perf_counter() - start
            except (http.client.RemoteDisconnected, ConnectionError):
                self.connection.close()
                self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=600)
        raise SystemExit(f"{path}: no answer")

    def close(self) -> None:
        self.connection.close()
        self.process.terminate()
        self.process.communicate(timeout=60)


def median_ms(values: list[float]) -> float:
    return statistics.median(values) * 1000


def ab_search(installs: dict[str, str], archive: Path, runs: int) -> None:
    from bench_search import QUERIES

    servers = {name: Server(binary, archive) for name, binary in installs.items()}
    try:
        medians: dict[str, dict[str, list[float]]] = {name: {"api": [], "page": []} for name in installs}
        print(f"{'query':<32} {'base api':>9} {'new api':>8} {'x':>5} {'base page':>10} {'new page':>9} {'x':>5}")
        for query in QUERIES:
            paths = {"api": f"/api/search?q={quote(query)}", "page": f"/search?q={quote(query)}"}
            for server in servers.values():  # warm
                for path in paths.values():
                    server.timed(path)
            times: dict[str, dict[str, list[float]]] = {name: {"api": [], "page": []} for name in installs}
            for _ in range(runs):
                for kind, path in paths.items():
                    for name, server in servers.items():
                        times[name][kind].append(server.timed(path))
            row = {name: {kind: median_ms(t) for kind, t in kinds.items()} for name, kinds in times.items()}
            for name in installs:
                for kind in ("api", "page"):
                    medians[name][kind].append(row[name][kind])
            b, n = row["base"], row["new"]
            print(
                f"{query:<32} {b['api']:9.1f} {n['api']:8.1f} {b['api'] / n['api']:5.2f} "
                f"{b['page']:10.1f} {n['page']:9.1f} {b['page'] / n['page']:5.2f}",
                flush=True,
            )
        for kind in ("api", "page"):
            b, n = statistics.median(medians["base"][kind]), statistics.median(medians["new"][kind])
            print(f"median of the queries' medians, {kind}: base {b:.1f} ms, new {n:.1f} ms ({b / n:.2f}x)")
    finally:
        for server in servers.values():
            server.close()


def ab_amounts(installs: dict[str, str], archive: Path, settle: float, runs: int) -> None:
    """Per round and install, a fresh server: the first /amounts?by=year right after start; then one up
    --settle s: /amounts?by=year, the first /amounts?by=district (not prepared at start), and it again."""
    paths = {"year": "/amounts?by=year", "district": "/amounts?by=district"}
    times: dict[str, dict[str, list[float]]] = {name: {} for name in installs}
    for _ in range(runs):
        for name, binary in installs.items():  # alternating, so the machine's load hits both alike
            server = Server(binary, archive)
            try:
                times[name].setdefault("at start, by year", []).append(server.timed(paths["year"]) * 1000)
            finally:
                server.close()
            server = Server(binary, archive)
            try:
                time.sleep(settle)
                for label, path in (("by year", "year"), ("first by district", "district"), ("again", "district")):
                    times[name].setdefault(label, []).append(server.timed(paths[path]) * 1000)
            finally:
                server.close()
    for label in times["base"]:
        b, n = statistics.median(times["base"][label]), statistics.median(times["new"][label])
        up = 0 if "start" in label else settle
        print(f"/amounts {label} (up {up:.0f} s): base {b:.0f} ms, new {n:.0f} ms ({b / n:.2f}x)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--archive", type=Path, required=True)
    parser.add_argument("--base", required=True, help="the old install's bilagor executable")
    parser.add_argument("--new", default=str(Path(sys.executable).with_name("bilagor")))
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--settle", type=float, default=5.0)
    parser.add_argument("--only", choices=("search", "amounts"))
    args = parser.parse_args()
    installs = {"base": args.base, "new": args.new}
    print(f"load average at start {os.getloadavg()[0]:.1f}")
    if args.only in (None, "search"):
        ab_search(installs, args.archive, args.runs)
    if args.only in (None, "amounts"):
        ab_amounts(installs, args.archive, args.settle, args.runs)
    print(f"load average at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
