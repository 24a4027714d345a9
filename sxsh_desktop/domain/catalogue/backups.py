"""Why a backup was not made or not restored, why the store's last look before a flush refused a
value, and what a SQLite file's check found: English exactly as `sxsh` prints it, Vietnamese for the
desktop app. `error` and `detail` are the operating system's or SQLite's own words, as written."""

from __future__ import annotations


def _t(en: str, vi: str) -> dict[str, str]:
    return {"en": en, "vi": vi}


BACKUPS = {
    "backup.server": _t(
        "Backups of a server database are the job of the server's administrator; "
        "the app backs up only its own SQLite file.",
        "Việc sao lưu cơ sở dữ liệu trên máy chủ do quản trị viên máy chủ đảm nhận; ứng dụng chỉ sao lưu tệp "
        "SQLite của chính nó.",
    ),
    "backup.folder_not_writable": _t(
        "no backup was made: {folder} cannot be written ({error})",
        "chưa tạo được bản sao lưu: không ghi được vào {folder} ({error})",
    ),
    "backup.folder_not_writable_kept": _t(
        "no backup was made: {folder} cannot be written ({error}); the database itself was not changed",
        "chưa tạo được bản sao lưu: không ghi được vào {folder} ({error}); cơ sở dữ liệu không bị thay đổi",
    ),
    "backup.copy_failed": _t(
        "no backup was made ({error}); the database itself was not changed",
        "chưa tạo được bản sao lưu ({error}); cơ sở dữ liệu không bị thay đổi",
    ),
    "backup.damaged": _t(
        "the database is damaged ({problem}); no backup was made and the good backups were kept; {offer}",
        "cơ sở dữ liệu bị hỏng ({problem}); chưa tạo bản sao lưu nào và các bản sao lưu tốt vẫn được giữ; {offer}",
    ),
    "backup.offer": _t(
        "the newest good backup is {path} (made {made}); restore it with: sxsh restore {path}",
        "bản sao lưu tốt gần nhất là {path} (lập lúc {made}); hãy khôi phục từ bản này",
    ),
    "backup.no_offer": _t("there is no good backup to restore", "không có bản sao lưu tốt nào để khôi phục"),
    # what the check of a SQLite file found
    "file.cannot_open": _t("cannot be opened ({error})", "không mở được ({error})"),
    "file.cannot_read": _t("cannot be read ({error})", "không đọc được ({error})"),
    "file.integrity": _t("integrity: {detail}", "lỗi toàn vẹn: {detail}"),
    "file.dangling": _t(
        "{table} row {rowid} points at a missing {parent} row",
        "dòng {rowid} của bảng {table} trỏ tới một dòng không còn trong bảng {parent}",
    ),
    # putting a backup back
    "restore.no_file": _t("{path}: no such backup file", "Không có tệp sao lưu {path}"),
    "restore.damaged": _t(
        "{path} is damaged ({problem}); it was not restored", "Bản sao lưu {path} bị hỏng ({problem}); chưa khôi phục"
    ),
    "restore.not_ours": _t(
        "{path} is not a backup of an SXSH Desktop database; it was not restored",
        "{path} không phải bản sao lưu cơ sở dữ liệu của SXSH Desktop; chưa khôi phục",
    ),
    "restore.newer_app": _t(
        "{path} was made by a newer version of SXSH Desktop (revision {revision}); update the app to restore it",
        "{path} do một phiên bản SXSH Desktop mới hơn tạo (bản sửa đổi {revision}); hãy cập nhật ứng dụng để khôi phục",
    ),
    "restore.not_whole": _t(
        "{path} could not be copied whole; nothing was restored",
        "không sao chép được trọn vẹn {path}; chưa khôi phục gì",
    ),
    "restore.is_database": _t(
        "{path} is the database itself, not a backup",
        "{path} chính là cơ sở dữ liệu đang dùng, không phải bản sao lưu",
    ),
    "restore.cannot_copy_aside": _t(
        "the current database could not be copied aside ({error}); nothing was restored",
        "không sao chép riêng ra được cơ sở dữ liệu hiện tại ({error}); chưa khôi phục gì",
    ),
    # the store's last look before a flush (store/guard.py); `column` is the table's and column's name
    "guard.refused": _t("{column}: {problem}; nothing was stored", "{column}: {problem}; không có gì được lưu"),
    "guard.too_long": _t(
        "is {length} characters long, at most {limit} are kept", "dài {length} ký tự, chỉ lưu được tối đa {limit}"
    ),
    "guard.outside": _t("{value} is outside what the store keeps", "{value} nằm ngoài phạm vi lưu được"),
    "guard.digits_outside": _t(
        "a number of {digits} digits is outside what the store keeps",
        "một số có {digits} chữ số nằm ngoài phạm vi lưu được",
    ),
    "guard.json_not_finite": _t("holds {value}, not a finite number", "chứa {value}, không phải số hữu hạn"),
    "guard.json_too_large": _t(
        "holds a whole number too large to be kept", "chứa một số nguyên quá lớn, không lưu được"
    ),
}
