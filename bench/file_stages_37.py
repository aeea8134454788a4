"""Where a file's reading time goes, stage by stage, over a floor in the same run: bare pdfplumber's words of the
same pages (pdfplumber.open, extract_words on every page). Ratios, so that the machine's load moves them little;
CPU time of this process (Tesseract's own processes are counted apart, as children), best of --repeat.

    .venv/bin/python bench/file_stages_37.py FILE... [--repeat 2] [--ocr never] [--profile 15]
    PYTHONPATH=/path/to/other/pkg .venv/bin/python bench/file_stages_37.py FILE...     # another checkout's code

The stages are extract_report's: the text layer (pdf_reader.read_pdf), OCR's plan and reading (plan_ocr,
_read_with_ocr), the layout (layout_pages) and the entities (find_entities); "rest" is the record's other work
(hashing, metadata). h36's time-out class (the files of heavy pages lost at 120 s under load: ExifTool's 39-page
gropdf manual, olmocr's one-page map1.pdf, hummusRecipe's 14-page test.pdf) is what it was written for; the files
are other projects' tests, not committed. --profile N prints the N functions of most own time of the slowest
stage's run.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import resource
import time
from pathlib import Path


def _cpu() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


class Stages:
    """Wraps the stages' functions where extract_report looks them up and adds up their CPU seconds."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.children = 0.0

    def wrap(self, module: object, name: str, stage: str) -> None:
        function = getattr(module, name)

        def timed(*args, **kwargs):
            before, children = _cpu()
            try:
                return function(*args, **kwargs)
            finally:
                after, children_after = _cpu()
                self.seconds[stage] = self.seconds.get(stage, 0.0) + after - before
                self.children += children_after - children

        setattr(module, name, timed)


def floor_seconds(path: Path) -> float:
    import pdfplumber

    before, _ = _cpu()
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_words()
            page.close()
    return _cpu()[0] - before


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--ocr", default="never")
    parser.add_argument("--profile", type=int, default=0)
    args = parser.parse_args()

    import bilagor.extractor.entities as entities
    from bilagor.extractor import api, pdf_reader

    api.warm_up()
    stages = Stages()
    stages.wrap(pdf_reader, "read_pdf", "text layer")
    stages.wrap(api, "plan_ocr", "ocr plan")
    stages.wrap(api, "_read_with_ocr", "ocr")
    stages.wrap(api, "layout_pages", "layout")
    stages.wrap(entities, "find_entities", "entities")
    for path in args.files:
        floor = min(floor_seconds(path) for _ in range(args.repeat))
        best: dict[str, float] = {}
        total_best = float("inf")
        pages = 0
        for _ in range(args.repeat):
            stages.seconds, stages.children = {}, 0.0
            before, _ = _cpu()
            wall = time.monotonic()
            report = api.extract_report(path, ocr=args.ocr)
            total = _cpu()[0] - before
            wall = time.monotonic() - wall
            pages = report.pages
            if total < total_best:
                total_best, best = total, dict(stages.seconds)
                best["rest"] = total - sum(stages.seconds.values())
        print(f"{path.name}: {pages} pages, floor (pdfplumber's words) {floor:.2f} s CPU")
        print(f"   {'all':12} {total_best:8.2f} s = {total_best / floor:6.1f} x the floor (last wall {wall:.1f} s)")
        for stage, seconds in best.items():
            print(f"   {stage:12} {seconds:8.2f} s = {seconds / floor:6.1f} x")
        if args.profile:
            profiler = cProfile.Profile()
            profiler.enable()
            api.extract_report(path, ocr=args.ocr)
            profiler.disable()
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(args.profile)
            print("\n".join(line for line in out.getvalue().splitlines() if line.strip())[-4000:])


if __name__ == "__main__":
    main()
