"""The simulated company behind the demo data: names, campaigns, rates and reference values.

Kept apart from the writers (the other modules of this package) so that the world (what happens) and the
vendor layouts (how each tool writes it down) can be read and changed separately.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

COMPANY = "Lotus Analytics"
START = dt.date(2024, 11, 1)
MONTHS = 24  # 2024-11 .. 2026-10

# Markets the company sells to: (country, currency, share of leads, team, crm).
# Vietnam's team works in Salesforce; the rest of the company works in HubSpot.
MARKETS = [
    ("US", "USD", 0.30, "US Inside Sales", "hubspot"),
    ("TW", "TWD", 0.35, "Taipei Sales", "hubspot"),
    ("VN", "VND", 0.25, "Hanoi Sales", "salesforce"),
    ("RU", "USD", 0.10, "US Inside Sales", "hubspot"),
]

# FX: local units per 1 USD at START; a small deterministic drift is added per month.
FX_BASE = {"USD": 1.0, "TWD": 32.1, "VND": 25_150.0}

# Annual contract value per seat and typical seats, in USD (converted to the market currency).
ACV_PER_SEAT_USD = 1_440.0


@dataclass(frozen=True)
class Campaign:
    platform: str
    campaign_id: str
    name: str
    base_impressions: float  # per day
    ctr: float
    cpc_usd: float
    conv_rate: float  # platform-reported conversions per click
    source: str  # utm_source as GA4 sees it
    medium: str


def campaigns(scale: int) -> list[Campaign]:
    """Ad campaigns; at scale > 1 each base campaign is cloned per region copy."""
    base = [
        Campaign("google_ads", "2100", "GS | Brand | Lotus", 260, 0.031, 0.85, 0.09, "google", "cpc"),
        Campaign("google_ads", "2101", "GS | 行銷分析軟體 | TW", 900, 0.021, 1.30, 0.05, "google", "cpc"),
        Campaign("google_ads", "2102", "GS | KPI dashboard | US", 1100, 0.018, 2.40, 0.04, "google", "cpc"),
        Campaign("microsoft_ads", "5300", "MS | KPI dashboard | US", 420, 0.016, 1.70, 0.04, "bing", "cpc"),
        Campaign("microsoft_ads", "5301", "MS | Phần mềm KPI | VN", 300, 0.014, 0.60, 0.03, "bing", "cpc"),
        Campaign(
            "linkedin_ads", "6120", "LI | ABM | Marketing leads", 2600, 0.0055, 6.20, 0.02, "linkedin", "paid_social"
        ),
        Campaign("linkedin_ads", "6121", "LI | Webinar promotion", 1900, 0.0062, 5.10, 0.03, "linkedin", "paid_social"),
        Campaign("meta_ads", "8800", "FB | Retargeting | TW", 3200, 0.011, 0.55, 0.015, "facebook", "paid_social"),
        Campaign("meta_ads", "8801", "FB | Lookalike | VN", 4100, 0.009, 0.35, 0.01, "facebook", "paid_social"),
    ]
    if scale <= 1:
        return base
    out = []
    for copy in range(scale):
        for c in base:
            out.append(
                Campaign(
                    c.platform,
                    f"{c.campaign_id}{copy:04d}",
                    f"{c.name} #{copy}",
                    c.base_impressions,
                    c.ctr,
                    c.cpc_usd,
                    c.conv_rate,
                    c.source,
                    c.medium,
                )
            )
    return out


PLATFORM_CURRENCY = {
    "google_ads": "USD",
    "linkedin_ads": "USD",
    "meta_ads": "TWD",
    "microsoft_ads": "VND",
}

# Organic traffic per day at scale 1: (source, medium, campaign, sessions/day, lead rate).
ORGANIC = [
    ("google", "organic", "(organic)", 95.0, 0.011),
    ("bing", "organic", "(organic)", 9.0, 0.010),
    ("(direct)", "(none)", "(direct)", 60.0, 0.008),
    ("linkedin.com", "referral", "(referral)", 14.0, 0.012),
    ("partner-network.io", "referral", "(referral)", 8.0, 0.025),
]

# Lead conversion of paid and email sessions (form fill creates a HubSpot contact).
PAID_LEAD_RATE = {"cpc": 0.035, "paid_social": 0.030, "email": 0.020}

# HubSpot "Original Source" label for each (source, medium).
HUBSPOT_ORIGINAL_SOURCE = {
    "cpc": "Paid Search",
    "paid_social": "Paid Social",
    "organic": "Organic Search",
    "(none)": "Direct Traffic",
    "referral": "Referrals",
    "email": "Email Marketing",
    "offline": "Offline Sources",
}

# Funnel probabilities by HubSpot original source (lead -> MQL); MQL -> SQL etc. are global.
P_MQL = {
    "Paid Search": 0.42,
    "Paid Social": 0.33,
    "Organic Search": 0.45,
    "Direct Traffic": 0.38,
    "Referrals": 0.50,
    "Email Marketing": 0.40,
    "Offline Sources": 0.36,
}
P_SQL = 0.40
P_OPPORTUNITY = 0.72
P_WIN = 0.26
P_CHURN_MONTHLY = 0.021
P_REACTIVATE = 0.25
P_EXPAND_MONTHLY = 0.035
P_CONTRACT_MONTHLY = 0.012

HUBSPOT_DEAL_STAGES = [
    "Appointment Scheduled",
    "Qualified To Buy",
    "Presentation Scheduled",
    "Decision Maker Bought-In",
    "Contract Sent",
]
SALESFORCE_STAGES = [
    ("Prospecting", 10),
    ("Qualification", 20),
    ("Needs Analysis", 40),
    ("Proposal/Price Quote", 60),
    ("Negotiation/Review", 80),
]

SALES_OWNERS = {
    "US Inside Sales": ["Megan Brooks", "Daniel Price", "Olga Smirnova"],
    "Taipei Sales": ["陳怡君", "林志明", "王雅婷"],
    "Hanoi Sales": ["Nguyễn Thị Lan", "Trần Văn Hùng"],
}

FIRST_NAMES = {
    "US": ["James", "Emily", "Michael", "Sarah", "David", "Jessica", "Robert", "Ashley", "Chris", "Amanda"],
    "TW": ["怡君", "志明", "雅婷", "家豪", "淑芬", "建宏", "美玲", "俊傑", "佳穎", "宗翰"],
    "VN": ["Lan", "Hùng", "Hương", "Minh", "Thảo", "Tuấn", "Ngọc", "Dũng", "Trang", "Quang"],
    "RU": ["Алексей", "Ольга", "Дмитрий", "Наталья", "Сергей", "Екатерина", "Иван", "Мария", "Андрей", "Анна"],
}
LAST_NAMES = {
    "US": ["Smith", "Johnson", "Williams", "Brown", "Miller", "Davis", "Garcia", "Wilson", "O'Brien", "Taylor"],
    "TW": ["陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊"],
    "VN": ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ"],
    "RU": [
        "Иванов",
        "Смирнова",
        "Кузнецов",
        "Попова",
        "Соколов",
        "Лебедева",
        "Козлов",
        "Новикова",
        "Морозов",
        "Волкова",
    ],
}
COMPANY_STEMS = {
    "US": [
        "Acme Logistics Inc.",
        "Brightline Software, LLC",
        "Cedar & Pine Consulting",
        "Northwind Traders",
        "Summit Industrial Co.",
    ],
    "TW": ["台灣數位科技股份有限公司", "宏達精密工業", "永豐物流有限公司", "新竹半導體設備", "北辰行銷顧問"],
    "VN": [
        "Công ty TNHH Sao Việt",
        "Công ty CP Thép Miền Nam",
        "Tập đoàn Hoa Sen Xanh",
        "Công ty TNHH Phần mềm Đông Á",
        "Vận tải Bắc Nam",
    ],
    "RU": ["ООО «Вектор»", "АО «СеверСталь Сервис»", "ООО «Альфа Логистик»", "ООО «ТехноПром»", "ЗАО «Восток»"],
}
PHONE_PREFIX = {"US": "+1 415 555", "TW": "+886 2 2755", "VN": "+84 24 3936", "RU": "+7 495 123"}

EVENTS = [
    # (month offset, type, name, country, registrants, attendance rate, cost USD)
    (0, "online", "Webinar: KPI dashboards for B2B", "US", 180, 0.42, 1_200),
    (2, "offline", "Computex Taipei side event", "TW", 260, 0.70, 18_000),
    (3, "online", "網路研討會：B2B 行銷 KPI", "TW", 210, 0.45, 900),
    (5, "online", "Hội thảo trực tuyến: Đo lường marketing", "VN", 240, 0.40, 700),
    (7, "offline", "Vietnam ICT Expo Hanoi", "VN", 320, 0.65, 14_500),
    (9, "online", "Webinar: From MQL to revenue", "US", 200, 0.44, 1_300),
    (11, "offline", "SaaStr Annual booth", "US", 400, 0.75, 32_000),
    (13, "online", "Вебинар: KPI маркетинга в B2B", "RU", 150, 0.38, 800),
    (15, "online", "Webinar: Benchmarks 2026", "US", 230, 0.47, 1_250),
    (17, "offline", "Taipei Marketing Summit", "TW", 300, 0.68, 16_000),
    (19, "online", "Hội thảo: CAC và CLV", "VN", 260, 0.43, 750),
    (22, "offline", "B2B Growth Forum Ho Chi Minh City", "VN", 280, 0.66, 12_000),
]

# Monthly expense structure in TWD (company books in Taipei); ad spend is added from the platforms.
EXPENSES_TWD = {
    "Marketing salaries": 620_000,
    "Sales salaries": 880_000,
    "Marketing tools": 95_000,
    "Overhead": 410_000,
    "Cost of service": 160_000,
}


def month_start(offset: int) -> dt.date:
    y = START.year + (START.month - 1 + offset) // 12
    m = (START.month - 1 + offset) % 12 + 1
    return dt.date(y, m, 1)


def month_end(offset: int) -> dt.date:
    return month_start(offset + 1) - dt.timedelta(days=1)


END = month_end(MONTHS - 1)


def fx_rate(currency: str, month_offset: int) -> float:
    """Local units per USD in a month: a bounded deterministic drift around the base."""
    base = FX_BASE[currency]
    if currency == "USD":
        return 1.0
    drift = ((month_offset * 7) % 11 - 5) / 500.0  # within +-1 %
    trend = 1.0 + month_offset * 0.0015
    return round(base * trend * (1 + drift), 4 if currency != "VND" else 1)


# Salesforce campaigns whose members are touches (name, type, id, responded statuses). The first
# shares its name with the LinkedIn ad campaign: webinar registrations come from that promotion.
SF_CAMPAIGNS = [
    ("LI | Webinar promotion", "Advertisement", "7015g000001AbCdAAA", ("Clicked", "Registered")),
    ("Webinar: KPI benchmarks for B2B", "Webinar", "7015g000001AbCeAAA", ("Registered", "Attended")),
    ("Webinar: CAC vs CLV", "Webinar", "7015g000001AbCfAAA", ("Registered", "Attended")),
    ("Trade show: SaaS Expo Asia", "Trade Show", "7015g000001AbCgAAA", ("Visited booth",)),
    ("Partner referral program", "Partners", "7015g000001AbChAAA", ("Referred",)),
    ("Content syndication: KPI guide", "Content Syndication", "7015g000001AbCiAAA", ("Downloaded",)),
]
P_EMAIL_SUBSCRIBER = 0.55  # share of contacts on the newsletter list
P_NEWSLETTER_CLICK = 0.025  # a subscribed contact clicks a given newsletter
MAX_AUDIENCE = 6_000  # subscribed contacts the click simulation keeps (per scale unit)
