"""Generate the demo world: one B2B company over 24 months, written in the vendors' export layouts.

One causal chain, deterministic from ``--seed``:
ad impressions and clicks per platform and campaign -> web sessions by source/medium/campaign ->
form fills creating CRM contacts (original source, UTM campaign) -> lifecycle stages (lead, MQL,
SQL, opportunity, customer) and lead scores -> deals (HubSpot, and Salesforce for the Vietnam
team) with stage history -> subscriptions and monthly invoices (MRR, expansion, churn,
reactivation) -> NPS and CSAT responses. Email campaigns, events, LinkedIn page statistics,
finance (expenses, P&L), market size, brand signals and an awareness survey complete the world.

Files are written as ``<out>/<source>/<table>/<file>`` -- the same layout as a landing folder of
real exports -- and every file imitates the layout of the vendor report named in
``models/staging/<source>/_<source>__sources.yml``.

Memory stays flat at any ``--scale``: every contact's future is simulated when the contact is
created and written at once; only per-month aggregates are kept.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from demo_world.world import World

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "seeds" / "demo_exports"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=20241101, help="random seed (default: %(default)s)")
    parser.add_argument("--scale", type=int, default=1, help="volume multiplier (default: 1)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: seeds/demo_exports)")
    args = parser.parse_args(argv)
    if args.scale < 1:
        parser.error("--scale must be a whole number >= 1")
    out: Path = args.out
    if out.exists():
        owned = {p.name for p in out.iterdir()} <= {
            "hubspot", "salesforce", "google_ads", "linkedin_ads", "meta_ads", "microsoft_ads",
            "mailchimp", "ga4", "stripe", "surveys", "social", "events", "finance", "market",
        }  # fmt: skip
        if not owned:
            print(f"error: {out} holds folders this generator did not write; choose an empty --out", file=sys.stderr)
            return 2
        shutil.rmtree(out)
    out.mkdir(parents=True)
    world = World(args.seed, args.scale, out)
    world.run()
    files = sorted(p for p in out.rglob("*") if p.is_file())
    size = sum(p.stat().st_size for p in files)
    print(f"wrote {len(files)} files, {size / 1e6:.2f} MB, under {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
