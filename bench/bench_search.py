"""Benchmark: a cold `bilagor search` process against a bare Whoosh query script.

Builds (once; reused when --archive exists) an archive of N generated reports
with varied Swedish texts, then times, for several queries, N runs each of
  - the floor: a bare script that opens the same Whoosh index, parses the
    query over the same default fields and prints the top 10 ids;
  - `bilagor search QUERY --archive A` (piped output) and with --json.
Prints medians and the ratio to the floor. Usage:

    .venv/bin/python bench/bench_search.py [--reports 10000] [--runs 7] [--archive /tmp/bench-archive]
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

QUERIES = [
    "kameraövervakning",
    "belysning",
    "overvakning",
    "stadsdel:norrmalm kameror",
    "år:[2016 TO 2019] trygghet",
    "org:stokab",
]

BARE = r"""
import sys
from whoosh import index
from whoosh.qparser import MultifieldParser
ix = index.open_dir(sys.argv[1], indexname="MAIN")
fields = ["project", "title", "location", "org_text", "district_text", "content", "content_fold"]
with ix.searcher() as searcher:
    query = MultifieldParser(fields, ix.schema).parse(sys.argv[2])
    print([hit["id"] for hit in searcher.search(query, limit=10)])
"""

PLACES = [
    "Sergels torg",
    "Kungsträdgården",
    "Stureplan",
    "Husby torg",
    "Spånga IP",
    "Axelsbergs torg",
    "Stieg Trenters torg",
    "Årsta IP",
    "Tunnlandsparken",
    "Rålambshovsskolan",
    "Medborgarplatsen",
]
ORGS = [
    ("Polisen", "myndighet"),
    ("Stokab", "bolag"),
    ("Trafikkontoret", "forvaltning"),
    ("AB Svenska Bostäder", "bolag"),
    ("Familjebostäder", "bolag"),
    ("Stiftelsen Tryggare Sverige", "forening"),
]
DISTRICTS = ["Bromma", "Farsta", "Kungsholmen", "Norrmalm", "Södermalm", "Östermalm", "Skärholmen", "Rinkeby-Kista"]
# Sentences specific to each kind of project, so a word like "belysning" matches
# the reports about lighting rather than every report.
PROJECT_SENTENCES = {
    "Kameraövervakning": [
        "Kameraövervakning i samverkan med polisen ska minska brotten på {place}.",
        "{n} kameror har monterats efter tillstånd från Integritetsskyddsmyndigheten.",
        "Kamerorna är kopplade till polisens ledningscentral via fiber.",
    ],
    "Trygghetsbelysning": [
        "Trygghetsbelysning längs gångvägarna vid {place} gör platsen tryggare kvällstid.",
        "{n} nya armaturer med LED har satts upp.",
        "Belysningen styrs efter tid på dygnet.",
    ],
    "Röjning av buskage och sly": [
        "Buskage och sly har röjts för bättre överblick vid {place}.",
        "Röjningen har skapat nya siktlinjer.",
    ],
    "Pollare": [
        "{n} pollare hindrar fordon från att köra in på {place}.",
        "Pollarna levererades från en ny tillverkare.",
    ],
    "Genomsiktliga staket": [
        "Täta plank har ersatts med genomsiktliga staket vid {place}.",
        "Staketet gör platsen mer överblickbar.",
    ],
    "Upprustning av torget": [
        "Torget vid {place} har fått nya bänkar och planteringar.",
        "Markbeläggningen har bytts ut.",
    ],
    "Utegym": ["Ett utegym vid {place} lockar fler att röra sig.", "Utegymmet används dagligen."],
    "Konst i gångtunnlar": [
        "Konstnärer har målat väggarna i gångtunnlarna vid {place}.",
        "Klotter på målningarna sanerades snabbt.",
    ],
    "Platssamverkan": [
        "Platssamverkan mellan staden, polisen och fastighetsägare kring {place}.",
        "Samverkansgruppen träffas varje månad.",
    ],
    "Laddstolpar": [
        "Klimatinvestering: {n} laddstolpar för elbilar vid {place}.",
        "Beläggningen på laddplatserna ökar.",
    ],
    "Solceller": [
        "Klimatinvestering: solceller på taket ger egen elproduktion.",
        "Anläggningen producerar {n} MWh per år.",
    ],
}
PROJECTS = list(PROJECT_SENTENCES)
GENERIC_SENTENCES = [
    "Projektet syftar till ökad trygghet vid {place}.",
    "Trygghetsvandringar visade att platsen upplevdes som otrygg.",
    "Arbetet har genomförts i samverkan med {org}.",
    "Avvikelsen beror på att upphandlingen försenades.",
    "Boende och näringsidkare har tagit del av resultatet.",
    "Inga avvikelser mot plan.",
    "Projektet har skapat en tryggare miljö för barn och unga.",
    "Arbetet blev försenat på grund av vädret under {year}.",
    "En uppföljning görs under nästa år.",
]


def make_reports(n: int, seed: int = 1):
    from factories import make_report

    from bilagor.extractor import districts
    from bilagor.extractor.record import Amount, Organisation, Section

    rng = random.Random(seed)
    reports = []
    for i in range(n):
        project, place = rng.choice(PROJECTS), rng.choice(PLACES)
        district = rng.choice(DISTRICTS)
        year = rng.randint(2012, 2022)
        org = rng.choice(ORGS)
        budget = rng.randint(2, 60) / 10
        outcome = round(budget * rng.uniform(0.6, 1.2), 1)

        def text(k, specific=1, project=project, place=place, org=org, year=year):
            pool = rng.sample(PROJECT_SENTENCES[project], min(specific, len(PROJECT_SENTENCES[project])))
            pool += rng.sample(GENERIC_SENTENCES, k)
            return " ".join(t.format(place=place, org=org[0], n=rng.randint(2, 40), year=year) for t in pool)

        sections = [
            Section("projektnamn", "Projektnamn", project, 1),
            Section("plats", "Geografisk plats för investering", f"{place}, {district}s stadsdelsnämnd", 1),
            Section("mal_och_syfte", "Projektets mål och syfte", text(2), 1),
            Section("slutresultat", "Beskrivning av slutresultat", text(3, specific=2), 1),
            Section("avvikelser", "Beskrivning av eventuella avvikelser", text(1, specific=0), 2),
            Section(
                "ekonomiskt_utfall",
                "Ekonomiskt utfall",
                f"Utfallet blev {outcome:.1f} mnkr jämfört med budget på {budget:.1f} mnkr.".replace(".", ",", 2),
                2,
            ),
        ]
        reports.append(
            make_report(
                f"bench-{i}",
                year=year,
                district=district,
                district_today=districts.today(district),
                project=project,
                location=place,
                sections=sections,
                organisations=[Organisation(org[0], org[1], [org[0]], 1)],
                amounts=[
                    Amount(f"{budget} mnkr", int(budget * 1e6), False, "budget", "ekonomiskt_utfall", 2, ""),
                    Amount(f"{outcome} mnkr", int(outcome * 1e6), False, "utfall", "ekonomiskt_utfall", 2, ""),
                ],
            )
        )
    return reports


def build(archive: Path, n: int) -> float:
    from bilagor.index.archive import Archive

    start = time.perf_counter()
    with Archive.open(archive, writable=True) as opened:
        reports = make_reports(n)
        for i in range(0, n, 1000):
            opened.records.put_many(reports[i : i + 1000])
        opened.reindex()
    return time.perf_counter() - start


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--archive", type=Path, default=Path("/tmp/bilagor-bench-search"))
    args = parser.parse_args()
    if not (args.archive / "archive.sqlite3").exists():
        print(f"building {args.reports} reports in {args.archive} ...", flush=True)
        print(f"built and indexed in {build(args.archive, args.reports):.1f} s")
    from bilagor.index.archive import Archive

    with Archive.open(args.archive, writable=True):  # rebuilds the index first if its schema changed
        pass
    bare = Path(args.archive) / "bare_query.py"
    bare.write_text(BARE)
    python = sys.executable
    cli = [python, "-c", "from bilagor.cli.app import main; main()"]
    bilagor_bin = Path(python).with_name("bilagor")
    if bilagor_bin.exists():
        cli = [str(bilagor_bin)]
    print(f"{'query':<32} {'bare s':>8} {'cli s':>8} {'ratio':>6} {'json s':>8} {'ratio':>6}")
    ratios, cli_medians = [], []
    for query in QUERIES:
        floor, plain, js = [], [], []
        for _ in range(args.runs):  # interleaved so machine load hits all three alike
            floor.append(timed([python, str(bare), str(args.archive / "whoosh"), query]))
            plain.append(timed([*cli, "search", query, "--archive", str(args.archive)]))
            js.append(timed([*cli, "search", query, "--json", "--archive", str(args.archive)]))
        f, p, j = statistics.median(floor), statistics.median(plain), statistics.median(js)
        ratios.append(p / f)
        cli_medians.append(p)
        print(f"{query:<32} {f:8.3f} {p:8.3f} {p / f:6.2f} {j:8.3f} {j / f:6.2f}")
    print(
        f"median cli {statistics.median(cli_medians):.3f} s; ratio to bare: median {statistics.median(ratios):.2f}, "
        f"max {max(ratios):.2f}"
    )


if __name__ == "__main__":
    main()
