"""The bad-input corpus (tests/corpus/cases.yml): every case's file is validated and landed by
scripts/validate_exports.py, and its outcome (accepted / rejected, findings naming file, line and
column, rows to quarantine, landed text) is asserted. Also: the validator's layouts agree with the
dbt sources, and the demo exports pass."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
import yaml
from conftest import DEMO, ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import validate_exports  # noqa: E402
from export_layouts import LAYOUTS  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
CASES = yaml.safe_load((CORPUS / "cases.yml").read_text(encoding="utf-8"))


def test_corpus_has_at_least_25_cases() -> None:
    assert len(CASES) >= 25
    assert sorted(c["case"] for c in CASES) == sorted(p.name for p in CORPUS.iterdir() if p.is_dir())


@pytest.mark.parametrize("case", CASES, ids=[c["case"] for c in CASES])
def test_corpus_case(case: dict, tmp_path: Path) -> None:
    folder = CORPUS / case["case"]
    landing, report = tmp_path / "landing", tmp_path / "report"
    args = ["--exports", str(folder), "--landing", str(landing), "--report", str(report), "--quiet"]
    for table, encoding in (case.get("encodings") or {}).items():
        args += ["--encoding", f"{table}={encoding}"]
    expect = case["expect"]
    code = validate_exports.main(args)
    outcomes, unknown = validate_exports.validate_folder(folder, case.get("encodings") or {})
    results = {r.file: r for r, _ in outcomes}
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
        layout = LAYOUTS["/".join(name.split("/")[:2])]
        landed = (landing / name).read_bytes().decode(layout.encoding)
        for text in [texts] if isinstance(texts, str) else texts:
            assert text in landed
    for text in expect.get("unknown", []):
        assert any(text in u for u in unknown), unknown
    # the report is written and readable offline
    html = (report / "validation_report.html").read_text(encoding="utf-8")
    assert "Export validation" in html and "http" not in html
    # every table dbt reads exists in the landing folder (placeholder when nothing was accepted)
    for layout in LAYOUTS.values():
        assert any((landing / layout.source / layout.table).glob("*.csv")), layout.name


def test_layouts_agree_with_dbt_sources() -> None:
    """Encoding, delimiter and preamble length: the validator lands what dbt's read_csv expects."""
    for path in (ROOT / "models" / "staging").glob("*/_*__sources.yml"):
        for source in yaml.safe_load(path.read_text(encoding="utf-8"))["sources"]:
            for table in source["tables"]:
                key = f"{source['name']}/{table['name']}"
                location = table["config"]["meta"]["external_location"]
                if key not in LAYOUTS:
                    assert key == "ga4/traffic_acquisition_preamble" and "read_text" in location
                    continue
                layout = LAYOUTS[key]
                skip = re.search(r"skip=(\d+)", location)
                assert int(skip.group(1)) if skip else 0 == layout.skip, key
                assert f"delim='{layout.delimiter}'".replace("\t", "\\t") in location, key
                assert ("encoding='utf-16'" in location) == (layout.encoding == "utf-16"), key
    assert len(LAYOUTS) == 21


def test_demo_exports_pass(tmp_path: Path) -> None:
    outcomes, unknown = validate_exports.validate_folder(DEMO, {})
    assert not unknown
    assert all(r.status == "accepted" for r, _ in outcomes)
    assert sum(r.quarantined_rows for r, _ in outcomes) == 0


def test_every_column_a_base_model_reads_is_required() -> None:
    """A column staging reads but the validator does not require would fail the dbt build on a file
    without it; so every quoted raw column in a base_ model is a required column of its layout."""
    for path in (ROOT / "models" / "staging").glob("*/base_*.sql"):
        source, table = path.stem[len("base_") :].split("__")
        layout = LAYOUTS[f"{source}/{table}"]
        sql = re.sub(r"--[^\n]*", "", path.read_text(encoding="utf-8"))
        used = set(re.findall(r'(?<![\w\'])"([^"]+)"', sql))
        for column in used:
            if "'" in column or column.startswith(("{", ",")) or "~" in column or column == "null":
                continue  # Jinja and SQL text, not a column name
            assert any(validate_exports.find_column([column], p) for p in layout.required), (path.name, column)
