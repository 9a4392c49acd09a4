"""The validation report: which optional columns the accepted files have, the KPIs unavailable for
lack of one, and the report itself (validation_report.html, offline, and validation_summary.json)."""

from __future__ import annotations

import datetime as dt
import html
import json
from dataclasses import asdict
from pathlib import Path

from landing.results import FileResult
from landing.rulebook import LAYOUTS


def availability(results: list[FileResult]) -> list[dict]:
    """Per table and canonical column: how many accepted files have it."""
    rows = []
    for key, layout in LAYOUTS.items():
        accepted = [r for r in results if r.table == key and r.status == "accepted" and r.header]
        for col in layout.columns:
            rows.append({
                "table_name": key,
                "column_name": col.name,
                "files_total": len(accepted),
                "files_with_column": sum(1 for r in accepted if col.name in r.columns),
            })  # fmt: skip
    return rows


def unavailable_kpis(rows: list[dict]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for row in rows:
        if row["files_total"] and row["files_with_column"] < row["files_total"]:
            col = LAYOUTS[row["table_name"]].column(row["column_name"])
            if col.feeds:
                out.setdefault(row["table_name"], []).append(
                    f"{', '.join(col.feeds)}: needs column {col.label!r} "
                    f"(in {row['files_with_column']} of {row['files_total']} file(s))"
                )
    return out


DATA_DOCS = "great_expectations"  # the landing contract's Data Docs, beside the report (landing/contract.py)


def write_report(results: list[FileResult], ignored: list[str], kpis: dict[str, list[str]], report: Path) -> dict:
    report.mkdir(parents=True, exist_ok=True)
    summary = {
        "generated_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "files": len(results),
        "accepted": sum(r.status == "accepted" for r in results),
        "rejected": sum(r.status == "rejected" for r in results),
        "quarantined_rows": sum(r.quarantined_rows for r in results if r.status == "accepted"),
        "unchanged": sum(r.landing == "unchanged" for r in results),
        "ignored": ignored,
        "unavailable_kpis": kpis,
        "results": [asdict(r) for r in results],
    }
    (report / "validation_summary.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False), encoding="utf-8")
    colours = {"reject": "#b00020", "quarantine": "#b35c00", "warning": "#6b6b00", "info": "#245"}
    parts = [
        "<!doctype html><html><head><meta charset='utf-8'><title>Export validation</title><style>",
        "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;"
        "padding:4px 8px;text-align:left;vertical-align:top}.rejected{color:#b00020;font-weight:bold}</style></head><body>",
        f"<h1>Export validation</h1><p>{summary['generated_at']}: {summary['files']} files, {summary['accepted']} "
        f"accepted, {summary['rejected']} rejected, {summary['quarantined_rows']} rows to quarantine.</p>",
    ]
    if kpis:
        parts.append("<h2>KPIs unavailable for lack of a column</h2><ul>")
        for table, items in sorted(kpis.items()):
            parts += [f"<li>{html.escape(table)}: {html.escape(item)}</li>" for item in items]
        parts.append("</ul>")
    parts.append(
        "<table><tr><th>table</th><th>file</th><th>status</th><th>encoding</th><th>data rows</th>"
        "<th>quarantined</th><th>findings</th></tr>"
    )
    for r in sorted(results, key=lambda r: (r.status != "rejected", r.table, r.file)):
        items = "".join(
            f"<li style='color:{colours[f.severity]}'>{html.escape(f.text())}</li>" for f in r.findings[:50]
        ) + (f"<li>… {len(r.findings) - 50} more in validation_summary.json</li>" if len(r.findings) > 50 else "")
        parts.append(
            f"<tr><td>{html.escape(r.table)}</td><td>{html.escape(r.file)}</td><td class='{r.status}'>{r.status}</td>"
            f"<td>{html.escape(r.encoding or '')}</td><td>{r.data_rows}</td><td>{r.quarantined_rows}</td><td><ul>{items}</ul></td></tr>"
        )
    parts.append("</table>")
    if (report / DATA_DOCS / "index.html").exists():
        parts.append(f"<p>The landing contract, each table's great-expectations suite with its last results (row "
                     f"rules, required columns, types, ID formats, rates): <a href='{DATA_DOCS}/index.html'>Data "
                     "Docs</a>. Its failures are the findings above.</p>")  # fmt: skip
    if (report / "quarantine.csv").exists():
        parts.append("<p>Every quarantined row, to open in a spreadsheet: <a href='quarantine.csv'>quarantine.csv</a> "
                     "(cells that would start a formula are prefixed with ')</p>")  # fmt: skip
    if ignored:
        parts.append("<h2>Ignored on purpose (not exports)</h2><ul>"
                     + "".join(f"<li>{html.escape(u)}</li>" for u in ignored) + "</ul>")  # fmt: skip
    parts.append("</body></html>")
    (report / "validation_report.html").write_text("".join(parts), encoding="utf-8")
    return summary


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> str:
    """A cell of a CSV a person opens in a spreadsheet, neutralised as OWASP recommends for CSV
    injection: text starting with = + - @, a tab or a carriage return is prefixed with a single
    quote, so that Excel or Sheets shows it as text and never runs it as a formula (=HYPERLINK(…)).
    The warehouse's tables keep the raw text; only files written for people are escaped."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_quarantine_csv(con, landed: list[Path], target: Path) -> int:
    """Every row the landing sent to quarantine, for a person to open in a spreadsheet and fix:
    table, file, line, column, reason and the row as exported, each cell spreadsheet_safe."""
    import csv

    from landing.sql import literal_list

    rows = []
    if landed:
        rows = con.execute(
            "select _source_file, _source_line, _reject_column, _reject_reason, _raw_values "
            f"from read_parquet({literal_list(landed)}, union_by_name = true) "
            "where _reject_reason is not null order by _source_file, _source_line"
        ).fetchall()
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "w", newline="", encoding="utf-8-sig") as fh:  # the BOM: Excel reads it as UTF-8
        writer = csv.writer(fh)
        writer.writerow(["file", "line", "column", "reason", "row as exported"])
        for row in rows:
            writer.writerow([spreadsheet_safe(v) for v in row])
    return len(rows)
