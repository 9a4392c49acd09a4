"""The benchmark's yardstick: paid media, leads and won-deal KPIs from a folder of raw exports in
plain pandas, written as a competent analyst would for this firm's exports (each vendor's file read
as it comes: preambles, totals and footers skipped, thousands separators, UTF-16, currencies).
No validation, quarantine, lineage or tests: only the numbers, so it shows what reading and
aggregating the same files costs without the warehouse around it.

    python scripts/benchmark_pandas.py --exports <folder> [--out results.json]
"""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]

# platform: (first header cell, date column, campaign, impressions, clicks, spend, currency)
ADS = {
    "google_ads": ("Day", "Day", "Campaign", "Impr.", "Clicks", "Cost", "Currency code"),
    "linkedin_ads": (
        "Start Date (in UTC)",
        "Start Date (in UTC)",
        "Campaign Name",
        "Impressions",
        "Clicks",
        "Total Spent",
        "Currency",
    ),  # fmt: skip
    "meta_ads": (
        "Reporting starts",
        "Reporting starts",
        "Campaign name",
        "Impressions",
        "Link clicks",
        "Amount spent",
        None,
    ),  # fmt: skip
    "microsoft_ads": (
        "Gregorian date",
        "Gregorian date",
        "Campaign name",
        "Impressions",
        "Clicks",
        "Spend",
        "Currency code",
    ),  # fmt: skip
}


def text_of(path: Path) -> str:
    raw = path.read_bytes()
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return raw.decode("utf-16")
    return raw.decode("utf-8-sig")


def read_report(path: Path, first_cell: str) -> pd.DataFrame:
    """The data block of a report: from the line starting with its first header cell to the first
    blank line (the footer after it); every column as text."""
    lines = text_of(path).splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.lstrip('"').startswith(first_cell))
    end = next((i for i in range(start + 1, len(lines)) if not lines[i].strip()), len(lines))
    block = "\n".join(lines[start:end])
    sep = "\t" if "\t" in lines[start] else ","
    return pd.read_csv(io.StringIO(block), sep=sep, dtype=str, keep_default_na=False)


def number(col: pd.Series) -> pd.Series:
    return pd.to_numeric(col.str.replace(",", "", regex=False).str.strip(), errors="coerce").fillna(0.0)


def fx_table() -> pd.DataFrame:
    fx = pd.read_csv(ROOT / "seeds" / "reference" / "fx_rates.csv", dtype={"currency_code": str})
    fx["month"] = fx["rate_month"].str[:7]
    return fx[["month", "currency_code", "units_per_usd"]]


def to_usd(frame: pd.DataFrame, amount: str, fx: pd.DataFrame) -> pd.Series:
    joined = frame.merge(fx, how="left", left_on=["month", "currency"], right_on=["month", "currency_code"])
    return (joined[amount] / joined["units_per_usd"]).to_numpy()


def paid_media(exports: Path, fx: pd.DataFrame) -> pd.DataFrame:
    frames = []
    for platform, (first, day, campaign, impr, clicks, spend, currency) in ADS.items():
        for path in sorted((exports / platform / "campaign_report").glob("*.csv")):
            df = read_report(path, first)
            spend_col = spend if spend in df else next(c for c in df.columns if c.startswith(spend))
            df = df[df[campaign].str.strip() != ""]  # Meta's summary row, Google's "Total:" rows
            df = df[~df[day].str.startswith("Total")]
            dates = pd.to_datetime(df[day], format="mixed")
            out = pd.DataFrame({
                "platform": platform,
                "month": dates.dt.strftime("%Y-%m"),
                "impressions": number(df[impr]),
                "clicks": number(df[clicks]),
                "spend": number(df[spend_col]),
                "currency": df[currency].str.strip() if currency else spend_col.split("(")[-1].rstrip(")"),
            })  # fmt: skip
            frames.append(out)
    ads = pd.concat(frames, ignore_index=True)
    ads["spend_usd"] = to_usd(ads, "spend", fx)
    kpis = ads.groupby(["platform", "month"], as_index=False)[["impressions", "clicks", "spend_usd"]].sum()
    kpis["ctr"] = kpis["clicks"] / kpis["impressions"].where(kpis["impressions"] > 0)
    kpis["cpc"] = kpis["spend_usd"] / kpis["clicks"].where(kpis["clicks"] > 0)
    return kpis


def newest_snapshot(folder: Path, key: str) -> pd.DataFrame:
    """CRM exports are snapshots: a record in several files counts once, from the newest file."""
    files = sorted(folder.glob("*.csv"))
    frames = [pd.read_csv(p, dtype=str, keep_default_na=False).assign(_file=p.name) for p in files]
    both = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=[key, "_file"])
    return both.sort_values("_file").drop_duplicates(key, keep="last")


def leads(exports: Path) -> pd.DataFrame:
    contacts = newest_snapshot(exports / "hubspot" / "contacts", "Record ID")
    created = pd.to_datetime(contacts["Create Date"], format="mixed")
    contacts = contacts.assign(
        month=created.dt.strftime("%Y-%m"), source=contacts["Original Source"].replace("", "Other")
    )
    return contacts.groupby(["month", "source"], as_index=False).size().rename(columns={"size": "leads"})


def won_deals(exports: Path, fx: pd.DataFrame) -> pd.DataFrame:
    hub = newest_snapshot(exports / "hubspot" / "deals", "Record ID")
    hub = hub[hub["Deal Stage"].str.lower().isin(["closed won", "closedwon"])]
    hub = pd.DataFrame({"close": hub["Close Date"], "created": hub["Create Date"], "amount": number(hub["Amount"]),
                        "currency": hub["Currency"]})  # fmt: skip
    sf = newest_snapshot(exports / "salesforce" / "opportunities", "Opportunity ID")
    sf = sf[sf["Stage"] == "Closed Won"]
    sf = pd.DataFrame({"close": sf["Close Date"], "created": sf["Created Date"], "amount": number(sf["Amount"]),
                       "currency": sf["Amount Currency"]})  # fmt: skip
    deals = pd.concat([hub, sf], ignore_index=True)
    deals["month"] = pd.to_datetime(deals["created"], format="mixed").dt.strftime("%Y-%m")
    deals["revenue_usd"] = to_usd(deals, "amount", fx)  # at the deal's create month, as the warehouse does
    deals["month"] = pd.to_datetime(deals["close"], format="mixed").dt.strftime("%Y-%m")
    out = deals.groupby("month", as_index=False).agg(
        won_deals=("amount", "size"), won_revenue_usd=("revenue_usd", "sum")
    )
    out["avg_deal_size_usd"] = out["won_revenue_usd"] / out["won_deals"]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--exports", type=Path, required=True)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    fx = fx_table()
    media, new_leads, won = paid_media(args.exports, fx), leads(args.exports), won_deals(args.exports, fx)
    totals = {
        "spend_usd": round(float(media["spend_usd"].sum()), 2),
        "impressions": int(media["impressions"].sum()),
        "clicks": int(media["clicks"].sum()),
        "leads": int(new_leads["leads"].sum()),
        "won_deals": int(won["won_deals"].sum()),
        "won_revenue_usd": round(float(won["won_revenue_usd"].sum()), 2),
    }
    print(json.dumps(totals))
    if args.out:
        args.out.write_text(json.dumps(totals, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
