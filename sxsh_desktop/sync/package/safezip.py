"""Opening a package without trusting its zip: size caps before reading, the end record and every entry
checked before any is read, bounded reads."""

from __future__ import annotations

import json
import re
import struct
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .format import (
    _EOCD,
    _EOCD_SIZE,
    _ZIP64_LOCATOR,
    ENTRY_NAMES,
    MAX_CENTRAL_DIRECTORY_BYTES,
    MAX_ENTRIES,
    MAX_ENTRY_BYTES,
    MAX_PACKAGE_BYTES,
    MAX_RATIO,
    MAX_TOTAL_BYTES,
    RATIO_FLOOR,
    READ_CHUNK,
    REPORT_NAME,
    SIGNATURE_NAME,
    TAMPERED,
    PackageError,
    _one_line,
    said,
)

if TYPE_CHECKING:  # pragma: no cover
    pass


def read_package_file(path: str | Path) -> bytes:
    """The bytes of a package file, refusing a file over the size cap before reading it."""
    p = Path(path)
    try:
        with p.open("rb") as fh:
            size = _file_size(fh)
            if size > MAX_PACKAGE_BYTES:
                raise PackageError(said("package.file_too_large", size_bytes=size, limit_bytes=MAX_PACKAGE_BYTES))
            data = fh.read(size + 1)  # not the cap: read(n) sets aside n bytes first
    except IsADirectoryError as exc:
        raise PackageError(said("package.is_folder")) from exc
    except OSError as exc:
        raise PackageError(said("package.unreadable", error=str(exc.strerror or exc))) from exc
    if len(data) > size:
        raise PackageError(said("package.changed_while_read"))
    return data


def _file_size(fh: Any) -> int:
    import os

    return os.fstat(fh.fileno()).st_size


def _check_end_record(data: bytes) -> None:
    """Check the end-of-central-directory record before zipfile trusts it: entry count and directory
    size within the caps, no ZIP64, no multi-disk archive."""
    start = data.rfind(_EOCD, max(0, len(data) - (_EOCD_SIZE + 65535)))
    if start < 0 or len(data) - start < _EOCD_SIZE:
        raise PackageError(said("zip.no_directory"))
    (_, disk, cd_disk, entries_here, entries, cd_size, cd_offset, comment_len) = struct.unpack(
        "<4sHHHHIIH", data[start : start + _EOCD_SIZE]
    )
    if disk or cd_disk or entries_here != entries:
        raise PackageError(said("zip.multi_disk"))
    if (
        0xFFFF in (entries, entries_here)
        or 0xFFFFFFFF in (cd_size, cd_offset)
        or (start >= 20 and data[start - 20 : start - 16] == _ZIP64_LOCATOR)
    ):
        raise PackageError(said("zip.zip64"))
    if entries > MAX_ENTRIES:
        raise PackageError(said("zip.too_many_entries", entries=entries, most=MAX_ENTRIES))
    if cd_size > MAX_CENTRAL_DIRECTORY_BYTES:
        raise PackageError(said("zip.directory_too_large", size=cd_size, limit=MAX_CENTRAL_DIRECTORY_BYTES))
    if cd_offset + cd_size > start:
        raise PackageError(said("zip.directory_past_end"))
    if cd_offset + cd_size != start:  # zipfile would take the gap for bytes put before the zip, and keep them
        raise PackageError(said("zip.extra_bytes"))


def scan_entries(zf: zipfile.ZipFile, package_size: int) -> dict[str, zipfile.ZipInfo]:
    """Look at every entry before reading any; refuse anything a package does not have."""
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES:
        raise PackageError(said("zip.too_many_entries", entries=len(infos), most=MAX_ENTRIES))
    seen: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        raw = info.orig_filename
        shown = json.dumps(raw, ensure_ascii=False)
        if "\x00" in raw or raw != info.filename:
            raise PackageError(said("entry.control_character", entry=shown))
        if raw.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", raw):
            raise PackageError(said("entry.absolute", entry=shown))
        if "\\" in raw:
            raise PackageError(said("entry.backslash", entry=shown))
        if ".." in raw.split("/"):
            raise PackageError(said("entry.outside", entry=shown))
        if raw.endswith("/") or info.is_dir():
            raise PackageError(said("entry.folder", entry=shown))
        mode = (info.external_attr >> 16) & 0o170000
        if mode and mode != 0o100000:
            kind = "entry.symlink" if mode == 0o120000 else "entry.not_regular"
            raise PackageError(said(kind, entry=shown))
        if raw in seen:
            raise PackageError(said("entry.twice", entry=shown))
        if raw not in ENTRY_NAMES:
            raise PackageError(said("entry.not_allowed", entry=shown, choices=tuple(sorted(ENTRY_NAMES))))
        if info.flag_bits & 0x1:
            raise PackageError(said("entry.encrypted", entry=shown))
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise PackageError(said("entry.compression", entry=shown, method=info.compress_type))
        if info.file_size > MAX_ENTRY_BYTES:
            raise PackageError(
                said("entry.too_large", entry=shown, size_bytes=info.file_size, limit_bytes=MAX_ENTRY_BYTES)
            )
        if info.compress_size > package_size:
            raise PackageError(said("entry.claims_larger", entry=shown))
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise PackageError(
                said("entry.bomb", entry=shown, ratio=info.file_size // max(info.compress_size, 1), most=MAX_RATIO)
            )
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise PackageError(said("entries.too_large", limit_bytes=MAX_TOTAL_BYTES))
        seen[raw] = info
    missing = sorted(ENTRY_NAMES - set(seen))
    if SIGNATURE_NAME in missing:
        raise PackageError(said("package.no_signature"), TAMPERED)
    if missing:
        raise PackageError(said("package.lacks", names=", ".join(missing)))
    return seen


class _Budget:
    def __init__(self, total: int):
        self.left = total


def read_entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int, budget: _Budget) -> bytes:
    """An entry's bytes, read in chunks; stops past the declared size, the entry cap or the total cap,
    whatever the headers say."""
    limit = min(info.file_size, cap, budget.left)
    if info.file_size > limit:
        raise PackageError(said("entry.over_cap", entry=f"'{info.filename}'"))
    out = bytearray()
    try:
        with zf.open(info) as fh:
            while True:
                chunk = fh.read(min(READ_CHUNK, limit + 1 - len(out)))
                if not chunk:
                    break
                out += chunk
                if len(out) > limit:
                    raise PackageError(said("entry.more_than_declared", entry=f"'{info.filename}'"))
    except PackageError:
        raise
    except (zipfile.BadZipFile, zlib_error(), EOFError, OSError, ValueError, OverflowError) as exc:
        raise PackageError(said("entry.damaged", entry=f"'{info.filename}'", error=_one_line(exc))) from exc
    if len(out) != info.file_size:
        raise PackageError(said("entry.truncated", entry=f"'{info.filename}'"))
    budget.left -= len(out)
    return bytes(out)


def read_report(data: bytes) -> bytes:
    """The signed report (report.pdf) of a package's zip bytes, such as a store keeps after the import's
    checks, read within the entry cap."""
    import io

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return read_entry(zf, zf.getinfo(REPORT_NAME), MAX_ENTRY_BYTES, _Budget(MAX_ENTRY_BYTES))
    except KeyError as exc:
        raise PackageError(said("package.lacks", names=REPORT_NAME)) from exc
    except zipfile.BadZipFile as exc:
        raise PackageError(said("zip.unreadable", error=_one_line(exc))) from exc


def zlib_error() -> type[Exception]:
    import zlib

    return zlib.error
