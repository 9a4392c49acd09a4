"""Landing: where an export file's bytes become rows the warehouse reads.

    python -m landing [--exports DIR] [--landing DIR] [--report DIR] ...   (landing/cli.py)

One module per job, in the order a file meets them:

- discover.py   the exports folder: every entry is read, rejected or ignored with a reason
- opening.py    a file's bytes and text (gzip, encodings), Parquet
- header.py     the header found by content, the rows with their line numbers, layout rows
                (footers, totals, summary rows), the facts outside the rows (report period …)
- rulebook.py   the rule book: per raw table its canonical columns, their kinds, identity
                columns, row rules and keys; header spellings come from header_aliases.csv
- values.py     how each kind of value is read from vendor text (numbers, dates, null tokens)
- apply.py      the rule book as one DuckDB statement per file
- bulk.py       DuckDB tokenizing a large CSV (must agree with header.py's row reader)
- write.py      the landed Parquet files, placeholders for tables without exports
- checks.py     per table: quarantine findings, duplicate keys, FX coverage, the GX suite
- ledger.py     what was landed from which bytes, so an unchanged export is not read again
- report.py     validation_report.html and validation_summary.json
- pipeline.py   a whole folder: the above for every file (on several workers), then the checks
- settings.py, workers.py, results.py, sql.py (the one way a name or value reaches SQL)

Beside the exports: targets.py reads config/kpi_targets.csv (targets as the report writes KPIs)
into the seed seeds/reference/kpi_targets.csv; downloads.py names the report to download into
each table's folder (python -m landing --init DIR lays an exports folder out).
"""
