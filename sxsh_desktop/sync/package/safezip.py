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
    _mb,
    _one_line,
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
                raise PackageError(f"the file is {_mb(size)}, over the {_mb(MAX_PACKAGE_BYTES)} limit for a package")
            data = fh.read(size + 1)  # not the cap: read(n) sets aside n bytes first
    except IsADirectoryError as exc:
        raise PackageError("is a folder, not a package file") from exc
    except OSError as exc:
        raise PackageError(f"cannot be read ({exc.strerror or exc})") from exc
    if len(data) > size:
        raise PackageError("the file changed while it was read; import it again when it is complete")
    return data


def _file_size(fh: Any) -> int:
    import os

    return os.fstat(fh.fileno()).st_size


def _check_end_record(data: bytes) -> None:
    """Check the end-of-central-directory record before zipfile trusts it: entry count and directory
    size within the caps, no ZIP64, no multi-disk archive."""
    start = data.rfind(_EOCD, max(0, len(data) - (_EOCD_SIZE + 65535)))
    if start < 0 or len(data) - start < _EOCD_SIZE:
        raise PackageError("the file is truncated or damaged (no zip directory at its end)")
    (_, disk, cd_disk, entries_here, entries, cd_size, cd_offset, comment_len) = struct.unpack(
        "<4sHHHHIIH", data[start : start + _EOCD_SIZE]
    )
    if disk or cd_disk or entries_here != entries:
        raise PackageError("the zip is split over several disks, which a package never is")
    if (
        0xFFFF in (entries, entries_here)
        or 0xFFFFFFFF in (cd_size, cd_offset)
        or (start >= 20 and data[start - 20 : start - 16] == _ZIP64_LOCATOR)
    ):
        raise PackageError("the zip uses ZIP64, which a package never needs")
    if entries > MAX_ENTRIES:
        raise PackageError(f"the zip has {entries} entries; a package has at most {MAX_ENTRIES}")
    if cd_size > MAX_CENTRAL_DIRECTORY_BYTES:
        raise PackageError(f"the zip's directory is {cd_size:,} bytes, over the {MAX_CENTRAL_DIRECTORY_BYTES:,} limit")
    if cd_offset + cd_size > start:
        raise PackageError("the file is truncated or damaged (the zip directory points past its end)")
    if cd_offset + cd_size != start:  # zipfile would take the gap for bytes put before the zip, and keep them
        raise PackageError("the file has bytes before or inside the zip that are not part of a package")


def scan_entries(zf: zipfile.ZipFile, package_size: int) -> dict[str, zipfile.ZipInfo]:
    """Look at every entry before reading any; refuse anything a package does not have."""
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES:
        raise PackageError(f"the zip has {len(infos)} entries; a package has at most {MAX_ENTRIES}")
    seen: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        raw = info.orig_filename
        shown = json.dumps(raw, ensure_ascii=False)
        if "\x00" in raw or raw != info.filename:
            raise PackageError(f"the entry {shown} has a control character in its name")
        if raw.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", raw):
            raise PackageError(f"the entry {shown} has an absolute path")
        if "\\" in raw:
            raise PackageError(f"the entry {shown} has a backslash in its name")
        if ".." in raw.split("/"):
            raise PackageError(f"the entry {shown} points outside the package ('..')")
        if raw.endswith("/") or info.is_dir():
            raise PackageError(f"the entry {shown} is a folder; a package holds files only")
        mode = (info.external_attr >> 16) & 0o170000
        if mode and mode != 0o100000:
            kind = "a symbolic link" if mode == 0o120000 else "not a regular file"
            raise PackageError(f"the entry {shown} is {kind}")
        if raw in seen:
            raise PackageError(f"the entry {shown} appears twice")
        if raw not in ENTRY_NAMES:
            raise PackageError(
                f"the entry {shown} is not part of a package (allowed: {', '.join(sorted(ENTRY_NAMES))})"
            )
        if info.flag_bits & 0x1:
            raise PackageError(f"the entry {shown} is encrypted inside the zip, which a package never is")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise PackageError(f"the entry {shown} uses an unsupported compression method ({info.compress_type})")
        if info.file_size > MAX_ENTRY_BYTES:
            raise PackageError(
                f"the entry {shown} unpacks to {_mb(info.file_size)}, over the {_mb(MAX_ENTRY_BYTES)} limit per entry"
            )
        if info.compress_size > package_size:
            raise PackageError(f"the entry {shown} claims to be larger than the file (damaged or truncated)")
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise PackageError(
                f"the entry {shown} would unpack {info.file_size // max(info.compress_size, 1):,} "
                f"times its size (at most {MAX_RATIO}:1): a decompression bomb"
            )
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise PackageError(f"the entries unpack to more than {_mb(MAX_TOTAL_BYTES)} in all")
        seen[raw] = info
    missing = sorted(ENTRY_NAMES - set(seen))
    if SIGNATURE_NAME in missing:
        raise PackageError("the manifest's signature (manifest.json.p7s) is missing", TAMPERED)
    if missing:
        raise PackageError(f"the package lacks {', '.join(missing)}")
    return seen


class _Budget:
    def __init__(self, total: int):
        self.left = total


def read_entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int, budget: _Budget) -> bytes:
    """An entry's bytes, read in chunks; stops past the declared size, the entry cap or the total cap,
    whatever the headers say."""
    limit = min(info.file_size, cap, budget.left)
    if info.file_size > limit:
        raise PackageError(f"the entry '{info.filename}' is larger than a package allows")
    out = bytearray()
    try:
        with zf.open(info) as fh:
            while True:
                chunk = fh.read(min(READ_CHUNK, limit + 1 - len(out)))
                if not chunk:
                    break
                out += chunk
                if len(out) > limit:
                    raise PackageError(f"the entry '{info.filename}' unpacks to more than it declares")
    except PackageError:
        raise
    except (zipfile.BadZipFile, zlib_error(), EOFError, OSError, ValueError, OverflowError) as exc:
        raise PackageError(f"the entry '{info.filename}' is damaged or truncated ({_one_line(exc)})") from exc
    if len(out) != info.file_size:
        raise PackageError(f"the entry '{info.filename}' is truncated")
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
        raise PackageError(f"the package lacks {REPORT_NAME}") from exc
    except zipfile.BadZipFile as exc:
        raise PackageError(f"the file is truncated or damaged (not a readable zip: {_one_line(exc)})") from exc


def zlib_error() -> type[Exception]:
    import zlib

    return zlib.error
