"""How a cell's text becomes a value: the one place (SQL for DuckDB over all-text columns).

The rule book (landing/rulebook.py) says which kind each column is; this module says how each kind
is read from vendor text: null tokens, numbers with separators, percent signs and currency
symbols, dates and timestamps in the formats a file uses.
How one file writes its dates and numbers, decided from the file itself.

Vendors write dates and numbers in the exporting user's locale: a Salesforce report from a
British user has 25/03/2026, a German LinkedIn export "9,36" and "0,341%", a French Excel save
"1 234,56" with ";" between the cells. A value is never read with day and month swapped, and never
with the decimal mark taken for a thousands separator:

- Date order: every date in a numeric day/month form (25/03/2026, 03-25-2026, 3.25.26 …) is
  evidence. A first field above 12 says day first, a second field above 12 says month first; the
  whole file follows that evidence (one user's locale wrote all of it). Evidence both ways rejects
  the file. No evidence (every field 12 or less) takes the order declared for the source
  (KPI_DATE_ORDER="salesforce=dmy,linkedin_ads=mdy", or var date_orders), else the file is
  rejected, naming the column and the setting. ISO dates (2026-03-25), day.month.year with dots
  (always day first) and dates with month names are read in any file.
- Decimal mark, per column: a value whose separators can mean one thing only decides its column
  ("12.50", "1,234.56", "1.234.567" → "."; "9,36", "1.234,56" → ","). A column decided one way
  reads every value that way (a value that does not fit is unreadable: quarantined). In a column
  nothing decides, a value such as "1,234" (one separator, three digits after it, no leading 0)
  is ambiguous: a whole-number column reads it as thousands (1234 either way); an amount is
  quarantined with the reason, unless the source's mark is declared (KPI_DECIMAL_MARK="meta_ads=,").
Spaces, non-breaking spaces and apostrophes as thousands separators, percent signs and currency
symbols are dropped first.

The rules are in Python (Evidence); DuckDB only pre-filters a large file's values with the same
regular expressions (RE2 and Python's re agree on them) when a file's first rows left a column
undecided (landing/bulk.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from landing.results import Rejected
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
WEEK_DAY = ("%Y-%m-%d", "%b %d, %Y", "%B %d, %Y", "%d %b %Y", "%d %B %Y", "%m/%d/%Y")  # a Week segment's first day
MAILCHIMP_TS = ("%b %d, %Y %I:%M %p", "%Y-%m-%d %H:%M", "%m/%d/%y %H:%M")


def sql_text(col: str) -> str:
    """Trimmed text, NULL for the vendors' null tokens (` --`, `n/a`, empty …)."""
    tokens = ", ".join(literal(t) for t in NULL_TOKENS)
    return f"(case when trim({col}) in ({tokens}) then null else trim({col}) end)"


def timestamp_from_text(text: str, formats: tuple[str, ...]) -> str:
    """A timestamp from text that sql_text has already cleaned: the first of the formats that reads it."""
    fmts = ", ".join(literal(f) for f in formats)
    return f"try_strptime({text}, [{fmts}])"


DEAL_STAGE_MAP = Path(__file__).resolve().parents[1] / "seeds" / "reference" / "deal_stage_map.csv"


def deal_outcomes(path: Path = DEAL_STAGE_MAP) -> dict[str, dict[str, str]]:
    """{source_system: {stage, lower-cased without spaces: won | lost}}: the closed stages of
    seeds/reference/deal_stage_map.csv (funnel_step won or lost), the one statement of which stage
    closes a deal (int_deals__stage_dates reads the same seed for the stage order)."""
    import csv

    out: dict[str, dict[str, str]] = {}
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["funnel_step"] in ("won", "lost"):
                out.setdefault(row["source_system"], {})["".join(row["deal_stage"].split()).lower()] = row[
                    "funnel_step"
                ]
    return out


def sql_deal_status(col: str, source_system: str, outcomes: dict[str, str] | None = None) -> str:
    """Business rule: a deal is won or lost only in a closed stage of its CRM (deal_outcomes, the
    seed's won and lost stages, compared without case and spaces); every other stage is open."""
    outcomes = deal_outcomes()[source_system] if outcomes is None else outcomes
    squashed = f"lower(replace(trim({col}), ' ', ''))"
    whens = " ".join(
        f"when {squashed} = {literal(stage)} then {literal(status)}" for stage, status in sorted(outcomes.items())
    )
    return f"(case {whens} else 'open' end)" if whens else "'open'"


# a numeric day/month date: two 1-2 digit fields then a year, any of / - . as separator
NUMERIC_DATE = r"^\s*(\d{1,2})([./-])(\d{1,2})[./-](\d{2}|\d{4})(?:\D|$)"
# a numeric date whose first or second field is above 12: the values that can decide the order
DECIDING_DATE = r"^\s*(?:1[3-9]|[2-9]\d)[/-]\d{1,2}[/-]|^\s*\d{1,2}[/-](?:1[3-9]|[2-9]\d)[/-]"
DIGITS = r"[-+]?\d+"
AMBIGUOUS = r"[-+]?[1-9]\d{0,2}[.,]\d{3}"  # 1,234 or 1.234: thousands, or three decimals?
DOT_NUMBER = r"[-+]?(?:[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
COMMA_NUMBER = r"[-+]?(?:[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?|,\d+)"
SEPARATED = r"[.,]"
STRIP = ("%", " ", "\u00a0", "\u202f", "'", "\u2019")  # dropped before reading a number

_DATE = re.compile(NUMERIC_DATE)
_SHAPE = str.maketrans("23456789", "11111111")
_DIGITS = str.maketrans("0123456789", "0000000000")
_AMBIGUOUS, _DOT, _COMMA = re.compile(AMBIGUOUS), re.compile(DOT_NUMBER), re.compile(COMMA_NUMBER)

ORDERS = ("mdy", "dmy")


def cleaned_number(text: str) -> str:
    for symbol in (*STRIP, *CURRENCY_SYMBOLS):
        text = text.replace(symbol, "")
    return text


def number_mark(text: str) -> str | None:
    """The decimal mark a number's text proves ('.' or ','), None when it proves nothing."""
    value = cleaned_number(text.strip())
    if not re.search(SEPARATED, value) or _AMBIGUOUS.fullmatch(value):
        return None
    dot, comma = bool(_DOT.fullmatch(value)), bool(_COMMA.fullmatch(value))
    if dot and not comma:
        return "."
    if comma and not dot:
        return ","
    return None


def date_fields(text: str) -> tuple[int, int, str] | None:
    """(first field, second field, separator) of a numeric day/month date, else None."""
    m = _DATE.match(text)
    return (int(m.group(1)), int(m.group(3)), m.group(2)) if m else None


@dataclass
class Evidence:
    """What one file's values say about its locale (see the module docstring)."""

    day_first: dict[str, str] = field(default_factory=dict)  # column -> a value with a first field > 12
    month_first: dict[str, str] = field(default_factory=dict)  # column -> a value with a second field > 12
    numeric_dates: dict[str, str] = field(default_factory=dict)  # column -> a numeric d/m value (slash or dash)
    marks: dict[str, set[str]] = field(default_factory=dict)  # column -> marks its values prove
    ambiguous: dict[str, str] = field(default_factory=dict)  # column -> an ambiguous value
    _shapes: set[tuple[str, str]] = field(default_factory=set)  # (column, shape) of the values judged

    def date(self, column: str, text: str | None) -> None:
        if not text:
            return
        shape = (column, text.translate(_DIGITS))
        if shape in self._shapes:
            return  # a shape that is no numeric day/month date (2026-03-05, 'Jun 09, 2018'): judged once
        fields = date_fields(text)
        if not fields:
            self._shapes.add(shape)
            return
        first, second, separator = fields
        if separator == ".":
            return  # 25.03.2026: day first wherever dots are written
        self.numeric_dates.setdefault(column, text)
        if first > 12 >= second:  # 25/03: only day first reads it
            self.day_first.setdefault(column, text)
        if second > 12 >= first:  # 03/25: only month first reads it (31/13 reads neither way: no evidence)
            self.month_first.setdefault(column, text)

    def number(self, column: str, text: str | None) -> None:
        if not text:
            return
        separators = ("." in text) + 2 * ("," in text)  # 1: a point only, 2: a comma only, 3: both
        if not separators:
            return  # no separator: no evidence (the cheap test that spares most counts)
        marks = self.marks.get(column)
        if marks and separators != 3 and {1: ".", 2: ","}[separators] in marks:
            return  # only the mark the column already has: it can prove nothing new
        # what a value proves depends on its shape only (where its digits, 0s and marks are): each
        # shape is judged once per file ("1,053" and "2,748" are both "1,111")
        shape = (column, text.translate(_SHAPE))
        if shape in self._shapes:
            return
        self._shapes.add(shape)
        mark = number_mark(text)
        if mark:
            self.marks.setdefault(column, set()).add(mark)
        elif _AMBIGUOUS.fullmatch(cleaned_number(text.strip())):
            self.ambiguous.setdefault(column, text)

    def undecided_dates(self) -> set[str]:
        """Columns with numeric dates that no value of this evidence decides."""
        if self.day_first or self.month_first:
            return set()
        return set(self.numeric_dates)

    def undecided_numbers(self) -> set[str]:
        return {c for c in self.ambiguous if len(self.marks.get(c, ())) != 1}

    def decide(self, declared_order: str | None, declared_mark: str | None, setting: str) -> Locale:
        """The file's locale; Rejected when its dates cannot be read without guessing."""
        if self.day_first and self.month_first:
            (dcol, dval), (mcol, mval) = next(iter(self.day_first.items())), next(iter(self.month_first.items()))
            raise Rejected(
                f"dates in both orders: {dval!r} ({dcol}) is day first, {mval!r} ({mcol}) month first; a file is "
                "written in one locale: re-export it",
                column=dcol,
            )
        order = "dmy" if self.day_first else "mdy" if self.month_first else None
        if order is None and self.numeric_dates:
            if declared_order:
                order = declared_order
            else:
                column, value = next(iter(self.numeric_dates.items()))
                raise Rejected(
                    f"dates such as {value!r} can be read day first or month first, and no date in the file decides "
                    f"(none has a day above 12). Say how your {setting} account writes dates: "
                    f'KPI_DATE_ORDER="{setting}=dmy" (day/month/year) or "{setting}=mdy" (month/day/year), or '
                    "the dbt var date_orders",
                    column=column,
                )
        marks = {}
        for column, seen in self.marks.items():
            marks[column] = next(iter(seen)) if len(seen) == 1 else None
        for column in self.ambiguous:
            if marks.get(column) is None and declared_mark:
                marks[column] = declared_mark
        return Locale(order, marks, set(self.numeric_dates))


@dataclass
class Locale:
    date_order: str | None = None  # mdy | dmy | None (no numeric day/month dates)
    marks: dict[str, str | None] = field(default_factory=dict)  # column -> decimal mark (None: undecided)
    numeric_dates: set[str] = field(default_factory=set)


# -- dates: the formats a column is read with in a file -------------------------------------------

ISO = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%SZ")
DOTTED = ("%d.%m.%Y %H:%M:%S", "%d.%m.%Y %H:%M", "%d.%m.%Y", "%d.%m.%y")
YEAR_FIRST = ("%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M", "%Y/%m/%d")
_NUMERIC = re.compile(r"^%([md])([/-])%([md])")


def date_formats(declared: tuple[str, ...], order: str | None) -> tuple[str, ...]:
    """A column's formats in a file: its declared ones (the vendor's), with every numeric
    month/day form turned to the file's order ('%m/%d/%Y' becomes '%d/%m/%Y' in a day-first file),
    and then ISO, day.month.year and year/month/day forms. Without an order, no numeric day/month
    form at all: such a value is then unreadable, never guessed."""
    out: list[str] = []

    def add(fmt: str) -> None:
        if fmt not in out:
            out.append(fmt)

    first, second = ("%d", "%m") if order == "dmy" else ("%m", "%d")
    for fmt in declared:
        if _NUMERIC.search(fmt):
            if order is None:
                continue
            fmt = _NUMERIC.sub(lambda m: first + m.group(2) + second, fmt)  # noqa: B023 - called at once
        add(fmt)
    for fmt in (*ISO, *DOTTED, *YEAR_FIRST):
        add(fmt)
    if order:  # the file's numeric forms with either separator (Dutch 23-9-2026), whatever the vendor declares
        for sep in "/-":
            for fmt in ("%Y", "%Y %H:%M", "%Y %H:%M:%S", "%y"):
                add(f"{first}{sep}{second}{sep}{fmt}")
    return tuple(out)


# -- period segments: the first day of the Month, Quarter or Year a segment's text names ------------

MONTH_TEXT = "['%Y-%m-%d', '%B %Y', '%b %Y', '%Y-%m', '%Y%m', '%m/%Y', '%Y/%m']"


def period_sql(kind: str, text: str) -> str:
    """SQL: the first day of the month ('2026-03-01', 'March 2026', '2026-03', '202603'), quarter
    ('Q1 2026', '2026 Q1', '2026-Q1', '2026-01-01') or year ('2026') a segment names; NULL when it
    names none (the row is quarantined: never spread over the whole report)."""
    if kind == "month":
        return f"cast(date_trunc('month', try_strptime({text}, {MONTH_TEXT})) as date)"
    if kind == "year":
        return f"(case when regexp_full_match({text}, '\\d{{4}}') then make_date(cast({text} as integer), 1, 1) end)"
    quarter = f"regexp_extract({text}, '(?i)Q\\s*([1-4])', 1)"
    year = f"regexp_extract({text}, '(\\d{{4}})', 1)"
    return (
        f"(case when regexp_full_match({text}, '(?i)(Q\\s*[1-4][\\s/-]*\\d{{4}}|\\d{{4}}[\\s/-]*Q\\s*[1-4])') "
        f"then make_date(cast({year} as integer), (cast({quarter} as integer) - 1) * 3 + 1, 1) "
        f"else cast(date_trunc('quarter', try_strptime({text}, ['%Y-%m-%d', '%B %Y', '%b %Y'])) as date) end)"
    )


# -- numbers: SQL over cleaned text -------------------------------------------------------------


def _re(pattern: str) -> str:
    return literal(pattern)


PLAIN = "similar to '[-+]?[0-9]*\\.?[0-9]+'"  # a plain number: nothing to strip, cast as it is


def stripped_sql(text: str) -> str:
    """SQL: a number's text without spaces, apostrophes, percent signs and currency symbols."""
    for symbol in (*STRIP, *CURRENCY_SYMBOLS):
        text = f"replace({text}, {literal(symbol)}, '')"
    return text


def number_sql(text: str, mark: str | None, whole: bool, stripped: str | None = None) -> str:
    """SQL: the decimal a number's text holds in a column whose decimal mark is `mark` (None:
    undecided), NULL when it does not read. `whole`: a whole-number column (an ambiguous value is
    thousands there). `stripped`: the text's stripped_sql, when the caller computed it once. Text
    that is already a plain number is cast without the replacements."""
    stripped = stripped or stripped_sql(text)
    dot = f"try_cast(replace({stripped}, ',', '') as decimal(38, 6))"
    comma = f"try_cast(replace(replace({stripped}, '.', ''), ',', '.') as decimal(38, 6))"
    plain = PLAIN
    digits = f"regexp_full_match({text}, {_re(DIGITS)})"
    if mark == ".":
        return (
            f"(case when {text} {plain} then try_cast({text} as decimal(38, 6)) "
            f"when regexp_full_match({stripped}, {_re(DOT_NUMBER)}) then {dot} end)"
        )
    if mark == ",":
        return (
            f"(case when {digits} then try_cast({text} as decimal(38, 6)) "
            f"when regexp_full_match({stripped}, {_re(COMMA_NUMBER)}) then {comma} end)"
        )
    ambiguous = f"regexp_full_match({stripped}, {_re(AMBIGUOUS)})"
    thousands = f"try_cast(regexp_replace({stripped}, '[.,]', '') as decimal(38, 6))" if whole else "null"
    return (
        f"(case when {digits} then try_cast({text} as decimal(38, 6)) "
        f"when {ambiguous} then {thousands} "
        f"when regexp_full_match({stripped}, {_re(DOT_NUMBER)}) then {dot} "
        f"when regexp_full_match({stripped}, {_re(COMMA_NUMBER)}) then {comma} end)"
    )


def ambiguous_sql(stripped: str) -> str:
    """SQL: the number's stripped text (stripped_sql) is ambiguous (1,234)."""
    return f"regexp_full_match({stripped}, {_re(AMBIGUOUS)})"
