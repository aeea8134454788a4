"""Timeline of `bilagor serve`'s very first /amounts request: when the URL is printed, when the
summary's summing ends (or the summary an import kept is read), and when the response arrives, each with the process's CPU time so far
(all threads), which a shared machine's load disturbs less than wall time.

Runs the bilagor of the Python that runs it, in this process; sends GET /amounts?by=year as soon
as the URL is printed, then stops the server. Prints one line per run: URL -> response (wall, and
the process's CPU), and the time from the end of the summing to the response. To compare two
installs, run it with each one's Python, alternating:

    .venv/bin/python bench/serve_first_amounts_timeline.py /tmp/bilagor-bench-search
    /tmp/oldvenv/bin/python bench/serve_first_amounts_timeline.py /tmp/bilagor-bench-search
"""

from __future__ import annotations

import builtins
import http.client
import os
import re
import signal
import sys
import threading
import time

MARKS: dict[str, tuple[float, float]] = {}  # what -> (wall, process CPU) when it happened


def mark(what: str) -> None:
    MARKS[what] = (time.perf_counter(), time.process_time())


def timed(owner, name: str, what: str) -> None:
    """Wrap owner.name so its end is marked."""
    original = getattr(owner, name)

    def wrapper(*args, **kwargs):
        result = original(*args, **kwargs)
        mark(what)
        return result

    setattr(owner, name, wrapper)


def main() -> None:
    from bilagor.cli.web import summaries

    timed(summaries, "summarise_archive", "summed")
    if hasattr(summaries, "read_kept_summary"):  # the summary an import kept (not in older installs)
        timed(summaries, "read_kept_summary", "kept")
    port: dict[str, int] = {}
    real_print = builtins.print

    def watching_print(*args, **kwargs):
        real_print(*args, **kwargs)
        found = re.search(r"http://127\.0\.0\.1:(\d+)/", " ".join(map(str, args)))
        if found and "port" not in port:
            mark("url")
            port["port"] = int(found.group(1))

    def client() -> None:
        while "port" not in port:
            time.sleep(0.001)
        connection = http.client.HTTPConnection("127.0.0.1", port["port"], timeout=600)
        connection.request("GET", "/amounts?by=year")
        response = connection.getresponse()
        response.read()
        mark("response")
        os.kill(os.getpid(), signal.SIGTERM)

    builtins.print = watching_print
    threading.Thread(target=client, daemon=True).start()
    from bilagor.cli.app import main as bilagor

    sys.argv = ["bilagor", "serve", "--archive", sys.argv[1], "--port", "0"]
    try:
        bilagor()
    except SystemExit:
        pass
    builtins.print = real_print
    (url_wall, url_cpu), (end_wall, end_cpu) = MARKS["url"], MARKS["response"]
    ready = "summed" if "summed" in MARKS else "kept"  # the summary made, or read from the archive folder
    print(
        f"URL -> response: wall {end_wall - url_wall:.3f} s, process CPU {end_cpu - url_cpu:.3f} s; "
        f"{ready} -> response {end_wall - MARKS[ready][0]:.3f} s; load {os.getloadavg()[0]:.1f}"
    )


if __name__ == "__main__":
    main()
