"""Why a sync package is refused, or what its check found: reading the file, the encryption, the zip,
the manifest, the signatures, the signer, the intake and the store's import.

Each code's English is the exact line `sxsh verify` and `sxsh import` have always printed (other
systems read it; tests pin it). A parameter named `*_bytes` is a size (51.0 MB, 1,234 bytes; in
Vietnamese 51,0 MB, 1.234 byte); `error` is a library's own words, quoted as written; `entry` is an
entry's name as the package spells it, quoted.
"""

from __future__ import annotations


def _t(en: str, vi: str) -> dict[str, str]:
    return {"en": en, "vi": vi}


_FILE = {
    "package.file_too_large": _t(
        "the file is {size_bytes}, over the {limit_bytes} limit for a package",
        "tệp có dung lượng {size_bytes}, vượt giới hạn {limit_bytes} của một gói",
    ),
    "package.is_folder": _t("is a folder, not a package file", "là một thư mục, không phải tệp gói"),
    "package.unreadable": _t("cannot be read ({error})", "không đọc được tệp ({error})"),
    "package.changed_while_read": _t(
        "the file changed while it was read; import it again when it is complete",
        "tệp thay đổi trong lúc đang đọc; hãy nhập lại khi tệp đã hoàn chỉnh",
    ),
    "package.too_large": _t(
        "the package is {size_bytes}, over the {limit_bytes} limit",
        "gói có dung lượng {size_bytes}, vượt giới hạn {limit_bytes}",
    ),
    "package.empty": _t("the file is empty", "tệp rỗng"),
    "package.not_package": _t(
        "not an SXSH package (neither a zip nor an encrypted package)",
        "không phải gói SXSH (không phải tệp zip, cũng không phải gói đã mã hoá)",
    ),
}

_ENCRYPTION = {
    "package.encrypted_no_key": _t(
        "the package is encrypted; give the Sở's key to open it (--key, --passphrase-file)",
        "gói đã được mã hoá; cần tệp khoá của Sở để mở",
    ),
    "package.not_for_this_key": _t(
        "the package is encrypted to another recipient, or the encryption is damaged (it cannot be opened with this key)",
        "gói được mã hoá cho người nhận khác, hoặc phần mã hoá bị hỏng (khoá này không mở được)",
    ),
    "package.cannot_decrypt": _t(
        "the encrypted package cannot be opened ({error})", "không mở được gói đã mã hoá ({error})"
    ),
    "package.decrypted_too_large": _t(
        "the decrypted package is over the size limit", "gói sau khi giải mã vượt giới hạn dung lượng"
    ),
    "package.encrypted_not_package": _t(
        "the encrypted package does not hold an SXSH package", "gói đã mã hoá không chứa gói SXSH nào"
    ),
    "package.envelope_unreadable": _t(
        "the encrypted package is damaged (its structure cannot be read)",
        "gói đã mã hoá bị hỏng (không đọc được cấu trúc)",
    ),
    "package.tag_malformed": _t(
        "the encrypted package is damaged (its authentication tag is malformed)",
        "gói đã mã hoá bị hỏng (thẻ xác thực không đúng dạng)",
    ),
    "package.cipher_unknown": _t(
        "the package is encrypted with {algorithm}, which this app does not open",
        "gói được mã hoá bằng {algorithm}, ứng dụng không mở được",
    ),
    "package.key_transport": _t(
        "the package's key is transported with {algorithm}, not RSA-OAEP",
        "khoá của gói được truyền bằng {algorithm}, không phải RSA-OAEP",
    ),
    "package.key_transport_digest": _t(
        "the package's key transport uses {algorithm}, which this app does not open",
        "việc truyền khoá của gói dùng {algorithm}, ứng dụng không mở được",
    ),
    "recipient.this_certificate": _t("this certificate", "chứng thư số này"),
    "recipient.expired": _t(
        "cannot encrypt to {who}: the certificate expired on {date}",
        "không mã hoá được cho {who}: chứng thư số đã hết hạn ngày {date}",
    ),
    "recipient.not_yet_valid": _t(
        "cannot encrypt to {who}: the certificate is not valid until {date}",
        "không mã hoá được cho {who}: chứng thư số chưa có hiệu lực trước ngày {date}",
    ),
    "recipient.no_key_encipherment": _t(
        "cannot encrypt to {who}: the certificate does not allow key encipherment (keyEncipherment); "
        "ask the Sở for its encryption certificate",
        "không mã hoá được cho {who}: chứng thư số không cho phép mã hoá khoá (keyEncipherment); "
        "hãy đề nghị Sở cung cấp chứng thư số dùng để mã hoá",
    ),
    "recipient.not_rsa": _t(
        "cannot encrypt to {who}: only RSA certificates can receive packages",
        "không mã hoá được cho {who}: chỉ chứng thư số RSA nhận được gói",
    ),
    "certificate.unreadable": _t(
        "{path}: cannot read the certificate file ({error})", "{path}: không đọc được tệp chứng thư số ({error})"
    ),
    "certificate.not_certificate": _t(
        "{path}: is not a certificate (PEM or DER)", "{path}: không phải là chứng thư số (PEM hoặc DER)"
    ),
    "certificate.none": _t("{path}: holds no certificate", "{path}: không chứa chứng thư số nào"),
    "key.unreadable": _t("{path}: cannot read the key file ({error})", "{path}: không đọc được tệp khoá ({error})"),
    "key.protected": _t(
        "{path}: the key is protected; give its passphrase (--passphrase-file)",
        "{path}: khoá được bảo vệ bằng mật khẩu; hãy nhập mật khẩu của nó",
    ),
    "key.not_protected": _t(
        "{path}: the key is not protected; leave out --passphrase-file",
        "{path}: khoá không có mật khẩu; hãy để trống ô mật khẩu",
    ),
    "key.no_private_key": _t(
        "{path}: no readable private key (wrong passphrase, or not a PEM key)",
        "{path}: không đọc được khoá riêng (sai mật khẩu, hoặc không phải khoá PEM)",
    ),
    "key.other_certificate": _t(
        "{certificate}: is not the certificate of the key in {path}",
        "{certificate}: không phải chứng thư số của khoá trong {path}",
    ),
    "key.no_certificate": _t(
        "{path}: the key file holds no certificate of the key; give it with --cert (or a .p12)",
        "{path}: tệp khoá không chứa chứng thư số của khoá; hãy chọn tệp chứng thư số (hoặc dùng tệp .p12)",
    ),
}

_ZIP = {
    "zip.no_directory": _t(
        "the file is truncated or damaged (no zip directory at its end)",
        "tệp bị cắt cụt hoặc bị hỏng (cuối tệp không có thư mục zip)",
    ),
    "zip.directory_past_end": _t(
        "the file is truncated or damaged (the zip directory points past its end)",
        "tệp bị cắt cụt hoặc bị hỏng (thư mục zip trỏ ra ngoài cuối tệp)",
    ),
    "zip.unreadable": _t(
        "the file is truncated or damaged (not a readable zip: {error})",
        "tệp bị cắt cụt hoặc bị hỏng (không đọc được như tệp zip: {error})",
    ),
    "zip.multi_disk": _t(
        "the zip is split over several disks, which a package never is",
        "tệp zip bị chia thành nhiều phần — một gói không bao giờ như vậy",
    ),
    "zip.zip64": _t(
        "the zip uses ZIP64, which a package never needs", "tệp zip dùng ZIP64 — một gói không bao giờ cần"
    ),
    "zip.too_many_entries": _t(
        "the zip has {entries} entries; a package has at most {most}",
        "tệp zip có {entries} mục; một gói có nhiều nhất {most} mục",
    ),
    "zip.directory_too_large": _t(
        "the zip's directory is {size:,} bytes, over the {limit:,} limit",
        "thư mục của tệp zip dài {size} byte, vượt giới hạn {limit} byte",
    ),
    "zip.extra_bytes": _t(
        "the file has bytes before or inside the zip that are not part of a package",
        "tệp có dữ liệu thừa trước hoặc bên trong tệp zip, không thuộc về gói",
    ),
    "entry.control_character": _t(
        "the entry {entry} has a control character in its name", "mục {entry} có ký tự điều khiển trong tên"
    ),
    "entry.absolute": _t("the entry {entry} has an absolute path", "mục {entry} có đường dẫn tuyệt đối"),
    "entry.backslash": _t(
        "the entry {entry} has a backslash in its name", "mục {entry} có dấu gạch chéo ngược trong tên"
    ),
    "entry.outside": _t(
        "the entry {entry} points outside the package ('..')",
        "mục {entry} trỏ ra ngoài gói ('..') — có thể nhằm ghi đè tệp khác",
    ),
    "entry.folder": _t(
        "the entry {entry} is a folder; a package holds files only", "mục {entry} là thư mục; một gói chỉ chứa tệp"
    ),
    "entry.symlink": _t("the entry {entry} is a symbolic link", "mục {entry} là liên kết tượng trưng (symbolic link)"),
    "entry.not_regular": _t("the entry {entry} is not a regular file", "mục {entry} không phải tệp thông thường"),
    "entry.twice": _t("the entry {entry} appears twice", "mục {entry} xuất hiện hai lần"),
    "entry.not_allowed": _t(
        "the entry {entry} is not part of a package (allowed: {choices})",
        "mục {entry} không thuộc một gói (chỉ có thể là: {choices})",
    ),
    "entry.encrypted": _t(
        "the entry {entry} is encrypted inside the zip, which a package never is",
        "mục {entry} được mã hoá bên trong tệp zip — một gói không bao giờ như vậy",
    ),
    "entry.compression": _t(
        "the entry {entry} uses an unsupported compression method ({method})",
        "mục {entry} dùng phương pháp nén không được hỗ trợ ({method})",
    ),
    "entry.too_large": _t(
        "the entry {entry} unpacks to {size_bytes}, over the {limit_bytes} limit per entry",
        "mục {entry} giải nén ra {size_bytes}, vượt giới hạn {limit_bytes} cho mỗi mục",
    ),
    "entry.claims_larger": _t(
        "the entry {entry} claims to be larger than the file (damaged or truncated)",
        "mục {entry} khai lớn hơn cả tệp (bị hỏng hoặc bị cắt cụt)",
    ),
    "entry.bomb": _t(
        "the entry {entry} would unpack {ratio:,} times its size (at most {most}:1): a decompression bomb",
        "mục {entry} sẽ giải nén ra gấp {ratio} lần dung lượng của nó (nhiều nhất {most}:1): một “bom giải nén”",
    ),
    "entries.too_large": _t(
        "the entries unpack to more than {limit_bytes} in all", "các mục giải nén ra tổng cộng hơn {limit_bytes}"
    ),
    "entry.over_cap": _t(
        "the entry {entry} is larger than a package allows", "mục {entry} lớn hơn mức một gói cho phép"
    ),
    "entry.more_than_declared": _t(
        "the entry {entry} unpacks to more than it declares", "mục {entry} giải nén ra nhiều hơn mức đã khai"
    ),
    "entry.damaged": _t(
        "the entry {entry} is damaged or truncated ({error})", "mục {entry} bị hỏng hoặc bị cắt cụt ({error})"
    ),
    "entry.truncated": _t("the entry {entry} is truncated", "mục {entry} bị cắt cụt"),
    "package.no_signature": _t(
        "the manifest's signature (manifest.json.p7s) is missing", "thiếu chữ ký của bản kê (manifest.json.p7s)"
    ),
    "package.lacks": _t("the package lacks {names}", "gói thiếu {names}"),
    "package.too_deep": _t("the package's JSON is nested too deeply", "JSON trong gói lồng nhau quá nhiều tầng"),
}

_MANIFEST = {
    "manifest.limit": _t("manifest.json: {error}", "manifest.json vượt giới hạn khi đọc ({error})"),
    "manifest.not_json": _t("manifest.json is not JSON in UTF-8", "manifest.json không phải JSON mã UTF-8"),
    "manifest.incomplete": _t(
        "manifest.json lacks its package id, assessment or list of files",
        "manifest.json thiếu mã gói, thông tin đánh giá hoặc danh sách tệp",
    ),
    "manifest.format": _t("manifest.json: format should be '{format}'", "manifest.json: định dạng phải là '{format}'"),
    "manifest.version_type": _t(
        "manifest.json: format_version should be a whole number", "manifest.json: format_version phải là một số nguyên"
    ),
    "manifest.version_newer": _t(
        "the package's format version {version} is newer than this app reads ({readable}); update SXSH Desktop",
        "gói có phiên bản định dạng {version}, mới hơn phiên bản ứng dụng này đọc được ({readable}); "
        "hãy cập nhật SXSH Desktop",
    ),
    "manifest.package_id": _t(
        "manifest.json: package_id is not a UUID", "manifest.json: package_id không phải là UUID"
    ),
    "manifest.file_entry": _t(
        "manifest.json: each file needs a name, a SHA-256 and a size",
        "manifest.json: mỗi tệp cần có tên, mã SHA-256 và dung lượng",
    ),
    "manifest.listed_twice": _t("manifest.json lists {name} twice", "manifest.json liệt kê {name} hai lần"),
    "manifest.files_differ": _t(
        "the manifest does not list exactly the package's files ({names})",
        "bản kê (manifest.json) không liệt kê đúng các tệp của gói ({names})",
    ),
    "manifest.assessment_differs": _t(
        "the manifest's assessment (id, revision, facility) differs from the document",
        "thông tin đánh giá trong bản kê (mã, lần sửa, cơ sở) khác với tài liệu",
    ),
}

PACKAGES = {**_FILE, **_ENCRYPTION, **_ZIP, **_MANIFEST}
