"""How a cell's text becomes a value: the one place (SQL for DuckDB over all-text columns).

The rule book (landing/rulebook.py) says which kind each column is; this module says how each kind
is read from vendor text: null tokens, numbers with separators, percent signs and currency
symbols, dates and timestamps in the formats a file uses."""

from __future__ import annotations

from landing.sql import literal

NULL_TOKENS = ("", "--", "-", "n/a", "N/A", "(not set)", "null", "NULL")
CURRENCY_SYMBOLS = ("NT$", "US$", "$", "₫", "€", "£", "¥")

ISO_DAY = ("%Y-%m-%d",)
US_DAY = ("%m/%d/%Y", "%Y-%m-%d")
DAY_ANY = ("%Y-%m-%d", "%m/%d/%Y")
HUBSPOT_TS = ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d", "%m/%d/%Y %H:%M", "%m/%d/%Y")
STRIPE_TS = ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%m/%d/%y %H:%M", "%Y-%m-%d")
SURVEY_TS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%m/%d/%Y %I:%M:%S %p")
MONTH = ("%Y-%m-%d", "%Y-%m")
SF_DAY = ("%m/%d/%Y", "%Y-%m-%d", "%m/%d/%Y %I:%M %p")
MAILCHIMP_ACTIVITY_TS = ("%Y-%m-%dT%H:%M:%S+00:00", "%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M")
MAILCHIMP_TS = ("%b %d, %Y %I:%M %p", "%Y-%m-%d %H:%M", "%m/%d/%y %H:%M")


def sql_text(col: str) -> str:
    """Trimmed text, NULL for the vendors' null tokens (` --`, `n/a`, empty …)."""
    tokens = ", ".join(literal(t) for t in NULL_TOKENS)
    return f"(case when trim({col}) in ({tokens}) then null else trim({col}) end)"


def sql_number(col: str) -> str:
    """A decimal from vendor number text: thousands separators, %, spaces and currency symbols
    stripped; NULL when it does not parse. Scientific notation is not a number here."""
    return number_from_text(sql_text(col))


def number_from_text(text: str) -> str:
    """sql_number of text that sql_text has already cleaned. Text that is already a plain number
    has nothing to strip: it is cast without the ten replacements (which took four fifths of the
    parse of an integer column)."""
    cleaned = text
    for symbol in (",", "%", " ", *CURRENCY_SYMBOLS):
        cleaned = f"replace({cleaned}, '{symbol}', '')"
    plain = "similar to '[-+]?[0-9]*\\.?[0-9]+'"
    return (
        f"(case when {text} {plain} then try_cast({text} as decimal(38, 6)) "
        f"when {cleaned} {plain} then try_cast({cleaned} as decimal(38, 6)) end)"
    )


def timestamp_from_text(text: str, formats: tuple[str, ...]) -> str:
    """A timestamp from text that sql_text has already cleaned: the first of the formats that reads it."""
    fmts = ", ".join(literal(f) for f in formats)
    return f"try_strptime({text}, [{fmts}])"


def sql_deal_status(col: str) -> str:
    """Business rule: a deal is won or lost only in a closed stage (HubSpot "Closed Won" /
    closedwon, Salesforce "Closed Won"); every other stage is open."""
    squashed = f"lower(replace(trim({col}), ' ', ''))"
    return f"(case when {squashed} = 'closedwon' then 'won' when {squashed} = 'closedlost' then 'lost' else 'open' end)"
