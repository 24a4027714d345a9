"""Why a package was refused, for a person: the reason said in Vietnamese when the screen speaks it.

`package/`, `intake.py` and the store's import (`ReviewStore.record_import`) write their reasons
once, in English — that is what `sxsh import`/`sxsh verify` print and what other systems read. The
desktop app shows them in the user's language through here, as `domain/messages.py` does for the
refusals of fields: an ordered table of patterns over the English text, applied only for display.

What a reason quotes (a file name, an entry's name, a size, a fingerprint, the words of a library's
exception) is kept as written. A reason no pattern knows is shown as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Template = str | Callable[[re.Match[str]], str]

_ENTRY = r"(?P<e>\".*\"|'.*')"  # an entry's name as scan_entries (JSON-quoted) or read_entry (in '') shows it


def _signer_not_trusted(m: re.Match[str]) -> str:
    text = "người ký chưa được tin cậy"
    if m["who"] is not None:
        text += f" ({m['who']}, SHA-256 {m['fp']})"
    return text


def _document(m: re.Match[str]) -> str:
    """'assessment.json: <a refusal of the document>': the document's own refusal read back into its
    message and said again (its field named: here there is no field beside it)."""
    from ..domain.message import read_back, with_field

    said = read_back(m["d"])
    return f"{m['n']}: {with_field(said[0], said[1], 'vi') if said else m['d']}"


# Most specific first; every pattern is anchored at both ends.
_RAW: list[tuple[str, Template]] = [
    # -- reading the file
    (
        r"^the file is (?P<a>.+), over the (?P<b>.+) limit for a package$",
        "tệp có dung lượng {a}, vượt giới hạn {b} của một gói",
    ),
    (r"^is a folder, not a package file$", "là một thư mục, không phải tệp gói"),
    (r"^cannot be read \((?P<x>.*)\)$", "không đọc được tệp ({x})"),
    (
        r"^the file changed while it was read; import it again when it is complete$",
        "tệp thay đổi trong lúc đang đọc; hãy nhập lại khi tệp đã hoàn chỉnh",
    ),
    (r"^the package is (?P<a>.+), over the (?P<b>.+) limit$", "gói có dung lượng {a}, vượt giới hạn {b}"),
    (r"^the file is empty$", "tệp rỗng"),
    (
        r"^not an SXSH package \(neither a zip nor an encrypted package\)$",
        "không phải gói SXSH (không phải tệp zip, cũng không phải gói đã mã hoá)",
    ),
    # -- encryption
    (
        r"^the package is encrypted; give the Sở's key to open it.*$",
        "gói đã được mã hoá; cần tệp khoá của Sở để mở",
    ),
    (
        r"^the package is encrypted to another recipient, or the encryption is damaged.*$",
        "gói được mã hoá cho người nhận khác, hoặc phần mã hoá bị hỏng (khoá này không mở được)",
    ),
    (r"^the encrypted package cannot be opened \((?P<x>.*)\)$", "không mở được gói đã mã hoá ({x})"),
    (r"^the decrypted package is over the size limit$", "gói sau khi giải mã vượt giới hạn dung lượng"),
    (r"^the encrypted package does not hold an SXSH package$", "gói đã mã hoá không chứa gói SXSH nào"),
    (
        r"^cannot encrypt to this certificate \((?P<x>.*)\)$",
        "không mã hoá được cho chứng thư số này (cần chứng thư số RSA; {x})",
    ),
    (
        r"^the encrypted package is damaged \(its authentication tag is malformed\)$",
        "gói đã mã hoá bị hỏng (thẻ xác thực không đúng dạng)",
    ),
    (
        r"^the encrypted package is damaged \(its structure cannot be read\)$",
        "gói đã mã hoá bị hỏng (không đọc được cấu trúc)",
    ),
    (
        r"^the package is encrypted with (?P<x>.*), which this app does not open$",
        "gói được mã hoá bằng {x}, ứng dụng không mở được",
    ),
    (
        r"^the package's key is transported with (?P<x>.*), not RSA-OAEP$",
        "khoá của gói được truyền bằng {x}, không phải RSA-OAEP",
    ),
    (
        r"^the package's key transport uses (?P<x>.*), which this app does not open$",
        "việc truyền khoá của gói dùng {x}, ứng dụng không mở được",
    ),
    (
        r"^cannot encrypt to (?P<w>.+): the certificate expired on (?P<d>.*)$",
        "không mã hoá được cho {w}: chứng thư số đã hết hạn ngày {d}",
    ),
    (
        r"^cannot encrypt to (?P<w>.+): the certificate is not valid until (?P<d>.*)$",
        "không mã hoá được cho {w}: chứng thư số chưa có hiệu lực trước ngày {d}",
    ),
    (
        r"^cannot encrypt to (?P<w>.+): the certificate does not allow key encipherment \(keyEncipherment\); "
        r"ask the Sở for its encryption certificate$",
        "không mã hoá được cho {w}: chứng thư số không cho phép mã hoá khoá (keyEncipherment); "
        "hãy đề nghị Sở cung cấp chứng thư số dùng để mã hoá",
    ),
    (
        r"^cannot encrypt to (?P<w>.+): only RSA certificates can receive packages$",
        "không mã hoá được cho {w}: chỉ chứng thư số RSA nhận được gói",
    ),
    # -- the zip's structure
    (
        r"^the file is truncated or damaged \(no zip directory at its end\)$",
        "tệp bị cắt cụt hoặc bị hỏng (cuối tệp không có thư mục zip)",
    ),
    (
        r"^the file is truncated or damaged \(the zip directory points past its end\)$",
        "tệp bị cắt cụt hoặc bị hỏng (thư mục zip trỏ ra ngoài cuối tệp)",
    ),
    (
        r"^the file is truncated or damaged \(not a readable zip: (?P<x>.*)\)$",
        "tệp bị cắt cụt hoặc bị hỏng (không đọc được như tệp zip: {x})",
    ),
    (
        r"^the zip is split over several disks, which a package never is$",
        "tệp zip bị chia thành nhiều phần — một gói không bao giờ như vậy",
    ),
    (r"^the zip uses ZIP64, which a package never needs$", "tệp zip dùng ZIP64 — một gói không bao giờ cần"),
    (
        r"^the zip has (?P<n>[\d,]+) entries; a package has at most (?P<m>\d+)$",
        "tệp zip có {n} mục; một gói có nhiều nhất {m} mục",
    ),
    (
        r"^the zip's directory is (?P<a>[\d,]+) bytes, over the (?P<b>[\d,]+) limit$",
        "thư mục của tệp zip dài {a} bytes, vượt giới hạn {b} bytes",
    ),
    # -- the entries
    (rf"^the entry {_ENTRY} has a control character in its name$", "mục {e} có ký tự điều khiển trong tên"),
    (rf"^the entry {_ENTRY} has an absolute path$", "mục {e} có đường dẫn tuyệt đối"),
    (rf"^the entry {_ENTRY} has a backslash in its name$", "mục {e} có dấu gạch chéo ngược trong tên"),
    (
        rf"^the entry {_ENTRY} points outside the package \('\.\.'\)$",
        "mục {e} trỏ ra ngoài gói ('..') — có thể nhằm ghi đè tệp khác",
    ),
    (rf"^the entry {_ENTRY} is a folder; a package holds files only$", "mục {e} là thư mục; một gói chỉ chứa tệp"),
    (rf"^the entry {_ENTRY} is a symbolic link$", "mục {e} là liên kết tượng trưng (symbolic link)"),
    (rf"^the entry {_ENTRY} is not a regular file$", "mục {e} không phải tệp thông thường"),
    (rf"^the entry {_ENTRY} appears twice$", "mục {e} xuất hiện hai lần"),
    (
        rf"^the entry {_ENTRY} is not part of a package \(allowed: (?P<a>.*)\)$",
        "mục {e} không thuộc một gói (chỉ có thể là: {a})",
    ),
    (
        rf"^the entry {_ENTRY} is encrypted inside the zip, which a package never is$",
        "mục {e} được mã hoá bên trong tệp zip — một gói không bao giờ như vậy",
    ),
    (
        rf"^the entry {_ENTRY} uses an unsupported compression method \((?P<n>.*)\)$",
        "mục {e} dùng phương pháp nén không được hỗ trợ ({n})",
    ),
    (
        rf"^the entry {_ENTRY} unpacks to (?P<a>.+), over the (?P<b>.+) limit per entry$",
        "mục {e} giải nén ra {a}, vượt giới hạn {b} cho mỗi mục",
    ),
    (
        rf"^the entry {_ENTRY} claims to be larger than the file \(damaged or truncated\)$",
        "mục {e} khai lớn hơn cả tệp (bị hỏng hoặc bị cắt cụt)",
    ),
    (
        rf"^the entry {_ENTRY} would unpack (?P<n>[\d,]+) times its size \(at most (?P<m>\d+):1\): "
        r"a decompression bomb$",
        "mục {e} sẽ giải nén ra gấp {n} lần dung lượng của nó (nhiều nhất {m}:1): một “bom giải nén”",
    ),
    (r"^the entries unpack to more than (?P<a>.+) in all$", "các mục giải nén ra tổng cộng hơn {a}"),
    (rf"^the entry {_ENTRY} is larger than a package allows$", "mục {e} lớn hơn mức một gói cho phép"),
    (rf"^the entry {_ENTRY} unpacks to more than it declares$", "mục {e} giải nén ra nhiều hơn mức đã khai"),
    (rf"^the entry {_ENTRY} is damaged or truncated \((?P<x>.*)\)$", "mục {e} bị hỏng hoặc bị cắt cụt ({x})"),
    (rf"^the entry {_ENTRY} is truncated$", "mục {e} bị cắt cụt"),
    (
        r"^the manifest's signature \(manifest\.json\.p7s\) is missing$",
        "thiếu chữ ký của bản kê (manifest.json.p7s)",
    ),
    (r"^the package lacks (?P<a>.+)$", "gói thiếu {a}"),
    (r"^the package's JSON is nested too deeply$", "JSON trong gói lồng nhau quá nhiều tầng"),
    # -- the manifest
    (r"^manifest\.json is not JSON in UTF-8$", "manifest.json không phải JSON mã UTF-8"),
    (
        r"^manifest\.json lacks its package id, assessment or list of files$",
        "manifest.json thiếu mã gói, thông tin đánh giá hoặc danh sách tệp",
    ),
    (r"^manifest\.json: format should be '(?P<f>.*)'$", "manifest.json: định dạng phải là '{f}'"),
    (
        r"^manifest\.json: format_version should be a whole number$",
        "manifest.json: format_version phải là một số nguyên",
    ),
    (
        r"^the package's format version (?P<v>\d+) is newer than this app reads \((?P<m>\d+)\); update SXSH Desktop$",
        "gói có phiên bản định dạng {v}, mới hơn phiên bản ứng dụng này đọc được ({m}); hãy cập nhật SXSH Desktop",
    ),
    (r"^manifest\.json: package_id is not a UUID$", "manifest.json: package_id không phải là UUID"),
    (
        r"^manifest\.json: each file needs a name, a SHA-256 and a size$",
        "manifest.json: mỗi tệp cần có tên, mã SHA-256 và dung lượng",
    ),
    (r"^manifest\.json lists (?P<f>.+) twice$", "manifest.json liệt kê {f} hai lần"),
    (
        r"^the manifest does not list exactly the package's files \((?P<a>.*)\)$",
        "bản kê (manifest.json) không liệt kê đúng các tệp của gói ({a})",
    ),
    (
        r"^the manifest's assessment \(id, revision, facility\) differs from the document$",
        "thông tin đánh giá trong bản kê (mã, lần sửa, cơ sở) khác với tài liệu",
    ),
    # -- signatures and hashes
    (
        r"^the manifest's signature cannot be read \(damaged or not a CMS signature\)$",
        "không đọc được chữ ký của bản kê (bị hỏng hoặc không phải chữ ký CMS)",
    ),
    (r"^the manifest's signature cannot be checked \((?P<x>.*)\)$", "không kiểm tra được chữ ký của bản kê ({x})"),
    (
        r"^manifest\.json was changed after it was signed \(its signature does not match\)$",
        "manifest.json đã bị sửa sau khi ký (chữ ký không khớp)",
    ),
    (
        r"^the manifest's signature is not valid for its certificate$",
        "chữ ký của bản kê không hợp lệ với chứng thư số của nó",
    ),
    (
        r"^(?P<f>\S+) was changed after the package was signed \(its hash does not match the manifest\)$",
        "{f} đã bị sửa sau khi gói được ký (mã băm không khớp với bản kê)",
    ),
    (
        r"^the package's schema is not the assessment document schema, format 1$",
        "lược đồ (schema) trong gói không phải lược đồ của tài liệu đánh giá, định dạng 1",
    ),
    (r"^report\.pdf cannot be read as a PDF \((?P<x>.*)\)$", "không đọc được report.pdf như một tệp PDF ({x})"),
    (r"^report\.pdf is not signed$", "report.pdf chưa được ký"),
    (
        r"^report\.pdf's signature cannot be checked \((?P<x>.*)\)$",
        "không kiểm tra được chữ ký của report.pdf ({x})",
    ),
    (
        r"^report\.pdf was changed after it was signed \(its signature does not match\)$",
        "report.pdf đã bị sửa sau khi ký (chữ ký không khớp)",
    ),
    (r"^report\.pdf has content added after its signature$", "report.pdf có nội dung được thêm vào sau chữ ký"),
    (
        r"^report\.pdf is signed by someone other than the package's signer$",
        "report.pdf do một người khác với người ký gói ký",
    ),
    (
        r"^report\.pdf does not say which assessment it is the report of \(it carries no assessment document\)$",
        "report.pdf không cho biết đây là báo cáo của đánh giá nào (không kèm tài liệu đánh giá)",
    ),
    (
        r"^report\.pdf is the report of another assessment \((?P<a>.*)\), not of the package's assessment \((?P<b>.*)\)$",
        "report.pdf là báo cáo của một đánh giá khác ({a}), không phải của đánh giá trong gói ({b})",
    ),
    (
        r"^report\.pdf is the report of revision (?P<a>.*) of the assessment, not of the package's revision (?P<b>.*)$",
        "report.pdf là báo cáo của phiên bản {a} của đánh giá, không phải phiên bản {b} trong gói",
    ),
    (
        r"^report\.pdf was made from a different assessment document than the package's assessment\.json$",
        "report.pdf được lập từ một tài liệu đánh giá khác với assessment.json trong gói",
    ),
    (r"^signer not trusted(?: \((?P<who>.*), SHA-256 (?P<fp>[0-9A-F:]+)\))?$", _signer_not_trusted),
    (
        r"^the signer's certificate is not valid until (?P<d>.*)$",
        "chứng thư của người ký chưa có hiệu lực trước ngày {d}",
    ),
    (
        r"^the signer's certificate expired on (?P<d>.*), and the package carries no timestamp proving it was signed while the certificate was valid$",
        "chứng thư của người ký đã hết hạn ngày {d} và gói không có dấu thời gian chứng minh đã ký khi chứng thư còn hiệu lực",
    ),
    (
        r"^the signer's certificate expired on (?P<d>.*), and the report's timestamp \((?P<t>.*)\) is outside its validity$",
        "chứng thư của người ký đã hết hạn ngày {d}, và dấu thời gian của báo cáo ({t}) nằm ngoài thời hạn hiệu lực",
    ),
    # -- the document inside
    (r"^(?P<n>assessment\.json): (?P<d>.*)$", _document),
    # -- the intake and the store
    (r"^the figures cannot be computed \((?P<x>.*)\)$", "không tính được các số liệu của đánh giá ({x})"),
    (r"^the package could not be checked \((?P<x>.*)\)$", "không kiểm tra được gói ({x})"),
    (r"^checking it took longer than (?P<s>.+) s; it was stopped$", "kiểm tra gói mất hơn {s} giây nên đã dừng"),
    (
        r"^the check stopped its worker process \(out of memory or a crash\)$",
        "việc kiểm tra làm dừng tiến trình kiểm tra (hết bộ nhớ hoặc lỗi)",
    ),
    (
        r"^the file has bytes before or inside the zip that are not part of a package$",
        "tệp có dữ liệu thừa trước hoặc bên trong tệp zip, không thuộc về gói",
    ),
    (
        r"^the signer's certificate is not valid before (?P<d>.+)$",
        "chứng thư số của người ký chưa có hiệu lực trước ngày {d}",
    ),
    (r"^the signer's certificate expired on (?P<d>.+)$", "chứng thư số của người ký đã hết hạn ngày {d}"),
    (
        r"^the manifest's signature has no signed attributes \(or more than one signer\)$",
        "chữ ký của manifest.json không có thuộc tính được ký (hoặc có nhiều hơn một người ký)",
    ),
    (r"^manifest\.json: (?P<x>.+)$", "manifest.json vượt giới hạn khi đọc ({x})"),
    (r"^the package cannot be taken$", "không thể nhận gói này"),
    (r"^the store refused it \((?P<x>.*)\)$", "cơ sở dữ liệu không nhận gói ({x})"),
    (
        r"^another package with the same package id was imported before \(the two differ\); "
        r"ask the consultant to package it again$",
        "một gói khác có cùng mã gói đã được nhập trước đây (hai gói khác nhau); đề nghị chuyên gia tư vấn "
        "đóng gói lại",
    ),
    (
        r"^revision (?P<r>\d+) of this assessment was already imported with other content; "
        r"the consultant must export a new revision$",
        "lần sửa {r} của đánh giá này đã được nhập với nội dung khác; chuyên gia tư vấn cần xuất một lần sửa mới",
    ),
    # -- certificates and keys (trusting a signer, the Sở's key for encrypted packages)
    (r"^(?P<p>.+): cannot read the certificate file \((?P<x>.*)\)$", "{p}: không đọc được tệp chứng thư số ({x})"),
    (r"^(?P<p>.+): is not a certificate \(PEM or DER\)$", "{p}: không phải là chứng thư số (PEM hoặc DER)"),
    (r"^(?P<p>.+): holds no certificate$", "{p}: không chứa chứng thư số nào"),
    (r"^(?P<p>.+): cannot read the key file \((?P<x>.*)\)$", "{p}: không đọc được tệp khoá ({x})"),
    (
        r"^(?P<p>.+): the key is protected; give its passphrase.*$",
        "{p}: khoá được bảo vệ bằng mật khẩu; hãy nhập mật khẩu của nó",
    ),
    (
        r"^(?P<p>.+): the key is not protected; leave out --passphrase-file$",
        "{p}: khoá không có mật khẩu; hãy để trống ô mật khẩu",
    ),
    (
        r"^(?P<p>.+): no readable private key \(wrong passphrase, or not a PEM key\)$",
        "{p}: không đọc được khoá riêng (sai mật khẩu, hoặc không phải khoá PEM)",
    ),
    (
        r"^(?P<p>.+): the key file must hold the key's certificate too \(or give a \.p12\)$",
        "{p}: tệp khoá phải chứa cả chứng thư số của khoá (hoặc dùng tệp .p12)",
    ),
    (r"^(?P<p>.+): wrong passphrase for this identity file$", "{p}: sai mật khẩu của tệp chứng thư"),
    (
        r"^(?P<p>.+): the identity file is damaged \(cut short or altered\); use another copy of it$",
        "{p}: tệp chứng thư bị hỏng (bị cắt cụt hoặc bị sửa); hãy dùng một bản sao khác",
    ),
    (
        r"^(?P<p>.+): the key file holds no certificate of the key; give it with --cert \(or a \.p12\)$",
        "{p}: tệp khoá không chứa chứng thư số của khoá; hãy chọn tệp chứng thư số (hoặc dùng tệp .p12)",
    ),
    (
        r"^(?P<c>.+): is not the certificate of the key in (?P<p>.+)$",
        "{c}: không phải chứng thư số của khoá trong {p}",
    ),
    (
        r"^(?P<p>.+): not a PKCS#12 identity file \(\.p12/\.pfx\)$",
        "{p}: không phải tệp chứng thư PKCS#12 (.p12/.pfx)",
    ),
    (r"^(?P<p>.+): cannot read the identity file \((?P<x>.*)\)$", "{p}: không đọc được tệp chứng thư ({x})"),
    (r"^(?P<p>.+): cannot open this PKCS#12 file \((?P<x>.*)\)$", "{p}: không mở được tệp PKCS#12 này ({x})"),
    (
        r"^(?P<p>.+): the identity file holds no private key with its certificate$",
        "{p}: tệp chứng thư không chứa khoá riêng kèm chứng thư số",
    ),
]
_VI: list[tuple[re.Pattern[str], Template]] = [(re.compile(p), t) for p, t in _RAW]

# one line about a package (PackageCheck.describe, an ImportOutcome's line): the reason inside
_LINES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^intact, signed by (?P<w>.*): trusted signer$"), "nguyên vẹn, do {w} ký: người ký được tin cậy"),
    (
        re.compile(r"^intact, signed by (?P<w>.*): signer not trusted$"),
        "nguyên vẹn, do {w} ký: người ký chưa được tin cậy",
    ),
    (re.compile(r"^refused: (?P<r>.*)$"), "bị từ chối: {r}"),
    (re.compile(r"^tampered: (?P<r>.*)$"), "bị sửa đổi: {r}"),
    (re.compile(r"^invalid: (?P<r>.*)$"), "không hợp lệ: {r}"),
    (re.compile(r"^unknown_signer: (?P<r>.*)$"), "người ký chưa được tin cậy: {r}"),
    (re.compile(r"^imported$"), "đã nhập"),
    (re.compile(r"^imported \(supersedes revision (?P<n>\d+)\)$"), "đã nhập (thay cho lần sửa {n})"),
    (re.compile(r"^already imported$"), "đã nhập từ trước"),
    (
        re.compile(r"^superseded \(revision (?P<n>\d+) is older than revision (?P<m>\d+), already imported\)$"),
        "không áp dụng (lần sửa {n} cũ hơn lần sửa {m} đã nhập)",
    ),
]
_UNTRUSTED_MARK = " — from a signer who is not trusted (marked)"


def _sizes(text: str) -> str:
    """'1,234 bytes' → '1.234 byte', '51.0 MB' → '51,0 MB' (Vietnamese separators)."""

    def number(m: re.Match[str]) -> str:
        return m[1].replace(",", "\0").replace(".", ",").replace("\0", ".") + " " + m[2]

    return re.sub(r"(\d[\d,]*(?:\.\d+)?) (bytes|MB)\b", lambda m: number(m).replace(" bytes", " byte"), text)


def translate_vi(text: str) -> str | None:
    """The reason in Vietnamese, or None when no pattern knows it."""
    for pattern, template in _VI:
        m = pattern.match(text)
        if not m:
            continue
        if callable(template):
            return template(m)
        return _sizes(template.format(**{k: v or "" for k, v in m.groupdict().items()}))
    return None


def reason_for_person(text: str | None, language: str) -> str:
    """A refusal reason (or a package's one-line verdict) in the user's language; English as written."""
    if not text:
        return text or ""
    if language != "vi":
        return text
    said = translate_vi(text)
    if said is not None:
        return said
    if text.endswith(_UNTRUSTED_MARK):
        return (
            reason_for_person(text[: -len(_UNTRUSTED_MARK)], language)
            + " — từ người ký chưa được tin cậy (đã đánh dấu)"
        )
    for pattern, template in _LINES:
        m = pattern.match(text)
        if m:
            groups = m.groupdict()
            if "r" in groups:
                groups["r"] = reason_for_person(groups["r"], language)
            return template.format(**groups)
    return text


__all__ = ["reason_for_person", "translate_vi"]
