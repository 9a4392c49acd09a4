"""Issue 19's independent check of multi-touch attribution: every touch and deal read from the raw
demo CSVs with the csv module, each model's weights written out again from their published
definitions (HubSpot, Marketo Measure), and the revenue and pipeline credited to each channel
under each model compared with kpi_attribution. Also prints the share of revenue each model gives
the top three channels (for the closing note)."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
from collections import defaultdict

import pytest
from conftest import DEMO, ROOT
from test_marketing_marts_independent import contacts, usd

MODELS = ["first_touch", "last_touch", "linear", "u_shaped", "w_shaped", "full_path", "time_decay"]
LOOKBACK_DAYS = 365  # dbt_project.yml vars
HALF_LIFE_DAYS = 7


def channel_map() -> dict[tuple[str, str], str]:
    with open(ROOT / "seeds" / "reference" / "channel_map.csv", newline="", encoding="utf-8") as fh:
        return {(r["match_type"], r["match_value"]): r["channel"] for r in csv.DictReader(fh)}


def mdy(text: str) -> dt.datetime:
    m, d, y = text.split("/")
    return dt.datetime(int(y), int(m), int(d))


def md5(text: str) -> str:
    return hashlib.md5(text.strip().lower().encode()).hexdigest()


def touches_by_contact() -> dict[str, list[tuple[dt.datetime, str, str]]]:
    """contact id -> [(touched_at, touch id, channel)]: contact creation, responded campaign
    members (by HubSpot id, else e-mail), e-mail clicks (by e-mail)."""
    cmap = channel_map()
    people = contacts()
    by_email: dict[str, str] = {}
    for cid, r in people.items():
        key = md5(r["Email"])
        by_email[key] = min(by_email.get(key, cid), cid)
    out: dict[str, list] = defaultdict(list)
    for cid, r in people.items():
        channel = cmap.get(("hubspot_original_source", r["Original Source"]), "Other")
        out[cid].append((dt.datetime.fromisoformat(r["Create Date"]), f"crm_original_source|{cid}", channel))
    seen: set[str] = set()
    for path in (DEMO / "salesforce" / "campaign_members").glob("*.csv"):
        with open(path, newline="", encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                if not r.get("Created Date") or r["Responded"] != "1":
                    continue  # footer lines, members that did not respond
                cid = r["HubSpot Contact ID"] if r["HubSpot Contact ID"] in people else by_email.get(md5(r["Email"]))
                at = mdy(r["First Responded Date"] or r["Created Date"])
                member = r["HubSpot Contact ID"] or md5(r["Email"])
                touch_id = f"campaign_member|{r['Campaign Name']}|{member}"
                if touch_id in seen:
                    continue  # one member per campaign: the first line wins
                seen.add(touch_id)
                channel = cmap.get(("salesforce_campaign_type", r["Campaign Type"]), "Other")
                out[cid].append((at, touch_id, channel))
    for path in (DEMO / "mailchimp" / "email_activity").glob("*.csv"):
        with open(path, newline="", encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                if r["Action"] != "click":
                    continue
                email = md5(r["Email Address"])
                at = dt.datetime.fromisoformat(r["Timestamp"])
                touch_id = f"email_click|{r['Campaign ID']}|{email}|{at:%Y-%m-%d %H:%M:%S}|click|{r['URL']}"
                out[by_email.get(email)].append((at, touch_id, cmap[("ga4_medium", "email")]))
    return out


def deals(fx) -> list[dict]:
    """Every deal of both CRMs: amount in USD (at the created month), lead date of its contact,
    opportunity date (created, or its first stage entry if earlier), won date (first Closed Won
    entry, else the close date)."""
    people = contacts()
    lead = {cid: dt.date.fromisoformat(r["Create Date"][:10]) for cid, r in people.items()}
    first_entry: dict[str, dt.date] = {}
    first_won: dict[str, dt.date] = {}
    with open(DEMO / "hubspot" / "deal_stage_history" / "deal_stage_history.csv", newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            d = dt.date.fromisoformat(r["Date entered"][:10])
            first_entry[r["Record ID"]] = min(d, first_entry.get(r["Record ID"], d))
            if r["Deal Stage"] == "Closed Won":
                first_won[r["Record ID"]] = min(d, first_won.get(r["Record ID"], d))
    out = []
    for path in (DEMO / "hubspot" / "deals").glob("*.csv"):
        with open(path, newline="", encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                created = dt.date.fromisoformat(r["Create Date"][:10])
                won = r["Deal Stage"] == "Closed Won"
                out.append(dict(
                    contact=r["Associated Contact IDs"], lead=lead.get(r["Associated Contact IDs"]),
                    amount=usd(float(r["Amount"]), r["Create Date"][:7], r["Currency"], fx),
                    opportunity=min(created, first_entry.get(r["Record ID"], created)),
                    won=(first_won.get(r["Record ID"]) or dt.date.fromisoformat(r["Close Date"][:10])) if won else None,
                ))  # fmt: skip
    for path in (DEMO / "salesforce" / "opportunities").glob("*.csv"):
        with open(path, newline="", encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                if not r.get("Opportunity ID"):
                    continue  # footer lines
                created = mdy(r["Created Date"]).date()
                out.append(dict(
                    contact=r["HubSpot Contact ID"], lead=lead.get(r["HubSpot Contact ID"]),
                    amount=usd(float(r["Amount"]), f"{created:%Y-%m}", r["Amount Currency"], fx),
                    opportunity=created,
                    won=mdy(r["Close Date"]).date() if r["Stage"] == "Closed Won" else None,
                ))  # fmt: skip
    return out


def weights(
    path: list[tuple], conversion: dt.date, lead: dt.date | None, opportunity: dt.date, revenue: bool, model: str
) -> list[float]:
    """Each touch's share of the conversion under the model (the shares sum to 1)."""
    n = len(path)
    days = [(conversion - at.date()).days for at, _, _ in path]
    if model == "time_decay":
        raw = [0.5 ** (d / HALF_LIFE_DAYS) for d in days]
        return [x / sum(raw) for x in raw]
    if model == "linear":
        return [1 / n] * n
    lc = max((i for i, (at, _, _) in enumerate(path) if lead is not None and at.date() <= lead), default=0)
    oc = max((i for i, (at, _, _) in enumerate(path) if at.date() <= opportunity), default=None)
    if model == "full_path" and not revenue:
        model = "w_shaped"  # no closed-won touch before the opportunity exists
    roles = {  # model -> [(position, weight)], share spread over the touches holding no role
        "first_touch": ([(0, 1.0)], 0.0),
        "last_touch": ([(n - 1, 1.0)], 0.0),
        "u_shaped": ([(0, 0.4), (lc, 0.4)], 0.2),
        "w_shaped": ([(0, 0.3), (lc, 0.3), (oc, 0.3)], 0.1),
        "full_path": ([(0, 0.225), (lc, 0.225), (oc, 0.225), (n - 1, 0.225)], 0.1),
    }[model]
    raw = [0.0] * n
    for position, weight in roles[0]:
        if position is not None:
            raw[position] += weight
    rest = [i for i in range(n) if raw[i] == 0]
    for i in rest:
        raw[i] = roles[1] / len(rest)
    return [x / sum(raw) for x in raw]


@pytest.fixture(scope="module")
def expected(fx) -> dict[tuple[str, str, str], float]:
    return credited_totals(fx)


def credited_totals(fx) -> dict[tuple[str, str, str], float]:
    """(conversion type, model, channel) -> credited amount (USD), all months."""
    touches = touches_by_contact()
    totals: dict[tuple[str, str, str], float] = defaultdict(float)
    for deal in deals(fx):
        for kind, conversion in (("pipeline", deal["opportunity"]), ("revenue", deal["won"])):
            if conversion is None:
                continue
            start = conversion - dt.timedelta(days=LOOKBACK_DAYS)
            path = sorted(t for t in touches.get(deal["contact"], []) if start <= t[0].date() <= conversion)
            for model in MODELS:
                if not path:
                    totals[(kind, model, "unattributed")] += deal["amount"]
                    continue
                for (_, _, channel), share in zip(
                    path,
                    weights(path, conversion, deal["lead"], deal["opportunity"], kind == "revenue", model),
                    strict=True,
                ):
                    totals[(kind, model, channel)] += deal["amount"] * share
    return totals


def test_every_model_credits_the_channels_as_recomputed_from_raw(warehouse, expected) -> None:
    rows = warehouse.execute(
        """select attribution_model, channel, sum(attributed_revenue_amount), sum(attributed_pipeline_amount)
           from kpi_attribution group by attribution_model, channel"""
    ).fetchall()
    actual = {}
    for model, channel, revenue, pipeline in rows:
        actual[("revenue", model, channel)] = float(revenue)
        actual[("pipeline", model, channel)] = float(pipeline)
    keys = {k for k, v in expected.items() if abs(v) > 0.005} | {k for k, v in actual.items() if abs(v) > 0.005}
    assert len({k[1] for k in keys}) == 7
    wrong = {k: (round(expected.get(k, 0), 2), round(actual.get(k, 0), 2)) for k in sorted(keys)
             if abs(expected.get(k, 0) - actual.get(k, 0)) > 0.05}  # fmt: skip
    assert wrong == {}


def test_models_disagree_and_report_top_channels(expected) -> None:
    """The models must differ on the demo data (else the test above proves little); prints each
    model's top three channels by share of revenue."""
    shares = {}
    for model in MODELS:
        revenue = {ch: v for (kind, m, ch), v in expected.items() if kind == "revenue" and m == model}
        total = sum(revenue.values())
        top = sorted(revenue.items(), key=lambda kv: -kv[1])[:3]
        shares[model] = [(ch, round(100 * v / total, 1)) for ch, v in top]
        print(f"{model:12s} " + ", ".join(f"{ch} {pct} %" for ch, pct in shares[model]))
    assert len({tuple(v) for v in shares.values()}) >= 5
