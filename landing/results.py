"""What validation says about one export: its status, how it was read, and its findings."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Finding:
    file: str
    severity: str  # reject | quarantine | warning | info
    message: str
    line: int | None = None
    column: str | None = None

    def text(self) -> str:
        where = (
            self.file
            + (f", line {self.line}" if self.line else "")
            + (f", column '{self.column}'" if self.column else "")
        )
        return f"{self.severity.upper()}: {where}: {self.message}"


@dataclass
class FileResult:
    file: str
    table: str
    status: str = "accepted"  # accepted | rejected
    encoding: str | None = None
    delimiter: str | None = None
    data_rows: int = 0
    layout_rows: int = 0
    quarantined_rows: int = 0
    header: list[str] = field(default_factory=list)
    columns: dict[str, str] = field(default_factory=dict)  # canonical column -> header it came from
    findings: list[Finding] = field(default_factory=list)
    landing: str | None = None  # new | changed | unchanged (reused from the ledger, not read again)

    @classmethod
    def from_dict(cls, data: dict) -> FileResult:
        return cls(**{**data, "findings": [Finding(**f) for f in data["findings"]]})

    def add(self, severity: str, message: str, line: int | None = None, column: str | None = None) -> None:
        self.findings.append(Finding(self.file, severity, message, line, column))
        if severity == "reject":
            self.status = "rejected"


class Rejected(Exception):
    """The file cannot be read as this layout; message names what was expected and found."""

    def __init__(self, message: str, line: int | None = None, column: str | None = None) -> None:
        super().__init__(message)
        self.message, self.line, self.column = message, line, column


class PreambleOnly(Exception):
    """A report with no rows: only its title / preamble lines (LinkedIn writes no header then)."""
