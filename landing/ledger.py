"""The ledger of landed files: which export became which Parquet file, so an unchanged export is
not read again.

<landing>/_meta/ledger.json holds, per export (its path under the exports folder): size, mtime,
SHA-256 (read again only when the inode or status-change time moved), data and layout rows, when it was landed, the Parquet file it became and what validation
said about it (the file's own findings); per table: the set of files its table checks (quarantine,
duplicates across files, FX coverage, the great-expectations suite) last ran over, and their
findings. An export whose size, mtime and hash match its entry, and whose Parquet file is still
there, is reused as landed. A table whose files are all reused, and are the same set, reuses its
table checks. Everything is re-landed when the rules change: any module or data file of this
package (the rule book, the header aliases, the readers, the validator, this file), the user's
header aliases, the FX seed, or the settings (currencies, declared encodings …): their hash is the
ledger's `rules`.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

LEDGER_VERSION = 1
PACKAGE = Path(__file__).resolve().parent


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def rules_fingerprint(root: Path, settings: dict, encodings: dict[str, str], extra: tuple[Path, ...] = ()) -> str:
    """The hash of everything that decides how a file lands, besides the file itself: the package's
    code and data, the FX and deal-stage seeds, the settings, and `extra` files (the user's header aliases)."""
    digest = hashlib.sha256(str(LEDGER_VERSION).encode())
    for path in sorted(p for p in PACKAGE.iterdir() if p.suffix in (".py", ".csv")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    for seed in ("fx_rates.csv", "deal_stage_map.csv"):  # FX checks; the closed deal stages (landing/values.py)
        digest.update((root / "seeds" / "reference" / seed).read_bytes())
    for path in extra:
        digest.update(path.read_bytes() if path.is_file() else b"")
    digest.update(json.dumps([settings, encodings], sort_keys=True, default=sorted).encode())
    return digest.hexdigest()


@dataclass
class FileStamp:
    size: int
    mtime_ns: int
    sha256: str
    inode: int = 0
    ctime_ns: int = 0

    @classmethod
    def of(cls, path: Path, entry: dict | None = None) -> FileStamp:
        """The file's stamp. Its SHA-256 is read from the ledger's entry when the file is the very one
        the entry describes (same size, mtime, inode and status-change time: the system sets the
        ctime on every write and no tool can set it back), so an unchanged export is not read at
        all; any other file is hashed."""
        stat = path.stat()
        same = entry is not None and (entry.get("size"), entry.get("mtime_ns"), entry.get("inode"), entry.get("ctime_ns")) == (
            stat.st_size, stat.st_mtime_ns, stat.st_ino, stat.st_ctime_ns)  # fmt: skip
        sha = entry["sha256"] if same else file_sha256(path)
        return cls(stat.st_size, stat.st_mtime_ns, sha, stat.st_ino, stat.st_ctime_ns)


@dataclass
class Ledger:
    path: Path
    rules: str
    files: dict[str, dict] = field(default_factory=dict)
    tables: dict[str, dict] = field(default_factory=dict)

    @classmethod
    def load(cls, landing: Path, rules: str) -> tuple[Ledger, bool]:
        """The ledger of this landing folder; False when there is none usable (no file, other rules,
        unreadable), and then the caller lands every file afresh."""
        path = landing / "_meta" / "ledger.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls(path, rules), False
        if data.get("rules") != rules or data.get("version") != LEDGER_VERSION:
            return cls(path, rules), False
        return cls(path, rules, data.get("files", {}), data.get("tables", {})), True

    def unchanged(self, name: str, stamp: FileStamp) -> dict | None:
        """The entry of an export landed before in exactly this content, its Parquet file intact."""
        entry = self.files.get(name)
        if not entry or entry["status"] != "accepted":
            return None
        if (entry["size"], entry["mtime_ns"], entry["sha256"]) != (stamp.size, stamp.mtime_ns, stamp.sha256):
            return None
        if not (self.path.parents[1] / entry["target"]).is_file():
            return None
        return entry

    def record_file(self, name: str, stamp: FileStamp, target: Path, landed_at: str, result: dict) -> None:
        self.files[name] = {
            "size": stamp.size,
            "mtime_ns": stamp.mtime_ns,
            "sha256": stamp.sha256,
            "inode": stamp.inode,
            "ctime_ns": stamp.ctime_ns,
            "data_rows": result["data_rows"],
            "layout_rows": result["layout_rows"],
            "landed_at": landed_at,
            "target": target.relative_to(self.path.parents[1]).as_posix(),
            "status": result["status"],
            "result": result,
        }

    def table_checks(self, table: str, names: set[str]) -> dict | None:
        """The table checks' findings per file when they last ran over exactly these files."""
        entry = self.tables.get(table)
        if entry and set(entry["files"]) == names and all(n in self.files for n in names):
            return entry
        return None

    def record_table(self, table: str, findings: dict[str, list[dict]], quarantined: dict[str, int]) -> None:
        self.tables[table] = {"files": sorted(findings), "findings": findings, "quarantined": quarantined}

    def save(self, keep: set[str]) -> None:
        """Writes the entries of the files landed this run (atomically: a killed run leaves the old
        ledger, whose entries no longer match the changed files, which are then landed again)."""
        self.files = {k: v for k, v in self.files.items() if k in keep}
        self.tables = {k: v for k, v in self.tables.items() if set(v["files"]) <= keep}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        body = {"version": LEDGER_VERSION, "rules": self.rules, "files": self.files, "tables": self.tables}
        tmp.write_text(json.dumps(body, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.path)
