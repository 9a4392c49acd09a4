"""The bad-input corpus (tests/corpus/cases.yml): every case's file is validated and landed by
the landing package (landing/), and its outcome (accepted / rejected, findings naming file, line and
column, rows to quarantine, landed values) is asserted. Also: the dbt sources read what the rule
book lands (generated docs up to date), and the demo exports pass."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
import yaml
from conftest import DEMO, ROOT

from landing import cli, pipeline  # noqa: E402
from landing.results import FileResult, Finding  # noqa: E402
from landing.rulebook import LAYOUTS  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
CASES = yaml.safe_load((CORPUS / "cases.yml").read_text(encoding="utf-8"))


def landed_text(path: Path) -> str:
    """Every text value of a landed Parquet file, for 'landed unchanged' checks."""
    con = duckdb.connect()
    cols = [r[0] for r in con.execute(f"describe select * from read_parquet('{path.as_posix()}')").fetchall()]
    rows = con.execute(f"select * from read_parquet('{path.as_posix()}')").fetchall()
    con.close()
    return "\n".join(" | ".join(f"{c}={v}" for c, v in zip(cols, row, strict=True)) for row in rows)


def test_corpus_has_at_least_25_cases() -> None:
    assert len(CASES) >= 25
    assert sorted(c["case"] for c in CASES) == sorted(p.name for p in CORPUS.iterdir() if p.is_dir())


@pytest.mark.parametrize("case", CASES, ids=[c["case"] for c in CASES])
def test_corpus_case(case: dict, tmp_path: Path, monkeypatch) -> None:
    folder = CORPUS / case["case"]
    landing, report = tmp_path / "landing", tmp_path / "report"
    args = ["--exports", str(folder), "--landing", str(landing), "--report", str(report), "--quiet"]
    for table, encoding in (case.get("encodings") or {}).items():
        args += ["--encoding", f"{table}={encoding}"]
    expect = case["expect"]
    for key, value in (case.get("env") or {}).items():
        monkeypatch.setenv(key, value)
    code = cli.main(args)
    summary = json.loads((report / "validation_summary.json").read_text(encoding="utf-8"))
    ignored = summary["ignored"]
    results = {}
    for item in summary["results"]:
        findings = [Finding(**f) for f in item.pop("findings")]
        results[item["file"]] = FileResult(**item, findings=findings)
    assert {f: r.status for f, r in results.items()} == expect["files"]
    assert code == (1 if "rejected" in expect["files"].values() else 0)
    findings = [f for r in results.values() for f in r.findings]
    for want in expect.get("findings", []):
        hits = [
            f
            for f in findings
            if f.severity == want["severity"]
            and want.get("contains", "") in f.message
            and ("line" not in want or f.line == want["line"])
            and ("column" not in want or f.column == want["column"])
        ]
        assert hits, f"expected a {want} finding, got {[f.text() for f in findings]}"
        assert all(h.file in expect["files"] for h in hits)  # every message names its file
    if "quarantined_rows" in expect:
        assert sum(r.quarantined_rows for r in results.values()) == expect["quarantined_rows"], [
            f.text() for f in findings
        ]
    if "data_rows" in expect:
        assert sum(r.data_rows for r in results.values()) == expect["data_rows"]
    if "encoding" in expect:
        assert {r.encoding for r in results.values()} == {expect["encoding"]}
    for name, texts in (expect.get("landed_contains") or {}).items():
        stem = Path(name).name.removesuffix(".gz").removesuffix(".csv").removesuffix(".parquet")
        landed = landed_text(landing / Path(name).parent / f"{stem}.parquet")
        for text in [texts] if isinstance(texts, str) else texts:
            assert text in landed
    for text in expect.get("ignored", []):
        assert any(text in u for u in ignored), ignored
    # the report is written and readable offline
    html = (report / "validation_report.html").read_text(encoding="utf-8")
    assert "Export validation" in html and "http" not in html
    # every table dbt reads exists in the landing folder (an empty placeholder when nothing was accepted)
    for layout in LAYOUTS.values():
        assert any((landing / layout.source / layout.table).glob("*.parquet")), layout.name


def test_generated_source_docs_are_up_to_date() -> None:
    """The sources and base-model YAML (where dbt reads the landed files, one documented column per
    canonical column with its header spellings) are generated from the rule book."""
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "generate_layout_docs.py"), "--check"],
                         capture_output=True, text=True)  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert len(LAYOUTS) == 23


def test_demo_exports_pass() -> None:
    results, ignored, _ = pipeline.validate_folder(DEMO, {})
    assert not ignored
    assert all(r.status == "accepted" for r in results)
    assert sum(r.quarantined_rows for r in results) == 0


def test_every_identity_column_is_a_layout_column_with_a_spelling() -> None:
    for layout in LAYOUTS.values():
        assert layout.identity, layout.name
        for col in layout.columns:
            assert col.headers and col.kind, (layout.name, col.name)
        names = {c.name for c in layout.columns} | {d.name for d in layout.derived}
        for name in (*layout.required, *layout.key, *layout.money):
            assert name in names, (layout.name, name)


def test_overlapping_exports_give_one_finding_per_pair_of_files_with_its_count(tmp_path: Path) -> None:
    """Two monthly exports overlapping on three days, and a day twice in the later one: one info
    finding for the pair (its first row, how many more, the earlier file's line), and a warning for
    the row repeated within the file (identical in every column: counted once; a Google Ads report
    is additive, so rows of one day that differ would be summed instead). Lines by hand: two
    preamble lines, the header on line 3."""
    folder = tmp_path / "exports" / "google_ads" / "campaign_report"
    folder.mkdir(parents=True)
    header = "Day,Campaign ID,Campaign,Currency code,Impr.,Clicks,Cost"

    def export(name: str, days: list[str]) -> None:
        rows = [f"{d},101,Brand,USD,100,2,4.10" for d in days]
        text = "\n".join(["Campaign report", '"September 1, 2026 - October 31, 2026"', header, *rows]) + "\n"
        (folder / name).write_text(text, encoding="utf-8")

    export("2026-09.csv", ["2026-09-29", "2026-09-30", "2026-10-01", "2026-10-02", "2026-10-03"])  # lines 4-8
    export("2026-10.csv", ["2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-04"])  # lines 4-8
    results, _, _ = pipeline.validate_folder(tmp_path / "exports", {}, tmp_path / "landing")
    by_name = {r.file: r for r in results}
    assert {r.status for r in results} == {"accepted"}
    keyed = ("also in", "duplicate")
    assert not [
        f for f in by_name["google_ads/campaign_report/2026-09.csv"].findings if any(k in f.message for k in keyed)
    ]
    later = by_name["google_ads/campaign_report/2026-10.csv"].findings
    overlap = [f for f in later if "also in" in f.message]
    assert len(overlap) == 1, [f.text() for f in later]
    assert overlap[0].severity == "info" and overlap[0].line == 4
    assert "2026-10-01" in overlap[0].message and "and 2 more row(s)" in overlap[0].message
    assert "also in google_ads/campaign_report/2026-09.csv (line 6 for the first)" in overlap[0].message
    repeated = [f for f in later if "duplicate row" in f.message]
    assert [(f.severity, f.line) for f in repeated] == [("warning", 8)]
    assert "line 7" in repeated[0].message


NUMBER_TEXTS = ["1,069", "3.02%", " 42 ", "US$1,234.50", "NT$ 5", "€-3", "£0.25", "¥ 1 000", "₫12,000", "+.5",
                "-0", "0012", "7", "6.75", "1e5", "1E+5", "5.", ".", "--", "", "n/a", "(not set)", "abc", "١٢",
                "N T$5", "U,S$9", "12-3", "1.2.3", "$", "%", None, "1.234,56", "1 234,56", "1\u00a0234,5", "9,36",
                "0,341%", "1.234.567", "1,234,567", "1.234", "0.341", "12,5", "1'234.50", "01,234", "1,23,456",
                "12,345.678", "-1.234,5", "1,2345", "1234,567", "99999999999999999999999999999999999999", "NaN",
                "Infinity", "1e308"]  # fmt: skip


def number_by_hand(text: str | None, mark: str | None, whole: bool):
    """The rule of landing/values.py's docstring in plain Python, without its regular expressions:
    trimmed, the null tokens; spaces, apostrophes, percent and currency symbols dropped; then the
    digits read with the column's decimal mark, the other mark a thousands separator between
    groups of three; in a column nothing decides, a value with one mark, 1-3 digits before it (no
    leading 0) and three after is ambiguous (thousands in a whole-number column, else nothing)."""
    from decimal import Decimal

    from landing.values import CURRENCY_SYMBOLS, NULL_TOKENS

    if text is None or text.strip() in NULL_TOKENS:
        return None
    s = text.strip()
    for symbol in ("%", " ", "\u00a0", "\u202f", "'", "\u2019", *CURRENCY_SYMBOLS):
        s = s.replace(symbol, "")
    sign = s[0] if s[:1] in ("+", "-") else ""
    s = s[len(sign) :]
    if not s or any(c not in "0123456789.," for c in s) or not any(c in "0123456789" for c in s):
        return None

    def fits(value: Decimal) -> Decimal | None:
        return value if abs(value) < Decimal(10) ** 32 else None  # decimal(38, 6)

    def read(dec: str):
        group = "," if dec == "." else "."
        whole_part, has_dec, frac = s.partition(dec)
        if has_dec and (not frac or any(c not in "0123456789" for c in frac)):
            return None
        if group in whole_part:
            parts = whole_part.split(group)
            if not (1 <= len(parts[0]) <= 3 and parts[0][0] != "0" and all(len(p) == 3 for p in parts[1:])):
                return None
            whole_part = "".join(parts)
        if any(c not in "0123456789" for c in whole_part) or not (whole_part or frac):
            return None
        return fits(Decimal(sign + (whole_part or "0") + ("." + frac if frac else "")))

    if all(c in "0123456789" for c in s):
        return fits(Decimal(sign + s))
    if mark:
        return read(mark)
    seps = [c for c in s if c in ".,"]
    head, _, tail = s.replace(",", ".").partition(".")
    if len(seps) == 1 and 1 <= len(head) <= 3 and head[0] != "0" and len(tail) == 3:
        return fits(Decimal(sign + head + tail)) if whole else None
    return read(".") if read(".") is not None else read(",")


@pytest.mark.parametrize("mark", [".", ",", None], ids=["dot", "comma", "undecided"])
@pytest.mark.parametrize("whole", [False, True], ids=["amount", "count"])
def test_number_text_parses_as_the_rule_says(mark, whole) -> None:
    from landing.values import number_sql, sql_text

    con = duckdb.connect()
    con.execute("create table t (i integer, x varchar)")
    con.executemany("insert into t values (?, ?)", list(enumerate(NUMBER_TEXTS)))
    parsed = dict(con.execute(f"select i, {number_sql(sql_text('x'), mark, whole)} from t").fetchall())
    assert {NUMBER_TEXTS[i]: v for i, v in parsed.items()} == {t: number_by_hand(t, mark, whole) for t in NUMBER_TEXTS}


def test_the_hand_rule_reads_the_locales_right() -> None:
    """The reference itself, on the values the issue names: never a swapped separator."""
    assert number_by_hand("1.234,56", None, False) == Decimal("1234.56")
    assert number_by_hand("1 234,56", None, False) == Decimal("1234.56")
    assert number_by_hand("1,069", None, True) == 1069 and number_by_hand("1,069", None, False) is None
    assert number_by_hand("1,069", ".", False) == 1069 and number_by_hand("1,069", ",", False) == Decimal("1.069")
    assert number_by_hand("0,341%", None, False) == Decimal("0.341") and number_by_hand("1e5", None, False) is None
