"""Finding the exports: every entry of the exports folder ends as an export to read, a rejection
with its reason, or an entry ignored on purpose with its reason. Nothing is skipped silently.

- <exports>/<source>/<table>/<file> of a known table, of a type the readers open (CSV and other
  delimited text, gzip, Parquet, Excel, or a ZIP archive, each of whose files is an export of that
  table), is read. The type is told by content where it matters (a LinkedIn ".xls" is text).
- Housekeeping files (.DS_Store, Thumbs.db, Office lock files ~$…, hidden files, README) are
  ignored, and listed as such.
- Anything else is rejected, naming the entry and why: a file of an unknown table or outside
  <source>/<table>/, an unsupported type, a symlink that resolves outside the exports folder (the
  folder is a boundary: nothing outside it is read), a special file, an unreadable archive.
"""

from __future__ import annotations

import os
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from landing.results import FileResult
from landing.rulebook import LAYOUTS, Layout

TEXT_SUFFIXES = (".csv", ".tsv", ".txt", ".csv.gz", ".tsv.gz", ".txt.gz")
SUFFIXES = (*TEXT_SUFFIXES, ".parquet", ".xlsx", ".xlsm", ".xls", ".zip")
IGNORED_NAMES = {".ds_store", "thumbs.db", "desktop.ini", "readme", "readme.md", "readme.txt", "__macosx"}


@dataclass(frozen=True)
class Export:
    """One export to read: a file, or a file inside a ZIP archive (member)."""

    path: Path  # the file on disk (the archive, for a member)
    name: str  # <source>/<table>/<file>[/<member>], as every message names it
    layout: Layout
    member: str | None = None

    @property
    def file_name(self) -> str:
        """The export's own name (the member's, inside an archive)."""
        return PurePosixPath(self.member).name if self.member else self.path.name

    @property
    def stem(self) -> str:
        """The file name without its type suffixes, unique within the table folder."""
        name = self.file_name
        for suffix in (".gz", ".csv", ".tsv", ".txt", ".parquet", ".xlsx", ".xlsm", ".xls"):
            name = name.removesuffix(suffix)
        if self.member:
            name = self.path.name.removesuffix(".zip") + "__" + name
        return name


def ignored_reason(name: str) -> str | None:
    """Why a file is ignored on purpose (housekeeping, not data), or None."""
    low = name.lower()
    if low in IGNORED_NAMES:
        return "a housekeeping file, not an export"
    if name.startswith("~$") or name.startswith(".~lock"):
        return "an Office lock file (the export is open in a spreadsheet), not an export"
    if name.startswith("._"):
        return "macOS metadata, not an export"
    if name.startswith("."):
        return "a hidden file, not an export"
    return None


def supported(name: str) -> bool:
    return name.lower().endswith(SUFFIXES)


def discover(exports: Path) -> tuple[list[Export], list[FileResult], list[str]]:
    """The exports to read, the entries rejected (as results), and the entries ignored (with why)."""
    root = exports.resolve()
    found: list[Export] = []
    rejected: list[FileResult] = []
    ignored: list[str] = []

    def reject(rel: str, message: str, table: str = "") -> None:
        result = FileResult(file=rel, table=table)
        result.add("reject", message)
        rejected.append(result)

    seen_dirs: set[Path] = set()

    def walk(folder: Path, rel_parts: tuple[str, ...]) -> None:
        real = folder.resolve()
        if real in seen_dirs:  # a symlink loop, or the same folder linked twice
            reject("/".join(rel_parts) or ".", "a folder reached twice through symlinks: read once, by its first path")
            return
        seen_dirs.add(real)
        for entry in sorted(os.scandir(folder), key=lambda e: e.name):
            parts = (*rel_parts, entry.name)
            rel = "/".join(parts)
            why = ignored_reason(entry.name)
            if why:
                ignored.append(f"{rel}: {why}")
                continue
            path = Path(entry.path)
            if entry.is_symlink():
                try:
                    target = path.resolve(strict=True)
                except (OSError, RuntimeError):
                    reject(rel, "a symlink whose target does not exist (or loops): nothing to read")
                    continue
                if not target.is_relative_to(root):
                    reject(rel, f"a symlink to {target}, outside the exports folder {root}: not read (the "
                           "exports folder is a boundary; copy the file in instead)")  # fmt: skip
                    continue
            try:
                mode = path.stat().st_mode
            except OSError as err:
                reject(rel, f"cannot be read: {err.strerror or err}")
                continue
            if stat.S_ISDIR(mode):
                if len(parts) > 2:
                    reject(rel, "a folder below <source>/<table>/: exports go directly in their table's folder")
                    continue
                walk(path, parts)
            elif not stat.S_ISREG(mode):
                reject(rel, "not a regular file (a pipe, socket or device): not read")
            else:
                classify(path, parts, rel)

    def classify(path: Path, parts: tuple[str, ...], rel: str) -> None:
        key = "/".join(parts[:2])
        if len(parts) != 3 or key not in LAYOUTS:
            reject(rel, f"not <source>/<table>/<file> of a known table: put it in the folder of its table "
                   f"(known: {', '.join(sorted(LAYOUTS))}), or remove it")  # fmt: skip
            return
        layout = LAYOUTS[key]
        if not supported(path.name):
            reject(rel, f"unsupported file type {''.join(path.suffixes[-2:]) or '(none)'}: download the report as "
                   f"CSV or Excel ({', '.join(SUFFIXES)})", table=key)  # fmt: skip
            return
        if path.name.lower().endswith(".zip"):
            members(path, rel, layout)
            return
        found.append(Export(path, rel, layout))

    def members(path: Path, rel: str, layout: Layout) -> None:
        """Every file inside a ZIP archive is an export of the archive's table (HubSpot sends a
        large export as a ZIP of parts)."""
        try:
            with zipfile.ZipFile(path) as archive:
                infos = archive.infolist()
        except (zipfile.BadZipFile, OSError, ValueError) as err:
            reject(rel, f"not a readable ZIP archive ({err}): download it again", table=layout.name)
            return
        names = set()
        for info in infos:
            if info.is_dir():
                continue
            member = info.filename
            inner = f"{rel}/{member}"
            base = PurePosixPath(member).name
            why = ignored_reason(base) or next(
                (ignored_reason(p) for p in PurePosixPath(member).parts[:-1] if ignored_reason(p)), None
            )
            if why:
                ignored.append(f"{inner}: {why}")
            elif base.lower().endswith(".zip"):
                reject(inner, "a ZIP archive inside a ZIP archive: unpack the outer one", table=layout.name)
            elif not supported(base):
                reject(inner, f"unsupported file type inside the archive: {base}", table=layout.name)
            elif base in names:
                reject(inner, "a second file of this name in the archive: rename one", table=layout.name)
            else:
                names.add(base)
                found.append(Export(path, inner, layout, member=member))

    if exports.is_dir():
        walk(exports, ())
    return found, rejected, ignored
